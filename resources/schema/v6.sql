-- Version 6: the office's daily work (issue 4). Account roles (existing accounts are
-- counsellors; only counsellors read confidential counselling notes), rooms and counselling
-- staff, the duty roster (periods, weekly template, terms with holidays, the concrete shifts
-- generated from them with one-off swaps and covers, closed days, a log per shift),
-- appointments (times in UTC; a rescheduled one links to its replacement; a weekly series
-- shares series_id), counselling records (the confidential part is read only by counsellors),
-- group counselling with attendance, and feedback to class teachers, parents and the head.
-- Duty times are local wall-clock times ('HH:mm'), days 'yyyy-MM-dd'.
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
