//! The record's keys: a random data key that seals every entry, stored only wrapped under a
//! key derived from the person's PIN or passphrase.
//!
//! - Entries are sealed with XChaCha20-Poly1305 under the 256-bit data key, a fresh random
//!   24-byte nonce per write, and associated data that names the entry and its revision
//!   ([`entry_aad`]): a blob copied into another row, or paired with another revision
//!   number, does not open.
//! - The data key is wrapped (XChaCha20-Poly1305 again) under Argon2id(secret, salt). The
//!   Argon2id parameters and salt are stored beside it ([`KdfParams::encode`]) and are part of
//!   the wrapping's associated data, with the kind of secret.
//! - Secrets are held in `secrecy`/`zeroize` types: the data key, the derived key, the
//!   decrypted plaintext buffers. Dropping a [`DataKey`] wipes it.
//! - Every decoder here ([`KdfParams::decode`], [`WrappedKey::decode`], [`DataKey::open`])
//!   answers hostile bytes with an error, never a panic, and refuses Argon2 parameters that
//!   would make the app allocate or compute without bound.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{Key, KeyInit, XChaCha20Poly1305, XNonce};
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Length of the data key and of the key derived from the secret.
const KEY_LEN: usize = 32;
/// Length of an XChaCha20 nonce.
const NONCE_LEN: usize = 24;
/// Length of a Poly1305 tag.
const TAG_LEN: usize = 16;
/// Length of the Argon2 salt written at creation.
const SALT_LEN: usize = 16;
/// The format byte at the head of every sealed blob and wrapped key.
const FORMAT_V1: u8 = 1;

/// Smallest memory the calibrated parameters use: 64 MiB, in KiB.
pub const MIN_CALIBRATED_M_KIB: u32 = 64 * 1024;
/// The unlock time calibration aims at on this machine (inside the 0.5–1 s window).
pub const UNLOCK_TARGET: Duration = Duration::from_millis(750);

/// Bounds a stored parameter set must respect: anything outside is a damaged or hostile
/// file, refused before Argon2 runs (1 GiB, 64 passes and 16 lanes are far above what
/// calibration writes).
const MAX_M_KIB: u32 = 1024 * 1024;
const MAX_T: u32 = 64;
const MAX_P: u32 = 16;

/// Fill `buf` from the operating system's random source.
pub(crate) fn random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| Error::Crypto(format!("no randomness: {e}")))
}

/// The random key that seals every entry. Wiped when dropped (on lock).
pub(crate) struct DataKey(Zeroizing<[u8; KEY_LEN]>);

impl DataKey {
    /// A fresh key from the OS random source.
    pub(crate) fn generate() -> Result<DataKey> {
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        random(key.as_mut())?;
        Ok(DataKey(key))
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        // The cipher keeps its own copy of the key and wipes it on drop (feature `zeroize`).
        XChaCha20Poly1305::new(&Key::from(*self.0))
    }

    /// Seal `plaintext` bound to `aad`: `FORMAT_V1 ‖ nonce ‖ ciphertext+tag`.
    pub(crate) fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
        seal_with(&self.cipher(), aad, plaintext)
    }

    /// Open a blob made by [`DataKey::seal`] with the same `aad`. Any other input, truncated,
    /// altered, moved or random, is `record-corrupt`.
    pub(crate) fn open(&self, aad: &[u8], blob: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        open_with(&self.cipher(), aad, blob)
            .ok_or_else(|| Error::RecordCorrupt("entry does not open".into()))
    }
}

fn seal_with(cipher: &XChaCha20Poly1305, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_LEN];
    random(&mut nonce)?;
    let sealed = cipher
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: plaintext,
                aad,
            },
        )
        .map_err(|_| Error::Crypto("encryption failed".into()))?;
    let mut blob = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
    blob.push(FORMAT_V1);
    blob.extend_from_slice(&nonce);
    blob.extend_from_slice(&sealed);
    Ok(blob)
}

fn open_with(cipher: &XChaCha20Poly1305, aad: &[u8], blob: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let (&format, rest) = blob.split_first()?;
    if format != FORMAT_V1 || rest.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] = nonce.try_into().ok()?;
    cipher
        .decrypt(&XNonce::from(nonce), Payload { msg: sealed, aad })
        .ok()
        .map(Zeroizing::new)
}

/// What an entry's seal is bound to: its id and revision, so that a blob copied into another
/// row, or put back with another revision number, fails to open.
pub(crate) fn entry_aad(id: &str, revision: u64) -> Vec<u8> {
    let mut aad = b"refuge-record-entry-v1\0".to_vec();
    aad.extend_from_slice(&u64::try_from(id.len()).unwrap_or(u64::MAX).to_le_bytes());
    aad.extend_from_slice(id.as_bytes());
    aad.extend_from_slice(&revision.to_le_bytes());
    aad
}

/// Argon2id parameters and salt: how the key that wraps the data key is derived.
#[derive(Clone, PartialEq, Eq)]
pub struct KdfParams {
    m_kib: u32,
    t: u32,
    p: u32,
    salt: Vec<u8>,
}

impl std::fmt::Debug for KdfParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KdfParams")
            .field("m_kib", &self.m_kib)
            .field("t", &self.t)
            .field("p", &self.p)
            .finish_non_exhaustive()
    }
}

impl KdfParams {
    /// Parameters measured on this machine: 64 MiB, and as many passes as make one
    /// derivation take about [`UNLOCK_TARGET`]. A one-pass probe also pays for mapping the
    /// 64 MiB, so it overestimates a pass; the passes it suggests are timed once more and
    /// scaled. Costs about one second, once, at set-up.
    pub fn calibrate() -> Result<KdfParams> {
        let time = |t: u32| -> Result<Duration> {
            let probe = KdfParams::with_fresh_salt(MIN_CALIBRATED_M_KIB, t)?;
            let started = Instant::now();
            probe.derive(b"calibration, not a secret")?;
            Ok(started.elapsed())
        };
        let first = passes_for(time(1)?, UNLOCK_TARGET);
        let measured = time(first)?;
        KdfParams::with_fresh_salt(
            MIN_CALIBRATED_M_KIB,
            passes_for(measured / first, UNLOCK_TARGET),
        )
    }

    /// Tiny parameters (64 KiB, one pass) so tests and the kill -9 harness run fast.
    /// **Never for a real record**: they make guessing a PIN cheap.
    pub fn insecure_for_tests() -> KdfParams {
        KdfParams {
            m_kib: 64,
            t: 1,
            p: 1,
            salt: vec![7; SALT_LEN],
        }
    }

    fn with_fresh_salt(m_kib: u32, t: u32) -> Result<KdfParams> {
        let mut salt = vec![0u8; SALT_LEN];
        random(&mut salt)?;
        Ok(KdfParams {
            m_kib,
            t,
            p: 1,
            salt,
        })
    }

    /// The same costs with a new random salt.
    #[cfg(test)]
    fn resalted(&self) -> Result<KdfParams> {
        let mut fresh = KdfParams::with_fresh_salt(self.m_kib, self.t)?;
        fresh.p = self.p;
        Ok(fresh)
    }

    /// Memory cost, KiB.
    pub fn memory_kib(&self) -> u32 {
        self.m_kib
    }

    /// Passes over memory.
    pub fn passes(&self) -> u32 {
        self.t
    }

    /// `FORMAT_V1 ‖ algorithm (1 = Argon2id v19) ‖ m ‖ t ‖ p (u32 LE) ‖ salt length ‖ salt`.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = vec![FORMAT_V1, 1];
        out.extend_from_slice(&self.m_kib.to_le_bytes());
        out.extend_from_slice(&self.t.to_le_bytes());
        out.extend_from_slice(&self.p.to_le_bytes());
        out.push(u8::try_from(self.salt.len()).unwrap_or(u8::MAX));
        out.extend_from_slice(&self.salt);
        out
    }

    /// Read what [`KdfParams::encode`] wrote; anything else, or costs out of bounds, is
    /// `record-corrupt`.
    pub fn decode(bytes: &[u8]) -> Result<KdfParams> {
        let bad = |why: &str| Error::RecordCorrupt(format!("key parameters: {why}"));
        let [format, algorithm, rest @ ..] = bytes else {
            return Err(bad("too short"));
        };
        if *format != FORMAT_V1 || *algorithm != 1 {
            return Err(bad("unknown format"));
        }
        let u32_at = |i: usize| -> Result<u32> {
            rest.get(i..i + 4)
                .and_then(|b| b.try_into().ok())
                .map(u32::from_le_bytes)
                .ok_or_else(|| bad("too short"))
        };
        let (m_kib, t, p) = (u32_at(0)?, u32_at(4)?, u32_at(8)?);
        let salt_len = usize::from(*rest.get(12).ok_or_else(|| bad("too short"))?);
        let salt = rest.get(13..).ok_or_else(|| bad("too short"))?;
        if salt.len() != salt_len || !(8..=64).contains(&salt_len) {
            return Err(bad("salt length"));
        }
        if !(1..=MAX_P).contains(&p) || !(1..=MAX_T).contains(&t) {
            return Err(bad("costs out of bounds"));
        }
        if m_kib < 8 * p || m_kib > MAX_M_KIB {
            return Err(bad("memory out of bounds"));
        }
        Ok(KdfParams {
            m_kib,
            t,
            p,
            salt: salt.to_vec(),
        })
    }

    /// Argon2id(secret, salt) → the key that wraps the data key.
    fn derive(&self, secret: &[u8]) -> Result<Zeroizing<[u8; KEY_LEN]>> {
        let params = Params::new(self.m_kib, self.t, self.p, Some(KEY_LEN))
            .map_err(|e| Error::Crypto(format!("argon2 parameters: {e}")))?;
        let mut out = Zeroizing::new([0u8; KEY_LEN]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(secret, &self.salt, out.as_mut())
            .map_err(|e| Error::Crypto(format!("argon2: {e}")))?;
        Ok(out)
    }
}

/// How many passes of 64 MiB make one derivation last about `target`, given one pass took
/// `one_pass`: at least 1 (a slow device stays at one pass rather than below 64 MiB), at
/// most [`MAX_T`].
pub(crate) fn passes_for(one_pass: Duration, target: Duration) -> u32 {
    let one = one_pass.as_secs_f64().max(1e-6);
    let passes = (target.as_secs_f64() / one).round();
    // Truncation is intended: the value is clamped to 1..=MAX_T first.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let passes = passes.clamp(1.0, f64::from(MAX_T)) as u32;
    passes
}

/// The data key as stored: sealed under the key derived from the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WrappedKey(Vec<u8>);

/// Why unwrapping failed.
#[derive(Debug)]
pub(crate) enum UnwrapError {
    /// The derived key does not open the wrapped key: the secret is wrong.
    WrongSecret,
    /// Argon2 could not run (memory) or randomness failed: not the person's fault.
    Crypto(Error),
}

impl WrappedKey {
    /// The exact length of a wrapped key.
    const LEN: usize = 1 + NONCE_LEN + KEY_LEN + TAG_LEN;

    /// Wrap `key` under Argon2id(`secret`) with `params`, bound to `context` (the kind of
    /// secret and the encoded parameters).
    pub(crate) fn wrap(
        key: &DataKey,
        secret: &SecretString,
        params: &KdfParams,
        context: &[u8],
    ) -> Result<WrappedKey> {
        let kek = params.derive(secret.expose_secret().as_bytes())?;
        let cipher = XChaCha20Poly1305::new(&Key::from(*kek));
        Ok(WrappedKey(seal_with(&cipher, context, key.0.as_ref())?))
    }

    /// Unwrap with `secret`; a wrong secret is [`UnwrapError::WrongSecret`].
    pub(crate) fn unwrap(
        &self,
        secret: &SecretString,
        params: &KdfParams,
        context: &[u8],
    ) -> std::result::Result<DataKey, UnwrapError> {
        let kek = params
            .derive(secret.expose_secret().as_bytes())
            .map_err(UnwrapError::Crypto)?;
        let cipher = XChaCha20Poly1305::new(&Key::from(*kek));
        let plain = open_with(&cipher, context, &self.0).ok_or(UnwrapError::WrongSecret)?;
        let key: [u8; KEY_LEN] = plain
            .as_slice()
            .try_into()
            .map_err(|_| UnwrapError::WrongSecret)?;
        Ok(DataKey(Zeroizing::new(key)))
    }

    /// The stored bytes.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Check the shape of stored bytes (format and length) before any secret is tried.
    pub(crate) fn decode(bytes: &[u8]) -> Result<WrappedKey> {
        if bytes.len() != WrappedKey::LEN || bytes.first() != Some(&FORMAT_V1) {
            return Err(Error::RecordCorrupt("wrapped key: bad format".into()));
        }
        Ok(WrappedKey(bytes.to_vec()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn a_sealed_entry_opens_only_with_its_own_id_and_revision() {
        let key = DataKey::generate().unwrap();
        let blob = key.seal(&entry_aad("a", 1), b"hello").unwrap();
        assert_eq!(
            key.open(&entry_aad("a", 1), &blob).unwrap().as_slice(),
            b"hello",
            "the same id and revision open the blob"
        );
        for (id, rev) in [("b", 1), ("a", 2), ("a", 0)] {
            assert_eq!(
                key.open(&entry_aad(id, rev), &blob).unwrap_err().code(),
                "record-corrupt",
                "a blob under id {id:?} revision {rev} must not open"
            );
        }
        let other = DataKey::generate().unwrap();
        assert!(
            other.open(&entry_aad("a", 1), &blob).is_err(),
            "another key does not open it"
        );
    }

    #[test]
    fn each_write_uses_a_fresh_nonce() {
        let key = DataKey::generate().unwrap();
        let a = key.seal(b"x", b"same text").unwrap();
        let b = key.seal(b"x", b"same text").unwrap();
        assert_ne!(a, b, "sealing twice must not give the same bytes");
        assert_ne!(a[1..25], b[1..25], "the nonces differ");
    }

    #[test]
    fn the_data_key_unwraps_with_the_right_secret_only() {
        let params = KdfParams::insecure_for_tests();
        let key = DataKey::generate().unwrap();
        let wrapped = WrappedKey::wrap(&key, &secret("123456"), &params, b"pin").unwrap();
        let back = wrapped
            .unwrap(&secret("123456"), &params, b"pin")
            .unwrap_or_else(|_| panic!("the right PIN unwraps the key"));
        assert_eq!(*back.0, *key.0, "the unwrapped key is the data key");
        assert!(
            matches!(
                wrapped.unwrap(&secret("123457"), &params, b"pin"),
                Err(UnwrapError::WrongSecret)
            ),
            "a wrong PIN is reported as wrong"
        );
        assert!(
            matches!(
                wrapped.unwrap(&secret("123456"), &params, b"passphrase"),
                Err(UnwrapError::WrongSecret)
            ),
            "the context (kind of secret, parameters) is bound"
        );
        let resalted = params.resalted().unwrap();
        assert!(
            matches!(
                wrapped.unwrap(&secret("123456"), &resalted, b"pin"),
                Err(UnwrapError::WrongSecret)
            ),
            "the salt matters"
        );
        assert_eq!(
            WrappedKey::decode(wrapped.as_bytes()).unwrap(),
            wrapped,
            "stored bytes decode back"
        );
    }

    #[test]
    fn params_round_trip_through_their_stored_form() {
        let params = KdfParams::with_fresh_salt(MIN_CALIBRATED_M_KIB, 3).unwrap();
        assert_eq!(KdfParams::decode(&params.encode()).unwrap(), params);
    }

    #[test]
    fn absurd_stored_costs_are_refused_before_argon2_runs() {
        let mut huge = KdfParams::insecure_for_tests();
        huge.m_kib = u32::MAX;
        let mut endless = KdfParams::insecure_for_tests();
        endless.t = u32::MAX;
        for p in [huge, endless] {
            assert_eq!(
                KdfParams::decode(&p.encode()).unwrap_err().code(),
                "record-corrupt",
                "{p:?} would hang or exhaust memory: refused"
            );
        }
    }

    #[test]
    fn calibration_picks_passes_for_the_target() {
        let t = UNLOCK_TARGET;
        assert_eq!(passes_for(t / 3, t), 3, "a third of the target: 3 passes");
        assert_eq!(passes_for(t * 4, t), 1, "a slow device keeps one pass");
        assert_eq!(
            passes_for(Duration::ZERO, t),
            MAX_T,
            "an instant pass is capped"
        );
    }

    proptest! {
        #[test]
        fn seal_then_open_gives_back_the_plaintext(
            text in proptest::collection::vec(any::<u8>(), 0..2048),
            id in "[0-9a-f]{0,40}",
            rev in any::<u64>(),
        ) {
            let key = DataKey::generate().unwrap();
            let blob = key.seal(&entry_aad(&id, rev), &text).unwrap();
            let opened = key.open(&entry_aad(&id, rev), &blob).unwrap();
            prop_assert_eq!(opened.as_slice(), &text[..]);
        }

        #[test]
        fn random_bytes_never_panic_any_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let key = DataKey::generate().unwrap();
            prop_assert!(key.open(b"aad", &bytes).is_err(), "random bytes are not an entry");
            if let Ok(w) = WrappedKey::decode(&bytes) {
                let unwrapped = w.unwrap(&secret("123456"), &KdfParams::insecure_for_tests(), b"pin");
                prop_assert!(unwrapped.is_err(), "random bytes are not a wrapped key");
            }
            if let Ok(p) = KdfParams::decode(&bytes) {
                prop_assert!(p.m_kib <= MAX_M_KIB && p.t <= MAX_T, "decoded costs are bounded");
            }
        }

        #[test]
        fn mutated_stored_forms_are_errors(flip in 0usize..80, bit in 0u8..8) {
            let params = KdfParams::insecure_for_tests();
            let key = DataKey::generate().unwrap();
            let wrapped = WrappedKey::wrap(&key, &secret("123456"), &params, b"pin").unwrap();
            let mut bytes = wrapped.as_bytes().to_vec();
            let i = flip % bytes.len();
            bytes[i] ^= 1 << bit;
            let result = WrappedKey::decode(&bytes)
                .map(|w| w.unwrap(&secret("123456"), &params, b"pin").is_ok());
            prop_assert!(!matches!(result, Ok(true)), "a flipped bit never unwraps");
        }
    }
}
