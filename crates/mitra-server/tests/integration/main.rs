//! Integration tests through the real HTTP server on port 0.
//!
//! Each test gets a fresh store and its own server. Tests that store data run on SQLite and,
//! when `MITRA_TEST_POSTGRES_URL` is set, on PostgreSQL as well.

mod accessibility;
mod accounts;
mod applications;
mod bad_input;
mod browser;
mod defences;
mod eligibility;
mod journeys;
mod mail;
mod opportunities;
mod organizations;
mod page_routes;
mod pages;
mod programmes;
mod recommendations;
mod recovery;
mod rounds;
mod service;
mod support;
