#include "instrument.h"

#include "error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace xinan {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Instrument)
};

constexpr qsizetype MaxDefinitionBytes = 1024 * 1024;
constexpr qsizetype MaxItems = 500;
constexpr qsizetype MaxOptions = 20;

bool isCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return re.match(s).hasMatch();
}

// Reads one definition, remembering its source for every message.
class Reader
{
public:
    explicit Reader(const QString &source)
        : m_source(source)
    {
    }

    [[noreturn]] void fail(const QString &problem) const
    {
        throw Error(ErrorKind::Rejected,
            Tr::tr("Instrument definition %1 is not valid: %2 Correct the definition and load it again.").arg(m_source, problem));
    }

    void checkKeys(const QJsonObject &o, const QStringList &allowed, const QString &where) const
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(Tr::tr("%1 has an unknown field \"%2\" (known fields: %3).")
                         .arg(where, it.key(), allowed.join(QStringLiteral(", "))));
        }
    }

    QJsonValue required(const QJsonObject &o, const QString &key, const QString &where) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            fail(Tr::tr("%1 has no \"%2\".").arg(where, key));
        return v;
    }

    QString string(const QJsonObject &o, const QString &key, const QString &where) const
    {
        const QJsonValue v = required(o, key, where);
        if (!v.isString())
            fail(Tr::tr("\"%1\" of %2 must be text in quotes.").arg(key, where));
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            fail(Tr::tr("\"%1\" of %2 is empty.").arg(key, where));
        return s;
    }

    QString optionalString(const QJsonObject &o, const QString &key, const QString &where) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        return string(o, key, where);
    }

    QString code(const QJsonObject &o, const QString &key, const QString &where) const
    {
        const QString s = string(o, key, where);
        if (!isCode(s))
            fail(Tr::tr("\"%1\" of %2 is \"%3\"; use lower-case letters, digits and '_' only.").arg(key, where, s));
        return s;
    }

    int integer(const QJsonValue &v, const QString &what) const
    {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 1e6)
            fail(Tr::tr("%1 must be a whole number.").arg(what));
        return static_cast<int>(d);
    }

    int integer(const QJsonObject &o, const QString &key, const QString &where) const
    {
        return integer(required(o, key, where), Tr::tr("\"%1\" of %2").arg(key, where));
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &where) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(Tr::tr("\"%1\" of %2 must be true or false.").arg(key, where));
        return v.toBool();
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &where, bool needed) const
    {
        const QJsonValue v = o.value(key);
        if (!needed && (v.isUndefined() || v.isNull()))
            return {};
        if (!required(o, key, where).isArray())
            fail(Tr::tr("\"%1\" of %2 must be a list in [ ].").arg(key, where));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &where) const
    {
        if (!v.isObject())
            fail(Tr::tr("%1 must be an object in { }.").arg(where));
        return v.toObject();
    }

private:
    QString m_source;
};

QString entry(const QString &list, qsizetype index)
{
    return Tr::tr("%1 entry %2").arg(list).arg(index + 1);
}

QString joined(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QStringLiteral(", "));
}

void readOptions(const Reader &r, const QJsonObject &root, Instrument &in)
{
    const QJsonArray options = r.array(root, QStringLiteral("options"), Tr::tr("the definition"), true);
    if (options.size() < 2 || options.size() > MaxOptions)
        r.fail(Tr::tr("\"options\" must list 2 to %1 answers; it lists %2.").arg(MaxOptions).arg(options.size()));
    QSet<int> values;
    QSet<QString> labels;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString where = entry(QStringLiteral("options"), i);
        const QJsonObject o = r.object(options.at(i), where);
        r.checkKeys(o, { QStringLiteral("value"), QStringLiteral("label") }, where);
        InstrumentOption opt;
        opt.value = r.integer(o, QStringLiteral("value"), where);
        opt.label = r.string(o, QStringLiteral("label"), where);
        if (values.contains(opt.value))
            r.fail(Tr::tr("option value %1 appears twice; option values must be distinct.").arg(opt.value));
        if (labels.contains(opt.label))
            r.fail(Tr::tr("option label \"%1\" appears twice; option labels must be distinct.").arg(opt.label));
        values.insert(opt.value);
        labels.insert(opt.label);
        in.options.append(opt);
    }
}

void readItems(const Reader &r, const QJsonObject &root, Instrument &in)
{
    const QJsonArray items = r.array(root, QStringLiteral("items"), Tr::tr("the definition"), true);
    if (items.isEmpty() || items.size() > MaxItems)
        r.fail(Tr::tr("\"items\" must list 1 to %1 items; it lists %2.").arg(MaxItems).arg(items.size()));
    QSet<int> numbers;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = entry(QStringLiteral("items"), i);
        const QJsonObject o = r.object(items.at(i), where);
        r.checkKeys(o,
            { QStringLiteral("number"), QStringLiteral("text"), QStringLiteral("reverse"), QStringLiteral("subscale") }, where);
        InstrumentItem item;
        item.number = r.integer(o, QStringLiteral("number"), where);
        item.text = r.string(o, QStringLiteral("text"), where);
        item.reverse = r.boolean(o, QStringLiteral("reverse"), where);
        if (o.contains(QStringLiteral("subscale")))
            item.subscale = r.code(o, QStringLiteral("subscale"), where);
        if (numbers.contains(item.number))
            r.fail(Tr::tr("item number %1 appears twice.").arg(item.number));
        if (item.number < 1 || item.number > items.size())
            r.fail(
                Tr::tr("item number %1 is out of order: with %2 items, number them 1 to %2.").arg(item.number).arg(items.size()));
        numbers.insert(item.number);
        in.items.append(item);
    }
    std::sort(
        in.items.begin(), in.items.end(), [](const InstrumentItem &a, const InstrumentItem &b) { return a.number < b.number; });

    const bool anyReverse = std::any_of(in.items.cbegin(), in.items.cend(), [](const InstrumentItem &i) { return i.reverse; });
    if (anyReverse) {
        const int sum = in.minOption() + in.maxOption();
        for (const InstrumentOption &opt : in.options) {
            if (!in.isOption(sum - opt.value))
                r.fail(Tr::tr("reverse-scored items need symmetric option values, but option %1 has no mirror value %2.")
                           .arg(opt.value)
                           .arg(sum - opt.value));
        }
    }
}

void readScoring(const Reader &r, const QJsonObject &root, Instrument &in)
{
    const QString where = Tr::tr("\"scoring\"");
    const QJsonObject o = r.object(r.required(root, QStringLiteral("scoring"), Tr::tr("the definition")), where);
    r.checkKeys(o, { QStringLiteral("method") }, where);
    in.scoringMethod = r.string(o, QStringLiteral("method"), where);
    if (in.scoringMethod != u"sum")
        r.fail(Tr::tr("scoring method \"%1\" is not supported; use \"sum\".").arg(in.scoringMethod));
}

void readBands(const Reader &r, const QJsonObject &root, Instrument &in)
{
    const QJsonArray bands = r.array(root, QStringLiteral("bands"), Tr::tr("the definition"), true);
    if (bands.isEmpty())
        r.fail(Tr::tr("\"bands\" is empty; list the bands from %1 to %2.").arg(in.minTotal()).arg(in.maxTotal()));
    QSet<QString> codes;
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const QString where = entry(QStringLiteral("bands"), i);
        const QJsonObject o = r.object(bands.at(i), where);
        r.checkKeys(o,
            { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("code"), QStringLiteral("label"),
                QStringLiteral("flag") },
            where);
        InstrumentBand band;
        band.from = r.integer(o, QStringLiteral("from"), where);
        band.to = r.integer(o, QStringLiteral("to"), where);
        band.code = r.code(o, QStringLiteral("code"), where);
        band.label = r.string(o, QStringLiteral("label"), where);
        band.flag = r.boolean(o, QStringLiteral("flag"), where);
        if (band.from > band.to)
            r.fail(Tr::tr("band \"%1\" runs from %2 to %3; \"from\" must not be above \"to\".")
                       .arg(band.code)
                       .arg(band.from)
                       .arg(band.to));
        if (codes.contains(band.code))
            r.fail(Tr::tr("band code \"%1\" appears twice.").arg(band.code));
        codes.insert(band.code);
        in.bands.append(band);
    }
    std::sort(in.bands.begin(), in.bands.end(), [](const InstrumentBand &a, const InstrumentBand &b) { return a.from < b.from; });
    const InstrumentBand &first = in.bands.constFirst();
    if (first.from != in.minTotal())
        r.fail(Tr::tr("the lowest band \"%1\" starts at %2, but the lowest possible total is %3.")
                   .arg(first.code)
                   .arg(first.from)
                   .arg(in.minTotal()));
    for (qsizetype i = 1; i < in.bands.size(); ++i) {
        const InstrumentBand &prev = in.bands.at(i - 1);
        const InstrumentBand &cur = in.bands.at(i);
        if (cur.from <= prev.to)
            r.fail(Tr::tr("bands \"%1\" and \"%2\" overlap at totals %3 to %4.")
                       .arg(prev.code, cur.code)
                       .arg(cur.from)
                       .arg(std::min(prev.to, cur.to)));
        if (cur.from > prev.to + 1)
            r.fail(Tr::tr("no band covers totals %1 to %2 (between \"%3\" and \"%4\").")
                       .arg(prev.to + 1)
                       .arg(cur.from - 1)
                       .arg(prev.code, cur.code));
    }
    const InstrumentBand &last = in.bands.constLast();
    if (last.to != in.maxTotal())
        r.fail(Tr::tr("the highest band \"%1\" ends at %2, but the highest possible total is %3.")
                   .arg(last.code)
                   .arg(last.to)
                   .arg(in.maxTotal()));
}

void readCriticalItems(const Reader &r, const QJsonObject &root, Instrument &in)
{
    const QJsonArray list = r.array(root, QStringLiteral("critical_items"), Tr::tr("the definition"), false);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = entry(QStringLiteral("critical_items"), i);
        const QJsonObject o = r.object(list.at(i), where);
        r.checkKeys(o, { QStringLiteral("item"), QStringLiteral("above"), QStringLiteral("reason") }, where);
        CriticalItem c;
        c.item = r.integer(o, QStringLiteral("item"), where);
        c.above = r.integer(o, QStringLiteral("above"), where);
        c.reason = r.string(o, QStringLiteral("reason"), where);
        if (c.item < 1 || c.item > in.items.size())
            r.fail(Tr::tr("critical item %1 does not exist; the items are numbered 1 to %2.").arg(c.item).arg(in.items.size()));
        if (c.above < in.minOption() || c.above >= in.maxOption())
            r.fail(Tr::tr("critical item %1 triggers above %2, but answers run from %3 to %4; use a value from %3 to %5.")
                       .arg(c.item)
                       .arg(c.above)
                       .arg(in.minOption())
                       .arg(in.maxOption())
                       .arg(in.maxOption() - 1));
        in.criticalItems.append(c);
    }
}

void readSubscales(const Reader &r, const QJsonObject &root, Instrument &in)
{
    const QJsonArray list = r.array(root, QStringLiteral("subscales"), Tr::tr("the definition"), false);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = entry(QStringLiteral("subscales"), i);
        const QJsonObject o = r.object(list.at(i), where);
        r.checkKeys(o, { QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("items") }, where);
        Subscale s;
        s.code = r.code(o, QStringLiteral("code"), where);
        s.label = r.string(o, QStringLiteral("label"), where);
        for (const Subscale &other : std::as_const(in.subscales)) {
            if (other.code == s.code)
                r.fail(Tr::tr("subscale code \"%1\" appears twice.").arg(s.code));
        }
        const QJsonArray items = r.array(o, QStringLiteral("items"), where, false);
        for (const QJsonValue &v : items) {
            const int number = r.integer(v, Tr::tr("every item of subscale \"%1\"").arg(s.code));
            if (number < 1 || number > in.items.size())
                r.fail(Tr::tr("subscale \"%1\" lists item %2, which does not exist; the items are numbered 1 to %3.")
                           .arg(s.code)
                           .arg(number)
                           .arg(in.items.size()));
            if (s.items.contains(number))
                r.fail(Tr::tr("subscale \"%1\" lists item %2 twice.").arg(s.code).arg(number));
            s.items.append(number);
        }
        in.subscales.append(s);
    }
    for (const InstrumentItem &item : std::as_const(in.items)) {
        if (item.subscale.isEmpty())
            continue;
        auto it
            = std::find_if(in.subscales.begin(), in.subscales.end(), [&](const Subscale &s) { return s.code == item.subscale; });
        if (it == in.subscales.end())
            r.fail(Tr::tr("item %1 belongs to subscale \"%2\", which is not listed in \"subscales\".")
                       .arg(item.number)
                       .arg(item.subscale));
        if (!it->items.contains(item.number))
            it->items.append(item.number);
    }
    for (Subscale &s : in.subscales) {
        if (s.items.isEmpty())
            r.fail(Tr::tr("subscale \"%1\" has no items.").arg(s.code));
        std::sort(s.items.begin(), s.items.end());
    }
}

QList<Instrument> loadBuiltIns()
{
    QList<Instrument> result;
    for (const QString &id : { QStringLiteral("phq9"), QStringLiteral("gad7") }) {
        const QString path = QStringLiteral(":/instruments/%1.json").arg(id);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Other,
                Tr::tr("The built-in instrument %1 is missing from this copy of XinAn; reinstall XinAn.").arg(path));
        Instrument in = parseInstrument(file.readAll(), path);
        if (in.id != id)
            throw Error(
                ErrorKind::Other, Tr::tr("The built-in instrument %1 has the id \"%2\"; reinstall XinAn.").arg(path, in.id));
        result.append(std::move(in));
    }
    return result;
}

} // namespace

int Instrument::minOption() const
{
    int m = std::numeric_limits<int>::max();
    for (const InstrumentOption &o : options)
        m = std::min(m, o.value);
    return options.isEmpty() ? 0 : m;
}

int Instrument::maxOption() const
{
    int m = std::numeric_limits<int>::min();
    for (const InstrumentOption &o : options)
        m = std::max(m, o.value);
    return options.isEmpty() ? 0 : m;
}

int Instrument::minTotal() const
{
    return static_cast<int>(items.size()) * minOption();
}

int Instrument::maxTotal() const
{
    return static_cast<int>(items.size()) * maxOption();
}

bool Instrument::isOption(int value) const
{
    return std::any_of(options.cbegin(), options.cend(), [value](const InstrumentOption &o) { return o.value == value; });
}

const InstrumentBand *Instrument::bandFor(int total) const
{
    for (const InstrumentBand &b : bands) {
        if (total >= b.from && total <= b.to)
            return &b;
    }
    return nullptr;
}

Instrument parseInstrument(const QByteArray &json, const QString &source)
{
    const Reader r(source);
    if (json.size() > MaxDefinitionBytes)
        r.fail(Tr::tr("the file is larger than %1 bytes.").arg(MaxDefinitionBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        r.fail(Tr::tr("it is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        r.fail(Tr::tr("the definition must be one JSON object in { }."));
    const QJsonObject root = doc.object();
    const QString top = Tr::tr("the definition");
    r.checkKeys(root,
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("version"),
            QStringLiteral("reference"), QStringLiteral("stem"), QStringLiteral("options"), QStringLiteral("items"),
            QStringLiteral("scoring"), QStringLiteral("bands"), QStringLiteral("critical_items"), QStringLiteral("subscales") },
        top);

    Instrument in;
    in.source = source;
    in.id = r.code(root, QStringLiteral("id"), top);
    in.name = r.string(root, QStringLiteral("name"), top);
    in.shortName = r.string(root, QStringLiteral("short_name"), top);
    in.version = r.string(root, QStringLiteral("version"), top);
    in.reference = r.optionalString(root, QStringLiteral("reference"), top);
    in.stem = r.string(root, QStringLiteral("stem"), top);
    readOptions(r, root, in);
    readItems(r, root, in);
    readScoring(r, root, in);
    readBands(r, root, in);
    readCriticalItems(r, root, in);
    readSubscales(r, root, in);
    return in;
}

QList<Instrument> builtInInstruments()
{
    static const QList<Instrument> instruments = loadBuiltIns();
    return instruments;
}

std::optional<Instrument> findInstrument(const QString &id)
{
    for (const Instrument &in : builtInInstruments()) {
        if (in.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return in;
    }
    return std::nullopt;
}

ScoreResult score(const Instrument &instrument, const QList<int> &answers)
{
    if (answers.size() != instrument.items.size())
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 has %2 items, but %3 answers were given.")
                .arg(instrument.shortName)
                .arg(instrument.items.size())
                .arg(answers.size()));
    QList<int> values;
    for (const InstrumentOption &o : instrument.options)
        values.append(o.value);
    std::sort(values.begin(), values.end());
    const int mirror = instrument.minOption() + instrument.maxOption();

    ScoreResult result;
    QList<int> scored(answers.size());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const InstrumentItem &item = instrument.items.at(i);
        const int answer = answers.at(i);
        if (!instrument.isOption(answer))
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 item %2: %3 is not one of the answers (%4).")
                    .arg(instrument.shortName)
                    .arg(item.number)
                    .arg(answer)
                    .arg(joined(values)));
        scored[i] = item.reverse ? mirror - answer : answer;
        result.total += scored.at(i);
    }
    for (const Subscale &s : instrument.subscales) {
        int sum = 0;
        for (int number : s.items)
            sum += scored.at(number - 1);
        result.subscales.insert(s.code, sum);
    }
    for (const CriticalItem &c : instrument.criticalItems) {
        if (answers.at(c.item - 1) > c.above && !result.criticalReasons.contains(c.reason))
            result.criticalReasons.append(c.reason);
    }
    const InstrumentBand *band = instrument.bandFor(result.total);
    if (!band)
        throw Error(ErrorKind::Other,
            Tr::tr("%1: no band covers the total %2; the instrument definition is damaged.")
                .arg(instrument.shortName)
                .arg(result.total));
    result.bandCode = band->code;
    result.bandLabel = band->label;
    result.needsInterview = band->flag || result.critical();
    return result;
}

std::optional<int> answerFromText(const Instrument &instrument, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const InstrumentOption &o : instrument.options) {
        if (o.label == t)
            return o.value;
    }
    // Digits, ASCII or full-width, with an optional sign and an optional ".0" (spreadsheets).
    qsizetype i = 0;
    bool negative = false;
    if (t.at(0) == u'-' || t.at(0) == u'\uFF0D') {
        negative = true;
        ++i;
    }
    long long value = 0;
    qsizetype digits = 0;
    for (; i < t.size() && t.at(i).isDigit() && digits < 7; ++i, ++digits)
        value = value * 10 + t.at(i).digitValue();
    if (digits == 0)
        return std::nullopt;
    if (i < t.size() && (t.at(i) == u'.' || t.at(i) == u'\uFF0E')) {
        ++i;
        qsizetype zeros = 0;
        for (; i < t.size() && t.at(i).digitValue() == 0; ++i)
            ++zeros;
        if (zeros == 0)
            return std::nullopt;
    }
    if (i != t.size())
        return std::nullopt;
    const int v = static_cast<int>(negative ? -value : value);
    if (!instrument.isOption(v))
        return std::nullopt;
    return v;
}

} // namespace xinan
