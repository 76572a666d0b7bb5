#include "hotlines.h"

#include "../error.h"
#include "../store/access.h"
#include "../store/database.h"
#include "settingsrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HotlineRepository)
};

constexpr int MaxNameLength = 60;
constexpr int MaxNoteLength = 100;
constexpr int MaxAddressLength = 200;

// One line of text: trimmed, no line breaks, at most `max` characters.
QString checkedText(const QString &text, const QString &field, int max)
{
    const QString t = text.trimmed();
    if (t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')))
        throw Error(ErrorKind::Rejected, Tr::tr("%1 must fit on one line.").arg(field));
    if (t.size() > max)
        throw Error(
            ErrorKind::Rejected, Tr::tr("%1 is too long: at most %2 characters, not %3.").arg(field).arg(max).arg(t.size()));
    return t;
}

QJsonObject lineObject(const Hotline &line)
{
    return QJsonObject { { QStringLiteral("name"), line.name }, { QStringLiteral("number"), line.number },
        { QStringLiteral("note"), line.note } };
}

} // namespace

HotlineRepository::HotlineRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QList<Hotline> HotlineRepository::nationalHotlines()
{
    return {
        { Tr::tr("Government service hotline (政务服务便民热线)"), QStringLiteral("12345"), QString() },
        { Tr::tr("Health hotline (卫生健康热线)"), QStringLiteral("12320"), QString() },
        { Tr::tr("Youth service line (青少年服务台)"), QStringLiteral("12355"), QString() },
        { Tr::tr("Women and children's rights hotline (妇女儿童维权热线)"), QStringLiteral("12338"), QString() },
    };
}

QList<Hotline> HotlineRepository::suggestedHotlines()
{
    return {
        { Tr::tr("National psychological assistance hotline (心理援助热线)"), QStringLiteral("12356"),
            Tr::tr("National number since 2025; check that it answers in your county before printing it.") },
    };
}

QString HotlineRepository::aidLineName(const SchoolHotlines &hotlines)
{
    return hotlines.aidName.isEmpty() ? Tr::tr("24-hour psychological aid line") : hotlines.aidName;
}

QString HotlineRepository::checkedNumber(const QString &number, const QString &field)
{
    const QString n = number.trimmed();
    if (n.isEmpty())
        return n;
    int digits = 0;
    for (qsizetype i = 0; i < n.size(); ++i) {
        const QChar c = n.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digits;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 “%2” is not a phone number: use only digits, spaces, '-' and a '+' at the start.").arg(field, n));
    }
    if (digits < MinDigits || digits > MaxDigits)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 “%2” has %3 digits: a phone number has %4 to %5.")
                .arg(field, n)
                .arg(digits)
                .arg(MinDigits)
                .arg(MaxDigits));
    return n;
}

SchoolHotlines HotlineRepository::schoolHotlines()
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    const QString stored = SettingsRepository(m_db, m_actor).value(QString::fromLatin1(SettingKey));
    SchoolHotlines out;
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QJsonObject aid = o.value(QStringLiteral("aid")).toObject();
    out.aidName = aid.value(QStringLiteral("name")).toString();
    out.aidNumber = aid.value(QStringLiteral("number")).toString();
    const QJsonObject hospital = o.value(QStringLiteral("hospital")).toObject();
    out.hospitalName = hospital.value(QStringLiteral("name")).toString();
    out.hospitalNumber = hospital.value(QStringLiteral("number")).toString();
    out.hospitalAddress = hospital.value(QStringLiteral("address")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("others")).toArray()) {
        const QJsonObject line = v.toObject();
        out.others.append({ line.value(QStringLiteral("name")).toString(), line.value(QStringLiteral("number")).toString(),
            line.value(QStringLiteral("note")).toString() });
    }
    return out;
}

SchoolHotlines HotlineRepository::checked(const SchoolHotlines &hotlines)
{
    SchoolHotlines h;
    h.aidName = checkedText(hotlines.aidName, Tr::tr("The 24-hour aid line's name"), MaxNameLength);
    h.aidNumber = checkedNumber(hotlines.aidNumber, Tr::tr("The 24-hour aid line's number"));
    if (!h.aidName.isEmpty() && h.aidNumber.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Write the 24-hour aid line's number, or clear its name."));
    h.hospitalName = checkedText(hotlines.hospitalName, Tr::tr("The nearest hospital's name"), MaxNameLength);
    h.hospitalNumber = checkedNumber(hotlines.hospitalNumber, Tr::tr("The nearest hospital's number"));
    h.hospitalAddress = checkedText(hotlines.hospitalAddress, Tr::tr("The nearest hospital's address"), MaxAddressLength);
    if (h.hospitalName.isEmpty() && (!h.hospitalNumber.isEmpty() || !h.hospitalAddress.isEmpty()))
        throw Error(ErrorKind::Rejected, Tr::tr("Write the nearest hospital's name."));
    int row = 0;
    for (const Hotline &line : hotlines.others) {
        ++row;
        Hotline l;
        l.name = checkedText(line.name, Tr::tr("Local line %1's name").arg(row), MaxNameLength);
        l.number = checkedNumber(line.number, Tr::tr("Local line %1's number").arg(row));
        l.note = checkedText(line.note, Tr::tr("Local line %1's note").arg(row), MaxNoteLength);
        if (l.name.isEmpty() && l.number.isEmpty() && l.note.isEmpty())
            continue;
        if (l.name.isEmpty())
            throw Error(ErrorKind::Rejected, Tr::tr("Write local line %1's name.").arg(row));
        if (l.number.isEmpty())
            throw Error(ErrorKind::Rejected, Tr::tr("Write local line %1's number.").arg(row));
        h.others.append(l);
    }
    if (h.others.size() > MaxOtherLines)
        throw Error(ErrorKind::Rejected,
            Tr::tr("At most %1 other local lines can be kept, not %2.").arg(MaxOtherLines).arg(h.others.size()));
    return h;
}

void HotlineRepository::setSchoolHotlines(const SchoolHotlines &hotlines)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    const SchoolHotlines h = checked(hotlines);

    QJsonArray others;
    for (const Hotline &l : std::as_const(h.others))
        others.append(lineObject(l));
    const QJsonObject o {
        { QStringLiteral("aid"),
            QJsonObject { { QStringLiteral("name"), h.aidName }, { QStringLiteral("number"), h.aidNumber } } },
        { QStringLiteral("hospital"),
            QJsonObject { { QStringLiteral("name"), h.hospitalName }, { QStringLiteral("number"), h.hospitalNumber },
                { QStringLiteral("address"), h.hospitalAddress } } },
        { QStringLiteral("others"), others },
    };
    const QString value = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    // The audit names what changed in short: the numbers, never free text beyond them.
    QStringList numbers;
    if (!h.aidNumber.isEmpty())
        numbers << QStringLiteral("aid=") + h.aidNumber;
    if (!h.hospitalNumber.isEmpty())
        numbers << QStringLiteral("hospital=") + h.hospitalNumber;
    for (const Hotline &l : std::as_const(h.others))
        numbers << l.number;
    SettingsRepository(m_db, m_actor)
        .setValue(QString::fromLatin1(SettingKey), value, QStringLiteral("update"), QStringLiteral("hotlines"),
            numbers.join(QStringLiteral(", ")));
}

} // namespace xinan
