-- Version 7: roles that hold (issue 12). A class-grid entry names the account of its teacher:
-- a class teacher's account sees the students of the classes linked to it and no others.
-- An account can be disabled (kept for the audit trail, its key slot removed).
ALTER TABLE class_grid ADD COLUMN account TEXT;
CREATE INDEX class_grid_account ON class_grid (account);
ALTER TABLE accounts ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
