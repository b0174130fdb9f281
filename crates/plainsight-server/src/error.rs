//! The server's one error type, mapped to an HTTP status, a stable snake_case code and a
//! message. A 500 says nothing about internals (the cause goes to stderr, never post text).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// No session (pages redirect to `/login`; the API answers 401).
    #[error("sign in first")]
    Unauthenticated { api: bool },
    /// Signed in, but the role does not allow it.
    #[error("your role does not allow this")]
    Forbidden,
    /// A state-changing request without the session's CSRF token.
    #[error("missing or wrong CSRF token; reload the page and try again")]
    Csrf,
    #[error("wrong name or password")]
    BadLogin,
    #[error("too many failed sign-ins; wait and try again")]
    Throttled,
    #[error("{0} not found")]
    NotFound(String),
    #[error("{0}")]
    BadRequest(String),
    #[error("internal error")]
    Internal(String),
}

impl ServerError {
    pub fn status(&self) -> StatusCode {
        match self {
            ServerError::Unauthenticated { .. } | ServerError::BadLogin => StatusCode::UNAUTHORIZED,
            ServerError::Forbidden | ServerError::Csrf => StatusCode::FORBIDDEN,
            ServerError::Throttled => StatusCode::TOO_MANY_REQUESTS,
            ServerError::NotFound(_) => StatusCode::NOT_FOUND,
            ServerError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ServerError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            ServerError::Unauthenticated { .. } => "unauthenticated",
            ServerError::Forbidden => "forbidden",
            ServerError::Csrf => "csrf",
            ServerError::BadLogin => "bad_login",
            ServerError::Throttled => "throttled",
            ServerError::NotFound(_) => "not_found",
            ServerError::BadRequest(_) => "bad_request",
            ServerError::Internal(_) => "internal",
        }
    }
}

impl From<plainsight_store::StoreError> for ServerError {
    fn from(e: plainsight_store::StoreError) -> Self {
        ServerError::Internal(e.to_string())
    }
}

impl From<plainsight_engine::EngineError> for ServerError {
    fn from(e: plainsight_engine::EngineError) -> Self {
        ServerError::Internal(e.to_string())
    }
}

/// Marks an error response so the page layer can dress it as a page.
#[derive(Clone, Debug)]
pub struct ErrorMark {
    pub message: String,
}

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        if let ServerError::Unauthenticated { api: false } = self {
            return (
                StatusCode::SEE_OTHER,
                [(header::LOCATION, HeaderValue::from_static("/login"))],
            )
                .into_response();
        }
        if let ServerError::Internal(cause) = &self {
            // The cause names tables and keys, never post text or selectors.
            eprintln!("plainsight serve: internal error: {cause}");
        }
        let message = self.to_string();
        let body = serde_json::json!({"error": {"code": self.code(), "message": message}});
        let mut resp = (self.status(), axum::Json(body)).into_response();
        if let ServerError::Unauthenticated { api: true } = self {
            resp.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        resp.extensions_mut().insert(ErrorMark { message });
        resp
    }
}
