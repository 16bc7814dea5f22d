"""The house: models/ and ui/ grouped by capability, the arrows between them held by import-linter, no circles.

A newcomer reads the layers in ``models/__init__.py`` and the contracts in ``pyproject.toml``; these tests make
sure the tree still says what those files say.
"""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "demo_before_rehouse.db"


def _lint_imports() -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("lint-imports")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "importlinter.cli"]
    return subprocess.run(command + ["--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_import_contracts_hold():
    result = _lint_imports()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 kept, 0 broken" in result.stdout


def test_a_broken_arrow_is_caught(tmp_path):
    """The contracts can fail: a copy of the tree where the core imports the cashier is refused."""
    copy = tmp_path / "tree"
    shutil.copytree(ROOT / "models", copy / "models", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "reports", copy / "reports", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "ui", copy / "ui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    money = copy / "models" / "core" / "money.py"
    money.write_text(money.read_text() + "\nfrom models.cashier import payments  # noqa\n")
    exe = Path(sys.executable).with_name("lint-imports")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "importlinter.cli"]
    result = subprocess.run(command + ["--no-cache"], cwd=copy, capture_output=True, text=True, timeout=300,
                            env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "models.core.money -> models.cashier.payments" in result.stdout


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), i.e. modules importing in a circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        work = [(v, iter(sorted(graph.find_modules_directly_imported_by(v) & graph.modules)))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        component.append(w)
                        if w == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = counter[0]
                counter[0] += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child) & graph.modules))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_another_in_a_circle():
    """Function-level imports count too: grimp sees every import statement, wherever it stands."""
    graph = grimp.build_graph("models", "reports", "ui")
    # a package's __init__ is not a participant: nothing imports through it
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_circle():
    graph = grimp.ImportGraph()
    for name in ("a", "b", "c", "d"):
        graph.add_module(name)
    graph.add_import(importer="a", imported="b")
    graph.add_import(importer="b", imported="c")
    graph.add_import(importer="c", imported="a")
    graph.add_import(importer="c", imported="d")
    assert _cycles(graph) == [["a", "b", "c"]]


def test_models_holds_only_packages():
    models = ROOT / "models"
    loose = sorted(p.name for p in models.glob("*.py") if p.name != "__init__.py")
    assert loose == []
    for package in (p for p in models.iterdir() if p.is_dir() and p.name != "__pycache__"):
        assert (package / "__init__.py").exists(), f"{package.name} is not a package"
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text()))
        assert doc and "import" in doc, f"models/{package.name}/__init__.py must say what it owns and may import"


def test_no_domain_module_builds_the_demo():
    offenders = []
    for path in (ROOT / "models").rglob("*.py"):
        if "demo" in path.relative_to(ROOT / "models").parts[:1]:
            continue
        tree = ast.parse(path.read_text())
        offenders += [f"{path.relative_to(ROOT)}:{node.name}" for node in ast.walk(tree)
                      if isinstance(node, ast.FunctionDef) and "demo" in node.name.lower()]
    assert offenders == []


def test_ui_areas_are_packages_mirroring_the_domain():
    areas = {p.name for p in (ROOT / "ui").iterdir() if (p / "__init__.py").exists()}
    assert {"common", "shell", "customers", "credit", "loans", "cashier", "ledger", "settings"} <= areas
    assert sorted(p.name for p in (ROOT / "ui").glob("*.py")) == ["__init__.py"]


def test_a_database_from_before_the_move_opens_migrates_and_passes_check(tmp_path):
    """``tests/fixtures/demo_before_rehouse.db`` was built by ``main.py demo --customers 40 --seed 7`` with the
    commit before models/ became packages; the new code opens it, migrates it if needed, and ``check`` passes."""
    target = tmp_path / "old.db"
    shutil.copy(FIXTURE, target)
    opened = subprocess.run([sys.executable, "main.py", "--db", str(target), "export", "trial-balance",
                             "--out", str(tmp_path / "tb.xlsx")], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert opened.returncode == 0, opened.stdout + opened.stderr
    checked = subprocess.run([sys.executable, "main.py", "--db", str(target), "check"], cwd=ROOT,
                             capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout[-3000:] + checked.stderr[-2000:]
    assert "all checks passed" in checked.stdout
    assert "FAIL" not in checked.stdout


@pytest.mark.parametrize("package", ["models", "reports"])
def test_models_and_reports_never_load_qt(package):
    code = (f"import importlib, pkgutil, sys, {package}\n"
            f"for m in pkgutil.walk_packages({package}.__path__, '{package}.'):\n"
            "    if 'migrations' not in m.name: importlib.import_module(m.name)\n"
            "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
