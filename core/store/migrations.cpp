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

// Screening drives' targets and dates, results recorded from other platforms. A drive has one
// or more instruments: `instruments` lists their ids in order, comma-separated; the first is
// instrument_id (an empty list means just instrument_id).
constexpr char SchemaV5Drives[] = R"sql(
ALTER TABLE screening_drives ADD COLUMN target_grades TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_drives ADD COLUMN starts_on TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_drives ADD COLUMN ends_on TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_results ADD COLUMN platform TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_drives ADD COLUMN instruments TEXT NOT NULL DEFAULT '';
UPDATE screening_drives SET instruments = instrument_id;
)sql";

// Alerts that wait for a counsellor (a critical screening answer), and second-stage interviews
// (二次评估) that confirm or set a flagged student's level. An alert is handled either by what a
// counsellor did (handling, required) or by the interview of its result (interview_id); a
// result has at most one interview. Existing critical results get their alert.
constexpr char SchemaV5Alerts[] = R"sql(
CREATE TABLE screening_interviews (
  id INTEGER PRIMARY KEY,
  result_id INTEGER NOT NULL UNIQUE REFERENCES screening_results (id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
  summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  interviewer TEXT NOT NULL,
  risk_change_id INTEGER REFERENCES risk_changes (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX screening_interviews_student ON screening_interviews (student_id, held_on);
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('screening_critical')),
  result_id INTEGER REFERENCES screening_results (id) ON DELETE CASCADE,
  raised_at TEXT NOT NULL,
  handled_at TEXT,
  handled_by TEXT,
  handling TEXT NOT NULL DEFAULT '',
  interview_id INTEGER REFERENCES screening_interviews (id) ON DELETE SET NULL,
  UNIQUE (kind, result_id),
  CHECK ((handled_at IS NULL) = (handled_by IS NULL))
);
CREATE INDEX alerts_student ON alerts (student_id, raised_at);
CREATE INDEX alerts_waiting ON alerts (raised_at) WHERE handled_at IS NULL;
CREATE INDEX screening_results_interview ON screening_results (needs_interview) WHERE needs_interview = 1;
INSERT INTO alerts (student_id, kind, result_id, raised_at)
  SELECT student_id, 'screening_critical', id, created_at FROM screening_results WHERE critical = 1;
)sql";

// 一人一策 plans for key students and the weekly review (周调度). A student has at most one
// active plan; a closed plan is kept with why and when it was closed. key_plan_events keeps
// each creation, revision and closing for the student's timeline. One update per key student
// per week (week_start is that week's Monday), and each week's meeting record.
constexpr char SchemaV5Plans[] = R"sql(
CREATE TABLE key_plans (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  situation TEXT NOT NULL CHECK (length(trim(situation)) > 0),
  goals TEXT NOT NULL CHECK (length(trim(goals)) > 0),
  measures TEXT NOT NULL CHECK (length(trim(measures)) > 0),
  class_teacher TEXT NOT NULL DEFAULT '',
  counsellor TEXT NOT NULL CHECK (length(trim(counsellor)) > 0),
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
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_by TEXT,
  closed_at TEXT,
  close_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX key_plans_student ON key_plans (student_id, created_at);
CREATE UNIQUE INDEX key_plans_active ON key_plans (student_id) WHERE status = 'active';
CREATE TABLE key_plan_events (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES key_plans (id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('created', 'updated', 'closed')),
  at TEXT NOT NULL,
  author TEXT NOT NULL
);
CREATE INDEX key_plan_events_student ON key_plan_events (student_id, at);
CREATE TABLE weekly_updates (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  week_start TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('stable', 'improving', 'worse', 'crisis')),
  actions TEXT NOT NULL CHECK (length(trim(actions)) > 0),
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
  updated_by TEXT NOT NULL DEFAULT '',
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
// school's response checklist as it was copied in when the event was opened and ticked for
// it (a later edit of the school's checklist never rewrites a past event). A student has at
// most one open event. A step's party says who was notified (for kind notify) or who acted.
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
  closed_by TEXT,
  closure TEXT NOT NULL DEFAULT '',
  CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX crisis_events_student ON crisis_events (student_id, happened_at);
CREATE INDEX crisis_events_status ON crisis_events (status, happened_at);
CREATE UNIQUE INDEX crisis_events_one_open ON crisis_events (student_id) WHERE status = 'open';
CREATE TABLE crisis_steps (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES crisis_events (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('notify', 'action', 'followup')),
  party TEXT NOT NULL DEFAULT ''
    CHECK (party IN ('', 'guardian', 'head', 'police', 'ambulance', 'hospital', 'class_teacher', 'other')),
  body TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  CHECK (kind <> 'notify' OR party <> '')
);
CREATE INDEX crisis_steps_event ON crisis_steps (event_id, at);
CREATE TABLE crisis_checklist (
  event_id INTEGER NOT NULL REFERENCES crisis_events (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  item TEXT NOT NULL CHECK (length(trim(item)) > 0),
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

// Version 6: the office's daily work (issue 4). Account roles (existing accounts are
// counsellors; only counsellors read confidential counselling notes), rooms and counselling
// staff, the duty roster (periods, weekly template, terms with holidays, the concrete shifts
// generated from them with one-off swaps and covers, closed days, a log per shift),
// appointments (times in UTC; a rescheduled one links to its replacement; a weekly series
// shares series_id), counselling records (the confidential part is read only by counsellors),
// group counselling with attendance, and feedback to class teachers, parents and the head.
// Duty times are local wall-clock times ('HH:mm'), days 'yyyy-MM-dd'.
constexpr char SchemaV6[] = R"sql(
ALTER TABLE accounts ADD COLUMN role TEXT NOT NULL DEFAULT 'counsellor'
  CHECK (role IN ('counsellor', 'head', 'class_teacher', 'admin'));
CREATE TABLE rooms (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'group', 'sandplay', 'other')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL DEFAULT 'full_time' CHECK (kind IN ('full_time', 'part_time')),
  contact TEXT NOT NULL DEFAULT '',
  username TEXT UNIQUE,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE TABLE duty_periods (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  starts TEXT NOT NULL,
  ends TEXT NOT NULL CHECK (ends > starts),
  position INTEGER NOT NULL
);
INSERT INTO duty_periods (code, name, starts, ends, position) VALUES
  ('morning', '上午', '08:00', '12:00', 1),
  ('noon', '中午', '12:00', '14:00', 2),
  ('afternoon', '下午', '14:00', '17:30', 3),
  ('evening', '晚自习', '19:00', '21:30', 4);
CREATE TABLE duty_template (
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  period_code TEXT NOT NULL REFERENCES duty_periods (code) ON DELETE CASCADE,
  room_id INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  PRIMARY KEY (weekday, period_code, room_id, staff_id)
);
CREATE TABLE terms (
  id TEXT PRIMARY KEY,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL CHECK (ends_on >= starts_on),
  generated_at TEXT
);
CREATE TABLE term_holidays (
  id INTEGER PRIMARY KEY,
  term_id TEXT NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
  first_day TEXT NOT NULL,
  last_day TEXT NOT NULL CHECK (last_day >= first_day),
  name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX term_holidays_term ON term_holidays (term_id);
CREATE TABLE duty_shifts (
  id INTEGER PRIMARY KEY,
  term_id TEXT NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  period_code TEXT NOT NULL REFERENCES duty_periods (code) ON DELETE CASCADE,
  room_id INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  origin TEXT NOT NULL DEFAULT 'template' CHECK (origin IN ('template', 'swap', 'cover')),
  replaced_staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  change_reason TEXT NOT NULL DEFAULT '',
  UNIQUE (day, period_code, room_id, staff_id)
);
CREATE INDEX duty_shifts_staff ON duty_shifts (staff_id, day);
CREATE INDEX duty_shifts_term ON duty_shifts (term_id, day);
CREATE TABLE duty_closures (
  day TEXT PRIMARY KEY,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE duty_logs (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  period_code TEXT NOT NULL,
  room_id INTEGER NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  visitors INTEGER NOT NULL DEFAULT 0 CHECK (visitors >= 0),
  events TEXT NOT NULL DEFAULT '',
  handover TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (day, period_code, room_id)
);
CREATE TABLE appointments (
  id INTEGER PRIMARY KEY,
  requester TEXT NOT NULL CHECK (requester IN ('student', 'class_teacher', 'parent', 'counsellor')),
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  room_id INTEGER REFERENCES rooms (id),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 480),
  category TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'confirmed', 'done', 'no_show', 'cancelled', 'rescheduled')),
  series_id INTEGER,
  rescheduled_to INTEGER REFERENCES appointments (id) ON DELETE SET NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX appointments_start ON appointments (starts_at);
CREATE INDEX appointments_staff ON appointments (staff_id, starts_at);
CREATE INDEX appointments_room ON appointments (room_id, starts_at);
CREATE INDEX appointments_student ON appointments (student_id, starts_at);
CREATE TABLE counselling_records (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  appointment_id INTEGER UNIQUE REFERENCES appointments (id) ON DELETE SET NULL,
  staff_id INTEGER REFERENCES staff (id),
  held_on TEXT NOT NULL,
  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 480),
  form TEXT NOT NULL CHECK (form IN ('individual', 'group', 'phone', 'online')),
  categories TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  assessment TEXT NOT NULL DEFAULT '',
  next_steps TEXT NOT NULL DEFAULT '',
  private_notes TEXT NOT NULL DEFAULT '',
  risk_judgement INTEGER CHECK (risk_judgement BETWEEN 0 AND 3),
  risk_change_id INTEGER REFERENCES risk_changes (id) ON DELETE SET NULL,
  feedback_needed INTEGER NOT NULL DEFAULT 1 CHECK (feedback_needed IN (0, 1)),
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX counselling_records_student ON counselling_records (student_id, held_on);
CREATE INDEX counselling_records_held ON counselling_records (held_on);
CREATE TABLE counselling_groups (
  id INTEGER PRIMARY KEY,
  topic TEXT NOT NULL CHECK (length(trim(topic)) > 0),
  staff_id INTEGER REFERENCES staff (id),
  planned_sessions INTEGER NOT NULL CHECK (planned_sessions BETWEEN 1 AND 100),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE group_members (
  group_id INTEGER NOT NULL REFERENCES counselling_groups (id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, student_id)
);
CREATE TABLE group_sessions (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES counselling_groups (id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 480),
  author TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX group_sessions_group ON group_sessions (group_id, held_on);
CREATE TABLE group_attendance (
  session_id INTEGER NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  present INTEGER NOT NULL CHECK (present IN (0, 1)),
  PRIMARY KEY (session_id, student_id)
);
CREATE INDEX group_attendance_student ON group_attendance (student_id);
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  record_id INTEGER REFERENCES counselling_records (id) ON DELETE SET NULL,
  recipient TEXT NOT NULL CHECK (recipient IN ('class_teacher', 'parents', 'head')),
  given_on TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('in_person', 'phone', 'written')),
  summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  reply TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX feedback_student ON feedback (student_id, given_on);
CREATE INDEX feedback_record ON feedback (record_id);
)sql";

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
        {6, "account roles, rooms and staff, duty roster, appointments, counselling records, group counselling, feedback",
         [](Database &db) { db.exec(SchemaV6); }},
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
