-- Version 8: an audit trail that can be trusted (issue 12). Each entry carries the hash of the
-- entry before it and its own hash (BLAKE2b-256 over a canonical serialisation, core/repo/audit.cpp),
-- so deleting, editing or reordering an entry breaks the chain and `verify` reports it.
-- The C++ step of this version chains the existing entries and recreates the append-only
-- triggers (dropped here so that the step may fill the new columns), all in the migration's
-- transaction.
DROP TRIGGER audit_log_no_update;
DROP TRIGGER audit_log_no_delete;
ALTER TABLE audit_log ADD COLUMN prev_hash BLOB;
ALTER TABLE audit_log ADD COLUMN hash BLOB;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_account ON audit_log (account);
-- Entries older than six months may be pruned; the last pruned entry's id and hash stay here so
-- that the chain still verifies from this checkpoint to the head. One row at most.
CREATE TABLE audit_checkpoint (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_id INTEGER NOT NULL,
  last_at TEXT NOT NULL,
  last_hash BLOB NOT NULL CHECK (length(last_hash) = 32),
  pruned INTEGER NOT NULL CHECK (pruned > 0),
  pruned_at TEXT NOT NULL
);
