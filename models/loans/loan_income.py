"""The income sub-ledger of loans: how much interest and fee income each loan has earned, what is accrued,
deferred, suspended and provided for — loan by loan, so the ledger's accounts can be proved against it.

Three tables:

* :class:`LoanIncome` — one row per loan: its income method (frozen at disbursement, so a later change of the
  office's setting never reinterprets a signed loan), the effective rate with fees, and the fees deferred.
* :class:`LoanIncomeSchedule` — the amortised-cost table of :mod:`models.products.effective_interest`, one row per
  installment period (start, due date, interest income, fee amortisation, in sen).  Written once at
  disbursement so the month-end accrual is one SQL aggregate over it, never a Python loop over loans.
* :class:`LoanIncomeEntry` — append-only movements per loan, each written in the same transaction as the
  journal that moves the ledger (``journal_id``): ``accrued`` (Pendapatan Bunga Yang Masih Harus Diterima,
  1304), ``deferred`` (Pendapatan Provisi dan Administrasi Ditangguhkan, 1305, credit balance shown positive),
  ``allowance`` (Cadangan Kerugian Piutang, 1302, credit balance shown positive), ``interest_income`` and
  ``fee_income`` (what was recognised), ``suspended`` (interest reversed on non-accrual: a memo off the balance
  sheet, or the balance of Bunga Tangguhan Kredit Bermasalah, 2109 (2111 in the cooperative chart), when the office keeps a suspense account —
  :func:`nonaccrual_mode`).
  ``main.py check`` proves 1304, 1305 and 1302 equal the sums of their columns (:mod:`models.accounting.month_end_checks`).

Income methods (setting ``accounting.income_method``; the office kind picks the default):

* ``effective`` — multifinance (PSAK 71) and BPR (SAK EP): fees are deferred at disbursement (Dr Kas / Cr 1305),
  the month end accrues interest at the effective rate (Dr 1304 / Cr 4101) and amortises fees (Dr 1305 /
  Cr 4107); the interest part of a payment, as the customer's flat split shows it, clears accrued interest
  receivable (Dr Kas / Cr 1304).  On payoff the unamortised fee goes to income and the accrued balance is
  trued up to what was actually received, so income over the life = interest received + fees, exactly.
* ``flat`` — a small cooperative reporting on a simpler basis: fees are income at disbursement and interest is
  income when received, split by the flat table (what Angsur always did).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, fn

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, database
from models.core.errors import FieldError, ValidationError
from models.core.money import ZERO, D, MoneyField, from_minor, to_minor
from models.ledger.journals import Journal
from models.loans.loans import Loan
from models.core.texts import _

INCOME_METHODS = ("effective", "flat")
INCOME_METHOD_LABELS = {"effective": "Suku bunga efektif (PSAK 71 / SAK EP)",
                        "flat": "Pembagian flat saat diterima (koperasi kecil)"}
METHOD_SETTING = "accounting.income_method"
KIND_METHODS = {"leasing": "effective", "multifinance": "effective", "bpr": "effective", "koperasi": "flat"}
ENTRY_SOURCES = ("disbursement", "opening", "accrual", "nonaccrual", "payment", "reversal", "allowance",
                 "write_off")
BALANCES = ("accrued", "deferred", "allowance", "interest_income", "fee_income", "suspended")


class LoanIncome(BaseModel):
    """A loan's income terms, frozen at disbursement (or when first met by a month-end run)."""

    loan = ForeignKeyField(Loan, unique=True, on_delete="RESTRICT", backref="+")
    method = CharField(max_length=10, default="effective")
    rate = CharField(max_length=40, default="0")  # effective rate per period with fees, exact decimal text
    fees = MoneyField(default=0)
    created_at = DateTimeField(default=now)


class LoanIncomeSchedule(BaseModel):
    """One period of a loan's amortised-cost table (sen): income earned between ``start_date`` and ``due_date``."""

    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+")
    no = IntegerField()
    start_date = DateField()
    due_date = DateField()
    interest = MoneyField(default=0)
    fee = MoneyField(default=0)

    class Meta:
        table_name = "loan_income_schedule"
        indexes = ((("loan", "no"), True),)


class LoanIncomeEntry(BaseModel):
    """A movement of a loan's income sub-ledger (signed sen; see the module docstring)."""

    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+")
    date = DateField()
    source = CharField(max_length=16)
    journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    accrued = MoneyField(default=0)
    deferred = MoneyField(default=0)
    allowance = MoneyField(default=0)
    interest_income = MoneyField(default=0)
    fee_income = MoneyField(default=0)
    suspended = MoneyField(default=0)
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "loan_income_entry"
        indexes = ((("loan", "date"), False),)


# ------------------------------------------------------------------------------------------------ method
def default_method(kind: str) -> str:
    """Effective interest for multifinance and BPR; the flat split for a cooperative."""
    return KIND_METHODS.get(kind, "effective")


def income_method() -> str:
    """The office's income method for new loans (setting ``accounting.income_method``, else by office kind)."""
    from models.core.office import Office, get_setting

    chosen = get_setting(METHOD_SETTING, "")
    if chosen in INCOME_METHODS:
        return chosen
    office = Office.select(Office.kind).order_by(Office.id).first()
    return default_method(office.kind if office is not None else "leasing")


def set_income_method(actor, method: str) -> str:
    """Choose the income method for loans disbursed from now on (``settings.edit``; audited).

    Loans already disbursed keep the method they were booked with (their fees were already deferred, or
    already income).
    Raises:
        ValidationError: an unknown method.  PermissionDenied.
    """
    from models.core.db import run_in_transaction
    from models.core.office import put_setting
    from models.core.users import require

    require(actor, "settings.edit")
    if method not in INCOME_METHODS:
        raise ValidationError(FieldError("income_method", _("metode pendapatan tidak dikenal: {method}",
                                                                  method=repr(method))))

    def body() -> str:
        before = income_method()
        put_setting(METHOD_SETTING, method)
        audit.record(actor, "settings.income_method", "setting", METHOD_SETTING, before={"method": before},
                     after={"method": method})
        return method

    return run_in_transaction(body)


NONACCRUAL_MODES = ("off_balance", "suspense")
NONACCRUAL_LABELS = {"off_balance": "Dikeluarkan dari neraca (catatan)",
                     "suspense": "Rekening bunga tangguhan (2109)"}
NONACCRUAL_SETTING = "accounting.nonaccrual"


def nonaccrual_mode() -> str:
    """Where interest reversed on non-accrual goes (setting ``accounting.nonaccrual``): ``off_balance`` (out of
    the receivable, kept as a memo; the default) or ``suspense`` (the receivable stays, the interest moves from
    income to Bunga Tangguhan Kredit Bermasalah, 2109)."""
    from models.core.office import get_setting

    chosen = get_setting(NONACCRUAL_SETTING, "")
    return chosen if chosen in NONACCRUAL_MODES else "off_balance"


def set_nonaccrual_mode(actor, mode: str) -> str:
    """Choose where non-accrual interest goes (``settings.edit``; audited).

    Raises:
        ValidationError: an unknown mode.
        ConflictError: interest is suspended on some loan now (the ledger and the memo would part ways): switch
            when no loan is non-accrual, e.g. before the first month end.
    """
    from models.core.db import run_in_transaction
    from models.core.errors import ConflictError
    from models.core.office import put_setting
    from models.core.users import require

    require(actor, "settings.edit")
    if mode not in NONACCRUAL_MODES:
        raise ValidationError(FieldError("nonaccrual", _("pilihan tidak dikenal: {mode}", mode=repr(mode))))

    def body() -> str:
        before = nonaccrual_mode()
        if mode != before and totals()["suspended"] != ZERO:
            raise ConflictError("masih ada bunga yang ditangguhkan pada pinjaman bermasalah; ubah pilihan ini "
                                "saat tidak ada yang ditangguhkan")
        put_setting(NONACCRUAL_SETTING, mode)
        audit.record(actor, "settings.nonaccrual", "setting", NONACCRUAL_SETTING, before={"mode": before},
                     after={"mode": mode})
        return mode

    return run_in_transaction(body)


def settle(accrued: Decimal, suspended: Decimal, deferred: Decimal, mode: str) -> tuple[list, dict]:
    """Events and entry that bring a closing loan's accrued, suspended and deferred balances to zero.

    * deferred fee left → income (``fee_amortisation``);
    * under ``suspense``, the suspended interest is cleared against the receivable it sits beside
      (``interest_suspense_clear``: Dr 2109 / Cr 1304, no income effect);
    * the accrued interest left is trued up to what was received: reversed out of income when positive
      (interest waived), recognised when negative (received ahead).
    """
    events: list = []
    entry = {c: ZERO for c in BALANCES}
    if mode == "suspense" and suspended > ZERO:
        events.append(("interest_suspense_clear", suspended))
        entry["accrued"] -= suspended
        accrued -= suspended
    entry["suspended"] -= suspended
    if accrued > ZERO:
        events.append(("interest_accrual_reversal", accrued))
    elif accrued < ZERO:
        events.append(("interest_accrual", -accrued))
    entry["accrued"] -= accrued
    entry["interest_income"] -= accrued
    if deferred > ZERO:
        events.append(("fee_amortisation", deferred))
    elif deferred < ZERO:
        events.append(("fee_amortisation_reversal", -deferred))
    entry["deferred"] -= deferred
    entry["fee_income"] += deferred
    return events, entry


def method_of(loan_id: int) -> str | None:
    """The loan's frozen income method, or ``None`` for a loan booked before this sub-ledger existed."""
    return LoanIncome.select(LoanIncome.method).where(LoanIncome.loan == loan_id).scalar()


# ----------------------------------------------------------------------------------------- disbursement
def open_loan(loan: Loan, *, method: str, fees: Decimal, date: dt.date, journal: Journal | None,
              installments=None, opening_interest: Decimal = ZERO) -> LoanIncome:
    """Open a loan's income sub-ledger inside the disbursement's transaction.

    Args:
        method: ``effective`` or ``flat``.
        fees: admin + provision deferred at disbursement (rupiah; 0 under ``flat``).
        installments: ``[(no, due_date, installment_amount)]``; default: the loan's installment rows.
        journal: the disbursement journal that credited the deferred-fee account.
        opening_interest: interest already recognised in income before the sub-ledger existed (backfill).
    Returns:
        The :class:`LoanIncome` row.
    """
    from models.loans.loans import Installment
    from models.products.effective_interest import income_table

    if installments is None:
        installments = list(Installment.select(Installment.no, Installment.due_date, Installment.amount)
                            .where(Installment.loan == loan.id).order_by(Installment.no).tuples())
    fees = D(fees)
    rate = ZERO
    if method == "effective" and installments:
        table = income_table(loan.principal, [D(a) for _n, _d, a in installments], fees,
                             due_dates=[d for _n, d, _a in installments], start=loan.disbursed_on)
        rate = table.rate
        rows, start = [], loan.disbursed_on
        for (no, due, _amount), row in zip(installments, table.rows):
            due = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due))
            rows.append((loan.id, no, start.isoformat(), due.isoformat(), to_minor(row.interest), to_minor(row.fee)))
            start = due
        database.obj.cursor().executemany(
            "INSERT INTO loan_income_schedule (loan_id, no, start_date, due_date, interest, fee) "
            "VALUES (?, ?, ?, ?, ?, ?)".replace("?", database.obj.param), rows)
    # The rate is kept to 24 decimals (documentation only: the schedule rows carry the amounts).
    record = LoanIncome.create(loan=loan.id, method=method, rate=format(rate, ".24f"), fees=fees)
    if fees or opening_interest:
        LoanIncomeEntry.create(loan=loan.id, date=date, source="disbursement" if journal else "opening",
                               journal=journal, deferred=fees, interest_income=D(opening_interest))
    return record


# ---------------------------------------------------------------------------------------------- balances
def balances(loan_id: int, as_of: dt.date | None = None) -> dict[str, Decimal]:
    """The loan's sub-ledger balances (rupiah) from its entries dated up to ``as_of`` (default: all)."""
    e = LoanIncomeEntry
    query = e.select(*[fn.COALESCE(fn.SUM(getattr(e, c)), 0) for c in BALANCES]).where(e.loan == loan_id)
    if as_of is not None:
        query = query.where(e.date <= as_of)
    return {c: from_minor(v) for c, v in zip(BALANCES, query.tuples().get())}


def totals() -> dict[str, Decimal]:
    """Portfolio totals of every sub-ledger column (rupiah), for ``check`` and the month-end screen."""
    e = LoanIncomeEntry
    row = e.select(*[fn.COALESCE(fn.SUM(getattr(e, c)), 0) for c in BALANCES]).tuples().get()
    return {c: from_minor(v) for c, v in zip(BALANCES, row)}


# ---------------------------------------------------------------------------------------------- payments
@dataclass
class PaymentIncome:
    """What a payment does to the income sub-ledger: the journal events and the entry to write with it."""

    events: list
    entry: dict


def for_payment(loan: Loan, interest: Decimal, date: dt.date, closing: bool) -> PaymentIncome | None:
    """How the interest part of a payment is booked, and what a closing payment settles.

    * ``effective`` and accruing: the interest the customer's flat split shows clears accrued interest
      receivable (event ``accrued_interest_payment``: Dr Kas / Cr 1304).
    * ``effective`` and non-accrual (class 3–5 at the last month end): interest is income when collected —
      off balance sheet (default): ``installment_interest`` (Cr 4101) and the suspended memo shrinks by it;
      suspense account: the receivable is cleared (Cr 1304) and the suspended interest it covers is released
      to income (``interest_suspense_release``: Dr 2109 / Cr 4101).
    * On the payment that closes the loan (paid off or settled early), every balance is settled in the same
      journal: the unamortised fee to income (Dr 1305 / Cr 4107), the accrued balance trued up to what was
      received (interest waived on payoff comes out of income), the allowance released (Dr 1302 / Cr 5106).

    Returns:
        ``None`` for a ``flat`` loan or one booked before the sub-ledger (the payment posts as it always did).
    """
    from models.loans.snapshots import accruing_at

    if method_of(loan.id) != "effective":
        return None
    interest = D(interest)
    accruing = accruing_at(loan.id, date)
    mode = nonaccrual_mode()
    bal = balances(loan.id)
    events: list = []
    entry = {c: ZERO for c in BALANCES}
    if accruing:
        events.append(("accrued_interest_payment", interest))
        entry["accrued"] -= interest
    elif mode == "suspense":
        # The receivable is cleared; the suspended interest it covers becomes income now that it is collected.
        released = min(max(bal["suspended"], ZERO), interest)
        events += [("accrued_interest_payment", interest), ("interest_suspense_release", released)]
        entry["accrued"] -= interest
        entry["suspended"] -= released
        entry["interest_income"] += released
    else:
        events.append(("installment_interest", interest))
        entry["interest_income"] += interest
        entry["suspended"] -= min(max(bal["suspended"], ZERO), interest)
    if closing:
        settle_events, settle_entry = settle(bal["accrued"] + entry["accrued"], bal["suspended"] + entry["suspended"],
                                             bal["deferred"], mode)
        events += settle_events
        for column, amount in settle_entry.items():
            entry[column] += amount
        if bal["allowance"] > ZERO:
            events.append(("loss_allowance_release", bal["allowance"]))
        entry["allowance"] -= bal["allowance"]
    return PaymentIncome(events, entry)


def write_entry(loan_id: int, date: dt.date, source: str, journal: Journal | None, entry: dict) -> None:
    """Append one entry (skipped when every amount is zero)."""
    if not any(D(entry.get(c, 0)) for c in BALANCES):
        return
    LoanIncomeEntry.create(loan=loan_id, date=date, source=source, journal=journal,
                           **{c: D(entry.get(c, 0)) for c in BALANCES})


def reverse_entries(journal: Journal, reversal: Journal, date: dt.date) -> int:
    """Mirror the entries written with ``journal`` (a reversed payment), dated ``date``; returns how many."""
    rows = list(LoanIncomeEntry.select().where(LoanIncomeEntry.journal == journal.id))
    for row in rows:
        LoanIncomeEntry.create(loan=row.loan_id, date=date, source="reversal", journal=reversal,
                               **{c: -D(getattr(row, c)) for c in BALANCES})
    return len(rows)


def ensure_accounts() -> int:
    """Add the accounts month-end accounting needs (1304, 1305, 2109, 4107 of the shipped chart) to an office whose
    chart was installed before them; existing accounts are left alone.  Returns how many were created."""
    from models.ledger.chart import Account, _office_kind
    from models.ledger.posting_rules import chart_for_kind

    chart = chart_for_kind(_office_kind())
    wanted = {chart["roles"].get(role) for role in ("accrued_interest", "deferred_fees", "interest_suspense")}
    wanted |= {rule["credit"] for event, rule in chart["posting_rules"].items()
               if event == "fee_amortisation" and rule}
    existing = {a.code: a for a in Account.select()}
    created = 0
    for row in chart["accounts"]:
        if row["code"] in wanted and row["code"] not in existing:
            parent = existing.get(row.get("parent"))
            existing[row["code"]] = Account.create(code=row["code"], name=row["name"], type=row["type"],
                                                   parent=parent, is_control=bool(row.get("control", False)))
            created += 1
    return created
