"""Translation workflow for Angsur (Indonesian is the source language, English the translation).

    python resources/i18n/i18n_tool.py update      # pyside6-lupdate over ui/ → resources/i18n/angsur_en.ts
    python resources/i18n/i18n_tool.py fill        # merge resources/i18n/en_glossary.json into the .ts
    python resources/i18n/i18n_tool.py release     # pyside6-lrelease → resources/i18n/angsur_en.qm
    python resources/i18n/i18n_tool.py status      # how many strings are still untranslated

The .ts file is the source of truth for translations (editable in Qt Linguist: pyside6-linguist); the glossary is
only a convenience for filling many strings at once.  The compiled .qm is committed so that a fresh checkout
runs in English without the Qt tools.
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "angsur_en.ts"
QM = HERE / "angsur_en.qm"
GLOSSARY = HERE / "en_glossary.json"


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update() -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "id_ID", "-target-language",
                    "en_US", *sources(), "-ts", str(TS.relative_to(ROOT))], cwd=ROOT, check=True)


def _messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def fill() -> int:
    glossary = json.loads(GLOSSARY.read_text(encoding="utf-8")) if GLOSSARY.exists() else {}
    tree = ET.parse(TS)
    filled = 0
    for context, message in _messages(tree):
        source = message.findtext("source")
        translation = message.find("translation")
        key_ctx = f"{context}|{source}"
        text = glossary.get(key_ctx, glossary.get(source))
        if text is None or translation is None:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


def status() -> tuple[int, int, list[str]]:
    tree = ET.parse(TS)
    total, missing = 0, []
    for context, message in _messages(tree):
        total += 1
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished",) or not (translation.text or "").strip():
            missing.append(f"{context}|{message.findtext('source')}")
    return total, len(missing), missing


def release() -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "status"
    if command == "update":
        update()
    elif command == "fill":
        print(f"filled {fill()} strings")
    elif command == "release":
        release()
    elif command == "status":
        total, missing, names = status()
        print(f"{total} strings, {missing} untranslated")
        for name in names[:200]:
            print("  ", name)
    else:
        sys.exit(__doc__)
