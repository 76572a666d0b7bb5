#!/usr/bin/env python3
"""Writes registry_gbk.csv and registry.xlsx: a synthetic export shaped like the national
student-registry system's 学生基础信息 (全国中小学生学籍信息管理系统), the file every school has.
Its own columns (学校标识码 … 成员2联系电话), its value words (非留守儿童 / 单亲留守儿童 /
双亲留守儿童, 无残疾 / 视力残疾, 走读 / 住校), its coded forms (1-男, 09-布依族, 2-住校, 1-是) and
8-digit dates (20120315). 联系电话 is the student's own number; 成员1 / 成员2 are the guardians.
All names and numbers are made up.

Run from this folder: python3 make_registry.py
"""
import zipfile
from xml.sax.saxutils import escape

headers = [
    "学校标识码", "学校名称", "全国学籍号", "学籍辅号", "班内学号", "姓名", "性别", "出生日期", "出生地", "籍贯", "民族",
    "国籍/地区", "身份证件类型", "身份证件号", "港澳台侨外", "政治面貌", "健康状况", "年级", "班级", "入学年月", "入学方式",
    "就读方式", "现住址", "联系电话", "是否独生子女", "是否受过学前教育", "是否留守儿童", "是否进城务工人员随迁子女", "是否孤儿",
    "是否烈士或优抚子女", "随班就读", "残疾类型", "上下学方式", "是否需要乘坐校车",
    "成员1姓名", "成员1关系", "成员1是否监护人", "成员1民族", "成员1工作单位", "成员1现住址", "成员1户口所在地", "成员1联系电话",
    "成员2姓名", "成员2关系", "成员2是否监护人", "成员2民族", "成员2工作单位", "成员2现住址", "成员2户口所在地", "成员2联系电话",
]
school = ["2152000001", "黔南州测试中学（合成数据）"]


def student(no, aux, seat, name, gender, birth, ethnicity, grade, cls, mode, phone, only_child, left_behind, migrant, orphan,
            disability, m1, m2):
    row = school + [no, aux, seat, name, gender, birth, "贵州省黔南州", "贵州省黔南州", ethnicity, "中国", "居民身份证", "",
                    "否", "少先队员", "健康或良好", grade, cls, "202409", "普通入学", mode, "贵州省黔南州某镇", phone, only_child,
                    "是", left_behind, migrant, orphan, "否", "非随班就读", disability, "步行", "否"]
    for m in (m1, m2):
        if m:
            row += [m[0], m[1], "是", m[2], "务农", "贵州省黔南州某镇", "贵州省黔南州", m[3]]
        else:
            row += [""] * 8
    return row


rows = [
    student("G520100201203150011", "L520100201203150011", "1", "覃小梅", "2-女", "20120315", "09-布依族", "七年级", "七年级(3)班",
            "2-住校", "13900000011", "0-否", "单亲留守儿童", "0-否", "0-否", "无残疾",
            ("覃大山", "父亲", "09-布依族", "13800000011"), ("韦小花", "母亲", "09-布依族", "13800000012")),
    student("G520100201206010012", "L520100201206010012", "2", "曾小明", "1-男", "20120601", "01-汉族", "七年级", "七年级(3)班",
            "1-走读", "", "1-是", "非留守儿童", "否", "否", "0-无残疾", ("曾国华", "父亲", "汉族", "13800000021"), None),
    student("G520100201209090013", "L520100201209090013", "3", "单雨桐", "女", "20120909", "06-苗族", "七年级", "七年级(3)班",
            "走读", "13900000013", "否", "双亲留守儿童", "否", "否", "视力残疾", ("单桂英", "祖母", "苗族", "13800000031"), None),
    student("G520100201211200014", "L520100201211200014", "4", "杨光", "男", "20121120", "汉族", "七年级", "七年级(4)班",
            "住校", "", "是", "非留守儿童", "1-是", "1-是", "无残疾", ("杨树林", "其他亲属", "汉族", "0854-8123456"), None),
]

with open("registry_gbk.csv", "w", encoding="gbk", newline="") as f:
    for r in [headers] + rows:
        f.write(",".join(r) + "\r\n")


def col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def cell(ref, value, numeric):
    if numeric and value.isdigit():
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


# As the registry's own .xlsx download: inline strings, the 8-digit dates and phone numbers as numbers.
numeric = {headers.index("出生日期"), headers.index("联系电话"), headers.index("成员1联系电话"), headers.index("成员2联系电话")}
sheet_rows = []
for r, values in enumerate([headers] + rows, start=1):
    xml = "".join(cell(f"{col(i)}{r}", v, r > 1 and i in numeric) for i, v in enumerate(values) if v != "")
    sheet_rows.append(f'<row r="{r}">{xml}</row>')
sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join(sheet_rows) + '</sheetData></worksheet>')
workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="学生基础信息" sheetId="1" r:id="rId1"/></sheets></workbook>')
workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '</Relationships>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '</Types>')
root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')
with zipfile.ZipFile("registry.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    fixed = (1980, 1, 1, 0, 0, 0)  # the same bytes on every run
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
                       ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/worksheets/sheet1.xml", sheet)]:
        info = zipfile.ZipInfo(name, fixed)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data.encode("utf-8"))
