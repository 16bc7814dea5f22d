"""The English translation as the office gets it: complete, compiled, safe to format, and switchable at run time.

Indonesian is the source language of every string in ui/; English comes from resources/i18n/angsur_en.ts,
compiled to angsur_en.qm (see resources/i18n/i18n_tool.py for the workflow).  These tests re-extract the strings
from the code with the real pyside6-lupdate, so a screen added without its English shows up here by name.
"""
from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def _load_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", I18N / "i18n_tool.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def committed():
    """{(context, source): finished English or None} from the committed .ts."""
    return {(ctx, src): text for ctx, src, text in tool.entries(tool.TS)}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """Every (context, source) pyside6-lupdate finds in ui/ today, extracted into a throwaway .ts."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    tool.lupdate(ts, quiet=True)
    return [(ctx, src) for ctx, src, _ in tool.entries(ts)]


def test_every_string_on_screen_has_its_english(extracted, committed):
    glossary = tool.load_glossary()
    assert len(extracted) > 500, "lupdate found suspiciously few strings in ui/"
    missing = [f"{ctx}|{src}" for ctx, src in extracted
               if not committed.get((ctx, src)) and f"{ctx}|{src}" not in glossary]
    assert not missing, (f"{len(missing)} of {len(extracted)} strings have no English; add them to "
                         "resources/i18n/en_glossary.json and run i18n_tool.py update/fill/release:\n  "
                         + "\n  ".join(missing))


def test_the_committed_ts_is_in_step_with_the_code(extracted, committed):
    """A string in the .ts but not in the glossary-filled .ts of today means update/fill was not run."""
    not_in_ts = [f"{ctx}|{src}" for ctx, src in extracted if (ctx, src) not in committed]
    assert not not_in_ts, "run i18n_tool.py update && fill && release; new in the code:\n  " + "\n  ".join(not_in_ts)


def test_the_compiled_qm_matches_the_ts(tmp_path, committed, qapp):
    from PySide6.QtCore import QTranslator

    fresh = tmp_path / "fresh.qm"
    report = tool.release(tool.TS, fresh)
    generated = re.search(r"Generated (\d+) translation", report)
    assert generated, report
    finished = {key: text for key, text in committed.items() if text}
    translator = QTranslator()
    assert translator.load(str(tool.QM)), "resources/i18n/angsur_en.qm does not load"
    stale = [f"{ctx}|{src}" for (ctx, src), text in finished.items() if translator.translate(ctx, src) != text]
    assert not stale, "the committed .qm is older than the .ts; run i18n_tool.py release:\n  " + "\n  ".join(stale)
    # lrelease also compiles unfinished entries that carry a guess; the .qm of the committed .ts holds at least
    # every finished one, and exactly as many messages as a fresh compile.
    assert int(generated.group(1)) >= len(finished)
    again = QTranslator()
    assert again.load(str(fresh))
    assert all(again.translate(ctx, src) == text for (ctx, src), text in finished.items())


def test_placeholders_tags_and_accelerators_survive_translation(committed):
    assert any(tool.PLACEHOLDER.search(src) for ctx, src in committed), "no placeholder strings at all?"
    broken = [f"{ctx}|{src} → {text}: {'; '.join(tool.problems(src, text))}"
              for (ctx, src), text in committed.items() if text and tool.problems(src, text)]
    assert not broken, "\n".join(broken)


def test_english_formats_with_the_same_names_as_indonesian(committed):
    # What the screens do with a translated pattern: .format(**names of the source).  A renamed placeholder
    # would raise KeyError in front of the customer.
    for (ctx, src), text in committed.items():
        names = {m[1:-1].split(":")[0].split("!")[0] for m in tool.PLACEHOLDER.findall(src)}
        if text and names and all(n.isidentifier() for n in names):
            assert text.format(**{n: "X" for n in names}), f"{ctx}|{src}"


def test_no_fstring_is_passed_to_tr():
    """lupdate cannot extract an f-string, and the formatted text never matches a translation."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                args = node.args[1:2] if name == "translate" else node.args[:1] if name == "tr" else []
                if any(isinstance(a, ast.JoinedStr) for a in args):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "translate the pattern, then .format() it: " + ", ".join(found)


def test_lupdate_is_available():
    done = subprocess.run([tool._tool("pyside6-lupdate"), "-version"], capture_output=True, text=True)
    assert done.returncode == 0 and "lupdate" in (done.stdout + done.stderr).lower()


# ------------------------------------------------------------------------------------------- switching languages
def _menus(win):
    return [a.text() for a in win.menuBar().actions()]


def _sidebar(win):
    return [win.sidebar.item(i).text() for i in range(win.sidebar.count())]


def test_the_branch_head_switches_the_window_to_english_and_back(qtbot, qapp, db, staff):
    from ui.i18n import install_translations
    from ui.main_window import MainWindow
    from ui.session import Session

    def open_window():
        win = MainWindow(Session(staff.kacab, "kantor.db"))
        qtbot.addWidget(win)
        return win

    try:
        assert install_translations(qapp, "en") == "en"
        english = open_window()
        areas = {"Customers", "Quote", "Applications", "Loans", "Cashier", "Collections", "Savings",
                 "General Ledger", "Reports", "Settings"}
        assert set(_sidebar(english)) <= areas
        assert {"Customers", "Applications", "General Ledger", "Settings"} <= set(_sidebar(english))
        assert _menus(english)[:3] == ["&File", "&Go", "&Help"]
        go_menu = english.menuBar().actions()[1].menu()
        assert [a.text() for a in go_menu.actions()][0] == "Customers"
        english.show_page(english._keys[0])
        assert english.stack.currentWidget() is not None
    finally:
        assert install_translations(qapp, "id") == "id"
    indonesian = open_window()
    assert "Nasabah" in _sidebar(indonesian) and "Buku Besar" in _sidebar(indonesian)
    assert _menus(indonesian)[:3] == ["&Berkas", "&Buka", "Ban&tuan"]
    assert "Customers" not in _sidebar(indonesian)


def test_status_into_a_closed_pipe_ends_quietly():
    # `i18n_tool.py status | head` closes the pipe early; the tool must not end in a BrokenPipe traceback.
    # The reading end is closed before the tool has started, so its first write meets a closed pipe.
    proc = subprocess.Popen([tool.sys.executable, str(I18N / "i18n_tool.py"), "status"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert b"Traceback" not in err and b"BrokenPipe" not in err
