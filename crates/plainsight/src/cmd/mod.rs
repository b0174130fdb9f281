//! One module per subcommand. Each has `Args` (clap) and `run(Args) -> anyhow::Result<ExitCode>`.
//!
//! Shared by the subcommands that read posts: [`InputArgs`] (inputs, `--strict`, format and
//! limits), [`OutputArgs`] (`-o FILE`), [`RunArgs`] (`--threads`, `--quiet`), the bad-record
//! reporter [`Reporter`] and the end-of-run summary and exit status ([`finish_summary`], the
//! engine's [`RunSummary`] printed).

pub mod eval;
pub mod export;
pub mod extract;
pub mod hash;
pub mod ingest;
pub mod link;
pub mod matching;
pub mod scan;
pub mod search;
pub mod services;
pub mod synth;
pub mod workspace;

use plainsight_engine::{EngineError, Parallelism, RunSummary};
use plainsight_ingest::{Format, IngestError, IngestOptions, Input, PostReader};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// An error the user can fix (bad arguments, unreadable configuration, a bad record under
/// `--strict`): exit status 2. Every other error is a runtime failure: exit status 1.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for UsageError {}

/// Validates `--default-region` with the one region rule ([`plainsight_core::Region::parse`]: a
/// region libphonenumber has metadata for, in either case). Anything else
/// (`XX`, `ZZ`, `UK` for `GB`, `USA`) is a usage error (exit 2): accepting it would read no
/// national number at all, silently. Shared by every subcommand that reads phone numbers.
pub fn default_region(code: Option<&str>) -> anyhow::Result<Option<plainsight_core::Region>> {
    let Some(c) = code else {
        return Ok(None);
    };
    match plainsight_core::Region::parse(c) {
        Ok(region) => Ok(Some(region)),
        Err(e) => {
            let hint = if e == plainsight_core::RegionError::UkIsGb {
                " (the United Kingdom is GB)"
            } else {
                ""
            };
            Err(UsageError(format!(
                "--default-region must be a region with phone numbering such as US or GB, got {:?}{hint}",
                c.chars().take(8).collect::<String>()
            ))
            .into())
        }
    }
}

/// Where national numbers are read when a post does not say so itself: the options every
/// subcommand that reads phone numbers shares.
#[derive(clap::Args, Default)]
pub struct RegionArgs {
    /// Region (ISO 3166-1 alpha-2, e.g. US) for numbers without a country code when a post has
    /// neither `region` nor a resolvable `location`.
    #[arg(long, value_name = "CC")]
    pub default_region: Option<String>,
    /// The countries the posts come from, where you know them (comma-separated, e.g.
    /// EG,MA,KE): a national number nothing in its post places is read where it is valid in
    /// exactly one of them, and reported ambiguous between them otherwise. Without it, 43
    /// countries ads are often from.
    #[arg(long, value_name = "CC,...", value_delimiter = ',')]
    pub regions: Vec<String>,
}

impl RegionArgs {
    /// The extraction settings these options give; a code that is no numbering region is a
    /// usage error (exit 2).
    pub fn extract_config(&self) -> anyhow::Result<plainsight_extract::ExtractConfig> {
        let mut regions: Vec<plainsight_core::Region> = Vec::new();
        for code in &self.regions {
            let code = code.trim();
            if code.is_empty() {
                continue;
            }
            let r = plainsight_core::Region::parse(code).map_err(|_| {
                UsageError(format!(
                    "--regions must list regions with phone numbering such as EG,MA,KE, got {:?}",
                    code.chars().take(8).collect::<String>()
                ))
            })?;
            if !regions.contains(&r) {
                regions.push(r);
            }
        }
        if !self.regions.is_empty() && regions.is_empty() {
            return Err(UsageError("--regions lists no region".into()).into());
        }
        Ok(plainsight_extract::ExtractConfig {
            default_region: default_region(self.default_region.as_deref())?,
            regions,
        })
    }
}

/// Maps a command's result to the process exit status, printing the error chain on stderr.
///
/// A broken pipe on the output (the reader went away, as `plainsight extract | head -1` does)
/// ends the run quietly with exit 0, as `head` asked for no more: no error message, no summary.
pub fn finish(result: anyhow::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("plainsight: error: {e:#}");
            if e.downcast_ref::<UsageError>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// Whether an error was caused by writing to a pipe whose reader has gone.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Input format names for `--format`.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum FormatArg {
    Jsonl,
    Csv,
}

/// Where posts come from and how strictly they are read (`CONTRACT.md`, "Posts").
#[derive(clap::Args, Debug)]
pub struct InputArgs {
    /// Input files (JSONL or CSV, optionally .gz/.zst); `-` or nothing reads stdin.
    pub inputs: Vec<PathBuf>,
    /// Make the first bad record fatal (exit status 2).
    #[arg(long)]
    pub strict: bool,
    /// Read every input as this format instead of deciding by extension and content.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Skip lines (CSV records) longer than this many bytes.
    #[arg(long, default_value_t = plainsight_ingest::DEFAULT_MAX_LINE_BYTES, value_name = "BYTES")]
    pub max_line_bytes: usize,
    /// Reject records with a field larger than this many bytes.
    #[arg(long, default_value_t = plainsight_ingest::DEFAULT_MAX_FIELD_BYTES, value_name = "BYTES")]
    pub max_field_bytes: usize,
    /// Do not check ids for uniqueness (saves ~20 bytes of memory per post on huge archives).
    #[arg(long)]
    pub no_duplicate_check: bool,
}

impl InputArgs {
    pub fn inputs(&self) -> Vec<Input> {
        self.inputs.iter().cloned().map(Input::from_arg).collect()
    }

    pub fn ingest_options(&self) -> IngestOptions {
        IngestOptions {
            strict: self.strict,
            max_line_bytes: self.max_line_bytes.max(1),
            max_field_bytes: self.max_field_bytes,
            format: self.format.map(|f| match f {
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Csv => Format::Csv,
            }),
            check_duplicates: !self.no_duplicate_check,
        }
    }

    /// A reader over the inputs.
    pub fn reader(&self) -> PostReader {
        PostReader::new(self.inputs(), self.ingest_options())
    }
}

/// Where JSONL output goes.
#[derive(clap::Args, Debug)]
pub struct OutputArgs {
    /// Write output to FILE instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl OutputArgs {
    /// A buffered writer on the file or on stdout.
    ///
    /// A file that cannot be created is a runtime failure (exit 1), as the contract's "Exit
    /// status" has it: the arguments were well formed, the machine refused. A closed stdout
    /// (`>&-`) is one too: the output would go nowhere while the summary claimed posts were
    /// written.
    pub fn open(&self) -> anyhow::Result<Box<dyn Write + Send>> {
        const BUF: usize = 256 * 1024;
        Ok(match &self.output {
            Some(path) => {
                let file = std::fs::File::create(path)
                    .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))?;
                Box::new(std::io::BufWriter::with_capacity(BUF, file))
            }
            None => Box::new(std::io::BufWriter::with_capacity(BUF, stdout()?)),
        })
    }

    /// Refuses (usage error, exit 2) an output file that is one of the inputs: creating it
    /// would empty the input before a record was read. Compared as files (device and inode on
    /// Unix, canonical paths elsewhere), so another spelling, a symlink or a hard link of the
    /// input is caught too, and so is an input redirected on stdin (`< in.jsonl -o in.jsonl`).
    pub fn check_not_input(&self, input: &InputArgs) -> anyhow::Result<()> {
        let Some(output) = &self.output else {
            return Ok(());
        };
        // A file that does not exist yet is no input; a device (`-o /dev/null`) or FIFO loses
        // nothing when it is opened for writing.
        let Ok(out_meta) = std::fs::metadata(output) else {
            return Ok(());
        };
        if !out_meta.is_file() {
            return Ok(());
        }
        let reads_stdin =
            input.inputs.is_empty() || input.inputs.iter().any(|p| p.as_os_str() == "-");
        let stdin = std::path::Path::new("/dev/stdin");
        let candidates = input
            .inputs
            .iter()
            .map(PathBuf::as_path)
            .filter(|p| p.as_os_str() != "-")
            .chain(reads_stdin.then_some(stdin));
        for candidate in candidates {
            if same_file(output, &out_meta, candidate) {
                let shown = if candidate == stdin {
                    "standard input".to_string()
                } else {
                    candidate.display().to_string()
                };
                return Err(UsageError(format!(
                    "-o {} is the input {shown}: writing it would destroy the input; name another file",
                    output.display()
                ))
                .into());
            }
        }
        Ok(())
    }
}

/// Refuses (usage error, exit 2) a configuration file that is not a regular file: a device
/// (`/dev/zero`), a FIFO or a directory is never read, since reading one whole may not end.
pub fn require_regular_files(option: &str, paths: &[PathBuf]) -> anyhow::Result<()> {
    for path in paths {
        let meta = std::fs::metadata(path)
            .map_err(|e| UsageError(format!("{option} {}: cannot read: {e}", path.display())))?;
        if !meta.is_file() {
            return Err(
                UsageError(format!("{option} {}: not a regular file", path.display())).into(),
            );
        }
    }
    Ok(())
}

/// Whether `b` names the same file as `a` (whose metadata is `a_meta`).
fn same_file(a: &std::path::Path, a_meta: &std::fs::Metadata, b: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = a;
        std::fs::metadata(b).is_ok_and(|m| m.dev() == a_meta.dev() && m.ino() == a_meta.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = a_meta;
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

/// Standard output, for every command that writes results there: a closed stdout (`>&-`) is a
/// runtime failure (exit 1), never results written into nothing with exit 0.
pub fn stdout() -> anyhow::Result<std::io::Stdout> {
    if stdout_was_closed() {
        anyhow::bail!("standard output is closed; redirect it or name a file with -o FILE");
    }
    Ok(std::io::stdout())
}

/// Whether stdout was closed when the process started (`plainsight extract >&-`).
///
/// Rust's runtime reopens a closed standard descriptor on `/dev/null`, read-write, before
/// `main`, so writes then "succeed" into nothing. A shell's `> /dev/null` (and
/// `Stdio::null()`) opens it write-only, so a read-write `/dev/null` on descriptor 1 is the
/// runtime's stand-in for a closed stdout. Linux only (it reads `/proc/self/fdinfo/1`);
/// elsewhere nothing is detected.
fn stdout_was_closed() -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let (Ok(fd1), Ok(null)) = (
            std::fs::metadata("/proc/self/fd/1"),
            std::fs::metadata("/dev/null"),
        ) else {
            return false;
        };
        if fd1.dev() != null.dev() || fd1.ino() != null.ino() {
            return false;
        }
        let Ok(info) = std::fs::read_to_string("/proc/self/fdinfo/1") else {
            return false;
        };
        info.lines()
            .find_map(|l| l.strip_prefix("flags:"))
            .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
            .is_some_and(|flags| flags & 0o3 == 0o2) // O_ACCMODE == O_RDWR
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

/// How a run uses the machine and how much it says.
#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Do not print each bad record, and print the summary only when something went wrong.
    #[arg(short, long)]
    pub quiet: bool,
}

impl RunArgs {
    /// The run's [`Parallelism`]. `--threads 0` is a usage error; more threads than the
    /// machine has cores are capped at the core count with a note on stderr (each thread
    /// costs a stack and a batch share, and `--threads 100000` would never finish starting).
    pub fn parallelism(&self) -> anyhow::Result<Parallelism> {
        Ok(Parallelism {
            threads: bounded_threads(self.threads)?,
            ..Parallelism::default()
        })
    }
}

/// `--threads` bounded by the machine: `None` is 0 (the engine's "one per core"), `Some(0)` a
/// usage error, and a value above [`plainsight_engine::max_threads`] is capped with a note on
/// stderr.
pub fn bounded_threads(requested: Option<usize>) -> anyhow::Result<usize> {
    let cores = plainsight_engine::max_threads();
    match requested {
        None => Ok(0),
        Some(0) => Err(UsageError("--threads must be at least 1".into()).into()),
        Some(n) if n > cores => {
            eprintln!(
                "plainsight: --threads {n} is more than this machine's {cores} cores; using {cores}"
            );
            Ok(cores)
        }
        Some(n) => Ok(n),
    }
}

/// Prints problems on stderr as the reader meets them: `FILE:LINE: bad record: REASON` (never
/// the record's text), and `plainsight: FILE: cannot read: ERROR`.
pub struct Reporter {
    quiet: bool,
    unreadable: AtomicU64,
}

impl Reporter {
    pub fn new(quiet: bool) -> Self {
        Reporter {
            quiet,
            unreadable: AtomicU64::new(0),
        }
    }

    pub fn report(&self, problem: &IngestError) {
        match problem {
            IngestError::Unreadable { .. } => {
                self.unreadable.fetch_add(1, Ordering::Relaxed);
                eprintln!("plainsight: {problem}");
            }
            IngestError::BadRecord(_) => {
                if !self.quiet {
                    eprintln!("{problem}");
                }
            }
        }
    }
}

/// The end of a run that read posts: the run summary on stderr, and the exit status, both as
/// the engine's [`RunSummary`] words and rules them for every command (one wording, one exit
/// rule: 0 when every input was read and no stage failed; 1 when an input could not be read
/// or a post was failed on; a `--strict` stop is exit 2, see [`strict_error`]).
pub fn finish_summary(
    command: &str,
    summary: &RunSummary,
    elapsed: Duration,
    quiet: bool,
) -> ExitCode {
    for line in summary.lines(command, elapsed, quiet) {
        eprintln!("{line}");
    }
    ExitCode::from(summary.exit_code())
}

/// Names each post a stage failed on (file and line) and counts them: `ingest`'s own summary
/// (the post commands share [`finish_summary`]; the store's summary has other counts).
pub fn report_failed(command: &str, failed: u64, sources: &[plainsight_core::SourceRef]) -> bool {
    for s in sources {
        eprintln!(
            "{}:{}: internal error: {command} failed on this post (a bug, please report it); post skipped",
            s.file, s.line
        );
    }
    if failed > 0 {
        eprintln!(
            "plainsight {command}: {} skipped after internal errors",
            plainsight_engine::summary::plural(failed, "post", "posts")
        );
    }
    failed > 0
}

/// Maps an engine error: a strict stop is a usage error (exit 2), the rest runtime (exit 1).
pub fn strict_error(e: EngineError) -> anyhow::Error {
    match e {
        EngineError::Strict(b) => UsageError(format!("--strict: stopped at {b}")).into(),
        other => other.into(),
    }
}
