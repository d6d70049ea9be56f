"""Rebuild the translations: extract strings (pyside6-lupdate) and compile .qm (pyside6-lrelease).

    python resources/translations/build.py          # update .ts from the code, then build .qm
    python resources/translations/build.py --check  # fail if a Chinese string is untranslated
    python resources/translations/build.py --fill zh.tsv  # update, fill zh_CN from a TSV, build

A fill file has one ``English source<TAB>Chinese translation`` per line (``\\n`` for a line
break); it sets the Chinese translation of every message with that source that is still
unfinished, in any context. Several people add strings at once, so each keeps a small fill file
and runs this under ``flock`` instead of hand-editing the XML.

The .ts files are the sources translators edit (Qt Linguist); the .qm files are committed so
the app and the installers need no Qt tools. ``qtbase_extra_zh_CN.ts`` is hand-written: Qt's
own strings (file dialog) that the ``qtbase_zh_CN.qm`` shipped with Qt lacks.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("zh_CN", "en")


# Engine modules whose strings the window translates, marked with the Qt-free
# gene_desk.core.i18n_marks.QT_TRANSLATE_NOOP: the account catalogue's header keys and the
# account enumerations' English keys.
ENGINE_SOURCES = (
    "gene_desk/account/catalogue.py",
    "gene_desk/account/catalogue_details.py",
    "gene_desk/account/enums.py",
    "gene_desk/account/sharing.py",
)


def sources() -> list[str]:
    ui = (str(p.relative_to(ROOT)) for p in (ROOT / "gene_desk" / "ui").rglob("*.py"))
    return sorted([*ui, *ENGINE_SOURCES])


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind == "obsolete" or kind == "vanished":
            continue
        if translation is None or kind == "unfinished" or not (translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def fill(ts: Path, table: Path) -> int:
    """Set unfinished translations in ``ts`` from ``table``; return how many were set."""
    wanted: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, _, text = line.partition("\t")
        wanted[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    tree = ET.parse(ts)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source not in wanted or translation is None:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            translation.text = wanted[source]
            translation.attrib.pop("type", None)
            count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    # keep the header lupdate writes, so a fill does not churn the whole file's diff
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--fill", type=Path, help="TSV of English source and Chinese translation")
    args = parser.parse_args()
    ts_files = [HERE / f"gene_desk_{lang}.ts" for lang in LANGUAGES]
    if args.check:
        missing = unfinished(HERE / "gene_desk_zh_CN.ts")
        for text in missing:
            print(f"untranslated: {text!r}")
        return 1 if missing else 0
    for ts, lang in zip(ts_files, LANGUAGES, strict=True):
        subprocess.run(
            [
                "pyside6-lupdate",
                "-no-obsolete",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        if args.fill and lang == "zh_CN":
            print(f"filled {fill(ts, args.fill)} translations from {args.fill}")
        release(ts, "-nounfinished" if lang == "en" else "-silent")
    # Qt's own strings its shipped catalogue lacks: hand-written, compiled as they are
    for ts in sorted(HERE.glob("qtbase_extra_*.ts")):
        release(ts, "-silent")
    return 0


def release(ts: Path, flag: str) -> None:
    """Compile ``ts`` to its ``.qm`` beside it, replacing the old one in one rename.

    Why not in place: a running Gene Desk (a test, the demo) maps the ``.qm`` into memory, and
    rewriting the mapped file under it crashed Qt's translation lookups (SIGBUS, SIGSEGV).
    A rename leaves the mapped old file intact until it is closed."""
    target = ts.with_suffix(".qm")
    partial = target.with_name(target.name + ".partial")
    subprocess.run(["pyside6-lrelease", flag, str(ts), "-qm", str(partial)], check=True)
    partial.replace(target)


if __name__ == "__main__":
    sys.exit(main())
