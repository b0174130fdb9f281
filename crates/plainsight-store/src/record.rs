//! A post's record as the store keeps it (from schema version 6 on).
//!
//! The fields SQL filters and lists by — `title`, `posted_at`, `site`, `url`, `location`,
//! `region` — are plain columns; everything else of the record (the id, the body, image
//! hashes and files, the author, fields the contract does not name) is its canonical JSON
//! with those six fields left out, as one zstd frame in `rest`. Putting the two back together
//! gives the canonical JSON the engine stored, byte for byte (the content hash is taken over
//! it).
//!
//! A record is a few hundred bytes: on 50,000 records of this project's stress corpus the rest
//! shrank by a fifth compressed alone and by two thirds compressed with a dictionary trained
//! on the store's own posts. The first chunk of at least
//! [`TRAIN_MIN`] posts written to a store without one trains a 32 KiB dictionary from its
//! first [`TRAIN_SAMPLES`] records (zstd's trainer, deterministic for the same records); it is
//! kept in `record_dicts` and every later record is compressed with it. Each frame names its
//! dictionary (zstd's dictionary id), so records written before it exists stay readable.
//! Measured in BENCHMARKS.md ("Records kept compressed").

use crate::{Result, StoreError};
use plainsight_core::{Field, Post};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use zstd::zstd_safe::{self, CCtx, CDict, DCtx, DDict};

/// The most a record's `rest` may inflate to: a crafted store must not exhaust memory.
const MAX_REST: u64 = 64 << 20;

/// zstd's level for records (its default).
const LEVEL: i32 = 3;

/// A chunk trains the store's dictionary when it has at least this many records.
pub const TRAIN_MIN: usize = 1000;

/// How many of a chunk's records a dictionary is trained from.
pub const TRAIN_SAMPLES: usize = 4096;

/// The dictionary's size.
const DICT_BYTES: usize = 32 << 10;

/// The six fields of a record kept as columns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields {
    pub title: Option<String>,
    pub posted_at: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub location: Option<String>,
    pub region: Option<String>,
}

impl Fields {
    fn of(post: &Post) -> Fields {
        Fields {
            title: post.title.clone(),
            posted_at: post.posted_at.clone(),
            site: post.site.clone(),
            url: post.url.clone(),
            location: post.location.clone(),
            region: post.region.clone(),
        }
    }

    /// Puts the fields into `post` (which has none of its own).
    fn fill(&self, post: &mut Post) {
        post.title.clone_from(&self.title);
        post.posted_at.clone_from(&self.posted_at);
        post.site.clone_from(&self.site);
        post.url.clone_from(&self.url);
        post.location.clone_from(&self.location);
        post.region.clone_from(&self.region);
    }

    /// The fields from a `posts` row whose columns `title, posted_at, site, url, location,
    /// region` start at `at`.
    pub(crate) fn read(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Fields> {
        Ok(Fields {
            title: r.get(at)?,
            posted_at: r.get(at + 1)?,
            site: r.get(at + 2)?,
            url: r.get(at + 3)?,
            location: r.get(at + 4)?,
            region: r.get(at + 5)?,
        })
    }
}

/// A post's record as it is written: the six columns, and the rest as JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct NewRecord {
    pub fields: Fields,
    /// The rest of the canonical JSON (compressed when written).
    pub rest: Vec<u8>,
    /// The body, for the full-text index.
    pub body: Option<String>,
    /// The poster's account on its site ([`Post::account`]), indexed.
    pub account: Option<String>,
}

impl NewRecord {
    /// Splits `post` (on the caller's thread: the engine does it on its workers).
    pub fn of(post: &Post) -> NewRecord {
        let rest = Post {
            title: None,
            posted_at: None,
            site: None,
            url: None,
            location: None,
            region: None,
            ..post.clone()
        };
        NewRecord {
            fields: Fields::of(post),
            // Serializing a parsed post (strings, finite numbers, JSON values) cannot fail.
            rest: serde_json::to_vec(&rest).unwrap_or_default(),
            body: post.body.clone(),
            account: post.account(),
        }
    }
}

/// A post's record as read back: the six columns and the compressed rest, with the
/// dictionary it names.
#[derive(Clone)]
pub struct Record {
    pub fields: Fields,
    pub rest: Vec<u8>,
    pub(crate) dict: Option<Arc<DDict<'static>>>,
}

impl std::fmt::Debug for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Record")
            .field("title_len", &self.fields.title.as_ref().map(String::len))
            .field("rest_len", &self.rest.len())
            .field("dict", &self.dict.is_some())
            .finish()
    }
}

thread_local! {
    static DCTX: RefCell<DCtx<'static>> = RefCell::new(DCtx::create());
}

impl Record {
    /// The post back, as it was written (`pk` names a record that does not decompress or
    /// parse).
    pub fn unpack(&self, pk: i64) -> Result<Post> {
        let mut post: Post = self.rest_as(pk)?;
        self.fields.fill(&mut post);
        Ok(post)
    }

    /// The post's text fields (title, then body), as [`Record::unpack`] gives them, without
    /// the rest: the body alone is taken from the frame (a post's other fields, and those the
    /// contract does not name, skipped unread), for comparing stored posts' wording.
    pub fn texts(&self, pk: i64) -> Result<[(Field, Option<String>); 2]> {
        #[derive(serde::Deserialize)]
        struct Body {
            #[serde(default)]
            body: Option<String>,
        }
        let rest: Body = self.rest_as(pk)?;
        Ok([
            (Field::Title, self.fields.title.clone()),
            (Field::Body, rest.body),
        ])
    }

    /// The frame decompressed and read as `T`: the JSON of the post's fields not kept as
    /// columns.
    fn rest_as<T: serde::de::DeserializeOwned>(&self, pk: i64) -> Result<T> {
        let corrupt = |what: String| StoreError::Corrupt { pk, what };
        let size = match zstd_safe::get_frame_content_size(&self.rest) {
            Ok(Some(n)) if n <= MAX_REST => n as usize,
            _ => return Err(corrupt("record is not a whole zstd frame".into())),
        };
        let mut json: Vec<u8> = Vec::with_capacity(size);
        let done = DCTX.with(|d| {
            let mut d = d.borrow_mut();
            match &self.dict {
                Some(dict) => d.decompress_using_ddict(&mut json, &self.rest, dict),
                None => d.decompress(&mut json, &self.rest),
            }
        });
        if done.is_err() || json.len() != size {
            return Err(corrupt("record does not decompress".into()));
        }
        serde_json::from_slice(&json).map_err(|e| corrupt(format!("record is not a post: {e}")))
    }

    /// The record's canonical JSON, as the engine stored it.
    pub fn to_json(&self, pk: i64) -> Result<String> {
        let post = self.unpack(pk)?;
        Ok(serde_json::to_string(&post).unwrap_or_default())
    }
}

/// The store's record dictionaries for reading, by zstd dictionary id.
#[derive(Default)]
pub(crate) struct Dictionaries(HashMap<u32, Arc<DDict<'static>>>);

impl Dictionaries {
    pub(crate) fn load(conn: &rusqlite::Connection) -> Result<Dictionaries> {
        let mut stmt = conn.prepare_cached("SELECT id, dict FROM record_dicts")?;
        let mut rows = stmt.query([])?;
        let mut out = HashMap::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let bytes: Vec<u8> = r.get(1)?;
            out.insert(id as u32, Arc::new(DDict::create(&bytes)));
        }
        Ok(Dictionaries(out))
    }

    /// The record of post `pk` from its columns and its frame `rest`, with the dictionary the
    /// frame names.
    pub(crate) fn record(&self, pk: i64, fields: Fields, rest: Vec<u8>) -> Result<Record> {
        Ok(Record {
            fields,
            dict: self.for_frame(pk, &rest)?,
            rest,
        })
    }

    /// The dictionary the frame `rest` names (`None` for a frame without one; an error for
    /// one the store does not hold).
    pub(crate) fn for_frame(&self, pk: i64, rest: &[u8]) -> Result<Option<Arc<DDict<'static>>>> {
        match zstd_safe::get_dict_id_from_frame(rest) {
            None => Ok(None),
            Some(id) => {
                self.0
                    .get(&id.get())
                    .cloned()
                    .map(Some)
                    .ok_or_else(|| StoreError::Corrupt {
                        pk,
                        what: format!(
                            "record names dictionary {id}, which the store does not hold"
                        ),
                    })
            }
        }
    }
}

/// Compresses records as they are written, with the store's dictionary once it has one.
pub(crate) struct Packer {
    cctx: CCtx<'static>,
    dict: Option<CDict<'static>>,
}

impl Packer {
    /// A packer with the store's dictionary (the one it trained; `None` before that).
    pub(crate) fn load(conn: &rusqlite::Connection) -> Result<Packer> {
        let dict: Option<Vec<u8>> = rusqlite::OptionalExtension::optional(conn.query_row(
            "SELECT dict FROM record_dicts ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        ))?;
        Ok(Packer {
            cctx: CCtx::create(),
            dict: dict.map(|d| CDict::create(&d, LEVEL)),
        })
    }

    #[cfg(test)]
    fn has_dictionary(&self) -> bool {
        self.dict.is_some()
    }

    /// Trains the dictionary from `samples` (the rests of a chunk of at least [`TRAIN_MIN`]
    /// records), keeps it in `record_dicts` (in the caller's transaction) and packs with it
    /// from now on. A training zstd refuses (too little to learn from) leaves records
    /// compressed alone.
    pub(crate) fn train<'a>(
        &mut self,
        tx: &rusqlite::Transaction<'_>,
        samples: impl Iterator<Item = &'a [u8]>,
    ) -> Result<()> {
        if self.dict.is_some() {
            return Ok(());
        }
        let samples: Vec<&[u8]> = samples.take(TRAIN_SAMPLES).collect();
        if samples.len() < TRAIN_MIN {
            return Ok(());
        }
        let Ok(dict) = zstd::dict::from_samples(&samples, DICT_BYTES) else {
            return Ok(());
        };
        let Some(id) = zstd_safe::get_dict_id_from_dict(&dict) else {
            return Ok(());
        };
        tx.prepare_cached("INSERT OR IGNORE INTO record_dicts(id, dict) VALUES (?1, ?2)")?
            .execute(rusqlite::params![id.get() as i64, dict])?;
        self.dict = Some(CDict::create(&dict, LEVEL));
        Ok(())
    }

    /// One record's rest, compressed.
    pub(crate) fn pack(&mut self, rest: &[u8]) -> Vec<u8> {
        let mut out: Vec<u8> = Vec::with_capacity(zstd_safe::compress_bound(rest.len()));
        // The buffer holds the bound, so compressing cannot run out of room.
        let _ = match &self.dict {
            Some(d) => self.cctx.compress_using_cdict(&mut out, rest, d),
            None => self.cctx.compress(&mut out, rest, LEVEL),
        };
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(i: usize, extra: bool) -> Post {
        let mut p = Post {
            id: format!("A{i}"),
            title: Some(format!("Café «ouvert» 🌹 {i}")),
            body: Some(format!(
                "call 713 555 {i:04} — \"quoted\" \\ back\nline, new girls in town {}",
                i * 7
            )),
            url: Some(format!("https://x.example/a?b={i}")),
            site: Some("x.example".into()),
            posted_at: Some("2024-01-02T00:00:00Z".into()),
            location: Some("Houston, TX".into()),
            region: Some("US".into()),
            image_hashes: vec!["ab".repeat(32)],
            images: vec!["img/1.jpg".into()],
            author: Some("someone".into()),
            ..Post::default()
        };
        if extra {
            p.extra.insert("price".into(), serde_json::json!(120.5));
            p.extra
                .insert("tags".into(), serde_json::json!(["a", {"b": null}]));
        }
        p
    }

    fn store() -> rusqlite::Connection {
        let c = rusqlite::Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE record_dicts(id INTEGER PRIMARY KEY, dict BLOB NOT NULL);")
            .unwrap();
        c
    }

    fn read_back(p: &NewRecord, rest: Vec<u8>, dicts: &Dictionaries) -> Record {
        Record {
            fields: p.fields.clone(),
            dict: dicts.for_frame(1, &rest).unwrap(),
            rest,
        }
    }

    #[test]
    fn a_record_comes_back_as_the_same_canonical_json_with_and_without_a_dictionary() {
        let mut c = store();
        let posts: Vec<Post> = (0..1500).map(|i| post(i, i % 3 == 0)).collect();
        let news: Vec<NewRecord> = posts.iter().map(NewRecord::of).collect();
        let mut packer = Packer::load(&c).unwrap();
        let alone = packer.pack(&news[0].rest);
        let tx = c.transaction().unwrap();
        packer
            .train(&tx, news.iter().map(|r| r.rest.as_slice()))
            .unwrap();
        tx.commit().unwrap();
        assert!(packer.has_dictionary());
        let with = packer.pack(&news[0].rest);
        assert!(
            with.len() < alone.len(),
            "{} vs {}",
            with.len(),
            alone.len()
        );
        let dicts = Dictionaries::load(&c).unwrap();
        for (p, rest) in [(&posts[0], alone), (&posts[0], with)] {
            let r = read_back(&NewRecord::of(p), rest, &dicts);
            assert_eq!(r.to_json(1).unwrap(), serde_json::to_string(p).unwrap());
            assert_eq!(&r.unpack(1).unwrap(), p);
        }
        // The text fields alone, as the post has them (its extra fields skipped).
        for (p, n) in posts.iter().zip(&news).step_by(97) {
            let r = read_back(n, packer.pack(&n.rest), &dicts);
            let want = [
                (Field::Title, p.title.clone()),
                (Field::Body, p.body.clone()),
            ];
            assert_eq!(r.texts(1).unwrap(), want);
        }
        for (p, n) in posts.iter().zip(&news).step_by(97) {
            let r = read_back(n, packer.pack(&n.rest), &dicts);
            assert_eq!(r.to_json(1).unwrap(), serde_json::to_string(p).unwrap());
            // The six columns are not in the rest.
            let rest = String::from_utf8(n.rest.clone()).unwrap();
            for field in [
                "title",
                "posted_at",
                "site",
                "\"url\"",
                "location",
                "region",
            ] {
                assert!(!rest.contains(field), "{field} in {rest}");
            }
        }
        // The same records train the same dictionary.
        let mut again = Packer::load(&store()).unwrap();
        let c2 = &mut store();
        let tx = c2.transaction().unwrap();
        again
            .train(&tx, news.iter().map(|r| r.rest.as_slice()))
            .unwrap();
        assert_eq!(again.pack(&news[5].rest), packer.pack(&news[5].rest));
    }

    #[test]
    fn too_few_records_train_nothing_and_a_post_without_fields_round_trips() {
        let mut c = store();
        let empty = Post {
            id: "E".into(),
            ..Post::default()
        };
        let n = NewRecord::of(&empty);
        let mut packer = Packer::load(&c).unwrap();
        let tx = c.transaction().unwrap();
        packer
            .train(&tx, std::iter::repeat_n(n.rest.as_slice(), TRAIN_MIN - 1))
            .unwrap();
        tx.commit().unwrap();
        assert!(!packer.has_dictionary());
        let r = read_back(&n, packer.pack(&n.rest), &Dictionaries::default());
        assert_eq!(r.to_json(1).unwrap(), r#"{"id":"E"}"#);
        assert_eq!(
            r.texts(1).unwrap(),
            [(Field::Title, None), (Field::Body, None)]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Whatever a damaged or crafted store holds in `rest` — random bytes, or a real
        /// frame with bytes changed, cut or added — reading it answers, never panics.
        #[test]
        fn any_rest_is_read_or_refused(
            noise in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600),
            at in 0usize..400,
            cut in 0usize..400,
        ) {
            let n = NewRecord::of(&post(3, true));
            let mut packer = Packer::load(&store()).unwrap();
            let good = packer.pack(&n.rest);
            let dicts = Dictionaries::default();
            let mut changed = good.clone();
            if !changed.is_empty() {
                let i = at % changed.len();
                changed[i] ^= noise.first().copied().unwrap_or(0x5a) | 1;
            }
            let mut cut_short = good.clone();
            cut_short.truncate(cut % (good.len() + 1));
            let mut longer = good.clone();
            longer.extend_from_slice(&noise);
            for rest in [noise.clone(), changed, cut_short, longer] {
                if let Ok(dict) = dicts.for_frame(1, &rest) {
                    let r = Record { fields: n.fields.clone(), rest, dict };
                    let _ = r.unpack(1);
                    let _ = r.texts(1);
                }
            }
        }
    }

    #[test]
    fn a_damaged_record_is_an_error_naming_its_post() {
        let n = NewRecord::of(&post(1, false));
        let mut packer = Packer::load(&store()).unwrap();
        let good = packer.pack(&n.rest);
        let dicts = Dictionaries::default();
        let mut r = read_back(&n, good.clone(), &dicts);
        r.rest = vec![0xff, 0x00, 0x13];
        assert!(matches!(
            r.unpack(42),
            Err(StoreError::Corrupt { pk: 42, .. })
        ));
        // Cut short, bit flipped, not a post.
        r.rest = good[..good.len() - 3].to_vec();
        assert!(matches!(
            r.unpack(42),
            Err(StoreError::Corrupt { pk: 42, .. })
        ));
        r.rest = packer.pack(b"[1, 2]");
        assert!(matches!(
            r.unpack(7),
            Err(StoreError::Corrupt { pk: 7, .. })
        ));
        // A frame naming a dictionary the store does not hold.
        let mut c = store();
        let mut trained = Packer::load(&c).unwrap();
        let many: Vec<NewRecord> = (0..1200).map(|i| NewRecord::of(&post(i, false))).collect();
        let tx = c.transaction().unwrap();
        trained
            .train(&tx, many.iter().map(|r| r.rest.as_slice()))
            .unwrap();
        let framed = trained.pack(&n.rest);
        assert!(matches!(
            dicts.for_frame(9, &framed),
            Err(StoreError::Corrupt { pk: 9, .. })
        ));
    }
}
