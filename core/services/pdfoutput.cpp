#include "pdfoutput.h"

#include "../error.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QMap>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace xinan {
namespace {

// Radical → the ideograph drawn with the same glyph in Noto Sans CJK SC (Regular and Bold, Sans
// and Serif agree). Radicals that only other faces of the collection alias come from TC, HK, KR or
// JP in that order; compatibility ideographs are replaced by their canonical ideograph. Derived by
// comparing the glyph of every code point of the font, so it is the font's own equivalence: it
// differs from Unicode's NFKC only for ⼾ U+2F3E, which the SC face draws as 户 U+6237, not 戶.
struct RadicalPair
{
    char16_t radical;
    char16_t ideograph;
};
// clang-format off
constexpr RadicalPair kRadicals[] = {
    {0x2E82, 0x4E5B}, {0x2E83, 0x4E5A}, {0x2E85, 0x4EBB}, {0x2E89, 0x5202}, {0x2E8B, 0x353E}, {0x2E8E, 0x5140}, {0x2E8F, 0x5C23}, {0x2E90, 0x5C22},
    {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51}, {0x2E95, 0x5F50}, {0x2E96, 0x5FC4}, {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1},
    {0x2E9E, 0x6B7A}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35}, {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA8, 0x72AD},
    {0x2EAB, 0x7F52}, {0x2EAD, 0x793B}, {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F}, {0x2EB1, 0x7F53}, {0x2EB2, 0x7F52}, {0x2EB3, 0x34C1}, {0x2EB9, 0x8002},
    {0x2EBA, 0x8080}, {0x2EBE, 0x8279}, {0x2EBF, 0x8279}, {0x2EC0, 0x8279}, {0x2EC1, 0x864E}, {0x2EC2, 0x8864}, {0x2EC3, 0x8980}, {0x2EC4, 0x897F},
    {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ECD, 0x8FB6}, {0x2ECE, 0x8FB6},
    {0x2ED0, 0x9485}, {0x2ED1, 0x9577}, {0x2ED2, 0x9578}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6},
    {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8},
    {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE}, {0x2EEB, 0x6589},
    {0x2EEC, 0x9F50}, {0x2EED, 0x6B6F}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC}, {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C}, {0x2EF2, 0x4E80}, {0x2EF3, 0x9F9F},
    {0x2F00, 0x4E00}, {0x2F01, 0x4E28}, {0x2F02, 0x4E36}, {0x2F03, 0x4E3F}, {0x2F04, 0x4E59}, {0x2F05, 0x4E85}, {0x2F06, 0x4E8C}, {0x2F07, 0x4EA0},
    {0x2F08, 0x4EBA}, {0x2F09, 0x513F}, {0x2F0A, 0x5165}, {0x2F0B, 0x516B}, {0x2F0C, 0x5182}, {0x2F0D, 0x5196}, {0x2F0E, 0x51AB}, {0x2F0F, 0x51E0},
    {0x2F10, 0x51F5}, {0x2F11, 0x5200}, {0x2F12, 0x529B}, {0x2F13, 0x52F9}, {0x2F14, 0x5315}, {0x2F15, 0x531A}, {0x2F16, 0x5338}, {0x2F17, 0x5341},
    {0x2F18, 0x535C}, {0x2F19, 0x5369}, {0x2F1A, 0x5382}, {0x2F1B, 0x53B6}, {0x2F1C, 0x53C8}, {0x2F1D, 0x53E3}, {0x2F1E, 0x56D7}, {0x2F1F, 0x571F},
    {0x2F20, 0x58EB}, {0x2F21, 0x5902}, {0x2F22, 0x590A}, {0x2F23, 0x5915}, {0x2F24, 0x5927}, {0x2F25, 0x5973}, {0x2F26, 0x5B50}, {0x2F27, 0x5B80},
    {0x2F28, 0x5BF8}, {0x2F29, 0x5C0F}, {0x2F2A, 0x5C22}, {0x2F2B, 0x5C38}, {0x2F2C, 0x5C6E}, {0x2F2D, 0x5C71}, {0x2F2E, 0x5DDB}, {0x2F2F, 0x5DE5},
    {0x2F30, 0x5DF1}, {0x2F31, 0x5DFE}, {0x2F32, 0x5E72}, {0x2F33, 0x5E7A}, {0x2F34, 0x5E7F}, {0x2F35, 0x5EF4}, {0x2F36, 0x5EFE}, {0x2F37, 0x5F0B},
    {0x2F38, 0x5F13}, {0x2F39, 0x5F50}, {0x2F3A, 0x5F61}, {0x2F3B, 0x5F73}, {0x2F3C, 0x5FC3}, {0x2F3D, 0x6208}, {0x2F3E, 0x6237}, {0x2F3F, 0x624B},
    {0x2F40, 0x652F}, {0x2F41, 0x6534}, {0x2F42, 0x6587}, {0x2F43, 0x6597}, {0x2F44, 0x65A4}, {0x2F45, 0x65B9}, {0x2F46, 0x65E0}, {0x2F47, 0x65E5},
    {0x2F48, 0x66F0}, {0x2F49, 0x6708}, {0x2F4A, 0x6728}, {0x2F4B, 0x6B20}, {0x2F4C, 0x6B62}, {0x2F4D, 0x6B79}, {0x2F4E, 0x6BB3}, {0x2F4F, 0x6BCB},
    {0x2F50, 0x6BD4}, {0x2F51, 0x6BDB}, {0x2F52, 0x6C0F}, {0x2F53, 0x6C14}, {0x2F54, 0x6C34}, {0x2F55, 0x706B}, {0x2F56, 0x722A}, {0x2F57, 0x7236},
    {0x2F58, 0x723B}, {0x2F59, 0x723F}, {0x2F5A, 0x7247}, {0x2F5B, 0x7259}, {0x2F5C, 0x725B}, {0x2F5D, 0x72AC}, {0x2F5E, 0x7384}, {0x2F5F, 0x7389},
    {0x2F60, 0x74DC}, {0x2F61, 0x74E6}, {0x2F62, 0x7518}, {0x2F63, 0x751F}, {0x2F64, 0x7528}, {0x2F65, 0x7530}, {0x2F66, 0x758B}, {0x2F67, 0x7592},
    {0x2F68, 0x7676}, {0x2F69, 0x767D}, {0x2F6A, 0x76AE}, {0x2F6B, 0x76BF}, {0x2F6C, 0x76EE}, {0x2F6D, 0x77DB}, {0x2F6E, 0x77E2}, {0x2F6F, 0x77F3},
    {0x2F70, 0x793A}, {0x2F71, 0x79B8}, {0x2F72, 0x79BE}, {0x2F73, 0x7A74}, {0x2F74, 0x7ACB}, {0x2F75, 0x7AF9}, {0x2F76, 0x7C73}, {0x2F77, 0x7CF8},
    {0x2F78, 0x7F36}, {0x2F79, 0x7F51}, {0x2F7A, 0x7F8A}, {0x2F7B, 0x7FBD}, {0x2F7C, 0x8001}, {0x2F7D, 0x800C}, {0x2F7E, 0x8012}, {0x2F7F, 0x8033},
    {0x2F80, 0x807F}, {0x2F81, 0x8089}, {0x2F82, 0x81E3}, {0x2F83, 0x81EA}, {0x2F84, 0x81F3}, {0x2F85, 0x81FC}, {0x2F86, 0x820C}, {0x2F87, 0x821B},
    {0x2F88, 0x821F}, {0x2F89, 0x826E}, {0x2F8A, 0x8272}, {0x2F8B, 0x8278}, {0x2F8C, 0x864D}, {0x2F8D, 0x866B}, {0x2F8E, 0x8840}, {0x2F8F, 0x884C},
    {0x2F90, 0x8863}, {0x2F91, 0x897E}, {0x2F92, 0x898B}, {0x2F93, 0x89D2}, {0x2F94, 0x8A00}, {0x2F95, 0x8C37}, {0x2F96, 0x8C46}, {0x2F97, 0x8C55},
    {0x2F98, 0x8C78}, {0x2F99, 0x8C9D}, {0x2F9A, 0x8D64}, {0x2F9B, 0x8D70}, {0x2F9C, 0x8DB3}, {0x2F9D, 0x8EAB}, {0x2F9E, 0x8ECA}, {0x2F9F, 0x8F9B},
    {0x2FA0, 0x8FB0}, {0x2FA1, 0x8FB5}, {0x2FA2, 0x9091}, {0x2FA3, 0x9149}, {0x2FA4, 0x91C6}, {0x2FA5, 0x91CC}, {0x2FA6, 0x91D1}, {0x2FA7, 0x9577},
    {0x2FA8, 0x9580}, {0x2FA9, 0x961C}, {0x2FAA, 0x96B6}, {0x2FAB, 0x96B9}, {0x2FAC, 0x96E8}, {0x2FAD, 0x9751}, {0x2FAE, 0x975E}, {0x2FAF, 0x9762},
    {0x2FB0, 0x9769}, {0x2FB1, 0x97CB}, {0x2FB2, 0x97ED}, {0x2FB3, 0x97F3}, {0x2FB4, 0x9801}, {0x2FB5, 0x98A8}, {0x2FB6, 0x98DB}, {0x2FB7, 0x98DF},
    {0x2FB8, 0x9996}, {0x2FB9, 0x9999}, {0x2FBA, 0x99AC}, {0x2FBB, 0x9AA8}, {0x2FBC, 0x9AD8}, {0x2FBD, 0x9ADF}, {0x2FBE, 0x9B25}, {0x2FBF, 0x9B2F},
    {0x2FC0, 0x9B32}, {0x2FC1, 0x9B3C}, {0x2FC2, 0x9B5A}, {0x2FC3, 0x9CE5}, {0x2FC4, 0x9E75}, {0x2FC5, 0x9E7F}, {0x2FC6, 0x9EA5}, {0x2FC7, 0x9EBB},
    {0x2FC8, 0x9EC3}, {0x2FC9, 0x9ECD}, {0x2FCA, 0x9ED1}, {0x2FCB, 0x9EF9}, {0x2FCC, 0x9EFD}, {0x2FCD, 0x9F0E}, {0x2FCE, 0x9F13}, {0x2FCF, 0x9F20},
    {0x2FD0, 0x9F3B}, {0x2FD1, 0x9F4A}, {0x2FD2, 0x9F52}, {0x2FD3, 0x9F8D}, {0x2FD4, 0x9F9C}, {0x2FD5, 0x9FA0},
};
// clang-format on

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// The mappings of a ToUnicode CMap: glyph code → the UTF-16 text it stands for.
using Mapping = QMap<uint, QList<char16_t>>;

QList<char16_t> utf16FromHex(const QByteArray &hex)
{
    QList<char16_t> units;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        units.append(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
    return units;
}

QByteArray hex4(uint value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

QList<QByteArray> cmapTokens(const QByteArray &body)
{
    QList<QByteArray> tokens;
    for (qsizetype i = 0; i < body.size();) {
        const char c = body.at(i);
        if (c == '<') {
            qsizetype end = body.indexOf('>', i);
            if (end < 0)
                end = body.size() - 1;
            tokens.append(body.mid(i, end + 1 - i));
            i = end + 1;
        } else if (c == '[' || c == ']') {
            tokens.append(QByteArray(1, c));
            ++i;
        } else if (QByteArrayView(" \n\r\t").contains(c)) {
            ++i;
        } else {
            qsizetype end = i;
            while (end < body.size() && !QByteArrayView(" \n\r\t<[]").contains(body.at(end)))
                ++end;
            tokens.append(body.mid(i, end - i));
            i = end;
        }
    }
    return tokens;
}

// The hex digits of a <…> token: a multiple of four (UTF-16 units), or exactly `digits` when given.
std::optional<QByteArray> hexToken(const QList<QByteArray> &tokens, qsizetype at, int digits = 0)
{
    if (at >= tokens.size())
        return std::nullopt;
    const QByteArray &token = tokens.at(at);
    if (token.size() < 3 || !token.startsWith('<') || !token.endsWith('>'))
        return std::nullopt;
    const QByteArray hex = token.mid(1, token.size() - 2);
    if (!std::all_of(hex.begin(), hex.end(), isHexDigit) || hex.size() % 4 != 0 || (digits > 0 && hex.size() != digits))
        return std::nullopt;
    return hex;
}

// Reads the bfchar and bfrange sections of a ToUnicode CMap with two-byte codes (the Identity-H
// fonts Qt writes). Nothing when the sections hold anything else.
std::optional<Mapping> readMappings(const QByteArray &body)
{
    const QList<QByteArray> tokens = cmapTokens(body);
    Mapping mapping;
    qsizetype t = 0;
    while (t < tokens.size()) {
        bool isCount = false;
        tokens.at(t).toInt(&isCount);
        if (!isCount || t + 1 >= tokens.size())
            return std::nullopt;
        const QByteArray section = tokens.at(t + 1);
        t += 2;
        if (section == "beginbfchar") {
            while (t < tokens.size() && tokens.at(t) != "endbfchar") {
                const auto code = hexToken(tokens, t, 4);
                const auto text = hexToken(tokens, t + 1);
                if (!code || !text || text->isEmpty())
                    return std::nullopt;
                mapping.insert(code->toUInt(nullptr, 16), utf16FromHex(*text));
                t += 2;
            }
        } else if (section == "beginbfrange") {
            while (t < tokens.size() && tokens.at(t) != "endbfrange") {
                const auto low = hexToken(tokens, t, 4);
                const auto high = hexToken(tokens, t + 1, 4);
                if (!low || !high)
                    return std::nullopt;
                const uint first = low->toUInt(nullptr, 16);
                const uint last = high->toUInt(nullptr, 16);
                if (last < first || t + 2 >= tokens.size())
                    return std::nullopt;
                t += 2;
                if (tokens.at(t) == "[") {
                    ++t;
                    for (uint code = first; code <= last; ++code, ++t) {
                        const auto text = hexToken(tokens, t);
                        if (!text || text->isEmpty())
                            return std::nullopt;
                        mapping.insert(code, utf16FromHex(*text));
                    }
                    if (t >= tokens.size() || tokens.at(t) != "]")
                        return std::nullopt;
                    ++t;
                } else {
                    // One text for the whole range: its last unit counts up with the code.
                    const auto text = hexToken(tokens, t);
                    if (!text || text->isEmpty())
                        return std::nullopt;
                    const QList<char16_t> base = utf16FromHex(*text);
                    for (uint code = first; code <= last; ++code) {
                        QList<char16_t> units = base;
                        units.last() = char16_t(units.last() + (code - first));
                        mapping.insert(code, units);
                    }
                    ++t;
                }
            }
        } else {
            return std::nullopt;
        }
        if (t >= tokens.size())
            return std::nullopt;
        ++t; // endbfchar or endbfrange
    }
    return mapping;
}

// The mappings as bfrange sections, one text per code: runs of consecutive codes that share
// their high byte, at most 100 runs a section (as the CMap format asks).
QByteArray writeMappings(const Mapping &mapping)
{
    QList<QByteArray> runs;
    for (auto it = mapping.cbegin(); it != mapping.cend();) {
        const uint first = it.key();
        uint last = first;
        QByteArray texts;
        do {
            last = it.key();
            texts += " <";
            for (char16_t unit : it.value())
                texts += hex4(unit);
            texts += '>';
            ++it;
        } while (it != mapping.cend() && it.key() == last + 1 && (it.key() >> 8) == (first >> 8));
        runs.append('<' + hex4(first) + "> <" + hex4(last) + "> [" + texts.mid(1) + "]\n");
    }
    QByteArray out;
    for (qsizetype i = 0; i < runs.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, runs.size() - i);
        out += QByteArray::number(n) + " beginbfrange\n";
        for (qsizetype j = i; j < i + n; ++j)
            out += runs.at(j);
        out += "endbfrange\n";
    }
    return out;
}

// The CMap with its radicals mapped to ideographs; empty when nothing changes or it cannot be read.
QByteArray searchableCMap(const QByteArray &cmap)
{
    const qsizetype range = cmap.indexOf("beginbfrange");
    const qsizetype chars = cmap.indexOf("beginbfchar");
    if (range < 0 && chars < 0)
        return {};
    const qsizetype firstSection = range < 0 ? chars : chars < 0 ? range : std::min(range, chars);
    const qsizetype first = cmap.lastIndexOf('\n', firstSection) + 1; // the section's count starts its line
    const qsizetype rangeEnd = cmap.lastIndexOf("endbfrange");
    const qsizetype charsEnd = cmap.lastIndexOf("endbfchar");
    const qsizetype last = std::max(rangeEnd < 0 ? -1 : rangeEnd + 10, charsEnd < 0 ? -1 : charsEnd + 9);
    if (last <= first)
        return {};
    std::optional<Mapping> mapping = readMappings(cmap.mid(first, last - first));
    if (!mapping)
        return {};
    bool changed = false;
    for (QList<char16_t> &units : *mapping) {
        if (units.size() != 1)
            continue;
        if (const char16_t ideograph = ideographForRadical(units.first())) {
            units.first() = ideograph;
            changed = true;
        }
    }
    if (!changed)
        return {};
    qsizetype rest = last;
    if (rest < cmap.size() && cmap.at(rest) == '\r')
        ++rest;
    if (rest < cmap.size() && cmap.at(rest) == '\n')
        ++rest;
    return cmap.left(first) + writeMappings(*mapping) + cmap.mid(rest);
}

struct Edit
{
    qsizetype start;
    qsizetype end;
    QByteArray text;
};

QByteArray withEdits(const QByteArray &data, QList<Edit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start < b.start; });
    QByteArray out;
    qsizetype at = 0;
    for (const Edit &edit : edits) {
        out += data.mid(at, edit.start - at);
        out += edit.text;
        at = edit.end;
    }
    out += data.mid(at);
    return out;
}

qsizetype afterEol(const QByteArray &data, qsizetype at)
{
    if (at < data.size() && data.at(at) == '\r')
        ++at;
    if (at < data.size() && data.at(at) == '\n')
        ++at;
    return at;
}

// The decimal number at `at` (after spaces): its value and where its digits end.
std::optional<std::pair<qsizetype, qsizetype>> numberAt(const QByteArray &data, qsizetype &at)
{
    while (at < data.size() && QByteArrayView(" \r\n").contains(data.at(at)))
        ++at;
    qsizetype end = at;
    while (end < data.size() && data.at(end) >= '0' && data.at(end) <= '9')
        ++end;
    bool ok = false;
    const qsizetype value = data.mid(at, end - at).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return std::make_pair(value, end);
}

// The edits that rewrite each ToUnicode stream ("N 0 obj << /Length L >> stream … begincmap …
// endstream") whose map names a radical.
QList<Edit> toUnicodeEdits(const QByteArray &pdf)
{
    QList<Edit> edits;
    for (qsizetype at = pdf.indexOf("begincmap"); at >= 0; at = pdf.indexOf("begincmap", at + 1)) {
        const qsizetype streamWord = pdf.lastIndexOf("stream", at);
        const qsizetype objWord = pdf.lastIndexOf(" obj", at);
        if (streamWord < 3 || objWord < 0 || objWord > streamWord || pdf.mid(streamWord - 3, 3) == "end")
            continue;
        const QByteArray dictionary = pdf.mid(objWord, streamWord - objWord);
        const qsizetype lengthKey = dictionary.indexOf("/Length");
        if (lengthKey < 0 || dictionary.contains("/Filter"))
            continue; // a compressed map: Qt writes its maps as they are
        qsizetype digits = objWord + lengthKey + 7;
        const auto length = numberAt(pdf, digits);
        if (!length || pdf.mid(length->second, 5).simplified().startsWith("0 R"))
            continue; // an indirect length: not what Qt writes
        const qsizetype content = afterEol(pdf, streamWord + 6);
        if (content + length->first > pdf.size() || at >= content + length->first)
            continue;
        const QByteArray cmap = searchableCMap(pdf.mid(content, length->first));
        if (cmap.isEmpty())
            continue;
        edits.append({ digits, content + length->first,
            QByteArray::number(cmap.size()) + pdf.mid(length->second, content - length->second) + cmap });
        at = content + length->first;
    }
    return edits;
}

} // namespace

char16_t ideographForRadical(char16_t radical)
{
    const auto *end = std::end(kRadicals);
    const auto *it = std::lower_bound(
        std::begin(kRadicals), end, radical, [](const RadicalPair &pair, char16_t r) { return pair.radical < r; });
    return it != end && it->radical == radical ? it->ideograph : char16_t(0);
}

QByteArray withSearchableText(const QByteArray &pdf)
{
    if (!pdf.startsWith("%PDF-"))
        return pdf;
    const QList<Edit> streamEdits = toUnicodeEdits(pdf);
    if (streamEdits.isEmpty())
        return pdf;

    // The cross-reference table: every offset after an edit moves by the edits before it.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return pdf;
    qsizetype xrefNumber = startxref + 9;
    const auto xref = numberAt(pdf, xrefNumber);
    if (!xref || !pdf.mid(xref->first, 4).startsWith("xref"))
        return pdf;
    const qsizetype trailer = pdf.indexOf("trailer", xref->first);
    if (trailer < 0 || trailer > startxref)
        return pdf;
    const QByteArray trailerText = pdf.mid(trailer, startxref - trailer);
    if (trailerText.contains("/Prev") || trailerText.contains("/XRefStm"))
        return pdf; // incremental updates or a hybrid file: not what Qt writes
    const auto moved = [&](qsizetype offset) {
        qsizetype delta = 0;
        for (const Edit &edit : streamEdits)
            if (edit.start < offset)
                delta += edit.text.size() - (edit.end - edit.start);
        return offset + delta;
    };
    QList<Edit> edits = streamEdits;
    qsizetype at = afterEol(pdf, xref->first + 4);
    while (at < trailer) {
        const qsizetype eol = pdf.indexOf('\n', at);
        if (eol < 0 || eol > trailer)
            return pdf;
        const QList<QByteArray> subsection = pdf.mid(at, eol - at).simplified().split(' ');
        bool isCount = false;
        const qsizetype count = subsection.size() == 2 ? subsection.at(1).toLongLong(&isCount) : 0;
        if (!isCount)
            return pdf;
        at = eol + 1;
        for (qsizetype i = 0; i < count; ++i, at += 20) { // each entry is 20 bytes
            const QByteArray entry = pdf.mid(at, 18);
            if (at + 20 > trailer || entry.at(10) != ' ' || entry.at(16) != ' ')
                return pdf;
            if (entry.at(17) != 'n')
                continue;
            bool ok = false;
            const qsizetype offset = entry.left(10).toLongLong(&ok);
            if (!ok)
                return pdf;
            edits.append({ at, at + 10, QByteArray::number(moved(offset)).rightJustified(10, '0') });
        }
        while (at < trailer && QByteArrayView(" \r\n").contains(pdf.at(at)))
            ++at;
    }
    edits.append({ xrefNumber, xref->second, QByteArray::number(moved(xref->first)) });
    return withEdits(pdf, edits);
}

void makePdfFileSearchable(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Other, QCoreApplication::translate("Files", "Cannot read %1: %2").arg(path, in.errorString()));
    const QByteArray pdf = in.readAll();
    in.close();
    const QByteArray searchable = withSearchableText(pdf);
    if (searchable == pdf)
        return;
    QSaveFile out(path); // keeps the permissions the file has
    const auto fail = [&] {
        return Error(ErrorKind::Other, QCoreApplication::translate("Files", "Cannot write %1: %2").arg(path, out.errorString()));
    };
    if (!out.open(QIODevice::WriteOnly) || out.write(searchable) != searchable.size() || !out.commit())
        throw fail();
}

} // namespace xinan
