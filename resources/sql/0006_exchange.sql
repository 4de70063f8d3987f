-- TutorDesk schema v6: sync to the district (EXCHANGE.md "Out" and "Sending bundles").

-- What the district holds once every bundle made so far is applied: one row per exported row, with a hash
-- of the row's CSV line as that bundle wrote it. The next delta is the difference between the rows as they
-- are now and these, so that derived columns (a session's group size, an attendance row's date when its
-- session moved) and setting changes (names included or not) reach the district too: delta bundles applied
-- in sequence over the last bulk give exactly the next bulk. A bulk replaces them all.
CREATE TABLE export_rows (
    file       TEXT NOT NULL,
    sourced_id TEXT NOT NULL,
    row_hash   INTEGER NOT NULL,
    PRIMARY KEY (file, sourced_id)
) WITHOUT ROWID;

-- The outbox (schema v1) keeps each bundle's bytes until the district acknowledges it; these say what the
-- Sync page shows of a bundle after its bytes are gone: rows per file (JSON object) and size.
ALTER TABLE outbox ADD COLUMN row_counts TEXT NOT NULL DEFAULT '{}';
ALTER TABLE outbox ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_acknowledged ON outbox (acknowledged_at);
