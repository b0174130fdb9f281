//! The orchestrating crate: it alone knows the order of the stages
//! (ingest → extract → indicators → link) and runs them in parallel while keeping input order.
//! One module per pipeline the binary exposes.
//!
//! Shared by the pipelines: [`Parallelism`] (threads and batch sizes), [`for_each_in_order`]
//! (split records off the input in batches on one thread; parse, validate and map each post on
//! the pool while the next batch is split; hand the values on in input order), [`map_in_order`]
//! (the same, writing each post's output line) and the crate's error, [`EngineError`].
//!
//! ```
//! use plainsight_engine::extract::{run, ExtractOptions};
//! use plainsight_ingest::PostReader;
//! let input = "{\"id\":\"P1\",\"body\":\"hello\"}\n";
//! let reader = PostReader::from_reader("in.jsonl", input.as_bytes(), Default::default());
//! let mut out = Vec::new();
//! let summary = run(reader, &ExtractOptions::default(), &mut out, &mut |_| {}).unwrap();
//! assert_eq!(summary.written, 1);
//! assert!(String::from_utf8(out).unwrap().starts_with("{\"id\":\"P1\",\"selectors\":["));
//! ```

mod attach;
pub mod eval;
pub mod export;
pub mod extract;
pub mod images;
pub mod ingest;
pub mod link;
pub mod scan;
pub mod search;
pub mod services;
pub mod summary;

pub use summary::{NoteKind, PostNote, RunSummary, Unit};

use plainsight_core::{Post, SourceRef};
use plainsight_ingest::{BadRecord, IngestError, PostReader, RawRecord, Verdict};
use rayon::prelude::*;
use std::io::Write;

/// The engine's error: what stops a pipeline before the end of its input.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// A bad record under strict options (exit status 2 at the command line).
    #[error("strict mode: {0}")]
    Strict(Box<BadRecord>),
    /// The output could not be written (disk full, closed pipe). The OS error is the source,
    /// so that `{:#}` names it once (and a broken pipe is found in the chain).
    #[error("cannot write output")]
    Write(#[source] std::io::Error),
    /// The case store refused (see `plainsight_store::StoreError`).
    #[error(transparent)]
    Store(#[from] plainsight_store::StoreError),
    /// The thread pool could not be built.
    #[error("cannot start {threads} worker threads: {message}")]
    ThreadPool { threads: usize, message: String },
}

/// The most worker threads a pipeline starts: one per core the machine offers (1 when that
/// cannot be told). More would only add stacks and contention; a request for more is capped.
pub fn max_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// How a pipeline spreads work: threads, and how many posts are in memory at once.
#[derive(Clone, Debug)]
pub struct Parallelism {
    /// Worker threads; 0 means one per core. More than [`max_threads`] are capped at it.
    pub threads: usize,
    /// A batch ends after this many posts…
    pub batch_posts: usize,
    /// …or after about this many bytes of post text, whichever comes first. Two batches (the
    /// one being processed and the one being read) are in memory at a time.
    pub batch_bytes: usize,
}

impl Default for Parallelism {
    fn default() -> Self {
        Parallelism {
            threads: 0,
            batch_posts: 4096,
            batch_bytes: 16 << 20,
        }
    }
}

/// The process's memory in small pages from here on: the binary calls this first thing.
///
/// With transparent huge pages every first touch of memory the allocator had not used yet, or
/// had handed back, made the kernel zero a 2 MiB page. On a virtual machine whose host takes
/// back the guest's free memory in such blocks (free page reporting), each of those pages is
/// faulted in again from the host: `link` of 20,000 linking4 posts took 2.33-2.40 s with huge
/// pages and 1.39-1.55 s without, run five seconds apart as a user runs it (1.6 s of system
/// time against 0.1 s), and used 180 MB against 140 MB; back-to-back runs, which reuse memory
/// before the host takes it, were about as fast either way (BENCHMARKS.md, "Start-up, small
/// pages from the start"). Linking at a million posts was already faster without them (44.3 s
/// against 47.2 s, 0.97 GB against 1.06 GB). Only a hint: a kernel that refuses it leaves the
/// defaults.
pub fn small_pages() {
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
}

/// A test hook: a post whose id starts with `panic!` makes the stage panic in this crate's
/// unit tests, so that the handling of a failed post is tested; nothing in other builds.
#[inline]
pub(crate) fn fail_point(post: &Post) {
    #[cfg(test)]
    if post.id.starts_with("panic!") {
        panic!("test hook");
    }
    #[cfg(not(test))]
    let _ = post;
}

/// Counts of a [`map_in_order`] run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Posts mapped and written.
    pub posts: u64,
    /// Posts whose `map` panicked (a bug in a stage): skipped, so that one post cannot end a
    /// run over millions. Their output line is missing; callers must say so and fail the run.
    pub failed: u64,
    /// Where the first [`MAX_FAILED_SOURCES`] failed posts came from.
    pub failed_sources: Vec<SourceRef>,
    /// Posts written that hit a cap ([`map_in_order`]), and the first of them named.
    pub capped: u64,
    pub capped_notes: Vec<PostNote>,
}

/// How many failed posts [`Written::failed_sources`] lists.
pub const MAX_FAILED_SOURCES: usize = 1000;

impl Written {
    /// The run's summary: what ingest read, what was written, and the failed posts.
    pub fn into_summary(self, ingest: plainsight_ingest::Summary) -> RunSummary {
        let mut run = RunSummary::new(ingest, self.posts);
        for source in self.failed_sources {
            run.fail(source, "post skipped, its output line is missing");
        }
        run.failed = self.failed;
        run.capped = self.capped;
        run.notes.extend(self.capped_notes);
        run
    }
}

/// A post a stage panicked on: its id and where it came from (never its text), so that a
/// pipeline can still account for it (`link` gives it a network of its own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FailedPost {
    pub id: String,
    pub source: SourceRef,
}

/// What a `map` of [`map_in_order`] may say about a post besides its output bytes: nothing
/// (`()`), or the caps it hit (`Some("…")`: the post is counted and named as capped).
pub trait MapNote {
    fn into_cap(self) -> Option<String>;
}

impl MapNote for () {
    fn into_cap(self) -> Option<String> {
        None
    }
}

impl MapNote for Option<String> {
    fn into_cap(self) -> Option<String> {
        self
    }
}

/// One batch read from the reader: records split from their input but not parsed (so that
/// parsing runs on the workers, not on the reading thread), and inputs that could not be read,
/// in input order.
type Batch = Vec<Result<RawRecord, IngestError>>;

/// Splits the next batch off the reader: cheap, sequential work only.
fn read_batch(reader: &mut PostReader, par: &Parallelism) -> Batch {
    // Sized up front: growing a batch by doubling reallocates (and copies) it a dozen times.
    let mut batch = Vec::with_capacity(par.batch_posts.clamp(1, 1 << 16));
    let mut bytes = 0;
    while batch.len() < par.batch_posts.max(1) && bytes < par.batch_bytes {
        match reader.next_raw() {
            None => break,
            Some(item) => {
                // Parsed posts take about twice their JSON text, plus fixed costs.
                bytes += item.as_ref().map_or(0, |r| 2 * r.len()) + 256;
                batch.push(item);
            }
        }
    }
    batch
}

/// What a worker made of one record.
enum Mapped<T> {
    /// An input that could not be read.
    Unreadable(IngestError),
    /// A record: its in-order verdict, and the mapped value when the post parsed and `map`
    /// did not panic (`Err` carries the post's id and source when it did).
    Record(Verdict, Option<Result<T, FailedPost>>),
}

/// The engine's driver: reads every post, maps each with `map` on the current rayon pool, and
/// hands the values to `sink` in input order. The reader thread only splits records; parsing,
/// validation and `map` run on the workers, and reading the next batch overlaps them. The
/// checks that need the whole run (repeated ids, strict stop) happen in input order, before
/// `sink` sees a value, so the values and the problems do not depend on thread count or
/// batch sizes.
///
/// Problems go to `on_problem` in input order; when `strict`, the first bad record stops the
/// run after the posts before it reached `sink`.
pub fn for_each_in_order<T, F, S>(
    reader: &mut PostReader,
    par: &Parallelism,
    strict: bool,
    map: F,
    sink: &mut S,
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
) -> Result<Written, EngineError>
where
    T: Send,
    F: Fn(&Post) -> T + Sync,
    S: FnMut(T) -> Result<(), EngineError> + Send,
{
    for_each_in_order_with(reader, par, strict, map, sink, &mut |_| Ok(()), on_problem)
}

/// [`for_each_in_order`], handing each post `map` panicked on to `on_failed` (in input order,
/// where its value would have gone), so that a pipeline can still account for it. Failed posts
/// are counted in [`Written`] either way.
pub fn for_each_in_order_with<T, F, S>(
    reader: &mut PostReader,
    par: &Parallelism,
    strict: bool,
    map: F,
    sink: &mut S,
    on_failed: &mut (dyn FnMut(FailedPost) -> Result<(), EngineError> + Send),
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
) -> Result<Written, EngineError>
where
    T: Send,
    F: Fn(&Post) -> T + Sync,
    S: FnMut(T) -> Result<(), EngineError> + Send,
{
    let parser = reader.parser();
    let mut written = Written::default();
    let map_batch = |batch: Batch| -> Vec<Mapped<T>> {
        batch
            .into_par_iter()
            .with_min_len(16)
            .map(|item| match item {
                Err(e) => Mapped::Unreadable(e),
                Ok(raw) => {
                    let parsed = parser.parse(raw);
                    let value = parsed.post.map(|post| {
                        // A panic is a bug, but one post must not cost a 100 M-post run its
                        // output: the post is skipped and reported by its source.
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| map(&post)))
                            .map_err(|_| FailedPost {
                                id: post.id.clone(),
                                source: post.source.clone(),
                            })
                    });
                    Mapped::Record(parsed.verdict, value)
                }
            })
            .collect()
    };
    // Three batches in flight: while the pool maps one, this thread hands the previous one's
    // values on in input order (checks, `sink`) and then splits the next one off the input.
    let mut done: Vec<Mapped<T>> = Vec::new();
    let mut current = read_batch(reader, par);
    loop {
        if current.is_empty() && done.is_empty() {
            return Ok(written);
        }
        let batch = std::mem::take(&mut current);
        let more = !batch.is_empty();
        let (next, mapped) = rayon::join(
            || -> Result<Batch, EngineError> {
                finish(
                    std::mem::take(&mut done),
                    reader,
                    strict,
                    sink,
                    on_failed,
                    on_problem,
                    &mut written,
                )?;
                Ok(if more {
                    read_batch(reader, par)
                } else {
                    Batch::new()
                })
            },
            || map_batch(batch),
        );
        current = next?;
        done = mapped;
    }
}

/// Hands one mapped batch on in input order: whole-run checks, problems, `sink`.
fn finish<T, S>(
    mapped: Vec<Mapped<T>>,
    reader: &mut PostReader,
    strict: bool,
    sink: &mut S,
    on_failed: &mut (dyn FnMut(FailedPost) -> Result<(), EngineError> + Send),
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
    written: &mut Written,
) -> Result<(), EngineError>
where
    S: FnMut(T) -> Result<(), EngineError>,
{
    for m in mapped {
        match m {
            Mapped::Unreadable(e) => on_problem(&e),
            Mapped::Record(verdict, value) => match reader.accept(verdict) {
                Err(e) => {
                    on_problem(&e);
                    if strict {
                        if let IngestError::BadRecord(b) = e {
                            return Err(EngineError::Strict(b));
                        }
                    }
                }
                Ok(()) => match value {
                    Some(Ok(v)) => {
                        sink(v)?;
                        written.posts += 1;
                    }
                    Some(Err(failed)) => {
                        written.failed += 1;
                        if written.failed_sources.len() < MAX_FAILED_SOURCES {
                            written.failed_sources.push(failed.source.clone());
                        }
                        on_failed(failed)?;
                    }
                    // A good verdict always comes with its post.
                    None => {}
                },
            },
        }
    }
    Ok(())
}

/// Reads every post, maps each to its output bytes with `map` on a pool of `par.threads`
/// threads, and writes the outputs in input order. Reading the next batch overlaps mapping the
/// current one. The output does not depend on the thread count: each post's bytes come from
/// `map` alone and are written in input order.
///
/// Problems (bad records, unreadable inputs) go to `on_problem` as they are met; when `strict`,
/// the first bad record stops the run after the posts before it are written.
///
/// `map` may return the caps a post hit ([`MapNote`]); such posts are counted and named in
/// [`Written::capped`].
pub fn map_in_order<F, R>(
    reader: &mut PostReader,
    par: &Parallelism,
    strict: bool,
    map: F,
    out: &mut (dyn Write + Send),
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
) -> Result<Written, EngineError>
where
    F: Fn(&Post, &mut Vec<u8>) -> R + Sync,
    R: MapNote,
{
    let threads = par.threads.min(max_threads());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("plainsight-worker-{i}"))
        .build()
        .map_err(|e| EngineError::ThreadPool {
            threads,
            message: e.to_string(),
        })?;
    let mut capped = RunSummary::default();
    let mut sink = |(bytes, cap): (Vec<u8>, Option<(SourceRef, String)>)| {
        if let Some((source, detail)) = cap {
            capped.cap(source, detail);
        }
        out.write_all(&bytes).map_err(EngineError::Write)
    };
    let result = pool.install(|| {
        for_each_in_order(
            reader,
            par,
            strict,
            |post| {
                let mut buf = Vec::with_capacity(256);
                let cap = map(post, &mut buf).into_cap();
                (buf, cap.map(|c| (post.source.clone(), c)))
            },
            &mut sink,
            on_problem,
        )
    });
    out.flush().map_err(EngineError::Write)?;
    result.map(|mut w| {
        w.capped = capped.capped;
        w.capped_notes = capped.notes;
        w
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parsing runs on the workers, but the whole-run checks stay in input order: a repeated
    /// id is caught across batches, problems come in file:line order, and strict mode stops at
    /// the first bad record after the posts before it.
    fn run(strict: bool, batch_posts: usize) -> (Vec<String>, Vec<String>, bool) {
        let input = "{\"id\":\"a\",\"body\":\"x\"}\nnot json\n{\"id\":\"b\",\"body\":\"y\"}\n\
{\"id\":\"a\",\"body\":\"z\"}\n{\"id\":\"c\",\"body\":\"w\"}\n";
        let mut reader = PostReader::from_reader(
            "in.jsonl",
            input.as_bytes(),
            plainsight_ingest::IngestOptions {
                strict,
                ..Default::default()
            },
        );
        let par = Parallelism {
            threads: 2,
            batch_posts,
            ..Parallelism::default()
        };
        let mut ids = Vec::new();
        let mut problems = Vec::new();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let r = pool.install(|| {
            for_each_in_order(
                &mut reader,
                &par,
                strict,
                |p| p.id.clone(),
                &mut |id| {
                    ids.push(id);
                    Ok(())
                },
                &mut |e| problems.push(e.to_string()),
            )
        });
        (ids, problems, r.is_err())
    }

    #[test]
    fn checks_in_input_order_whatever_the_batch() {
        for batch in [1, 2, 3, 100] {
            let (ids, problems, failed) = run(false, batch);
            assert_eq!(ids, ["a", "b", "c"], "batch {batch}");
            assert_eq!(problems.len(), 2);
            assert!(problems[0].starts_with("in.jsonl:2: bad record: invalid JSON"));
            assert_eq!(problems[1], "in.jsonl:4: bad record: duplicate id");
            assert!(!failed);
            let (ids, problems, failed) = run(true, batch);
            assert_eq!(ids, ["a"], "batch {batch}");
            assert_eq!(problems.len(), 1);
            assert!(failed);
        }
    }
}
