#pragma once
// Screening instruments (测评工具) are data: a JSON definition (items, options, scoring, bands,
// critical items, reverse-scored items, subscales) read by parseInstrument() and scored by the
// one scorer, score(). PHQ-9 and GAD-7 are built in (resources/instruments/*.json, embedded
// under :/instruments). Pure values: no database.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace xinan {

struct InstrumentOption
{
    int value = 0;
    QString label; // 完全不会, 好几天, ...
};

struct InstrumentItem
{
    int number = 0; // 1..n, the order answers are given in
    QString text;
    bool reverse = false; // scored as (lowest + highest option value - answer)
    QString subscale; // optional: the code of a declared subscale
};

struct InstrumentBand
{
    int from = 0; // totals from..to, inclusive
    int to = 0;
    QString code; // none, minimal, mild, moderate, moderately_severe, severe, ...
    QString label; // 无/极轻, 轻度, ...
    bool flag = false; // this band needs a second-stage interview (二次评估)
};

struct CriticalItem
{
    int item = 0; // item number
    int above = 0; // an answer (as given, before reverse scoring) above this is critical
    QString reason;
};

struct Subscale
{
    QString code;
    QString label;
    QList<int> items; // item numbers, ascending: those listed here and those naming the subscale
};

struct Instrument
{
    QString id; // lower case, digits and '_': phq9, gad7
    QString name;
    QString shortName; // PHQ-9
    QString version;
    QString reference; // optional citation
    QString stem;
    QList<InstrumentOption> options; // in the definition's order
    QList<InstrumentItem> items; // sorted by number: items[i].number == i + 1
    QString scoringMethod; // "sum"
    QList<InstrumentBand> bands; // sorted, covering minTotal()..maxTotal() without gaps
    QList<CriticalItem> criticalItems;
    QList<Subscale> subscales;
    QString source; // where the definition came from (file name), for messages

    int minOption() const;
    int maxOption() const;
    int minTotal() const; // items × lowest option value
    int maxTotal() const; // items × highest option value
    bool isOption(int value) const;
    // The band containing total, or nullptr when total is outside minTotal()..maxTotal().
    const InstrumentBand *bandFor(int total) const;
};

// Reads and validates a definition. Throws Error(Rejected) naming source and the problem:
// invalid JSON, a missing, mistyped or unknown field, duplicate item numbers or numbers not
// 1..n, option values that are not distinct integers, duplicate labels or codes, bands with
// gaps or overlaps or not covering the lowest..highest possible total, a critical item that
// does not exist or can never trigger, reverse-scored items with non-symmetric option values,
// a subscale with unknown items or no items, an unsupported scoring method.
Instrument parseInstrument(const QByteArray &json, const QString &source);

// PHQ-9 and GAD-7, from the embedded resources (parsed once).
QList<Instrument> builtInInstruments();
// A built-in instrument by id (case-insensitive: "phq9", "GAD7").
std::optional<Instrument> findInstrument(const QString &id);

struct ScoreResult
{
    int total = 0;
    QMap<QString, int> subscales; // subscale code → total
    QString bandCode;
    QString bandLabel;
    // The band is flagged or a critical item triggered: a counsellor's second-stage interview.
    bool needsInterview = false;
    QStringList criticalReasons; // empty unless a critical item triggered
    bool critical() const { return !criticalReasons.isEmpty(); }
};

// Scores answers given in item order (answers[i] answers item i + 1), each one of the option
// values. Reverse-scored items count (lowest + highest option value - answer); totals are sums.
// Throws Error(Rejected) on a wrong number of answers or an answer that is not an option,
// naming the instrument, the item and the value.
ScoreResult score(const Instrument &instrument, const QList<int> &answers);

// An answer as typed or exported by a survey tool, trimmed: the option value in digits
// (ASCII or full-width, "2", "２", "2.0") or an option label ("好几天" → 1). nullopt when the
// text is none of the instrument's options.
std::optional<int> answerFromText(const Instrument &instrument, const QString &text);

} // namespace xinan
