#include "csvreader.h"

#include "../error.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace xinan::io {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RosterReader)
};

std::optional<QString> decodeStrict(QStringDecoder &decoder, QByteArrayView bytes)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

std::optional<DecodedText> decodeText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        if (auto t = decodeStrict(d, QByteArrayView(bytes).sliced(3)))
            return DecodedText { *t, QStringLiteral("UTF-8 (BOM)") };
        return std::nullopt;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(
            bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        if (auto t = decodeStrict(d, QByteArrayView(bytes).sliced(2)))
            return DecodedText { *t, QStringLiteral("UTF-16") };
        return std::nullopt;
    }
    if (bytes.contains('\0'))
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    if (auto t = decodeStrict(utf8, bytes))
        return DecodedText { *t, QStringLiteral("UTF-8") };
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid())
        return std::nullopt;
    if (auto t = decodeStrict(gb, bytes))
        return DecodedText { *t, QStringLiteral("GB18030") };
    return std::nullopt;
}

QChar sniffDelimiter(const QString &text)
{
    const QChar candidates[] = { u',', u'\t', u';' };
    int best[3] = { 0, 0, 0 };
    int counts[3] = { 0, 0, 0 };
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 10; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            for (int k = 0; k < 3; ++k) {
                best[k] = std::max(best[k], counts[k]);
                counts[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k)
                if (c == candidates[k])
                    ++counts[k];
        }
    }
    for (int k = 0; k < 3; ++k)
        best[k] = std::max(best[k], counts[k]);
    int chosen = 0;
    for (int k = 1; k < 3; ++k)
        if (best[k] > best[chosen])
            chosen = k;
    return candidates[chosen];
}

CellGrid parseCsv(const QString &text, QChar delimiter, const QString &name)
{
    CellGrid grid;
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field began with a quote
    int recordNo = 1;
    const auto endField = [&] {
        if (field.size() > MaxCellChars)
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1: row %2 has a cell longer than %3 characters; this is not a roster.")
                    .arg(name)
                    .arg(recordNo)
                    .arg(MaxCellChars));
        if (record.size() >= MaxColumns)
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1: row %2 has more than %3 columns; this is not a roster.").arg(name).arg(recordNo).arg(MaxColumns));
        record.append(cleanCell(field));
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlankRow(record)) {
            if (grid.rows.size() >= MaxRows)
                throw Error(ErrorKind::Rejected,
                    Tr::tr("%1 has more than %2 rows; XinAn does not import files that large.").arg(name).arg(MaxRows));
            grid.rows.append(record);
            grid.fileRows.append(recordNo);
        }
        record.clear();
        ++recordNo;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !record.isEmpty() || wasQuoted)
        endRecord();
    return grid;
}

} // namespace xinan::io
