-- Version 9: the loop outside the office (issue 10): referrals to hospital (转介) with their
-- steps, partner hospitals, leave and return to school (休学 / 复学) with the return plan and
-- its follow-ups, every change of a student's status as a dated event, and home visits (家访).
-- The C++ step widens students.status to 'withdrawn' (退学).
--
-- Sealed with the counsellor key (core/repo/confidentialfields.cpp): referrals.reason and
-- referrals.close_reason (owner the student), referral_steps.body (owner the referral),
-- return_applications.certificate_text (owner the student), return_followups.note (owner the
-- student). Dates are local days (yyyy-MM-dd), times of records UTC ISO.

CREATE TABLE partner_hospitals (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  department TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  green_channel TEXT NOT NULL DEFAULT '', -- 绿色通道 contact: name and phone
  position INTEGER NOT NULL DEFAULT 0,
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)), -- kept for old referrals, not offered
  UNIQUE (name, department)
);

-- A referral opens at 发现/初评 (opened_on, the reason) and moves through its steps; it is open
-- until closed with a reason. `source` says where it started (the file, a crisis event, an
-- alert, a counselling session) and source_id names that record.
CREATE TABLE referrals (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  source TEXT NOT NULL DEFAULT 'file' CHECK (source IN ('file', 'crisis', 'alert', 'session')),
  source_id INTEGER,
  opened_on TEXT NOT NULL,
  reason BLOB NOT NULL DEFAULT '', -- sealed: why, in words fit for a hospital
  followup_days INTEGER NOT NULL DEFAULT 14 CHECK (followup_days BETWEEN 1 AND 90),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_on TEXT,
  close_reason BLOB NOT NULL DEFAULT '', -- sealed
  opened_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'open') = (closed_on IS NULL))
);
CREATE INDEX referrals_student ON referrals (student_id, opened_on);
CREATE INDEX referrals_status ON referrals (status, opened_on);

-- The referral's steps after the opening: 研判会 (meeting), parents told (parents), slip issued
-- (slip), hospital receipt (receipt), follow-ups (followup). Columns used by one kind only stay
-- at their defaults for the others.
CREATE TABLE referral_steps (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'parents', 'slip', 'receipt', 'followup')),
  happened_on TEXT NOT NULL,
  attendees TEXT NOT NULL DEFAULT '', -- meeting
  method TEXT NOT NULL DEFAULT '', -- parents: 面谈 / 电话 / 家访 / 视频 …
  consent TEXT NOT NULL DEFAULT '' CHECK (consent IN ('', 'consent', 'refusal')), -- parents
  hospital_id INTEGER REFERENCES partner_hospitals (id),
  hospital TEXT NOT NULL DEFAULT '', -- slip: the hospital's name as printed
  department TEXT NOT NULL DEFAULT '', -- slip
  escort TEXT NOT NULL DEFAULT '', -- slip: who goes with the student
  outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'outpatient', 'inpatient', 'not_seen')), -- receipt
  body BLOB NOT NULL DEFAULT '', -- sealed: conclusion, parents' response, summary shared, follow-up note
  author TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  CHECK (kind <> 'parents' OR consent <> ''),
  CHECK (kind <> 'receipt' OR outcome <> '')
);
CREATE INDEX referral_steps_referral ON referral_steps (referral_id, happened_on);

-- Every change of a student's status (在读, 休学, 复学 back to 在读, 转学, 毕业, 退学): when, from
-- what, to what, why and who recorded it. Leaves and returns also have their records below.
CREATE TABLE student_status_events (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  effective_on TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL CHECK (to_status <> from_status),
  reason TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX student_status_events_student ON student_status_events (student_id, effective_on);

-- 休学: from starts_on, for a category of reason, perhaps after a referral. ended_on is the day
-- the student returned (a return application was approved), NULL while on leave.
CREATE TABLE leaves (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  starts_on TEXT NOT NULL,
  reason_category TEXT NOT NULL CHECK (reason_category IN ('mental', 'physical', 'family', 'other')),
  referral_id INTEGER REFERENCES referrals (id) ON DELETE SET NULL,
  ended_on TEXT,
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (ended_on IS NULL OR ended_on >= starts_on)
);
CREATE INDEX leaves_student ON leaves (student_id, starts_on);

-- 复学 application: the medical certificate, the school's assessment against the three
-- conditions, the assessors and the decision; with 'approve', the return plan.
CREATE TABLE return_applications (
  id INTEGER PRIMARY KEY,
  leave_id INTEGER NOT NULL REFERENCES leaves (id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  applied_on TEXT NOT NULL,
  certificate_hospital TEXT NOT NULL DEFAULT '',
  certificate_date TEXT,
  certificate_text BLOB NOT NULL DEFAULT '', -- sealed: what the certificate says
  condition_stable INTEGER NOT NULL DEFAULT 0 CHECK (condition_stable IN (0, 1)),
  no_risk_behaviour INTEGER NOT NULL DEFAULT 0 CHECK (no_risk_behaviour IN (0, 1)),
  functioning_restored INTEGER NOT NULL DEFAULT 0 CHECK (functioning_restored IN (0, 1)),
  assessors TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL CHECK (decision IN ('approve', 'defer', 'further')),
  decided_on TEXT NOT NULL,
  return_on TEXT, -- approve: the first day back
  plan_class TEXT NOT NULL DEFAULT '',
  plan_schedule TEXT NOT NULL DEFAULT '', -- part-time schedule, if any
  plan_supporters TEXT NOT NULL DEFAULT '', -- class teacher, counsellor, a classmate
  plan_relapse TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK ((decision = 'approve') = (return_on IS NOT NULL))
);
CREATE INDEX return_applications_leave ON return_applications (leave_id);
CREATE INDEX return_applications_student ON return_applications (student_id);

-- The return plan's follow-ups: 1 week, 1 month, term end.
CREATE TABLE return_followups (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES return_applications (id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('week', 'month', 'term_end')),
  due_on TEXT NOT NULL,
  done_on TEXT,
  note BLOB NOT NULL DEFAULT '', -- sealed
  done_by TEXT,
  UNIQUE (application_id, kind)
);
CREATE INDEX return_followups_due ON return_followups (done_on, due_on);

-- 家访: one visit may meet the family of several students (home_visit_students). Visitors are
-- accounts or names. family_tags is a comma-separated list of codes (single_parent, left_behind,
-- grandparents, low_income, …). source 'import' marks visits read from a class teacher's sheet.
CREATE TABLE home_visits (
  id INTEGER PRIMARY KEY,
  visited_at TEXT NOT NULL, -- local date and time, yyyy-MM-ddTHH:mm (time 00:00 when unknown)
  form TEXT NOT NULL CHECK (form IN ('onsite', 'phone', 'video', 'school')),
  purpose TEXT NOT NULL DEFAULT 'routine'
    CHECK (purpose IN ('routine', 'key', 'post_crisis', 'post_return', 'left_behind')),
  met_whom TEXT NOT NULL DEFAULT '',
  met_relation TEXT NOT NULL DEFAULT '',
  family_tags TEXT NOT NULL DEFAULT '',
  family_notes TEXT NOT NULL DEFAULT '',
  student_at_home TEXT NOT NULL DEFAULT '',
  parents_views TEXT NOT NULL DEFAULT '',
  agreed TEXT NOT NULL DEFAULT '',
  followup_on TEXT,
  followup_owner TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX home_visits_at ON home_visits (visited_at);
CREATE TABLE home_visit_students (
  visit_id INTEGER NOT NULL REFERENCES home_visits (id) ON DELETE CASCADE,
  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
  PRIMARY KEY (visit_id, student_id)
);
CREATE INDEX home_visit_students_student ON home_visit_students (student_id);
CREATE TABLE home_visit_visitors (
  visit_id INTEGER NOT NULL REFERENCES home_visits (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('class_teacher', 'counsellor', 'subject_teacher', 'leader', 'other')),
  account TEXT, -- the visitor's account when they have one
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  PRIMARY KEY (visit_id, position)
);
