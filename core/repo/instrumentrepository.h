#pragma once
// The instruments a school can use (测评工具): the built-in ones (PHQ-9, GAD-7) and those the
// school imported from a definition file it is licensed to use. An imported definition is
// validated exactly as the built-ins are (parseInstrument) and kept in the school's encrypted
// file, in its settings under "instrument/<id>" (one key per instrument, the definition's JSON),
// so that it travels with the school's data and its backups. Results name their instrument by
// id and are scored with its bands: a definition that results use is never replaced.
//
// Everything that lists or resolves instruments for a school goes through here (or through
// findInstrument(db, id)); the built-in-only findInstrument(id) is for code that names PHQ-9 or
// GAD-7 itself.
//
// Roles (docs/roles.md): instruments are school settings (DataKind::Settings): every role reads
// them, counsellors and administrators import them.

#include "../domain/instrument.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace xinan {

class Database;

// A definition file checked and ready to import.
struct InstrumentImport
{
    enum class Kind {
        New, // no instrument has this id yet
        Replace, // the school's own instrument with this id, changed (no results use it)
        Same, // the very definition the school already has: nothing to do
    };
    Instrument instrument;
    QByteArray definition; // the JSON as kept (compact)
    QString fileName; // for messages and the audit log
    Kind kind = Kind::New;
};

class InstrumentRepository final
{
public:
    InstrumentRepository(Database &db, QString actor);

    // The built-in instruments, then the school's own by id.
    QList<Instrument> all();
    // An instrument by id (case-insensitive): built-in or the school's own.
    std::optional<Instrument> find(const QString &id);
    static bool isBuiltIn(const QString &id);
    // How many screening results (entered or imported, not from other platforms) use the id.
    int resultCount(const QString &id);

    // Checks a definition file's content for import: everything parseInstrument() checks, then
    // that the id is not a built-in instrument's and that a changed definition does not replace
    // one that results use. Throws Error(Rejected) naming fileName and the problem; writes nothing.
    InstrumentImport check(const QByteArray &json, const QString &fileName);
    // Adds (or replaces) the checked definition with its audit entry in one transaction, checking
    // it again there. Returns the instrument as kept.
    Instrument add(const InstrumentImport &import);

    static QString keyFor(const QString &id); // "instrument/<id>"

private:
    Database &m_db;
    QString m_actor;
};

// InstrumentRepository(db, {}).find(id): the school-aware lookup.
std::optional<Instrument> findInstrument(Database &db, const QString &id);

} // namespace xinan
