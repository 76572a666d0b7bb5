#!/usr/bin/env python3
"""Fills unfinished entries of translations/xinan_zh_CN.ts from TSV files.

Usage: scripts/apply-translations.py TS_FILE TSV... 
Each TSV line: context<TAB>English source (as in the C++ literal, with \\n)<TAB>Chinese.
Run `ninja -C build update_translations` first so that lupdate has added the new sources as
unfinished entries; this fills those (numerus entries get the Chinese as their one form) and
prints what is still unfinished. The file's layout is kept as lupdate wrote it.
"""
import html
import re
import sys


def unescape_c(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\', "'": "'"}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def main():
    ts_path, tsvs = sys.argv[1], sys.argv[2:]
    table, by_source = {}, {}
    for path in tsvs:
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip():
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    print(f'{path}:{number}: expected 3 tab-separated fields, got {len(parts)}', file=sys.stderr)
                    continue
                ctx, src, zh = parts
                src = unescape_c(src)
                zh = unescape_c(zh)
                table[(ctx.strip(), src)] = zh
                by_source.setdefault(src, zh)
    text = open(ts_path, encoding='utf-8').read()
    contexts = re.split(r'(?=<context>)', text)
    filled, left = 0, []
    for ci, block in enumerate(contexts):
        m = re.search(r'<name>(.*?)</name>', block)
        if not m:
            continue
        ctx = html.unescape(m.group(1))

        def fill(mm):
            nonlocal filled
            msg = mm.group(0)
            if 'type="unfinished"' not in msg:
                return msg
            sm = re.search(r'<source>(.*?)</source>', msg, re.S)
            src = html.unescape(sm.group(1)) if sm else ''
            zh = table.get((ctx, src), by_source.get(src))
            if zh is None:
                left.append((ctx, src))
                return msg
            esc = html.escape(zh, quote=False)
            filled += 1
            if 'numerus="yes"' in msg:
                return re.sub(r'<translation type="unfinished">.*?</translation>',
                              '<translation>\n            <numerusform>' + esc + '</numerusform>\n        </translation>', msg, flags=re.S)
            return re.sub(r'<translation type="unfinished">.*?</translation>', '<translation>' + esc + '</translation>', msg, flags=re.S)

        contexts[ci] = re.sub(r'<message[^>]*>.*?</message>', fill, block, flags=re.S)
    open(ts_path, 'w', encoding='utf-8').write(''.join(contexts))
    print(f'filled {filled}; still unfinished {len(left)}')
    for ctx, src in left:
        print(f'  {ctx}\t{src!r}')
    return 1 if left else 0


if __name__ == '__main__':
    sys.exit(main())
