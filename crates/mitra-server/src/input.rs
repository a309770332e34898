//! Reading untrusted input: JSON bodies, path ids and query strings.
//!
//! A body is read in two steps. [`JsonBody`] insists on a JSON content type and parses the
//! bytes into a `serde_json::Value` (a syntax error names its line and column). Then
//! [`Fields`] takes the fields it knows out of the object one by one, parsing each into its
//! domain type and collecting every problem with its dotted path, so that one response names
//! every offending field; whatever is left over is an unknown field.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use jiff::civil::Date;
use mitra_domain::Invalid;
use serde::Deserialize as _;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::ApiError;

/// A request body that is a JSON document.
#[derive(Debug)]
pub struct JsonBody(pub Value);

impl FromRequest<crate::AppState> for JsonBody {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &crate::AppState) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|mime| {
                let mime = mime.trim().to_ascii_lowercase();
                mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
            });
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        // The whole body within the limit: a client sending a byte now and then cannot hold
        // the request open.
        let read = tokio::time::timeout(state.limits.body_read_timeout, Bytes::from_request(request, state));
        let bytes = read.await.map_err(|_| ApiError::BodyTimeout)?.map_err(|rejection| {
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::TooLarge
            } else {
                ApiError::Malformed(Invalid::new("body", "could not be read to its end"))
            }
        })?;
        let mut reader = serde_json::Deserializer::from_slice(&bytes);
        let parsed = StrictValue::deserialize(&mut reader).and_then(|value| reader.end().map(|()| value));
        parsed
            .map(|StrictValue(value)| JsonBody(value))
            .map_err(|error| ApiError::Malformed(Invalid::new("body", format!("is not valid JSON: {error}"))))
    }
}

/// A JSON value in which no object repeats a key: `{"kind": "msme", "kind": "bank"}` is
/// refused, rather than read as whichever came last.
struct StrictValue(Value);

impl<'de> serde::Deserialize<'de> for StrictValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(serde::de::Error::custom(format!("the key \"{key}\" is given twice")));
            }
            let StrictValue(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// The `{id}` of a path, which must be a UUID.
#[derive(Debug, Clone, Copy)]
pub struct PathId(pub Uuid);

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let axum::extract::Path(raw) = axum::extract::Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::field("id", "must be a UUID"))?;
        raw.parse().map(PathId).map_err(|_| ApiError::field("id", "must be a UUID"))
    }
}

/// The fields of one JSON object, taken out one by one.
#[derive(Debug)]
pub struct Fields<'p> {
    path: String,
    map: Map<String, Value>,
    problems: &'p mut Vec<Invalid>,
}

/// How one field's value becomes a domain value: it gets the value, its full path, and the
/// list to add problems to, and returns `None` when it added one.
pub trait Parse<T>: FnOnce(Value, &str, &mut Vec<Invalid>) -> Option<T> {}
impl<T, F: FnOnce(Value, &str, &mut Vec<Invalid>) -> Option<T>> Parse<T> for F {}

impl<'p> Fields<'p> {
    /// The fields of `value`, which must be an object; `path` is where it sits (empty for the
    /// body itself).
    pub fn of(value: Value, path: &str, problems: &'p mut Vec<Invalid>) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Self { path: path.to_owned(), map, problems }),
            other => {
                let field = if path.is_empty() { "body" } else { path };
                problems.push(Invalid::new(field, format!("must be a JSON object, not {}", kind_of(&other))));
                None
            }
        }
    }

    fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() { key.to_owned() } else { format!("{}.{key}", self.path) }
    }

    /// A field that must be present and not null.
    pub fn required<T>(&mut self, key: &str, parse: impl Parse<T>) -> Option<T> {
        let path = self.path_of(key);
        match self.map.remove(key) {
            None | Some(Value::Null) => {
                self.problems.push(Invalid::new(path, "is required"));
                None
            }
            Some(value) => parse(value, &path, self.problems),
        }
    }

    /// A field that may be absent or null (`Some(None)`); `None` when it is present but bad.
    pub fn optional<T>(&mut self, key: &str, parse: impl Parse<T>) -> Option<Option<T>> {
        let path = self.path_of(key);
        match self.map.remove(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => parse(value, &path, self.problems).map(Some),
        }
    }

    /// Reports every field that nobody took as unknown.
    pub fn finish(self) {
        let mut unknown: Vec<String> = self.map.keys().cloned().collect();
        unknown.sort();
        for key in unknown {
            let path = self.path_of(&key);
            self.problems.push(Invalid::new(path, "is not a known field"));
        }
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn wrong_type(problems: &mut Vec<Invalid>, path: &str, expected: &str, got: &Value) {
    problems.push(Invalid::new(path, format!("must be {expected}, not {}", kind_of(got))));
}

/// A string, handed to `then` for its own parsing (`then` returns the problem text).
pub fn string<T, E: Into<mitra_domain::Problem>>(then: impl FnOnce(&str) -> Result<T, E>) -> impl Parse<T> {
    move |value, path, problems| match value {
        Value::String(s) => then(&s).map_err(|e| problems.push(Invalid::new(path, e))).ok(),
        other => {
            wrong_type(problems, path, "text", &other);
            None
        }
    }
}

/// One of a fixed set of names.
pub fn one_of<T: Copy + std::fmt::Display + 'static>(
    parse: fn(&str) -> Option<T>,
    all: &'static [T],
) -> impl Parse<T> {
    string(move |s| {
        parse(s).ok_or_else(|| {
            let names: Vec<String> = all.iter().map(ToString::to_string).collect();
            format!("must be one of {}", names.join(", "))
        })
    })
}

/// true or false.
pub fn boolean() -> impl Parse<bool> {
    |value, path, problems| match value {
        Value::Bool(b) => Some(b),
        other => {
            wrong_type(problems, path, "true or false", &other);
            None
        }
    }
}

/// A whole number from 0 to `max`. `12.0` counts as twelve, as JSON Schema says it is.
pub fn count(max: u32) -> impl Parse<u32> {
    move |value, path, problems| {
        let Value::Number(n) = &value else {
            wrong_type(problems, path, "a whole number", &value);
            return None;
        };
        let whole =
            n.as_u64().map(|u| u as f64).or_else(|| n.as_i64().map(|i| i as f64)).or_else(|| n.as_f64());
        match whole {
            Some(x) if x.fract() != 0.0 => problems.push(Invalid::new(path, "must be a whole number")),
            Some(x) if x < 0.0 => problems.push(Invalid::new(path, "must not be negative")),
            Some(x) if x > f64::from(max) => {
                problems.push(Invalid::new(path, format!("must be at most {max}")))
            }
            Some(x) => return Some(x as u32),
            None => problems.push(Invalid::new(path, "must be a whole number")),
        }
        None
    }
}

/// A calendar date written `YYYY-MM-DD`.
pub fn date() -> impl Parse<Date> {
    string(|s: &str| {
        if s.len() != 10 {
            return Err("must be a date written YYYY-MM-DD".to_owned());
        }
        s.parse::<Date>().map_err(|_| "must be a date written YYYY-MM-DD".to_owned())
    })
}

/// A list whose items are each parsed by `item` (a factory, since each parse is used once).
pub fn list<T, P: Parse<T>>(max_items: usize, item: impl Fn() -> P) -> impl Parse<Vec<T>> {
    move |value, path, problems| {
        let Value::Array(items) = value else {
            wrong_type(problems, path, "a list", &value);
            return None;
        };
        if items.len() > max_items {
            problems.push(Invalid::new(path, format!("must have at most {max_items} items")));
            return None;
        }
        let before = problems.len();
        let parsed: Vec<T> = items
            .into_iter()
            .enumerate()
            .filter_map(|(index, value)| item()(value, &format!("{path}[{index}]"), problems))
            .collect();
        (problems.len() == before).then_some(parsed)
    }
}

/// A nested object, read by `read` from its own [`Fields`].
pub fn object<T>(read: impl FnOnce(&mut Fields<'_>) -> Option<T>) -> impl Parse<T> {
    move |value, path, problems| {
        let before = problems.len();
        let mut fields = Fields::of(value, path, problems)?;
        let result = read(&mut fields);
        fields.finish();
        if problems.len() == before { result } else { None }
    }
}

/// The largest whole number written with a fraction (`12.0`) that is taken as an amount: up to
/// 2^53 every whole number is exactly a float, beyond it a float may be a neighbour of the
/// number written.
pub const MAX_WHOLE_FLOAT: f64 = 9_007_199_254_740_992.0;

/// Money: `{"amount": "60000.00", "currency": "CAD"}`. A whole JSON number is accepted as the
/// amount (`12.0` too, up to [`MAX_WHOLE_FLOAT`], since JSON Schema counts it as twelve); a
/// fractional one is refused, since JSON readers turn it into a float.
pub fn money() -> impl Parse<mitra_domain::Money> {
    object(|fields| {
        let amount =
            fields.required("amount", |value, path: &str, problems: &mut Vec<Invalid>| match value {
                Value::String(s) => Some(s),
                Value::Number(n) if n.is_u64() || n.is_i64() => Some(n.to_string()),
                Value::Number(n) => match n.as_f64() {
                    Some(x) if x.fract() == 0.0 && x.abs() <= MAX_WHOLE_FLOAT => Some((x as i64).to_string()),
                    _ => {
                        problems.push(Invalid::new(
                            path,
                            "must be a string when it has decimals, such as \"1234.50\"",
                        ));
                        None
                    }
                },
                other => {
                    wrong_type(problems, path, "a decimal amount in a string", &other);
                    None
                }
            });
        let currency = fields.required("currency", string(mitra_domain::Currency::parse));
        let (amount, currency) = (amount?, currency?);
        let path = fields.path_of("amount");
        match mitra_domain::money::parse_amount(&amount) {
            Err(_) => {
                fields.problems.push(Invalid::new(path, "must be a decimal number, such as \"1234.50\""));
                None
            }
            Ok(amount) => mitra_domain::Money::new(amount, currency)
                .map_err(|e| fields.problems.push(Invalid::new(path, e.to_string())))
                .ok(),
        }
    })
}

/// Parses a body of `value` with `read`, returning every problem found if there is any.
pub fn read_body<T>(value: Value, read: impl FnOnce(&mut Fields<'_>) -> Option<T>) -> Result<T, ApiError> {
    let mut problems = Vec::new();
    let result = object(read)(value, "", &mut problems);
    match result {
        Some(value) if problems.is_empty() => Ok(value),
        _ if problems.is_empty() => Err(ApiError::Internal("a reader failed without a problem".into())),
        _ => Err(ApiError::Invalid(problems)),
    }
}

/// The pairs of a query string, taken out by name; repeated or unknown names are problems.
#[derive(Debug)]
pub struct QueryFields {
    pairs: Vec<(String, String)>,
    pub problems: Vec<Invalid>,
}

impl QueryFields {
    pub fn parse(raw: Option<&str>) -> Result<Self, ApiError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
            .map_err(|_| ApiError::Malformed(Invalid::new("query", "is not a valid query string")))?;
        Ok(Self { pairs, problems: Vec::new() })
    }

    /// The value of `name`, trimmed. An empty value is a problem: a parameter is either left
    /// out or given a value (the pages leave out the empty fields of their forms).
    pub fn take(&mut self, name: &str) -> Option<String> {
        let mut values: Vec<String> = Vec::new();
        self.pairs.retain(|(key, value)| {
            if key == name {
                values.push(value.trim().to_owned());
                false
            } else {
                true
            }
        });
        if values.len() > 1 {
            self.problems.push(Invalid::new(name, "must be given at most once"));
        }
        let value = values.pop()?;
        if value.is_empty() {
            self.problems.push(Invalid::new(name, "must not be empty: leave the parameter out instead"));
            return None;
        }
        Some(value)
    }

    /// The value of `name` parsed by `parse`, which returns the problem text.
    pub fn parse_with<T, E: Into<mitra_domain::Problem>>(
        &mut self,
        name: &str,
        parse: impl FnOnce(&str) -> Result<T, E>,
    ) -> Option<T> {
        let raw = self.take(name)?;
        parse(&raw).map_err(|e| self.problems.push(Invalid::new(name, e))).ok()
    }

    /// Ends reading: unknown names and earlier problems become one error.
    pub fn finish(mut self) -> Result<(), ApiError> {
        for (key, _) in std::mem::take(&mut self.pairs) {
            self.problems.push(Invalid::new(key, "is not a known query parameter"));
        }
        if self.problems.is_empty() { Ok(()) } else { Err(ApiError::Invalid(self.problems)) }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn read(value: Value) -> Result<(String, u32), Vec<Invalid>> {
        read_body(value, |f| {
            let name = f.required("name", string(|s| Ok::<_, String>(s.to_owned())));
            let employees = f.required("employees", count(100));
            Some((name?, employees?))
        })
        .map_err(|e| match e {
            ApiError::Invalid(problems) => problems,
            other => panic!("{other:?}"),
        })
    }

    #[test]
    fn every_bad_field_is_reported_in_one_pass() {
        let problems = read(json!({"employees": "ten", "color": "red"})).unwrap_err();
        assert_eq!(
            problems,
            [
                Invalid::new("name", "is required"),
                Invalid::new("employees", "must be a whole number, not text"),
                Invalid::new("color", "is not a known field"),
            ]
        );
    }

    #[test]
    fn counts_refuse_negative_fractional_and_absurd_numbers_but_take_whole_floats() {
        for (value, problem) in [
            (json!(-1), "must not be negative"),
            (json!(1.5), "must be a whole number"),
            (json!(101), "must be at most 100"),
        ] {
            let problems = read(json!({"name": "x", "employees": value})).unwrap_err();
            assert_eq!(problems, [Invalid::new("employees", problem)]);
        }
        assert_eq!(read(json!({"name": "x", "employees": 12.0})).unwrap(), ("x".to_owned(), 12));
    }

    #[test]
    fn a_whole_amount_is_taken_with_or_without_a_fraction_but_a_fractional_one_is_not() {
        let read = |amount: Value| {
            read_body(json!({"money": {"amount": amount, "currency": "INR"}}), |f| {
                f.required("money", money())
            })
        };
        for whole in [json!(12), json!(12.0), json!(1e3)] {
            assert!(read(whole.clone()).is_ok(), "{whole}");
        }
        for refused in [json!(12.5), json!(1e20)] {
            let Err(ApiError::Invalid(problems)) = read(refused.clone()) else { panic!("{refused}") };
            assert_eq!(problems[0].field, "money.amount");
        }
    }

    #[test]
    fn a_body_that_is_not_an_object_is_named_as_the_body() {
        assert_eq!(
            read(json!([1])).unwrap_err(),
            [Invalid::new("body", "must be a JSON object, not a list")]
        );
    }

    #[test]
    fn query_parameters_given_twice_or_unknown_are_refused() {
        let mut query = QueryFields::parse(Some("kind=msme&kind=nonprofit&colour=red")).unwrap();
        query.take("kind");
        let ApiError::Invalid(problems) = query.finish().unwrap_err() else { panic!() };
        assert_eq!(
            problems,
            [
                Invalid::new("kind", "must be given at most once"),
                Invalid::new("colour", "is not a known query parameter")
            ]
        );
    }
}
