-- The data key, wrapped under Argon2id(PIN or passphrase): the only way to read any entry.
-- One row once the record is set up, none before (and none after "Erase my record").
CREATE TABLE record_key (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    kind     TEXT NOT NULL CHECK (kind IN ('pin', 'passphrase')),
    audience TEXT NOT NULL CHECK (audience IN ('young', 'adult')),
    kdf      BLOB NOT NULL,
    wrapped  BLOB NOT NULL
) STRICT;

-- Wrong tries, in clear so they are counted before any key is known, and survive a restart.
CREATE TABLE lockout (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    failures    INTEGER NOT NULL CHECK (failures >= 0),
    retry_at_ms INTEGER
) STRICT;
INSERT INTO lockout (id, failures, retry_at_ms) VALUES (1, 0, NULL);

-- One row per entry. Everything the person wrote, and when, is inside `sealed`.
CREATE TABLE entry (
    id       TEXT PRIMARY KEY NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    sealed   BLOB NOT NULL
) STRICT;
