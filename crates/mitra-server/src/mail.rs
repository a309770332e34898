//! Email over SMTP, for the outbox sender: `MITRA_SMTP_URL` names the server, as lettre reads
//! it (`smtps://user:password@smtp.example.org:465`, `smtp://relay.internal:25`, or
//! `smtp://host:587?tls=required` for STARTTLS); TLS is rustls with the web's root
//! certificates, so no system OpenSSL is needed.

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use mitra_app::{Mailer, OutboxEmail};

/// Sends email through one SMTP server, from one address.
#[derive(Debug)]
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    /// The mailer for an SMTP URL and a sender such as `Mitra <mitra@agency.example>`.
    pub fn new(url: &str, from: &str) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("MITRA_SMTP_URL is not an SMTP address lettre can use: {e}"))?
            .build();
        let from = from.parse().map_err(|e| format!("the sender {from:?} is not an email address: {e}"))?;
        Ok(Self { transport, from })
    }
}

#[async_trait::async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, email: &OutboxEmail) -> Result<(), String> {
        let to: Mailbox =
            email.recipient.parse().map_err(|e| format!("the recipient is not an address: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject.as_str())
            .message_id(Some(format!("<{}@mitra>", email.id)))
            .body(email.body.clone())
            .map_err(|e| format!("the email could not be written: {e}"))?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
    }
}
