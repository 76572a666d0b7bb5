#include "rostermappingview.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString firstValueOf(const RosterTable &table, int column)
{
    for (const QStringList &row : table.rows) {
        if (!row.value(column).isEmpty())
            return row.value(column);
    }
    return QString();
}

} // namespace

RosterMappingView::RosterMappingView(QWidget *parent)
    : QWidget(parent)
    , m_detected(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_columns(new QTableWidget(this))
{
    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(110);
    m_columns->setObjectName(QStringLiteral("mapping"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({ tr("Column in the file"), tr("First value"), tr("Imports as") });
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("The first rows of the file:"), previewBox));
    previewLayout->addWidget(m_preview);
    auto *columnsBox = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(
        new QLabel(tr("What each column holds (student number (学籍号) and name (姓名) are required):"), columnsBox));
    columnsLayout->addWidget(m_columns);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(columnsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_detected);
    layout->addWidget(splitter, 1);
}

void RosterMappingView::setTable(const RosterTable &table)
{
    const QString format = table.format == QLatin1String("xlsx") ? tr("Excel workbook (.xlsx)") : tr("CSV text");
    m_detected->setText(tr("%1 · %2 · encoding %3 · headers in row %4 · %n data row(s)", nullptr, int(table.rows.size()))
                            .arg(QFileInfo(table.path).fileName(), format, table.encoding)
                            .arg(table.headerRow));

    const int previewRows = int(qMin<qsizetype>(PreviewRows, table.rows.size()));
    m_preview->clear();
    m_preview->setColumnCount(int(table.headers.size()));
    m_preview->setRowCount(previewRows);
    m_preview->setHorizontalHeaderLabels(table.headers);
    QStringList rowNumbers;
    for (int r = 0; r < previewRows; ++r) {
        rowNumbers << QString::number(table.fileRows.value(r, r + 1));
        for (int c = 0; c < table.headers.size(); ++c)
            m_preview->setItem(r, c, readOnlyItem(table.rows.at(r).value(c)));
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);

    const QMap<int, RosterField> guessed = guessRosterMapping(table.headers);
    m_fields.clear();
    m_columns->setRowCount(int(table.headers.size()));
    for (int c = 0; c < table.headers.size(); ++c) {
        m_columns->setItem(c, 0, readOnlyItem(table.headers.at(c)));
        m_columns->setItem(c, 1, readOnlyItem(firstValueOf(table, c)));
        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("field%1").arg(c));
        for (const RosterField field : allRosterFields())
            combo->addItem(rosterFieldName(field), static_cast<int>(field));
        combo->setCurrentIndex(combo->findData(static_cast<int>(guessed.value(c, RosterField::Ignore))));
        connect(combo, &QComboBox::currentIndexChanged, this, &RosterMappingView::mappingChanged);
        m_columns->setCellWidget(c, 2, combo);
        m_fields << combo;
    }
    m_columns->resizeColumnToContents(2);
    Q_EMIT mappingChanged();
}

QMap<int, RosterField> RosterMappingView::mapping() const
{
    QMap<int, RosterField> result;
    for (int c = 0; c < m_fields.size(); ++c) {
        const auto field = static_cast<RosterField>(m_fields.at(c)->currentData().toInt());
        if (field != RosterField::Ignore)
            result.insert(c, field);
    }
    return result;
}

void RosterMappingView::setField(int column, RosterField field)
{
    if (QComboBox *combo = m_fields.value(column))
        combo->setCurrentIndex(combo->findData(static_cast<int>(field)));
}

QString RosterMappingView::mappingProblem() const
{
    if (m_fields.isEmpty())
        return tr("Choose the roster file first.");
    const QMap<int, RosterField> chosen = mapping();
    QMap<RosterField, int> firstColumn;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (firstColumn.contains(it.value()))
            return tr("The columns %1 and %2 both import as %3. Choose one of them.")
                .arg(m_columns->item(firstColumn.value(it.value()), 0)->text(), m_columns->item(it.key(), 0)->text(),
                    rosterFieldName(it.value()));
        firstColumn.insert(it.value(), it.key());
    }
    for (const RosterField required : { RosterField::StudentNo, RosterField::Name }) {
        if (!firstColumn.contains(required))
            return tr("Choose the column that holds %1.").arg(rosterFieldName(required));
    }
    return QString();
}

} // namespace xinan::ui
