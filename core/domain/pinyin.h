#pragma once
// Pinyin for search: teachers type 拼音首字母 (zs for 张三) or whole pinyin (zhangsan).
// The surname is read from a table of surname readings (覃 qin, 曾 zeng, 单 shan, 朴 piao, 尉迟
// yuchi …), others by ICU's Han-Latin/Names; the given name one character at a time by ICU's
// Han-Latin.

#include <QString>

namespace xinan {

struct Pinyin
{
    QString full; // "zhangsan" (lower case, ASCII, no spaces)
    QString initials; // "zs"
};

// Thread-safe; the transliterator is created once per thread (about 0.1 s), then about 50 µs
// per name.
Pinyin pinyinOf(const QString &text);

// Raised whenever studentSearchKey() changes its output; stored keys of an older version are
// recomputed when a school file is opened (core/repo/searchkeys.h).
constexpr int SearchKeyVersion = 2;

// What the student list searches: name, pinyin, initials and 学籍号, lower case, separated by
// '|', so that one `contains` (or SQL LIKE) finds any of them; then, when they differ, the
// pinyin and initials XinAn read before SearchKeyVersion 2 (ICU alone: 覃 tan), still findable.
// The key's text after the first '|' is the name's sort key.
QString studentSearchKey(const QString &name, const QString &studentNo);

} // namespace xinan
