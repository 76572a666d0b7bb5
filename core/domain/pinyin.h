#pragma once
// Pinyin for search: teachers type 拼音首字母 (zs for 张三) or whole pinyin (zhangsan).
// ICU's Han-Latin/Names transliterator (surname readings: 单 shan, 曾 zeng) does the work.

#include <QString>

namespace xinan {

struct Pinyin
{
    QString full;     // "zhangsan" (lower case, ASCII, no spaces)
    QString initials; // "zs"
};

// Thread-safe; the transliterator is created once per thread (about 0.1 s), then about 50 µs
// per name.
Pinyin pinyinOf(const QString &text);

// What the student list searches: name, pinyin, initials and 学籍号, lower case, separated by
// '|', so that one `contains` (or SQL LIKE) finds any of them.
QString studentSearchKey(const QString &name, const QString &studentNo);

} // namespace xinan
