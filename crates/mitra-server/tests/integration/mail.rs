//! The outbox sent over SMTP: a small SMTP server of the test's own receives what Mitra sends,
//! or refuses it, so no outside mail server is needed.

use std::sync::{Arc, Mutex};

use mitra_app::{Actor, Delivery, Mailer};
use mitra_server::mail::SmtpMailer;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::on_both_backends;
use crate::support::{TestApp, csrf_of};

on_both_backends!(
    an_invitation_is_written_in_the_language_chosen_and_a_reset_in_the_account_s_own,
    the_outbox_is_sent_over_smtp_once_and_marked_sent,
    an_email_the_server_refuses_stays_in_the_outbox_with_the_reason_and_is_tried_again,
);

/// What the SMTP server received: each message's recipients and its text.
#[derive(Debug, Default, Clone)]
struct Received {
    messages: Vec<(Vec<String>, String)>,
}

/// Starts an SMTP server on a free port that accepts every message, or refuses every
/// recipient with 550 when `refuse` is set; returns its URL for lettre.
async fn smtp_server(refuse: bool) -> (String, Arc<Mutex<Received>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    let received = Arc::new(Mutex::new(Received::default()));
    let store = received.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test.smtp ESMTP\r\n").await.unwrap();
                let (mut recipients, mut data, mut in_data) = (Vec::new(), String::new(), false);
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            store
                                .lock()
                                .unwrap()
                                .messages
                                .push((std::mem::take(&mut recipients), std::mem::take(&mut data)));
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let command = line.to_ascii_uppercase();
                    let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                        b"250 test.smtp\r\n"
                    } else if command.starts_with("MAIL FROM") {
                        b"250 ok\r\n"
                    } else if command.starts_with("RCPT TO") {
                        if refuse {
                            b"550 no such mailbox here\r\n"
                        } else {
                            recipients.push(line[8..].trim().trim_matches(['<', '>']).to_owned());
                            b"250 ok\r\n"
                        }
                    } else if command == "DATA" {
                        in_data = true;
                        b"354 go ahead\r\n"
                    } else if command == "QUIT" {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        break;
                    } else {
                        b"250 ok\r\n"
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (url, received)
}

/// An administrator invites a reviewer through the page, which puts an email in the outbox.
async fn invite(app: &TestApp, email: &str) {
    invite_in(app, email, "en").await;
}

async fn invite_in(app: &TestApp, email: &str, language: &str) {
    let csrf = csrf_of(&app.browser, &format!("{}/admin/users", app.address)).await;
    let reply = app
        .browser
        .post(format!("{}/admin/invitations", app.address))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("role", "reviewer"),
            ("organization", ""),
            ("language", language),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 200);
}

async fn an_invitation_is_written_in_the_language_chosen_and_a_reset_in_the_account_s_own(app: &TestApp) {
    let fr = mitra_i18n::Locale::parse("fr").unwrap();
    invite_in(app, "claire@example.ca", "fr").await;
    let outbox = app.app.outbox(&Actor::System, 10).await.unwrap();
    assert_eq!(outbox[0].subject, fr.t("email-invitation-subject"));
    assert!(outbox[0].body.contains(&fr.t("role-reviewer")), "{}", outbox[0].body);

    // An account that reads Hindi gets its reset link in Hindi, whatever the page asking for it.
    let hi = mitra_i18n::Locale::parse("hi").unwrap();
    app.user("meera@example.in", None, mitra_domain::Role::Reviewer).await;
    let meera =
        crate::support::sign_in(&app.address, "meera@example.in", crate::support::TEST_PASSWORD).await;
    let csrf = csrf_of(&meera, &format!("{}/", app.address)).await;
    meera
        .post(format!("{}/language", app.address))
        .form(&[("csrf", csrf.as_str()), ("lang", "hi"), ("next", "/")])
        .send()
        .await
        .unwrap();
    let anonymous = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let csrf = csrf_of(&anonymous, &format!("{}/reset-password", app.address)).await;
    let reply = anonymous
        .post(format!("{}/reset-password", app.address))
        .form(&[("csrf", csrf.as_str()), ("email", "meera@example.in")])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 200);
    let outbox = app.app.outbox(&Actor::System, 10).await.unwrap();
    assert_eq!(outbox[0].recipient, "meera@example.in");
    assert_eq!(outbox[0].subject, hi.t("email-reset-subject"));
}

async fn the_outbox_is_sent_over_smtp_once_and_marked_sent(app: &TestApp) {
    let (url, received) = smtp_server(false).await;
    let mailer = SmtpMailer::new(&url, "Mitra <mitra@agency.example>").unwrap();
    invite(app, "ama.reviewer@example.org").await;

    let delivery = app.app.send_outbox(&Actor::System, &mailer).await.unwrap();
    assert_eq!(delivery, Delivery { sent: 1, failed: 0, skipped: false });
    let again = app.app.send_outbox(&Actor::System, &mailer).await.unwrap();
    assert_eq!(again.sent + again.failed, 0, "a sent email is not sent twice");

    let messages = received.lock().unwrap().messages.clone();
    assert_eq!(messages.len(), 1);
    let (recipients, text) = &messages[0];
    assert_eq!(recipients, &["ama.reviewer@example.org"]);
    assert!(text.contains("From: Mitra <mitra@agency.example>"), "{text}");
    assert!(text.contains("/invitations/"), "the invitation link is in the email: {text}");
    let outbox = app.app.outbox(&Actor::System, 10).await.unwrap();
    assert!(outbox[0].sent_at.is_some());
}

async fn an_email_the_server_refuses_stays_in_the_outbox_with_the_reason_and_is_tried_again(app: &TestApp) {
    let (url, _) = smtp_server(true).await;
    let mailer = SmtpMailer::new(&url, "mitra@agency.example").unwrap();
    invite(app, "kofi@example.org").await;

    let first = app.app.send_outbox(&Actor::System, &mailer).await.unwrap();
    assert_eq!((first.sent, first.failed), (0, 1));
    let outbox = app.app.outbox(&Actor::System, 10).await.unwrap();
    assert_eq!(outbox[0].sent_at, None);
    assert_eq!(outbox[0].attempts, 1);
    assert!(outbox[0].last_error.as_deref().unwrap_or("").contains("no such mailbox"), "{:?}", outbox[0]);

    let (url, received) = smtp_server(false).await;
    let mended = SmtpMailer::new(&url, "mitra@agency.example").unwrap();
    let second = app.app.send_outbox(&Actor::System, &mended).await.unwrap();
    assert_eq!((second.sent, second.failed), (1, 0), "the failed email is tried again");
    assert_eq!(received.lock().unwrap().messages.len(), 1);
}

/// Sending is for the system's own work, never for a person or a visitor.
#[tokio::test]
async fn only_the_system_sends_the_outbox() {
    #[derive(Debug)]
    struct Never;
    #[async_trait::async_trait]
    impl Mailer for Never {
        async fn send(&self, _: &mitra_app::OutboxEmail) -> Result<(), String> {
            panic!("nothing may be sent")
        }
    }
    let database = mitra_store::testing::TestDatabase::sqlite().await;
    let app = crate::support::app_on_test_date(database.store.clone());
    assert!(app.send_outbox(&Actor::Anonymous, &Never).await.is_err());
}
