-- Version 5: early warning and key students (issue 5). One migration in sections, one per
-- module; each section is plain SQL and runs in the migration's single transaction.

-- Screening drives' targets and dates, results recorded from other platforms. A drive has one
-- or more instruments: `instruments` lists their ids in order, comma-separated; the first is
-- instrument_id (an empty list means just instrument_id).
ALTER TABLE screening_drives ADD COLUMN target_grades TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_drives ADD COLUMN starts_on TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_drives ADD COLUMN ends_on TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_results ADD COLUMN platform TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_drives ADD COLUMN instruments TEXT NOT NULL DEFAULT '';
UPDATE screening_drives SET instruments = instrument_id;

-- Alerts that wait for a counsellor (a critical screening answer), and second-stage interviews
-- (二次评估) that confirm or set a flagged student's level. An alert is handled either by what a
-- counsellor did (handling, required) or by the interview of its result (interview_id); a
-- result has at most one interview. Existing critical results get their alert.
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

-- 一人一策 plans for key students and the weekly review (周调度). A student has at most one
-- active plan; a closed plan is kept with why and when it was closed. key_plan_events keeps
-- each creation, revision and closing for the student's timeline. One update per key student
-- per week (week_start is that week's Monday), and each week's meeting record.
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

-- The class grid (网格化): each class's responsible teachers.
CREATE TABLE class_grid (
  id INTEGER PRIMARY KEY,
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 15),
  class_name TEXT NOT NULL CHECK (length(trim(class_name)) > 0),
  teacher TEXT NOT NULL CHECK (length(trim(teacher)) > 0),
  role TEXT NOT NULL DEFAULT 'class_teacher' CHECK (role IN ('class_teacher', 'deputy', 'grade_leader')),
  phone TEXT NOT NULL DEFAULT '',
  UNIQUE (grade, class_name, teacher)
);

-- Crisis events (危机事件): the event, its timeline of notifications and actions, and the
-- school's response checklist as it was copied in when the event was opened and ticked for
-- it (a later edit of the school's checklist never rewrites a past event). A student has at
-- most one open event. A step's party says who was notified (for kind notify) or who acted.
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
