//! Compact append-only storage: interners and flat lists (CSR). A million posts' features fit
//! in a few hundred megabytes because nothing is stored per post as a separate allocation.

use rustc_hash::FxHashMap;
use std::hash::Hash;

/// Values to dense ids, in first-seen order.
#[derive(Clone, Debug)]
pub struct Interner<T: Hash + Eq + Clone> {
    map: FxHashMap<T, u32>,
    values: Vec<T>,
}

impl<T: Hash + Eq + Clone> Default for Interner<T> {
    fn default() -> Self {
        Interner {
            map: FxHashMap::default(),
            values: Vec::new(),
        }
    }
}

impl<T: Hash + Eq + Clone> Interner<T> {
    pub fn intern(&mut self, v: &T) -> u32 {
        if let Some(&i) = self.map.get(v) {
            return i;
        }
        let i = self.values.len() as u32;
        self.map.insert(v.clone(), i);
        self.values.push(v.clone());
        i
    }

    /// The id of `v`, if it was interned.
    pub fn id_of(&self, v: &T) -> Option<u32> {
        self.map.get(v).copied()
    }

    pub fn get(&self, i: u32) -> &T {
        &self.values[i as usize]
    }

    /// Every value, in id order.
    pub fn values(&self) -> &[T] {
        &self.values
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }
}

/// A list of lists stored flat: row `i` is `items[offsets[i]..offsets[i + 1]]`.
#[derive(Clone, Debug)]
pub struct Csr<T> {
    offsets: Vec<u64>,
    items: Vec<T>,
}

impl<T> Default for Csr<T> {
    fn default() -> Self {
        Csr {
            offsets: vec![0],
            items: Vec::new(),
        }
    }
}

impl<T: Copy> Csr<T> {
    pub fn push_row(&mut self, row: impl IntoIterator<Item = T>) {
        self.items.extend(row);
        self.offsets.push(self.items.len() as u64);
    }

    pub fn row(&self, i: usize) -> &[T] {
        &self.items[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    /// Where row `i` lies in [`Csr::items`].
    pub fn span(&self, i: usize) -> (usize, usize) {
        (self.offsets[i] as usize, self.offsets[i + 1] as usize)
    }

    /// Every row's items, one after the other.
    pub fn items(&self) -> &[T] {
        &self.items
    }
}

/// A count-min sketch of document frequencies (two rows of 2²² counters): bounded memory
/// whatever the vocabulary; estimates never undercount. See: Cormode & Muthukrishnan, "An
/// improved data stream summary: the count-min sketch and its applications" (2005).
#[derive(Clone, Debug)]
pub struct CountMin {
    rows: [Vec<u32>; 2],
}

const CM_BITS: u32 = 22;

impl Default for CountMin {
    fn default() -> Self {
        CountMin {
            rows: [vec![0; 1 << CM_BITS], vec![0; 1 << CM_BITS]],
        }
    }
}

impl CountMin {
    fn slots(x: u32) -> [usize; 2] {
        let h = crate::hash::mix64(x as u64 | (1 << 40));
        let mask = (1u64 << CM_BITS) - 1;
        [(h & mask) as usize, ((h >> 32) & mask) as usize]
    }

    /// One value at a time (the reference `add_all` is tested against).
    #[cfg(test)]
    pub fn add(&mut self, x: u32) {
        let [a, b] = Self::slots(x);
        self.rows[0][a] = self.rows[0][a].saturating_add(1);
        self.rows[1][b] = self.rows[1][b].saturating_add(1);
    }

    /// Adds every value of `xs` once; the two rows are updated on two threads (the table is
    /// far bigger than the caches, so each add is two cache misses: this halves the wall time
    /// of the document-frequency pass). Same counts as calling [`CountMin::add`] for each.
    pub fn add_all(&mut self, xs: &[u32]) {
        let [r0, r1] = &mut self.rows;
        rayon::join(
            || {
                for &x in xs {
                    let a = Self::slots(x)[0];
                    r0[a] = r0[a].saturating_add(1);
                }
            },
            || {
                for &x in xs {
                    let b = Self::slots(x)[1];
                    r1[b] = r1[b].saturating_add(1);
                }
            },
        );
    }

    /// The counters as bytes: each row as LEB128 varints, a zero run written as a 0 followed
    /// by the run length (a document-frequency table is mostly zeros and small counts, so a
    /// million posts' sketch takes a few megabytes, not 32).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for row in &self.rows {
            let mut i = 0;
            while i < row.len() {
                if row[i] == 0 {
                    let mut j = i;
                    while j < row.len() && row[j] == 0 {
                        j += 1;
                    }
                    out.push(0);
                    put_varint(&mut out, (j - i) as u64);
                    i = j;
                } else {
                    put_varint(&mut out, row[i] as u64);
                    i += 1;
                }
            }
        }
        out
    }

    /// The inverse of [`CountMin::to_bytes`]; `None` for bytes it did not write.
    #[cfg(test)]
    pub fn from_bytes(mut bytes: &[u8]) -> Option<CountMin> {
        let c = CountMin::read(&mut bytes)?;
        bytes.is_empty().then_some(c)
    }

    /// Reads a sketch written by [`CountMin::to_bytes`] from the front of `bytes`, leaving
    /// what follows it.
    pub fn read(bytes: &mut &[u8]) -> Option<CountMin> {
        let mut rows: [Vec<u32>; 2] = [Vec::new(), Vec::new()];
        let size = 1usize << CM_BITS;
        for row in &mut rows {
            row.reserve(size);
            while row.len() < size {
                let v = get_varint(bytes)?;
                if v == 0 {
                    let run = get_varint(bytes)? as usize;
                    if run == 0 || row.len() + run > size {
                        return None;
                    }
                    row.resize(row.len() + run, 0);
                } else {
                    row.push(u32::try_from(v).ok()?);
                }
            }
        }
        Some(CountMin { rows })
    }

    pub fn estimate(&self, x: u32) -> u32 {
        let [a, b] = Self::slots(x);
        self.rows[0][a].min(self.rows[1][b])
    }
}

pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub(crate) fn get_varint(bytes: &mut &[u8]) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let (&b, rest) = bytes.split_first()?;
        *bytes = rest;
        v |= ((b & 0x7f) as u64) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_all_counts_like_add() {
        let xs: Vec<u32> = (0..5000u32)
            .map(|i| i.wrapping_mul(2_654_435_761) % 700)
            .collect();
        let mut one = CountMin::default();
        for &x in &xs {
            one.add(x);
        }
        let mut all = CountMin::default();
        all.add_all(&xs[..1234]);
        all.add_all(&xs[1234..]);
        for x in 0..800 {
            assert_eq!(one.estimate(x), all.estimate(x), "{x}");
        }
        assert!(all.estimate(3) >= 1);
    }

    #[test]
    fn count_min_bytes_round_trip() {
        let mut cm = CountMin::default();
        for i in 0..3000u32 {
            for _ in 0..(i % 5) {
                cm.add(i.wrapping_mul(7919));
            }
        }
        cm.add(u32::MAX);
        let bytes = cm.to_bytes();
        let back = CountMin::from_bytes(&bytes).unwrap();
        assert_eq!(back.rows, cm.rows);
        assert!(CountMin::from_bytes(&bytes[..bytes.len() - 1]).is_none());
        let mut longer = bytes.clone();
        longer.push(1);
        assert!(CountMin::from_bytes(&longer).is_none());
        assert!(CountMin::from_bytes(&[]).is_none());
    }

    #[test]
    fn csr_rows() {
        let mut c: Csr<u32> = Csr::default();
        c.push_row([1, 2]);
        c.push_row([]);
        c.push_row([3]);
        assert_eq!(c.row(0), &[1, 2]);
        assert!(c.row(1).is_empty());
        assert_eq!(c.row(2), &[3]);
    }

    #[test]
    fn count_min_never_undercounts() {
        let mut cm = CountMin::default();
        for i in 0..1000u32 {
            for _ in 0..(i % 7) {
                cm.add(i);
            }
        }
        for i in 0..1000u32 {
            assert!(cm.estimate(i) >= i % 7);
        }
    }

    #[test]
    fn interner_is_dense() {
        let mut it: Interner<String> = Interner::default();
        assert_eq!(it.intern(&"a".to_string()), 0);
        assert_eq!(it.intern(&"b".to_string()), 1);
        assert_eq!(it.intern(&"a".to_string()), 0);
        assert_eq!(it.get(1), "b");
        assert_eq!(it.len(), 2);
    }
}
