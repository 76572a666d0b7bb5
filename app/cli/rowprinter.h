#pragma once
// The one printer of xinan-cli's listings (--format table, csv or json): a command names its
// columns and adds its rows; the printer writes
//   table: aligned columns (a Chinese character takes two columns; a line break in a cell
//          becomes a space), then an optional footer line such as "12 student(s).";
//   csv:   UTF-8 with a BOM (for Excel), the column keys as the header, CRLF line ends, cells
//          quoted when needed and formulas neutralised (csvField);
//   json:  an array with one object a row, the column keys as its keys.
//
//   RowPrinter rows({{"student_no", Tr::tr("Student number")}, {"name", Tr::tr("Name")}});
//   for (const StudentRow &s : students)
//       rows.add({s.studentNo, s.name});
//   rows.print(formatOf(cl), Tr::tr("%n student(s).", nullptr, n));

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace xinan::cli {

struct Column
{
    enum class Shown { Everywhere, TableOnly, DataOnly, JsonOnly }; // DataOnly: CSV and JSON

    // Everywhere, or only in the table, only in CSV and JSON, or only in JSON.
    QString key; // CSV header and JSON key
    QString header; // table heading (translated)
    Shown shown = Shown::Everywhere;
};

// One value of a row: `text` in the table and in CSV, `json` in JSON (the text unless given:
// a code, a number, a bool or null), and `table` when the table shows something else (a
// translated name, "-" for nothing).
struct Cell
{
    Cell(const QString &shown)
        : text(shown)
        , json(shown)
    {
    }
    Cell(const QString &shown, const QJsonValue &value)
        : text(shown)
        , json(value)
    {
    }
    Cell(const char *) = delete; // say QStringLiteral: texts are Unicode
    Cell shownInTable(const QString &shown) const
    {
        Cell c = *this;
        c.table = shown;
        return c;
    }

    QString text;
    QJsonValue json;
    std::optional<QString> table;
};

class RowPrinter final
{
public:
    explicit RowPrinter(QList<Column> columns);
    // One cell a column, in the order of the columns.
    void add(QList<Cell> row);

    QString table(const QString &footer = {}) const;
    QString csv() const;
    QString json() const;
    // Writes table(footer), csv() or json() to standard output; `format` as formatOf() checked it.
    void print(const QString &format, const QString &tableFooter = {}) const;

private:
    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
};

} // namespace xinan::cli
