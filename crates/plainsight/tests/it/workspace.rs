//! The workspace end to end: the real binary (`users add` with the password on stdin, `serve`,
//! `audit verify`) on a store ingested from a seeded synthetic corpus, driven by headless
//! Chromium through the DevTools protocol: sign in, the queue, a network, a reveal with a
//! reason, a label, a search, the service gaps along a route, an export, sign out. Screenshots are written to
//! `$CARGO_TARGET_TMPDIR/workspace-e2e/`. Then `audit verify` passes, and fails naming the entry
//! once the log is edited.
//!
//! Chromium is required: the test fails (never skips) when it is missing. It is found as
//! `$PLAINSIGHT_CHROMIUM`, or `chromium`, `chromium-browser` or `google-chrome` on the PATH.
//! The DevTools protocol runs over `--remote-debugging-pipe` (file descriptors 3 and 4, JSON
//! messages ended by NUL), so no WebSocket client is needed.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plainsight"))
}

fn chromium() -> PathBuf {
    if let Some(p) = std::env::var_os("PLAINSIGHT_CHROMIUM") {
        return p.into();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return p;
            }
        }
    }
    panic!(
        "headless Chromium is required for the workspace end-to-end test: install it \
         (apt-get install chromium) or set PLAINSIGHT_CHROMIUM"
    );
}

/// Kills a child process when dropped (the server, the browser), so a failed assertion
/// leaves nothing running.
struct Killed(Child);
impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A DevTools protocol client over Chromium's pipe.
struct Browser {
    _child: Killed,
    to: std::process::ChildStdin,
    from: mpsc::Receiver<serde_json::Value>,
    next: u64,
    session: Option<String>,
}

const WAIT: Duration = Duration::from_secs(30);

impl Browser {
    fn launch(profile: &Path) -> Browser {
        // The shell moves our pipes to descriptors 3 (commands in) and 4 (answers out).
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(r#"exec 3<&0 4>&1 </dev/null >/dev/null; exec "$0" "$@""#)
            .arg(chromium())
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--remote-debugging-pipe",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromium");
        let to = child.stdin.take().unwrap();
        let out = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(out);
            let mut buf = Vec::new();
            while r.read_until(0, &mut buf).map(|n| n > 0).unwrap_or(false) {
                if buf.last() == Some(&0) {
                    buf.pop();
                }
                if let Ok(v) = serde_json::from_slice(&buf) {
                    if tx.send(v).is_err() {
                        break;
                    }
                }
                buf.clear();
            }
        });
        Browser {
            _child: Killed(child),
            to,
            from: rx,
            next: 0,
            session: None,
        }
    }

    fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        match self.try_call(method, params) {
            Ok(v) => v,
            Err(e) => panic!("{method}: {e}"),
        }
    }

    /// One command; Chromium's own error comes back as `Err` (a page that is
    /// navigating answers "Inspected target navigated or closed").
    fn try_call(
        &mut self,
        method: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value, serde_json::Value> {
        self.next += 1;
        let id = self.next;
        let mut msg = serde_json::json!({"id": id, "method": method, "params": params});
        if let Some(s) = &self.session {
            msg["sessionId"] = serde_json::Value::String(s.clone());
        }
        let mut bytes = serde_json::to_vec(&msg).unwrap();
        bytes.push(0);
        self.to.write_all(&bytes).unwrap();
        self.to.flush().unwrap();
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let v = self
                .from
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("chromium did not answer {method}"));
            if v["id"] == id {
                if let Some(e) = v.get("error") {
                    return Err(e.clone());
                }
                return Ok(v["result"].clone());
            }
        }
    }

    /// Opens a tab and talks to it from now on.
    fn open_tab(&mut self) {
        let t = self.call(
            "Target.createTarget",
            serde_json::json!({"url": "about:blank"}),
        );
        let s = self.call(
            "Target.attachToTarget",
            serde_json::json!({"targetId": t["targetId"], "flatten": true}),
        );
        self.session = Some(s["sessionId"].as_str().unwrap().to_string());
        self.call("Page.enable", serde_json::json!({}));
        self.call(
            "Emulation.setDeviceMetricsOverride",
            serde_json::json!({"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": false}),
        );
    }

    /// Evaluates JavaScript in the page (promises awaited) and returns its value.
    fn eval(&mut self, js: &str) -> serde_json::Value {
        let r = self.call(
            "Runtime.evaluate",
            serde_json::json!({"expression": js, "awaitPromise": true, "returnByValue": true}),
        );
        assert!(r.get("exceptionDetails").is_none(), "{js}: {r}");
        r["result"]["value"].clone()
    }

    /// Waits until `js` is true in the page (the page may be loading in between).
    fn wait_for(&mut self, js: &str) {
        let deadline = Instant::now() + WAIT;
        let probe = format!("(() => {{ try {{ return document.readyState === 'complete' && !!({js}); }} catch (e) {{ return false; }} }})()");
        while Instant::now() < deadline {
            // A navigation under way makes the probe itself fail; that is "not yet".
            let r = self.try_call(
                "Runtime.evaluate",
                serde_json::json!({"expression": probe, "returnByValue": true}),
            );
            if matches!(r, Ok(r) if r["result"]["value"] == true) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let page = self.eval("location.href + '\\n' + document.body.innerText");
        panic!("waited in vain for {js}; the page: {page}");
    }

    /// Navigates and waits until a new document is loaded, so that a later `wait_for` never
    /// reads the page it came from (even when the new one has the same URL, or redirects to
    /// where the browser already was): the old document is marked first, the new one is not.
    fn goto(&mut self, url: &str) {
        let _ = self.try_call(
            "Runtime.evaluate",
            serde_json::json!({"expression": "window.__leaving = true", "returnByValue": true}),
        );
        self.call("Page.navigate", serde_json::json!({"url": url}));
        self.wait_for("!window.__leaving");
    }

    fn screenshot(&mut self, path: &Path) {
        let r = self.call(
            "Page.captureScreenshot",
            serde_json::json!({"format": "png"}),
        );
        let png = base64(r["data"].as_str().unwrap());
        assert!(png.starts_with(b"\x89PNG"), "not a PNG");
        std::fs::write(path, png).unwrap();
    }
}

/// Standard base64 (the screenshots' encoding).
fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => (c - b'A') as u32,
            b'a'..=b'z' => (c - b'a' + 26) as u32,
            b'0'..=b'9' => (c - b'0' + 52) as u32,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64"),
        }
    };
    let bytes: Vec<u8> = s.bytes().filter(|&c| c != b'=' && c != b'\n').collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= val(c) << (18 - 6 * i);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    out
}

/// Starts `plainsight serve` on a free port; returns the process and its base URL.
fn serve(db: &Path) -> (Killed, String) {
    let mut child = bin()
        .args(["serve", "--bind", "127.0.0.1:0", "--db"])
        .arg(db)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let server = Killed(child);
    let mut line = String::new();
    loop {
        line.clear();
        assert!(err.read_line(&mut line).unwrap() > 0, "serve ended early");
        if let Some(rest) = line.split("listening on ").nth(1) {
            let url = rest
                .split_whitespace()
                .next()
                .unwrap()
                .trim_end_matches('/');
            // Keep draining stderr so the server never blocks on it.
            std::thread::spawn(move || {
                let mut sink = String::new();
                let _ = err.read_to_string(&mut sink);
            });
            return (server, url.to_string());
        }
    }
}

#[test]
fn workspace_end_to_end_in_headless_chromium() {
    let chromium_path = chromium();
    assert!(chromium_path.exists());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("case.db");
    let posts = dir.path().join("posts.jsonl");
    let out = bin()
        .args(["synth", "--seed", "11", "--posts", "300", "-o"])
        .arg(&posts)
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = bin()
        .args(["ingest", "--db"])
        .arg(&db)
        .arg(&posts)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut add = bin()
        .args(["users", "add", "ana", "--role", "analyst", "--db"])
        .arg(&db)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"correct horse battery\n")
        .unwrap();
    let out = add.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A role that does not exist is a usage error.
    let out = bin()
        .args(["users", "add", "bob", "--role", "boss", "--db"])
        .arg(&db)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));

    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("workspace-e2e");
    std::fs::create_dir_all(&shots).unwrap();
    let (_server, base) = serve(&db);
    let profile = dir.path().join("chromium-profile");
    let mut b = Browser::launch(&profile);
    b.open_tab();

    // Every page sends an unsigned visitor to the sign-in form.
    b.goto(&format!("{base}/"));
    b.wait_for("location.pathname === '/login' && document.querySelector('#signin')");
    b.screenshot(&shots.join("1-login.png"));
    b.eval("document.querySelector('#name').value = 'ana'; document.querySelector('#password').value = 'correct horse battery'; document.querySelector('#signin').click(); true");
    b.wait_for("location.pathname === '/' && document.querySelector('#queue')");
    let rows = b.eval("document.querySelectorAll('#queue a').length");
    assert!(rows.as_u64().unwrap() >= 2, "the queue lists networks");
    b.screenshot(&shots.join("2-queue.png"));

    // Open the first (riskiest) network.
    b.eval("document.querySelector('#queue a').click(); true");
    b.wait_for("location.pathname.startsWith('/networks/') && document.querySelector('#evidence')");
    let net = b
        .eval("location.pathname.split('/')[2]")
        .as_str()
        .unwrap()
        .to_string();
    let masked = b.eval("document.querySelector('#selectors').innerText");
    assert!(
        masked.as_str().unwrap().contains("**"),
        "selectors are masked: {masked}"
    );
    b.screenshot(&shots.join("3-network.png"));
    // Its graph, drawn on the server as SVG: a post dot per drawn post, linked to the post.
    let dots = b.eval("document.querySelectorAll('#graph a circle').length");
    assert!(dots.as_u64().unwrap() >= 2, "graph posts: {dots}");
    b.eval("document.querySelector('#graph').scrollIntoView(); true");
    b.screenshot(&shots.join("3b-graph.png"));
    // Its places on a map drawn offline.
    let places = b.eval("document.querySelectorAll('#map circle').length");
    assert!(places.as_u64().unwrap() >= 2, "map places: {places}");
    b.eval("document.querySelector('#map').scrollIntoView(); true");
    b.screenshot(&shots.join("3c-map.png"));
    b.eval("window.scrollTo(0, 0); true");

    // Reveal with a reason.
    b.eval("document.querySelector('#reason').value = 'case 7: checking the phone before a referral'; document.querySelector('#reveal').click(); true");
    b.wait_for("document.body.innerText.includes('Selectors revealed')");
    let revealed =
        b.eval("document.querySelector('#selectors tr:nth-child(2) .selector').innerText");
    assert!(
        !revealed.as_str().unwrap().contains("**"),
        "revealed: {revealed}"
    );
    b.screenshot(&shots.join("4-revealed.png"));

    // Label it.
    b.eval("document.querySelector('#category').value = 'trafficking'; document.querySelector('#score').value = '5'; document.querySelector('#label').click(); true");
    b.wait_for("document.querySelector('#labels') && document.querySelector('#labels').innerText.includes('Trafficking 5/5')");
    b.screenshot(&shots.join("5-labelled.png"));

    // One of its posts: text with selector and indicator spans highlighted (selectors masked).
    b.eval("document.querySelector('#posts a').click(); true");
    b.wait_for("location.pathname.startsWith('/posts/') && document.querySelector('#body')");
    let marks =
        b.eval("[...document.querySelectorAll('#body mark.sel')].map(m => m.innerText).join(' ')");
    let marks = marks.as_str().unwrap();
    assert!(
        marks.is_empty() || marks.contains('*'),
        "selectors masked: {marks}"
    );
    b.screenshot(&shots.join("5b-post.png"));

    // Search for its posts.
    b.goto(&format!("{base}/search"));
    b.wait_for("document.querySelector('#q')");
    b.eval(&format!("document.querySelector('#by').value = 'network'; document.querySelector('#q').value = '{net}'; document.querySelector('#search').click(); true"));
    b.wait_for("location.search.includes('q=') && document.querySelector('#results')");
    let found = b.eval("document.querySelectorAll('#results a[href^=\"/posts/\"]').length");
    assert!(found.as_u64().unwrap() >= 2, "search found {found}");
    b.screenshot(&shots.join("6-search.png"));

    // The service gaps along a route: outlines, the route's line, one dot per waypoint.
    b.goto(&format!("{base}/gaps?route=central-mediterranean"));
    b.wait_for("document.querySelector('#gapmap') && document.querySelector('#gaps')");
    let drawn = b.eval("[document.querySelectorAll('#gapmap path').length, document.querySelectorAll('#gapmap #route').length, document.querySelectorAll('#gapmap circle.area').length]");
    let drawn: Vec<u64> = drawn
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert!(
        drawn[0] >= 5 && drawn[1] == 1 && drawn[2] >= 10,
        "gap map: {drawn:?}"
    );
    b.screenshot(&shots.join("7-gaps.png"));

    // Export it as CSV: click the link and let the browser download the file.
    let downloads = dir.path().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let session = b.session.take();
    b.call(
        "Browser.setDownloadBehavior",
        serde_json::json!({"behavior": "allow", "downloadPath": downloads.to_str().unwrap()}),
    );
    b.session = session;
    b.goto(&format!("{base}/networks/{net}"));
    b.wait_for("document.querySelector('#export-csv')");
    b.eval("document.querySelector('#export-csv').click(); true");
    let file = downloads.join(format!("network-{net}.csv"));
    let deadline = Instant::now() + WAIT;
    while !file.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let csv = std::fs::read_to_string(&file).expect("the export was downloaded");
    assert!(
        csv.starts_with("id,network"),
        "{}",
        &csv[..csv.len().min(200)]
    );
    assert!(csv.lines().count() > 2);

    // Sign out: the session is gone.
    b.goto(&format!("{base}/networks/{net}"));
    b.wait_for("document.querySelector('#logout')");
    b.eval("document.querySelector('#logout').click(); true");
    b.wait_for("location.pathname === '/login'");
    b.goto(&format!("{base}/networks/{net}"));
    b.wait_for("location.pathname === '/login' && document.querySelector('#signin')");
    drop(b);

    // Everything ana did is in the chain, and the chain verifies.
    let store = plainsight_store::Store::open(&db).unwrap();
    let log: Vec<(String, String, String)> = store
        .audit_entries(0, 1000)
        .unwrap()
        .into_iter()
        .filter(|e| e.user == "ana")
        .map(|e| (e.action, e.object, e.detail))
        .collect();
    let object = format!("network:{net}");
    for (action, detail) in [
        ("login", ""),
        ("view", ""),
        ("reveal", "case 7: checking the phone before a referral"),
        ("label", "trafficking=5"),
        ("search", "by=network"),
        ("export", "format=csv"),
        ("logout", ""),
    ] {
        assert!(
            log.iter().any(|(a, o, d)| a == action
                && d.contains(detail)
                && (o == &object || !matches!(action, "view" | "reveal" | "label" | "export"))),
            "no {action} in {log:?}"
        );
    }
    let out = bin()
        .args(["audit", "verify", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("audit log intact"));
    // An edited entry is named.
    store
        .connection()
        .execute(
            "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 3",
            [],
        )
        .unwrap();
    let out = bin()
        .args(["audit", "verify", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("audit entry 3 was altered"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
