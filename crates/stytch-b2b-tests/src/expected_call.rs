//! The exact request one operation of the ergonomic client must send, as a mock that
//! answers with the operation's fixture only when every part of the request matches.

use httpmock::{Method, Mock, MockServer};
use serde_json::Value;

use crate::{PROJECT_ID, SECRET, basic_auth_header, fixtures};

/// A request expected from the client: method, path, query and JSON body, plus the
/// headers every call carries (Basic auth, user agent and, with a body, content type).
#[derive(Debug)]
pub struct ExpectedCall {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    absent_query: Vec<String>,
    body: Option<Value>,
}

impl ExpectedCall {
    fn new(method: Method, path: &str) -> Self {
        Self {
            method,
            path: path.to_owned(),
            query: Vec::new(),
            absent_query: Vec::new(),
            body: None,
        }
    }

    /// `GET path`, with no body.
    pub fn get(path: &str) -> Self {
        Self::new(Method::GET, path)
    }

    /// `DELETE path`, with no body.
    pub fn delete(path: &str) -> Self {
        Self::new(Method::DELETE, path)
    }

    /// `POST path`; give its body with [`Self::body`].
    pub fn post(path: &str) -> Self {
        Self::new(Method::POST, path)
    }

    /// `PUT path`; give its body with [`Self::body`] (none otherwise).
    pub fn put(path: &str) -> Self {
        Self::new(Method::PUT, path)
    }

    /// The exact JSON body (no other field may be present).
    pub fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// A query parameter that must be present with this (decoded) value.
    pub fn query(mut self, name: &str, value: &str) -> Self {
        self.query.push((name.to_owned(), value.to_owned()));
        self
    }

    /// A query parameter that must not be sent (documents intent: [`Self::mock`]
    /// already rejects any parameter not given to [`Self::query`]).
    pub fn no_query(mut self, name: &str) -> Self {
        self.absent_query.push(name.to_owned());
        self
    }

    /// Registers the expectation on `server`; a matching request is answered `200`
    /// with the fixture response of `operation_id`.
    pub async fn mock<'a>(self, server: &'a MockServer, operation_id: &str) -> Mock<'a> {
        let response = fixture(operation_id);
        server
            .mock_async(move |when, then| {
                let mut when = when
                    .method(self.method)
                    .path(self.path)
                    .header("authorization", basic_auth_header())
                    .header("user-agent", stytch_b2b::USER_AGENT);
                // No parameter beyond the expected ones may be sent.
                let query_len = self.query.len();
                when = when.is_true(move |request| request.query_param_length() == query_len);
                for (name, value) in self.query {
                    when = when.query_param(name, value);
                }
                for name in self.absent_query {
                    when = when.query_param_missing(name);
                }
                match self.body {
                    Some(body) => {
                        when.header("content-type", "application/json")
                            .json_body(body);
                    }
                    // httpmock refuses body matchers on GET, hence a custom check.
                    None => {
                        when.is_true(|request| request.body_ref().is_empty());
                    }
                }
                then.status(200).json_body(response);
            })
            .await
    }
}

/// The fixture response of `operation_id`; panics for an unknown operation, which is
/// a mistake in the test itself.
pub fn fixture(operation_id: &str) -> Value {
    fixtures::response(operation_id)
        .unwrap_or_else(|| panic!("no fixture response for {operation_id}"))
}

/// A client of the ergonomic crate that sends every request to `server`.
pub fn client(server: &MockServer) -> stytch_b2b::Client {
    client_for(&server.base_url())
}

/// A client of the ergonomic crate that sends every request to `base_url`.
pub fn client_for(base_url: &str) -> stytch_b2b::Client {
    stytch_b2b::Client::builder(PROJECT_ID, SECRET)
        .base_url(base_url)
        .build()
        .unwrap_or_else(|e| panic!("test client does not build: {e}"))
}

/// Asserts that `response` encodes back to exactly the fixture of `operation_id`, so
/// every field of the fixture was decoded into the typed response.
pub fn assert_decodes_fixture<T: serde::Serialize>(response: &T, operation_id: &str) {
    let encoded = serde_json::to_value(response)
        .unwrap_or_else(|e| panic!("{operation_id} response does not encode: {e}"));
    assert_eq!(
        encoded,
        fixture(operation_id),
        "{operation_id}: the decoded response differs from the fixture"
    );
}
