#include "pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <QHash>

#include <memory>

namespace xinan {
namespace {

std::unique_ptr<icu::Transliterator> create(const char *id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
}

// Surname readings (ICU's Han-Latin/Names reads 覃 tan, 朴 pu, 缪 mou, 句 ju, 黑 hei, 阚 han, and
// joins 曾 to the next syllable: "zengxiao ming"). Compound surnames first.
struct Surname
{
    const char16_t *han;
    const char *syllables; // space-separated
};
constexpr Surname Compound[] = {
    { u"尉迟", "yu chi" },
    { u"万俟", "mo qi" },
    { u"澹台", "tan tai" },
    { u"长孙", "zhang sun" },
    { u"令狐", "ling hu" },
    { u"欧阳", "ou yang" },
    { u"司马", "si ma" },
    { u"上官", "shang guan" },
    { u"诸葛", "zhu ge" },
    { u"东方", "dong fang" },
    { u"皇甫", "huang fu" },
    { u"公孙", "gong sun" },
    { u"慕容", "mu rong" },
    { u"宇文", "yu wen" },
    { u"夏侯", "xia hou" },
    { u"端木", "duan mu" },
    { u"南宫", "nan gong" },
    { u"单于", "chan yu" },
    { u"司徒", "si tu" },
    { u"司空", "si kong" },
    { u"西门", "xi men" },
    { u"申屠", "shen tu" },
    { u"公羊", "gong yang" },
    { u"淳于", "chun yu" },
    { u"轩辕", "xuan yuan" },
};
constexpr Surname Single[] = {
    { u"覃", "qin" },
    { u"曾", "zeng" },
    { u"单", "shan" },
    { u"解", "xie" },
    { u"翟", "zhai" },
    { u"仇", "qiu" },
    { u"朴", "piao" },
    { u"区", "ou" },
    { u"查", "zha" },
    { u"乐", "yue" },
    { u"缪", "miao" },
    { u"盖", "ge" },
    { u"尉", "yu" },
    { u"种", "chong" },
    { u"秘", "bi" },
    { u"繁", "po" },
    { u"员", "yun" },
    { u"召", "shao" },
    { u"隗", "wei" },
    { u"句", "gou" },
    { u"黑", "he" },
    { u"折", "she" },
    { u"那", "na" },
    { u"任", "ren" },
    { u"沈", "shen" },
    { u"贾", "jia" },
    { u"华", "hua" },
    { u"阚", "kan" },
    { u"燕", "yan" },
    { u"葛", "ge" },
    { u"薄", "bo" },
    { u"卜", "bu" },
    { u"柏", "bai" },
    { u"宿", "su" },
    { u"牟", "mou" },
    { u"冼", "xian" },
    { u"佴", "nai" },
    { u"能", "nai" },
    { u"过", "guo" },
    { u"纪", "ji" },
    { u"莘", "shen" },
    { u"郇", "huan" },
    { u"应", "ying" },
    { u"都", "du" },
    { u"长", "chang" },
    { u"重", "chong" },
    { u"曲", "qu" },
    { u"相", "xiang" },
    { u"石", "shi" },
    { u"朝", "chao" },
    { u"尚", "shang" },
    { u"藏", "zang" },
    { u"臧", "zang" },
    { u"冯", "feng" },
    { u"褚", "chu" },
};

struct Reading
{
    QString full;
    QString initials;
};

// Latin text (from ICU) to words: each maximal run of ASCII letters and digits is a word.
void appendWords(Reading &r, const QString &latin)
{
    bool atWordStart = true;
    for (const QChar c : latin) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            r.full += c;
            if (atWordStart)
                r.initials += c;
            atWordStart = false;
        } else {
            atWordStart = true;
        }
    }
}

QString transliterate(icu::Transliterator *t, const QString &text)
{
    if (!t)
        return {};
    icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
    t->transliterate(s);
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

struct Transliterators
{
    std::unique_ptr<icu::Transliterator> names = create("Han-Latin/Names; Latin-ASCII; Lower");
    std::unique_ptr<icu::Transliterator> plain = create("Han-Latin; Latin-ASCII; Lower");
    QHash<QChar, QString> plainChars; // one Han character → its syllable
    QHash<QChar, QString> surnameChars; // one Han character → its surname syllable (ICU)
};

Transliterators &local()
{
    thread_local Transliterators instance; // about 0.1 s to create, once per thread
    return instance;
}

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

// The surname at the start of name and its syllables, from the table; nullptr when none.
const Surname *surnameAt(const QString &name, qsizetype *length)
{
    for (const Surname &s : Compound)
        if (name.startsWith(QStringView(s.han))) {
            *length = 2;
            return &s;
        }
    for (const Surname &s : Single)
        if (!name.isEmpty() && name.at(0) == QChar(s.han[0])) {
            *length = 1;
            return &s;
        }
    return nullptr;
}

// The reading XinAn stored until search keys version 2: ICU's Han-Latin/Names on the whole
// name. Kept findable (a teacher may type tan for 覃).
Reading icuReading(const QString &text)
{
    Reading r;
    appendWords(r, transliterate(local().names.get(), text));
    return r;
}

} // namespace

Pinyin pinyinOf(const QString &text)
{
    Transliterators &t = local();
    Reading r;
    qsizetype i = 0;
    qsizetype surnameLength = 0;
    if (const Surname *s = surnameAt(text, &surnameLength)) {
        appendWords(r, QString::fromLatin1(s->syllables));
        i = surnameLength;
    } else if (!text.isEmpty() && isHan(text.at(0))) {
        // Other surnames: ICU's surname reading of the one character.
        const QChar c = text.at(0);
        auto it = t.surnameChars.constFind(c);
        if (it == t.surnameChars.cend())
            it = t.surnameChars.insert(c, transliterate(t.names.get(), QString(c)));
        appendWords(r, *it);
        i = 1;
    }
    // The given name one character at a time (ICU may join syllables of a phrase), other text
    // (Latin letters, digits) as ICU writes it.
    while (i < text.size()) {
        if (isHan(text.at(i))) {
            const QChar c = text.at(i);
            auto it = t.plainChars.constFind(c);
            if (it == t.plainChars.cend())
                it = t.plainChars.insert(c, transliterate(t.plain.get(), QString(c)));
            appendWords(r, u' ' + *it + u' ');
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !isHan(text.at(end)))
            ++end;
        appendWords(r, u' ' + transliterate(t.plain.get(), text.mid(i, end - i)) + u' ');
        i = end;
    }
    return { r.full, r.initials };
}

QString studentSearchKey(const QString &name, const QString &studentNo)
{
    const QString trimmed = name.trimmed();
    const Pinyin p = pinyinOf(trimmed);
    QString key = trimmed.toLower() + u'|' + p.full + u'|' + p.initials + u'|' + studentNo.trimmed().toLower();
    // Other readings a teacher may type (ICU's: 覃 tan, 黑 hei, 曾 ceng is not among them), after
    // the 学籍号 so that sorting by the key's pinyin is unchanged.
    const Reading old = icuReading(trimmed);
    if (old.full != p.full)
        key += u'|' + old.full;
    if (old.initials != p.initials)
        key += u'|' + old.initials;
    return key;
}

} // namespace xinan
