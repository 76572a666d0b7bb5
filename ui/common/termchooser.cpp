#include "termchooser.h"

#include "domain/term.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/termcalendar.h"
#include "services/schoolfile.h"

#include <QSignalBlocker>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace xinan::ui {

TermChooser::TermChooser(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void TermChooser::fill(SchoolFile &school)
{
    QString current;
    try {
        current = TermCalendar(school.db()).currentTerm().id;
    } catch (const Error &) {
        current = calendarTermContaining(clock::today()).id;
    }
    QList<SchoolTerm> own;
    try {
        own = TermCalendar(school.db()).schoolTerms();
    } catch (const Error &) {
    }
    QStringList ids { current };
    for (const SchoolTerm &t : std::as_const(own))
        if (!ids.contains(t.id))
            ids << t.id;
    QString id = current;
    for (int i = 0; i < 6; ++i) {
        id = previousTermId(id);
        if (id.isEmpty())
            break;
        if (!ids.contains(id))
            ids << id;
    }
    // Newest first: ids of the usual form sort by their text.
    std::sort(ids.begin(), ids.end(), std::greater<>());

    const QSignalBlocker block(this);
    const QString kept = termId();
    clear();
    for (const QString &each : std::as_const(ids))
        addItem(each == current ? tr("%1 (current)").arg(termDisplayName(each)) : termDisplayName(each), each);
    const int index = findData(kept.isEmpty() ? current : kept);
    setCurrentIndex(index >= 0 ? index : findData(current));
}

QString TermChooser::termId() const
{
    return currentData().toString();
}

bool TermChooser::setTerm(const QString &id)
{
    const int index = findData(id);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace xinan::ui
