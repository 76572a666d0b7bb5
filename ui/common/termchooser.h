#pragma once
// The term a view shows: a combo box of term ids, newest first — the current term (marked
// "(current)"), the school's own terms and the usual calendar's terms of the last three years.
// Used by the home-visits and the lessons pages.

#include <QComboBox>
#include <QString>

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

// Each item shows termDisplayName(id) and holds the term id as its data.
class TermChooser final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TermChooser)

public:
    explicit TermChooser(QWidget *parent = nullptr);

    // (Re)fills the choices without a change signal. The term chosen before stays chosen when it
    // is still offered; otherwise (and on the first fill) the current term is.
    void fill(SchoolFile &school);
    // The chosen term's id; empty when there is none.
    QString termId() const;
    // Chooses the term; false (and no change) when it is not offered.
    bool setTerm(const QString &id);
};

} // namespace xinan::ui
