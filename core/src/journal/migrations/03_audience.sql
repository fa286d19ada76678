-- Who keeps the record, in core's one vocabulary (vocab::Audience): `young`, `parent` or
-- `staff`, where records set up before stored `young` or `adult`. An adult's record becomes a
-- parent's: French says "vous" to both, as before. SQLite cannot change a CHECK in place, so
-- the table is copied whole (the same wrapped key, the same key-file tag) in this migration's
-- transaction: a failure leaves the record as it was.
CREATE TABLE record_key_v3 (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    kind     TEXT NOT NULL CHECK (kind IN ('pin', 'passphrase')),
    audience TEXT NOT NULL CHECK (audience IN ('young', 'parent', 'staff')),
    kdf      BLOB NOT NULL,
    wrapped  BLOB NOT NULL,
    keyfile  BLOB
) STRICT;
INSERT INTO record_key_v3 (id, kind, audience, kdf, wrapped, keyfile)
    SELECT id, kind, CASE audience WHEN 'adult' THEN 'parent' ELSE audience END, kdf, wrapped, keyfile
    FROM record_key;
DROP TABLE record_key;
ALTER TABLE record_key_v3 RENAME TO record_key;
