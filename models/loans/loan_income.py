"""The income sub-ledger of loans: how much interest and fee income each loan has earned, what is accrued,
deferred, suspended and provided for — loan by loan, so the ledger's accounts can be proved against it.

Three tables:

* :class:`LoanIncome` — one row per loan: its income method (frozen at disbursement, so a later change of the
  office's setting never reinterprets a signed loan), the effective rate with fees and direct costs, the fees
  deferred and the direct origination costs (dealer commission or refund, survey) netted against them.
* :class:`LoanIncomeSchedule` — the amortised-cost table of :mod:`models.products.effective_interest`, one row per
  installment period (start, due date, interest income, fee amortisation, in sen).  Written once at
  disbursement so the month-end accrual is one SQL aggregate over it, never a Python loop over loans.
* :class:`LoanIncomeEntry` — append-only movements per loan, each written in the same transaction as the
  journal that moves the ledger (``journal_id``): ``accrued`` (Pendapatan Bunga Yang Masih Harus Diterima,
  1304), ``deferred`` (Pendapatan Provisi dan Administrasi Ditangguhkan, 1305, credit balance shown positive),
  ``allowance`` (Cadangan Kerugian Piutang, 1302, credit balance shown positive), ``interest_income`` and
  ``fee_income`` (what was recognised), ``suspended`` (interest reversed on non-accrual: a memo off the balance
  sheet, or the balance of Bunga Tangguhan Kredit Bermasalah, 2109 (2111 in the cooperative chart), when the office keeps a suspense account —
  :func:`nonaccrual_mode`), ``modification`` (the gain or loss a restructuring recognised, Laba (Rugi) Modifikasi
  Pinjaman 4109: :func:`plan_modification`).
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
                 "write_off", "restructure")
BALANCES = ("accrued", "deferred", "allowance", "interest_income", "fee_income", "suspended", "modification")


class LoanIncome(BaseModel):
    """A loan's income terms, frozen at disbursement (or when first met by a month-end run)."""

    loan = ForeignKeyField(Loan, unique=True, on_delete="RESTRICT", backref="+")
    method = CharField(max_length=10, default="effective")
    rate = CharField(max_length=40, default="0")  # effective rate per period with fees, exact decimal text
    fees = MoneyField(default=0)
    costs = MoneyField(default=0)  # direct origination costs deferred with the fees (dealer commission, survey)
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
    modification = MoneyField(default=0)  # modification gain (+) / loss (−) of a restructuring (PSAK 71 ¶5.4.3)
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
            raise ConflictError(_("masih ada bunga yang ditangguhkan pada pinjaman bermasalah; ubah pilihan ini "
                                  "saat tidak ada yang ditangguhkan"))
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
              installments=None, opening_interest: Decimal = ZERO, costs: Decimal = ZERO) -> LoanIncome:
    """Open a loan's income sub-ledger inside the disbursement's transaction.

    Args:
        method: ``effective`` or ``flat``.
        fees: admin + provision deferred at disbursement (rupiah; 0 under ``flat``).
        costs: direct origination costs the office paid (dealer commission or refund, survey; rupiah; 0 under
            ``flat``, where they are an expense).  They sit on the debit side of the deferred account (1305),
            netting the fees, and raise the carrying amount, so the effective rate falls (PSAK 71 ¶B5.4.1–B5.4.3:
            transaction costs are part of the effective interest rate; SAK EP the same).
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
    fees, costs = D(fees), D(costs)
    rate = ZERO
    if method == "effective" and installments:
        table = income_table(loan.principal, [D(a) for _n, _d, a in installments], fees, costs,
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
    record = LoanIncome.create(loan=loan.id, method=method, rate=format(rate, ".24f"), fees=fees, costs=costs)
    if fees or costs or opening_interest:
        LoanIncomeEntry.create(loan=loan.id, date=date, source="disbursement" if journal else "opening",
                               journal=journal, deferred=fees - costs, interest_income=D(opening_interest))
    return record


def open_legacy_loans(loan_ids: list[int], *, method: str, date: dt.date) -> int:
    """Open the sub-ledger of many loans booked before it existed, in bulk (the first month end's backfill).

    The same rows :func:`open_loan` writes for each loan (``fees = 0``: their fees already went to income; the
    interest received so far stands as recognised under ``effective``), but with a handful of statements: one
    read of the loans and one of their installments, the amortised-cost table solved once per distinct
    (principal, installments) — a portfolio of a few products repeats them — and the rows written through
    :func:`models.core.bulk.insert_rows`.  On a 10.000-loan office (``benchmarks/make_office.py``) this took the
    first month end from 42 s of per-loan work to a few seconds.

    Returns:
        The number of loans opened.
    """
    from models.core.bulk import insert_rows
    from models.loans.loans import Installment
    from models.products.effective_interest import income_table

    if not loan_ids:
        return 0
    stamp = LoanIncome.created_at.db_value(now())
    loans, by_loan = {}, {}
    for chunk in range(0, len(loan_ids), 900):
        ids = loan_ids[chunk:chunk + 900]
        loans.update({lid: (D(p) / 100, d, D(i) / 100) for lid, p, d, i in database.obj.execute_sql(
            f"SELECT id, principal, disbursed_on, interest_paid FROM loan WHERE id IN ({', '.join(map(str, ids))})")})
        for lid, no, due, amount in (Installment.select(Installment.loan, Installment.no, Installment.due_date,
                                                        Installment.amount)
                                     .where(Installment.loan.in_(ids)).order_by(Installment.loan, Installment.no)
                                     .tuples()):
            by_loan.setdefault(lid, []).append((no, due, D(amount)))
    tables: dict = {}
    income_rows, schedule_rows, entry_rows = [], [], []
    for lid in loan_ids:
        principal, disbursed, interest_paid = loans[lid]
        disbursed = disbursed if isinstance(disbursed, dt.date) else dt.date.fromisoformat(str(disbursed)[:10])
        rows = by_loan.get(lid, [])
        rate = ZERO
        if method == "effective" and rows:
            key = (principal, tuple(a for _n, _d, a in rows))
            if key not in tables:
                tables[key] = income_table(principal, list(key[1]), ZERO)
            table = tables[key]
            rate = table.rate
            start = disbursed
            for (no, due, _a), row in zip(rows, table.rows):
                due = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due))
                schedule_rows.append((lid, no, start.isoformat(), due.isoformat(), to_minor(row.interest),
                                      to_minor(row.fee)))
                start = due
        income_rows.append((lid, method, format(rate, ".24f"), 0, 0, stamp))
        if method == "effective" and interest_paid:
            entry_rows.append((lid, date.isoformat(), "opening", 0, 0, 0, to_minor(interest_paid), 0, 0, 0, stamp))
    insert_rows(LoanIncomeSchedule, ("loan_id", "no", "start_date", "due_date", "interest", "fee"), schedule_rows)
    insert_rows(LoanIncome, ("loan_id", "method", "rate", "fees", "costs", "created_at"), income_rows)
    insert_rows(LoanIncomeEntry, ("loan_id", "date", "source", "accrued", "deferred", "allowance", "interest_income",
                                  "fee_income", "suspended", "modification", "created_at"), entry_rows)
    return len(loan_ids)


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


def for_payment(loan: Loan, interest: Decimal, date: dt.date, closing: bool,
                principal: Decimal = ZERO, owed_before: Decimal | None = None) -> PaymentIncome | None:
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

    * ``flat`` loan holding capitalised interest from a restructuring (deferred, 1305): the share of it in the
      principal this payment collects becomes interest income (``capitalised_interest_release``: Dr 1305 /
      Cr 4101), ``deferred × principal ÷ principal owed before the payment``; the closing payment releases the
      rest (income on the flat basis is what was received: POJK 40/2019 practice for capitalised interest).

    Args:
        principal: the principal part of the payment (rupiah), for the flat release above; ``owed_before``:
            the principal owed before it (default: the loan's outstanding principal + ``principal``).
    Returns:
        ``None`` for a ``flat`` loan or one booked before the sub-ledger (the payment posts as it always did),
        except for the capitalised-interest release above and when the payment closes a ``flat`` loan that holds
        an allowance: the allowance is released with it (the month end no longer looks at a settled loan).
    """
    from models.loans.snapshots import accruing_at

    if method_of(loan.id) != "effective":
        bal = balances(loan.id)
        held = bal["allowance"] if closing else ZERO
        deferred = max(bal["deferred"], ZERO)
        release = ZERO
        if deferred and closing:
            release = deferred
        elif deferred and D(principal) > ZERO:
            if owed_before is None:
                owed_before = D(loan.outstanding_principal) + D(principal)
            owed_before = D(owed_before)
            release = min(deferred, (deferred * D(principal) / owed_before).quantize(D("0.01"))) \
                if owed_before > ZERO else ZERO
        if held <= ZERO and release <= ZERO:
            return None
        entry = {c: ZERO for c in BALANCES}
        entry["allowance"] = -held
        entry["deferred"] = -release
        entry["interest_income"] = release
        return PaymentIncome([("installment_interest", D(interest)), ("capitalised_interest_release", release),
                              ("loss_allowance_release", held)], entry)
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


# ----------------------------------------------------------------------------------------- restructuring
@dataclass(frozen=True)
class Modification:
    """What a restructuring does to an effective-interest loan's income sub-ledger (rupiah, to the sen).

    Attributes:
        gross_before: the gross carrying amount under the old cash flows at the effective date (principal owed
            after the restructuring's own movements + interest earned to date and not received − fees and costs
            not yet amortised), as the loan's amortised-cost table has it on that day.
        gross_after: the new cash flows (the new installments) discounted at the loan's ORIGINAL effective rate.
        result: ``gross_after − gross_before``: the modification gain (> 0) or loss (< 0), recognised in profit
            or loss now (PSAK 71 ¶5.4.3).
        capitalised: overdue interest moved from accrued interest receivable into principal.
        events: the journal events (``interest_capitalised``, ``modification_gain``/``_loss``).
        entry: the sub-ledger entry written with that journal.
        rows: the loan's new amortised-cost rows from the effective date (``(start, due, interest, fee)``).
    """

    gross_before: Decimal
    gross_after: Decimal
    result: Decimal
    capitalised: Decimal
    events: tuple
    entry: dict
    rows: tuple


def income_to_date(loan_id: int, as_of: dt.date) -> tuple[Decimal, Decimal]:
    """(interest, fee) income the loan's amortised-cost table has earned by ``as_of`` (rupiah): whole periods
    due by then plus the running period pro rata by days (:func:`models.products.effective_interest.prorated`,
    the month end's own arithmetic, so the two agree to the sen)."""
    from models.products.effective_interest import prorated

    s = LoanIncomeSchedule
    interest = fee = ZERO
    for start, due, i, f in (s.select(s.start_date, s.due_date, s.interest, s.fee)
                             .where((s.loan == loan_id) & (s.start_date < as_of)).tuples()):
        interest += prorated(D(i), start, due, as_of)
        fee += prorated(D(f), start, due, as_of)
    return interest, fee


def plan_modification(loan_id: int, date: dt.date, principal: Decimal, flows, capitalised: Decimal = ZERO
                      ) -> Modification | None:
    """How a restructuring that keeps the loan on the book settles and re-bases its income sub-ledger.

    PSAK 71 ¶5.4.3 (SAK EP the same for BPR and cooperatives): a renegotiation that does not derecognise the
    loan recalculates its gross carrying amount as the present value of the renegotiated cash flows discounted
    at the ORIGINAL effective interest rate, and recognises the difference as a modification gain or loss in
    profit or loss; costs and fees left keep being amortised over the remaining term (¶B5.4.6 practice).  So:

    1. What the old table earned up to ``date`` (:func:`income_to_date`) stands; the month end brings income
       up to it as usual (a non-accrual loan's part stays suspended until it cures or pays).
    2. Capitalised overdue interest (``capitalised``) was earned interest not yet received: it moves from
       accrued interest receivable into principal (Dr 1301 / Cr 1304, event ``interest_capitalised``).
    3. ``gross_before`` = principal after the restructuring + accrued earned to date − deferred left to date
       (both as the table has them on ``date``); ``gross_after`` = the new installments discounted at the
       original rate (one period each, the first one period after ``date``).
    4. The result goes to profit or loss against the deferred account, which is the loan's unamortised
       premium or discount: gain Dr 1305 / Cr 4109, loss Dr 4109 / Cr 1305.
    5. From ``date`` on, a new amortised-cost table at the original rate (its ``fee`` line amortises what is left
       deferred, the result included; its ``interest`` line brings accrued interest back to zero as the new
       installments are paid), so payoff or write-off settles only what the customer did differently.

    Args:
        principal: principal owed after the restructuring (capitalised interest added, partial prepayment
            deducted; rupiah).
        flows: the new installments ``[(due_date, amount)]``.
    Returns:
        :class:`Modification`, or ``None`` for a ``flat`` loan, a loan booked before the sub-ledger, or one
        without an effective rate (their income is the interest received: nothing to re-base).
    """
    from decimal import localcontext

    from models.products.effective_interest import income_table

    record = LoanIncome.get_or_none(LoanIncome.loan == loan_id)
    if record is None or record.method != "effective" or not flows:
        return None
    rate = D(record.rate)
    if rate == ZERO:
        return None
    bal = balances(loan_id)
    earned_interest, earned_fee = income_to_date(loan_id, date)
    suspended_in_ledger = bal["suspended"] if nonaccrual_mode() == "suspense" else ZERO
    # As the table has them on the effective date (what the month end would hold had it run that day).
    accrued = bal["accrued"] + earned_interest - bal["interest_income"] - suspended_in_ledger - D(capitalised)
    deferred = bal["deferred"] - (earned_fee - bal["fee_income"])
    principal = D(principal)
    gross_before = principal + accrued - deferred
    amounts = [D(a) for _d, a in flows]
    with localcontext() as ctx:
        ctx.prec = 40
        gross_after = sum((a / (1 + rate) ** k for k, a in enumerate(amounts, start=1)), ZERO)
    gross_after = gross_after.quantize(D("0.01"))
    result = gross_after - gross_before
    table = income_table(principal + accrued, amounts, deferred - result,
                         due_dates=[d for d, _a in flows], start=date)
    events = [("interest_capitalised", D(capitalised))]
    events.append(("modification_gain", result) if result > ZERO else ("modification_loss", -result))
    entry = {c: ZERO for c in BALANCES}
    entry["accrued"] = -D(capitalised)
    entry["deferred"] = -result
    entry["modification"] = result
    rows = tuple((r.start, r.due, r.interest, r.fee) for r in table.rows)
    return Modification(gross_before, gross_after, result, D(capitalised), tuple(events), entry, rows)


def apply_modification(loan_id: int, date: dt.date, plan: Modification, journal: Journal | None) -> None:
    """Write a restructuring's :class:`Modification` inside its transaction: the entry (with the journal that
    posted its events), the old amortised-cost table cut at ``date`` (the running period ends there with what it
    earned by then) and the new table's rows after it."""
    from models.products.effective_interest import prorated

    s = LoanIncomeSchedule
    write_entry(loan_id, date, "restructure", journal, plan.entry)
    s.delete().where((s.loan == loan_id) & (s.start_date >= date)).execute()
    for row in s.select().where((s.loan == loan_id) & (s.start_date < date) & (s.due_date > date)):
        s.update(due_date=date, interest=prorated(D(row.interest), row.start_date, row.due_date, date),
                 fee=prorated(D(row.fee), row.start_date, row.due_date, date)).where(s.id == row.id).execute()
    last = s.select(fn.MAX(s.no)).where(s.loan == loan_id).scalar() or 0
    database.obj.cursor().executemany(
        "INSERT INTO loan_income_schedule (loan_id, no, start_date, due_date, interest, fee) "
        "VALUES (?, ?, ?, ?, ?, ?)".replace("?", database.obj.param),
        [(loan_id, last + k, start.isoformat(), due.isoformat(), to_minor(i), to_minor(f))
         for k, (start, due, i, f) in enumerate(plan.rows, start=1)])


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
    """Add the accounts month-end accounting needs (1304, 1305, 2109, 4107, and 4109 for a restructuring's
    modification result, of the shipped chart) to an office whose chart was installed before them; existing
    accounts are left alone.  Returns how many were created."""
    from models.ledger.chart import Account, _office_kind
    from models.ledger.posting_rules import chart_for_kind

    chart = chart_for_kind(_office_kind())
    wanted = {chart["roles"].get(role) for role in ("accrued_interest", "deferred_fees", "interest_suspense")}
    wanted |= {rule[side] for event, rule in chart["posting_rules"].items()
               if event in ("fee_amortisation", "modification_gain", "modification_loss", "direct_cost_expense")
               and rule for side in ("debit", "credit")}
    existing = {a.code: a for a in Account.select()}
    created = 0
    for row in chart["accounts"]:
        if row["code"] in wanted and row["code"] not in existing:
            parent = existing.get(row.get("parent"))
            existing[row["code"]] = Account.create(code=row["code"], name=row["name"], type=row["type"],
                                                   parent=parent, is_control=bool(row.get("control", False)))
            created += 1
    return created
