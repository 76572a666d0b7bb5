-- Version 4: screening drives (测评批次) and their results. answers holds the item answers in
-- item order, comma-separated (NULL for a result recorded from another platform); total, band,
-- critical and needs_interview are the scorer's result, kept so that a later change of an
-- instrument's definition never rewrites a recorded result.
CREATE TABLE screening_drives (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  term TEXT NOT NULL DEFAULT '',
  instrument_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE screening_results (
  id INTEGER PRIMARY KEY,
  drive_id INTEGER NOT NULL REFERENCES screening_drives (id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  instrument_id TEXT NOT NULL,
  answers TEXT,
  total INTEGER NOT NULL,
  band_code TEXT NOT NULL,
  critical INTEGER NOT NULL DEFAULT 0 CHECK (critical IN (0, 1)),
  needs_interview INTEGER NOT NULL DEFAULT 0 CHECK (needs_interview IN (0, 1)),
  source TEXT NOT NULL CHECK (source IN ('entered', 'imported', 'external')),
  taken_on TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (drive_id, student_id, instrument_id)
);
CREATE INDEX screening_results_student ON screening_results (student_id, taken_on);
