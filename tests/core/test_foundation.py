"""The foundation: layout, the Qt-free core, the command line, migrations and the check command."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


def test_layout_is_as_designed():
    for name in ["main.py", "ui", "models", "reports", "resources", "tests", "benchmarks", "pyproject.toml",
                 "README.md", ".ci/run"]:
        assert (ROOT / name).exists(), name


def test_models_and_reports_never_import_qt():
    code = ("import sys, pkgutil, importlib, models, reports\n"
            "names = [m.name for p in (models, reports) for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.')]\n"
            "for n in names: importlib.import_module(n)\n"
            "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(len(names), qt)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    count, qt = out.stdout.strip().split(" ", 1)
    assert int(count) >= 8
    assert qt == "[]", f"models/ or reports/ imported Qt: {qt}"


def test_cli_commands_do_not_import_qt_or_heavy_libraries():
    code = ("import sys; sys.argv=['main.py','--help']\n"
            "import main\n"
            "try:\n    main.main(['--help'])\nexcept SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','openpyxl','reportlab')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    for command in ["demo", "check", "schedule", "export", "print", "import", "backup", "restore"]:
        assert command in out.stdout


def test_demo_then_check_passes_and_a_truncated_file_fails_clearly(tmp_path):
    path = tmp_path / "x.db"
    built = run_main("--db", str(path), "demo", "--customers", "30", "--seed", "7")
    assert built.returncode == 0, built.stderr + built.stdout
    checked = run_main("--db", str(path), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "all checks passed" in checked.stdout
    # A second demo run on the same file changes nothing and says so.
    again = run_main("--db", str(path), "demo")
    assert again.returncode == 0 and "nothing to do" in again.stdout

    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    result = run_main("--db", str(damaged), "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "FAIL" in result.stdout and "backup" in result.stdout

    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("this is a shopping list, not a database\n" * 100)
    result = run_main("--db", str(not_a_db), "check")
    assert result.returncode == 1 and "not an Angsur database" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_check_on_a_missing_file_fails_without_creating_it(tmp_path):
    path = tmp_path / "missing.db"
    result = run_main("--db", str(path), "check")
    assert result.returncode == 1 and "does not exist" in result.stdout
    assert not path.exists()


def test_migrations_match_the_models(empty_db):
    """The frozen migration scripts produce exactly the schema the live models describe."""
    import importlib
    import pkgutil

    import peewee
    from playhouse.schema_diff import diff_models

    import models
    from models.core.db import BaseModel

    for mod in pkgutil.walk_packages(models.__path__, "models."):
        importlib.import_module(mod.name)
    tables = []
    stack = list(BaseModel.__subclasses__())
    while stack:
        model = stack.pop()
        stack.extend(model.__subclasses__())
        if not getattr(model._meta, "extension_module", None) and model._meta.table_name:
            tables.append(model)
    assert len(tables) >= 7
    diff = diff_models(empty_db, tables)
    assert not diff, f"models and migrations disagree; generate a migration:\n{diff}"
    assert isinstance(empty_db, peewee.SqliteDatabase)


def test_sqlite_pragmas_protect_committed_money(empty_db):
    pragma = lambda name: empty_db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2
    assert pragma("busy_timeout") >= 5000


def test_a_migration_on_an_existing_file_backs_it_up_first(tmp_path, monkeypatch):
    from models.core import db as dbmod

    path = tmp_path / "office.db"
    dbmod.open_database(path)
    dbmod.database.obj.execute_sql("DELETE FROM schema_migration WHERE name = '0001_core'")
    # 0001 now looks pending on a file that already holds tables: migrating must back the file up first.
    # The runner's up() is replaced so the (already created) tables are not created twice.
    calls = []
    real_runner = dbmod.migration_runner

    class FakeRunner:
        def __init__(self, db):
            self.inner = real_runner(db)

        def status(self):
            return self.inner.status()

        def up(self):
            calls.append("up")
            return ["0001_core"]

    monkeypatch.setattr(dbmod, "migration_runner", lambda db: FakeRunner(db))
    applied = dbmod.migrate_database(dbmod.database.obj, backup_dir=tmp_path / "bk")
    assert applied == ["0001_core"] and calls == ["up"]
    backups = list((tmp_path / "bk").glob("office.pre-migration-*.db"))
    assert len(backups) == 1
    import sqlite3

    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM user").fetchone()[0] == 0
    con.close()
    dbmod.close_database()


def test_database_urls_are_understood():
    from models.core.db import parse_target
    from models.core.errors import DatabaseUnavailable

    assert parse_target("sqlite:////tmp/a.db") == ("sqlite", "/tmp/a.db")
    assert parse_target("/tmp/a.db") == ("sqlite", "/tmp/a.db")
    assert parse_target("postgresql://u@h/angsur")[0] == "postgresql"
    with pytest.raises(DatabaseUnavailable):
        parse_target("mysql://u@h/x")
    kind, location = parse_target(None)
    assert kind == "sqlite" and location.endswith("angsur.db")


def test_synced_and_network_folders_are_refused(tmp_path):
    from models.core.safety import unsafe_location_reason

    assert unsafe_location_reason(tmp_path / "angsur.db") is None
    assert "synchronised" in unsafe_location_reason(Path("/home/rina/OneDrive/Kantor/angsur.db"))
    assert "synchronised" in unsafe_location_reason(Path("/home/rina/Dropbox/angsur.db"))
    assert "network share" in unsafe_location_reason("//server/share/angsur.db")
