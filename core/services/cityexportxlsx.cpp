// The city export's workbook (writeCityExportXlsx, core/services/cityexport.h) through
// libxlsxwriter, loaded at run time into a link-map namespace of its own (see below).
#include "cityexport.h"

#include "error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <mutex>

#include <dlfcn.h>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(xinan::CityExport)
};

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// libxlsxwriter writes its zip through minizip's zipOpen/zipWriteInFileInZip/…, and QuaZip (the
// xlsx reader's unzipper, linked into the same programs) exports functions of the same names
// with other meanings. Linked the usual way, libxlsxwriter's calls land in QuaZip and crash. So
// the library is loaded into a link-map namespace of its own (dlmopen), where it and its minizip
// see only each other, and called through this table.
struct XlsxApi
{
    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_add_format) addFormat = nullptr;
    decltype(&::workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&::workbook_set_properties) setProperties = nullptr;
    decltype(&::workbook_close) close = nullptr;
    decltype(&::format_set_bold) setBold = nullptr;
    decltype(&::format_set_text_wrap) setTextWrap = nullptr;
    decltype(&::format_set_num_format) setNumFormat = nullptr;
    decltype(&::format_set_align) setAlign = nullptr;
    decltype(&::worksheet_write_string) writeString = nullptr;
    decltype(&::worksheet_write_number) writeNumber = nullptr;
    decltype(&::worksheet_set_column) setColumn = nullptr;
    decltype(&::worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&::lxw_strerror) strError = nullptr;
    QString problem; // why it could not be loaded
};

constexpr auto XlsxWriterLibrary = "libxlsxwriter.so.4"; // Debian bookworm's libxlsxwriter4 (1.1.4)

const XlsxApi &xlsxApi()
{
    static XlsxApi api;
    static std::once_flag once;
    std::call_once(once, [] {
        void *handle = ::dlmopen(LM_ID_NEWLM, XlsxWriterLibrary, RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            api.problem = QString::fromLocal8Bit(::dlerror());
            return;
        }
        bool complete = true;
        auto load = [&](auto &pointer, const char *name) {
            pointer = reinterpret_cast<std::remove_reference_t<decltype(pointer)>>(::dlsym(handle, name));
            complete = complete && pointer;
        };
        load(api.workbookNewOpt, "workbook_new_opt");
        load(api.addFormat, "workbook_add_format");
        load(api.addWorksheet, "workbook_add_worksheet");
        load(api.setProperties, "workbook_set_properties");
        load(api.close, "workbook_close");
        load(api.setBold, "format_set_bold");
        load(api.setTextWrap, "format_set_text_wrap");
        load(api.setNumFormat, "format_set_num_format");
        load(api.setAlign, "format_set_align");
        load(api.writeString, "worksheet_write_string");
        load(api.writeNumber, "worksheet_write_number");
        load(api.setColumn, "worksheet_set_column");
        load(api.freezePanes, "worksheet_freeze_panes");
        load(api.strError, "lxw_strerror");
        if (!complete)
            api.problem = QStringLiteral("a function is missing");
    });
    return api;
}

} // namespace

void writeCityExportXlsx(const CityExportRow &row, const QString &path)
{
    const XlsxApi &x = xlsxApi();
    if (!x.problem.isEmpty())
        throw Error(ErrorKind::Other,
            Tr::tr("The workbook cannot be written: %1 could not be loaded (%2). Install the package libxlsxwriter4.")
                .arg(QString::fromLatin1(XlsxWriterLibrary), x.problem));
    const QByteArray file = QFile::encodeName(path);
    const QByteArray tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options {};
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *workbook = x.workbookNewOpt(file.constData(), &options);
    if (!workbook)
        throw Error(ErrorKind::Other, Tr::tr("Could not create the workbook %1.").arg(path));
    lxw_format *bold = x.addFormat(workbook);
    x.setBold(bold);
    x.setTextWrap(bold);
    lxw_format *percent = x.addFormat(workbook);
    x.setNumFormat(percent, "0.00%");
    lxw_format *decimal = x.addFormat(workbook);
    x.setNumFormat(decimal, "0.0");
    lxw_format *hiddenCell = x.addFormat(workbook);
    x.setAlign(hiddenCell, LXW_ALIGN_RIGHT);

    lxw_worksheet *data = x.addWorksheet(workbook, "数据");
    for (int c = 0; c < row.cells.size(); ++c) {
        const CityCell &cell = row.cells.at(c);
        const lxw_col_t col = lxw_col_t(c);
        x.writeString(data, 0, col, cell.header.toUtf8().constData(), bold);
        if (cell.isNumber) {
            lxw_format *format = cell.type == CityValueType::Rate ? percent
                : cell.type == CityValueType::Measure             ? decimal
                                                                  : nullptr;
            x.writeNumber(data, 1, col, cell.number, format);
        } else if (!cell.shown.isEmpty()) {
            x.writeString(data, 1, col, cell.shown.toUtf8().constData(), cell.suppressed ? hiddenCell : nullptr);
        }
        x.setColumn(data, col, col, 14, nullptr);
    }
    x.freezePanes(data, 1, 0);

    lxw_worksheet *notes = x.addWorksheet(workbook, "说明");
    const char *noteHeaders[] = { "列代码", "中文表头", "类型", "含义", "小数抑制" };
    for (int c = 0; c < 5; ++c)
        x.writeString(notes, 0, lxw_col_t(c), noteHeaders[c], bold);
    int r = 1;
    for (const CityColumn &column : cityExportColumns()) {
        const char *type = column.type == CityValueType::Text ? "文本"
            : column.type == CityValueType::Count             ? "整数"
            : column.type == CityValueType::Rate              ? "比率(0–1)"
                                                              : "小数";
        x.writeString(notes, lxw_row_t(r), 0, column.code.toUtf8().constData(), nullptr);
        x.writeString(notes, lxw_row_t(r), 1, column.header.toUtf8().constData(), nullptr);
        x.writeString(notes, lxw_row_t(r), 2, type, nullptr);
        x.writeString(notes, lxw_row_t(r), 3, column.meaning.toUtf8().constData(), nullptr);
        const char *rule = column.suppressible
            ? (column.type == CityValueType::Rate ? "分子或分母被抑制时写 —" : "1–4 写 <5；为保护其他单元格写 —")
            : "不抑制（不涉及学生个人）";
        x.writeString(notes, lxw_row_t(r), 4, rule, nullptr);
        ++r;
    }
    ++r;
    const QString footer
        = u("格式版本 %1。<5 表示 1–4 的人数或次数（小数抑制）；— 表示为防止推算出被抑制的单元格而隐藏的合计或比率；"
            "比率为空表示分母为 0。本文件只含统计数字，不含学生姓名、学籍号、出生日期或文字记录。")
              .arg(CityExportFormatVersion);
    x.writeString(notes, lxw_row_t(r), 0, footer.toUtf8().constData(), nullptr);
    x.setColumn(notes, 0, 0, 24, nullptr);
    x.setColumn(notes, 1, 1, 26, nullptr);
    x.setColumn(notes, 3, 3, 60, nullptr);
    x.setColumn(notes, 4, 4, 30, nullptr);

    // The creation time is the export's (the clock's), not the machine's.
    const QByteArray title = QStringLiteral("市级平台定期报送 %1 %2").arg(row.schoolCode, row.period.id).toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>("XinAn");
    properties.created = static_cast<time_t>(row.generatedAt.toSecsSinceEpoch());
    x.setProperties(workbook, &properties);
    const lxw_error status = x.close(workbook);
    if (status != LXW_NO_ERROR) {
        QFile::remove(path);
        throw Error(
            ErrorKind::Other, Tr::tr("Could not write the workbook %1: %2").arg(path, QString::fromUtf8(x.strError(status))));
    }
}

} // namespace xinan
