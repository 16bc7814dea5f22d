"""The allowance for losses (CKPN): the BPR's PPKA by class after collateral, PSAK 71 stages, and loss rates
derived from the roll-rate matrix of the office's own month ends."""
from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from tests.accounting.test_month_end import effective_loan, failing

from models.accounting import allowance as al
from models.accounting import month_end as me
from models.core.errors import PermissionDenied, ValidationError
from models.core.money import ZERO, D
from models.core.office import Office
from models.loans.loan_income import balances


def _target(policy, **row) -> int:
    """Evaluate the policy's SQL on one state row (sen)."""
    from models.core.db import database

    cols = {"principal_outstanding": 0, "collateral_value": 0, "collectibility": 1, "stage": 1,
            "accrued_interest": 0, "deferred_fee": 0, **row}
    select = ", ".join(f"{v} AS {k}" for k, v in cols.items())
    return database.obj.execute_sql(f"SELECT {al.target_sql(policy)} FROM (SELECT {select}) s").fetchone()[0]


def test_ppka_by_class_after_collateral(db):
    policy = al.default_policy("bpr")
    assert policy.method == "class"
    # Lancar: 0,5 % of the whole exposure (general reserve); collateral is not deducted.
    assert _target(policy, principal_outstanding=10_000_000_00, collateral_value=8_000_000_00) == 5_000_000
    # DPK 3 %, KL 10 %, D 50 %, M 100 % of the exposure less eligible collateral.
    for klass, rate in ((2, 3), (3, 10), (4, 50), (5, 100)):
        got = _target(policy, principal_outstanding=10_000_000_00, collateral_value=4_000_000_00,
                      collectibility=klass)
        assert got == 6_000_000_00 * rate // 100
    # Collateral worth more than the loan leaves nothing to provide.
    assert _target(policy, principal_outstanding=1_000_000_00, collateral_value=4_000_000_00, collectibility=5) == 0


def test_stage_rates_on_the_gross_carrying_amount(db):
    policy = al.default_policy("leasing")
    assert policy.method == "stage"
    got = _target(policy, principal_outstanding=20_000_000_00, accrued_interest=150_000_00,
                  deferred_fee=400_000_00, stage=2)
    assert got == (20_000_000_00 + 150_000_00 - 400_000_00) * 10 // 100


def test_the_manager_sets_the_policy_and_it_is_audited(db, staff):
    from models.core.audit import AuditLog

    p = al.Policy("class", dict(al.PPKA_RATES), dict(al.STAGE_RATES), collateral_pct=D("40"))
    with pytest.raises(PermissionDenied):
        al.set_policy(staff.kasir, p)
    with pytest.raises(ValidationError):
        al.set_policy(staff.manajer, al.Policy("class", {1: D("150")}, dict(al.STAGE_RATES)))
    al.set_policy(staff.manajer, p)
    assert al.policy() == p
    assert AuditLog.select().where(AuditLog.action == "settings.allowance").count() == 1


def test_a_bpr_month_end_provides_by_class(ready_db, staff):
    Office.update(kind="bpr").execute()
    good = effective_loan(staff, "BDG/2025/91001", principal="10000000", rate="18", tenor=12, fees="0",
                          start=dt.date(2025, 1, 5), rounding="1000")
    bad = effective_loan(staff, "BDG/2025/91002", principal="8000000", rate="18", tenor=12, fees="0",
                         start=dt.date(2024, 12, 20), rounding="1000")
    from tests.accounting.test_month_end import pay

    from models.loans.loans import Loan

    day = dt.date(2025, 4, 30)
    for due in (dt.date(2025, 2, 5), dt.date(2025, 3, 5), dt.date(2025, 4, 5)):
        pay(staff, good, Loan.get_by_id(good.id).installment_amount, due)
    result = me.run_step(staff.akuntan, "allowance", day)
    figures = dict(result.figures)
    good_left = Loan.get_by_id(good.id).outstanding_principal
    # The bad loan's first installment fell due 20/01: 100 days by 30/04 → KL (BPR 91–180 days), 10 %.
    assert balances(good.id)["allowance"] == (good_left * D("0.005")).quantize(D("0.01"))
    assert balances(bad.id)["allowance"] == D("800000.00")
    assert figures["NPF bruto %"] == (D("8000000") / (good_left + D("8000000")) * 100).quantize(D("0.01"))
    assert figures["NPF neto %"] < figures["NPF bruto %"]
    assert me.run_step(staff.akuntan, "allowance", day).journal is None  # rerun: nothing more
    assert failing() == {}


def test_roll_rates_from_month_end_snapshots_derive_stage_loss_rates(ready_db, staff):
    from models.loans.snapshots import LoanSnapshot

    loans = [effective_loan(staff, f"BDG/2025/9200{i}", principal="5000000", rate="18", tenor=12, fees="0",
                            start=dt.date(2025, 1, 3), rounding="1000") for i in range(4)]
    ends = [dt.date(2025, 1, 31), dt.date(2025, 2, 28), dt.date(2025, 3, 31)]
    paths = [(1, 1, 1), (1, 2, 3), (1, 1, 2), (2, 1, 0)]  # 0: left the book
    for loan, path in zip(loans, paths):
        for end, stage in zip(ends, path):
            LoanSnapshot.create(period_end=end, loan=loan.id, branch=loan.branch_id, product=loan.product_id,
                                officer=loan.officer_id, customer=loan.customer_id, disbursed_on=loan.disbursed_on,
                                stage=stage or 1, status="active" if stage else "settled_early")
    matrix = al.roll_rate_matrix()
    assert matrix["pairs"] == 2
    # From stage 1: Jan→Feb 1→1, 1→2, 1→1; Feb→Mar 1→1, 1→2, 1→0: six loan-months.
    assert matrix["counts"][1] == {1: 3, 2: 2, 3: 0, 0: 1}
    assert matrix["counts"][2] == {1: 1, 2: 0, 3: 1, 0: 0}
    assert matrix["rates"][1][2] == Fraction(1, 3) and matrix["rates"][2][3] == Fraction(1, 2)
    rates = al.derived_stage_rates(matrix, lgd=D("50"))
    assert rates[3] == D("50.00") and ZERO < rates[1] < rates[2] <= D("50.00")


def test_the_office_adopts_the_loss_rates_its_history_implies(ready_db, staff):
    from models.loans.snapshots import LoanSnapshot

    with pytest.raises(ValidationError):
        al.adopt_derived_rates(staff.manajer)  # no history yet
    loan = effective_loan(staff, "BDG/2025/92101", principal="5000000", rate="18", tenor=12, fees="0",
                          start=dt.date(2025, 1, 3), rounding="1000")
    for end, stage in ((dt.date(2025, 1, 31), 1), (dt.date(2025, 2, 28), 2)):
        LoanSnapshot.create(period_end=end, loan=loan.id, branch=loan.branch_id, product=loan.product_id,
                            officer=loan.officer_id, customer=loan.customer_id, disbursed_on=loan.disbursed_on,
                            stage=stage)
    policy = al.adopt_derived_rates(staff.manajer)
    assert policy.stage_rates == al.derived_stage_rates(al.roll_rate_matrix(), policy.lgd)
    assert al.policy().stage_rates[3] == D("50.00")
