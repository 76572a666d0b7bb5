-- Version 2: search over name, pinyin and 学籍号; the optional ID-card number (stored only when
-- the school turns it on); dated notes on the student's timeline; school-wide settings.
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
