#pragma once
// The student's timeline (一生一案): every dated record about a student, from every module, in one
// list. Each module's repository gives its own entries; this service only collects them.
//
// A module with dated records about a student adds one line to timelineProviders()
// (timeline.cpp): its name and a function that returns its entries for a student, usually
// `entriesOf<ItsRepository>` for a repository with `QList<TimelineEntry> timelineEntries(qint64)`.
//
// Roles: a provider names the kind of data its entries are (DataKind); the timeline asks it only
// when the reader's access may read that kind, after checking that the reader may see the
// student's basic file at all (a class teacher: its classes; an admin: nobody). Within an
// entry the repository hides what the reader may not read (a head sees a risk change's levels,
// not its reason). A class teacher's timeline holds only the feedback addressed to it.

#include "../repo/timelineentry.h"
#include "../store/access.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace xinan {

class Database;

struct TimelineProvider
{
    const char *module; // for logs and docs: "notes", "risk", ...
    DataKind kind; // what the entries are: the reader must be allowed to read it
    // The module's entries for the student; `actor` is the account reading them (a module with
    // confidential records shows only what that account may read).
    std::function<QList<TimelineEntry>(Database &db, qint64 studentId, const QString &actor)> entries;
};

// Every module's provider, in a fixed order: within one day, entries keep this order (and each
// module's own order).
const std::vector<TimelineProvider> &timelineProviders();

// The entries of a repository constructed as Repository(db, actor) with
// `QList<TimelineEntry> timelineEntries(qint64 studentId)`.
template<typename Repository> QList<TimelineEntry> entriesOf(Database &db, qint64 studentId, const QString &actor)
{
    return Repository(db, actor).timelineEntries(studentId);
}

// The student's whole timeline, newest first (by day; within a day in provider order): the
// providers whose kind the connection's access may read. Error(Denied) when the access may not
// read this student's basic file; empty for a student that does not exist.
// `actor` is the account reading it: counselling records show their content only to an account
// whose role is counsellor; any other actor (empty included) sees that a record exists and its date.
QList<TimelineEntry> studentTimeline(Database &db, qint64 studentId, const QString &actor = QString());

} // namespace xinan
