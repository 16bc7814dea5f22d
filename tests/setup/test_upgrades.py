"""Data upgrades an older file is owed (models/setup/upgrades.py): each runs once, says what it changed, keeps
quiet when it found nothing, and waits for a day it can book on."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import models.cashier.figures_checks  # noqa: F401  (registers the residue check)
from models.core.checks import run_checks
from models.core.office import get_setting
from models.ledger.journals import close_month
from models.loans.loans import Installment
from models.setup.upgrades import DONE_SETTING, UPGRADES, run_pending
from tests.payments_helpers import disburse

NAME = UPGRADES[0][0]
JULY_20 = dt.date(2026, 7, 20)


def _owe_a_residue(sen: str = "0.08", contract_no: str = "BDG/2026/00001"):
    """A loan booked before schedules were whole rupiah: its last installment carries a sen residue."""
    loan = disburse(contract_no=contract_no, start=dt.date(2026, 6, 15))
    last = Installment.select().where(Installment.loan == loan.id).order_by(Installment.no.desc()).first()
    Installment.update(interest=last.interest + Decimal(sen), amount=last.amount + Decimal(sen)).where(
        Installment.id == last.id).execute()
    return loan


def test_a_file_made_by_this_version_is_upgraded_silently_once(ready_db, staff):
    disburse(start=dt.date(2026, 6, 15))
    assert run_pending(JULY_20) == []            # nothing owed: nothing to say on the console
    assert NAME in get_setting(DONE_SETTING, [])  # … and never looked at again
    assert run_pending(JULY_20) == []


def test_an_old_file_has_its_residues_settled_and_says_so(ready_db, staff):
    _owe_a_residue("0.08")
    _owe_a_residue("0.35", contract_no="BDG/2026/00002")
    assert "no whole-rupiah loan owes a sen residue" in {r.name for r in run_checks() if not r.ok}
    assert run_pending(JULY_20) == [f"{NAME}: 2 sen residues settled"]
    assert {r.name: r.problems for r in run_checks() if not r.ok} == {}
    assert run_pending(JULY_20) == []            # once


def test_a_closed_day_waits_for_the_next_open(ready_db, staff):
    _owe_a_residue()
    close_month(staff.akuntan, 2026, 7)
    assert run_pending(JULY_20) == []            # July is closed: nothing booked, not marked done
    assert NAME not in (get_setting(DONE_SETTING, []) or [])
    assert run_pending(dt.date(2026, 8, 3)) == [f"{NAME}: 1 sen residues settled"]
    assert NAME in get_setting(DONE_SETTING, [])
