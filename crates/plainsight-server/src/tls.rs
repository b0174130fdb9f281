//! Built-in TLS (`plainsight serve --tls-cert PEM --tls-key PEM`): rustls with its `ring`
//! provider, TLS 1.2 and 1.3, HTTP/1.1 announced by ALPN.
//!
//! Handshakes run in their own tasks (at most [`MAX_HANDSHAKES`] at once, each given
//! [`HANDSHAKE_TIMEOUT`]), so a slow or silent client never holds up the accept loop; a failed
//! handshake (a plain-HTTP client, an untrusting browser) costs only its connection. Finished
//! connections are handed to axum through a [`Listener`], with the peer's address for the
//! sign-in throttle as over plain TCP.

use crate::{router, App, ServerError};
use axum::serve::{Listener, ListenerExt};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, Semaphore};
use tokio_rustls::rustls::{self, ServerConfig};
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;

/// Handshakes in progress at once; past this, new connections wait to be accepted.
pub const MAX_HANDSHAKES: usize = 512;
/// A client that has not finished its handshake by then is dropped.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// PEM files larger than this are refused (a certificate chain is a few kilobytes).
const MAX_PEM: u64 = 1 << 20;

fn read_pem(path: &Path, what: &str) -> Result<Vec<u8>, ServerError> {
    let bad = |e: String| ServerError::BadRequest(format!("{what} {}: {e}", path.display()));
    let meta = std::fs::metadata(path).map_err(|e| bad(e.to_string()))?;
    if !meta.is_file() || meta.len() > MAX_PEM {
        return Err(bad(format!(
            "not a PEM file of at most {} KiB",
            MAX_PEM >> 10
        )));
    }
    std::fs::read(path).map_err(|e| bad(e.to_string()))
}

/// The server's TLS settings from a PEM certificate chain (leaf first) and a PEM private key
/// (PKCS#8, PKCS#1 or SEC1).
pub fn config(cert: &Path, key: &Path) -> Result<Arc<ServerConfig>, ServerError> {
    let cert_pem = read_pem(cert, "--tls-cert")?;
    let key_pem = read_pem(key, "--tls-key")?;
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<_, _>>()
        .map_err(|e| ServerError::BadRequest(format!("--tls-cert {}: {e}", cert.display())))?;
    if chain.is_empty() {
        return Err(ServerError::BadRequest(format!(
            "--tls-cert {}: no certificate in the file",
            cert.display()
        )));
    }
    let key = PrivateKeyDer::from_pem_slice(&key_pem)
        .map_err(|e| ServerError::BadRequest(format!("--tls-key {}: {e}", key.display())))?;
    let mut config =
        ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .map_err(|e| ServerError::Internal(format!("TLS: {e}")))?
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .map_err(|e| {
                ServerError::BadRequest(format!(
                    "--tls-cert and --tls-key do not make a usable pair: {e}"
                ))
            })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Connections whose handshake has finished.
pub struct TlsListener {
    ready: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
    accepting: tokio::task::JoinHandle<()>,
}

impl TlsListener {
    /// Accepts on `listener` and runs each handshake in its own task.
    pub fn new(listener: TcpListener, config: Arc<ServerConfig>) -> std::io::Result<TlsListener> {
        let local = listener.local_addr()?;
        let (tx, ready) = mpsc::channel(64);
        let acceptor = TlsAcceptor::from(config);
        let slots = Arc::new(Semaphore::new(MAX_HANDSHAKES));
        let accepting = tokio::spawn(async move {
            loop {
                let Ok(slot) = slots.clone().acquire_owned().await else {
                    return;
                };
                let (tcp, peer) = match listener.accept().await {
                    Ok(c) => c,
                    Err(_) => {
                        // Out of descriptors and the like: wait, as axum's own loop does.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let (acceptor, tx) = (acceptor.clone(), tx.clone());
                tokio::spawn(async move {
                    let _slot = slot;
                    if let Ok(Ok(stream)) =
                        tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp)).await
                    {
                        let _ = tx.send((stream, peer)).await;
                    }
                });
            }
        });
        Ok(TlsListener {
            ready,
            local,
            accepting,
        })
    }
}

impl Drop for TlsListener {
    fn drop(&mut self) {
        self.accepting.abort();
    }
}

impl Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(c) => c,
            // The accept loop ended (its runtime is shutting down): nothing more comes.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}

/// Serves the workspace over TLS on `listener` until `shutdown` completes.
pub async fn serve_tls(
    listener: TcpListener,
    config: Arc<ServerConfig>,
    app: App,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // `tap_io` (doing nothing) gives the listener axum's connect-info for its address type,
    // so the sign-in throttle sees the peer's address as over plain TCP.
    let listener = TlsListener::new(listener, config)?.tap_io(|_| {});
    axum::serve(
        listener,
        router(app).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
