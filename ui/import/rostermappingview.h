#pragma once
// The roster file as read: what was detected (format, encoding, header row), a preview of its
// first rows, and for every column the student field it imports as (pre-filled by guessing).

#include "services/rosterimport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace xinan::ui {

class RosterMappingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterMappingView)

public:
    static constexpr int PreviewRows = 10;

    explicit RosterMappingView(QWidget *parent = nullptr);

    void setTable(const RosterTable &table);
    // Column index -> field, leaving out ignored columns.
    QMap<int, RosterField> mapping() const;
    void setField(int column, RosterField field);
    // What keeps the mapping from being checked (a required field missing, a field used twice);
    // empty when it is complete.
    QString mappingProblem() const;

Q_SIGNALS:
    void mappingChanged();

private:
    QLabel *m_detected;
    QTableWidget *m_preview;
    QTableWidget *m_columns;
    QList<QComboBox *> m_fields;
};

} // namespace xinan::ui
