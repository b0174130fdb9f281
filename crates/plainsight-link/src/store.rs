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
///
/// While few counters are not zero (a corpus of a few thousand posts) only those are kept, by
/// slot; past [`SPARSE_MAX`] the rows are laid out whole. The counts, the estimates and the
/// bytes are the same either way: the layout is a matter of memory and time only. Laying out
/// 32 MB of counters for a few hundred posts cost more than linking them (the pass took
/// 0.29–0.45 s of the linker's 0.5 s at 20,000 posts, most of it the kernel's first touch of
/// the pages; BENCHMARKS.md).
#[derive(Clone, Debug)]
pub struct CountMin {
    rows: Rows,
}

#[derive(Clone, Debug)]
enum Rows {
    /// The counters that are not zero, by slot, in each row.
    Sparse([FxHashMap<u32, u32>; 2]),
    /// Every counter of each row.
    Dense([Vec<u32>; 2]),
}

const CM_BITS: u32 = 22;
const CM_SLOTS: usize = 1 << CM_BITS;

/// Counters a sparse row may hold (a few megabytes of map, against 16 MB laid out whole):
/// an `add_all` that could take a row past it lays the rows out first.
const SPARSE_MAX: usize = 1 << 19;

impl Default for CountMin {
    fn default() -> Self {
        CountMin {
            rows: Rows::Sparse([FxHashMap::default(), FxHashMap::default()]),
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
        match &mut self.rows {
            Rows::Sparse([m0, m1]) => {
                bump_sparse(m0, a);
                bump_sparse(m1, b);
            }
            Rows::Dense([r0, r1]) => {
                bump_dense(r0, a);
                bump_dense(r1, b);
            }
        }
    }

    /// Lays the rows out whole (once a sparse row could outgrow [`SPARSE_MAX`]).
    fn densify(&mut self) {
        if let Rows::Sparse(maps) = &self.rows {
            let rows = [0, 1].map(|r| {
                let mut row = written_zeros(CM_SLOTS);
                for (&slot, &c) in &maps[r] {
                    row[slot as usize] = c;
                }
                row
            });
            self.rows = Rows::Dense(rows);
        }
    }

    /// Adds every value of `xs` once; the two rows are updated on two threads (the table is
    /// far bigger than the caches, so each add is two cache misses: this halves the wall time
    /// of the document-frequency pass). Same counts as adding each value alone, whatever the
    /// batches.
    pub fn add_all(&mut self, xs: &[u32]) {
        // A sparse row grows by a part of `xs` at a time, and the rows are laid out whole
        // before a part could take one past `SPARSE_MAX`.
        if xs.len() > SPARSE_MAX / 4 && matches!(self.rows, Rows::Sparse(_)) {
            for part in xs.chunks(SPARSE_MAX / 4) {
                self.add_all(part);
            }
            return;
        }
        if let Rows::Sparse(maps) = &self.rows {
            if maps.iter().any(|m| m.len() + xs.len() > SPARSE_MAX) {
                self.densify();
            }
        }
        match &mut self.rows {
            Rows::Sparse([m0, m1]) => rayon::join(
                || xs.iter().for_each(|&x| bump_sparse(m0, Self::slots(x)[0])),
                || xs.iter().for_each(|&x| bump_sparse(m1, Self::slots(x)[1])),
            ),
            Rows::Dense([r0, r1]) => rayon::join(
                || xs.iter().for_each(|&x| bump_dense(r0, Self::slots(x)[0])),
                || xs.iter().for_each(|&x| bump_dense(r1, Self::slots(x)[1])),
            ),
        };
    }

    /// The counters as bytes: each row as LEB128 varints, a zero run written as a 0 followed
    /// by the run length (a document-frequency table is mostly zeros and small counts, so a
    /// million posts' sketch takes a few megabytes, not 32). A row laid out whole is read as
    /// it lies; a sparse one's slots are sorted first.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for r in 0..2 {
            match &self.rows {
                Rows::Sparse(maps) => {
                    let mut slots: Vec<(usize, u32)> =
                        maps[r].iter().map(|(&s, &c)| (s as usize, c)).collect();
                    slots.sort_unstable();
                    put_row(&mut out, slots);
                }
                Rows::Dense(rows) => put_row(
                    &mut out,
                    rows[r]
                        .iter()
                        .enumerate()
                        .filter(|&(_, &c)| c != 0)
                        .map(|(s, &c)| (s, c)),
                ),
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
        // Each counter that is not zero takes a byte at least: the lists are bounded by the
        // bytes read.
        let mut rows: [Vec<(u32, u32)>; 2] = [Vec::new(), Vec::new()];
        for row in &mut rows {
            let mut len = 0usize;
            while len < CM_SLOTS {
                let v = get_varint(bytes)?;
                if v == 0 {
                    let run = get_varint(bytes)? as usize;
                    if run == 0 || len + run > CM_SLOTS {
                        return None;
                    }
                    len += run;
                } else {
                    row.push((len as u32, u32::try_from(v).ok()?));
                    len += 1;
                }
            }
        }
        let mut cm = CountMin::default();
        if rows.iter().any(|r| r.len() > SPARSE_MAX) {
            cm.densify();
        }
        match &mut cm.rows {
            Rows::Sparse(maps) => {
                for (map, row) in maps.iter_mut().zip(rows) {
                    map.extend(row);
                }
            }
            Rows::Dense(dense) => {
                for (d, row) in dense.iter_mut().zip(rows) {
                    for (slot, c) in row {
                        d[slot as usize] = c;
                    }
                }
            }
        }
        Some(cm)
    }

    pub fn estimate(&self, x: u32) -> u32 {
        let [a, b] = Self::slots(x);
        match &self.rows {
            Rows::Sparse([m0, m1]) => {
                let a = m0.get(&(a as u32)).copied().unwrap_or(0);
                let b = m1.get(&(b as u32)).copied().unwrap_or(0);
                a.min(b)
            }
            Rows::Dense(rows) => rows[0][a].min(rows[1][b]),
        }
    }
}

/// One more at `slot` of a sparse row.
#[inline]
fn bump_sparse(row: &mut FxHashMap<u32, u32>, slot: usize) {
    let c = row.entry(slot as u32).or_insert(0);
    *c = c.saturating_add(1);
}

/// One more at `slot` of a row laid out whole.
#[inline]
fn bump_dense(row: &mut [u32], slot: usize) {
    row[slot] = row[slot].saturating_add(1);
}

/// One row of a sketch as [`CountMin::to_bytes`] writes it, from its counters that are not
/// zero in increasing order of slot.
fn put_row(out: &mut Vec<u8>, nonzero: impl IntoIterator<Item = (usize, u32)>) {
    let mut next = 0usize;
    for (slot, c) in nonzero {
        if slot > next {
            out.push(0);
            put_varint(out, (slot - next) as u64);
        }
        put_varint(out, c as u64);
        next = slot + 1;
    }
    if next < CM_SLOTS {
        out.push(0);
        put_varint(out, (CM_SLOTS - next) as u64);
    }
}

/// `n` zeros whose pages have been written once. A zeroed allocation this large comes
/// straight from the kernel untouched, and a sketch's first access to each page is the read
/// of an increment: the kernel maps its shared zero page, and the write after it faults again
/// to copy it, flushing the other cores' TLBs. Writing one counter per page first makes that
/// one fault (the linker's CPU in laying out the rows 0.66 → 0.25 s, BENCHMARKS.md).
fn written_zeros(n: usize) -> Vec<u32> {
    let mut row = vec![0u32; n];
    // 1,024 counters are one 4 KiB page; `black_box` keeps the compiler from dropping a
    // store of the zero the allocation already holds.
    for i in (0..n).step_by(1024) {
        row[i] = std::hint::black_box(0);
    }
    row
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
        assert_eq!(back.to_bytes(), bytes);
        for i in 0..3000u32 {
            let x = i.wrapping_mul(7919);
            assert_eq!(back.estimate(x), cm.estimate(x));
        }
        assert!(CountMin::from_bytes(&bytes[..bytes.len() - 1]).is_none());
        let mut longer = bytes.clone();
        longer.push(1);
        assert!(CountMin::from_bytes(&longer).is_none());
        assert!(CountMin::from_bytes(&[]).is_none());
    }

    /// The sparse layout and the whole one count, estimate and write alike, on either side of
    /// the switch between them and through the bytes.
    #[test]
    fn sparse_and_dense_rows_agree() {
        let xs: Vec<u32> = (0..(3 * SPARSE_MAX as u32))
            .map(|i| i.wrapping_mul(2_654_435_761) % 900_000)
            .collect();
        let mut sparse = CountMin::default();
        let mut dense = CountMin::default();
        dense.densify();
        for chunk in xs.chunks(SPARSE_MAX / 3 + 7) {
            sparse.add_all(chunk);
            dense.add_all(chunk);
            for &x in chunk.iter().step_by(97) {
                assert_eq!(sparse.estimate(x), dense.estimate(x));
            }
            assert_eq!(sparse.to_bytes(), dense.to_bytes());
        }
        // Past the switch the sketch is laid out whole; a small one stays sparse.
        assert!(matches!(sparse.rows, Rows::Dense(_)));
        let mut small = CountMin::default();
        small.add_all(&xs[..1000]);
        assert!(matches!(small.rows, Rows::Sparse(_)));
        // Read back: a big sketch whole, a small one sparse, the same bytes either way.
        let back = CountMin::from_bytes(&dense.to_bytes()).unwrap();
        assert!(matches!(back.rows, Rows::Dense(_)));
        assert_eq!(back.to_bytes(), dense.to_bytes());
        let back = CountMin::from_bytes(&small.to_bytes()).unwrap();
        assert!(matches!(back.rows, Rows::Sparse(_)));
        let mut small_dense = CountMin::default();
        small_dense.densify();
        small_dense.add_all(&xs[..1000]);
        assert_eq!(back.to_bytes(), small_dense.to_bytes());
        for &x in &xs[..2000] {
            assert_eq!(back.estimate(x), small_dense.estimate(x));
        }
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
