#pragma once
// The students' stored search keys (name, pinyin, initials, 学籍号) follow the pinyin rules of
// core/domain/pinyin; when those rules change (SearchKeyVersion), the keys of a school file
// written before are recomputed once, when the file is opened.

namespace xinan {

class Database;

// Recomputes every student's search key when the file's key version (settings key
// "students/search_key_version") is older than SearchKeyVersion, in one transaction, and records
// the version (also in a file without students, so that later opens write nothing: opening a
// file does not rewrite it). Returns how many keys changed; 0 without writing when the version
// is current.
int refreshStudentSearchKeys(Database &db);

} // namespace xinan
