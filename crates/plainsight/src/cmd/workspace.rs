//! The workspace commands (`CONTRACT.md`, "The workspace server"): `users add`, `users token`,
//! `serve` and `audit verify`. The work is in `plainsight-server` and `plainsight-store`.

use super::UsageError;
use plainsight_store::{AuditVerdict, Role, Store};
use std::io::{IsTerminal, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct UsersArgs {
    #[command(subcommand)]
    pub command: UsersCommand,
}

#[derive(clap::Subcommand)]
pub enum UsersCommand {
    /// Add a person, or change one's role and password. The password is read from stdin when
    /// stdin is not a terminal; on a terminal a random one is made and printed once.
    Add {
        name: String,
        /// viewer (masked data), analyst (also reveals, labels, notes), admin (also manages people).
        #[arg(long, value_name = "ROLE")]
        role: String,
        #[arg(long, value_name = "CASE.db")]
        db: PathBuf,
    },
    /// Make an API token for a person (printed once; only its hash is kept).
    Token {
        name: String,
        #[arg(long, value_name = "CASE.db")]
        db: PathBuf,
    },
    /// List people and their roles.
    List {
        #[arg(long, value_name = "CASE.db")]
        db: PathBuf,
    },
}

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The case store.
    #[arg(long, value_name = "CASE.db")]
    pub db: PathBuf,
    /// Address and port to listen on (a non-loopback address exposes the workspace: put TLS
    /// in front of it, see docs/workspace.md).
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Mark cookies `Secure` (when TLS terminates in front of the server; implied by
    /// --tls-cert).
    #[arg(long)]
    pub secure_cookies: bool,
    /// Serve HTTPS with this PEM certificate chain (leaf first); needs --tls-key.
    #[arg(long, value_name = "PEM", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The certificate's PEM private key (PKCS#8, PKCS#1 or SEC1); needs --tls-cert.
    #[arg(long, value_name = "PEM", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Requests served at once; past this the server answers 503.
    #[arg(long, value_name = "N", default_value_t = 256)]
    pub max_in_flight: usize,
}

#[derive(clap::Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
}

#[derive(clap::Subcommand)]
pub enum AuditCommand {
    /// Check the audit log's hash chain: exit 0 when intact, 1 naming the first bad entry.
    Verify {
        #[arg(long, value_name = "CASE.db")]
        db: PathBuf,
    },
}

fn now() -> i64 {
    (plainsight_server::system_clock())()
}

fn existing(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        return Err(UsageError(format!("{}: no such case store", db.display())).into());
    }
    Store::open(db).map_err(|e| anyhow::anyhow!("{}: {e}", db.display()))
}

fn server_error(e: plainsight_server::ServerError) -> anyhow::Error {
    match e {
        plainsight_server::ServerError::BadRequest(m)
        | plainsight_server::ServerError::NotFound(m) => UsageError(m).into(),
        other => anyhow::anyhow!("{other}"),
    }
}

/// Who ran a command, for the audit log: the OS user, marked as the command line.
fn operator() -> String {
    let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
    format!("cli:{}", user.chars().take(64).collect::<String>())
}

pub fn users(args: UsersArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        UsersCommand::Add { name, role, db } => {
            let role = Role::parse(&role).ok_or_else(|| {
                UsageError(format!(
                    "--role must be viewer, analyst or admin, got {:?}",
                    role.chars().take(20).collect::<String>()
                ))
            })?;
            let stdin = std::io::stdin();
            let (password, made) = if stdin.is_terminal() {
                (plainsight_server::auth::new_token()[..24].to_string(), true)
            } else {
                let mut s = String::new();
                stdin
                    .lock()
                    .take(4096)
                    .read_to_string(&mut s)
                    .map_err(|e| UsageError(format!("cannot read the password from stdin: {e}")))?;
                (s.lines().next().unwrap_or("").to_string(), false)
            };
            let mut store =
                Store::open(&db).map_err(|e| anyhow::anyhow!("{}: {e}", db.display()))?;
            plainsight_server::add_user(&mut store, &name, role, &password, &operator(), now())
                .map_err(server_error)?;
            if made {
                println!("{password}");
                eprintln!(
                    "plainsight users: {name} ({role}) added; the password above is shown once"
                );
            } else {
                eprintln!("plainsight users: {name} ({role}) added");
            }
            Ok(ExitCode::SUCCESS)
        }
        UsersCommand::Token { name, db } => {
            let mut store = existing(&db)?;
            let token = plainsight_server::add_token(&mut store, &name, &operator(), now())
                .map_err(server_error)?;
            println!("{token}");
            eprintln!("plainsight users: API token for {name} made; it is shown once");
            Ok(ExitCode::SUCCESS)
        }
        UsersCommand::List { db } => {
            let store = existing(&db)?;
            for (name, role, _) in store.users()? {
                println!("{name}\t{role}");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let bind: SocketAddr = args.bind.parse().map_err(|_| {
        UsageError(format!(
            "--bind must be ADDR:PORT such as 127.0.0.1:8080, got {:?}",
            args.bind.chars().take(60).collect::<String>()
        ))
    })?;
    if args.max_in_flight == 0 {
        return Err(UsageError("--max-in-flight must be at least 1".into()).into());
    }
    let store = existing(&args.db)?;
    if store.users()?.is_empty() {
        eprintln!(
            "plainsight serve: no one can sign in yet; add someone with `plainsight users add NAME --role admin --db {}`",
            args.db.display()
        );
    }
    drop(store);
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => {
            Some(plainsight_server::tls::config(cert, key).map_err(server_error)?)
        }
        _ => None,
    };
    let config = plainsight_server::Config {
        secure_cookies: args.secure_cookies || tls.is_some(),
        max_in_flight: args.max_in_flight,
        ..plainsight_server::Config::default()
    };
    plainsight_server::serve_blocking(&args.db, bind, config, tls).map_err(server_error)?;
    Ok(ExitCode::SUCCESS)
}

pub fn audit(args: AuditArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        AuditCommand::Verify { db } => {
            let store = existing(&db)?;
            match store.verify_audit()? {
                AuditVerdict::Intact { entries, head } => {
                    let head: String = head.iter().map(|b| format!("{b:02x}")).collect();
                    println!("audit log intact: {entries} entries, head {head}");
                    Ok(ExitCode::SUCCESS)
                }
                AuditVerdict::Broken(b) => {
                    println!("audit log broken: {b}");
                    eprintln!("plainsight audit: {b}");
                    Ok(ExitCode::from(1))
                }
            }
        }
    }
}
