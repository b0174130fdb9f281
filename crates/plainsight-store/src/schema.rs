//! The schema, as forward-only migrations keyed by `PRAGMA user_version`.
//!
//! Migration `i` (1-based) takes a store at version `i - 1` to version `i`; a new store runs
//! them all. A migration is never edited once released: a change is a new migration, tested
//! from every earlier version (`tests/it/migrate.rs`). `docs/store.md` documents each table.

/// Every migration, in order. `MIGRATIONS[i]` takes version `i` to `i + 1`.
pub const MIGRATIONS: &[Migration] = &[
    Migration::Sql(V1),
    Migration::Sql(V2),
    Migration::Sql(V3),
    Migration::Sql(V4),
    Migration::Sql(V5),
    Migration::Rebuild(v6),
    Migration::Sql(V7),
    Migration::Sql(V8),
    Migration::Code(v9),
    Migration::Sql(V10),
    Migration::Sql(V11),
    Migration::Sql(V12),
    Migration::Sql(V13),
    Migration::Sql(V14),
];

/// One migration, run in one transaction with its `user_version` bump.
#[derive(Clone, Copy)]
pub enum Migration {
    /// SQL.
    Sql(&'static str),
    /// Code that rebuilds a table other tables refer to: run with foreign keys off (SQLite's
    /// procedure for changing a table's columns), and committed only when
    /// `PRAGMA foreign_key_check` finds nothing.
    Rebuild(fn(&rusqlite::Transaction<'_>) -> crate::Result<()>),
    /// Code that fills what SQL alone cannot (a value read out of each stored record), run
    /// with foreign keys on.
    Code(fn(&rusqlite::Transaction<'_>) -> crate::Result<()>),
}

impl Migration {
    /// The migration's SQL, when it is SQL alone.
    pub fn sql(&self) -> Option<&'static str> {
        match self {
            Migration::Sql(s) => Some(s),
            Migration::Rebuild(_) | Migration::Code(_) => None,
        }
    }
}

/// The version a store has after every migration.
pub const CURRENT_VERSION: u32 = MIGRATIONS.len() as u32;

/// Version 1 (text and the record's fields are stored once, in `raw`; the other columns of
/// the record are virtual): posts with their versions, selectors, indicator hits, risk, image hashes,
/// networks and memberships, ingest batches.
const V1: &str = r#"
CREATE TABLE batches (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    inputs      TEXT NOT NULL,
    read        INTEGER NOT NULL DEFAULT 0,
    added       INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    bad_records INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE posts (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL,
    version      INTEGER NOT NULL,
    current      INTEGER NOT NULL CHECK (current IN (0, 1)),
    content_hash BLOB NOT NULL,
    raw          TEXT NOT NULL,
    title        TEXT GENERATED ALWAYS AS (json_extract(raw, '$.title')) VIRTUAL,
    body         TEXT GENERATED ALWAYS AS (json_extract(raw, '$.body')) VIRTUAL,
    posted_at    TEXT GENERATED ALWAYS AS (json_extract(raw, '$.posted_at')) VIRTUAL,
    site         TEXT GENERATED ALWAYS AS (json_extract(raw, '$.site')) VIRTUAL,
    url          TEXT GENERATED ALWAYS AS (json_extract(raw, '$.url')) VIRTUAL,
    location     TEXT GENERATED ALWAYS AS (json_extract(raw, '$.location')) VIRTUAL,
    region       TEXT GENERATED ALWAYS AS (json_extract(raw, '$.region')) VIRTUAL,
    posted_epoch INTEGER,
    risk         REAL NOT NULL,
    evidence     REAL NOT NULL,
    post_type    TEXT NOT NULL,
    ages         TEXT NOT NULL,
    batch        INTEGER NOT NULL REFERENCES batches(id),
    UNIQUE (id, version)
);
CREATE UNIQUE INDEX posts_current ON posts(id) WHERE current = 1;
CREATE INDEX posts_posted ON posts(posted_epoch);

CREATE TABLE selectors (
    post          INTEGER NOT NULL REFERENCES posts(pk),
    kind          TEXT NOT NULL,
    platform      TEXT,
    value         TEXT NOT NULL,
    field         TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    region_source TEXT
);
CREATE INDEX selectors_post ON selectors(post);
CREATE INDEX selectors_value ON selectors(value);

CREATE TABLE indicator_hits (
    post   INTEGER NOT NULL REFERENCES posts(pk),
    code   TEXT NOT NULL,
    name   TEXT NOT NULL,
    field  TEXT NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    weight REAL NOT NULL
);
CREATE INDEX indicator_hits_post ON indicator_hits(post);
CREATE INDEX indicator_hits_code ON indicator_hits(code);

CREATE TABLE image_hashes (
    post INTEGER NOT NULL REFERENCES posts(pk),
    pdq  BLOB NOT NULL CHECK (length(pdq) = 32)
);
CREATE INDEX image_hashes_post ON image_hashes(post);

CREATE TABLE networks (
    id      TEXT NOT NULL UNIQUE,
    size    INTEGER NOT NULL,
    risk    REAL NOT NULL,
    summary TEXT NOT NULL
);

CREATE TABLE memberships (
    post_id TEXT PRIMARY KEY,
    network TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX memberships_network ON memberships(network);
"#;

/// Version 2: full-text search over title and body (diacritics folded; `detail = none`: words
/// are found, positions are not kept, so no phrase queries — half the index), the history of
/// network merges and splits, and the link watermark (`meta.linked_through`: the last post
/// `pk` the stored networks account for; 0 after this migration, so the first ingest on a
/// migrated store relinks and records events from then on).
const V2: &str = r#"
CREATE VIRTUAL TABLE posts_fts USING fts5(
    title, body,
    content = 'posts', content_rowid = 'pk', detail = 'none',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO posts_fts(posts_fts) VALUES ('rebuild');

CREATE TABLE network_events (
    id       INTEGER PRIMARY KEY,
    batch    INTEGER NOT NULL REFERENCES batches(id),
    kind     TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    network  TEXT NOT NULL,
    networks TEXT NOT NULL,
    evidence TEXT NOT NULL
);
CREATE INDEX network_events_network ON network_events(network);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('linked_through', 0);
"#;

/// Version 3: the protection services directory (issue 12; `plainsight-referral` makes the
/// records, the store keeps them as JSON): one row per imported source with its problems and
/// unmapped categories, and its organisations, services and locations keyed by their stable
/// ids. Re-importing a source replaces its rows in one transaction.
const V3: &str = r#"
CREATE TABLE service_sources (
    name        TEXT PRIMARY KEY,
    format      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    problems    TEXT NOT NULL,
    unmapped    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE service_organizations (
    id     TEXT PRIMARY KEY,
    source TEXT NOT NULL REFERENCES service_sources(name),
    record TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX service_organizations_source ON service_organizations(source);

CREATE TABLE services (
    id     TEXT PRIMARY KEY,
    source TEXT NOT NULL REFERENCES service_sources(name),
    record TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX services_source ON services(source);

CREATE TABLE service_locations (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL REFERENCES service_sources(name),
    lat     REAL,
    lon     REAL,
    country TEXT,
    record  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX service_locations_source ON service_locations(source);
"#;

/// Version 4: the linker's state, so a new batch is linked with its neighbourhood instead of
/// the whole store: per current post its LSH band keys and persona keys (`link_keys`), and the
/// corpus statistics (`link_state`, `text_stats`: document frequencies of shingles). Empty after
/// this migration, so the next ingest links everything once and fills them.
///
/// And a smaller file: selectors, indicator hits and image hashes are keyed by (post, n) — `n`
/// their order in the post — without a rowid of their own, so the by-post index is the table
/// itself; an indicator's name is kept once per code (`indicator_names`), not per hit; and
/// `posts_posted` goes (time is only ever a filter on posts another criterion found).
const V4: &str = r#"
CREATE TABLE link_keys (
    post     INTEGER PRIMARY KEY REFERENCES posts(pk),
    bands    BLOB NOT NULL,
    personas BLOB NOT NULL
);

CREATE TABLE link_state (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE selectors_v4 (
    post          INTEGER NOT NULL REFERENCES posts(pk),
    n             INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    platform      TEXT,
    value         TEXT NOT NULL,
    field         TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    region_source TEXT,
    PRIMARY KEY (post, n)
) WITHOUT ROWID;
INSERT INTO selectors_v4
SELECT post, row_number() OVER (PARTITION BY post ORDER BY rowid), kind, platform, value, field,
       start, "end", region_source
FROM selectors;
DROP TABLE selectors;
ALTER TABLE selectors_v4 RENAME TO selectors;
CREATE INDEX selectors_value ON selectors(value);

CREATE TABLE indicator_names (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO indicator_names(code, name)
SELECT code, name FROM indicator_hits WHERE true ORDER BY rowid
ON CONFLICT(code) DO UPDATE SET name = excluded.name;
CREATE TABLE indicator_hits_v4 (
    post   INTEGER NOT NULL REFERENCES posts(pk),
    n      INTEGER NOT NULL,
    code   TEXT NOT NULL,
    field  TEXT NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    weight REAL NOT NULL,
    PRIMARY KEY (post, n)
) WITHOUT ROWID;
INSERT INTO indicator_hits_v4
SELECT post, row_number() OVER (PARTITION BY post ORDER BY rowid), code, field, start, "end", weight
FROM indicator_hits;
DROP TABLE indicator_hits;
ALTER TABLE indicator_hits_v4 RENAME TO indicator_hits;
CREATE INDEX indicator_hits_code ON indicator_hits(code);

CREATE TABLE image_hashes_v4 (
    post INTEGER NOT NULL REFERENCES posts(pk),
    n    INTEGER NOT NULL,
    pdq  BLOB NOT NULL CHECK (length(pdq) = 32),
    PRIMARY KEY (post, n)
) WITHOUT ROWID;
INSERT INTO image_hashes_v4
SELECT post, row_number() OVER (PARTITION BY post ORDER BY rowid), pdq FROM image_hashes;
DROP TABLE image_hashes;
ALTER TABLE image_hashes_v4 RENAME TO image_hashes;

DROP INDEX posts_posted;
"#;

/// Version 5: the analyst's workspace (issue 11): people and their roles (argon2id password
/// hashes as PHC strings, made by the server), login sessions and API tokens (only the
/// SHA-256 of each random token is kept, so a copy of the file opens no session), the
/// hash-chained audit log (each entry's `hash` is SHA-256 over its canonical encoding,
/// including the `prev_hash` of the entry before; `meta.audit_seq` is the last entry written,
/// so a removed tail is seen too), labels per network (TrafficVis's categories, each scored 1–5,
/// every judgement kept; the latest per category counts), notes, cases that collect networks,
/// and an index in the triage queue's order.
const V5: &str = r#"
CREATE TABLE users (
    name       TEXT PRIMARY KEY,
    role       TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password   TEXT NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
    user       TEXT NOT NULL REFERENCES users(name),
    csrf       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_expires ON sessions(expires_at);

CREATE TABLE api_tokens (
    token_hash BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
    user       TEXT NOT NULL REFERENCES users(name),
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    user      TEXT NOT NULL,
    action    TEXT NOT NULL,
    object    TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);
INSERT INTO meta(key, value) VALUES ('audit_seq', 0);

CREATE TABLE labels (
    id       INTEGER PRIMARY KEY,
    network  TEXT NOT NULL,
    category TEXT NOT NULL
             CHECK (category IN ('trafficking', 'spam', 'scam', 'massage_parlour', 'benign')),
    score    INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    user     TEXT NOT NULL,
    at       INTEGER NOT NULL
);
CREATE INDEX labels_network ON labels(network, category);

CREATE TABLE notes (
    id      INTEGER PRIMARY KEY,
    network TEXT NOT NULL,
    user    TEXT NOT NULL,
    at      INTEGER NOT NULL,
    text    TEXT NOT NULL
);
CREATE INDEX notes_network ON notes(network);

CREATE TABLE cases (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE case_networks (
    "case"   INTEGER NOT NULL REFERENCES cases(id),
    network  TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    PRIMARY KEY ("case", network)
) WITHOUT ROWID;
CREATE INDEX case_networks_network ON case_networks(network);

-- What each person had seen: the last ingest batch when they signed in before this session
-- (`since_batch`) and at this session's sign-in (`seen_batch`), for "new since my last visit".
CREATE TABLE visits (
    user       TEXT PRIMARY KEY REFERENCES users(name),
    since_batch INTEGER NOT NULL,
    seen_batch  INTEGER NOT NULL
) WITHOUT ROWID;

-- The triage queue's order, so its first page is read from the index, not sorted.
CREATE INDEX networks_queue ON networks(risk DESC, size DESC, id);
"#;

/// Version 6: the record's fields that SQL filters and lists by (`title`, `posted_at`,
/// `site`, `url`, `location`, `region`) become plain columns and the rest of the record is
/// kept as a zstd frame (`rest`, compressed with a dictionary trained on the store's posts
/// and kept in `record_dicts`: [`crate::Record`]), instead of the whole JSON as text with
/// virtual columns read out of it; on 1,000,000 stress posts the store had grown past twice
/// its input. The full-text index keeps no copy and reads no column of its own
/// (`content = ''`), since the body is no longer a column; its rows are those of the posts it
/// had, built again from their text.
const V6_POSTS: &str = r#"
CREATE TABLE record_dicts (
    id   INTEGER PRIMARY KEY,
    dict BLOB NOT NULL
);
CREATE TABLE posts_v6 (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL,
    version      INTEGER NOT NULL,
    current      INTEGER NOT NULL CHECK (current IN (0, 1)),
    content_hash BLOB NOT NULL,
    title        TEXT,
    posted_at    TEXT,
    site         TEXT,
    url          TEXT,
    location     TEXT,
    region       TEXT,
    rest         BLOB NOT NULL,
    posted_epoch INTEGER,
    risk         REAL NOT NULL,
    evidence     REAL NOT NULL,
    post_type    TEXT NOT NULL,
    ages         TEXT NOT NULL,
    batch        INTEGER NOT NULL REFERENCES batches(id),
    UNIQUE (id, version)
);
"#;

/// The connection's temporary table where text waits for the full-text index (written once
/// per chunk: `Store::put_posts`, and by the rebuild of version 6), emptied.
pub(crate) const FTS_PENDING: &str = "CREATE TEMP TABLE IF NOT EXISTS \
    fts_pending(pk INTEGER PRIMARY KEY, title TEXT, body TEXT); DELETE FROM temp.fts_pending;";

/// The full-text index from version 6 on (see [`V6_POSTS`]).
const V6_FTS: &str = r#"
DROP TABLE posts_fts;
DROP TABLE posts;
ALTER TABLE posts_v6 RENAME TO posts;
CREATE UNIQUE INDEX posts_current ON posts(id) WHERE current = 1;
CREATE VIRTUAL TABLE posts_fts USING fts5(
    title, body,
    content = '', detail = 'none',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO posts_fts(rowid, title, body) SELECT pk, title, body FROM temp.fts_pending;
DELETE FROM temp.fts_pending;
"#;

fn v6(tx: &rusqlite::Transaction<'_>) -> crate::Result<()> {
    tx.execute_batch(V6_POSTS)?;
    tx.execute_batch(FTS_PENDING)?;
    let split = |pk: i64, raw: &str| -> crate::Result<crate::NewRecord> {
        let post: plainsight_core::Post =
            serde_json::from_str(raw).map_err(|e| crate::StoreError::Corrupt {
                pk,
                what: format!("record is not a post: {e}"),
            })?;
        Ok(crate::NewRecord::of(&post))
    };
    // The dictionary, from the first posts, as a first chunk of that size would train it.
    let mut packer = crate::record::Packer::load(tx)?;
    {
        let mut first = tx.prepare("SELECT pk, raw FROM posts ORDER BY pk LIMIT ?1")?;
        let mut rows = first.query([crate::record::TRAIN_SAMPLES as i64])?;
        let mut samples = Vec::new();
        while let Some(r) = rows.next()? {
            samples.push(split(r.get(0)?, &r.get::<_, String>(1)?)?.rest);
        }
        packer.train(tx, samples.iter().map(Vec::as_slice))?;
    }
    {
        let mut read = tx.prepare(
            "SELECT pk, id, version, current, content_hash, raw, posted_epoch, risk, evidence, \
             post_type, ages, batch FROM posts ORDER BY pk",
        )?;
        let mut write = tx.prepare(
            "INSERT INTO posts_v6(pk, id, version, current, content_hash, title, posted_at, \
             site, url, location, region, rest, posted_epoch, risk, evidence, post_type, ages, \
             batch) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, \
             ?16, ?17, ?18)",
        )?;
        let mut text =
            tx.prepare("INSERT INTO temp.fts_pending(pk, title, body) VALUES (?1, ?2, ?3)")?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let pk: i64 = r.get(0)?;
            let rec = split(pk, &r.get::<_, String>(5)?)?;
            write.execute(rusqlite::params![
                pk,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, Vec<u8>>(4)?,
                rec.fields.title,
                rec.fields.posted_at,
                rec.fields.site,
                rec.fields.url,
                rec.fields.location,
                rec.fields.region,
                packer.pack(&rec.rest),
                r.get::<_, Option<i64>>(6)?,
                r.get::<_, f64>(7)?,
                r.get::<_, f64>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, String>(10)?,
                r.get::<_, i64>(11)?,
            ])?;
            text.execute(rusqlite::params![pk, rec.fields.title, rec.body])?;
        }
    }
    tx.execute_batch(V6_FTS)?;
    Ok(())
}

/// Version 7: the id and content hash of every current post in one index, so that an ingest
/// reads what it already holds (`KnownPosts`) from it rather than from every
/// post's row: 1.5 s of a 10,000-post batch into 1,000,000 posts was that scan.
const V7: &str = r#"
CREATE INDEX posts_current_hash ON posts(id, content_hash) WHERE current = 1;
"#;

/// Version 8: national numbers whose region a post does not tell, one row per region that
/// reads it (`value`, the number it is there), so that linking can give a post the reading
/// other posts give as their number, and find the posts behind a reading by its value. Posts
/// stored before version 8 have none recorded (they were not kept).
const V8: &str = r#"
CREATE TABLE ambiguous_numbers (
    post    INTEGER NOT NULL REFERENCES posts(pk),
    n       INTEGER NOT NULL,
    value   TEXT NOT NULL,
    field   TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    regions TEXT NOT NULL,
    PRIMARY KEY (post, n, value)
) WITHOUT ROWID;
CREATE INDEX ambiguous_numbers_value ON ambiguous_numbers(value);
"#;

/// Version 9: the poster's account on its site ([`plainsight_core::Post::account`]: the
/// site's host and the record's `author`) as a column of `posts`, indexed over the current
/// posts that have one, so that an ingest finds the stored posts of a new post's account (the
/// linker links on it) without reading every record. Filled from each stored record; a post
/// without an author has none.
fn v9(tx: &rusqlite::Transaction<'_>) -> crate::Result<()> {
    tx.execute_batch("ALTER TABLE posts ADD COLUMN account TEXT;")?;
    let dicts = crate::record::Dictionaries::load(tx)?;
    {
        let mut read = tx.prepare(
            "SELECT pk, title, posted_at, site, url, location, region, rest FROM posts \
             ORDER BY pk",
        )?;
        let mut write = tx.prepare("UPDATE posts SET account = ?2 WHERE pk = ?1")?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let pk: i64 = r.get(0)?;
            let post = crate::read_record(r, 1, pk, &dicts)?.unpack(pk)?;
            if let Some(account) = post.account() {
                write.execute(rusqlite::params![pk, account])?;
            }
        }
    }
    tx.execute_batch(
        "CREATE INDEX posts_account ON posts(account) WHERE account IS NOT NULL AND current = 1;",
    )?;
    Ok(())
}

/// Version 10: whether the last linking found each post's poster in a photo family larger
/// than the linker's free spread (posters chained to it by photos: an agency's personas, the
/// thieves of its pictures), so that a batch linked with its neighbourhood, which holds part
/// of such a family, still judges it large (`photo_family`, 0 or 1). Stored keys say 0 until
/// the next linking of everything writes them again.
const V10: &str = r#"
ALTER TABLE link_keys ADD COLUMN photo_family INTEGER NOT NULL DEFAULT 0;
CREATE INDEX link_keys_photo_family ON link_keys(post) WHERE photo_family = 1;
"#;

/// Version 11: `photo_family` holds flags ([`crate::PHOTO_LARGE_FAMILY`],
/// [`crate::PHOTO_OTHERS_PICTURES`]: the poster showed two or more photos of each of two
/// posters who share none, a thief's pictures, so that a neighbourhood holding one owner only
/// still tells it). Stored values (0 or 1) keep their meaning; the index covers every flag.
const V11: &str = r#"
DROP INDEX link_keys_photo_family;
CREATE INDEX link_keys_photo_family ON link_keys(post) WHERE photo_family != 0;
"#;

/// Version 12: each network's tally (what network risk takes of its posts, summed: posts,
/// evidence, indicator codes, ages, sightings; raw DEFLATE of the JSON, as the summary), so
/// that an attachment scores a grown network from it and the new posts instead of reading
/// every member. Stored networks have none (NULL) until they are written again; until then
/// their members are read, as before.
const V12: &str = r#"
ALTER TABLE networks ADD COLUMN tally BLOB;
"#;

/// Version 13: the numbers each post writes without a country code, as the digits written
/// (`NewPost::national`), indexed by the digits: an attachment finds the stored posts that
/// write a new post's number at home ("0733995917" for "+380733995917"), as the linker gives
/// them that number. Posts stored before have none: `meta.national_through` names the last of
/// them, for the next ingest to fill (`Store::fill_national`).
const V13: &str = r#"
CREATE TABLE national_numbers (
    post   INTEGER NOT NULL REFERENCES posts(pk),
    digits TEXT NOT NULL,
    PRIMARY KEY (post, digits)
) WITHOUT ROWID;
CREATE INDEX national_numbers_digits ON national_numbers(digits);
INSERT INTO meta(key, value) SELECT 'national_through', max(pk) FROM posts HAVING count(*) > 0;
"#;

/// Version 14: each distinct stored number (a value written `+` and digits, of any kind) under
/// its last six digits, and each distinct value written as an address (an e-mail, a payment
/// to one: `paypal:jane@shop.example`) under `@` and what follows its first `@`
/// (`selector_tails`), kept by a trigger on `selectors`: an attachment asks for the stored
/// numbers a post's national digits may write, and for the addresses at a linked domain, a
/// lookup each, where it read every distinct value of the value index (0.2 s each in a store of
/// 1,000,000 posts). A row outlives its selectors (a value is asked again of `selectors`).
const V14: &str = r#"
CREATE TABLE selector_tails (
    tail  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (tail, value)
) WITHOUT ROWID;
INSERT OR IGNORE INTO selector_tails(tail, value)
SELECT substr(value, -6), value FROM selectors INDEXED BY selectors_value
WHERE value >= '+0' AND value < '+:';
INSERT OR IGNORE INTO selector_tails(tail, value)
SELECT substr(value, instr(value, '@')), value FROM selectors WHERE instr(value, '@') > 0;
CREATE TRIGGER selectors_tails AFTER INSERT ON selectors
WHEN (NEW.value >= '+0' AND NEW.value < '+:') OR instr(NEW.value, '@') > 0
BEGIN
    INSERT OR IGNORE INTO selector_tails(tail, value) VALUES (
        CASE WHEN NEW.value >= '+0' AND NEW.value < '+:' THEN substr(NEW.value, -6)
             ELSE substr(NEW.value, instr(NEW.value, '@')) END,
        NEW.value);
END;
"#;
