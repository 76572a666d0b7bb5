-- Version 3: risk levels (监测预警). students.risk_level is the current level (0 green, 1 yellow,
-- 2 orange, 3 red), kept in step with the newest risk_changes row by RiskRepository in the same
-- transaction; every existing student starts green with no history.
ALTER TABLE students ADD COLUMN risk_level INTEGER NOT NULL DEFAULT 0 CHECK (risk_level BETWEEN 0 AND 3);
CREATE INDEX students_risk_level ON students (risk_level);
CREATE TABLE risk_changes (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  from_level INTEGER NOT NULL CHECK (from_level BETWEEN 0 AND 3),
  to_level INTEGER NOT NULL CHECK (to_level BETWEEN 0 AND 3),
  source TEXT NOT NULL
    CHECK (source IN ('screening', 'session', 'teacher_report', 'parent', 'crisis', 'hospital', 'review')),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  author TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX risk_changes_student ON risk_changes (student_id, at);
