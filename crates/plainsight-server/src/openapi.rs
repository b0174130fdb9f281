//! `/api/openapi.json`: an OpenAPI 3 document written from the route table itself, so it lists
//! exactly the API routes the router serves (checked in a test).

use crate::{route_table, Access, Session};
use axum::Json;
use serde_json::{json, Map, Value};

pub fn spec() -> Value {
    let mut paths = Map::new();
    for r in route_table() {
        if !r.path.starts_with("/api/") {
            continue;
        }
        let params: Vec<Value> = r
            .path
            .split('/')
            .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(|name| json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}}))
            .collect();
        let mut op = json!({
            "summary": r.summary,
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {}}},
                "401": {"description": "No session or token"},
                "403": {"description": "Role too low, or CSRF token missing (cookie sessions)"},
                "503": {"description": "At capacity; retry"}
            }
        });
        if !params.is_empty() {
            op["parameters"] = Value::Array(params);
        }
        if r.access == Access::Public {
            op["security"] = json!([]);
        }
        let entry = paths
            .entry(r.path.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        entry[r.method.as_str().to_lowercase()] = op;
    }
    json!({
        "openapi": "3.0.3",
        "info": {"title": "plainsight workspace API", "version": env!("CARGO_PKG_VERSION")},
        "components": {"securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "session": {"type": "apiKey", "in": "cookie", "name": crate::SESSION_COOKIE}
        }},
        "security": [{"bearer": []}, {"session": []}],
        "paths": paths,
    })
}

pub async fn document(_s: Session) -> Json<Value> {
    Json(spec())
}
