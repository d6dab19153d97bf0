//! Helpers for the API v2 tests: a sandbox, raw calls with `Authorization: Bearer`, and
//! an operation wait that polls until the operation ends (no fixed sleeps).
#![allow(dead_code)]

use dolthub_sandbox::Sandbox;
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

pub const DEADLINE: Duration = Duration::from_secs(20);

/// A sandbox with short job delays.
pub async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .job_delay(Duration::from_millis(10))
        .start()
        .await
        .expect("sandbox starts")
}

/// One answer: status, headers and the JSON body (`Null` when the body is not JSON).
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    /// `data` of a success envelope.
    pub fn data(&self) -> &Value {
        &self.body["data"]
    }
    /// Asserts a problem answer with this status and code.
    pub fn problem(&self, status: u16, code: &str) -> &Self {
        assert_eq!(self.status, status, "unexpected answer: {}", self.text);
        assert_eq!(self.body["code"], code, "{}", self.text);
        assert_eq!(self.body["status"], status);
        assert!(self.body["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(
            self.body["request_id"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
        self
    }
}

/// A caller of one sandbox with an optional token.
#[derive(Clone)]
pub struct V2 {
    pub base: String,
    pub token: Option<String>,
    http: reqwest::Client,
}

pub fn v2(sb: &Sandbox) -> V2 {
    as_token(sb, Some(sb.v2_token()))
}

pub fn anon(sb: &Sandbox) -> V2 {
    as_token(sb, None)
}

pub fn as_token(sb: &Sandbox, token: Option<&str>) -> V2 {
    V2 {
        base: sb.url().to_string(),
        token: token.map(str::to_string),
        http: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    }
}

impl V2 {
    pub async fn call(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        self.call_with(method, path, body, &[]).await
    }

    pub async fn call_with(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let url = if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        };
        let mut req = self.http.request(method, url);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("request reaches the sandbox");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = resp.text().await.unwrap();
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Answer {
            status,
            headers,
            body,
            text,
        }
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.call(Method::GET, path, None).await
    }
    pub async fn post(&self, path: &str, body: Value) -> Answer {
        self.call(Method::POST, path, Some(body)).await
    }
    pub async fn patch(&self, path: &str, body: Value) -> Answer {
        self.call(Method::PATCH, path, Some(body)).await
    }

    /// Creates a database and asserts 201.
    pub async fn create_db(&self, owner: &str, name: &str, visibility: &str) -> Value {
        let a = self
            .post(
                "/api/v2/databases",
                json!({ "owner": owner, "name": name, "visibility": visibility }),
            )
            .await;
        assert_eq!(a.status, 201, "{}", a.text);
        a.data().clone()
    }

    /// Polls the operation behind a 202 answer until it ends; returns the operation.
    pub async fn wait(&self, started: &Answer) -> Value {
        assert_eq!(started.status, 202, "{}", started.text);
        let href = started.data()["href"].as_str().expect("href").to_string();
        let end = Instant::now() + DEADLINE;
        loop {
            let a = self.get(&href).await;
            assert_eq!(a.status, 200, "{}", a.text);
            let status = a.data()["status"].as_str().unwrap_or_default().to_string();
            if status == "succeeded" || status == "failed" {
                return a.data().clone();
            }
            assert!(
                ["queued", "running"].contains(&status.as_str()),
                "{}",
                a.text
            );
            assert!(Instant::now() < end, "operation did not end: {}", a.text);
            tokio::task::yield_now().await;
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Runs one SQL write on `branch` and waits for it to succeed.
    pub async fn write(&self, db: &str, branch: &str, q: &str) -> Value {
        let a = self
            .post(
                &format!("/api/v2/databases/{db}/sql-writes"),
                json!({ "from_branch": branch, "to_branch": branch, "q": q }),
            )
            .await;
        let op = self.wait(&a).await;
        assert_eq!(op["status"], "succeeded", "{op}");
        op
    }

    /// Runs one SQL read and returns `data`.
    pub async fn read(&self, db: &str, r: &str, q: &str) -> Value {
        let a = self
            .post(
                &format!("/api/v2/databases/{db}/sql"),
                json!({ "ref": r, "q": q }),
            )
            .await;
        assert_eq!(a.status, 200, "{}", a.text);
        a.data().clone()
    }
}

/// A v1alpha1 call with `authorization: token <token>`.
pub async fn v1(
    sb: &Sandbox,
    token: Option<&str>,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut req = reqwest::Client::new().request(method, format!("{}{path}", sb.url()));
    if let Some(t) = token {
        req = req.header("authorization", format!("token {t}"));
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}
