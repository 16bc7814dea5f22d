"""Translation workflow for Angsur (Indonesian is the source language, English the translation).

    python resources/i18n/i18n_tool.py update      # pyside6-lupdate over ui/ → resources/i18n/angsur_en.ts
    python resources/i18n/i18n_tool.py fill        # merge resources/i18n/en_glossary.json into the .ts
    python resources/i18n/i18n_tool.py fill --force  # … also overwrite finished entries the glossary disagrees with
    python resources/i18n/i18n_tool.py release     # pyside6-lrelease → resources/i18n/angsur_en.qm
    python resources/i18n/i18n_tool.py status      # how many strings are still untranslated, and which
    python resources/i18n/i18n_tool.py todo        # untranslated strings as a JSON skeleton with their locations
    python resources/i18n/i18n_tool.py check       # placeholders {…}, HTML tags and & accelerators per translation
    python resources/i18n/i18n_tool.py all         # update, fill, release, then status (the usual round)

The .ts file is the source of truth for translations (editable in Qt Linguist: pyside6-linguist); the glossary is
only a convenience for filling many strings at once.  Glossary keys are "Context|Indonesian source" (a bare
"Indonesian source" key applies to every context).  The compiled .qm is committed so that a fresh checkout
runs in English without the Qt tools.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "angsur_en.ts"
QM = HERE / "angsur_en.qm"
GLOSSARY = HERE / "en_glossary.json"

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate(ts: Path, *, quiet: bool = False) -> None:
    """Run pyside6-lupdate over ui/ into ``ts`` (created or merged; obsolete entries dropped)."""
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "id_ID", "-target-language",
                    "en_US", *sources(), "-ts", str(ts)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL if quiet else None, stderr=subprocess.DEVNULL if quiet else None)


def update(quiet: bool = False) -> None:
    lupdate(TS.relative_to(ROOT), quiet=quiet)


def _messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def load_glossary() -> dict[str, str]:
    return json.loads(GLOSSARY.read_text(encoding="utf-8")) if GLOSSARY.exists() else {}


def is_finished(message) -> bool:
    translation = message.find("translation")
    return (translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            and bool((translation.text or "").strip()))


def entries(ts: Path = TS) -> list[tuple[str, str, str | None]]:
    """(context, source, finished translation or None) for every message of ``ts``."""
    tree = ET.parse(ts)
    return [(ctx, m.findtext("source"), m.find("translation").text if is_finished(m) else None)
            for ctx, m in _messages(tree)]


def fill(force: bool = False) -> int:
    """Copy glossary translations into the .ts; returns how many messages changed."""
    glossary = load_glossary()
    tree = ET.parse(TS)
    filled = 0
    for context, message in _messages(tree):
        source = message.findtext("source")
        translation = message.find("translation")
        text = glossary.get(f"{context}|{source}", glossary.get(source))
        if text is None or translation is None:
            continue
        if not is_finished(message) or (force and translation.text != text):
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # ElementTree writes its own dialect (quotes, "<x />", no DOCTYPE); letting lupdate rewrite the file keeps the
    # committed .ts in Qt's format, so a round's diff shows only the translations that changed.
    update(quiet=True)
    return filled


def status() -> tuple[int, int, list[str]]:
    tree = ET.parse(TS)
    total, missing = 0, []
    for context, message in _messages(tree):
        total += 1
        if not is_finished(message):
            missing.append(f"{context}|{message.findtext('source')}")
    return total, len(missing), missing


def todo() -> dict[str, str]:
    """Untranslated messages as {"Context|source": "file:line"}, ready to be turned into glossary entries."""
    tree = ET.parse(TS)
    out = {}
    for context, message in _messages(tree):
        if not is_finished(message):
            loc = message.find("location")
            where = "" if loc is None else f"{loc.get('filename', '').replace('../../', '')}:{loc.get('line')}"
            out[f"{context}|{message.findtext('source')}"] = where
    return out


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\w)", text.replace("&&", "")))


def problems(source: str, text: str) -> list[str]:
    """Differences between a source and its translation that break the running program or its look."""
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
        found.append(f"placeholders {sorted(PLACEHOLDER.findall(source))} vs {sorted(PLACEHOLDER.findall(text))}")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        found.append("HTML tags differ")
    if accelerators(source) != accelerators(text):
        found.append("& accelerators differ")
    return found


def check() -> list[str]:
    return [f"{ctx}|{src}: {p}" for ctx, src, text in entries() if text is not None for p in problems(src, text)]


def release(ts: Path = TS, qm: Path = QM) -> str:
    done = subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    return done.stdout


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "status"
    if command == "update":
        update()
    elif command == "fill":
        print(f"filled {fill(force='--force' in argv)} strings")
    elif command == "release":
        print(release(), end="")
    elif command == "all":
        update()
        print(f"filled {fill()} strings")
        print(release(), end="")
        found = check()
        for line in found:
            print(line)
        return main([argv[0], "status"]) or (1 if found else 0)
    elif command == "status":
        total, missing, names = status()
        print(f"{total} strings, {missing} untranslated")
        for name in names:
            print("  ", name)
    elif command == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    elif command == "check":
        found = check()
        for line in found:
            print(line)
        return 1 if found else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    try:
        code = main(sys.argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # `status | head` closes the pipe early; that is not an error.  Point stdout at devnull so the interpreter's
        # final flush does not raise a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    sys.exit(code)
