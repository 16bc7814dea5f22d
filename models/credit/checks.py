"""Checks on applications, contracts and the collateral register (registered with ``main.py check``).

* every disbursed application has exactly one loan, and that loan points back to it with the same contract;
* contract numbers are gap-free: per branch and year, the contracts issued (whatever became of them) are as
  many as the ``contract`` sequence has handed out, with no number used twice;
* each application's status is the last one stamped in its status log;
* no application was decided by the person who submitted it (four eyes, also for rows written outside
  the application);
* every vehicle contract has its collateral entry.
"""
from __future__ import annotations

from peewee import JOIN, fn

from models.credit.applications import Application, Decision, StatusChange
from models.core.checks import check
from models.core.office import NumberSequence


@check("every disbursed application has exactly one loan")
def disbursed_have_one_loan() -> list[str]:
    from models.loans.loans import Loan

    problems = []
    counts = dict(Loan.select(Loan.application_id, fn.COUNT(Loan.id)).where(Loan.application_id.is_null(False))
                  .group_by(Loan.application_id).tuples())
    disbursed = Application.select(Application.id, Application.number, Application.contract_no,
                                   Application.loan_id).where(Application.status == "disbursed").tuples()
    for app_id, number, contract_no, loan_id in disbursed:
        n = counts.pop(app_id, 0)
        if n != 1:
            problems.append(f"application {number} is disbursed but has {n} loans")
        elif loan_id is None:
            problems.append(f"application {number} is disbursed but does not name its loan")
    for app_id, n in counts.items():
        problems.append(f"application #{app_id} has {n} loan(s) but is not disbursed")
    mismatched = (Loan.select(Loan.contract_no, Application.contract_no)
                  .join(Application, on=(Loan.application_id == Application.id))
                  .where(Loan.contract_no != Application.contract_no).tuples())
    problems += [f"loan {a} carries another contract number than its application ({b})" for a, b in mismatched]
    return problems[:20]


@check("contract numbers are gap-free")
def contract_numbers_gap_free() -> list[str]:
    problems = []
    issued: dict[tuple[int, int], int] = {}
    rows = (Application.select(Application.branch, Application.contract_date, Application.contract_no)
            .where(Application.contract_no.is_null(False)).tuples())
    seen: set[str] = set()
    for branch_id, date, number in rows:
        year = int(str(date)[:4])
        issued[(branch_id, year)] = issued.get((branch_id, year), 0) + 1
        if number in seen:
            problems.append(f"contract number {number} used twice")
        seen.add(number)
    sequences = {(b, y): v for b, y, v in NumberSequence.select(NumberSequence.branch, NumberSequence.year,
                                                              NumberSequence.last_value)
                 .where(NumberSequence.name == "contract").tuples()}
    for key in set(issued) | set(sequences):
        if issued.get(key, 0) != sequences.get(key, 0):
            problems.append(f"branch #{key[0]}, {key[1]}: {sequences.get(key, 0)} contract numbers handed out but "
                            f"{issued.get(key, 0)} contracts recorded (a gap)")
    return problems[:20]


@check("application status agrees with its status log")
def status_log_agrees() -> list[str]:
    last = (StatusChange.select(StatusChange.application, fn.MAX(StatusChange.id).alias("last_id"))
            .group_by(StatusChange.application).alias("last"))
    query = (Application.select(Application.number, Application.version, Application.status,
                                StatusChange.to_status)
             .join(last, on=(Application.id == last.c.application_id))
             .join(StatusChange, on=(StatusChange.id == last.c.last_id))
             .where(StatusChange.to_status != Application.status).limit(20).tuples())
    problems = [f"application {n} v{v} is {s} but its log ends at {t}" for n, v, s, t in query]
    unlogged = (Application.select(Application.number).where(
        Application.id.not_in(StatusChange.select(StatusChange.application))).limit(20).tuples())
    problems += [f"application {n} has no status log" for (n,) in unlogged]
    return problems


@check("no application decided by its own submitter")
def four_eyes() -> list[str]:
    query = (Decision.select(Application.number, Decision.kind)
             .join(Application, on=(Decision.application == Application.id))
             .where((Decision.decided_by == Application.submitted_by) | (Decision.decided_by == Application.created_by))
             .limit(20).tuples())
    problems = [f"application {n}: {k} by the person who made or submitted it" for n, k in query]
    disbursed = (Application.select(Application.number)
                 .where((Application.disbursed_by == Application.submitted_by)
                        | (Application.disbursed_by == Application.created_by)).limit(20).tuples())
    return problems + [f"application {n}: disbursed by the person who made or submitted it" for (n,) in disbursed]


@check("every vehicle contract has its collateral entry")
def vehicle_contracts_have_collateral() -> list[str]:
    from models.credit.collateral import Collateral
    from models.products.products import LoanProduct

    query = (Application.select(Application.contract_no)
             .join(LoanProduct, on=(Application.product == LoanProduct.id))
             .switch(Application).join(Collateral, on=(Collateral.application == Application.id),
                                       join_type=JOIN.LEFT_OUTER)
             .where(Application.contract_no.is_null(False) & (LoanProduct.kind == "vehicle")
                    & Collateral.id.is_null()).limit(20).tuples())
    return [f"vehicle contract {c} has no collateral entry" for (c,) in query]
