#!/usr/bin/env python3
"""Writes roster.xlsx, the Excel fixture of the roster-import tests, with zipfile and hand-written
XML (no openpyxl). Same students and the same bad rows as roster_utf8.csv, all synthetic, but
written the ways Excel writes them: shared strings (with rich-text runs and a phonetic run that
must be skipped), an inline string, date serial numbers, plain numbers, a boolean, sparse rows
whose empty cells are left out, a title row above the header, and the roster as the FIRST sheet
of two whose part name is not sheet1.xml.

Run from this folder: python3 make_xlsx.py
"""
import datetime
import zipfile
from xml.sax.saxutils import escape

shared = []


def s(text):
    """Index of a plain shared string."""
    if text not in shared:
        shared.append(text)
    return shared.index(text)


def serial(y, m, d):
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


def col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


# Special shared strings written by hand below.
RICH_HEADER = "__rich_header__"    # 出生 + 日期 as two runs
PHONETIC_NAME = "__phonetic_name__"  # 张小雨 with a phonetic run (zhangxiaoyu) to skip
shared.extend([RICH_HEADER, PHONETIC_NAME])

headers = ["学籍号", "姓名", "性别", RICH_HEADER, "年级", "班级", "民族", "是否留守儿童", "监护人", "与学生关系", "联系电话"]

# Each cell: ("s", text) shared, ("n", number), ("b", 0/1), ("inline", text), None = left out.
rows = {
    1: [("s", "黔南州测试小学2026年秋季学期学生名册（合成数据）")],
    2: [("s", h) if h != RICH_HEADER else ("idx", 0) for h in headers[:9]] + [("inline", headers[9]), ("s", headers[10])],
    3: [("s", " G520100201301010011 "), ("idx", 1), ("s", "女"), ("n", serial(2013, 5, 1)), ("s", "四年级"), ("s", "（3）班"),
        ("s", "苗"), ("s", "是"), ("s", "张大山"), ("s", "父亲"), ("n", 13800000001)],
    4: [("s", "G520100201301010012"), ("s", "李　明 "), ("s", "男"), ("s", "2013/5/2"), ("s", "四年级"), ("s", "3班"),
        ("s", "汉族"), ("s", "否"), ("s", "李国强"), ("s", "父亲"), ("s", "138 0000 0002")],
    5: [("s", "ＧＡ１２３４５６７８"), ("s", "王芳芳"), ("s", "女"), ("n", serial(2013, 5, 3)), ("n", 4), ("s", "三年级3班"),
        ("s", "布依"), ("b", 1), ("s", "王建"), ("s", "母亲"), ("s", "0854-8123456")],
    6: [("s", "G520100201301010014"), ("s", "赵一鸣"), ("s", "男"), ("s", "2013-13-01"), ("s", "四年级"), ("s", "2班"),
        ("s", "汉族"), ("s", "否")],
    7: [("s", "G520100201301010015"), ("s", "钱多多"), ("s", "女"), ("s", "2013/2/30"), ("s", "四年级"), ("s", "2班"),
        ("s", "侗族"), ("s", "否")],
    8: [("s", "G520100201301010016"), ("s", "孙小悟"), ("s", "难"), ("s", "2013年6月1日"), ("s", "四年级"), ("s", "2班"),
        ("s", "汉族"), ("s", "否")],
    9: [("s", "G520100201301010017"), ("s", "周小杰"), ("s", "男"), ("n", serial(2013, 7, 1)), ("s", "四年级"), ("s", "1班"),
        ("s", "汉族"), ("s", "否")],
    10: [("s", "g520100201301010017"), ("s", "吴小磊"), ("s", "男"), ("n", serial(2013, 7, 2)), ("s", "四年级"), ("s", "1班"),
         ("s", "汉族"), ("s", "否")],
    11: [("s", "G520100201301010019"), None, ("s", "女"), ("n", serial(2013, 8, 1)), ("s", "四年级"), ("s", "1班"),
         ("s", "汉族"), ("s", "否")],
    12: [("s", "G520100201301010020"), ("s", "郑小华"), ("s", "女"), ("n", 20130901), ("s", "四年级"), ("s", "1班"),
         ("s", "水族"), ("s", "√"), ("s", "郑强"), ("s", "祖父"), ("n", 13800000003)],
}


def cell_xml(ref, cell):
    kind, value = cell
    if kind == "s":
        return f'<c r="{ref}" t="s"><v>{s(value)}</v></c>'
    if kind == "idx":
        return f'<c r="{ref}" t="s"><v>{value}</v></c>'
    if kind == "n":
        style = ' s="1"' if isinstance(value, int) and 30000 < value < 60000 else ""
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    if kind == "b":
        return f'<c r="{ref}" t="b"><v>{value}</v></c>'
    if kind == "inline":
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    raise ValueError(kind)


sheet_rows = []
for r, cells in sorted(rows.items()):
    xml = "".join(cell_xml(f"{col(i)}{r}", c) for i, c in enumerate(cells) if c is not None)
    sheet_rows.append(f'<row r="{r}">{xml}</row>')
# A row of formatted but empty cells, as Excel leaves below a table: must be ignored.
sheet_rows.append('<row r="14"><c r="A14" s="1"/><c r="B14" s="1"/></row>')

sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<dimension ref="A1:K14"/><sheetData>' + "".join(sheet_rows) + '</sheetData>'
         '<mergeCells count="1"><mergeCell ref="A1:K1"/></mergeCells></worksheet>')

notes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         '<row r="1"><c r="A1" t="inlineStr"><is><t>说明：本表为合成测试数据</t></is></c></row></sheetData></worksheet>')


def si(text):
    if text == RICH_HEADER:
        return '<si><r><rPr><b/></rPr><t>出生</t></r><r><t>日期</t></r></si>'
    if text == PHONETIC_NAME:
        return ('<si><t>张小雨</t><rPh sb="0" eb="3"><t>zhangxiaoyu</t></rPh>'
                '<phoneticPr fontId="1" type="noConversion"/></si>')
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<si><t{space}>{escape(text)}</t></si>'


shared_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" '
              f'uniqueCount="{len(shared)}">' + "".join(si(t) for t in shared) + '</sst>')

workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<workbookPr/><sheets><sheet name="学生名册" sheetId="1" r:id="rId3"/>'
            '<sheet name="说明" sheetId="2" r:id="rId1"/></sheets></workbook>')

workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/roster.xml"/>'
                 '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                 '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                 '</Relationships>')

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
          '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')

content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '<Override PartName="/xl/worksheets/roster.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                 '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                 '</Types>')

root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')

# The sheet is built first so that every shared string is known before sharedStrings.xml is written.
with zipfile.ZipFile("roster.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    fixed = (1980, 1, 1, 0, 0, 0)  # fixed timestamps: the same bytes on every run
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
                       ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/styles.xml", styles),
                       ("xl/worksheets/sheet1.xml", notes), ("xl/worksheets/roster.xml", sheet), ("xl/sharedStrings.xml", shared_xml)]:
        info = zipfile.ZipInfo(name, fixed)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data.encode("utf-8"))

# bomb.xlsx: a well-formed package whose worksheet unpacks to 257 MiB of spaces from a few hundred
# kilobytes; the reader must refuse it (a text run longer than a cell can be, and 256 MiB per part)
# instead of exhausting memory.
with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    fixed = (1980, 1, 1, 0, 0, 0)
    for name, data in [("[Content_Types].xml", content_types.encode()), ("_rels/.rels", root_rels.encode()),
                       ("xl/workbook.xml", workbook.encode()), ("xl/_rels/workbook.xml.rels", workbook_rels.encode())]:
        info = zipfile.ZipInfo(name, fixed)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    info = zipfile.ZipInfo("xl/worksheets/roster.xml", fixed)
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as f:
        f.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        block = b" " * (1024 * 1024)
        for _ in range(257):
            f.write(block)
        f.write(b"</sheetData></worksheet>")
