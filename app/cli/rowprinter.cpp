#include "rowprinter.h"

#include "io/csvfield.h"

#include "clishared.h"
#include "commandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

namespace xinan::cli {
namespace {

bool inCsv(const Column &column)
{
    return column.shown == Column::Shown::Everywhere || column.shown == Column::Shown::DataOnly;
}

} // namespace

RowPrinter::RowPrinter(QList<Column> columns)
    : m_columns(std::move(columns))
{
}

void RowPrinter::add(QList<Cell> row)
{
    if (row.size() != m_columns.size())
        throw std::logic_error("RowPrinter::add: one cell a column");
    m_rows.append(std::move(row));
}

QString RowPrinter::table(const QString &footer) const
{
    QList<int> shown;
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).shown == Column::Shown::Everywhere || m_columns.at(c).shown == Column::Shown::TableOnly)
            shown.append(c);
    QList<QStringList> lines { {} };
    for (const int c : shown)
        lines.first().append(m_columns.at(c).header);
    for (const QList<Cell> &row : m_rows) {
        QStringList line;
        for (const int c : shown) {
            QString text = row.at(c).table.value_or(row.at(c).text);
            text.replace(QLatin1String("\r\n"), QLatin1String(" ")).replace(u'\n', u' ').replace(u'\r', u' ');
            line.append(text);
        }
        lines.append(line);
    }
    QList<int> widths(shown.size(), 0);
    for (const QStringList &line : lines)
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(line.at(c)));
    QString text;
    for (const QStringList &line : lines) {
        QString joined;
        for (int c = 0; c < line.size(); ++c) {
            joined += line.at(c);
            if (c + 1 < line.size())
                joined += QString(widths[c] - displayWidth(line.at(c)) + 2, u' ');
        }
        text += joined.trimmed() + u'\n';
    }
    if (!footer.isEmpty())
        text += footer + u'\n';
    return text;
}

QString RowPrinter::csv() const
{
    QStringList header;
    for (const Column &column : m_columns)
        if (inCsv(column))
            header.append(column.key);
    QString text = QChar(0xFEFF) + header.join(u',') + QLatin1String("\r\n");
    for (const QList<Cell> &row : m_rows) {
        QStringList cells;
        for (int c = 0; c < m_columns.size(); ++c)
            if (inCsv(m_columns.at(c)))
                cells.append(io::csvField(row.at(c).text));
        text += cells.join(u',') + QLatin1String("\r\n");
    }
    return text;
}

QString RowPrinter::json() const
{
    QJsonArray array;
    for (const QList<Cell> &row : m_rows) {
        QJsonObject object;
        for (int c = 0; c < m_columns.size(); ++c)
            if (m_columns.at(c).shown != Column::Shown::TableOnly)
                object.insert(m_columns.at(c).key, row.at(c).json);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void RowPrinter::print(const QString &format, const QString &tableFooter) const
{
    if (format == u"json")
        out() << json();
    else if (format == u"csv")
        out() << csv();
    else
        out() << table(tableFooter);
}

} // namespace xinan::cli
