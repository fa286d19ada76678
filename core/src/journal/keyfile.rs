//! `journal.key`: 32 random bytes beside the database, the part of the record's key that
//! erase can really destroy.
//!
//! Why: SQLite deletes its `-wal` files without overwriting them, and flash storage or a
//! copy-on-write file system keeps old blocks whatever the app does (security review, H2).
//! So the record's key-encryption key mixes the PIN or passphrase with this file's secret
//! (`super::crypto::Kek`), and erase overwrites this one small file in place, syncs it and
//! deletes it **first** (crypto-shredding): every remnant of the database, its WAL or a
//! backup then stays sealed, even for someone who knows the PIN.
//!
//! Rules:
//! - Exactly [`LEN`] bytes, created once with `O_EXCL` and mode 0600, synced with its
//!   folder, never rewritten (a file that is only ever written once leaves no older copy of
//!   itself behind).
//! - Reading it never changes it. Missing, short, long, not a file, or not this record's
//!   ([`KeyFileSecret::tag`] differs from the one stored with the wrapped key): a coded
//!   `storage-key-file` error, and nothing is moved, deleted or created.
//! - A record set up before the key file existed has no tag: it opens as before, and its next
//!   unlock creates the file and re-wraps the key (see `Journal::unlock`).
//! - On a phone the secret belongs in the platform keystore instead (docs/mobile.md).

use std::io::{Read, Write};
use std::path::Path;

use zeroize::Zeroizing;

use super::random::random;
use crate::error::{Error, Result};
use crate::storage;

/// The key file's name, beside `journal.sqlite3`.
pub const FILE: &str = "journal.key";
/// The key file's exact size.
pub const LEN: usize = 32;
/// Length of the tag stored with the wrapped key to recognise this record's key file.
pub const TAG_LEN: usize = 16;

/// The key file's secret, wiped when dropped.
pub struct KeyFileSecret(Zeroizing<[u8; LEN]>);

impl KeyFileSecret {
    /// Fresh random bytes (not yet on disk).
    pub(crate) fn generate() -> Result<KeyFileSecret> {
        let mut bytes = Zeroizing::new([0u8; LEN]);
        random(bytes.as_mut())?;
        Ok(KeyFileSecret(bytes))
    }

    /// Given bytes (tests).
    #[cfg(test)]
    pub(crate) fn from_bytes(bytes: [u8; LEN]) -> KeyFileSecret {
        KeyFileSecret(Zeroizing::new(bytes))
    }

    pub(crate) fn bytes(&self) -> &[u8; LEN] {
        &self.0
    }

    /// A one-way tag of the secret (HKDF-SHA256 with its own label), stored beside the
    /// wrapped key: it tells "this is not the record's key file" apart from a wrong PIN,
    /// and says nothing about the secret.
    pub(crate) fn tag(&self) -> Vec<u8> {
        let hk = hkdf::Hkdf::<sha2::Sha256>::new(None, self.0.as_ref());
        let mut tag = [0u8; TAG_LEN];
        // TAG_LEN is far below HKDF-SHA256's limit, so expand cannot fail.
        let _ = hk.expand(b"refuge-record-keyfile-tag-v1", &mut tag);
        tag.to_vec()
    }
}

/// Read the key file in `dir`: `Ok(None)` if there is none; a `storage-key-file` error if it
/// is not exactly [`LEN`] bytes or not a regular file. Changes nothing on disk.
pub(crate) fn read(dir: &Path) -> Result<Option<KeyFileSecret>> {
    let path = dir.join(FILE);
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::Storage(e.kind().to_string())),
    };
    if !meta.is_file() {
        return Err(Error::StorageKeyFile("not a regular file".into()));
    }
    if meta.len() != LEN as u64 {
        return Err(Error::StorageKeyFile(format!(
            "{} bytes, expected {LEN}",
            meta.len()
        )));
    }
    let mut file = std::fs::File::open(&path).map_err(|e| Error::Storage(e.kind().to_string()))?;
    let mut bytes = Zeroizing::new([0u8; LEN]);
    file.read_exact(bytes.as_mut())
        .map_err(|_| Error::StorageKeyFile("could not be read whole".into()))?;
    Ok(Some(KeyFileSecret(bytes)))
}

/// Read the key file of a record whose wrapped key carries `tag`: it must be there and be
/// this record's.
pub(crate) fn read_expected(dir: &Path, tag: &[u8]) -> Result<KeyFileSecret> {
    let secret = read(dir)?.ok_or_else(|| Error::StorageKeyFile("missing".into()))?;
    if secret.tag() != tag {
        return Err(Error::StorageKeyFile(
            "does not belong to this record".into(),
        ));
    }
    Ok(secret)
}

/// Write `secret` as the key file in `dir`, once: created exclusively (an existing file is
/// never overwritten: `storage-key-file`), mode 0600, synced, folder synced.
pub(crate) fn create(dir: &Path, secret: &KeyFileSecret) -> Result<()> {
    let path = dir.join(FILE);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::StorageKeyFile("already exists".into())
        } else {
            Error::Storage(e.kind().to_string())
        }
    })?;
    let written = file
        .write_all(secret.bytes())
        .and_then(|()| file.sync_all());
    if let Err(e) = written {
        // A key file we just created and could not finish holds no record's key yet.
        drop(file);
        let _ = std::fs::remove_file(&path);
        return Err(Error::Storage(e.kind().to_string()));
    }
    storage::sync_dir(dir);
    Ok(())
}

/// Erase: overwrite the key file in place with zeros, sync it, delete it, sync the folder.
/// `Ok(true)` if there was one. Runs before anything else of the record is touched.
pub(crate) fn destroy(dir: &Path) -> Result<bool> {
    let path = dir.join(FILE);
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(Error::Storage(e.kind().to_string())),
        Ok(meta) if meta.is_file() => {
            let len = usize::try_from(meta.len()).unwrap_or(LEN).max(LEN);
            let overwritten = std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .and_then(|mut f| {
                    f.write_all(&vec![0u8; len])?;
                    f.sync_all()
                });
            if let Err(e) = overwritten {
                return Err(Error::EraseIncomplete(vec![format!(
                    "{FILE} ({})",
                    e.kind()
                )]));
            }
        }
        Ok(_) => {}
    }
    std::fs::remove_file(&path).map_err(|_| Error::EraseIncomplete(vec![FILE.into()]))?;
    storage::sync_dir(dir);
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_once_read_back_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        assert!(read(dir.path()).unwrap().is_none(), "none yet");
        let secret = KeyFileSecret::generate().unwrap();
        create(dir.path(), &secret).unwrap();
        let back = read(dir.path()).unwrap().unwrap();
        assert_eq!(back.bytes(), secret.bytes(), "the same 32 bytes");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "only the owner can read it");
        }
        let other = KeyFileSecret::generate().unwrap();
        assert_eq!(
            create(dir.path(), &other).unwrap_err().code(),
            "storage-key-file",
            "an existing key file is never rewritten"
        );
        assert_eq!(read(dir.path()).unwrap().unwrap().bytes(), secret.bytes());
        assert!(read_expected(dir.path(), &secret.tag()).is_ok());
        assert_eq!(
            read_expected(dir.path(), &other.tag())
                .err()
                .unwrap()
                .code(),
            "storage-key-file",
            "another record's key file is recognised"
        );
    }

    #[test]
    fn a_key_file_of_the_wrong_size_is_a_coded_error_and_left_alone() {
        for bytes in [vec![], vec![1u8; 31], vec![2u8; 33], vec![3u8; 4096]] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(FILE);
            std::fs::write(&path, &bytes).unwrap();
            let err = read(dir.path()).err().expect("a wrong size is refused");
            assert_eq!(err.code(), "storage-key-file", "{} bytes", bytes.len());
            assert_eq!(
                std::fs::read(&path).unwrap(),
                bytes,
                "left exactly as it was"
            );
        }
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(FILE)).unwrap();
        assert_eq!(read(dir.path()).err().unwrap().code(), "storage-key-file");
        assert!(
            dir.path().join(FILE).is_dir(),
            "a folder in the way is left alone"
        );
        let empty = tempfile::tempdir().unwrap();
        assert_eq!(
            read_expected(empty.path(), &[0; TAG_LEN])
                .err()
                .unwrap()
                .code(),
            "storage-key-file",
            "a missing key file the record needs"
        );
    }

    #[test]
    fn destroy_overwrites_then_deletes() {
        let dir = tempfile::tempdir().unwrap();
        let secret = KeyFileSecret::generate().unwrap();
        create(dir.path(), &secret).unwrap();
        // Keep a handle open: the bytes it sees after destroy are what the disk blocks held.
        let mut held = std::fs::File::open(dir.path().join(FILE)).unwrap();
        assert!(destroy(dir.path()).unwrap());
        let mut after = Vec::new();
        held.read_to_end(&mut after).unwrap();
        assert_eq!(
            after,
            vec![0u8; LEN],
            "the bytes were overwritten in place before the delete"
        );
        assert!(!dir.path().join(FILE).exists(), "then deleted");
        assert!(!destroy(dir.path()).unwrap(), "nothing to destroy twice");
    }
}
