"""Time deposits (simpanan berjangka): a term, an agreed rate, monthly interest into the member's sukarela
account, maturity with rollover or payout, and a penalty for breaking early.

A deposit is a :class:`models.savings.savings.SavingsAccount` of a ``berjangka`` product whose balance is the principal.
Its interest is credited by the month-end run (:func:`models.savings.savings.credit_monthly_interest`): principal ×
rate × days held in the month ÷ 365 (opening day counted, payout day not), taxed with the member's other
savings interest (PP 15/2009), into the sukarela account named on the deposit (DOMAIN.md: time deposits pay
monthly interest into sukarela).

At maturity the deposit either rolls over for another term at the rate then agreed (``rollover``) or is paid out
(``payout``); the interest of the last month still arrives with that month's run.  Broken early
(:func:`break_early`), it pays the principal less the product's penalty — a % of the principal or of the
interest already paid, as the cooperative's bylaws say — and the interest of the broken month is forfeited.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.core import audit
from models.core.db import run_in_transaction
from models.core.errors import DomainError, FieldError, ValidationError
from models.core.money import ZERO, D, format_rupiah
from models.core.users import User, require
from models.customers.customers import Customer
from models.ledger.chart import Line
from models.ledger.journals import post_event, post_journal
from models.savings.savings import (
    Member,
    SavingsAccount,
    SavingsProduct,
    TxnResult,
    _add_months,
    _approval,
    _cash_account,
    _check_date,
    _load_account,
    _money,
    _open,
    _receipt,
    _run_once,
    _write_txn,
    account_of,
    product_mapping,
    validate_withdrawal,
)
from models.savings.savings_interest import early_break_penalty
from models.core.texts import _

ON_MATURITY = ("rollover", "payout")
ON_MATURITY_LABELS = {"rollover": "Diperpanjang otomatis (ARO)", "payout": "Dicairkan"}


def open_time_deposit(actor: User, member: Member, product: SavingsProduct, amount, date: dt.date, *,
                      on_maturity: str = "payout", term_months: int | None = None, rate=None,
                      method: str = "cash", from_account: SavingsAccount | None = None,
                      approved_by: User | None = None, idempotency_key: str | None = None) -> TxnResult:
    """Place a time deposit (bilyet simpanan berjangka) for an active member.

    Args:
        actor: ``savings.post``.
        product: a ``berjangka`` product (term, rate and penalty come from it unless agreed otherwise).
        amount: the principal (rupiah, > 0).
        on_maturity: ``payout`` or ``rollover`` (ARO).
        term_months, rate: the agreed term and rate (% a year); default: the product's.
        method: ``cash``/``transfer`` when the member brings the money; or ``from_account``: the member's
            sukarela account it is moved from (withdrawal rules and approval limit apply).
    Returns:
        :class:`models.savings.savings.TxnResult` of the placement; ``extra["account_id"]`` is the new deposit.
    Raises:
        ValidationError, DomainError: nothing was written.
    """
    require(actor, "savings.post")
    amount = _money(amount, "amount")

    def body():
        errors: list[FieldError] = []
        m = Member.get_by_id(member.id)
        if product.kind != "berjangka":
            errors.append(FieldError("product", _("{code} bukan produk simpanan berjangka", code=product.code)))
        if m.status != "active":
            errors.append(FieldError("member", _("anggota {member_no} tidak aktif", member_no=m.member_no)))
        if amount <= ZERO:
            errors.append(FieldError("amount", _("pokok simpanan berjangka harus lebih dari nol")))
        if on_maturity not in ON_MATURITY:
            errors.append(FieldError("on_maturity", _("saat jatuh tempo: diperpanjang (rollover) atau dicairkan")))
        term = int(term_months or product.term_months or 0)
        if term <= 0:
            errors.append(FieldError("term_months", _("jangka waktu harus lebih dari nol bulan")))
        agreed = D(rate) if rate is not None else D(product.rate)
        if agreed < ZERO:
            errors.append(FieldError("rate", _("suku jasa tidak boleh negatif")))
        payout_to = account_of(m, "sukarela")
        if payout_to is None:
            errors.append(FieldError("member", _("anggota belum punya rekening simpanan sukarela untuk menerima jasa")))
        _check_date(date, errors)
        source = None
        if from_account is not None:
            source = _load_account(from_account.id)
            if source.member_id != m.id:
                errors.append(FieldError("from_account", _("dana harus dari rekening anggota sendiri")))
            errors += validate_withdrawal(source, amount, date)
        if errors:
            raise ValidationError(errors)
        branch_id = Customer.get_by_id(m.customer_id).branch_id
        acct = _open(actor, m, product, date, branch_id, rate=agreed, term_months=term,
                     maturity_date=_add_months(date, term), on_maturity=on_maturity, interest_account=payout_to.id)
        acct = _load_account(acct.id)
        receipt = _receipt(acct, date)
        if source is not None:
            _approval(actor, approved_by, amount, source.product, "Pemindahan ke simpanan berjangka")
            journal = post_journal(actor, date, f"Penempatan simpanan berjangka {acct.number} dari {source.number} "
                                                f"bukti {receipt}", "savings",
                                   [Line(source.product.account_code, debit=amount, customer_id=m.customer_id),
                                    Line(product.account_code, credit=amount, customer_id=m.customer_id)],
                                   reference=receipt, branch=branch_id, _allow_control=True)
            out = _write_txn(actor, source, "transfer_out", -amount, date, receipt_no=receipt, journal=journal,
                             memo=f"ke berjangka {acct.number}", approved_by=approved_by)
            txn = _write_txn(actor, acct, "transfer_in", amount, date, receipt_no=receipt, journal=journal,
                             memo=f"dari {source.number}", counterpart=out.id)
        else:
            journal = post_event(actor, [("savings_deposit", amount)], product_mapping(product), date=date,
                                 description=f"Penempatan simpanan berjangka {acct.number} kwitansi {receipt}",
                                 source="savings", reference=receipt, customer_id=m.customer_id,
                                 cash_account=_cash_account(method), branch=branch_id)
            txn = _write_txn(actor, acct, "deposit", amount, date, receipt_no=receipt, journal=journal,
                             method=method)
        audit.record(actor, "savings.time_deposit.open", "savings_account", acct.id,
                     after={"number": acct.number, "amount": amount, "rate": agreed, "term": term,
                            "maturity": acct.maturity_date, "on_maturity": on_maturity, "receipt_no": receipt})
        return TxnResult(txn.id, receipt, acct.number, amount, D(txn.balance_after), extra={"account_id": acct.id})

    return _run_once(idempotency_key, "savings.time_deposit", body)


def mature(actor: User, account: SavingsAccount, date: dt.date, *, method: str = "cash",
           new_rate=None, approved_by: User | None = None) -> TxnResult | SavingsAccount:
    """Handle a deposit that has reached its maturity date, as agreed on it.

    ``rollover``: a new term starts at the maturity date (at ``new_rate`` if the cooperative changed its rate);
    nothing is paid and interest keeps coming monthly.  ``payout``: the principal is paid out (cash or bank) and
    the deposit closes; the interest of its last days arrives with the month's run.

    Returns:
        The rolled-over :class:`SavingsAccount`, or the payout's :class:`TxnResult`.
    Raises:
        DomainError: not yet mature (use :func:`break_early`).
    """
    require(actor, "savings.post")

    def body():
        acct = _load_account(account.id)
        if acct.product.kind != "berjangka" or acct.status != "active":
            raise DomainError(_("{number} bukan simpanan berjangka yang aktif", number=acct.number))
        if date < acct.maturity_date:
            raise DomainError(_("simpanan berjangka {number} baru jatuh tempo {maturity}; sebelum itu hanya bisa "
                                "dicairkan dengan penalti", number=acct.number,
                                maturity=f"{acct.maturity_date:%d/%m/%Y}"))
        if acct.on_maturity == "rollover":
            new_maturity = _add_months(acct.maturity_date, acct.term_months)
            values = dict(maturity_date=new_maturity)
            if new_rate is not None:
                values["rate"] = D(new_rate)
            SavingsAccount.update(**values).where(SavingsAccount.id == acct.id).execute()
            audit.record(actor, "savings.time_deposit.rollover", "savings_account", acct.id,
                         before={"maturity": acct.maturity_date}, after={"maturity": new_maturity,
                                                                         "rate": values.get("rate", acct.rate)})
            return SavingsAccount.get_by_id(acct.id)
        amount = D(acct.balance)
        errors = validate_withdrawal(acct, amount, date, method, settling=True)
        if errors:
            raise ValidationError(errors)
        _approval(actor, approved_by, amount, acct.product, "Pencairan simpanan berjangka")
        receipt = _receipt(acct, date)
        journal = post_event(actor, [("savings_withdrawal", amount)], product_mapping(acct.product), date=date,
                             description=f"Pencairan simpanan berjangka {acct.number} jatuh tempo bukti {receipt}",
                             source="savings", reference=receipt, customer_id=acct.member.customer_id,
                             cash_account=_cash_account(method), branch=acct.branch_id)
        txn = _write_txn(actor, acct, "withdrawal", -amount, date, receipt_no=receipt, journal=journal,
                         method=method, memo="jatuh tempo", approved_by=approved_by)
        SavingsAccount.update(status="closed", closed_on=date).where(SavingsAccount.id == acct.id).execute()
        audit.record(actor, "savings.time_deposit.payout", "savings_account", acct.id,
                     after={"amount": amount, "receipt_no": receipt})
        return TxnResult(txn.id, receipt, acct.number, amount, ZERO)

    return run_in_transaction(body)


def break_quote(account: SavingsAccount) -> tuple[Decimal, Decimal]:
    """(penalty, net paid out) if the deposit were broken now: the product's penalty setting
    (:func:`models.savings.savings_interest.early_break_penalty`)."""
    acct = _load_account(account.id)
    principal = D(acct.balance)
    penalty = early_break_penalty(acct.product.penalty_kind, D(acct.product.penalty_rate), principal,
                                  interest_paid_on(acct))
    return penalty, principal - penalty


def interest_paid_on(account: SavingsAccount) -> Decimal:
    """Interest this deposit has earned so far (credited into sukarela by the month-end runs; rupiah)."""
    return D(SavingsAccount.get_by_id(account.id).interest_paid)


def break_early(actor: User, account: SavingsAccount, date: dt.date, reason: str, *, method: str = "cash",
                approved_by: User) -> TxnResult:
    """Break a time deposit before maturity (pencairan sebelum jatuh tempo), approved by a second person.

    The principal less the penalty is paid out; the penalty is the cooperative's income (debit the deposit
    account, credit Pendapatan Penalti); the broken month earns no interest.

    Returns:
        :class:`TxnResult` of the payout; ``extra["penalty"]`` is the penalty.
    """
    require(actor, "savings.post")
    require(approved_by, "savings.approve")
    if not (reason or "").strip():
        raise ValidationError(FieldError("reason", _("alasan pencairan sebelum jatuh tempo wajib diisi")))

    def body():
        acct = _load_account(account.id)
        if acct.product.kind != "berjangka" or acct.status != "active":
            raise DomainError(_("{number} bukan simpanan berjangka yang aktif", number=acct.number))
        if date >= acct.maturity_date:
            raise DomainError(_("{number} sudah jatuh tempo {maturity_date}: cairkan tanpa penalti",
                                number=acct.number, maturity_date=format(acct.maturity_date, "%d/%m/%Y")))
        penalty, net = break_quote(acct)
        errors = validate_withdrawal(acct, D(acct.balance), date, method, settling=True)
        if errors:
            raise ValidationError(errors)
        _approval(actor, approved_by, D(acct.balance), acct.product, "Pencairan simpanan berjangka sebelum jatuh tempo")
        receipt = _receipt(acct, date)
        journal = post_event(actor, [("savings_withdrawal", net), ("savings_penalty", penalty)],
                             product_mapping(acct.product), date=date,
                             description=f"Pencairan sebelum jatuh tempo {acct.number} bukti {receipt}",
                             source="savings", reference=receipt, customer_id=acct.member.customer_id,
                             cash_account=_cash_account(method), branch=acct.branch_id)
        if penalty > ZERO:
            _write_txn(actor, acct, "penalty", -penalty, date, receipt_no=receipt, journal=journal,
                       memo=f"penalti {format_rupiah(penalty)}", approved_by=approved_by)
        txn = _write_txn(actor, acct, "withdrawal", -net, date, receipt_no=receipt, journal=journal, method=method,
                         memo=f"sebelum jatuh tempo: {reason.strip()}"[:200], approved_by=approved_by)
        SavingsAccount.update(status="closed", closed_on=date, on_maturity="broken").where(
            SavingsAccount.id == acct.id).execute()
        audit.record(actor, "savings.time_deposit.break", "savings_account", acct.id,
                     after={"penalty": penalty, "paid": net, "receipt_no": receipt}, note=reason.strip())
        return TxnResult(txn.id, receipt, acct.number, net, ZERO, extra={"penalty": penalty})

    return run_in_transaction(body)
