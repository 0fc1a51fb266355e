#!/usr/bin/env python3
"""Fill unfinished entries of Docket's .ts files from a JSON file.

    cmake --build build --target update_translations   # lupdate: new strings appear unfinished
    python3 scripts/ts-fill.py --list                   # what is still unfinished
    python3 scripts/ts-fill.py new-strings.json         # fill them
    python3 scripts/ts-fill.py --replace fixes.json     # correct finished ones too

The JSON maps a context to its sources, each with the translations:

    {"ShopSettings": {
        "Shop name": {"zh_CN": "店铺名称", "zh_TW": "商店名稱"},
        "%n setting(s) changed.": {"en": ["%n setting changed.", "%n settings changed."],
                                   "zh_CN": ["已更改 %n 项设置。"], "zh_TW": ["已變更 %n 項設定。"]}}}

Numerus (%n) strings take a list: English gives the singular and the plural
form, Chinese one form. Only unfinished entries are touched; a finished one
is left as it is, unless --replace is given: then every entry the JSON names
is set to the JSON's text (for corrections; the count of changed entries is
printed). Afterwards `ctest -R translations_complete` checks the
result (placeholders, accelerators, completeness).
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = {"en": "docket_en.ts", "zh_CN": "docket_zh_CN.ts", "zh_TW": "docket_zh_TW.ts"}
MESSAGE = re.compile(r"(<message( numerus=\"yes\")?>\s*<source>([^<]*)</source>\s*)"
                     r"(<translation type=\"unfinished\">.*?</translation>|"
                     r"<translation type=\"unfinished\"/>|<translation type=\"unfinished\"></translation>)",
                     re.S)
ANY = re.compile(r"(<message( numerus=\"yes\")?>\s*<source>([^<]*)</source>\s*)"
                 r"(<translation[^>]*>.*?</translation>|<translation[^>]*/>)", re.S)
CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)


def unescape(s):
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def fill(lang, data, list_only, replace=False):
    path = ROOT / "translations" / FILES[lang]
    text = path.read_text(encoding="utf-8")
    missing = []
    changed = []

    def per_context(cm):
        ctx = unescape(cm.group(1))
        body = cm.group(2)

        def per_message(mm):
            numerus = bool(mm.group(2))
            source = unescape(mm.group(3))
            entry = data.get(ctx, {}).get(source, {}).get(lang)
            if entry is None:
                if lang != "en" or numerus:
                    missing.append((ctx, source, numerus))
                return mm.group(0)
            if numerus:
                forms = entry if isinstance(entry, list) else [entry]
                inner = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in forms)
                new = mm.group(1) + f"<translation>{inner}\n        </translation>"
            else:
                new = mm.group(1) + f"<translation>{escape(entry)}</translation>"
            if new != mm.group(0):
                changed.append((ctx, source))
            return new

        if list_only:
            return cm.group(0)
        return cm.group(0).replace(body, (ANY if replace else MESSAGE).sub(per_message, body))

    new = CONTEXT.sub(per_context, text)
    if list_only:
        for cm in CONTEXT.finditer(text):
            for mm in MESSAGE.finditer(cm.group(2)):
                if lang != "en" or mm.group(2):
                    missing.append((unescape(cm.group(1)), unescape(mm.group(3)), bool(mm.group(2))))
    else:
        path.write_text(new, encoding="utf-8")
    if replace:
        named = {(c, src) for c, msgs in data.items() for src, e in msgs.items() if lang in e}
        found = {(c, src) for c, src, _ in missing} | set(changed)
        for ctx, source in sorted(named - found - all_sources(text)):
            print(f"{lang}\tnot in the file: {ctx}\t{json.dumps(source, ensure_ascii=False)}",
                  file=sys.stderr)
        print(f"{lang}: {len(changed)} changed", file=sys.stderr)
        return []
    return missing


def all_sources(text):
    return {(unescape(cm.group(1)), unescape(mm.group(3)))
            for cm in CONTEXT.finditer(text) for mm in ANY.finditer(cm.group(2))}


def main():
    list_only = "--list" in sys.argv
    replace = "--replace" in sys.argv
    args = [a for a in sys.argv[1:] if a not in ("--list", "--replace")]
    data = json.loads(Path(args[0]).read_text(encoding="utf-8")) if args else {}
    left = 0
    for lang in FILES:
        for ctx, source, numerus in fill(lang, data, list_only, replace):
            left += 1
            print(f"{lang}\t{ctx}\t{'[n] ' if numerus else ''}{json.dumps(source, ensure_ascii=False)}")
    print(f"{left} unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
