"""Checks on collections and problem accounts (registered with ``main.py check``).

Warning-letter and recovery numbers are gap-free per sequence and year; every approved restructuring kept the
schedule it replaced; a written-off loan has exactly one approved write-off; recoveries never exceed what was
written off.  Each is one or two aggregate queries.
"""
from __future__ import annotations

import re

from peewee import JOIN, fn

from models.collections.restructuring import ArchivedInstallment, Restructuring
from models.collections.warning_letters import WarningLetter
from models.collections.write_off import Recovery, WriteOff
from models.core.checks import check
from models.core.money import from_minor
from models.loans.loans import Loan


def _gaps(rows, label: str) -> list[str]:
    seen: dict[tuple, list[int]] = {}
    problems = []
    for key, number in rows:
        match = re.search(r"(\d+)\D*$", number)
        if match is None:
            problems.append(f"{label} {number} has no sequence number")
            continue
        seen.setdefault(key, []).append(int(match.group(1)))
    for key, numbers in seen.items():
        numbers.sort()
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(f"{label} numbers of {'/'.join(str(k) for k in key)} have gaps or repeats: "
                            f"{numbers[:5]}…")
    return problems


@check("warning-letter numbers are gap-free per stage, branch and year")
def letters_gap_free() -> list[str]:
    rows = (WarningLetter.select(WarningLetter.stage, Loan.branch, WarningLetter.date, WarningLetter.number)
            .join(Loan, on=(WarningLetter.loan == Loan.id)).tuples())
    return _gaps((((stage, branch, str(date)[:4]), number) for stage, branch, date, number in rows), "letter")


@check("recovery receipts are gap-free per branch and year")
def recoveries_gap_free() -> list[str]:
    rows = (Recovery.select(Loan.branch, Recovery.date, Recovery.receipt_no)
            .join(Loan, on=(Recovery.loan == Loan.id)).tuples())
    return _gaps((((branch, str(date)[:4]), number) for branch, date, number in rows), "recovery")


@check("every approved restructuring kept the schedule it replaced")
def restructurings_kept_old_schedule() -> list[str]:
    kept = (ArchivedInstallment.select(ArchivedInstallment.restructuring, fn.COUNT(ArchivedInstallment.id).alias("n"))
            .group_by(ArchivedInstallment.restructuring).alias("k"))
    rows = (Restructuring.select(Restructuring.id, Restructuring.loan)
            .join(kept, JOIN.LEFT_OUTER, on=(Restructuring.id == kept.c.restructuring_id))
            .where((Restructuring.status == "approved") & kept.c.n.is_null()).limit(20).tuples())
    return [f"restructuring #{rid} of loan #{loan} has no archived schedule" for rid, loan in rows]


@check("written-off loans have one approved write-off, recoveries within it")
def write_offs_consistent() -> list[str]:
    problems = []
    approved = dict(WriteOff.select(WriteOff.loan, fn.COUNT(WriteOff.id)).where(WriteOff.status == "approved")
                    .group_by(WriteOff.loan).tuples())
    for loan_id, contract in Loan.select(Loan.id, Loan.contract_no).where(Loan.status == "written_off").tuples():
        if approved.get(loan_id) != 1:
            problems.append(f"loan {contract} is written off with {approved.get(loan_id, 0)} approved write-offs")
    recovered = (Recovery.select(Recovery.write_off, fn.SUM(Recovery.amount).alias("s"))
                 .group_by(Recovery.write_off).alias("r"))
    for wid, principal, total in (WriteOff.select(WriteOff.id, WriteOff.principal, recovered.c.s)
                                  .join(recovered, on=(WriteOff.id == recovered.c.write_off_id))
                                  .where(recovered.c.s > WriteOff.principal).tuples()):
        problems.append(f"write-off #{wid}: recovered {from_minor(total)} exceeds {principal}")
    return problems


@check("every account has at most one collector at a time")
def one_collector_per_account() -> list[str]:
    from models.collections.collections import CollectionAssignment as A

    rows = (A.select(A.loan, fn.COUNT(A.id)).where(A.ended_on.is_null()).group_by(A.loan)
            .having(fn.COUNT(A.id) > 1).limit(20).tuples())
    return [f"loan #{loan} has {n} current collectors" for loan, n in rows]
