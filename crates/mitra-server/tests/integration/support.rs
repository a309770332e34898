//! The test server and request helpers.

use std::sync::Arc;

use jiff::civil::{Date, date};
use mitra_app::{Actor, App, FixedClock, Membership, NewUser};
use mitra_domain::Role;
use mitra_store::testing::TestDatabase;
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The date every test server runs on: after the fixtures' closing dates of old, so that no
/// test depends on the calendar.
pub const TEST_DATE: Date = date(2027, 9, 15);

/// The application over `store` on the test date.
pub fn app_on_test_date(store: Arc<dyn mitra_store::Store>) -> App {
    App::new(store, Arc::new(FixedClock::on(TEST_DATE)))
}

/// A running server on a fresh store. `client` acts as a platform administrator through a
/// personal API token (the API) and sends no cookie (the pages see a visitor); `anonymous`
/// sends no token either.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub anonymous: reqwest::Client,
    /// The administrator's API token.
    pub token: String,
    /// A browser (with a cookie jar) signed in as the administrator.
    pub browser: reqwest::Client,
    pub app: App,
    database: Option<TestDatabase>,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<std::io::Result<()>>>,
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub location: Option<String>,
    pub etag: Option<String>,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    /// The fields a problem document names, in order.
    pub fn problem_fields(&self) -> Vec<String> {
        assert_eq!(self.content_type, "application/problem+json", "{}", self.text);
        let problem = self.json();
        assert_eq!(problem["status"], self.status.as_u16(), "{}", self.text);
        problem["errors"]
            .as_array()
            .map(|errors| errors.iter().map(|e| e["field"].as_str().unwrap().to_owned()).collect())
            .unwrap_or_default()
    }
}

impl TestApp {
    pub async fn spawn(database: TestDatabase) -> TestApp {
        Self::spawn_with(database, mitra_server::Limits::default()).await
    }

    /// A server with the given limits on connections and timeouts.
    pub async fn spawn_with(database: TestDatabase, limits: mitra_server::Limits) -> TestApp {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = format!("http://{}", listener.local_addr().unwrap());
        let (shutdown, stopped) = oneshot::channel::<()>();
        let app = app_on_test_date(database.store.clone());
        let token = user_with_token(&app, "admin@tests.example", None, Role::Administrator).await;
        let server = tokio::spawn(mitra_server::launch_with(listener, app.clone(), limits, None, async {
            let _ = stopped.await;
        }));
        let browser = sign_in(&address, "admin@tests.example", TEST_PASSWORD).await;
        TestApp {
            address,
            client: client_with(&token),
            anonymous: reqwest::Client::new(),
            token,
            browser,
            app,
            database: Some(database),
            shutdown: Some(shutdown),
            server: Some(server),
        }
    }

    /// A second server over the same database through its own store, as another process
    /// sharing the database would run.
    pub async fn sibling(&self) -> TestApp {
        let store = self.database.as_ref().expect("a running app has its database").reopen().await;
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = format!("http://{}", listener.local_addr().unwrap());
        let (shutdown, stopped) = oneshot::channel::<()>();
        let app = app_on_test_date(store);
        let server = tokio::spawn(mitra_server::launch(listener, app.clone(), async {
            let _ = stopped.await;
        }));
        let browser = sign_in(&address, "admin@tests.example", TEST_PASSWORD).await;
        TestApp {
            address,
            client: client_with(&self.token),
            anonymous: reqwest::Client::new(),
            token: self.token.clone(),
            browser,
            app,
            database: None,
            shutdown: Some(shutdown),
            server: Some(server),
        }
    }

    /// A new user holding `role` (in `organization`, or across the platform), and their API
    /// token.
    pub async fn user(&self, email: &str, organization: Option<&str>, role: Role) -> String {
        user_with_token(&self.app, email, organization.map(|id| id.parse().unwrap()), role).await
    }

    /// A GET with another user's token.
    pub async fn get_as(&self, token: &str, path: &str) -> Reply {
        Self::read(client_with(token).get(format!("{}{path}", self.address)).send().await.unwrap()).await
    }

    /// A request with a JSON body and another user's token (or none, with an empty token).
    pub async fn send_as(&self, token: &str, method: reqwest::Method, path: &str, body: &Value) -> Reply {
        let client = if token.is_empty() { reqwest::Client::new() } else { client_with(token) };
        let request = client
            .request(method, format!("{}{path}", self.address))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_string());
        Self::read(request.send().await.unwrap()).await
    }

    /// The host and port the server listens on.
    pub fn socket_address(&self) -> String {
        self.address.trim_start_matches("http://").to_owned()
    }

    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.unwrap().unwrap();
        }
        if let Some(database) = self.database.take() {
            database.cleanup().await;
        }
    }

    /// A PUT with an `If-Match` header.
    pub async fn put_if_match(&self, path: &str, body: &Value, tag: &str) -> Reply {
        let request = self
            .client
            .put(format!("{}{path}", self.address))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::IF_MATCH, tag)
            .body(body.to_string());
        Self::read(request.send().await.unwrap()).await
    }

    /// A POST without a body and with an `If-Match` header.
    pub async fn post_if_match(&self, path: &str, tag: &str) -> Reply {
        let request =
            self.client.post(format!("{}{path}", self.address)).header(reqwest::header::IF_MATCH, tag);
        Self::read(request.send().await.unwrap()).await
    }

    pub(crate) async fn read(response: reqwest::Response) -> Reply {
        let status = response.status();
        let header = |name| {
            response
                .headers()
                .get(name)
                .map(|v: &reqwest::header::HeaderValue| v.to_str().unwrap().to_owned())
        };
        let content_type = header(reqwest::header::CONTENT_TYPE).unwrap_or_default();
        let location = header(reqwest::header::LOCATION);
        let etag = header(reqwest::header::ETAG);
        Reply { status, content_type, location, etag, text: response.text().await.unwrap() }
    }

    pub async fn get(&self, path: &str) -> Reply {
        Self::read(self.client.get(format!("{}{path}", self.address)).send().await.unwrap()).await
    }

    pub async fn post(&self, path: &str, body: &Value) -> Reply {
        self.send_raw(reqwest::Method::POST, path, "application/json", body.to_string()).await
    }

    pub async fn put(&self, path: &str, body: &Value) -> Reply {
        self.send_raw(reqwest::Method::PUT, path, "application/json", body.to_string()).await
    }

    pub async fn send_raw(
        &self,
        method: reqwest::Method,
        path: &str,
        content_type: &str,
        body: String,
    ) -> Reply {
        let request = self.client.request(method, format!("{}{path}", self.address)).body(body);
        let request = if content_type.is_empty() {
            request
        } else {
            request.header(reqwest::header::CONTENT_TYPE, content_type)
        };
        Self::read(request.send().await.unwrap()).await
    }

    /// Creates an organisation and returns its id, failing the test if it is refused.
    pub async fn create(&self, path: &str, body: &Value) -> String {
        let reply = self.post(path, body).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
        reply.json()["id"].as_str().unwrap().to_owned()
    }

    /// How many records a list holds, archived ones included.
    pub async fn count(&self, path: &str) -> usize {
        let reply = self.get(&format!("{path}?include_archived=true&limit=200")).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        reply.json()["items"].as_array().unwrap().len()
    }
}

/// The password every test user has.
pub const TEST_PASSWORD: &str = "correct horse battery staple";

/// Creates a user with one role and returns a personal API token of theirs.
pub async fn user_with_token(
    app: &App,
    email: &str,
    organization_id: Option<uuid::Uuid>,
    role: Role,
) -> String {
    let new = NewUser {
        email: email.to_owned(),
        name: format!("Test {}", role.as_str()),
        password: TEST_PASSWORD.to_owned(),
        locale: None,
        memberships: vec![Membership { organization_id, role }],
    };
    app.create_user(&Actor::System, new).await.unwrap();
    app.issue_api_token(&Actor::System, email, "tests", 30).await.unwrap()
}

/// A browser with a cookie jar, signed in through the sign-in form.
pub async fn sign_in(address: &str, email: &str, password: &str) -> reqwest::Client {
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let csrf = csrf_of(&browser, &format!("{address}/sign-in")).await;
    let reply = browser
        .post(format!("{address}/sign-in"))
        .form(&[("csrf", csrf.as_str()), ("email", email), ("password", password), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER, "signing in as {email}");
    browser
}

/// The CSRF token of the first form on the page at `url`, as the browser gets it.
pub async fn csrf_of(browser: &reqwest::Client, url: &str) -> String {
    let html = browser.get(url).send().await.unwrap().text().await.unwrap();
    let document = scraper::Html::parse_document(&html);
    let selector = scraper::Selector::parse("input[name=csrf]").unwrap();
    document
        .select(&selector)
        .next()
        .and_then(|input| input.value().attr("value"))
        .unwrap_or_else(|| panic!("no CSRF field on {url}"))
        .to_owned()
}

/// A client that sends `token` as a bearer token with every request.
pub fn client_with(token: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
    reqwest::Client::builder().default_headers(headers).build().unwrap()
}

/// A valid MSME body: a small Ghanaian cocoa processor.
pub fn msme_body() -> Value {
    json!({
        "kind": "msme",
        "name": "Asante Cocoa Processors",
        "country": "GH",
        "region": "Ashanti",
        "languages": ["en", "ak"],
        "description": "Roasts and grinds cocoa for local chocolatiers",
        "msme": {
            "legal_form": "private_company",
            "founded_on": "2014-03-01",
            "industry_code": "1073",
            "employees": 12,
            "annual_turnover": {"amount": "900000.00", "currency": "GHS"},
            "investment": {"amount": 250000, "currency": "GHS"},
            "ownership": {"women_led": true},
            "operating_status": "reduced_operations",
            "needs": [{"channel": "networking", "description": "Buyers for cocoa liquor"}],
            "offers": []
        }
    })
}

/// A valid partner body.
pub fn partner_body(kind: &str, name: &str) -> Value {
    json!({
        "kind": kind,
        "name": name,
        "country": "GH",
        "languages": ["en"],
        "partner": {"offers": [{"channel": "resources", "description": "Working capital"}]}
    })
}

/// A valid opportunity body for `partner_id`.
pub fn opportunity_body(partner_id: &str) -> Value {
    json!({
        "partner_id": partner_id,
        "title": "Cocoa producers meet chocolate manufacturers",
        "description": "Matchmaking between producer groups and manufacturers",
        "channel": "networking",
        "capacity": {"seats": 150},
        "opens_on": "2027-01-15",
        "closes_on": "2028-06-30",
        "languages": ["en"],
        "country": "GH",
        "regions": ["Ashanti", "Western"],
        "industries": ["0127", "1073"],
        "size_classes": ["micro", "small"],
        "priorities": {"women_led": true},
        "illustrative": true
    })
}

/// Declares each test once on SQLite and once on PostgreSQL; the test gets a running app.
#[macro_export]
macro_rules! on_both_backends {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $test() {
                    let app = $crate::support::TestApp::spawn(mitra_store::testing::TestDatabase::sqlite().await).await;
                    super::$test(&app).await;
                    app.stop().await;
                }
            )*
        }

        mod postgres {
            $(
                #[tokio::test]
                async fn $test() {
                    let Some(database) = mitra_store::testing::TestDatabase::postgres().await else {
                        mitra_store::testing::report_postgres_skipped(stringify!($test));
                        return;
                    };
                    let app = $crate::support::TestApp::spawn(database).await;
                    super::$test(&app).await;
                    app.stop().await;
                }
            )*
        }
    };
}

/// A programme of `run_by` in Ghana, from 2026, measured against 2025.
pub fn programme_body(run_by: &str) -> Value {
    json!({
        "run_by": run_by,
        "name": "Flood recovery networking",
        "description": "Buyers and suppliers for firms of the flooded districts",
        "channel": "networking",
        "country": "GH",
        "regions": ["Ashanti", "Western"],
        "starts_on": "2026-06-01",
        "baseline_year": 2025,
        "targets": {"women_led": 40, "regions": [{"region": "western", "share": 30}]}
    })
}
