-- Version 10: what goes out (issue 11): psychology lessons given per class (心理健康课), the
-- school's activities and training, the counselling rooms' area and equipment, and the
-- counsellor's texts kept with each term report. None of it names a student.

CREATE TABLE psych_lessons (
  id INTEGER PRIMARY KEY,
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 15),
  class_name TEXT NOT NULL,
  given_on TEXT NOT NULL,
  periods INTEGER NOT NULL DEFAULT 1 CHECK (periods BETWEEN 1 AND 8), -- 课时 / 学时
  teacher TEXT NOT NULL CHECK (length(trim(teacher)) > 0),
  topic TEXT NOT NULL DEFAULT '',
  form TEXT NOT NULL DEFAULT 'lesson' CHECK (form IN ('lesson', 'activity', 'group', 'online', 'other')),
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX psych_lessons_class ON psych_lessons (grade, class_name, given_on);
CREATE INDEX psych_lessons_day ON psych_lessons (given_on);

-- 5·25 心理健康教育月 events, 家长学校 / 家长会 talks, teacher training, group activities,
-- 心理委员 training, and others.
CREATE TABLE activities (
  id INTEGER PRIMARY KEY,
  held_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('month_525', 'parent_school', 'parent_meeting', 'teacher_training',
    'group_activity', 'monitor_training', 'other')),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  audience TEXT NOT NULL DEFAULT '',
  attendance INTEGER NOT NULL DEFAULT 0 CHECK (attendance BETWEEN 0 AND 100000),
  organiser TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX activities_day ON activities (held_on);

ALTER TABLE rooms ADD COLUMN area_m2 REAL CHECK (area_m2 IS NULL OR (area_m2 > 0 AND area_m2 <= 10000));
ALTER TABLE rooms ADD COLUMN equipment TEXT NOT NULL DEFAULT '';

-- The counsellor's summary and next term's plan, kept with the term's report (no names).
CREATE TABLE term_reports (
  term_id TEXT PRIMARY KEY,
  summary TEXT NOT NULL DEFAULT '',
  next_plan TEXT NOT NULL DEFAULT '',
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
