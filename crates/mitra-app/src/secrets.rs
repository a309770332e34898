//! Secrets: passwords hashed with argon2id off the async executor, and the random secrets of
//! sessions, tokens and links, of which only a SHA-256 digest is ever stored.

use std::sync::OnceLock;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::AppError;

/// argon2id's cost: 19 MiB of memory, two passes, one lane, the first of OWASP's recommended
/// settings (Password Storage Cheat Sheet, 2024), which is also the crate's default.
pub const ARGON2_MEMORY_KIB: u32 = 19 * 1024;
pub const ARGON2_PASSES: u32 = 2;
pub const ARGON2_LANES: u32 = 1;

fn hasher() -> Argon2<'static> {
    let params =
        Params::new(ARGON2_MEMORY_KIB, ARGON2_PASSES, ARGON2_LANES, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string of `password`'s hash, with a fresh salt, computed on a blocking thread.
pub async fn hash_password(password: String) -> Result<String, AppError> {
    blocking(move || {
        hasher()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| AppError::Internal(e.to_string().into()))
    })
    .await
}

/// Whether `password` matches the stored hash, checked on a blocking thread. With no hash
/// (no such account) a stored dummy is checked instead, so that the answer takes as long
/// whether or not the account exists.
pub async fn verify_password(password: String, stored: Option<String>) -> Result<bool, AppError> {
    blocking(move || {
        let (stored, real) = match stored {
            Some(stored) => (stored, true),
            None => (dummy_hash().to_owned(), false),
        };
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return Ok(false);
        };
        Ok(hasher().verify_password(password.as_bytes(), &parsed).is_ok() && real)
    })
    .await
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let password = new_secret();
        hasher().hash_password(password.as_bytes()).map(|hash| hash.to_string()).unwrap_or_default()
    })
}

/// Runs CPU work on tokio's blocking pool, within the caller's tracing span.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let span = tracing::Span::current();
    tokio::task::spawn_blocking(move || span.in_scope(work))
        .await
        .map_err(|e| AppError::Internal(Box::new(e)))?
}

/// 32 random bytes from the thread's cryptographic generator (ChaCha, seeded and reseeded by
/// the operating system), as URL-safe base64 (43 characters).
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored of a secret: its SHA-256, in hex.
pub fn digest(secret: &str) -> String {
    let hash = Sha256::digest(secret.as_bytes());
    hash.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_password_verifies_against_its_own_hash_only() {
        let hash = hash_password("correct horse battery".to_owned()).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(verify_password("correct horse battery".to_owned(), Some(hash.clone())).await.unwrap());
        assert!(!verify_password("correct horse batterx".to_owned(), Some(hash)).await.unwrap());
        assert!(!verify_password("anything".to_owned(), None).await.unwrap());
    }

    #[test]
    fn secrets_are_long_random_and_stored_only_as_digests() {
        let (a, b) = (new_secret(), new_secret());
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        assert_eq!(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert!(same_secret(&a, &a.clone()) && !same_secret(&a, &b));
    }
}
