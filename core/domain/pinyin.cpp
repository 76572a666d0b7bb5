#include "pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace xinan {
namespace {

icu::Transliterator *transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin/Names; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return instance.get();
}

} // namespace

Pinyin pinyinOf(const QString &text)
{
    Pinyin out;
    icu::Transliterator *t = transliterator();
    if (!t)
        return out;
    icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
    t->transliterate(s);
    const QString latin = QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
    bool atWordStart = true;
    for (const QChar c : latin) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out.full += c;
            if (atWordStart)
                out.initials += c;
            atWordStart = false;
        } else {
            atWordStart = true;
        }
    }
    return out;
}

QString studentSearchKey(const QString &name, const QString &studentNo)
{
    const QString trimmed = name.trimmed();
    const Pinyin p = pinyinOf(trimmed);
    return trimmed.toLower() + u'|' + p.full + u'|' + p.initials + u'|' + studentNo.trimmed().toLower();
}

} // namespace xinan
