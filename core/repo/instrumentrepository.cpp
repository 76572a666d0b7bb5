#include "instrumentrepository.h"

#include "../error.h"
#include "../store/database.h"
#include "settingsrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InstrumentRepository)
};

constexpr auto KeyPrefix = "instrument/";

// A kept definition, parsed once per process: lists and result tables resolve an instrument per
// row. Keyed by the definition's text, so a replaced definition is parsed afresh.
Instrument parsedKept(const QString &key, const QString &definition)
{
    static QMutex mutex;
    static QHash<QString, Instrument> parsed;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = parsed.constFind(definition); it != parsed.constEnd())
            return *it;
    }
    Instrument instrument = parseInstrument(definition.toUtf8(), key);
    const QMutexLocker lock(&mutex);
    parsed.insert(definition, instrument);
    return instrument;
}

} // namespace

InstrumentRepository::InstrumentRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QString InstrumentRepository::keyFor(const QString &id)
{
    return QString::fromLatin1(KeyPrefix) + id.trimmed().toLower();
}

bool InstrumentRepository::isBuiltIn(const QString &id)
{
    return findInstrument(id).has_value();
}

QList<Instrument> InstrumentRepository::all()
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    QList<Instrument> out = builtInInstruments();
    const QMap<QString, QString> kept = SettingsRepository(m_db, m_actor).values(QString::fromLatin1(KeyPrefix));
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        try {
            out.append(parsedKept(it.key(), it.value()));
        } catch (const Error &e) {
            // Checked when it was imported; a definition damaged since is left out, not fatal.
            qWarning("%s", qUtf8Printable(e.message()));
        }
    }
    return out;
}

std::optional<Instrument> InstrumentRepository::find(const QString &id)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    if (std::optional<Instrument> builtIn = findInstrument(id))
        return builtIn;
    const QString key = keyFor(id);
    const QString definition = SettingsRepository(m_db, m_actor).value(key);
    if (definition.isEmpty())
        return std::nullopt;
    try {
        return parsedKept(key, definition);
    } catch (const Error &e) {
        qWarning("%s", qUtf8Printable(e.message()));
        return std::nullopt;
    }
}

int InstrumentRepository::resultCount(const QString &id)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    Statement st(m_db, "SELECT count(*) FROM screening_results WHERE instrument_id = ? AND source <> 'external'");
    st.bind(1, id.trimmed().toLower());
    return st.step() ? st.integer(0) : 0;
}

InstrumentImport InstrumentRepository::check(const QByteArray &json, const QString &fileName)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    InstrumentImport plan;
    plan.fileName = fileName;
    plan.instrument = parseInstrument(json, fileName);
    const Instrument &in = plan.instrument;
    if (isBuiltIn(in.id))
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 defines the instrument \"%2\", which is built into XinAn (%3) and cannot be replaced. If this is another "
                   "instrument, give it an id of its own in \"id\".")
                .arg(fileName, in.id, findInstrument(in.id)->shortName));
    plan.definition = QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
    const QString kept = SettingsRepository(m_db, m_actor).value(keyFor(in.id));
    if (kept.isEmpty()) {
        plan.kind = InstrumentImport::Kind::New;
    } else if (kept.toUtf8() == plan.definition) {
        plan.kind = InstrumentImport::Kind::Same;
    } else {
        const int results = resultCount(in.id);
        if (results > 0)
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 changes the instrument \"%2\" (%3), but %n screening result(s) were scored with the definition the "
                       "school has. Results keep the definition they were scored with, so it cannot be replaced; give the "
                       "changed definition an id of its own in \"id\" (for example %2_v2).",
                    nullptr, results)
                    .arg(fileName, in.id, in.shortName));
        plan.kind = InstrumentImport::Kind::Replace;
    }
    return plan;
}

Instrument InstrumentRepository::add(const InstrumentImport &import)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    Transaction tx(m_db);
    const InstrumentImport plan = check(import.definition, import.fileName);
    if (plan.kind != InstrumentImport::Kind::Same) {
        const Instrument &in = plan.instrument;
        SettingsRepository(m_db, m_actor)
            .setValue(keyFor(in.id), QString::fromUtf8(plan.definition),
                plan.kind == InstrumentImport::Kind::New ? QStringLiteral("import") : QStringLiteral("replace"),
                QStringLiteral("instrument"),
                QStringLiteral("%1: %2 %3, %4 items, from %5")
                    .arg(in.id, in.shortName, in.name)
                    .arg(in.items.size())
                    .arg(plan.fileName));
    }
    tx.commit();
    return plan.instrument;
}

std::optional<Instrument> findInstrument(Database &db, const QString &id)
{
    return InstrumentRepository(db, QString()).find(id);
}

} // namespace xinan
