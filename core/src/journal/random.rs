//! Random bytes from the operating system, for keys, nonces, salts and ids: the one leaf the
//! record's other files share (the key file and the keys need each other's bytes, not each
//! other).

use crate::error::{Error, Result};

/// Fill `buf` from the operating system's random source.
pub(crate) fn random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| Error::Crypto(format!("no randomness: {e}")))
}
