"""Month-end and repair actions that keep the loan figures payable (issue 13).

* :func:`apply_due_advances` — the month-end run: every advance (titipan) the office holds is applied on the
  due date of the installment it covers, as a posting dated that day, for loans where no payment has arrived
  since (a payment applies it itself first).  No late fee and no days past due accrue on the covered part.
* :func:`settle_sen_residues` — loans booked with a whole-rupiah rounding rule before schedules were whole
  rupiah in every part carry a residue of a few sen in their last installment, which no one can pay in cash and
  which would keep the loan past due for ever.  The residue is settled by a rounding adjustment: a posting of
  kind ``rounding`` that pays the sen from the expense account *Beban Selisih Pembulatan Angsuran* (role
  ``rounding``, 5202), so the installment, the loan-receivable account and interest income stay consistent and
  ``check`` stays green.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import SQL, Expression

from models.cashier.payments import (
    Part,
    _close_if_paid,
    _installments,
    _load_loan,
    _record,
    _record_applications,
    _update_summary,
    _write_installments,
    advance_applications,
)
from models.core import audit
from models.core.db import run_in_transaction
from models.core.errors import FieldError, ValidationError
from models.core.texts import _
from models.core.money import ROUNDING_RULES, ZERO, D
from models.core.users import User, require
from models.ledger.chart import Account, chart_roles
from models.loans.loans import Installment, Loan

WHOLE_RUPIAH_RULES = tuple(code for code, rule in ROUNDING_RULES.items() if rule.step >= 1)
ROUNDING_ACCOUNT = "5202"


def apply_due_advances(actor: User, as_of: dt.date) -> int:
    """Apply every advance held to the installments fallen due up to ``as_of`` (the month-end run).

    Args:
        actor: who runs it (``payment.post``, or ``period.close`` as part of closing the month).
        as_of: usually the last day of the month being closed.
    Returns:
        The number of postings made (one per loan and due date).
    """
    from models.core.users import has_permission

    if not has_permission(actor, "period.close"):
        require(actor, "payment.post")

    def body() -> int:
        made = 0
        ids = [i for (i,) in Loan.select(Loan.id).where((Loan.status == "active") & (Loan.advance_balance > 0)
                                                        & (Loan.oldest_unpaid_due <= as_of)).tuples()]
        for loan_id in ids:
            loan = _load_loan(loan_id)
            installments = _installments(loan)
            apps = advance_applications(loan, installments, as_of)
            if not apps:
                continue
            _write_installments(installments, {p.installment_id for a in apps for p in a.parts})
            _record_applications(actor, loan, apps, max(a.date for a in apps))
            _update_summary(loan, installments)
            _close_if_paid(loan, max(a.date for a in apps), actor, installments=installments)
            made += len(apps)
        audit.record(actor, "payment.advance_run", "loan", "", after={"as_of": as_of, "postings": made})
        return made

    return run_in_transaction(body)


@dataclass(frozen=True)
class ResidueFix:
    contract_no: str
    installment_no: int
    amount: Decimal  # the sen settled by the rounding adjustment
    receipt_no: str


def _has_sen(amount):
    """SQL: ``amount`` (integer sen) is not a whole rupiah — "(x / 100) * 100 != x" in integer arithmetic, the same
    on SQLite and PostgreSQL."""
    return Expression(Expression(amount, "/", SQL("100")), "*", SQL("100")) != amount


def sen_residue_installments(limit: int | None = None) -> list[tuple[int, int]]:
    """(loan id, installment id) of installments of active whole-rupiah loans whose *scheduled* amount has sen
    (a schedule made before schedules were whole rupiah) and which still owe sen.  Sen that a supervisor's
    waiver or a transfer brought in are money that moved, not a schedule residue."""
    inst = Installment
    owed = (inst.principal - inst.principal_paid) + (inst.interest - inst.interest_paid - inst.interest_waived)
    query = (inst.select(inst.loan, inst.id).join(Loan)
             .where((Loan.rounding.in_(WHOLE_RUPIAH_RULES)) & (Loan.status == "active")
                    & _has_sen(inst.amount) & _has_sen(owed))
             .order_by(inst.loan, inst.no))
    if limit:
        query = query.limit(limit)
    return list(query.tuples())


def _rounding_account(actor: User) -> str:
    """The rounding-adjustment account (role ``rounding``); a chart installed before it existed gets it now."""
    code = str(chart_roles().get("rounding") or ROUNDING_ACCOUNT)
    if not Account.select().where(Account.code == code).exists():
        parent = Account.get_or_none(Account.code == "52")
        account = Account.create(code=code, name="Beban Selisih Pembulatan Angsuran", type="expense", parent=parent)
        audit.record(actor, "coa.create", "account", account.id, after={"code": code, "name": account.name,
                                                                       "type": "expense"})
    return code


def settle_sen_residues(actor: User, date: dt.date) -> list[ResidueFix]:
    """Round every whole-rupiah loan's residue away: the sen still owed on an installment is paid by a rounding
    adjustment (Dr Beban Selisih Pembulatan / Cr interest income, or the loan receivable when only principal
    is left), dated ``date``.

    Args:
        actor: who runs it (``journal.manual``: it books an expense); ``None`` only inside
            :func:`models.core.users.system_context` (the upgrade of a file made by an older version).
        date: the posting date (an open month).
    Returns:
        One :class:`ResidueFix` per installment settled.
    Raises:
        PermissionDenied; ValidationError when the month is closed.
    """
    from models.core.users import system_allowed
    from models.ledger.journals import is_closed

    if actor is not None or not system_allowed():  # the upgrade of an old file runs as the system
        require(actor, "journal.manual")
    if is_closed(date):
        raise ValidationError(FieldError("date", _("periode {month}/{year} sudah ditutup", month=f"{date.month:02d}", year=date.year)))

    def body() -> list[ResidueFix]:
        code = _rounding_account(actor)
        fixes = []
        by_loan: dict[int, list[int]] = {}
        for loan_id, inst_id in sen_residue_installments():
            by_loan.setdefault(loan_id, []).append(inst_id)
        for loan_id, inst_ids in by_loan.items():
            loan = _load_loan(loan_id)
            installments = _installments(loan)
            parts, settled = [], []
            for inst in installments:
                if inst.id not in inst_ids:
                    continue
                sen = inst.remaining - inst.remaining.to_integral_value(rounding="ROUND_FLOOR")
                take_interest = min(sen, inst.due_interest)
                if take_interest > ZERO:
                    parts.append(Part(inst.id, "interest", take_interest))
                    inst.interest_paid = D(inst.interest_paid) + take_interest
                if sen - take_interest > ZERO:
                    parts.append(Part(inst.id, "principal", sen - take_interest))
                    inst.principal_paid = D(inst.principal_paid) + sen - take_interest
                if inst.is_paid and inst.paid_on is None:
                    inst.paid_on = date
                settled.append((inst.no, sen))
            _write_installments(installments, set(inst_ids))
            _update_summary(loan, installments)
            total = sum((p.amount for p in parts), ZERO)
            payment = _record(actor, loan, kind="rounding", amount=ZERO, date=date, method="rounding",
                              reference="", idempotency_key=None, parts=parts + [Part(None, "rounding", -total)],
                              advance_change=ZERO, penalty=ZERO, waiver_rows=[],
                              description="Penyesuaian selisih pembulatan", cash_account=code)
            _close_if_paid(loan, date, actor, installments=installments)
            fixes += [ResidueFix(loan.contract_no, no, sen, payment.receipt_no) for no, sen in settled]
        return fixes

    return run_in_transaction(body)


def figures_command(args) -> int:
    """``main.py --db FILE figures apply-advances|settle-residues|seed-holidays --user USERNAME [--date D]``."""
    import sys

    from models.core.errors import DomainError
    from models.core.users import get_user

    try:
        actor = get_user(args.user)
        day = dt.date.fromisoformat(args.date) if getattr(args, "date", None) else dt.date.today()
        if args.action == "apply-advances":
            print(f"{apply_due_advances(actor, day)} advances applied on their due dates")
        elif args.action == "settle-residues":
            fixes = settle_sen_residues(actor, day)
            for fix in fixes:
                print(f"{fix.contract_no} installment {fix.installment_no}: {fix.amount} ({fix.receipt_no})")
            print(f"{len(fixes)} sen residues settled")
        else:
            from models.core.office_calendar import seed_years

            years = ([int(y) for y in args.years.split(",")] if getattr(args, "years", None)
                     else [day.year, day.year + 1])
            print(f"{seed_years(actor, years)} holidays added")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    return 0


def close_month(actor: User, year: int, month: int):
    """Month-end: apply every advance held on the due dates of the month (:func:`apply_due_advances`), then close
    the month (:func:`models.ledger.journals.close_month`, ``period.close``).  Advances are applied first, so the closed
    month's arrears, late fees and titipan are what they were on each due date (issue 13, item 3)."""
    import calendar

    from models.ledger import journals as ledger

    require(actor, "period.close")
    apply_due_advances(actor, dt.date(year, month, calendar.monthrange(year, month)[1]))
    return ledger.close_month(actor, year, month)
