//! The case store: one SQLite file holding posts (every version), their selectors with spans,
//! indicator hits, risk and image hashes, the networks with their summaries, post→network
//! memberships, the history of network merges and splits, and the ingest batches.
//!
//! Place in the pipeline: after `link`, before search and export. The engine's `ingest`
//! pipeline writes it; `search` and `export` read it. This is the only crate that touches
//! SQLite (`rusqlite`, SQLite compiled in); it speaks the vocabulary of `plainsight-core` and
//! knows nothing of extraction or linking. The schema is documented in `docs/store.md` and
//! built by forward-only migrations ([`schema::MIGRATIONS`], `PRAGMA user_version`).
//!
//! ```
//! use plainsight_store::Store;
//! let dir = tempfile::tempdir().unwrap();
//! let store = Store::open(&dir.path().join("case.db")).unwrap();
//! assert_eq!(store.schema_version().unwrap(), plainsight_store::schema::CURRENT_VERSION);
//! assert_eq!(store.current_posts().unwrap(), 0);
//! ```

mod record;
pub mod schema;
mod search;
mod workspace;

pub use record::{Fields, NewRecord, Record, TRAIN_SAMPLES};

pub use search::{Criterion, Hit, Query, Why};
pub use workspace::{
    audit_hash, AuditBreak, AuditEntry, AuditNew, AuditVerdict, Boost, CaseRow, LabelCategory,
    LabelRow, LabelStatus, NoteRow, PostBrief, PostItems, PostRecord, QueueEntry, QueueFilter,
    Role, SessionRow, UserRow, MAX_BOOST_SPREAD,
};

use plainsight_core::case::{Case, CasePost, CaseSelector};
use plainsight_core::network::Network;
use plainsight_core::{
    Ambiguous, Field, IndicatorHit, PdqHash, Platform, RegionSource, Selector, SelectorKind,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::collections::HashMap;
use std::path::Path;

/// What the linker keeps in the store between ingests: its corpus statistics (opaque bytes)
/// and, per post it linked, its LSH band keys and persona keys (opaque bytes).
#[derive(Debug)]
pub struct LinkState<'a> {
    pub stats: &'a [u8],
    /// Per linked post: pk, LSH band keys, persona keys, and what the linking found of its
    /// poster's photos (`link_keys.photo_family`: [`PHOTO_LARGE_FAMILY`],
    /// [`PHOTO_OTHERS_PICTURES`], [`PHOTO_CROWDED_FAMILY`]).
    pub keys: Vec<(i64, Vec<u8>, Vec<u8>, u8)>,
}

/// `link_keys.photo_family` flag: the post's poster was in a photo family larger than the
/// linker's free spread.
pub const PHOTO_LARGE_FAMILY: u8 = 1;
/// `link_keys.photo_family` flag: the post's poster showed two owners' pictures.
pub const PHOTO_OTHERS_PICTURES: u8 = 2;
/// `link_keys.photo_family` flag: the post's poster was in a photo family of more posters than
/// the linker's `footer_cooccurrence` (pictures passed from poster to poster).
pub const PHOTO_CROWDED_FAMILY: u8 = 4;

/// How many last characters of a stored number `selector_tails` files it under (schema
/// version 14's `substr(value, -6)`): [`Store::numbers_ending`] asks by tails this long.
pub const NUMBER_TAIL: usize = 6;

/// Files a number a post writes without its country code (`national_numbers`).
const INSERT_NATIONAL: &str =
    "INSERT OR IGNORE INTO national_numbers(post, digits) VALUES (?1, ?2)";

/// One current post's linker keys, as [`Store::link_keys`] reads them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkKeys {
    pub post: i64,
    pub id: String,
    pub bands: Vec<u8>,
    pub personas: Vec<u8>,
}

/// A set of posts, a bit per pk: which are current ([`Store::current_set`], read once and
/// handed to the reads that keep to current posts while nothing is written), which are asked
/// for ([`Store::ids_of`]).
#[derive(Clone, Debug, Default)]
pub struct PostSet(Vec<u64>);

impl PostSet {
    /// The set of `pks` (those that are not negative).
    fn of(pks: impl IntoIterator<Item = i64>) -> Self {
        let mut set = PostSet::default();
        for pk in pks {
            set.insert(pk);
        }
        set
    }

    fn insert(&mut self, pk: i64) {
        if let Ok(pk) = usize::try_from(pk) {
            if self.0.len() <= pk / 64 {
                self.0.resize(pk / 64 + 1, 0);
            }
            self.0[pk / 64] |= 1 << (pk % 64);
        }
    }

    /// How many posts the set holds.
    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Whether the set holds no post.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }

    /// Whether `pk` is in the set.
    pub fn has(&self, pk: i64) -> bool {
        usize::try_from(pk)
            .ok()
            .and_then(|pk| self.0.get(pk / 64).map(|w| w >> (pk % 64) & 1 == 1))
            .unwrap_or(false)
    }
}

/// [`Store::ids_of`] reads the ids of this many posts or more from one pass over the index of
/// current ids rather than one lookup each, as long as they are at least a sixteenth of the
/// store (the index holds a post's pk and id in a few dozen bytes; a lookup reads the post's
/// row, about 650 bytes: 267,523 posts of a store of 1,000,000 took 0.38 s of CPU one by one,
/// and the step that asks for them went from 0.65 to 0.36 s with one pass over 1,000,000; the
/// sixteenth is that ratio rounded, not a measured crossing).
const IDS_BY_SCAN: usize = 4096;

/// How many posts one pass over an index of every current post costs about as much as
/// looking up one at a time ([`IDS_BY_SCAN`], [`KnownPosts`]).
const LOOKUPS_PER_SCAN: usize = 16;

/// What the store holds of each post id, for skipping posts stored with the same content
/// before any work is spent on them ([`Store::known_posts`]; `Sync`, asked from the workers).
/// Ids are looked up one at a time, each on one of a few connections of its own, until the
/// lookups have cost about what one pass over every current post's hash costs (a sixteenth
/// of the posts: [`LOOKUPS_PER_SCAN`]); then every hash is read at once and looked up in memory.
/// A nightly batch of 10,000 into a store of 1,000,000 asks 10,000 ids instead of reading
/// 1,000,000 hashes on one core before the first post is scanned (0.15 s; storing the stress
/// batch took 0.88–0.92 s instead of 1.02–1.10 s); a batch that repeats much of the store
/// reads them once, as before (all 1,000,000 again: 2.33 s instead of 2.67 s). A
/// lookup that fails answers "not known": the post is scanned and compared when it is
/// stored, so nothing is lost, only time.
pub struct KnownPosts {
    file: String,
    mmap: i64,
    readers: std::sync::Mutex<Vec<Connection>>,
    all: std::sync::OnceLock<KnownHashes>,
    loading: std::sync::atomic::AtomicBool,
    asked: std::sync::atomic::AtomicUsize,
    at_once_after: usize,
}

impl KnownPosts {
    /// Reads every hash at once after `n` lookups (a test's switch).
    pub fn read_at_once_after(mut self, n: usize) -> KnownPosts {
        self.at_once_after = n;
        self
    }

    /// The content hash stored for `id`, if it is current.
    pub fn get(&self, id: &str) -> Option<[u8; 16]> {
        use std::sync::atomic::Ordering;
        if let Some(all) = self.all.get() {
            return all.get(id).copied();
        }
        let asked = self.asked.fetch_add(1, Ordering::Relaxed);
        if asked >= self.at_once_after && !self.loading.swap(true, Ordering::AcqRel) {
            // This worker reads them all; the others go on looking up meanwhile.
            if let Ok(all) = self.connection().and_then(|c| {
                let all = current_hashes(&c);
                self.give_back(c);
                all
            }) {
                let _ = self.all.set(all);
                return self.all.get().and_then(|a| a.get(id).copied());
            }
        }
        let c = self.connection().ok()?;
        let found = c
            .prepare_cached("SELECT content_hash FROM posts WHERE id = ?1 AND current = 1")
            .and_then(|mut st| {
                st.query_row([id], |r| {
                    Ok(r.get_ref(0)?.as_blob().ok().and_then(|b| b.try_into().ok()))
                })
                .optional()
            });
        self.give_back(c);
        found.ok().flatten().flatten()
    }

    fn connection(&self) -> Result<Connection> {
        let held = self.readers.lock().unwrap_or_else(|e| e.into_inner()).pop();
        match held {
            Some(c) => Ok(c),
            None => open_reader(&self.file, self.mmap),
        }
    }

    fn give_back(&self, c: Connection) {
        self.readers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(c);
    }
}

/// The content hash of every current post by a 64-bit fingerprint of its id
/// ([`KnownPosts`], read at once). Two ids with one fingerprint make [`KnownHashes::get`] answer
/// for one of them: the other is then taken for changed, its post scanned and compared by id
/// when it is stored, so nothing is lost, only time.
#[derive(Clone, Debug, Default)]
struct KnownHashes(Vec<(u64, [u8; 16])>);

impl KnownHashes {
    fn fingerprint(id: &str) -> u64 {
        use std::hash::{Hash, Hasher};
        // SipHash with zero keys: the same on every run.
        let mut h = std::hash::DefaultHasher::new();
        id.hash(&mut h);
        h.finish()
    }

    /// The content hash stored for `id`, if it is current.
    fn get(&self, id: &str) -> Option<&[u8; 16]> {
        let f = Self::fingerprint(id);
        let at = self.0.partition_point(|(k, _)| *k < f);
        self.0.get(at).filter(|(k, _)| *k == f).map(|(_, h)| h)
    }
}

/// What network risk takes of one stored post ([`Store::risk_facts`]).
#[derive(Clone, Debug, PartialEq)]
pub struct RiskFacts {
    pub pk: i64,
    pub id: String,
    pub evidence: f64,
    pub ages: Vec<u32>,
    /// Distinct indicator codes, in the order of the hits.
    pub codes: Vec<String>,
    pub location: Option<String>,
    pub posted_at: Option<String>,
    /// Its network as last linked (`None` for a post no linking has seen).
    pub network: Option<String>,
}

/// New posts joined to the stored networks as they stand, as [`Store::put_attachment`]
/// writes it.
#[derive(Debug)]
pub struct Attachment<'a> {
    /// (post id, network): the new posts' networks (a new version's id keeps its row).
    pub memberships: Vec<(String, String)>,
    /// (network, the network it merged into): its posts move, its row goes.
    pub moved: Vec<(String, String)>,
    /// The networks that grew or were formed, replacing their rows.
    pub networks: Vec<NetworkRow>,
    pub events: Vec<Event>,
    /// The statistics with the new posts counted, and the new posts' keys.
    pub state: LinkState<'a>,
    pub linked_through: i64,
}

/// The store's error.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused (a locked, unreadable or damaged file; a full disk).
    #[error("case store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The file was written by a newer plainsight: opening it could damage it.
    #[error("case store has schema version {found}, newer than this program's {supported}; use a newer plainsight")]
    TooNew { found: u32, supported: u32 },
    /// A stored value is not what this schema allows (a damaged or hand-edited store).
    #[error("case store: post {pk}: {what}")]
    Corrupt { pk: i64, what: String },
    /// A migration found the store inconsistent and left it at the version before.
    #[error("case store: migration to version {to}: {what}")]
    Migration { to: u32, what: String },
    /// A second connection was asked of a store that is not a file.
    #[error("case store: not a file, so it cannot be opened again")]
    NoFile,
    /// The system would not start a thread for work beside the connection.
    #[error("case store: cannot start a thread: {0}")]
    Thread(String),
}

/// A checkpoint running beside the store's connection ([`Store::checkpoint_beside`]).
#[must_use = "a checkpoint's error is known only once it is finished"]
pub struct Checkpoint {
    thread: std::thread::JoinHandle<Result<()>>,
}

impl Checkpoint {
    /// Waits for the checkpoint and returns its error, if any (a panic on its thread is
    /// raised here).
    pub fn finish(self) -> Result<()> {
        self.thread
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The 128-bit content hash of a post's stored record (the first 16 bytes of its SHA-256):
/// two versions are "the same content" exactly when their canonical JSON is byte-identical.
pub fn content_hash(raw: &str) -> [u8; 16] {
    use sha2::Digest;
    let d = sha2::Sha256::digest(raw.as_bytes());
    let mut out = [0u8; 16];
    out.copy_from_slice(&d[..16]);
    out
}

/// One post as the engine hands it to the store: the record and what the stages made of it.
#[derive(Clone, Debug)]
pub struct NewPost {
    pub id: String,
    /// The record (`NewRecord::of` the post; CSV input is stored as JSON too).
    pub record: NewRecord,
    /// [`content_hash`] of the record's canonical JSON (the post re-serialized).
    pub content_hash: [u8; 16],
    /// The record's `posted_at` in Unix seconds, when it parses.
    pub posted_epoch: Option<i64>,
    pub risk: f64,
    /// The post's evidence sum (what network risk adds up).
    pub evidence: f64,
    pub post_type: String,
    pub ages: Vec<u32>,
    pub selectors: Vec<Selector>,
    /// National numbers whose region the post does not tell (`raw` is not stored: the
    /// linker needs the readings only, and the record holds the text).
    pub ambiguous: Vec<Ambiguous>,
    /// The numbers the post writes without a country code, as the digits written
    /// (`plainsight_link::features::national_of`): what the linker reads them by.
    pub national: Vec<String>,
    pub hits: Vec<IndicatorHit>,
    pub images: Vec<PdqHash>,
}

/// What storing one post did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// A new id.
    Added,
    /// Same id, same content: nothing written.
    Unchanged,
    /// Same id, new content: a new version, the old one kept (no longer current).
    Updated,
}

/// What the linker links some stored posts on ([`Store::keys_of`]).
#[derive(Clone, Debug, Default)]
pub struct RegionKeys {
    /// Their selectors, each with its post's `site` and `url` (what decides whether the linker
    /// links on it: an address on the post's own site is the site's), in post order.
    pub uses: Vec<SelectorUse>,
    /// The readings of their ambiguous national numbers, sorted, each once.
    pub readings: Vec<String>,
    /// Their accounts on their sites (`posts.account`), sorted, each once.
    pub accounts: Vec<String>,
    /// The numbers they write without a country code ([`NewPost::national`]), sorted, each
    /// once.
    pub national: Vec<String>,
}

/// A selector of a stored post, with where the post was taken from.
#[derive(Clone, Debug)]
pub struct SelectorUse {
    pub post: i64,
    pub selector: Selector,
    pub site: Option<String>,
    pub url: Option<String>,
}

/// A current post read back for relinking: everything the linker and network risk need,
/// without re-running extraction. Selector `raw` is empty (the caller slices it from the
/// record).
#[derive(Clone, Debug)]
pub struct StoredPost {
    pub pk: i64,
    /// The record as stored ([`Record::unpack`] gives the post; unpacked by the caller, on
    /// its own threads).
    pub record: Record,
    pub evidence: f64,
    pub ages: Vec<u32>,
    pub codes: Vec<String>,
    pub selectors: Vec<Selector>,
    /// Its ambiguous national numbers (`raw` empty; read with the indicator codes and images).
    pub ambiguous: Vec<Ambiguous>,
    pub images: Vec<PdqHash>,
}

/// A stored post's wording ([`Store::for_each_current_text_in`]): its record, of which only
/// the title and body are read ([`Record::texts`]; the other columns are left empty), and
/// the spans of its selectors (field, start, end).
pub struct PostText {
    pub pk: i64,
    pub record: Record,
    pub spans: Vec<(Field, usize, usize)>,
}

/// A network as stored: id, size, risk and its summary (the `networks.jsonl` object).
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkRow {
    pub id: String,
    pub size: u64,
    pub risk: f64,
    pub summary: String,
    /// What network risk takes of its posts, summed (JSON; the engine's network tally), so
    /// that the network is scored again as it grows without reading its posts. `None` where
    /// not known (written before version 12, or not asked for by the reader).
    pub tally: Option<String>,
}

/// A merge or a split, with its evidence (JSON).
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub kind: EventKind,
    /// Merge: the network the others became. Split: the network that came apart.
    pub network: String,
    /// Merge: the earlier networks merged. Split: the networks its posts are in now.
    pub networks: Vec<String>,
    pub evidence: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Merge,
    Split,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Merge => "merge",
            EventKind::Split => "split",
        }
    }
}

/// One imported services source as the store keeps it: records as JSON (made by
/// `plainsight-referral`; the store does not read them), so the directory's shape can grow
/// without a migration.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceSource {
    pub name: String,
    pub format: String,
    pub imported_at: String,
    /// JSON array of problems.
    pub problems: String,
    /// JSON array of unmapped category terms.
    pub unmapped: String,
    /// (id, record JSON).
    pub organizations: Vec<(String, String)>,
    pub services: Vec<(String, String)>,
    /// (id, lat, lon, country, record JSON).
    pub locations: Vec<ServiceLocationRow>,
}

/// A stored location with the columns kept beside its record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceLocationRow {
    pub id: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub record: String,
}

/// The stored directory: every record, in id order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceRecords {
    pub organizations: Vec<String>,
    pub services: Vec<String>,
    pub locations: Vec<String>,
}

/// Counts of one ingest batch.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchCounts {
    pub read: u64,
    pub added: u64,
    pub unchanged: u64,
    pub updated: u64,
    pub bad_records: u64,
}

/// An open case store.
pub struct Store {
    conn: Connection,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.conn.path())
            .finish()
    }
}

/// How long a connection waits for another's lock before it gives up (every connection to a
/// store: the main one, a reader beside it, a checkpoint beside it).
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// The page size of a new store's file.
pub const PAGE_SIZE: u32 = 16384;

/// Applies the connection settings every store runs under.
///
/// - WAL: readers (search, export, the server) never block the ingest writer, and a commit is
///   one append to the log.
/// - `synchronous = NORMAL`: in WAL mode a commit survives the process being killed (the log
///   is written before the commit returns; only the fsync is deferred to checkpoints), so
///   `kill -9` loses nothing committed. Power loss or an OS crash may roll back the last
///   commits, never corrupt the file; those posts are simply ingested again from their input.
///   FULL would fsync every chunk's commit for no gain against a killed process.
/// - foreign keys on: a selector, hit or image hash always belongs to a stored post.
/// - 16 KiB pages for a new store (an existing one keeps the size it was made with): a
///   post's record is about 650 bytes, and a 4 KiB page holds five or six with the rest of the
///   page unused; on 1M synthetic posts 16 KiB pages made `posts` 56 MB (7%) smaller. Set
///   before WAL, as SQLite fixes the size when the first page is written.
fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "page_size", PAGE_SIZE)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Runs the migrations from the store's version up to `target`, each in its own transaction
/// with its `user_version` bump, so a crash leaves the store at one version or the next.
/// Whether any migration ran.
fn migrate(conn: &mut Connection, target: u32) -> Result<bool> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > schema::CURRENT_VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: schema::CURRENT_VERSION,
        });
    }
    for v in found..target {
        match schema::MIGRATIONS[v as usize] {
            schema::Migration::Sql(sql) => {
                let tx = conn.transaction()?;
                tx.execute_batch(sql)?;
                tx.pragma_update(None, "user_version", v + 1)?;
                tx.commit()?;
            }
            schema::Migration::Rebuild(rebuild) => {
                // Foreign keys cannot be switched inside a transaction; they are on again
                // whatever the migration did.
                conn.pragma_update(None, "foreign_keys", "OFF")?;
                let done = (|| -> Result<()> {
                    let tx = conn.transaction()?;
                    rebuild(&tx)?;
                    let broken: Option<String> = tx
                        .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
                        .optional()?;
                    if let Some(table) = broken {
                        return Err(StoreError::Migration {
                            to: v + 1,
                            what: format!("a row of {table} refers to no row"),
                        });
                    }
                    tx.pragma_update(None, "user_version", v + 1)?;
                    tx.commit()?;
                    Ok(())
                })();
                conn.pragma_update(None, "foreign_keys", "ON")?;
                done?;
                // The old table's pages are free now: a rebuilt `posts` left a 1,000,000-post
                // store a third larger until they were returned (26 s to migrate it, 7 s to
                // return them; BENCHMARKS.md, "Records kept compressed").
                conn.execute_batch("VACUUM")?;
            }
            schema::Migration::Code(code) => {
                let tx = conn.transaction()?;
                code(&tx)?;
                tx.pragma_update(None, "user_version", v + 1)?;
                tx.commit()?;
            }
        }
    }
    Ok(found < target)
}

impl Store {
    /// Opens (creating if missing) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_at_version(path, schema::CURRENT_VERSION)
    }

    /// Opens the store migrated only up to `version` (for migration tests: a store as an
    /// earlier release left it). Never downgrades.
    pub fn open_at_version(path: &Path, version: u32) -> Result<Store> {
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        let migrated = migrate(&mut conn, version.min(schema::CURRENT_VERSION))?;
        if migrated {
            // The connection that built or migrated the schema is not the one that works on
            // it. Ingesting 1,000,000 stress posts into a new store through the connection
            // that had just created it read about seven times more bytes back from the file
            // (the kernel's copy-out 2.3% of all samples against 0.3%, system time 15 s
            // against 9 s) and took 88.2–88.8 s; through a connection opened after the
            // migrations, 81 s (BENCHMARKS.md, "Ingest through a connection opened after
            // the migrations"). Opening it again costs a millisecond.
            drop(conn);
            conn = Connection::open(path)?;
            configure(&conn)?;
        }
        Ok(Store { conn })
    }

    /// The path of this store's file, for a second connection to it.
    fn file(&self) -> Result<&str> {
        self.conn
            .path()
            .filter(|p| !p.is_empty())
            .ok_or(StoreError::NoFile)
    }

    /// A second connection to this store's file, opened read-only (its temporary tables, the
    /// lists of posts some reads join, are its own), with this one's memory map: reads on
    /// another thread beside this connection's (readers of a WAL file do not wait for each
    /// other). It sees what is committed, so it is for reads while nothing is being written.
    pub fn reader(&self) -> Result<Store> {
        Ok(Store {
            conn: open_reader(self.file()?, self.mmap_bytes()?)?,
        })
    }

    /// The memory map this connection reads through, in bytes.
    fn mmap_bytes(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "mmap_size", |r| r.get(0))?)
    }

    /// Whether a commit on this connection copies the log into the file when the log has
    /// grown past SQLite's threshold (on, as SQLite's default, unless turned off here). A bulk
    /// writer turns it off to choose when that happens ([`Store::checkpoint`],
    /// [`Store::checkpoint_beside`]): the copy ends with an fsync of the file, and after the
    /// last chunk of a batch it held up the linking (BENCHMARKS.md, "Network tallies").
    pub fn set_auto_checkpoint(&self, on: bool) -> Result<()> {
        self.conn
            .pragma_update(None, "wal_autocheckpoint", if on { 1000 } else { 0 })?;
        Ok(())
    }

    /// Copies what the log holds into the file, as far as no reader still needs the log
    /// (a passive checkpoint: it waits for no one).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// [`Store::checkpoint`] on a connection of its own, on a thread of its own: the copy and
    /// its fsync wait on the disk while this connection goes on reading and writing (WAL lets
    /// a checkpoint run beside both). [`Checkpoint::finish`] waits for it.
    pub fn checkpoint_beside(&self) -> Result<Checkpoint> {
        let path = self.file()?;
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let side = Store { conn };
        let thread = std::thread::Builder::new()
            .name("plainsight-checkpoint".into())
            .spawn(move || side.checkpoint())
            .map_err(|e| StoreError::Thread(e.to_string()))?;
        Ok(Checkpoint { thread })
    }

    /// The raw connection, for tests that inspect the file (`PRAGMA integrity_check`) or
    /// build old-version fixtures.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// `PRAGMA integrity_check`'s answer (`"ok"` for a sound file).
    pub fn integrity_check(&self) -> Result<String> {
        let rows: Vec<String> = self
            .conn
            .prepare("PRAGMA integrity_check")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows.join("; "))
    }

    /// Number of current posts (one per id).
    pub fn current_posts(&self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM posts WHERE current = 1", [], |r| {
                r.get::<_, i64>(0)
            })? as u64)
    }

    /// Number of stored post versions (current and earlier).
    pub fn post_versions(&self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM posts", [], |r| r.get::<_, i64>(0))? as u64)
    }

    /// Starts an ingest batch (committed at once, so a killed run still shows it, unfinished).
    pub fn begin_batch(&mut self, started_at: &str, inputs: &[String]) -> Result<i64> {
        let inputs = serde_json::to_string(inputs).unwrap_or_else(|_| "[]".into());
        self.conn.execute(
            "INSERT INTO batches(started_at, inputs) VALUES (?1, ?2)",
            params![started_at, inputs],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Records a batch's counts and end time.
    pub fn finish_batch(&mut self, batch: i64, finished_at: &str, c: &BatchCounts) -> Result<()> {
        self.conn.execute(
            "UPDATE batches SET finished_at = ?2, read = ?3, added = ?4, unchanged = ?5, \
             updated = ?6, bad_records = ?7 WHERE id = ?1",
            params![
                batch,
                finished_at,
                c.read as i64,
                c.added as i64,
                c.unchanged as i64,
                c.updated as i64,
                c.bad_records as i64
            ],
        )?;
        Ok(())
    }

    /// Sets this connection's page cache, in MiB, for a bulk write such as `ingest`. SQLite's
    /// default is 2 MB: an ingest's inserts into the indexes (selector values, indicator codes,
    /// full-text segments) land on pages all over each index, and with a small cache the dirty
    /// pages are spilled into the log and read back from the OS many times per transaction.
    pub fn set_cache_mib(&self, mib: u32) -> Result<()> {
        self.conn
            .pragma_update(None, "cache_size", -(i64::from(mib) * 1024))?;
        Ok(())
    }

    /// Reads the file through a memory map of up to `mib` MiB (0: no map; SQLite's own ceiling
    /// on 64-bit Linux is just under 2 GiB, past which a larger store is read by `pread`).
    /// Pages are then read in place rather than copied out of the system's cache on every
    /// read: attaching 10,000 posts to a store of 1,000,000, which reads ~170,000 of them back
    /// and looks up ~224,000 rows by selector, took 12.0–12.4 s instead of 13.8–14.0 s
    /// (BENCHMARKS.md). Writes still go through the WAL. The mapped pages are the file's,
    /// which the system can drop under memory pressure, but they count in the process's
    /// resident size — so a bulk ingest, which gains nothing from it, leaves it off.
    pub fn set_mmap_mib(&self, mib: u32) -> Result<()> {
        self.conn
            .pragma_update(None, "mmap_size", i64::from(mib) * 1024 * 1024)?;
        Ok(())
    }

    /// Stores a chunk of posts in one transaction: all of them or none survive a crash.
    /// A post whose id is current with the same content hash is left alone; one with new
    /// content becomes the next version and the old one stops being current.
    pub fn put_posts(&mut self, batch: i64, posts: &[NewPost]) -> Result<Vec<Stored>> {
        let mut w = self.post_writer(batch)?;
        let out = w.put(posts)?;
        w.commit()?;
        Ok(out)
    }

    /// A transaction that stores posts as they come, a part at a time, and keeps them all or
    /// none ([`PostWriter::commit`]; dropped, it keeps none). An ingest hands each part on as
    /// soon as it is scanned, so a chunk is written while the next posts are scanned, not all
    /// at once after them; the commit, and the full-text index with it, stays once a chunk.
    pub fn post_writer(&mut self, batch: i64) -> Result<PostWriter<'_>> {
        self.conn.execute_batch(schema::FTS_PENDING)?;
        let tx = self.conn.transaction()?;
        let packer = record::Packer::load(&tx)?;
        Ok(PostWriter {
            tx,
            packer,
            batch,
            written: false,
            named: HashMap::new(),
            posts: 0,
        })
    }

    /// The last post `pk` stored (0 for an empty store).
    pub fn last_pk(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(pk), 0) FROM posts", [], |r| r.get(0))?)
    }

    /// The last post `pk` stored before the store indexed the numbers posts write without a
    /// country code (schema version 13), while those posts' numbers are not filled in (0 once
    /// they are, or for a store created since).
    pub fn national_unfilled_through(&self) -> Result<i64> {
        Ok(meta_value(&self.conn, "national_through")?.unwrap_or(0))
    }

    /// Stores the numbers written without a country code of posts stored before the index
    /// existed ((pk, digits) as `NewPost::national` gives them), and marks them filled: one
    /// transaction.
    pub fn fill_national(&mut self, rows: &[(i64, Vec<String>)]) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut ins = tx.prepare_cached(INSERT_NATIONAL)?;
            for (pk, digits) in rows {
                for d in digits {
                    ins.execute(params![pk, d])?;
                }
            }
        }
        tx.execute("DELETE FROM meta WHERE key = 'national_through'", [])?;
        tx.commit()?;
        Ok(())
    }

    /// The last post `pk` the stored networks account for.
    pub fn linked_through(&self) -> Result<i64> {
        Ok(meta_value(&self.conn, "linked_through")?.unwrap_or(0))
    }

    /// Whether posts were stored since the networks were last written (a run killed between
    /// storing and linking leaves this true, so the next ingest links even with nothing new).
    pub fn needs_link(&self) -> Result<bool> {
        Ok(self.last_pk()? > self.linked_through()?)
    }

    /// Every current post, in storage order, with what relinking needs.
    pub fn for_each_current(&self, f: impl FnMut(StoredPost) -> Result<()>) -> Result<()> {
        self.for_each_current_in(None, f)
    }

    /// The current posts among `pks`, in storage order, with what comparing their wording
    /// needs: the record (its title and body, [`Record::texts`]) and where their selectors
    /// lie. Lighter than [`Store::for_each_current_in`]: no other column, no selector value
    /// (the stress batch of 10,000 into 1,000,000 posts compares 158,497 stored posts so).
    pub fn for_each_current_text_in(
        &self,
        pks: &[i64],
        mut f: impl FnMut(PostText) -> Result<()>,
    ) -> Result<()> {
        self.fill_region(pks)?;
        let only = "p.current = 1 AND p.pk IN (SELECT pk FROM temp.region)";
        let mut posts = self.conn.prepare(&format!(
            "SELECT p.pk, p.title, p.rest FROM posts p WHERE {only} ORDER BY p.pk"
        ))?;
        let mut spans = self.conn.prepare(&format!(
            "SELECT s.post, s.field, s.start, s.\"end\" FROM selectors s \
             JOIN posts p ON p.pk = s.post WHERE {only} ORDER BY s.post, s.n"
        ))?;
        let read_span = |r: &rusqlite::Row<'_>| -> Result<(i64, (Field, usize, usize))> {
            let pk: i64 = r.get(0)?;
            let field = field_at(r, 1, pk)?;
            let at = |i| r.get::<_, i64>(i).map(|v| v.max(0) as usize);
            Ok((pk, (field, at(2)?, at(3)?)))
        };
        let mut spans = ByPost::new(spans.query([])?, read_span)?;
        let dicts = record::Dictionaries::load(&self.conn)?;
        let mut rows = posts.query([])?;
        while let Some(r) = rows.next()? {
            let pk: i64 = r.get(0)?;
            let fields = Fields {
                title: r.get(1)?,
                ..Fields::default()
            };
            let mut post = PostText {
                pk,
                record: dicts.record(pk, fields, r.get(2)?)?,
                spans: Vec::new(),
            };
            spans.take(pk, |span| {
                post.spans.push(span);
                Ok(())
            })?;
            f(post)?;
        }
        Ok(())
    }

    /// The current posts among `pks` (all current posts if `None`), in storage order, with
    /// what relinking needs.
    pub fn for_each_current_in(
        &self,
        pks: Option<&[i64]>,
        mut f: impl FnMut(StoredPost) -> Result<()>,
    ) -> Result<()> {
        let only = match pks {
            Some(pks) => {
                self.fill_region(pks)?;
                " AND p.pk IN (SELECT pk FROM temp.region)"
            }
            None => "",
        };
        let mut posts = self.conn.prepare(&format!(
            "SELECT pk, title, posted_at, site, url, location, region, rest, evidence, ages \
             FROM posts p WHERE current = 1{only} ORDER BY pk"
        ))?;
        let mut sels = self.conn.prepare(&format!(
            "SELECT s.post, s.kind, s.platform, s.value, s.field, s.start, s.\"end\", s.region_source \
             FROM selectors s JOIN posts p ON p.pk = s.post WHERE p.current = 1{only} ORDER BY s.post, s.n",
        ))?;
        let mut hits = self.conn.prepare(&format!(
            "SELECT h.post, h.code FROM indicator_hits h JOIN posts p ON p.pk = h.post \
             WHERE p.current = 1{only} ORDER BY h.post, h.n",
        ))?;
        let mut imgs = self.conn.prepare(&format!(
            "SELECT i.post, i.pdq FROM image_hashes i JOIN posts p ON p.pk = i.post \
             WHERE p.current = 1{only} ORDER BY i.post, i.n",
        ))?;
        let mut ambs = self.conn.prepare(&format!(
            "SELECT a.post, a.n, a.value, a.field, a.start, a.\"end\", a.regions \
             FROM ambiguous_numbers a JOIN posts p ON p.pk = a.post \
             WHERE p.current = 1{only} ORDER BY a.post, a.n, a.value",
        ))?;
        let mut ambs = ByPost::new(ambs.query([])?, |r| {
            read_ambiguous(r).map(|(pk, n, a)| (pk, (n, a)))
        })?;
        let mut sels = ByPost::new(sels.query([])?, read_selector)?;
        let mut hits = ByPost::new(hits.query([])?, |r| Ok((r.get(0)?, r.get(1)?)))?;
        let mut imgs = ByPost::new(imgs.query([])?, |r| Ok((r.get(0)?, r.get(1)?)))?;
        let dicts = record::Dictionaries::load(&self.conn)?;
        let mut rows = posts.query([])?;
        while let Some(r) = rows.next()? {
            let pk: i64 = r.get(0)?;
            let ages: String = r.get(9)?;
            let mut post = StoredPost {
                pk,
                record: read_record(r, 1, pk, &dicts)?,
                evidence: r.get(8)?,
                ages: ages_of(pk, &ages)?,
                codes: Vec::new(),
                selectors: Vec::new(),
                ambiguous: Vec::new(),
                images: Vec::new(),
            };
            // One row per reading: the readings of one number (same `n`) come together.
            let mut last_n = None;
            ambs.take(pk, |(n, a)| {
                match post.ambiguous.last_mut() {
                    Some(prev) if last_n == Some(n) => prev.readings.extend(a.readings),
                    _ => post.ambiguous.push(a),
                }
                last_n = Some(n);
                Ok(())
            })?;
            sels.take(pk, |s| {
                post.selectors.push(s);
                Ok(())
            })?;
            hits.take(pk, |code| {
                post.codes.push(code);
                Ok(())
            })?;
            imgs.take(pk, |bytes: Vec<u8>| {
                post.images.push(pdq_from_bytes(pk, &bytes)?);
                Ok(())
            })?;
            f(post)?;
        }
        Ok(())
    }

    /// Puts `pks` in the connection's temporary table `region` (replacing what it held).
    /// The rows go in under one savepoint: outside a transaction each insert was a
    /// transaction of the temporary database of its own (8 % of a 10,000-post batch into
    /// 1,000,000 posts, filling 170,000 rows, went to committing them one by one).
    fn fill_region(&self, pks: &[i64]) -> Result<()> {
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS region(pk INTEGER PRIMARY KEY); \
             SAVEPOINT fill_region; DELETE FROM temp.region;",
        )?;
        let filled = (|| -> Result<()> {
            let mut ins = self
                .conn
                .prepare_cached("INSERT OR IGNORE INTO temp.region(pk) VALUES (?1)")?;
            for pk in pks {
                ins.execute([pk])?;
            }
            Ok(())
        })();
        match filled {
            Ok(()) => self.conn.execute_batch("RELEASE fill_region")?,
            Err(e) => {
                self.conn
                    .execute_batch("ROLLBACK TO fill_region; RELEASE fill_region")?;
                return Err(e);
            }
        }
        Ok(())
    }

    /// Current posts stored after `pk` (the posts a linking has not seen yet).
    pub fn current_pks_after(&self, pk: i64) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare("SELECT pk FROM posts WHERE pk > ?1 AND current = 1 ORDER BY pk")?;
        let rows = stmt.query_map([pk], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
    }

    /// What the linker links the current posts `pks` on, as the store keeps it: their
    /// selectors, the readings of their ambiguous national numbers and their accounts
    /// ([`RegionKeys`]). The posts are put in the connection's region once for all three.
    pub fn keys_of(&self, pks: &[i64]) -> Result<RegionKeys> {
        self.fill_region(pks)?;
        Ok(RegionKeys {
            uses: self.selector_uses_in_region()?,
            readings: self.ambiguous_readings_in_region()?,
            accounts: self.accounts_in_region()?,
            national: self.national_in_region()?,
        })
    }

    /// The numbers written without a country code by the current posts in the connection's
    /// region (`fill_region`).
    fn national_in_region(&self) -> Result<Vec<String>> {
        self.strings(
            "SELECT DISTINCT n.digits FROM national_numbers n JOIN posts p ON p.pk = n.post \
             WHERE n.post IN (SELECT pk FROM temp.region) AND p.current = 1 ORDER BY n.digits",
        )
    }

    /// The one text column `sql` gives, row by row.
    fn strings(&self, sql: &str) -> Result<Vec<String>> {
        self.values_asked(sql, std::iter::once(()))
    }

    /// For each (digits, number) of `writings`, the current posts that write the digits
    /// without a country code ([`NewPost::national`]) and do not hold the number itself as a
    /// selector: (pk, the writing's index), in order of `writings`, then pk.
    pub fn posts_writing_without(
        &self,
        writings: &[(String, String)],
    ) -> Result<Vec<(i64, usize)>> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT n.post FROM national_numbers n JOIN posts p ON p.pk = n.post \
             WHERE n.digits = ?1 AND p.current = 1 AND NOT EXISTS \
             (SELECT 1 FROM selectors s WHERE s.post = n.post AND s.value = ?2) ORDER BY n.post",
        )?;
        for (i, (digits, value)) in writings.iter().enumerate() {
            let mut rows = stmt.query(params![digits, value])?;
            while let Some(r) = rows.next()? {
                out.push((r.get(0)?, i));
            }
        }
        Ok(out)
    }

    /// The selectors of the current posts in the connection's region (`fill_region`).
    fn selector_uses_in_region(&self) -> Result<Vec<SelectorUse>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.post, s.kind, s.platform, s.value, s.field, s.start, s.\"end\", \
             s.region_source, p.site, p.url FROM selectors s JOIN posts p ON p.pk = s.post \
             WHERE s.post IN (SELECT pk FROM temp.region) AND p.current = 1 ORDER BY s.post, s.n",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(read_use(r)?);
        }
        Ok(out)
    }

    /// The selectors of current posts whose value is one of `values` (any kind), each with
    /// its post's `site` and `url`, in post order.
    pub fn selector_uses_with_values(&self, values: &[String]) -> Result<Vec<SelectorUse>> {
        let mut out = Vec::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT s.post, s.kind, s.platform, s.value, s.field, s.start, s.\"end\", \
                 s.region_source, p.site, p.url FROM selectors s JOIN posts p ON p.pk = s.post \
                 WHERE s.value = ?1 AND p.current = 1",
            )?;
            for v in values {
                let mut rows = stmt.query([v])?;
                while let Some(r) = rows.next()? {
                    out.push(read_use(r)?);
                }
            }
        }
        out.sort_by_key(|u| u.post);
        Ok(out)
    }

    /// The current posts (`current`, [`Store::current_set`]) with a selector whose value is
    /// `values[i]`, as (post pk, `i`), sorted, each pair once: from the index of values alone,
    /// without reading the selectors (their kind, where they are) or the posts' rows. For the
    /// 6,546 keys a batch of 10,000 stress posts shared with a store of 1,000,000, the rows of
    /// [`Store::selector_uses_with_values`] with their posts' sites took 0.81 s of CPU.
    pub fn current_posts_with_values(
        &self,
        current: &PostSet,
        values: &[String],
    ) -> Result<Vec<(i64, usize)>> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT post FROM selectors INDEXED BY selectors_value WHERE value = ?1",
        )?;
        for (i, v) in values.iter().enumerate() {
            rows_of_posts_in(&mut stmt, [v], current, |pk, _| {
                out.push((pk, i));
                Ok(())
            })?;
        }
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// The accounts ([`plainsight_core::Post::account`]) of the current posts `pks`, sorted,
    /// each once.
    pub fn accounts_of(&self, pks: &[i64]) -> Result<Vec<String>> {
        self.fill_region(pks)?;
        self.accounts_in_region()
    }

    /// The accounts of the current posts in the connection's region (`fill_region`).
    fn accounts_in_region(&self) -> Result<Vec<String>> {
        self.strings(
            "SELECT DISTINCT account FROM posts WHERE pk IN (SELECT pk FROM temp.region) \
             AND account IS NOT NULL AND current = 1 ORDER BY account",
        )
    }

    /// The current posts whose account is one of `values`, ascending.
    pub fn posts_with_accounts(&self, values: &[String]) -> Result<Vec<i64>> {
        self.pks_for_each(
            "SELECT pk FROM posts WHERE account = ?1 AND current = 1",
            values,
        )
    }

    /// The current posts with an ambiguous national number one of whose readings is one of
    /// `values`, ascending.
    pub fn ambiguous_posts_with_values(&self, values: &[String]) -> Result<Vec<i64>> {
        self.pks_for_each(
            "SELECT a.post FROM ambiguous_numbers a JOIN posts p ON p.pk = a.post \
             WHERE a.value = ?1 AND p.current = 1",
            values,
        )
    }

    /// The pks that `sql` (one parameter, one column) gives for any of `values`, ascending,
    /// each once.
    fn pks_for_each(&self, sql: &str, values: &[String]) -> Result<Vec<i64>> {
        let mut out = Vec::new();
        {
            let mut stmt = self.conn.prepare_cached(sql)?;
            for v in values {
                let mut rows = stmt.query([v])?;
                while let Some(r) = rows.next()? {
                    out.push(r.get(0)?);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// The readings of the current posts in the connection's region (`fill_region`).
    fn ambiguous_readings_in_region(&self) -> Result<Vec<String>> {
        self.strings(
            "SELECT DISTINCT a.value FROM ambiguous_numbers a JOIN posts p ON p.pk = a.post \
             WHERE a.post IN (SELECT pk FROM temp.region) AND p.current = 1 ORDER BY a.value",
        )
    }

    /// The distinct stored values (of any post, any kind) in each half-open range `[from, to)`
    /// of `ranges`, range by range, each range's in order, from the value index.
    pub fn values_in_ranges(&self, ranges: &[(String, String)]) -> Result<Vec<String>> {
        self.values_asked(
            "SELECT DISTINCT value FROM selectors INDEXED BY selectors_value \
             WHERE value >= ?1 AND value < ?2 ORDER BY value",
            ranges.iter().map(|(from, to)| (from, to)),
        )
    }

    /// The distinct stored numbers (values written `+` and digits, of any post and kind) whose
    /// last [`NUMBER_TAIL`] characters are each of `tails`, tail by tail, each tail's in order
    /// (`selector_tails`).
    pub fn numbers_ending(&self, tails: &[&str]) -> Result<Vec<String>> {
        self.values_asked(
            "SELECT value FROM selector_tails WHERE tail = ?1 AND value >= '+0' AND value < '+:' \
             ORDER BY value",
            tails.iter().map(|t| [t]),
        )
    }

    /// The distinct stored values written as an address at each of `domains` (what follows
    /// their first `@`, as stored: an e-mail address, a payment to one), domain by domain, each
    /// domain's in order (`selector_tails`).
    pub fn addresses_at(&self, domains: &[&str]) -> Result<Vec<String>> {
        self.values_asked(
            "SELECT value FROM selector_tails WHERE tail = '@' || ?1 ORDER BY value",
            domains.iter().map(|d| [d]),
        )
    }

    /// The one text column `sql` gives for each of `asks` (its parameters), ask by ask.
    fn values_asked<P: rusqlite::Params>(
        &self,
        sql: &str,
        asks: impl Iterator<Item = P>,
    ) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut out = Vec::new();
        for ask in asks {
            let rows = stmt.query_map(ask, |r| r.get(0))?;
            for v in rows {
                out.push(v?);
            }
        }
        Ok(out)
    }

    /// How many current posts the networks of `pks` hold together, from the stored sizes of
    /// those networks (networks of one post have no row and count nothing): at most the number
    /// of current posts [`Store::network_pks`] would return for `pks`. One join, where
    /// [`Store::network_pks`] lists every post.
    pub fn network_reach(&self, pks: &[i64]) -> Result<u64> {
        self.fill_region(pks)?;
        let reach: i64 = self.conn.query_row(
            "SELECT coalesce(sum(n.size), 0) FROM networks n WHERE n.id IN \
             (SELECT m.network FROM temp.region t CROSS JOIN posts p ON p.pk = t.pk \
              CROSS JOIN memberships m ON m.post_id = p.id)",
            [],
            |r| r.get(0),
        )?;
        Ok(reach.max(0) as u64)
    }

    /// Every current post of the networks the posts `pks` belong to (by their ids' memberships:
    /// a new version of a post brings its id's network), ascending. The networks are found
    /// once each (not once per region post in them: a network of 800 posts with 700 in the
    /// region would be listed 560,000 times), and `CROSS JOIN` fixes the order from the region
    /// out: the temporary table has no statistics, and the planner otherwise scans every post.
    pub fn network_pks(&self, pks: &[i64]) -> Result<Vec<i64>> {
        self.fill_region(pks)?;
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT p2.pk FROM (SELECT DISTINCT m.network AS network \
             FROM temp.region t CROSS JOIN posts p ON p.pk = t.pk \
             CROSS JOIN memberships m ON m.post_id = p.id) nets \
             CROSS JOIN memberships m2 ON m2.network = nets.network \
             CROSS JOIN posts p2 ON p2.id = m2.post_id AND p2.current = 1 ORDER BY p2.pk",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
    }

    /// Which posts are current, a bit per pk, from the index of current ids (a scan of a table
    /// keyed by post is filtered with it instead of looking every row's post up in `posts`:
    /// on 1,000,000 posts the image hashes took 1.2 s that way). One pass over the index (about
    /// 0.08 s at 1,000,000 posts): a caller making several reads of current posts with nothing
    /// written between them reads it once and hands it to each.
    pub fn current_set(&self) -> Result<PostSet> {
        let last = self.last_pk()?.max(0) as usize;
        let mut set = PostSet(vec![0u64; last / 64 + 1]);
        let mut stmt = self
            .conn
            .prepare("SELECT pk FROM posts INDEXED BY posts_current WHERE current = 1")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            set.insert(r.get(0)?);
        }
        Ok(set)
    }

    /// The image hashes of the current posts (`current`, [`Store::current_set`]), as (post pk,
    /// hash), in storage order.
    pub fn current_images(&self, current: &PostSet) -> Result<Vec<(i64, PdqHash)>> {
        let (pks, hashes) = self.current_image_columns(current)?;
        Ok(pks.into_iter().zip(hashes).collect())
    }

    /// [`Store::current_images`] as two columns: the posts' pks and their hashes, in storage
    /// order (what a probe of every stored photo reads, without a copy of the hashes).
    ///
    /// Room for two photos a post is reserved first: only the memory written is touched, and a
    /// column grown by doubling wrote its contents about twice over, each page new to the
    /// process (on a virtual machine whose host takes back free memory, a first touch is a
    /// page fault served by the host: reading a store's 1,088,688 photos as pairs, then
    /// copying out their hashes, spent 0.36 CPU-s in page faults; BENCHMARKS.md).
    pub fn current_image_columns(&self, current: &PostSet) -> Result<(Vec<i64>, Vec<PdqHash>)> {
        let mut stmt = self
            .conn
            .prepare("SELECT post, pdq FROM image_hashes ORDER BY post, n")?;
        let room = current.len().saturating_mul(2);
        let (mut pks, mut hashes) = (Vec::with_capacity(room), Vec::with_capacity(room));
        rows_of_posts_in(&mut stmt, [], current, |pk, r| {
            hashes.push(pdq_from_bytes(pk, blob_at(r, 1)?)?);
            pks.push(pk);
            Ok(())
        })?;
        Ok((pks, hashes))
    }

    /// The ids of the posts `pks` (those that exist), by pk.
    pub fn ids_of(&self, pks: &[i64]) -> Result<HashMap<i64, String>> {
        let mut out = HashMap::with_capacity(pks.len());
        if pks.len() >= IDS_BY_SCAN
            && pks.len().saturating_mul(LOOKUPS_PER_SCAN) as i64 >= self.last_pk()?
        {
            // The index of current ids holds each current post's pk and id: read it through.
            let wanted = PostSet::of(pks.iter().copied());
            let mut stmt = self
                .conn
                .prepare("SELECT pk, id FROM posts INDEXED BY posts_current WHERE current = 1")?;
            rows_of_posts_in(&mut stmt, [], &wanted, |pk, r| {
                out.insert(pk, r.get(1)?);
                Ok(())
            })?;
        }
        // One by one: a few posts, and versions no longer current.
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM posts WHERE pk = ?1")?;
        for &pk in pks {
            if out.contains_key(&pk) {
                continue;
            }
            if let Some(id) = stmt.query_row([pk], |r| r.get(0)).optional()? {
                out.insert(pk, id);
            }
        }
        Ok(out)
    }

    /// The linker's keys of every current post that has them (post pk, LSH band keys — 16
    /// little-endian `u32`s, empty when the post takes no part in text similarity — and
    /// persona keys, little-endian `u32`s), with the post's id, in storage order. Posts a
    /// linking has not seen yet have none.
    pub fn link_keys(&self) -> Result<Vec<LinkKeys>> {
        let mut keys = Vec::new();
        self.for_each_link_key(&self.current_set()?, |post, bands, personas| {
            keys.push((post, bands.to_vec(), personas.to_vec()))
        })?;
        let ids = self.ids_of(&keys.iter().map(|k| k.0).collect::<Vec<_>>())?;
        Ok(keys
            .into_iter()
            .filter_map(|(post, bands, personas)| {
                Some(LinkKeys {
                    post,
                    id: ids.get(&post)?.clone(),
                    bands,
                    personas,
                })
            })
            .collect())
    }

    /// The posts with a flag of what the linking that last saw them found of their poster's
    /// photos (`link_keys.photo_family`: [`PHOTO_LARGE_FAMILY`], [`PHOTO_OTHERS_PICTURES`]),
    /// and their flags.
    pub fn photo_flags(&self) -> Result<HashMap<i64, u8>> {
        let mut stmt = self
            .conn
            .prepare("SELECT post, photo_family FROM link_keys WHERE photo_family != 0")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
    }

    /// [`Store::link_keys`] one current post at a time, as `f(pk, bands, personas)`, without
    /// the id ([`Store::ids_of`]) and without copying them (a batch into a large store scans
    /// every post's keys: collecting them cost more than reading them). `current`: the
    /// current posts ([`Store::current_set`]).
    pub fn for_each_link_key(
        &self,
        current: &PostSet,
        mut f: impl FnMut(i64, &[u8], &[u8]),
    ) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare("SELECT post, bands, personas FROM link_keys ORDER BY post")?;
        rows_of_posts_in(&mut stmt, [], current, |pk, r| {
            f(pk, blob_at(r, 1)?, blob_at(r, 2)?);
            Ok(())
        })
    }

    /// The linker's corpus statistics as the last linking left them (`None` before the first
    /// linking that kept them).
    pub fn link_state(&self) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM link_state WHERE key = 'text_stats'",
                [],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Post id → network id, as last linked.
    pub fn memberships(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT post_id, network FROM memberships")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
    }

    /// What the store holds of each post id, looked up as it is asked ([`KnownPosts`]).
    pub fn known_posts(&self) -> Result<KnownPosts> {
        Ok(KnownPosts {
            file: self.file()?.to_string(),
            mmap: self.mmap_bytes()?,
            readers: Default::default(),
            all: Default::default(),
            loading: Default::default(),
            asked: Default::default(),
            at_once_after: (self.last_pk()?.max(0) as usize) / LOOKUPS_PER_SCAN,
        })
    }

    /// Stored networks of two or more posts.
    pub fn network_count(&self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM networks", [], |r| r.get::<_, i64>(0))?
            as u64)
    }

    /// Distinct networks in the memberships (every current post is in one).
    pub fn memberships_networks(&self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT count(DISTINCT network) FROM memberships", [], |r| {
                r.get::<_, i64>(0)
            })? as u64)
    }

    /// Replaces the networks and memberships with a new linking and records its events, in
    /// one transaction, and moves the link watermark to `linked_through`.
    pub fn put_linking<'a>(
        &mut self,
        batch: i64,
        memberships: impl Iterator<Item = (&'a str, &'a str)>,
        networks: &[NetworkRow],
        events: &[Event],
        linked_through: i64,
    ) -> Result<()> {
        self.put_relinking(
            batch,
            None,
            memberships,
            networks,
            events,
            linked_through,
            None,
        )
    }

    /// Writes a linking in one transaction: with `region` `None` it replaces every network,
    /// membership and linker key; with a region (the current posts relinked, and the
    /// networks they were in before) only those posts' memberships and keys and those
    /// networks are replaced, the rest stays. Records the events, keeps the linker's state
    /// (`state`: its statistics, and the keys of the posts it linked) and moves the link
    /// watermark to `linked_through`.
    #[allow(clippy::too_many_arguments)]
    pub fn put_relinking<'a>(
        &mut self,
        batch: i64,
        region: Option<(&[i64], &[String])>,
        memberships: impl Iterator<Item = (&'a str, &'a str)>,
        networks: &[NetworkRow],
        events: &[Event],
        linked_through: i64,
        state: Option<LinkState<'_>>,
    ) -> Result<()> {
        if let Some((pks, _)) = region {
            self.fill_region(pks)?;
        }
        let tx = self.conn.transaction()?;
        let before = network_number(&tx)?;
        match region {
            None => {
                tx.execute("DELETE FROM memberships", [])?;
                tx.execute("DELETE FROM networks", [])?;
                tx.execute("DELETE FROM link_keys", [])?;
                tx.execute("DELETE FROM meta WHERE key = 'attached_posts'", [])?;
            }
            Some((_, old)) => {
                tx.execute(
                    "DELETE FROM memberships WHERE post_id IN \
                     (SELECT p.id FROM temp.region t CROSS JOIN posts p ON p.pk = t.pk)",
                    [],
                )?;
                // Keys of the region's posts, and of earlier versions of them. (`CROSS
                // JOIN`s here start from the region: see `network_pks`.)
                tx.execute(
                    "DELETE FROM link_keys WHERE post IN (SELECT q.pk FROM temp.region t \
                     CROSS JOIN posts p ON p.pk = t.pk CROSS JOIN posts q ON q.id = p.id)",
                    [],
                )?;
                let mut d = tx.prepare("DELETE FROM networks WHERE id = ?1")?;
                for id in old {
                    d.execute([id])?;
                }
            }
        }
        match &state {
            Some(st) => put_link_state(&tx, st, false)?,
            None => {
                tx.execute("DELETE FROM link_state", [])?;
            }
        }
        {
            // In post id order: the table is keyed by it, so each row lands at the end.
            let mut rows: Vec<(&str, &str)> = memberships.collect();
            rows.sort_unstable();
            keep_network_number(&tx, before, rows.iter().map(|(_, n)| *n))?;
            let mut m = tx.prepare("INSERT INTO memberships(post_id, network) VALUES (?1, ?2)")?;
            for (post, net) in rows {
                m.execute(params![post, net])?;
            }
        }
        put_networks(&tx, networks)?;
        put_events(&tx, batch, events, linked_through)?;
        tx.commit()?;
        Ok(())
    }

    /// Post id → network id for the ids of the posts `pks`, as last linked (posts a linking
    /// has not seen have none).
    pub fn memberships_of(&self, pks: &[i64]) -> Result<HashMap<String, String>> {
        self.memberships_in(pks, "m.post_id")
    }

    /// Post pk → network id for the posts `pks`, as last linked (posts a linking has not seen
    /// have none).
    pub fn networks_of_pks(&self, pks: &[i64]) -> Result<HashMap<i64, String>> {
        self.memberships_in(pks, "p.pk")
    }

    /// The memberships of the posts `pks`, keyed by the column `key` (`m.post_id`, `p.pk`).
    fn memberships_in<K>(&self, pks: &[i64], key: &str) -> Result<HashMap<K, String>>
    where
        K: rusqlite::types::FromSql + Eq + std::hash::Hash,
    {
        self.fill_region(pks)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {key}, m.network FROM temp.region t CROSS JOIN posts p ON p.pk = t.pk \
             CROSS JOIN memberships m ON m.post_id = p.id"
        ))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
    }

    /// The stored rows of the networks `ids` that have one (networks of one post have none),
    /// in the order of `ids`.
    pub fn networks_by_id(&self, ids: &[String]) -> Result<Vec<NetworkRow>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, size, risk, summary, tally FROM networks WHERE id = ?1")?;
        // Read here, inflated on the caller's pool (the 2,208 networks an attachment of the
        // stress batch grows: 0.06 CPU-s on the reading thread).
        use rusqlite::types::Value;
        let mut stored: Vec<(NetworkRow, Value, Value)> = Vec::new();
        for id in ids {
            let mut rows = stmt.query([id])?;
            if let Some(r) = rows.next()? {
                stored.push((workspace::network_columns(r)?, r.get(3)?, r.get(4)?));
            }
        }
        use rayon::prelude::*;
        stored
            .into_par_iter()
            .map(|(mut row, summary, tally)| {
                row.summary = workspace::summary_of(&row.id, (&summary).into())?;
                // A tally that does not inflate is not known: the network's posts are read.
                row.tally = match tally {
                    Value::Blob(b) => inflate_json(&b),
                    _ => None,
                };
                Ok(row)
            })
            .collect()
    }

    /// What network risk takes of each current post in the networks `networks` or among
    /// `pks` (each post once, in storage order): its evidence, stated ages, distinct indicator
    /// codes, place and time as written, and its network.
    pub fn risk_facts(&self, networks: &[String], pks: &[i64]) -> Result<Vec<RiskFacts>> {
        let mut all: std::collections::BTreeSet<i64> = pks.iter().copied().collect();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT p.pk FROM memberships m CROSS JOIN posts p ON p.id = m.post_id \
                 AND p.current = 1 WHERE m.network = ?1",
            )?;
            for n in networks {
                let rows = stmt.query_map([n], |r| r.get::<_, i64>(0))?;
                for pk in rows {
                    all.insert(pk?);
                }
            }
        }
        let pks: Vec<i64> = all.into_iter().collect();
        self.fill_region(&pks)?;
        let mut stmt = self.conn.prepare(
            "SELECT p.pk, p.id, p.evidence, p.ages, p.location, p.posted_at, m.network, h.code \
             FROM temp.region t CROSS JOIN posts p ON p.pk = t.pk \
             LEFT JOIN memberships m ON m.post_id = p.id \
             LEFT JOIN indicator_hits h ON h.post = p.pk ORDER BY p.pk, h.n",
        )?;
        let mut rows = stmt.query([])?;
        let mut out: Vec<RiskFacts> = Vec::with_capacity(pks.len());
        while let Some(r) = rows.next()? {
            let pk: i64 = r.get(0)?;
            if out.last().map(|f| f.pk) != Some(pk) {
                let ages: String = r.get(3)?;
                out.push(RiskFacts {
                    pk,
                    id: r.get(1)?,
                    evidence: r.get(2)?,
                    ages: ages_of(pk, &ages)?,
                    codes: Vec::new(),
                    location: r.get(4)?,
                    posted_at: r.get(5)?,
                    network: r.get(6)?,
                });
            }
            if let (Some(f), Some(code)) = (out.last_mut(), r.get::<_, Option<String>>(7)?) {
                if !f.codes.contains(&code) {
                    f.codes.push(code);
                }
            }
        }
        Ok(out)
    }

    /// The largest number a network id `N000123` of this store ever had (0 if none): a new
    /// network takes the next, so no id of a network merged away is ever given to another
    /// (its merge event names it). Kept in `meta` by every write of networks; a store written
    /// before that has its memberships scanned (0.09 s on a store of 1,000,000 posts).
    pub fn max_network_number(&self) -> Result<u64> {
        network_number(&self.conn)
    }

    /// Posts attached to stored networks since the last linking of every post
    /// ([`Store::put_attachment`]; a linking of everything sets it back to 0).
    pub fn attached_posts(&self) -> Result<u64> {
        Ok(meta_value(&self.conn, "attached_posts")?
            .unwrap_or(0)
            .max(0) as u64)
    }

    /// Writes an attachment (new posts joined to the stored networks as they stand) in one
    /// transaction: the new posts' memberships; every post of a network merged into another
    /// moved to it; the networks merged away deleted and the grown ones replaced; the events;
    /// the linker's statistics and the new posts' keys (replacing those of earlier versions of
    /// their ids); the link watermark; and the count of attached posts.
    pub fn put_attachment(&mut self, batch: i64, a: &Attachment<'_>) -> Result<()> {
        let tx = self.conn.transaction()?;
        // Before a network merged away leaves the memberships (a store without the number
        // has it from them).
        let before = network_number(&tx)?;
        {
            let mut m = tx.prepare(
                "INSERT INTO memberships(post_id, network) VALUES (?1, ?2) \
                 ON CONFLICT(post_id) DO UPDATE SET network = excluded.network",
            )?;
            for (post, net) in &a.memberships {
                m.execute(params![post, net])?;
            }
            let mut mv = tx.prepare("UPDATE memberships SET network = ?2 WHERE network = ?1")?;
            let mut d = tx.prepare("DELETE FROM networks WHERE id = ?1")?;
            for (from, to) in &a.moved {
                mv.execute(params![from, to])?;
                d.execute([from])?;
            }
        }
        put_networks(&tx, &a.networks)?;
        keep_network_number(&tx, before, a.memberships.iter().map(|(_, n)| n.as_str()))?;
        put_link_state(&tx, &a.state, true)?;
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('attached_posts', ?1) \
             ON CONFLICT(key) DO UPDATE SET value = value + excluded.value",
            params![a.state.keys.len() as i64],
        )?;
        put_events(&tx, batch, &a.events, a.linked_through)?;
        tx.commit()?;
        Ok(())
    }

    /// Stored networks (id, size, risk, summary), riskiest first, then largest, then by id.
    pub fn networks(&self) -> Result<Vec<NetworkRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, size, risk, summary FROM networks ORDER BY risk DESC, size DESC, id",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(workspace::network_row(r)?);
        }
        Ok(out)
    }

    /// Replaces everything a services source gave before with `src`, in one transaction.
    pub fn put_service_source(&mut self, src: &ServiceSource) -> Result<()> {
        let tx = self.conn.transaction()?;
        for table in ["service_organizations", "services", "service_locations"] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE source = ?1"),
                params![src.name],
            )?;
        }
        tx.execute(
            "INSERT INTO service_sources(name, format, imported_at, problems, unmapped) \
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(name) DO UPDATE SET format = excluded.format, \
             imported_at = excluded.imported_at, problems = excluded.problems, unmapped = excluded.unmapped",
            params![src.name, src.format, src.imported_at, src.problems, src.unmapped],
        )?;
        // Every import moves the directory's generation, in the same transaction, so a reader
        // that caches the directory (the workspace) sees any change with one cheap query.
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('services_generation', 1) \
             ON CONFLICT(key) DO UPDATE SET value = value + 1",
            [],
        )?;
        {
            let mut org = tx.prepare_cached(
                "INSERT OR REPLACE INTO service_organizations(id, source, record) VALUES (?1, ?2, ?3)",
            )?;
            for (id, rec) in &src.organizations {
                org.execute(params![id, src.name, rec])?;
            }
            let mut svc = tx.prepare_cached(
                "INSERT OR REPLACE INTO services(id, source, record) VALUES (?1, ?2, ?3)",
            )?;
            for (id, rec) in &src.services {
                svc.execute(params![id, src.name, rec])?;
            }
            let mut loc = tx.prepare_cached(
                "INSERT OR REPLACE INTO service_locations(id, source, lat, lon, country, record) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for l in &src.locations {
                loc.execute(params![l.id, src.name, l.lat, l.lon, l.country, l.record])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// What the stored services directory is at now, read cheaply: (its generation, moved by
    /// every import in the import's own transaction; the sources; the services). Equal keys
    /// mean the same directory, so a reader may keep the directory it loaded under a key
    /// until the key changes (`plainsight services import` may run while the workspace does).
    /// The counts cover stores imported into before the generation was kept.
    pub fn services_key(&self) -> Result<(i64, i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT (SELECT coalesce(max(value), 0) FROM meta WHERE key = 'services_generation'), \
             (SELECT count(*) FROM service_sources), (SELECT count(*) FROM services)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?)
    }

    /// Every stored services record, each table in id order.
    pub fn service_records(&self) -> Result<ServiceRecords> {
        let all = |table: &str| -> Result<Vec<String>> {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT record FROM {table} ORDER BY id"))?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
        };
        Ok(ServiceRecords {
            organizations: all("service_organizations")?,
            services: all("services")?,
            locations: all("service_locations")?,
        })
    }

    /// Imported services sources: (name, format, imported_at), by name.
    pub fn service_sources(&self) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, format, imported_at FROM service_sources ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
    }

    /// The case view of the current posts for exports: posts riskiest first (ties by id),
    /// each with its network, selectors (with spans and region source), distinct indicator
    /// codes and image hashes, and the summaries of their networks of two or more.
    ///
    /// `network` keeps one network's posts; `min_risk` keeps posts whose own risk or whose
    /// network's risk reaches it (a risky network is exported whole).
    pub fn case(&self, network: Option<&str>, min_risk: Option<f64>) -> Result<Case> {
        let mut sql = String::from(
            "SELECT p.pk, p.id, m.network, p.risk, p.posted_at, p.title, p.location, p.site, p.url \
             FROM posts p LEFT JOIN memberships m ON m.post_id = p.id \
             LEFT JOIN networks n ON n.id = m.network WHERE p.current = 1",
        );
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(net) = network {
            sql.push_str(" AND m.network = ?");
            args.push(rusqlite::types::Value::Text(net.to_string()));
        }
        if let Some(r) = min_risk {
            sql.push_str(" AND (p.risk >= ? OR coalesce(n.risk, 0) >= ?)");
            args.push(rusqlite::types::Value::Real(r));
            args.push(rusqlite::types::Value::Real(r));
        }
        sql.push_str(" ORDER BY p.risk DESC, p.id");
        let mut stmt = self.conn.prepare(&sql)?;
        let mut sels = self.conn.prepare_cached(
            "SELECT post, kind, platform, value, field, start, \"end\", region_source \
             FROM selectors WHERE post = ? ORDER BY n",
        )?;
        let mut codes = self.conn.prepare_cached(
            "SELECT DISTINCT code FROM indicator_hits WHERE post = ? ORDER BY code",
        )?;
        let mut imgs = self
            .conn
            .prepare_cached("SELECT pdq FROM image_hashes WHERE post = ? ORDER BY n")?;
        let mut posts = Vec::new();
        let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
        while let Some(r) = rows.next()? {
            let pk: i64 = r.get(0)?;
            let selectors = sels
                .query_map([pk], |r| Ok(read_selector(r)))?
                .map(|s| s.map_err(StoreError::from).and_then(|s| s))
                .map(|s| s.map(|(_, s)| CaseSelector::from(&s)))
                .collect::<Result<Vec<_>>>()?;
            let indicators = codes
                .query_map([pk], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            let mut image_hashes = Vec::new();
            for b in imgs.query_map([pk], |r| r.get::<_, Vec<u8>>(0))? {
                image_hashes.push(pdq_from_bytes(pk, &b?)?);
            }
            posts.push(CasePost {
                id: r.get(1)?,
                // Posts stored by a run killed before linking have no network yet.
                network: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                risk: Some(r.get(3)?),
                posted_at: r.get(4)?,
                title: r.get(5)?,
                location: r.get(6)?,
                place: None,
                site: r.get(7)?,
                url: r.get(8)?,
                selectors,
                indicators,
                image_hashes,
            });
        }
        let wanted: std::collections::BTreeSet<&str> =
            posts.iter().map(|p| p.network.as_str()).collect();
        let mut networks = Vec::new();
        for row in self.networks()? {
            if wanted.contains(row.id.as_str()) {
                let n: Network =
                    serde_json::from_str(&row.summary).map_err(|_| StoreError::Corrupt {
                        pk: 0,
                        what: format!("network {} has an unreadable summary", row.id),
                    })?;
                networks.push(n);
            }
        }
        Ok(Case { posts, networks })
    }

    /// Recorded merges and splits, oldest first: (batch, kind, network, networks, evidence).
    pub fn events(&self) -> Result<Vec<(i64, Event)>> {
        let mut stmt = self.conn.prepare(
            "SELECT batch, kind, network, networks, evidence FROM network_events ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            let kind: String = r.get(1)?;
            let nets: String = r.get(3)?;
            Ok((
                r.get::<_, i64>(0)?,
                Event {
                    kind: if kind == "merge" {
                        EventKind::Merge
                    } else {
                        EventKind::Split
                    },
                    network: r.get(2)?,
                    networks: serde_json::from_str(&nets).unwrap_or_default(),
                    evidence: r.get(4)?,
                },
            ))
        })?;
        rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
    }
}

/// Posts being stored in one transaction ([`Store::post_writer`]).
pub struct PostWriter<'s> {
    tx: Transaction<'s>,
    packer: record::Packer,
    batch: i64,
    /// Whether any post was written (the full-text index has rows to take in).
    written: bool,
    /// Indicator names written in this transaction: each code's name once, not once per hit
    /// (a chunk of a thousand posts holds a few dozen codes).
    named: HashMap<String, String>,
    /// Posts handed to [`PostWriter::put`] so far.
    posts: usize,
}

impl PostWriter<'_> {
    /// Stores `posts` (a part of the transaction's chunk), each as [`Store::put_posts`] says.
    /// The first part of at least `TRAIN_MIN` (1,000) posts trains the store's dictionary
    /// when it has none, from its first [`TRAIN_SAMPLES`]: a part that large is what
    /// a chunk trained from when it was written at once.
    pub fn put(&mut self, posts: &[NewPost]) -> Result<Vec<Stored>> {
        self.packer
            .train(&self.tx, posts.iter().map(|p| p.record.rest.as_slice()))?;
        let mut out = Vec::with_capacity(posts.len());
        for p in posts {
            let (stored, pk) =
                put_post(&self.tx, self.batch, p, &mut self.packer, &mut self.named)?;
            self.written |= pk.is_some();
            out.push(stored);
        }
        self.posts += posts.len();
        Ok(out)
    }

    /// Posts handed to [`PostWriter::put`] so far.
    pub fn len(&self) -> usize {
        self.posts
    }

    /// Whether no post was handed to [`PostWriter::put`] yet.
    pub fn is_empty(&self) -> bool {
        self.posts == 0
    }

    /// Indexes the written posts' text and commits.
    pub fn commit(self) -> Result<()> {
        // The chunk's text goes into the full-text index in one statement, after every other
        // write of the chunk: FTS5 writes its pending terms out as a new segment whenever a
        // statement opens a savepoint once the index is part of the transaction (nearly every
        // INSERT does, to be undone alone on a constraint error), so indexing post by post
        // between the other inserts wrote a segment per statement and merged them over and
        // over. The chunk's text waits in a temporary table until then (the body is not a
        // column of `posts`: `Record`).
        if self.written {
            self.tx.execute_batch(
                "INSERT INTO posts_fts(rowid, title, body) \
                 SELECT pk, title, body FROM temp.fts_pending; \
                 DELETE FROM temp.fts_pending;",
            )?;
        }
        self.tx.commit()?;
        Ok(())
    }
}

/// Writes one post and everything found in it but its full-text index row; the pk of the new
/// version (`None` when unchanged).
fn put_post(
    tx: &Transaction<'_>,
    batch: i64,
    p: &NewPost,
    packer: &mut record::Packer,
    named: &mut HashMap<String, String>,
) -> Result<(Stored, Option<i64>)> {
    let existing: Option<(i64, i64, Vec<u8>)> = tx
        .prepare_cached(
            "SELECT pk, version, content_hash FROM posts WHERE id = ?1 AND current = 1",
        )?
        .query_row(params![p.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let (version, stored) = match existing {
        Some((_, _, hash)) if hash == p.content_hash => return Ok((Stored::Unchanged, None)),
        Some((pk, version, _)) => {
            tx.prepare_cached("UPDATE posts SET current = 0 WHERE pk = ?1")?
                .execute(params![pk])?;
            (version + 1, Stored::Updated)
        }
        None => (1, Stored::Added),
    };
    let ages = serde_json::to_string(&p.ages).unwrap_or_else(|_| "[]".into());
    tx.prepare_cached(
        "INSERT INTO posts(id, version, current, content_hash, title, posted_at, site, url, \
         location, region, rest, posted_epoch, risk, evidence, post_type, ages, batch, account) \
         VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?
    .execute(params![
        p.id,
        version,
        &p.content_hash[..],
        p.record.fields.title,
        p.record.fields.posted_at,
        p.record.fields.site,
        p.record.fields.url,
        p.record.fields.location,
        p.record.fields.region,
        packer.pack(&p.record.rest),
        p.posted_epoch,
        p.risk,
        p.evidence,
        p.post_type,
        ages,
        batch,
        p.record.account,
    ])?;
    let pk = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO temp.fts_pending(pk, title, body) VALUES (?1, ?2, ?3)")?
        .execute(params![pk, p.record.fields.title, p.record.body])?;
    {
        let mut s = tx.prepare_cached(
            "INSERT INTO selectors(post, n, kind, platform, value, field, start, \"end\", region_source) \
             VALUES (?1, ?9, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (n, sel) in p.selectors.iter().enumerate() {
            s.execute(params![
                pk,
                sel.kind.as_str(),
                sel.platform.map(Platform::as_str),
                sel.reveal_value(),
                sel.field.as_str(),
                sel.start as i64,
                sel.end as i64,
                sel.region_source.map(RegionSource::as_str),
                n as i64 + 1,
            ])?;
        }
    }
    if !p.ambiguous.is_empty() {
        let mut a = tx.prepare_cached(
            "INSERT OR IGNORE INTO ambiguous_numbers(post, n, value, field, start, \"end\", regions) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (n, amb) in p.ambiguous.iter().enumerate() {
            let regions = serde_json::to_string(&amb.regions).unwrap_or_else(|_| "[]".into());
            for value in &amb.readings {
                a.execute(params![
                    pk,
                    n as i64 + 1,
                    value,
                    amb.field.as_str(),
                    amb.start as i64,
                    amb.end as i64,
                    regions
                ])?;
            }
        }
    }
    if !p.national.is_empty() {
        let mut a = tx.prepare_cached(INSERT_NATIONAL)?;
        for digits in &p.national {
            a.execute(params![pk, digits])?;
        }
    }
    {
        let mut h = tx.prepare_cached(
            "INSERT INTO indicator_hits(post, n, code, field, start, \"end\", weight) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let mut names = tx.prepare_cached(
            "INSERT INTO indicator_names(code, name) VALUES (?1, ?2) \
             ON CONFLICT(code) DO UPDATE SET name = excluded.name WHERE name != excluded.name",
        )?;
        for (n, hit) in p.hits.iter().enumerate() {
            if named.get(&hit.code) != Some(&hit.name) {
                names.execute(params![hit.code, hit.name])?;
                named.insert(hit.code.clone(), hit.name.clone());
            }
            h.execute(params![
                pk,
                n as i64 + 1,
                hit.code,
                hit.field.as_str(),
                hit.start as i64,
                hit.end as i64,
                hit.weight
            ])?;
        }
    }
    {
        let mut i =
            tx.prepare_cached("INSERT INTO image_hashes(post, n, pdq) VALUES (?1, ?2, ?3)")?;
        for (n, img) in p.images.iter().enumerate() {
            i.execute(params![pk, n as i64 + 1, &pdq_to_bytes(img)[..]])?;
        }
    }
    Ok((stored, Some(pk)))
}

/// An `ambiguous_numbers` row (post, n, value, field, start, end, regions) as (post, n, the
/// number with that one reading).
fn read_ambiguous(r: &rusqlite::Row<'_>) -> Result<(i64, i64, Ambiguous)> {
    let post: i64 = r.get(0)?;
    let field = field_at(r, 3, post)?;
    let regions: String = r.get(6)?;
    Ok((
        post,
        r.get(1)?,
        Ambiguous {
            field,
            start: r.get::<_, i64>(4)?.max(0) as usize,
            end: r.get::<_, i64>(5)?.max(0) as usize,
            raw: String::new(),
            regions: serde_json::from_str(&regions).map_err(|_| StoreError::Corrupt {
                pk: post,
                what: "an ambiguous number's regions are not a JSON list".into(),
            })?,
            readings: vec![r.get(2)?],
        },
    ))
}

/// The record of a `posts` row whose columns `title, posted_at, site, url, location, region,
/// rest` start at `at`.
pub(crate) fn read_record(
    r: &rusqlite::Row<'_>,
    at: usize,
    pk: i64,
    dicts: &record::Dictionaries,
) -> Result<Record> {
    dicts.record(pk, Fields::read(r, at)?, r.get(at + 6)?)
}

/// The rows of a statement ordered by post pk, handed out a post at a time beside the posts
/// read in the same order ([`Store::for_each_current_in`],
/// [`Store::for_each_current_text_in`]).
struct ByPost<'s, T> {
    rows: rusqlite::Rows<'s>,
    read: fn(&rusqlite::Row<'_>) -> Result<(i64, T)>,
    next: Option<(i64, T)>,
}

impl<'s, T> ByPost<'s, T> {
    fn new(
        mut rows: rusqlite::Rows<'s>,
        read: fn(&rusqlite::Row<'_>) -> Result<(i64, T)>,
    ) -> Result<Self> {
        let next = rows.next()?.map(read).transpose()?;
        Ok(ByPost { rows, read, next })
    }

    /// Calls `f` with each row of post `pk`, the posts asked in ascending order.
    fn take(&mut self, pk: i64, mut f: impl FnMut(T) -> Result<()>) -> Result<()> {
        while let Some((at, t)) = self.next.take() {
            if at != pk {
                self.next = Some((at, t));
                break;
            }
            f(t)?;
            self.next = self.rows.next()?.map(self.read).transpose()?;
        }
        Ok(())
    }
}

/// Calls `f(pk, row)` for each row of `stmt` run with `params` (its first column a post pk)
/// whose post is in `posts`.
fn rows_of_posts_in(
    stmt: &mut rusqlite::Statement<'_>,
    params: impl rusqlite::Params,
    posts: &PostSet,
    mut f: impl FnMut(i64, &rusqlite::Row<'_>) -> Result<()>,
) -> Result<()> {
    let mut rows = stmt.query(params)?;
    while let Some(r) = rows.next()? {
        let pk: i64 = r.get(0)?;
        if posts.has(pk) {
            f(pk, r)?;
        }
    }
    Ok(())
}

/// Column `i` of `r` as the name of a field of post `pk`.
pub(crate) fn field_at(r: &rusqlite::Row<'_>, i: usize, pk: i64) -> Result<Field> {
    let name = r.get_ref(i)?.as_str().map_err(rusqlite::Error::from)?;
    Field::from_name(name).ok_or_else(|| StoreError::Corrupt {
        pk,
        what: "unknown field".into(),
    })
}

/// Column `i` of `r` as a blob, borrowed.
fn blob_at<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r [u8]> {
    r.get_ref(i)?.as_blob().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Blob, e.into())
    })
}

fn pdq_to_bytes(h: &PdqHash) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, w) in h.0.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&w.to_be_bytes());
    }
    out
}

/// A post's stated ages as stored (a JSON list).
fn ages_of(pk: i64, json: &str) -> Result<Vec<u32>> {
    serde_json::from_str(json).map_err(|_| StoreError::Corrupt {
        pk,
        what: "ages is not a JSON list".into(),
    })
}

/// The largest number among the network ids `N000123` in the memberships (0 if none).
fn scanned_network_number(conn: &Connection) -> Result<u64> {
    let n: Option<i64> = conn.query_row(
        "SELECT max(CAST(substr(network, 2) AS INTEGER)) FROM memberships \
         WHERE network GLOB 'N[0-9]*'",
        [],
        |r| r.get(0),
    )?;
    Ok(n.unwrap_or(0).max(0) as u64)
}

/// A read-only connection to the store file `path` reading through a memory map of `mmap`
/// bytes ([`Store::reader`], [`KnownPosts`]).
fn open_reader(path: &str, mmap: i64) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "mmap_size", mmap)?;
    Ok(conn)
}

/// The number `meta` keeps under `key`, if any.
fn meta_value(conn: &Connection, key: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

/// The store's largest network number ([`Store::max_network_number`]).
fn network_number(conn: &Connection) -> Result<u64> {
    match meta_value(conn, "network_number")? {
        Some(n) => Ok(n.max(0) as u64),
        None => scanned_network_number(conn),
    }
}

/// Keeps as the store's largest network number the larger of `before` (what it was before
/// the transaction's memberships were replaced) and the largest among `names`.
fn keep_network_number<'a>(
    tx: &Transaction<'_>,
    before: u64,
    names: impl Iterator<Item = &'a str>,
) -> Result<()> {
    let written = names
        .filter_map(|n| n.strip_prefix('N')?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    tx.execute(
        "INSERT INTO meta(key, value) VALUES ('network_number', ?1) \
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![before.max(written).min(i64::MAX as u64) as i64],
    )?;
    Ok(())
}

/// Content hash of every current post, by a fingerprint of its id ([`KnownHashes`]).
fn current_hashes(conn: &Connection) -> Result<KnownHashes> {
    let mut stmt = conn.prepare(
        "SELECT id, content_hash FROM posts INDEXED BY posts_current_hash WHERE current = 1",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id = r.get_ref(0)?.as_str().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
        })?;
        let h = <[u8; 16]>::try_from(blob_at(r, 1)?).unwrap_or_default();
        out.push((KnownHashes::fingerprint(id), h));
    }
    out.sort_unstable();
    Ok(KnownHashes(out))
}

/// Inserts or replaces network rows (summaries deflated).
fn put_networks(tx: &Transaction<'_>, networks: &[NetworkRow]) -> Result<()> {
    let mut n = tx.prepare(
        "INSERT INTO networks(id, size, risk, summary, tally) VALUES (?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT(id) DO UPDATE SET size = excluded.size, risk = excluded.risk, \
         summary = excluded.summary, tally = excluded.tally",
    )?;
    // Compressed on the caller's pool first: a linking of a million posts writes tens of
    // thousands of summaries, about a second of DEFLATE on one core (BENCHMARKS.md).
    use rayon::prelude::*;
    let packed: Vec<(Vec<u8>, Option<Vec<u8>>)> = networks
        .par_iter()
        .map(|net| {
            (
                deflate_json(&net.summary),
                net.tally.as_deref().map(deflate_json),
            )
        })
        .collect();
    for (net, (summary, tally)) in networks.iter().zip(packed) {
        n.execute(params![net.id, net.size as i64, net.risk, summary, tally])?;
    }
    Ok(())
}

/// Keeps the linker's statistics and inserts its keys; with `replace_versions`, first drops
/// the keys of every version of each keyed post's id (a linking that did not clear them).
fn put_link_state(tx: &Transaction<'_>, st: &LinkState<'_>, replace_versions: bool) -> Result<()> {
    tx.execute(
        "INSERT INTO link_state(key, value) VALUES ('text_stats', ?1) \
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [st.stats],
    )?;
    let mut old = tx.prepare(
        "DELETE FROM link_keys WHERE post IN \
         (SELECT q.pk FROM posts p JOIN posts q ON q.id = p.id WHERE p.pk = ?1)",
    )?;
    let mut k = tx.prepare(
        "INSERT INTO link_keys(post, bands, personas, photo_family) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (pk, bands, personas, family) in &st.keys {
        if replace_versions {
            old.execute([pk])?;
        }
        k.execute(params![pk, bands, personas, *family])?;
    }
    Ok(())
}

/// Records a linking's merge and split events and moves the link watermark.
fn put_events(
    tx: &Transaction<'_>,
    batch: i64,
    events: &[Event],
    linked_through: i64,
) -> Result<()> {
    let mut e = tx.prepare(
        "INSERT INTO network_events(batch, kind, network, networks, evidence) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for ev in events {
        let nets = serde_json::to_string(&ev.networks).unwrap_or_else(|_| "[]".into());
        e.execute(params![
            batch,
            ev.kind.as_str(),
            ev.network,
            nets,
            ev.evidence
        ])?;
    }
    tx.execute(
        "INSERT INTO meta(key, value) VALUES ('linked_through', ?1) \
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![linked_through],
    )?;
    Ok(())
}

/// A network's JSON as stored: its summary from version 4 on, its tally from version 12 on,
/// raw DEFLATE (RFC 1951), at the fastest level: every attachment deflates again the summary
/// of each network it grows (2,208 of them for the stress batch of 10,000 into the 1M store:
/// 0.21 s of CPU at the default level, 0.08 s at this one, and the store's summaries 39.8
/// instead of 38.6 MB, about a third of their 125.5 MB of JSON either way).
fn deflate_json(json: &str) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing to a Vec cannot fail.
    let _ = e.write_all(json.as_bytes());
    e.finish().unwrap_or_default()
}

/// The inverse of [`deflate_json`], refusing what is not UTF-8 or inflates past 64 MiB (a
/// summary or a tally is a few kilobytes; a crafted file must not exhaust memory).
pub(crate) fn inflate_json(b: &[u8]) -> Option<String> {
    use std::io::Read;
    const MAX: u64 = 64 << 20;
    let mut out = Vec::new();
    flate2::read::DeflateDecoder::new(b)
        .take(MAX + 1)
        .read_to_end(&mut out)
        .ok()?;
    if out.len() as u64 > MAX {
        return None;
    }
    String::from_utf8(out).ok()
}

fn pdq_from_bytes(pk: i64, b: &[u8]) -> Result<PdqHash> {
    if b.len() != 32 {
        return Err(StoreError::Corrupt {
            pk,
            what: "image hash is not 32 bytes".into(),
        });
    }
    let mut h = [0u64; 4];
    for (i, w) in h.iter_mut().enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&b[i * 8..i * 8 + 8]);
        *w = u64::from_be_bytes(word);
    }
    Ok(PdqHash(h))
}

/// A stored enum name back to its value, through its serde form (the same names `as_str`
/// writes), so the store needs no list of variants of its own.
pub(crate) fn parse_name<T: serde::de::DeserializeOwned>(
    pk: i64,
    name: &str,
    what: &str,
) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).map_err(|_| {
        StoreError::Corrupt {
            pk,
            what: format!("unknown {what}"),
        }
    })
}

fn read_use(r: &rusqlite::Row<'_>) -> Result<SelectorUse> {
    let (post, selector) = read_selector(r)?;
    Ok(SelectorUse {
        post,
        selector,
        site: r.get(8)?,
        url: r.get(9)?,
    })
}

pub(crate) fn read_selector(r: &rusqlite::Row<'_>) -> Result<(i64, Selector)> {
    let pk: i64 = r.get(0)?;
    let kind: String = r.get(1)?;
    let platform: Option<String> = r.get(2)?;
    let region_source: Option<String> = r.get(7)?;
    let kind: SelectorKind = parse_name(pk, &kind, "selector kind")?;
    let field = field_at(r, 4, pk)?;
    let mut s = Selector::new(
        kind,
        r.get::<_, String>(3)?,
        field,
        r.get::<_, i64>(5)?.max(0) as usize,
        r.get::<_, i64>(6)?.max(0) as usize,
        "",
    );
    if let Some(p) = platform {
        s = s.with_platform(parse_name(pk, &p, "platform")?);
    }
    if let Some(rs) = region_source {
        s = s.with_region_source(parse_name(pk, &rs, "region source")?);
    }
    Ok((pk, s))
}
