// Screening instruments as data: the built-in PHQ-9 and GAD-7, every total's band, critical
// items, reverse scoring and subscales through a test definition, malformed definitions,
// answers typed as digits or option text.
#include "domain/instrument.h"
#include "error.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace xinan;

namespace {

Instrument builtIn(const char *id)
{
    const std::optional<Instrument> in = findInstrument(QString::fromLatin1(id));
    REQUIRE(in.has_value());
    return *in;
}

// n answers adding up to total (each 0..3); fixedLast >= 0 pins the last item to that value.
QList<int> answersFor(int items, int total, int fixedLast = -1)
{
    QList<int> answers(items, 0);
    int rest = total;
    const int free = fixedLast >= 0 ? items - 1 : items;
    if (fixedLast >= 0) {
        answers[items - 1] = fixedLast;
        rest -= fixedLast;
    }
    for (int i = 0; i < free && rest > 0; ++i) {
        answers[i] = std::min(3, rest);
        rest -= answers[i];
    }
    REQUIRE(rest == 0);
    return answers;
}

QString rejection(const QByteArray &json)
{
    try {
        parseInstrument(json, QStringLiteral("bad.json"));
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("bad.json")));
        return e.message();
    }
    FAIL("the definition was accepted");
    return {};
}

QJsonObject validDefinition()
{
    return QJsonDocument::fromJson(test::readBytes(QStringLiteral(XINAN_TEST_DATA_DIR "/instruments/test_reverse.json")))
        .object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Replaces entry index of list key with f(entry).
template<typename F> QJsonObject withEntry(QJsonObject o, const QString &key, int index, F f)
{
    QJsonArray list = o.value(key).toArray();
    QJsonObject e = list.at(index).toObject();
    f(e);
    list[index] = e;
    o[key] = list;
    return o;
}

} // namespace

TEST_CASE("PHQ-9 and GAD-7 are built in with their Chinese wording", "[instruments]")
{
    const QList<Instrument> all = builtInInstruments();
    REQUIRE(all.size() == 2);
    const Instrument phq = builtIn("phq9");
    const Instrument gad = builtIn("GAD7");
    CHECK(phq.shortName == u"PHQ-9");
    CHECK(gad.shortName == u"GAD-7");
    CHECK(phq.items.size() == 9);
    CHECK(gad.items.size() == 7);
    CHECK(phq.stem == u"在过去两周里，你被以下问题困扰的频率是多少？");
    CHECK(phq.items.at(8).text == u"有不如死掉或用某种方式伤害自己的念头");
    CHECK(gad.items.at(6).text == u"感到似乎将有可怕的事情发生而害怕");
    for (const Instrument &in : { phq, gad }) {
        REQUIRE(in.options.size() == 4);
        CHECK(in.options.at(0).label == u"完全不会");
        CHECK(in.options.at(1).label == u"好几天");
        CHECK(in.options.at(2).label == u"一半以上的天数");
        CHECK(in.options.at(3).label == u"几乎每天");
        CHECK(in.minTotal() == 0);
    }
    CHECK(phq.maxTotal() == 27);
    CHECK(gad.maxTotal() == 21);
    CHECK_FALSE(findInstrument(QStringLiteral("scl90")).has_value());
}

TEST_CASE("Every PHQ-9 total maps to its band", "[instruments]")
{
    const Instrument phq = builtIn("phq9");
    struct Row
    {
        int from, to;
        const char *code;
        const char *label;
        bool flag;
    };
    const Row rows[]
        = { { 0, 4, "none", "无/极轻", false }, { 5, 9, "mild", "轻度", false }, { 10, 14, "moderate", "中度", true },
              { 15, 19, "moderately_severe", "中重度", true }, { 20, 27, "severe", "重度", true } };
    int covered = 0;
    for (const Row &row : rows) {
        for (int total = row.from; total <= row.to; ++total, ++covered) {
            INFO("total " << total);
            // Item 9 stays 0 while the other items can carry the total.
            const ScoreResult r = score(phq, answersFor(9, total, total <= 24 ? 0 : -1));
            CHECK(r.total == total);
            CHECK(r.bandCode == QLatin1String(row.code));
            CHECK(r.bandLabel == QString::fromUtf8(row.label));
            CHECK(r.needsInterview == row.flag);
            CHECK(r.critical() == (total > 24));
        }
    }
    CHECK(covered == 28);
    // The boundaries, spelled out.
    CHECK(score(phq, answersFor(9, 4)).bandCode == u"none");
    CHECK(score(phq, answersFor(9, 5)).bandCode == u"mild");
    CHECK(score(phq, answersFor(9, 9)).bandCode == u"mild");
    CHECK(score(phq, answersFor(9, 10)).bandCode == u"moderate");
    CHECK(score(phq, answersFor(9, 14)).bandCode == u"moderate");
    CHECK(score(phq, answersFor(9, 15)).bandCode == u"moderately_severe");
    CHECK(score(phq, answersFor(9, 19)).bandCode == u"moderately_severe");
    CHECK(score(phq, answersFor(9, 20)).bandCode == u"severe");
}

TEST_CASE("Every GAD-7 total maps to its band, 10 and above needs an interview", "[instruments]")
{
    const Instrument gad = builtIn("gad7");
    for (int total = 0; total <= 21; ++total) {
        INFO("total " << total);
        const ScoreResult r = score(gad, answersFor(7, total));
        CHECK(r.total == total);
        const char *code = total <= 4 ? "minimal" : total <= 9 ? "mild" : total <= 14 ? "moderate" : "severe";
        CHECK(r.bandCode == QLatin1String(code));
        CHECK(r.needsInterview == (total >= 10));
        CHECK_FALSE(r.critical());
        CHECK(r.subscales.isEmpty());
    }
}

TEST_CASE("PHQ-9 item 9 above 0 is critical whatever the total", "[instruments]")
{
    const Instrument phq = builtIn("phq9");
    const ScoreResult low = score(phq, { 0, 0, 0, 0, 0, 0, 0, 0, 1 });
    CHECK(low.total == 1);
    CHECK(low.bandCode == u"none");
    CHECK(low.critical());
    CHECK(low.criticalReasons == QStringList { QStringLiteral("第9题：有自伤或轻生念头") });
    CHECK(low.needsInterview);

    const ScoreResult high = score(phq, { 3, 3, 3, 3, 3, 3, 3, 3, 0 });
    CHECK(high.total == 24);
    CHECK(high.bandCode == u"severe");
    CHECK_FALSE(high.critical());
    CHECK(high.needsInterview);

    const ScoreResult all = score(phq, QList<int>(9, 3));
    CHECK(all.total == 27);
    CHECK(all.critical());
}

TEST_CASE("Reverse-scored items and subscales through a test definition", "[instruments]")
{
    const Instrument in = parseInstrument(test::readBytes(QStringLiteral(XINAN_TEST_DATA_DIR "/instruments/test_reverse.json")),
        QStringLiteral("test_reverse.json"));
    CHECK(in.minTotal() == 4);
    CHECK(in.maxTotal() == 20);
    REQUIRE(in.subscales.size() == 2);
    CHECK(in.subscales.at(0).items == QList<int> { 1, 2 });
    CHECK(in.subscales.at(1).items == QList<int> { 3, 4 }); // from the items' "subscale" fields

    // Items 2 and 4 reversed: 5 counts 1, 1 counts 5.
    ScoreResult r = score(in, { 5, 1, 2, 4 });
    CHECK(r.total == 5 + 5 + 2 + 2);
    CHECK(r.subscales.value(QStringLiteral("tension")) == 10);
    CHECK(r.subscales.value(QStringLiteral("social")) == 4);
    CHECK(r.bandCode == u"medium");
    CHECK(r.needsInterview);
    CHECK_FALSE(r.critical());

    r = score(in, { 1, 5, 1, 5 });
    CHECK(r.total == 4);
    CHECK(r.bandCode == u"low");
    CHECK_FALSE(r.needsInterview);

    // The critical item looks at the answer as given.
    r = score(in, { 1, 5, 5, 5 });
    CHECK(r.total == 8);
    CHECK(r.subscales.value(QStringLiteral("social")) == 6);
    CHECK(r.criticalReasons == QStringList { QStringLiteral("第3题：与同学相处非常困难") });
    CHECK(r.needsInterview);

    r = score(in, { 5, 1, 5, 1 });
    CHECK(r.total == 20);
    CHECK(r.bandCode == u"high");
}

TEST_CASE("Answers that are not options, or the wrong number of them, are rejected naming the item", "[instruments]")
{
    const Instrument phq = builtIn("phq9");
    try {
        score(phq, { 0, 0, 4, 0, 0, 0, 0, 0, 0 });
        FAIL("accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("PHQ-9 item 3")));
        CHECK(e.message().contains(QStringLiteral("4 is not one of the answers (0, 1, 2, 3)")));
    }
    CHECK(test::kindOf([&] { score(phq, { 0, 0, 0, 0, 0, 0, 0, 0, -1 }); }) == ErrorKind::Rejected);
    try {
        score(phq, { 0, 0, 0 });
        FAIL("accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("9 items, but 3 answers")));
    }
}

TEST_CASE("Answers from text: digits, full-width digits and option labels", "[instruments]")
{
    const Instrument gad = builtIn("gad7");
    CHECK(answerFromText(gad, QStringLiteral("0")) == 0);
    CHECK(answerFromText(gad, QStringLiteral(" 2 ")) == 2);
    CHECK(answerFromText(gad, QStringLiteral("３")) == 3);
    CHECK(answerFromText(gad, QStringLiteral("\u3000１\u3000")) == 1);
    CHECK(answerFromText(gad, QStringLiteral("2.0")) == 2);
    CHECK(answerFromText(gad, QStringLiteral("完全不会")) == 0);
    CHECK(answerFromText(gad, QStringLiteral("好几天")) == 1);
    CHECK(answerFromText(gad, QStringLiteral(" 一半以上的天数 ")) == 2);
    CHECK(answerFromText(gad, QStringLiteral("几乎每天")) == 3);
    CHECK_FALSE(answerFromText(gad, QStringLiteral("4")).has_value());
    CHECK_FALSE(answerFromText(gad, QStringLiteral("-1")).has_value());
    CHECK_FALSE(answerFromText(gad, QStringLiteral("")).has_value());
    CHECK_FALSE(answerFromText(gad, QStringLiteral("1.5")).has_value());
    CHECK_FALSE(answerFromText(gad, QStringLiteral("12")).has_value());
    CHECK_FALSE(answerFromText(gad, QStringLiteral("好几")).has_value());
    CHECK_FALSE(answerFromText(gad, QStringLiteral("2a")).has_value());
}

TEST_CASE("Malformed definitions are rejected with a message naming the problem", "[instruments]")
{
    const QJsonObject ok = validDefinition();
    REQUIRE_NOTHROW(parseInstrument(bytes(ok), QStringLiteral("ok.json")));

    CHECK(rejection("{ \"id\": ").contains(QStringLiteral("not valid JSON")));
    CHECK(rejection("[1, 2]").contains(QStringLiteral("one JSON object")));

    QJsonObject o = ok;
    o.remove(QStringLiteral("stem"));
    CHECK(rejection(bytes(o)).contains(QStringLiteral("has no \"stem\"")));

    o = ok;
    o[QStringLiteral("critical_item")] = QJsonArray();
    CHECK(rejection(bytes(o)).contains(QStringLiteral("unknown field \"critical_item\"")));

    o = ok;
    o[QStringLiteral("id")] = QStringLiteral("Test R");
    CHECK(rejection(bytes(o)).contains(QStringLiteral("lower-case letters")));

    o = withEntry(ok, QStringLiteral("items"), 2, [](QJsonObject &e) { e.remove(QStringLiteral("text")); });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("items entry 3 has no \"text\"")));

    o = withEntry(ok, QStringLiteral("items"), 2, [](QJsonObject &e) { e[QStringLiteral("number")] = 2; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("item number 2 appears twice")));

    o = withEntry(ok, QStringLiteral("items"), 3, [](QJsonObject &e) { e[QStringLiteral("number")] = 5; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("item number 5 is out of order")));

    o = withEntry(ok, QStringLiteral("items"), 0, [](QJsonObject &e) { e[QStringLiteral("reverse")] = QStringLiteral("yes"); });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("must be true or false")));

    o = withEntry(ok, QStringLiteral("options"), 1, [](QJsonObject &e) { e[QStringLiteral("value")] = 1; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("option value 1 appears twice")));

    o = withEntry(ok, QStringLiteral("options"), 1, [](QJsonObject &e) { e[QStringLiteral("value")] = 2.5; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("\"value\" of options entry 2 must be a whole number")));

    o = withEntry(ok, QStringLiteral("options"), 1, [](QJsonObject &e) { e[QStringLiteral("value")] = QStringLiteral("2"); });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("must be a whole number")));

    o = withEntry(
        ok, QStringLiteral("options"), 1, [](QJsonObject &e) { e[QStringLiteral("label")] = QStringLiteral("完全不符合"); });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("option label \"完全不符合\" appears twice")));

    // Options 1, 2, 3, 4, 6 are not symmetric, and items 2 and 4 are reverse-scored.
    o = withEntry(ok, QStringLiteral("options"), 4, [](QJsonObject &e) { e[QStringLiteral("value")] = 6; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("symmetric option values")));

    o = withEntry(ok, QStringLiteral("bands"), 1, [](QJsonObject &e) { e[QStringLiteral("from")] = 11; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("no band covers totals 10 to 10")));

    o = withEntry(ok, QStringLiteral("bands"), 1, [](QJsonObject &e) { e[QStringLiteral("from")] = 9; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("bands \"low\" and \"medium\" overlap at totals 9 to 9")));

    o = withEntry(ok, QStringLiteral("bands"), 0, [](QJsonObject &e) { e[QStringLiteral("from")] = 0; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("lowest possible total is 4")));

    o = withEntry(ok, QStringLiteral("bands"), 2, [](QJsonObject &e) { e[QStringLiteral("to")] = 19; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("highest possible total is 20")));

    o = withEntry(ok, QStringLiteral("bands"), 2, [](QJsonObject &e) { e[QStringLiteral("code")] = QStringLiteral("low"); });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("band code \"low\" appears twice")));

    o = withEntry(ok, QStringLiteral("critical_items"), 0, [](QJsonObject &e) { e[QStringLiteral("item")] = 7; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("critical item 7 does not exist")));

    o = withEntry(ok, QStringLiteral("critical_items"), 0, [](QJsonObject &e) { e[QStringLiteral("above")] = 5; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("critical item 3 triggers above 5")));

    o = withEntry(ok, QStringLiteral("subscales"), 0, [](QJsonObject &e) { e[QStringLiteral("items")] = QJsonArray { 1, 9 }; });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("subscale \"tension\" lists item 9, which does not exist")));

    o = withEntry(ok, QStringLiteral("items"), 0, [](QJsonObject &e) { e[QStringLiteral("subscale")] = QStringLiteral("mood"); });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("subscale \"mood\", which is not listed")));

    o = withEntry(ok, QStringLiteral("subscales"), 0, [](QJsonObject &e) { e.remove(QStringLiteral("items")); });
    CHECK(rejection(bytes(o)).contains(QStringLiteral("subscale \"tension\" has no items")));

    o = ok;
    o[QStringLiteral("scoring")] = QJsonObject { { QStringLiteral("method"), QStringLiteral("mean") } };
    CHECK(rejection(bytes(o)).contains(QStringLiteral("scoring method \"mean\" is not supported")));

    o = ok;
    o[QStringLiteral("items")] = QJsonArray();
    CHECK(rejection(bytes(o)).contains(QStringLiteral("\"items\" must list 1 to")));
}
