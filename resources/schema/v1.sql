-- Version 1: the school, its accounts, students with guardians, and the append-only audit log.
-- special_flags is a bit set: 1 留守 left-behind, 2 单亲 single parent, 4 孤儿/事实无人抚养,
-- 8 随迁/流动 migrant, 16 残疾 disability, 32 家庭经济困难 financial hardship.
CREATE TABLE school (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  school_type TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  county TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE students (
  id INTEGER PRIMARY KEY,
  student_no TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  gender TEXT NOT NULL CHECK (gender IN ('M', 'F', 'U')),
  birth_date TEXT,
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 15),
  class_name TEXT NOT NULL DEFAULT '',
  ethnicity TEXT NOT NULL DEFAULT '',
  boarding INTEGER NOT NULL DEFAULT 0 CHECK (boarding IN (0, 1)),
  special_flags INTEGER NOT NULL DEFAULT 0 CHECK (special_flags BETWEEN 0 AND 63),
  status TEXT NOT NULL DEFAULT 'enrolled'
    CHECK (status IN ('enrolled', 'graduated', 'transferred', 'suspended')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX students_grade_class ON students (grade, class_name);
CREATE INDEX students_name ON students (name);
CREATE TABLE guardians (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  relation TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  UNIQUE (student_id, position)
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  account TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
