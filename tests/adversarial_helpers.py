"""Shared pieces of the adversarial suite (``pytest -m adversarial``): a small demo office built once.

The suite attacks the app the way someone inside an office could: with the database file (raw SQL, dropped
triggers, flipped bits) and through the ``models/`` functions with hostile input.  A 30-customer demo office is
enough to have every kind of row (loans, installments, receipts, allocations, journals, closed months) and is
built in about two seconds.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.core import db as dbmod

DEMO_CUSTOMERS = 30


_BUILT: dict[str, Path] = {}


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A migrated file holding the whole demo office (every DEMO_STEP) with 30 customers.

    Each test module imports this fixture, which makes pytest see one definition per module; the file is
    still built once per session (cached here).
    """
    from conftest import TODAY

    from models.demo import build as demo

    if "demo" in _BUILT and _BUILT["demo"].exists():
        return _BUILT["demo"]
    path = tmp_path_factory.mktemp("adversarial") / "demo30.db"
    dbmod.open_database(path)
    try:
        demo.build_demo(seed=19, customers=DEMO_CUSTOMERS, today=TODAY, log=lambda _msg: None)
    finally:
        dbmod.close_database()
    _BUILT["demo"] = path
    return path


def copy_db(source: Path, target: Path) -> Path:
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A fresh copy of the demo office, opened and bound to the models."""
    path = copy_db(demo_template, tmp_path / "angsur.db")
    database = dbmod.open_database(path)
    yield database
    dbmod.close_database()
