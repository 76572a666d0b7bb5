#include "migrations.h"

#include "../error.h"
#include "database.h"
#include "../domain/pinyin.h"

#include <QCoreApplication>

namespace xinan {
namespace {

// Version 1: the school, its accounts, students with guardians, and the append-only audit log.
// special_flags is a bit set: 1 留守 left-behind, 2 单亲 single parent, 4 孤儿/事实无人抚养,
// 8 随迁/流动 migrant, 16 残疾 disability, 32 家庭经济困难 financial hardship.
constexpr char SchemaV1[] = R"sql(
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
)sql";

// Version 2: search over name, pinyin and 学籍号; the optional ID-card number (stored only when
// the school turns it on); dated notes on the student's timeline; school-wide settings.
constexpr char SchemaV2[] = R"sql(
ALTER TABLE students ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
ALTER TABLE students ADD COLUMN id_card TEXT;
CREATE TABLE student_notes (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  happened_on TEXT NOT NULL,
  author TEXT NOT NULL,
  body TEXT NOT NULL CHECK (length(trim(body)) > 0),
  created_at TEXT NOT NULL
);
CREATE INDEX student_notes_student ON student_notes (student_id, happened_on);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql";

// Version 3: risk levels (监测预警). students.risk_level is the current level (0 green, 1 yellow,
// 2 orange, 3 red), kept in step with the newest risk_changes row by RiskRepository in the same
// transaction; every existing student starts green with no history.
constexpr char SchemaV3[] = R"sql(
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
)sql";

// Version 4: screening drives (测评批次) and their results. answers holds the item answers in
// item order, comma-separated (NULL for a result recorded from another platform); total, band,
// critical and needs_interview are the scorer's result, kept so that a later change of an
// instrument's definition never rewrites a recorded result.
constexpr char SchemaV4[] = R"sql(
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
)sql";

// Version 5: early warning and key students (issue 5). One migration in sections, one per
// module; each section is plain SQL and runs in the migration's single transaction.

// Screening drives' targets and dates, results recorded from other platforms.
constexpr char SchemaV5Drives[] = R"sql(
ALTER TABLE screening_drives ADD COLUMN target_grades TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_drives ADD COLUMN starts_on TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_drives ADD COLUMN ends_on TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_results ADD COLUMN platform TEXT NOT NULL DEFAULT '';
)sql";

// Alerts that wait for a counsellor (a critical screening answer), and second-stage interviews
// (二次评估) that confirm or set a flagged student's level. Existing critical results get their
// alert.
constexpr char SchemaV5Alerts[] = R"sql(
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('screening_critical')),
  result_id INTEGER REFERENCES screening_results (id) ON DELETE CASCADE,
  raised_at TEXT NOT NULL,
  handled_at TEXT,
  handled_by TEXT,
  handling TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alerts_student ON alerts (student_id);
CREATE INDEX alerts_waiting ON alerts (handled_at);
CREATE TABLE screening_interviews (
  id INTEGER PRIMARY KEY,
  result_id INTEGER NOT NULL UNIQUE REFERENCES screening_results (id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
  summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  interviewer TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX screening_interviews_student ON screening_interviews (student_id);
INSERT INTO alerts (student_id, kind, result_id, raised_at)
  SELECT student_id, 'screening_critical', id, created_at FROM screening_results WHERE critical = 1;
)sql";

// 一人一策 plans for key students and the weekly review (周调度): one update per key student
// per week (week_start is that week's Monday), and each week's meeting record.
constexpr char SchemaV5Plans[] = R"sql(
CREATE TABLE key_plans (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  situation TEXT NOT NULL,
  goals TEXT NOT NULL,
  measures TEXT NOT NULL,
  class_teacher TEXT NOT NULL DEFAULT '',
  counsellor TEXT NOT NULL DEFAULT '',
  parent TEXT NOT NULL DEFAULT '',
  leader TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  review_days INTEGER NOT NULL DEFAULT 7 CHECK (review_days BETWEEN 1 AND 90),
  parent_informed INTEGER NOT NULL DEFAULT 0 CHECK (parent_informed IN (0, 1)),
  parent_informed_on TEXT,
  parent_not_informed_reason TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX key_plans_active ON key_plans (student_id) WHERE status = 'active';
CREATE TABLE weekly_updates (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  week_start TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('stable', 'improving', 'worse', 'crisis')),
  actions TEXT NOT NULL DEFAULT '',
  next_steps TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (student_id, week_start)
);
CREATE INDEX weekly_updates_week ON weekly_updates (week_start);
CREATE TABLE weekly_meetings (
  week_start TEXT PRIMARY KEY,
  held_on TEXT,
  chaired_by TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);
)sql";

// The class grid (网格化): each class's responsible teachers.
constexpr char SchemaV5Grid[] = R"sql(
CREATE TABLE class_grid (
  id INTEGER PRIMARY KEY,
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 15),
  class_name TEXT NOT NULL CHECK (length(trim(class_name)) > 0),
  teacher TEXT NOT NULL CHECK (length(trim(teacher)) > 0),
  role TEXT NOT NULL DEFAULT 'class_teacher' CHECK (role IN ('class_teacher', 'deputy', 'grade_leader')),
  phone TEXT NOT NULL DEFAULT '',
  UNIQUE (grade, class_name, teacher)
);
)sql";

// Crisis events (危机事件): the event, its timeline of notifications and actions, and the
// school's response checklist as it was ticked for this event.
constexpr char SchemaV5Crisis[] = R"sql(
CREATE TABLE crisis_events (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  happened_at TEXT NOT NULL,
  what_happened TEXT NOT NULL CHECK (length(trim(what_happened)) > 0),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_by TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  closed_at TEXT,
  closure TEXT NOT NULL DEFAULT ''
);
CREATE INDEX crisis_events_student ON crisis_events (student_id);
CREATE TABLE crisis_steps (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES crisis_events (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('notify', 'action', 'followup')),
  party TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL
);
CREATE INDEX crisis_steps_event ON crisis_steps (event_id, at);
CREATE TABLE crisis_checklist (
  event_id INTEGER NOT NULL REFERENCES crisis_events (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  item TEXT NOT NULL,
  done_at TEXT,
  done_by TEXT,
  PRIMARY KEY (event_id, position)
);
)sql";

void migrateToV5(Database &db)
{
    for (const char *section : { SchemaV5Drives, SchemaV5Alerts, SchemaV5Plans, SchemaV5Grid, SchemaV5Crisis })
        db.exec(section);
}

void migrateToV2(Database &db)
{
    db.exec(SchemaV2);
    Statement rows(db, "SELECT id, name, student_no FROM students");
    Statement set(db, "UPDATE students SET search_key = ? WHERE id = ?");
    while (rows.step()) {
        set.bind(1, studentSearchKey(rows.text(1), rows.text(2))).bind(2, rows.int64(0)).run();
        set.reset();
    }
}

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations{
        {1, "school, accounts, students, guardians, audit log", [](Database &db) { db.exec(SchemaV1); }},
        {2, "student search key, ID-card number, student notes, settings", migrateToV2},
        {3, "risk levels and their history", [](Database &db) { db.exec(SchemaV3); }},
        {4, "screening drives and results", [](Database &db) { db.exec(SchemaV4); }},
        {5, "alerts, interviews, key-student plans, weekly review, class grid, crisis events", migrateToV5},
    };
    return migrations;
}

int currentSchemaVersion() { return schemaMigrations().back().version; }

int migrate(Database &db, const std::vector<Migration> &migrations)
{
    const int from = db.userVersion();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (from > latest)
        throw Error(ErrorKind::Other,
                    QCoreApplication::translate("Migrations", "%1 was written by a newer version of XinAn (schema %2; this version knows up to %3). Please update XinAn.")
                        .arg(db.path(), QString::number(from), QString::number(latest)));
    if (from == latest)
        return from;
    Transaction tx(db);
    for (const auto &m : migrations) {
        if (m.version <= from)
            continue;
        m.apply(db);
        db.setUserVersion(m.version);
    }
    tx.commit();
    return from;
}

} // namespace xinan
