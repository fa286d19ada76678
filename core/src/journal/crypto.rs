//! The record's keys: a random data key that seals every entry, stored only wrapped under a
//! key derived from the person's PIN or passphrase.
//! (Over 600 lines: one job, and a third of it the tests of each property below.)
//!
//! - Entries are sealed with XChaCha20-Poly1305 under the 256-bit data key, a fresh random
//!   24-byte nonce per write, and associated data that names the entry and its revision
//!   ([`entry_aad`]): a blob copied into another row, or paired with another revision
//!   number, does not open.
//! - The data key is wrapped (XChaCha20-Poly1305 again) under a key-encryption key (KEK):
//!   `HKDF-SHA256(Argon2id(secret, salt) ‖ key-file secret)` ([`Kek`]). The key file
//!   (`super::keyfile`) is what erase destroys: without its 32 bytes, no copy of the database,
//!   its WAL or a backup opens, even with the right PIN. A record made before the key file
//!   existed is wrapped under Argon2id alone until its next unlock re-wraps it.
//! - The Argon2id parameters and salt are stored beside the wrapped key
//!   ([`KdfParams::encode`]) and are part of the wrapping's associated data, with the kind
//!   of secret. [`KdfParams::calibrate`] picks memory first (256 MiB on a desktop that has
//!   it), then at least [`MIN_T`] passes and up to four lanes, for about [`UNLOCK_TARGET`].
//! - What is wiped: the data key, the Argon2id output, the KEK and the decrypted plaintext
//!   are `Zeroizing` and wiped when dropped; ciphers are built from references to them, so
//!   no copy of a key is left on the stack by this code. What is not: copies the AEAD and
//!   Argon2 crates make internally are theirs to wipe (both are built with `zeroize`), and
//!   nothing is locked in RAM (no `mlock`): with unencrypted swap or hibernation while the
//!   record is open, a key can reach the disk.
//! - Every decoder here ([`KdfParams::decode`], [`WrappedKey::decode`], [`DataKey::open`])
//!   answers hostile bytes with an error, never a panic, and refuses Argon2 costs above
//!   [`MAX_M_KIB`] or [`MAX_WORK_KIB_PASSES`] **before** anything is allocated.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use super::keyfile::KeyFileSecret;
use super::random::random;
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
/// Parameters written by this build's calibration (memory first, ≥ 3 passes, lanes).
/// Parameters of [`FORMAT_V1`] are from the first calibration (64 MiB, one lane) and are
/// re-wrapped at the next unlock.
const PARAMS_V2: u8 = 2;

/// Smallest memory the calibrated parameters use: 64 MiB, in KiB.
pub const MIN_CALIBRATED_M_KIB: u32 = 64 * 1024;
/// The memory calibration starts from on a desktop (libsodium's MODERATE): 256 MiB, in KiB.
pub const DESKTOP_M_KIB: u32 = 256 * 1024;
/// Fewest passes calibration writes.
pub const MIN_T: u32 = 3;
/// Most lanes calibration writes (one per core, up to this).
pub const MAX_LANES: u32 = 4;
/// The unlock time calibration aims at on this machine (inside the 0.5–1 s window).
pub const UNLOCK_TARGET: Duration = Duration::from_millis(750);

/// Most memory a stored parameter set may ask for: 1 GiB, in KiB.
pub const MAX_M_KIB: u32 = 1024 * 1024;
/// Most work a stored parameter set may ask for (memory × passes): 1 GiB × 10 passes, in
/// KiB·passes. Records written by the first calibration (64 MiB, up to 64 passes) stay under it.
pub const MAX_WORK_KIB_PASSES: u64 = 10 * 1024 * 1024;
/// Most passes and lanes a stored parameter set may ask for.
const MAX_T: u32 = 64;
const MAX_P: u32 = 16;
/// Most passes calibration writes (at least [`MIN_T`]).
const MAX_CALIBRATED_T: u32 = 10;

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
        cipher_from(&self.0)
    }

    /// A copy, for re-wrapping the key while the record stays usable (wiped on drop).
    pub(crate) fn duplicate(&self) -> DataKey {
        DataKey(Zeroizing::new(*self.0))
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

/// A cipher built from a reference: no copy of the key is left on this code's stack (the
/// cipher keeps its own copy and wipes it on drop, feature `zeroize`).
fn cipher_from(key: &[u8; KEY_LEN]) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(key.into())
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
    format: u8,
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
            .field("format", &self.format)
            .finish_non_exhaustive()
    }
}

impl KdfParams {
    /// Parameters measured on this machine, memory first: start from [`memory_budget_kib`]
    /// (256 MiB on a desktop that has it) with [`MIN_T`] passes and one lane per core (up to
    /// [`MAX_LANES`]); halve the memory while those passes take longer than
    /// [`UNLOCK_TARGET`] (never below 64 MiB); then add passes while they fit in the target
    /// (at most 10). The first probe also pays for mapping the memory, so it is run twice.
    /// Costs one to two seconds, once, at set-up (and at the one unlock that re-wraps).
    pub fn calibrate() -> Result<KdfParams> {
        let lanes = lanes();
        let time = |m_kib: u32, t: u32| -> Result<Duration> {
            let probe = KdfParams::with_fresh_salt(m_kib, t, lanes)?;
            let started = Instant::now();
            probe.derive(b"calibration, not a secret")?;
            Ok(started.elapsed())
        };
        let mut m_kib = memory_budget_kib();
        time(m_kib.min(MIN_CALIBRATED_M_KIB), 1)?;
        let mut at_min_t = time(m_kib, MIN_T)?;
        while at_min_t > UNLOCK_TARGET && m_kib / 2 >= MIN_CALIBRATED_M_KIB {
            m_kib /= 2;
            at_min_t = time(m_kib, MIN_T)?;
        }
        let per_pass = at_min_t / MIN_T;
        let t = passes_for(per_pass, UNLOCK_TARGET).clamp(MIN_T, MAX_CALIBRATED_T);
        KdfParams::with_fresh_salt(m_kib, t, lanes)
    }

    /// Tiny parameters (64 KiB, [`MIN_T`] passes) so tests and the kill -9 harness run fast.
    /// **Never for a real record**: they make guessing a PIN cheap. Test builds only.
    #[cfg(any(test, feature = "test-support"))]
    pub fn insecure_for_tests() -> KdfParams {
        KdfParams {
            format: PARAMS_V2,
            m_kib: 64,
            t: MIN_T,
            p: 1,
            salt: vec![7; SALT_LEN],
        }
    }

    /// Parameters as the first calibration wrote them (format 1, one lane), for the tests of
    /// re-wrapping. Test builds only.
    #[cfg(any(test, feature = "test-support"))]
    pub fn legacy_for_tests() -> KdfParams {
        KdfParams {
            format: FORMAT_V1,
            m_kib: 64,
            t: 1,
            p: 1,
            salt: vec![9; SALT_LEN],
        }
    }

    fn with_fresh_salt(m_kib: u32, t: u32, p: u32) -> Result<KdfParams> {
        let mut salt = vec![0u8; SALT_LEN];
        random(&mut salt)?;
        Ok(KdfParams {
            format: PARAMS_V2,
            m_kib,
            t,
            p,
            salt,
        })
    }

    /// The same costs with a new random salt.
    #[cfg(any(test, feature = "test-support"))]
    pub fn resalted(&self) -> Result<KdfParams> {
        let mut fresh = KdfParams::with_fresh_salt(self.m_kib, self.t, self.p)?;
        fresh.format = self.format;
        Ok(fresh)
    }

    /// Whether these parameters are below what this build writes: written by the first
    /// calibration (64 MiB, one lane, no pass floor), or under [`MIN_T`] passes. The record
    /// re-wraps its key with fresh parameters at the next unlock (libsodium's
    /// `crypto_pwhash_str_needs_rehash`).
    pub fn below_todays(&self) -> bool {
        self.format < PARAMS_V2 || self.t < MIN_T
    }

    /// Lanes (parallelism).
    pub fn lanes(&self) -> u32 {
        self.p
    }

    /// Memory cost, KiB.
    pub fn memory_kib(&self) -> u32 {
        self.m_kib
    }

    /// Passes over memory.
    pub fn passes(&self) -> u32 {
        self.t
    }

    /// `format (1 or 2) ‖ algorithm (1 = Argon2id v19) ‖ m ‖ t ‖ p (u32 LE) ‖ salt length ‖
    /// salt`. Format 2 marks parameters written by this build's calibration.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = vec![self.format, 1];
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
        if !(FORMAT_V1..=PARAMS_V2).contains(format) || *algorithm != 1 {
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
        if u64::from(m_kib) * u64::from(t) > MAX_WORK_KIB_PASSES {
            return Err(bad("work out of bounds"));
        }
        Ok(KdfParams {
            format: *format,
            m_kib,
            t,
            p,
            salt: salt.to_vec(),
        })
    }

    /// Argon2id(secret, salt): the first half of the KEK (see [`Kek`]).
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

/// One lane per core the system reports, from 1 to [`MAX_LANES`].
fn lanes() -> u32 {
    std::thread::available_parallelism()
        .ok()
        .and_then(|n| u32::try_from(n.get()).ok())
        .unwrap_or(1)
        .clamp(1, MAX_LANES)
}

/// The memory calibration starts from: 256 MiB on a desktop, unless less than four times that
/// is free (then the largest power-of-two share of a quarter of what is free, never below
/// 64 MiB); 64 MiB on a phone (iOS and Android kill an app that takes much more).
pub fn memory_budget_kib() -> u32 {
    if cfg!(any(target_os = "android", target_os = "ios")) {
        return MIN_CALIBRATED_M_KIB;
    }
    let mut m = DESKTOP_M_KIB;
    if let Some(free) = available_memory_kib() {
        while m > MIN_CALIBRATED_M_KIB && u64::from(m) * 4 > free {
            m /= 2;
        }
    }
    m
}

/// Memory the system says is available, in KiB (Linux: `MemAvailable` in `/proc/meminfo`).
fn available_memory_kib() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    info.lines()
        .find_map(|l| l.strip_prefix("MemAvailable:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// How many passes make one derivation last about `target`, given one pass took
/// `one_pass`: at least 1, at most [`MAX_T`] (the caller applies its own floor and cap).
pub(crate) fn passes_for(one_pass: Duration, target: Duration) -> u32 {
    let one = one_pass.as_secs_f64().max(1e-6);
    let passes = (target.as_secs_f64() / one).round();
    // Truncation is intended: the value is clamped to 1..=MAX_T first.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let passes = passes.clamp(1.0, f64::from(MAX_T)) as u32;
    passes
}

/// The key-encryption key: what wraps the data key.
///
/// With a key file: `HKDF-SHA256(salt = "refuge-record-kek-v2", ikm = Argon2id(secret) ‖
/// key-file secret, info = context)`. Destroying the key file makes the KEK unreachable
/// whatever the PIN. Without one (a record made before the key file existed, until its next
/// unlock): Argon2id(secret) itself, as the first version wrapped it.
struct Kek(Zeroizing<[u8; KEY_LEN]>);

impl Kek {
    fn derive(
        secret: &SecretString,
        params: &KdfParams,
        context: &[u8],
        keyfile: Option<&KeyFileSecret>,
    ) -> Result<Kek> {
        let stretched = params.derive(secret.expose_secret().as_bytes())?;
        let Some(keyfile) = keyfile else {
            return Ok(Kek(stretched));
        };
        Ok(Kek(mix(&stretched, keyfile.bytes(), context)?))
    }
}

/// HKDF-SHA256 over the Argon2id output and the key file's secret (see [`Kek`]).
pub(crate) fn mix(
    stretched: &[u8; KEY_LEN],
    keyfile: &[u8; KEY_LEN],
    context: &[u8],
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let mut ikm = Zeroizing::new([0u8; 2 * KEY_LEN]);
    ikm[..KEY_LEN].copy_from_slice(stretched);
    ikm[KEY_LEN..].copy_from_slice(keyfile);
    let hk = hkdf::Hkdf::<sha2::Sha256>::new(Some(b"refuge-record-kek-v2"), ikm.as_ref());
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    hk.expand(context, out.as_mut())
        .map_err(|_| Error::Crypto("hkdf length".into()))?;
    Ok(out)
}

/// The data key as stored: sealed under the KEK.
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

    /// Wrap `key` under the KEK of `secret`, `params` and `keyfile`, bound to `context`
    /// (the kind of secret and the encoded parameters).
    pub(crate) fn wrap(
        key: &DataKey,
        secret: &SecretString,
        params: &KdfParams,
        context: &[u8],
        keyfile: Option<&KeyFileSecret>,
    ) -> Result<WrappedKey> {
        let kek = Kek::derive(secret, params, context, keyfile)?;
        Ok(WrappedKey(seal_with(
            &cipher_from(&kek.0),
            context,
            key.0.as_ref(),
        )?))
    }

    /// Unwrap with `secret` (and the key file, if the record has one); a wrong secret is
    /// [`UnwrapError::WrongSecret`].
    pub(crate) fn unwrap(
        &self,
        secret: &SecretString,
        params: &KdfParams,
        context: &[u8],
        keyfile: Option<&KeyFileSecret>,
    ) -> std::result::Result<DataKey, UnwrapError> {
        let kek = Kek::derive(secret, params, context, keyfile).map_err(UnwrapError::Crypto)?;
        let plain =
            open_with(&cipher_from(&kek.0), context, &self.0).ok_or(UnwrapError::WrongSecret)?;
        if plain.len() != KEY_LEN {
            return Err(UnwrapError::WrongSecret);
        }
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        key.copy_from_slice(&plain);
        Ok(DataKey(key))
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
        let wrapped = WrappedKey::wrap(&key, &secret("123456"), &params, b"pin", None).unwrap();
        let back = wrapped
            .unwrap(&secret("123456"), &params, b"pin", None)
            .unwrap_or_else(|_| panic!("the right PIN unwraps the key"));
        assert_eq!(*back.0, *key.0, "the unwrapped key is the data key");
        assert!(
            matches!(
                wrapped.unwrap(&secret("123457"), &params, b"pin", None),
                Err(UnwrapError::WrongSecret)
            ),
            "a wrong PIN is reported as wrong"
        );
        assert!(
            matches!(
                wrapped.unwrap(&secret("123456"), &params, b"passphrase", None),
                Err(UnwrapError::WrongSecret)
            ),
            "the context (kind of secret, parameters) is bound"
        );
        let resalted = params.resalted().unwrap();
        assert!(
            matches!(
                wrapped.unwrap(&secret("123456"), &resalted, b"pin", None),
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
        let params = KdfParams::with_fresh_salt(MIN_CALIBRATED_M_KIB, 3, 4).unwrap();
        assert_eq!(KdfParams::decode(&params.encode()).unwrap(), params);
        let legacy = KdfParams::legacy_for_tests();
        assert_eq!(
            KdfParams::decode(&legacy.encode()).unwrap(),
            legacy,
            "parameters of the first calibration still read"
        );
        assert!(
            legacy.below_todays(),
            "and are re-wrapped at the next unlock"
        );
        assert!(!params.below_todays(), "today's are not");
    }

    #[test]
    fn absurd_stored_costs_are_refused_before_argon2_runs() {
        let mut huge = KdfParams::insecure_for_tests();
        huge.m_kib = u32::MAX;
        let mut endless = KdfParams::insecure_for_tests();
        endless.t = u32::MAX;
        let mut heavy = KdfParams::insecure_for_tests();
        heavy.m_kib = MAX_M_KIB;
        heavy.t = 11;
        let mut lanes = KdfParams::insecure_for_tests();
        lanes.p = 1000;
        for p in [huge, endless, heavy, lanes] {
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

    #[test]
    fn the_stored_cost_ceiling_is_a_gibibyte_and_ten_passes_of_work() {
        let ok = |m: u32, t: u32| {
            let mut p = KdfParams::insecure_for_tests();
            p.m_kib = m;
            p.t = t;
            KdfParams::decode(&p.encode()).is_ok()
        };
        assert!(ok(MAX_M_KIB, 10), "1 GiB × 10 passes is the ceiling");
        assert!(!ok(MAX_M_KIB + 1, 1), "over 1 GiB is refused");
        assert!(!ok(MAX_M_KIB, 11), "over 10 GiB·passes is refused");
        assert!(
            ok(64 * 1024, 64),
            "every record the first calibration wrote still opens"
        );
        assert!(ok(256 * 1024, 10), "what calibration writes opens");
    }

    fn keyfile(byte: u8) -> KeyFileSecret {
        KeyFileSecret::from_bytes([byte; KEY_LEN])
    }

    #[test]
    fn the_key_file_is_mixed_in_and_needed() {
        let params = KdfParams::insecure_for_tests();
        let key = DataKey::generate().unwrap();
        let kf = keyfile(1);
        let wrapped =
            WrappedKey::wrap(&key, &secret("482915"), &params, b"pin", Some(&kf)).unwrap();
        let back = wrapped
            .unwrap(&secret("482915"), &params, b"pin", Some(&kf))
            .unwrap_or_else(|_| panic!("PIN and key file unwrap"));
        assert_eq!(*back.0, *key.0);
        for (kf, why) in [
            (None, "without the key file"),
            (Some(keyfile(2)), "with another key file"),
        ] {
            assert!(
                matches!(
                    wrapped.unwrap(&secret("482915"), &params, b"pin", kf.as_ref()),
                    Err(UnwrapError::WrongSecret)
                ),
                "the right PIN does not unwrap {why}"
            );
        }
    }

    #[test]
    fn calibration_uses_memory_first_and_at_least_three_passes() {
        let p = KdfParams::calibrate().unwrap();
        assert!(
            p.m_kib >= MIN_CALIBRATED_M_KIB && p.m_kib <= DESKTOP_M_KIB,
            "{p:?}"
        );
        assert!((MIN_T..=MAX_CALIBRATED_T).contains(&p.t), "{p:?}");
        assert!((1..=MAX_LANES).contains(&p.p), "{p:?}");
        assert!(
            !p.below_todays(),
            "freshly calibrated parameters are today's"
        );
        assert!(
            KdfParams::decode(&p.encode()).is_ok(),
            "and pass the ceiling"
        );
    }

    proptest! {
        #[test]
        fn the_mix_depends_on_every_input_bit(
            a in any::<[u8; 32]>(), b in any::<[u8; 32]>(), bit in 0usize..512, ctx in proptest::collection::vec(any::<u8>(), 0..64),
        ) {
            let base = mix(&a, &b, &ctx).unwrap();
            let (mut a2, mut b2) = (a, b);
            if bit < 256 { a2[bit / 8] ^= 1 << (bit % 8); } else { b2[(bit - 256) / 8] ^= 1 << (bit % 8); }
            prop_assert_ne!(*base, *mix(&a2, &b2, &ctx).unwrap(), "one flipped bit changes the KEK");
            let mut ctx2 = ctx.clone();
            ctx2.push(0);
            prop_assert_ne!(*base, *mix(&a, &b, &ctx2).unwrap(), "the context is bound");
            prop_assert_eq!(*base, *mix(&a, &b, &ctx).unwrap(), "and it is deterministic");
        }

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
                let unwrapped = w.unwrap(&secret("123456"), &KdfParams::insecure_for_tests(), b"pin", None);
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
            let kf = keyfile(3);
            let wrapped = WrappedKey::wrap(&key, &secret("123456"), &params, b"pin", Some(&kf)).unwrap();
            let mut bytes = wrapped.as_bytes().to_vec();
            let i = flip % bytes.len();
            bytes[i] ^= 1 << bit;
            let result = WrappedKey::decode(&bytes)
                .map(|w| w.unwrap(&secret("123456"), &params, b"pin", Some(&kf)).is_ok());
            prop_assert!(!matches!(result, Ok(true)), "a flipped bit never unwraps");
        }
    }
}
