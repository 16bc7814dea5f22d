"""Test helpers for the cooperative: a koperasi office template and a few shortcuts used by the savings tests."""
from __future__ import annotations

import datetime as dt

import pytest


def make_cooperative(ctx) -> None:
    """Demo step used by the cooperative template: the office is a koperasi simpan pinjam."""
    from models.core.db import run_in_transaction
    from models.core.office import Office

    ctx.office.kind = "koperasi"
    ctx.office.name = "Koperasi Simpan Pinjam Sejahtera"
    run_in_transaction(lambda: Office.update(kind="koperasi", name=ctx.office.name)
                       .where(Office.id == ctx.office.id).execute())


def savings_products(ctx) -> None:
    from models.savings.savings import install_default_products

    install_default_products(None)


COOP_STEPS = ["models.demo.build:build_core", "tests.savings_helpers:make_cooperative", "models.demo.ledger:build_demo",
              "models.demo.products:build_demo", "models.demo.customers:build_demo", "tests.savings_helpers:savings_products"]


@pytest.fixture(scope="session")
def coop_template(_template_dir):
    from conftest import _build_template

    path = _template_dir / "coop.db"
    if path.exists():  # several test modules import this fixture: the first one builds the file
        return path
    return _build_template(path, COOP_STEPS, seed=5, customers=12)


@pytest.fixture
def coop_db(coop_template, tmp_path):
    from conftest import _open_copy

    from models.core import db as dbmod

    database = _open_copy(coop_template, tmp_path)
    yield database
    dbmod.close_database()


def customers(n: int = 3):
    from models.customers.customers import Customer

    return list(Customer.select().order_by(Customer.id).limit(n))


def user(name: str):
    from models.core.users import User

    return User.get(User.username == name)


def d(text: str):
    return dt.date.fromisoformat(text)
