-- The tag of the record's key file (journal.key): NULL for a record set up before the key
-- file existed; its next unlock creates the file and re-wraps the key under both.
ALTER TABLE record_key ADD COLUMN keyfile BLOB;

-- The last counted wrong try on the boot-tied monotonic clock: the boot's id and the
-- milliseconds since that boot. NULL where the platform has no boot clock.
ALTER TABLE lockout ADD COLUMN boot_id TEXT;
ALTER TABLE lockout ADD COLUMN boot_ms INTEGER;
