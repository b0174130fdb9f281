//! The orchestrating crate: it alone knows the order of the stages
//! (ingest → extract → indicators → link) and runs them in parallel while keeping input order.
//! One module per pipeline the binary exposes.
//!
//! Shared by the pipelines: [`Parallelism`] (threads and batch sizes), [`map_in_order`] (read
//! posts in batches, map each post to its output line on a thread pool, write the lines in input
//! order while the next batch is read) and the crate's error, [`EngineError`].
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

pub mod extract;
pub mod link;
pub mod scan;

use plainsight_core::{Post, SourceRef};
use plainsight_ingest::{BadRecord, IngestError, PostReader};
use rayon::prelude::*;
use std::io::Write;

/// The engine's error: what stops a pipeline before the end of its input.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// A bad record under strict options (exit status 2 at the command line).
    #[error("strict mode: {0}")]
    Strict(Box<BadRecord>),
    /// The output could not be written (disk full, closed pipe).
    #[error("cannot write output: {0}")]
    Write(#[source] std::io::Error),
    /// The thread pool could not be built.
    #[error("cannot start {threads} worker threads: {message}")]
    ThreadPool { threads: usize, message: String },
}

/// How a pipeline spreads work: threads, and how many posts are in memory at once.
#[derive(Clone, Debug)]
pub struct Parallelism {
    /// Worker threads; 0 means one per core.
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
}

/// How many failed posts [`Written::failed_sources`] lists.
pub const MAX_FAILED_SOURCES: usize = 1000;

/// Approximate memory of a post, for batch sizing.
fn post_bytes(post: &Post) -> usize {
    post.title.as_ref().map_or(0, String::len)
        + post.body.as_ref().map_or(0, String::len)
        + post.id.len()
        + 256
}

/// One batch read from the reader: the posts, and the error that ended reading early (strict).
struct Batch {
    posts: Vec<Post>,
    stop: Option<EngineError>,
}

fn read_batch(
    reader: &mut PostReader,
    par: &Parallelism,
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
    strict: bool,
) -> Batch {
    let mut posts = Vec::new();
    let mut bytes = 0;
    while posts.len() < par.batch_posts.max(1) && bytes < par.batch_bytes {
        match reader.next() {
            None => break,
            Some(Ok(post)) => {
                bytes += post_bytes(&post);
                posts.push(post);
            }
            Some(Err(e)) => {
                on_problem(&e);
                if strict {
                    if let IngestError::BadRecord(b) = e {
                        return Batch {
                            posts,
                            stop: Some(EngineError::Strict(b)),
                        };
                    }
                }
            }
        }
    }
    Batch { posts, stop: None }
}

/// Reads every post, maps each to its output bytes with `map` on a pool of `par.threads`
/// threads, and writes the outputs in input order. Reading the next batch overlaps mapping the
/// current one. The output does not depend on the thread count: each post's bytes come from
/// `map` alone and are written in input order.
///
/// Problems (bad records, unreadable inputs) go to `on_problem` as they are met; when `strict`,
/// the first bad record stops the run after the posts before it are written.
pub fn map_in_order<F>(
    reader: &mut PostReader,
    par: &Parallelism,
    strict: bool,
    map: F,
    out: &mut (dyn Write + Send),
    on_problem: &mut (dyn FnMut(&IngestError) + Send),
) -> Result<Written, EngineError>
where
    F: Fn(&Post, &mut Vec<u8>) + Sync,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(par.threads)
        .thread_name(|i| format!("plainsight-worker-{i}"))
        .build()
        .map_err(|e| EngineError::ThreadPool {
            threads: par.threads,
            message: e.to_string(),
        })?;
    pool.install(|| {
        let mut written = Written::default();
        let mut batch = read_batch(reader, par, on_problem, strict);
        loop {
            let stop = batch.stop.take();
            if batch.posts.is_empty() {
                return match stop {
                    Some(e) => Err(e),
                    None => Ok(written),
                };
            }
            let current = std::mem::take(&mut batch.posts);
            let (next, lines) = rayon::join(
                || {
                    if stop.is_some() {
                        Batch {
                            posts: Vec::new(),
                            stop: None,
                        }
                    } else {
                        read_batch(reader, par, on_problem, strict)
                    }
                },
                || {
                    current
                        .par_iter()
                        .with_min_len(16)
                        .map(|post| {
                            let mut buf = Vec::with_capacity(256);
                            // A panic is a bug, but one post must not cost a 100 M-post run
                            // its output: the post is skipped and reported by its source.
                            let ran =
                                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                    map(post, &mut buf)
                                }));
                            match ran {
                                Ok(()) => Ok(buf),
                                Err(_) => Err(post.source.clone()),
                            }
                        })
                        .collect::<Vec<Result<Vec<u8>, SourceRef>>>()
                },
            );
            for line in &lines {
                match line {
                    Ok(bytes) => {
                        out.write_all(bytes).map_err(EngineError::Write)?;
                        written.posts += 1;
                    }
                    Err(source) => {
                        written.failed += 1;
                        if written.failed_sources.len() < MAX_FAILED_SOURCES {
                            written.failed_sources.push(source.clone());
                        }
                    }
                }
            }
            drop(lines);
            drop(current);
            if let Some(e) = stop {
                out.flush().map_err(EngineError::Write)?;
                return Err(e);
            }
            batch = next;
        }
    })
    .and_then(|w| {
        out.flush().map_err(EngineError::Write)?;
        Ok(w)
    })
}
