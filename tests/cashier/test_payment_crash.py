"""Real payments survive a killed process: after every SIGKILL the books agree and nothing is posted twice."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from models.core import db as dbmod

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
_spec = importlib.util.spec_from_file_location("angsur_kill_payments", ROOT / "benchmarks" / "kill_payments.py")
kill_payments = importlib.util.module_from_spec(_spec)
sys.modules["angsur_kill_payments"] = kill_payments
_spec.loader.exec_module(kill_payments)


@pytest.fixture
def payments_db(tmp_path):
    path = tmp_path / "kasir.db"
    kill_payments.prepare(path)
    yield path
    dbmod.close_database()


def test_a_cashier_killed_mid_payment_loses_nothing_and_posts_nothing_twice(payments_db):
    figures = kill_payments.kill_rounds(payments_db, rounds=15, seed=2026, max_delay=0.6)

    assert figures.kills == 15
    assert figures.errors == []
    assert figures.failures == []  # after EVERY kill: check passes (loans == ledger, receipts gap-free …),
    #                                journals balance, every acknowledged payment is there, no key twice
    assert figures.acked >= 15  # the kills landed while payments were being posted
    final = kill_payments.verify(payments_db)
    assert final.ok and final.payments == final.keys


def test_the_retry_of_a_committed_payment_is_a_replay(payments_db):
    from models.core.users import User

    dbmod.open_database(payments_db, migrate=False)
    cashier = User.get(User.username == kill_payments.CASHIER)
    first = kill_payments.post_real_payment("FORM-1", cashier)
    again = kill_payments.post_real_payment("FORM-1", cashier)
    assert not first.replayed and again.replayed and again.ref == first.ref
    dbmod.close_database()
    verdict = kill_payments.verify(payments_db, {"FORM-1"})
    assert verdict.ok, verdict
    assert verdict.payments == 1
