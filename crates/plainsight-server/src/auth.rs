//! Passwords (argon2id), random tokens (sessions, CSRF, API) kept only as SHA-256, and login
//! throttling with bounded memory.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use plainsight_store::Role;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// An argon2id hash of `password` (PHC string, random salt, the crate's default cost:
/// 19 MiB, 2 passes — OWASP's recommended minimum).
pub fn hash_password(password: &str) -> Result<String, crate::ServerError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| crate::ServerError::Internal(format!("argon2: {e}")))
}

/// Whether `password` matches the PHC string (false for a malformed one).
pub fn verify_password(phc: &str, password: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Spends the time a password check takes, for names that do not exist, so a failed login
/// takes as long whether or not the name is known.
pub fn verify_dummy(password: &str) {
    use std::sync::OnceLock;
    static DUMMY: OnceLock<String> = OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash_password("not a password").unwrap_or_default());
    let _ = verify_password(phc, password);
}

/// 32 random bytes from the OS, as 64 hex digits.
pub fn new_token() -> String {
    let mut b = [0u8; 32];
    OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// What the store keeps of a token: its SHA-256.
pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Compares two strings in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Who is asking: from a session cookie (with its CSRF token) or an API token.
#[derive(Clone, Debug)]
pub struct Session {
    pub user: String,
    pub role: Role,
    /// The session's CSRF token (`None` for API tokens, which no browser sends by itself).
    pub csrf: Option<String>,
    /// The session token's hash (for logout); `None` for API tokens.
    pub token_hash: Option<[u8; 32]>,
}

/// Failed sign-ins per name and per peer within a window; past the limit, sign-in is refused
/// until the window ends. Memory is bounded: at most `capacity` keys; when full, expired
/// windows go first, then the oldest.
#[derive(Debug)]
pub struct Throttle {
    failures: HashMap<String, (u32, i64)>,
    capacity: usize,
    window: i64,
}

/// Failed sign-ins allowed per name in a window.
pub const PER_NAME: u32 = 5;
/// Failed sign-ins allowed per peer address in a window.
pub const PER_PEER: u32 = 20;

impl Throttle {
    pub fn new(capacity: usize, window_secs: i64) -> Self {
        Throttle {
            failures: HashMap::new(),
            capacity: capacity.max(2),
            window: window_secs,
        }
    }

    fn count(&self, key: &str, now: i64) -> u32 {
        match self.failures.get(key) {
            Some(&(n, start)) if now - start < self.window => n,
            _ => 0,
        }
    }

    /// Whether a sign-in for `name` from `peer` is refused now.
    pub fn blocked(&self, name: &str, peer: &str, now: i64) -> bool {
        self.count(&format!("n:{name}"), now) >= PER_NAME
            || self.count(&format!("p:{peer}"), now) >= PER_PEER
    }

    pub fn fail(&mut self, name: &str, peer: &str, now: i64) {
        for key in [format!("n:{name}"), format!("p:{peer}")] {
            if !self.failures.contains_key(&key) && self.failures.len() >= self.capacity {
                let window = self.window;
                self.failures.retain(|_, &mut (_, s)| now - s < window);
                if self.failures.len() >= self.capacity {
                    if let Some(oldest) = self
                        .failures
                        .iter()
                        .min_by_key(|(k, &(_, s))| (s, (*k).clone()))
                        .map(|(k, _)| k.clone())
                    {
                        self.failures.remove(&oldest);
                    }
                }
            }
            let e = self.failures.entry(key).or_insert((0, now));
            if now - e.1 >= self.window {
                *e = (0, now);
            }
            e.0 += 1;
        }
    }

    /// A successful sign-in clears the name's failures (not the peer's).
    pub fn succeed(&mut self, name: &str) {
        self.failures.remove(&format!("n:{name}"));
    }

    pub fn len(&self) -> usize {
        self.failures.len()
    }

    pub fn is_empty(&self) -> bool {
        self.failures.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_and_tokens_differ() {
        let h = hash_password("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password(&h, "correct horse"));
        assert!(!verify_password(&h, "Correct horse"));
        assert!(!verify_password("garbage", "x"));
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(same(&a, &a) && !same(&a, &b) && !same("a", "ab"));
    }

    #[test]
    fn throttle_per_name_per_peer_and_bounded() {
        let mut t = Throttle::new(100, 900);
        for _ in 0..PER_NAME {
            assert!(!t.blocked("ana", "1.1.1.1", 0));
            t.fail("ana", "1.1.1.1", 0);
        }
        assert!(t.blocked("ana", "9.9.9.9", 10), "per name, from any peer");
        assert!(!t.blocked("bob", "9.9.9.9", 10));
        assert!(!t.blocked("ana", "1.1.1.1", 900), "the window ends");
        for i in 0..PER_PEER {
            t.fail(&format!("u{i}"), "2.2.2.2", 0);
        }
        assert!(t.blocked("anyone", "2.2.2.2", 1), "per peer, for any name");
        t.succeed("ana");
        assert!(!t.blocked("ana", "3.3.3.3", 1));
        for i in 0..10_000 {
            t.fail(&format!("spray{i}"), &format!("peer{i}"), 5);
        }
        assert!(t.len() <= 100, "{} keys kept", t.len());
    }
}
