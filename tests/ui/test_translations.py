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

ROOT = Path(__file__).resolve().parents[2]
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
    from ui.common.i18n import install_translations
    from ui.common.session import Session
    from ui.shell.main_window import MainWindow

    def open_window():
        win = MainWindow(Session(staff.kacab, "kantor.db"))
        qtbot.addWidget(win)
        return win

    try:
        assert install_translations(qapp, "en") == "en"
        english = open_window()
        areas = {"Home", "Customers", "Quote", "Applications", "Loans", "Cashier", "Collections", "Savings",
                 "General Ledger", "Reports", "Settings"}
        assert set(_sidebar(english)) <= areas
        assert {"Customers", "Applications", "General Ledger", "Settings"} <= set(_sidebar(english))
        assert _menus(english)[:3] == ["&File", "&Go", "&Help"]
        go_menu = english.menuBar().actions()[1].menu()
        assert [a.text() for a in go_menu.actions()][:2] == ["Home", "Customers"]
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


# ------------------------------------------------------------------------------- strings lupdate cannot see
MARK = re.compile(r"#\s*tr-marked:\s*(\w+)")


def _marked_constants(tree: ast.Module) -> dict[str, set[str]]:
    """Module-level NAME = (QT_TRANSLATE_NOOP(ctx, "…"), …) (list, tuple or dict values) → the contexts used."""
    found = {}
    for stmt in tree.body:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(
            stmt, ast.AnnAssign) else []
        value = getattr(stmt, "value", None)
        elements = (value.values if isinstance(value, ast.Dict) else value.elts
                    if isinstance(value, (ast.List, ast.Tuple)) else None)
        if not elements:
            continue
        contexts = set()
        for e in elements:
            if not (isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "QT_TRANSLATE_NOOP"
                    and len(e.args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                                 for a in e.args)):
                break
            contexts.add(e.args[0].value)
        else:
            found.update({t.id: contexts for t in targets if isinstance(t, ast.Name)})
    return found


def hidden_from_lupdate(source: str, where: str = "<source>") -> list[str]:
    """tr()/translate() calls whose text lupdate cannot extract, and aliases of translate() lupdate cannot follow.

    A non-literal text is accepted only when the call's line (or a comment line just above) says
    ``# tr-marked: NAME`` and NAME is a module-level collection of QT_TRANSLATE_NOOP marks in the same context the
    call translates in (the class name for ``self.tr``, the first argument for ``translate``): then lupdate has the
    texts and the lookup hits.
    """
    tree = ast.parse(source)
    lines = source.splitlines()
    marked = _marked_constants(tree)
    found = []

    def visit(node, class_name):
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else class_name)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) \
                and node.value.attr in ("tr", "translate"):
            for target in node.targets:
                if not (isinstance(target, ast.Name) and target.id == node.value.attr):
                    found.append(f"{where}:{node.lineno}: {node.value.attr}() under another name")
        if not (isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))):
            return
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
        if name == "translate" and len(node.args) >= 2:
            first, text = node.args[0], node.args[1]
            context = first.value if isinstance(first, ast.Constant) else None
        elif name == "tr" and node.args:
            text, context = node.args[0], class_name
        else:
            return
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            return
        above = lines[node.lineno - 2] if node.lineno >= 2 else ""
        nearby = lines[node.lineno - 1] + (above if above.strip().startswith("#") else "")
        mark = MARK.search(nearby)
        if mark and context is not None and marked.get(mark.group(1)) == {context}:
            return
        found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")

    visit(tree, None)
    return found


def test_the_checker_catches_what_lupdate_misses():
    caught = hidden_from_lupdate('''
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
HEADERS = ["Ke", "Jatuh tempo"]
MARKED = (QT_TRANSLATE_NOOP("LoanView", "Ke"), QT_TRANSLATE_NOOP("LoanView", "Jatuh tempo"))
t = QCoreApplication.translate
def _t(text):
    return QCoreApplication.translate("ApplicationSummary", text)
class LoanView:
    def headers(self):
        ok = [self.tr("Ke"), t("LoanView", "Ke")]
        bad = [self.tr(h) for h in HEADERS]
        marked = [self.tr(h) for h in MARKED]  # tr-marked: MARKED
        unmarked = [self.tr(h) for h in MARKED]
        # tr-marked: MARKED
        marked_above = [self.tr(h) for h in MARKED]
        return QCoreApplication.translate("Other", h)  # tr-marked: MARKED
''')
    assert [line.split(":")[1] for line in caught] == ["5", "7", "11", "13", "16"], caught


def test_every_tr_and_translate_call_in_ui_has_a_literal_lupdate_can_extract():
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() == "ui/common/labels.py":
            continue  # label(): the texts are marked in the generated ui/common/label_texts.py
        found += hidden_from_lupdate(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    assert not found, ("lupdate cannot extract these; write the literal, or mark a list with QT_TRANSLATE_NOOP "
                       "and say '# tr-marked: NAME' at the call:\n  " + "\n  ".join(found))


# --------------------------------------------------------------------------------------------- models' labels
def test_the_generated_label_module_is_in_step_with_the_models():
    assert tool.LABEL_MODULE.read_text(encoding="utf-8") == tool.label_module_text(), \
        "run i18n_tool.py update: a label registry in models/ changed"
    texts = tool.label_texts()
    assert len(texts) > 200 and texts == sorted(set(texts))
    assert {"Aktif", "Lunas", "Macet", "Tunai", "Ditolak", "Kasir"} <= set(texts)


def test_every_models_label_has_its_english(committed):
    missing = [text for text in tool.label_texts() if not committed.get(("labels", text))]
    assert not missing, "labels without English in the .ts:\n  " + "\n  ".join(missing)


def _registry_names_used_in_ui() -> set[tuple[str, str]]:
    """(models module, NAME) for every upper-case name of models/ that a ui/ file imports or reads."""
    used = set()
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models"):
                for a in node.names:
                    if a.name.isupper():
                        used.add((node.module, a.name))
                    else:
                        aliases[a.asname or a.name] = f"{node.module}.{a.name}"
            elif isinstance(node, ast.Import):
                aliases.update({a.asname or a.name: a.name for a in node.names if a.name.startswith("models")})
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.attr.isupper() \
                    and node.value.id in aliases:
                used.add((aliases[node.value.id], node.attr))
    return used


def test_every_label_registry_the_screens_use_is_registered():
    import importlib

    unregistered = []
    for module_name, name in sorted(_registry_names_used_in_ui()):
        try:
            value = getattr(importlib.import_module(module_name), name)
        except (ImportError, AttributeError):
            continue
        values = list(value.values()) if isinstance(value, dict) else None
        looks_like_labels = bool(values) and all(
            isinstance(v, str) or (isinstance(v, tuple) and v and isinstance(v[-1], str)) for v in values)
        if looks_like_labels and name not in tool.LABEL_REGISTRIES.get(module_name, ()):
            unregistered.append(f"{module_name}.{name}")
    assert not unregistered, ("ui/ shows these models/ labels; add them to i18n_tool.LABEL_REGISTRIES:\n  "
                              + "\n  ".join(unregistered))


def test_the_glossary_cannot_hide_a_runtime_gap(committed):
    """A glossary entry with a context is only useful if its string is in the .ts, finished (else the .qm lacks it)."""
    glossary = tool.load_glossary()
    gaps = [key for key in glossary if "|" in key and not committed.get(tuple(key.split("|", 1)))]
    assert not gaps, ("in the glossary but not translated in the .ts (lupdate does not extract them, or the "
                      "context is stale):\n  " + "\n  ".join(gaps))
