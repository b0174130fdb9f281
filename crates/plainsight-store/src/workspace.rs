//! The analyst's workspace in the store (schema version 5): people and roles, sessions, API
//! tokens, the hash-chained audit log, labels and notes, and the reads the workspace pages
//! make (the triage queue, a network's posts, one post with its spans).
//!
//! The store keeps what it is given: password hashes arrive as PHC strings and tokens as their
//! SHA-256 (the server makes both); times are Unix seconds passed in by the caller, never read
//! here, so every test is deterministic. A change that is audited (a label, a note, a user, a
//! token) is written in the same transaction as its audit entry.

use crate::search::like_pattern;
use crate::{field_at, inflate_json, read_selector, NetworkRow, Result, Store, StoreError};
use plainsight_core::{IndicatorHit, Selector};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// What a person may do: viewers read masked data, analysts also reveal and judge, admins
/// also manage people. Ordered: each role can do everything the one before can.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Viewer,
    Analyst,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Analyst => "analyst",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "viewer" => Some(Role::Viewer),
            "analyst" => Some(Role::Analyst),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person as stored. `password` is the argon2id PHC string.
#[derive(Clone, PartialEq, Eq)]
pub struct UserRow {
    pub name: String,
    pub role: Role,
    pub password: String,
    pub created_at: i64,
}

impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("name", &self.name)
            .field("role", &self.role)
            .field("created_at", &self.created_at)
            .finish_non_exhaustive()
    }
}

/// A live session: whose it is, the role the person has now, and its CSRF token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    pub user: String,
    pub role: Role,
    pub csrf: String,
    pub expires_at: i64,
}

/// An audit entry to append: who did what to which object, and why or with what (a reveal's
/// typed reason, a search's criterion kind, an export's format). Never raw selectors or text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditNew {
    pub at: i64,
    pub user: String,
    pub action: String,
    pub object: String,
    pub detail: String,
}

/// An entry of the audit log as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: i64,
    pub user: String,
    pub action: String,
    pub object: String,
    pub detail: String,
    pub prev_hash: [u8; 32],
    pub hash: [u8; 32],
}

/// The first entry where the audit chain breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditBreak {
    /// Entry `seq` is not in the log (deleted, or the log ends before the last entry written).
    Missing { seq: i64 },
    /// Entry `seq` does not carry the hash of the entry before it (reordered or spliced).
    Unchained { seq: i64 },
    /// Entry `seq`'s content does not give its hash (edited).
    Altered { seq: i64 },
}

impl AuditBreak {
    pub fn seq(&self) -> i64 {
        match *self {
            AuditBreak::Missing { seq }
            | AuditBreak::Unchained { seq }
            | AuditBreak::Altered { seq } => seq,
        }
    }
}

impl std::fmt::Display for AuditBreak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AuditBreak::Missing { seq } => write!(f, "audit entry {seq} is missing"),
            AuditBreak::Unchained { seq } => write!(
                f,
                "audit entry {seq} does not follow entry {} (reordered or replaced)",
                seq - 1
            ),
            AuditBreak::Altered { seq } => write!(f, "audit entry {seq} was altered"),
        }
    }
}

/// What `verify_audit` found: the entries checked and the last hash, or the first break.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditVerdict {
    Intact { entries: i64, head: [u8; 32] },
    Broken(AuditBreak),
}

/// The hash of an audit entry: SHA-256 over a canonical encoding (a version tag, `seq` and
/// `at` as 8-byte big-endian integers, each text field as a 4-byte big-endian length and its
/// UTF-8 bytes, then the 32-byte hash of the entry before; all zeros for the first), so no two
/// different entries encode alike.
pub fn audit_hash(
    seq: i64,
    at: i64,
    user: &str,
    action: &str,
    object: &str,
    detail: &str,
    prev: &[u8; 32],
) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"plainsight audit v1\n");
    h.update(seq.to_be_bytes());
    h.update(at.to_be_bytes());
    for field in [user, action, object, detail] {
        h.update((field.len() as u32).to_be_bytes());
        h.update(field.as_bytes());
    }
    h.update(prev);
    h.finalize().into()
}

/// TrafficVis's label categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LabelCategory {
    Trafficking,
    Spam,
    Scam,
    MassageParlour,
    Benign,
}

impl LabelCategory {
    pub const ALL: [LabelCategory; 5] = [
        LabelCategory::Trafficking,
        LabelCategory::Spam,
        LabelCategory::Scam,
        LabelCategory::MassageParlour,
        LabelCategory::Benign,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LabelCategory::Trafficking => "trafficking",
            LabelCategory::Spam => "spam",
            LabelCategory::Scam => "scam",
            LabelCategory::MassageParlour => "massage_parlour",
            LabelCategory::Benign => "benign",
        }
    }

    /// The name shown to people.
    pub fn title(self) -> &'static str {
        match self {
            LabelCategory::Trafficking => "Trafficking",
            LabelCategory::Spam => "Spam",
            LabelCategory::Scam => "Scam",
            LabelCategory::MassageParlour => "Massage parlour",
            LabelCategory::Benign => "Benign",
        }
    }

    pub fn parse(s: &str) -> Option<LabelCategory> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A label as stored (the latest per network and category counts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelRow {
    pub network: String,
    pub category: LabelCategory,
    pub score: u8,
    pub user: String,
    pub at: i64,
}

/// A note on a network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteRow {
    pub id: i64,
    pub network: String,
    pub user: String,
    pub at: i64,
    pub text: String,
}

/// Which labelled state the triage queue keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelStatus {
    Labelled,
    Unlabelled,
    /// Labelled in this category (latest score 3 or more).
    Category(LabelCategory),
}

/// The triage queue's filters.
#[derive(Clone, Debug, Default)]
pub struct QueueFilter {
    /// Networks with a post carrying this indicator code.
    pub indicator: Option<String>,
    /// Networks with a post whose location contains this (ASCII case folded).
    pub place: Option<String>,
    pub min_size: Option<u64>,
    pub max_size: Option<u64>,
    pub label: Option<LabelStatus>,
    /// Networks with a post ingested in a batch after this one (new since a visit).
    pub new_after_batch: Option<i64>,
    /// Networks with a post posted at or after this time (Unix seconds).
    pub from: Option<i64>,
    /// Networks with a post posted at or before this time (Unix seconds).
    pub to: Option<i64>,
    pub limit: usize,
    pub offset: usize,
}

/// An item shared by more networks than this (besides a labelled one) raises none of them.
pub const MAX_BOOST_SPREAD: usize = 3;

/// Why a network rose in the queue: it shares an item with a network labelled trafficking.
#[derive(Clone, Debug, PartialEq)]
pub struct Boost {
    /// Added to the network's risk for its place in the queue.
    pub boost: f64,
    /// The labelled network.
    pub via: String,
    /// The kind of item shared (`phone`, `email`, …, or `photo`); never its value.
    pub shared: String,
    /// The labelled network's Trafficking score.
    pub score: u8,
}

/// A network in the queue: its row, its priority (risk raised by its boost) and the boost.
#[derive(Clone, Debug, PartialEq)]
pub struct QueueEntry {
    pub network: NetworkRow,
    pub priority: f64,
    pub boost: Option<Boost>,
}

/// A current post in a list (a network's posts): title with the byte spans of the selectors in
/// it, for masking.
#[derive(Clone, Debug, PartialEq)]
pub struct PostBrief {
    pub id: String,
    pub risk: f64,
    pub posted_at: Option<String>,
    pub location: Option<String>,
    pub title: Option<String>,
    pub title_spans: Vec<(usize, usize)>,
}

/// A post of a network with what it carries (for the network's graph).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostItems {
    pub id: String,
    /// (kind, value), distinct, sorted.
    pub selectors: Vec<(String, String)>,
    /// PDQ hashes (32 bytes), distinct, sorted.
    pub photos: Vec<Vec<u8>>,
}

/// One current post with everything its page shows: the stored record, its selectors and
/// indicator hits with their spans (selector `raw` is empty: slice it from the record), its
/// risk, type and network.
#[derive(Clone, Debug, PartialEq)]
pub struct PostRecord {
    pub id: String,
    pub version: i64,
    pub raw: String,
    pub risk: f64,
    pub post_type: String,
    pub network: Option<String>,
    pub selectors: Vec<Selector>,
    pub hits: Vec<IndicatorHit>,
}

fn role_of(name: &str, role: &str) -> Result<Role> {
    Role::parse(role).ok_or_else(|| StoreError::Corrupt {
        pk: 0,
        what: format!("user {name} has an unknown role"),
    })
}

fn hash32(b: Vec<u8>, seq: i64) -> Result<[u8; 32]> {
    b.try_into().map_err(|_| StoreError::Corrupt {
        pk: 0,
        what: format!("audit entry {seq} has a hash that is not 32 bytes"),
    })
}

/// Appends one audit entry inside `tx` (which holds the write lock): the next sequence number
/// and the previous entry's hash are read in the same transaction, so concurrent writers
/// chain in order.
fn append_audit(tx: &Transaction<'_>, e: &AuditNew) -> Result<i64> {
    let last: Option<(i64, Vec<u8>)> = tx
        .query_row(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash32(hash, seq)?),
        None => (1, [0u8; 32]),
    };
    let hash = audit_hash(seq, e.at, &e.user, &e.action, &e.object, &e.detail, &prev);
    tx.execute(
        "INSERT INTO audit_log(seq, at, user, action, object, detail, prev_hash, hash) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            seq,
            e.at,
            e.user,
            e.action,
            e.object,
            e.detail,
            &prev[..],
            &hash[..]
        ],
    )?;
    tx.execute(
        "INSERT INTO meta(key, value) VALUES ('audit_seq', ?1) \
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![seq],
    )?;
    Ok(seq)
}

impl Store {
    /// Runs `f` and appends `audit` in one write transaction (taken at once, so the audit
    /// chain's head cannot move between reading it and appending to it).
    fn audited<T>(
        &mut self,
        audit: &AuditNew,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        append_audit(&tx, audit)?;
        tx.commit()?;
        Ok(out)
    }

    /// Appends an audit entry (a view, a search, a reveal, an export); returns its `seq`.
    pub fn audit(&mut self, e: &AuditNew) -> Result<i64> {
        self.audited(e, |_| Ok(()))?;
        self.conn
            .query_row("SELECT value FROM meta WHERE key = 'audit_seq'", [], |r| {
                r.get(0)
            })
            .map_err(Into::into)
    }

    /// Adds a person, or changes the role and password of one who exists.
    pub fn put_user(
        &mut self,
        name: &str,
        role: Role,
        password_phc: &str,
        audit: &AuditNew,
    ) -> Result<()> {
        self.audited(audit, |tx| {
            tx.execute(
                "INSERT INTO users(name, role, password, created_at) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT(name) DO UPDATE SET role = excluded.role, password = excluded.password",
                params![name, role.as_str(), password_phc, audit.at],
            )?;
            Ok(())
        })
    }

    pub fn user(&self, name: &str) -> Result<Option<UserRow>> {
        let row: Option<(String, String, String, i64)> = self
            .conn
            .query_row(
                "SELECT name, role, password, created_at FROM users WHERE name = ?1",
                [name],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        row.map(|(name, role, password, created_at)| {
            Ok(UserRow {
                role: role_of(&name, &role)?,
                name,
                password,
                created_at,
            })
        })
        .transpose()
    }

    /// Every person (password hashes left out), by name.
    pub fn users(&self) -> Result<Vec<(String, Role, i64)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, role, created_at FROM users ORDER BY name")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (name, role, at) = row?;
            out.push((name.clone(), role_of(&name, &role)?, at));
        }
        Ok(out)
    }

    /// Starts a session (the token's SHA-256, never the token).
    pub fn put_session(
        &mut self,
        token_hash: &[u8; 32],
        user: &str,
        csrf: &str,
        expires_at: i64,
        audit: &AuditNew,
    ) -> Result<()> {
        self.audited(audit, |tx| {
            // Sessions that have run out are removed as new ones start: the table stays the
            // size of the live sessions.
            tx.execute(
                "DELETE FROM sessions WHERE expires_at <= ?1",
                params![audit.at],
            )?;
            tx.execute(
                "INSERT INTO sessions(token_hash, user, csrf, created_at, expires_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![&token_hash[..], user, csrf, audit.at, expires_at],
            )?;
            Ok(())
        })
    }

    /// The live session with this token hash at `now` (none once expired).
    pub fn session(&self, token_hash: &[u8; 32], now: i64) -> Result<Option<SessionRow>> {
        let row: Option<(String, String, String, i64)> = self
            .conn
            .prepare_cached(
                "SELECT s.user, u.role, s.csrf, s.expires_at FROM sessions s \
                 JOIN users u ON u.name = s.user WHERE s.token_hash = ?1 AND s.expires_at > ?2",
            )?
            .query_row(params![&token_hash[..], now], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        row.map(|(user, role, csrf, expires_at)| {
            Ok(SessionRow {
                role: role_of(&user, &role)?,
                user,
                csrf,
                expires_at,
            })
        })
        .transpose()
    }

    /// Ends a session (logout).
    pub fn end_session(&mut self, token_hash: &[u8; 32], audit: &AuditNew) -> Result<()> {
        self.audited(audit, |tx| {
            tx.execute(
                "DELETE FROM sessions WHERE token_hash = ?1",
                params![&token_hash[..]],
            )?;
            Ok(())
        })
    }

    /// Gives `user` an API token (its SHA-256 is kept).
    pub fn put_api_token(
        &mut self,
        token_hash: &[u8; 32],
        user: &str,
        audit: &AuditNew,
    ) -> Result<()> {
        self.audited(audit, |tx| {
            tx.execute(
                "INSERT INTO api_tokens(token_hash, user, created_at) VALUES (?1, ?2, ?3)",
                params![&token_hash[..], user, audit.at],
            )?;
            Ok(())
        })
    }

    /// Whose API token this is, with the role the person has now.
    pub fn token_user(&self, token_hash: &[u8; 32]) -> Result<Option<(String, Role)>> {
        let row: Option<(String, String)> = self
            .conn
            .prepare_cached(
                "SELECT t.user, u.role FROM api_tokens t JOIN users u ON u.name = t.user \
                 WHERE t.token_hash = ?1",
            )?
            .query_row(params![&token_hash[..]], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        row.map(|(user, role)| Ok((user.clone(), role_of(&user, &role)?)))
            .transpose()
    }

    /// Audit entries after `after_seq`, oldest first, at most `limit`.
    pub fn audit_entries(&self, after_seq: i64, limit: usize) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, at, user, action, object, detail, prev_hash, hash FROM audit_log \
             WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        let mut rows = stmt.query(params![after_seq, limit.min(i64::MAX as usize) as i64])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let seq: i64 = r.get(0)?;
            out.push(AuditEntry {
                seq,
                at: r.get(1)?,
                user: r.get(2)?,
                action: r.get(3)?,
                object: r.get(4)?,
                detail: r.get(5)?,
                prev_hash: hash32(r.get(6)?, seq)?,
                hash: hash32(r.get(7)?, seq)?,
            });
        }
        Ok(out)
    }

    /// Walks the audit chain from the first entry: sequence numbers from 1 without a gap up to
    /// the last entry written (`meta.audit_seq`), each entry carrying the hash of the one
    /// before, each hash recomputed from the entry's content. Reports the first break.
    pub fn verify_audit(&self) -> Result<AuditVerdict> {
        let written: i64 = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'audit_seq'", [], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or(0);
        let mut stmt = self.conn.prepare(
            "SELECT seq, at, user, action, object, detail, prev_hash, hash FROM audit_log ORDER BY seq",
        )?;
        let mut rows = stmt.query([])?;
        let mut expected = 1i64;
        let mut prev = [0u8; 32];
        while let Some(r) = rows.next()? {
            let seq: i64 = r.get(0)?;
            if seq != expected {
                return Ok(AuditVerdict::Broken(AuditBreak::Missing { seq: expected }));
            }
            // A hash column of the wrong type or length is an alteration like any other.
            let stored_prev: Option<Vec<u8>> = r.get(6).ok();
            let stored: Option<Vec<u8>> = r.get(7).ok();
            if stored_prev.as_deref() != Some(&prev[..]) {
                return Ok(AuditVerdict::Broken(AuditBreak::Unchained { seq }));
            }
            let fields: rusqlite::Result<(i64, String, String, String, String)> =
                (|| Ok((r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))();
            let Ok((at, user, action, object, detail)) = fields else {
                return Ok(AuditVerdict::Broken(AuditBreak::Altered { seq }));
            };
            let hash = audit_hash(seq, at, &user, &action, &object, &detail, &prev);
            if stored.as_deref() != Some(&hash[..]) {
                return Ok(AuditVerdict::Broken(AuditBreak::Altered { seq }));
            }
            prev = hash;
            expected += 1;
        }
        if expected - 1 < written {
            return Ok(AuditVerdict::Broken(AuditBreak::Missing { seq: expected }));
        }
        Ok(AuditVerdict::Intact {
            entries: expected - 1,
            head: prev,
        })
    }

    /// Records a label (category and score 1–5) on a network.
    pub fn put_label(&mut self, label: &LabelRow, audit: &AuditNew) -> Result<()> {
        self.audited(audit, |tx| {
            tx.execute(
                "INSERT INTO labels(network, category, score, user, at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    label.network,
                    label.category.as_str(),
                    label.score,
                    label.user,
                    label.at
                ],
            )?;
            Ok(())
        })
    }

    /// The current label of each category on a network (the latest given), in category order.
    pub fn labels(&self, network: &str) -> Result<Vec<LabelRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT category, score, user, at FROM labels l WHERE network = ?1 AND id = \
             (SELECT max(id) FROM labels l2 WHERE l2.network = l.network AND l2.category = l.category)",
        )?;
        let mut rows = stmt.query([network])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let category: String = r.get(0)?;
            out.push(LabelRow {
                network: network.to_string(),
                category: LabelCategory::parse(&category).ok_or_else(|| StoreError::Corrupt {
                    pk: 0,
                    what: format!("network {network} has an unknown label category"),
                })?,
                score: r.get::<_, i64>(1)?.clamp(1, 5) as u8,
                user: r.get(2)?,
                at: r.get(3)?,
            });
        }
        out.sort_by_key(|l| l.category);
        Ok(out)
    }

    /// Adds a note to a network; returns its id.
    pub fn put_note(
        &mut self,
        network: &str,
        user: &str,
        text: &str,
        audit: &AuditNew,
    ) -> Result<i64> {
        self.audited(audit, |tx| {
            tx.execute(
                "INSERT INTO notes(network, user, at, text) VALUES (?1, ?2, ?3, ?4)",
                params![network, user, audit.at, text],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// A network's notes, oldest first.
    pub fn notes(&self, network: &str) -> Result<Vec<NoteRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, network, user, at, text FROM notes WHERE network = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([network], |r| {
            Ok(NoteRow {
                id: r.get(0)?,
                network: r.get(1)?,
                user: r.get(2)?,
                at: r.get(3)?,
                text: r.get(4)?,
            })
        })?;
        rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
    }

    /// The triage queue: stored networks (two or more posts) by priority — their risk, raised
    /// by `boosts` (see [`Store::label_boosts`]) — then largest, then by id, filtered.
    pub fn queue(
        &self,
        f: &QueueFilter,
        boosts: &BTreeMap<String, Boost>,
    ) -> Result<Vec<QueueEntry>> {
        use rusqlite::types::Value;
        // The filters on plain columns; the page is the first `offset + limit` networks by
        // risk (read in `networks_queue` order) merged with the boosted networks that pass the
        // filters (few: they share an item with a network labelled trafficking), then only the
        // page's summaries are read.
        let mut sql = String::from("SELECT n.id, n.risk, n.size FROM networks n WHERE 1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(code) = &f.indicator {
            sql.push_str(
                " AND EXISTS (SELECT 1 FROM memberships m JOIN posts p ON p.id = m.post_id \
                 AND p.current = 1 JOIN indicator_hits h ON h.post = p.pk \
                 WHERE m.network = n.id AND h.code = ?)",
            );
            args.push(Value::Text(code.clone()));
        }
        if let Some(place) = &f.place {
            sql.push_str(
                " AND EXISTS (SELECT 1 FROM memberships m JOIN posts p ON p.id = m.post_id \
                 AND p.current = 1 WHERE m.network = n.id AND p.location LIKE ? ESCAPE '\\')",
            );
            args.push(Value::Text(like_pattern(place)));
        }
        if let Some(s) = f.min_size {
            sql.push_str(" AND n.size >= ?");
            args.push(Value::Integer(s.min(i64::MAX as u64) as i64));
        }
        if let Some(s) = f.max_size {
            sql.push_str(" AND n.size <= ?");
            args.push(Value::Integer(s.min(i64::MAX as u64) as i64));
        }
        match f.label {
            None => {}
            Some(LabelStatus::Labelled) => {
                sql.push_str(" AND EXISTS (SELECT 1 FROM labels l WHERE l.network = n.id)")
            }
            Some(LabelStatus::Unlabelled) => {
                sql.push_str(" AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.network = n.id)")
            }
            Some(LabelStatus::Category(c)) => {
                sql.push_str(
                    " AND (SELECT score FROM labels l WHERE l.network = n.id AND l.category = ? \
                     ORDER BY l.id DESC LIMIT 1) >= 3",
                );
                args.push(Value::Text(c.as_str().into()));
            }
        }
        if let Some(b) = f.new_after_batch {
            sql.push_str(
                " AND EXISTS (SELECT 1 FROM memberships m JOIN posts p ON p.id = m.post_id \
                 AND p.current = 1 WHERE m.network = n.id AND p.batch > ?)",
            );
            args.push(Value::Integer(b));
        }
        if f.from.is_some() || f.to.is_some() {
            sql.push_str(
                " AND EXISTS (SELECT 1 FROM memberships m JOIN posts p ON p.id = m.post_id \
                 AND p.current = 1 WHERE m.network = n.id AND p.posted_epoch BETWEEN ? AND ?)",
            );
            args.push(Value::Integer(f.from.unwrap_or(i64::MIN)));
            args.push(Value::Integer(f.to.unwrap_or(i64::MAX)));
        }
        let limit = f.limit.min(10_000);
        let want = f.offset.saturating_add(limit).min(i64::MAX as usize);
        let read = |sql: &str, args: Vec<Value>| -> Result<Vec<(String, f64, i64)>> {
            Ok(self
                .conn
                .prepare_cached(sql)?
                .query_map(rusqlite::params_from_iter(args), |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?
                .collect::<rusqlite::Result<_>>()?)
        };
        let mut top_args = args.clone();
        top_args.push(Value::Integer(want as i64));
        let mut found = read(
            &format!("{sql} ORDER BY n.risk DESC, n.size DESC, n.id LIMIT ?"),
            top_args,
        )?;
        if !boosts.is_empty() {
            let ids = serde_json::to_string(&boosts.keys().collect::<Vec<_>>()).map_err(|e| {
                StoreError::Corrupt {
                    pk: 0,
                    what: e.to_string(),
                }
            })?;
            args.push(Value::Text(ids));
            found.extend(read(
                &format!("{sql} AND n.id IN (SELECT value FROM json_each(?))"),
                args,
            )?);
        }
        let mut page: Vec<(f64, i64, String, Option<Boost>)> = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for (id, risk, size) in found {
            if !seen.insert(id.clone()) {
                continue;
            }
            let boost = boosts.get(&id).cloned();
            let priority = (risk + boost.as_ref().map_or(0.0, |b| b.boost)).min(1.0);
            page.push((priority, size, id, boost));
        }
        page.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(b.1.cmp(&a.1))
                .then_with(|| a.2.cmp(&b.2))
        });
        let mut out = Vec::new();
        for (priority, _, id, boost) in page.into_iter().skip(f.offset).take(limit) {
            if let Some(network) = self.network(&id)? {
                out.push(QueueEntry {
                    network,
                    priority,
                    boost,
                });
            }
        }
        Ok(out)
    }

    /// Labels feed back into the queue: every network that shares a selector (same kind and
    /// value) or a photo (same PDQ hash) with a network whose current Trafficking label scores
    /// 3 or more is raised by 0.1 × that score, with the reason. Items shared by more than
    /// [`MAX_BOOST_SPREAD`] other networks (support lines, stock photos) raise nothing: they
    /// say nothing about who is behind a network. The reason names the kind of item and the
    /// labelled network, never the value.
    pub fn label_boosts(&self) -> Result<BTreeMap<String, Boost>> {
        let labelled: Vec<(String, i64)> = self
            .conn
            .prepare_cached(
                "SELECT network, score FROM labels l WHERE category = 'trafficking' AND id = \
                 (SELECT max(id) FROM labels l2 WHERE l2.network = l.network \
                  AND l2.category = 'trafficking') AND score >= 3 ORDER BY network",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out: BTreeMap<String, Boost> = BTreeMap::new();
        let mut sel_stmt = self.conn.prepare_cached(
            "SELECT DISTINCT s2.kind, s2.value, m2.network FROM memberships m \
             JOIN posts p ON p.id = m.post_id AND p.current = 1 \
             JOIN selectors s ON s.post = p.pk \
             JOIN selectors s2 ON s2.value = s.value AND s2.kind = s.kind \
             JOIN posts p2 ON p2.pk = s2.post AND p2.current = 1 \
             JOIN memberships m2 ON m2.post_id = p2.id \
             WHERE m.network = ?1 AND m2.network != ?1",
        )?;
        let mut img_stmt = self.conn.prepare_cached(
            "SELECT DISTINCT 'photo', hex(i2.pdq), m2.network FROM memberships m \
             JOIN posts p ON p.id = m.post_id AND p.current = 1 \
             JOIN image_hashes i ON i.post = p.pk \
             JOIN image_hashes i2 ON i2.pdq = i.pdq \
             JOIN posts p2 ON p2.pk = i2.post AND p2.current = 1 \
             JOIN memberships m2 ON m2.post_id = p2.id \
             WHERE m.network = ?1 AND m2.network != ?1",
        )?;
        for (source, score) in labelled {
            // (kind, value) → the other networks holding it.
            let mut spread: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
            for stmt in [&mut sel_stmt, &mut img_stmt] {
                let rows = stmt.query_map([&source], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                })?;
                for row in rows {
                    let (kind, value, network) = row?;
                    spread.entry((kind, value)).or_default().push(network);
                }
            }
            for ((kind, _), networks) in spread {
                if networks.len() > MAX_BOOST_SPREAD {
                    continue;
                }
                for network in networks {
                    let boost = 0.1 * score as f64;
                    let candidate = Boost {
                        boost,
                        via: source.clone(),
                        shared: kind.clone(),
                        score: score.clamp(1, 5) as u8,
                    };
                    let better = match out.get(&network) {
                        None => true,
                        Some(b) => {
                            (
                                boost,
                                std::cmp::Reverse((&candidate.via, &candidate.shared)),
                            ) > (b.boost, std::cmp::Reverse((&b.via, &b.shared)))
                        }
                    };
                    if better {
                        out.insert(network, candidate);
                    }
                }
            }
        }
        Ok(out)
    }

    /// What [`Store::label_boosts`] depends on: the last label written and the last linking
    /// (callers cache the boosts under it).
    pub fn label_boosts_key(&self) -> Result<(i64, i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT (SELECT coalesce(max(id), 0) FROM labels), \
             (SELECT coalesce(max(value), 0) FROM meta WHERE key = 'linked_through'), \
             (SELECT count(*) FROM networks)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?)
    }

    /// One stored network (two or more posts).
    pub fn network(&self, id: &str) -> Result<Option<NetworkRow>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, size, risk, summary FROM networks WHERE id = ?1")?;
        let mut rows = stmt.query([id])?;
        match rows.next()? {
            Some(r) => Ok(Some(network_row(r)?)),
            None => Ok(None),
        }
    }

    /// A network's current posts, riskiest first (ties by id), at most `limit`.
    pub fn network_posts(&self, network: &str, limit: usize) -> Result<Vec<PostBrief>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.pk, p.id, p.risk, p.posted_at, p.location, p.title FROM memberships m \
             JOIN posts p ON p.id = m.post_id AND p.current = 1 WHERE m.network = ?1 \
             ORDER BY p.risk DESC, p.id LIMIT ?2",
        )?;
        let mut spans = self.conn.prepare_cached(
            "SELECT start, \"end\" FROM selectors WHERE post = ?1 AND field = 'title' ORDER BY n",
        )?;
        let mut rows = stmt.query(params![network, limit.min(100_000) as i64])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let pk: i64 = r.get(0)?;
            let title_spans = spans
                .query_map([pk], |r| {
                    Ok((
                        r.get::<_, i64>(0)?.max(0) as usize,
                        r.get::<_, i64>(1)?.max(0) as usize,
                    ))
                })?
                .collect::<rusqlite::Result<_>>()?;
            out.push(PostBrief {
                id: r.get(1)?,
                risk: r.get(2)?,
                posted_at: r.get(3)?,
                location: r.get(4)?,
                title: r.get(5)?,
                title_spans,
            });
        }
        Ok(out)
    }

    /// A network's posts (riskiest first, at most `limit`) with the selectors (kind, value)
    /// and photos (PDQ hash bytes) each carries: the network's graph.
    pub fn network_items(&self, network: &str, limit: usize) -> Result<Vec<PostItems>> {
        let mut posts = self.conn.prepare_cached(
            "SELECT p.pk, p.id FROM memberships m JOIN posts p ON p.id = m.post_id \
             AND p.current = 1 WHERE m.network = ?1 ORDER BY p.risk DESC, p.id LIMIT ?2",
        )?;
        let mut sels = self.conn.prepare_cached(
            "SELECT DISTINCT kind, value FROM selectors WHERE post = ?1 ORDER BY kind, value",
        )?;
        let mut imgs = self
            .conn
            .prepare_cached("SELECT DISTINCT pdq FROM image_hashes WHERE post = ?1 ORDER BY pdq")?;
        let rows: Vec<(i64, String)> = posts
            .query_map(params![network, limit.min(100_000) as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for (pk, id) in rows {
            out.push(PostItems {
                id,
                selectors: sels
                    .query_map([pk], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?,
                photos: imgs
                    .query_map([pk], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?,
            });
        }
        Ok(out)
    }

    /// The ids and networks of stored posts, by storage key (`posts.pk`), in the order given;
    /// keys that are not current posts are left out.
    pub fn posts_by_pk(&self, pks: &[i64]) -> Result<Vec<(i64, String, Option<String>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, m.network FROM posts p LEFT JOIN memberships m ON m.post_id = p.id \
             WHERE p.pk = ?1 AND p.current = 1",
        )?;
        let mut out = Vec::with_capacity(pks.len());
        for &pk in pks {
            if let Some((id, net)) = stmt
                .query_row([pk], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
            {
                out.push((pk, id, net));
            }
        }
        Ok(out)
    }

    /// The current version of a post, with its selectors and indicator hits.
    pub fn post(&self, id: &str) -> Result<Option<PostRecord>> {
        let dicts = crate::record::Dictionaries::load(&self.conn)?;
        let row: Option<(i64, i64, crate::Record, f64, String, Option<String>)> = self
            .conn
            .prepare_cached(
                "SELECT p.pk, p.version, p.risk, p.post_type, m.network, p.title, p.posted_at, \
                 p.site, p.url, p.location, p.region, p.rest FROM posts p \
                 LEFT JOIN memberships m ON m.post_id = p.id WHERE p.id = ?1 AND p.current = 1",
            )?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get(1)?,
                    (crate::Fields::read(r, 5)?, r.get::<_, Vec<u8>>(11)?),
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                ))
            })
            .optional()?
            .map(|(pk, version, (fields, rest), risk, post_type, network)| {
                let record = dicts.record(pk, fields, rest)?;
                Ok::<_, StoreError>((pk, version, record, risk, post_type, network))
            })
            .transpose()?;
        let Some((pk, version, record, risk, post_type, network)) = row else {
            return Ok(None);
        };
        let raw = record.to_json(pk)?;
        let mut sels = self.conn.prepare_cached(
            "SELECT post, kind, platform, value, field, start, \"end\", region_source \
             FROM selectors WHERE post = ?1 ORDER BY n",
        )?;
        let selectors = sels
            .query_map([pk], |r| Ok(read_selector(r)))?
            .map(|s| s.map_err(StoreError::from).and_then(|s| s).map(|(_, s)| s))
            .collect::<Result<Vec<_>>>()?;
        let mut hits_stmt = self.conn.prepare_cached(
            "SELECT h.code, coalesce(i.name, h.code), h.field, h.start, h.\"end\", h.weight \
             FROM indicator_hits h LEFT JOIN indicator_names i ON i.code = h.code \
             WHERE h.post = ?1 ORDER BY h.n",
        )?;
        let mut rows = hits_stmt.query([pk])?;
        let mut hits = Vec::new();
        while let Some(r) = rows.next()? {
            let field = field_at(r, 2, pk)?;
            hits.push(IndicatorHit {
                code: r.get(0)?,
                name: r.get(1)?,
                field,
                start: r.get::<_, i64>(3)?.max(0) as usize,
                end: r.get::<_, i64>(4)?.max(0) as usize,
                weight: r.get(5)?,
            });
        }
        Ok(Some(PostRecord {
            id: id.to_string(),
            version,
            raw,
            risk,
            post_type,
            network,
            selectors,
            hits,
        }))
    }
}

impl Store {
    /// Records a sign-in for "new since my last visit": what was the last batch at the
    /// previous sign-in becomes `since`, the last batch now becomes `seen`. Returns `since`.
    pub fn record_visit(&mut self, user: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let last: i64 =
            tx.query_row("SELECT coalesce(max(id), 0) FROM batches", [], |r| r.get(0))?;
        let seen: Option<i64> = tx
            .query_row(
                "SELECT seen_batch FROM visits WHERE user = ?1",
                [user],
                |r| r.get(0),
            )
            .optional()?;
        // A first visit has seen nothing: everything is new.
        let since = seen.unwrap_or(0);
        tx.execute(
            "INSERT INTO visits(user, since_batch, seen_batch) VALUES (?1, ?2, ?3) \
             ON CONFLICT(user) DO UPDATE SET since_batch = excluded.since_batch, \
             seen_batch = excluded.seen_batch",
            params![user, since, last],
        )?;
        tx.commit()?;
        Ok(since)
    }

    /// The last batch `user` had seen before this session (0 if none).
    pub fn visit_since(&self, user: &str) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT since_batch FROM visits WHERE user = ?1")?
            .query_row([user], |r| r.get(0))
            .optional()?
            .unwrap_or(0))
    }

    /// Whether a network has a current post ingested after `batch`.
    pub fn network_new_since(&self, network: &str, batch: i64) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM memberships m JOIN posts p ON p.id = m.post_id \
                 AND p.current = 1 WHERE m.network = ?1 AND p.batch > ?2)",
            )?
            .query_row(params![network, batch], |r| r.get(0))?)
    }
}

/// A case: a named collection of networks an analyst works on together (and exports).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseRow {
    pub id: i64,
    pub name: String,
    pub created_by: String,
    pub created_at: i64,
    /// Its networks, in the order they were added.
    pub networks: Vec<String>,
}

impl Store {
    /// Opens a case; returns its id. Audited as `case.create` on `case:ID`.
    pub fn create_case(&mut self, name: &str, user: &str, at: i64) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO cases(name, created_by, created_at) VALUES (?1, ?2, ?3)",
            params![name, user, at],
        )?;
        let id = tx.last_insert_rowid();
        append_audit(
            &tx,
            &AuditNew {
                at,
                user: user.into(),
                action: "case.create".into(),
                object: format!("case:{id}"),
                detail: name.into(),
            },
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Puts a network in a case (once; again is no change); returns whether it was added.
    pub fn add_to_case(&mut self, case: i64, network: &str, audit: &AuditNew) -> Result<bool> {
        self.audited(audit, |tx| {
            Ok(tx.execute(
                "INSERT OR IGNORE INTO case_networks(\"case\", network, added_by, added_at) \
                 VALUES (?1, ?2, ?3, ?4)",
                params![case, network, audit.user, audit.at],
            )? == 1)
        })
    }

    /// One case with its networks.
    pub fn case_file(&self, id: i64) -> Result<Option<CaseRow>> {
        let row: Option<(String, String, i64)> = self
            .conn
            .query_row(
                "SELECT name, created_by, created_at FROM cases WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((name, created_by, created_at)) = row else {
            return Ok(None);
        };
        let networks = self
            .conn
            .prepare_cached(
                "SELECT network FROM case_networks WHERE \"case\" = ?1 ORDER BY added_at, network",
            )?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(CaseRow {
            id,
            name,
            created_by,
            created_at,
            networks,
        }))
    }

    /// Every case, newest first.
    pub fn case_files(&self) -> Result<Vec<CaseRow>> {
        let ids: Vec<i64> = self
            .conn
            .prepare("SELECT id FROM cases ORDER BY id DESC")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.case_file(id)?);
        }
        Ok(out)
    }

    /// The cases holding a network: (id, name), by id.
    pub fn cases_holding(&self, network: &str) -> Result<Vec<(i64, String)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT c.id, c.name FROM case_networks cn JOIN cases c ON c.id = cn.\"case\" \
                 WHERE cn.network = ?1 ORDER BY c.id",
            )?
            .query_map([network], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The export view of several networks' posts: their posts riskiest first (ties by id) and
    /// their summaries, as [`Store::case`] gives for one.
    pub fn case_of_networks(&self, networks: &[String]) -> Result<plainsight_core::case::Case> {
        let mut all = plainsight_core::case::Case {
            posts: Vec::new(),
            networks: Vec::new(),
        };
        let distinct: std::collections::BTreeSet<&String> = networks.iter().collect();
        for n in distinct {
            let one = self.case(Some(n), None)?;
            all.posts.extend(one.posts);
            all.networks.extend(one.networks);
        }
        all.posts.sort_by(|a, b| {
            b.risk
                .unwrap_or(0.0)
                .total_cmp(&a.risk.unwrap_or(0.0))
                .then_with(|| a.id.cmp(&b.id))
        });
        all.networks.sort_by(|a, b| {
            b.risk
                .total_cmp(&a.risk)
                .then(b.size.cmp(&a.size))
                .then_with(|| a.network.cmp(&b.network))
        });
        Ok(all)
    }
}

/// A `networks` row read as (id, size, risk, summary), the summary inflated when stored
/// compressed (shared by [`Store::networks`] and the workspace's reads).
pub(crate) fn network_row(r: &rusqlite::Row<'_>) -> Result<NetworkRow> {
    let mut row = network_columns(r)?;
    row.summary = summary_of(&row.id, r.get_ref(3)?)?;
    Ok(row)
}

/// A `networks` row's id, size and risk (no summary, no tally): [`network_row`] but the
/// summary, which a caller may read elsewhere with [`summary_of`].
pub(crate) fn network_columns(r: &rusqlite::Row<'_>) -> Result<NetworkRow> {
    Ok(NetworkRow {
        id: r.get(0)?,
        size: r.get::<_, i64>(1)?.max(0) as u64,
        risk: r.get(2)?,
        summary: String::new(),
        tally: None,
    })
}

/// The summary of network `id` as stored: deflated from version 4 on, text before.
pub(crate) fn summary_of(id: &str, stored: rusqlite::types::ValueRef<'_>) -> Result<String> {
    match stored {
        rusqlite::types::ValueRef::Blob(b) => inflate_json(b).ok_or_else(|| StoreError::Corrupt {
            pk: 0,
            what: format!("network {id} has an unreadable summary"),
        }),
        v => Ok(v.as_str().map_err(rusqlite::Error::from)?.to_string()),
    }
}
