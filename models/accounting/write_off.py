"""Write-off (hapus buku) and recoveries: a loan leaves the book against its allowance, and money later collected
on it is income.

:func:`write_off` does, in one write transaction, with four eyes (the manager who approves is not the person who
proposed it; permission ``loan.writeoff``):

=========================================  ==============================================  ====================
what                                       journal (posting rules of the shipped charts)   sub-ledger
=========================================  ==============================================  ====================
unamortised fees taken into income         Dr 1305 / Cr 4107 (``fee_amortisation``)        deferred → 0
accrued interest not received reversed     Dr 4101 / Cr 1304 (``interest_accrual_reversal``) accrued → 0
allowance topped up to the principal       Dr 5106 / Cr 1302 (``loss_allowance``)          allowance = principal
(or released where it was higher)          Dr 1302 / Cr 5106 (``loss_allowance_release``)
principal written off against it           Dr 1302 / Cr 1301 (``write_off``)               allowance → 0
=========================================  ==============================================  ====================

The loan's status becomes ``written_off`` (it leaves the loans sub-ledger, which counts active loans), but its
installments stay as they were: a write-off is not a waiver (hapus buku ≠ hapus tagih), the customer still
owes.  :func:`record_recovery` books money collected afterwards as income (Dr Kas / Cr 4106, ``recovery``).
Source of the practice: DOMAIN.md "Accounting standards"; PSAK 71 ¶5.4.4 (write-off when there is no reasonable
expectation of recovery).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models.core import audit
from models.core.db import run_in_transaction
from models.core.errors import ConflictError, FieldError, ValidationError
from models.core.money import ZERO, D, format_rupiah
from models.core.users import User, require, require_checker
from models.ledger.journals import post_event
from models.loans.loan_income import balances, method_of, nonaccrual_mode, settle, write_entry
from models.loans.loans import Loan


@dataclass(frozen=True)
class WriteOffResult:
    loan_id: int
    contract_no: str
    principal: Decimal
    allowance_used: Decimal
    expense: Decimal
    journal: str | None


def write_off(actor: User, loan: Loan | int, date: dt.date, reason: str, *, proposed_by: User) -> WriteOffResult:
    """Write a loan off the book (hapus buku).

    Args:
        actor: the manager approving (``loan.writeoff``); not ``proposed_by`` (four eyes).
        date: accounting date (an open month; not before disbursement).
        reason: why (required; in the journal and the audit trail).
        proposed_by: who proposed the write-off (the branch head or collector).
    Returns:
        :class:`WriteOffResult` (rupiah).
    Raises:
        PermissionDenied, ValidationError (no reason, bad date), ConflictError (the loan is not active).
    """
    require(actor, "loan.writeoff")
    require_checker(proposed_by.id, actor, "Hapus buku")

    def body() -> WriteOffResult:
        fresh = Loan.get_by_id(int(getattr(loan, "id", loan)))
        if fresh.status != "active":
            raise ConflictError(f"pinjaman {fresh.contract_no} tidak aktif ({fresh.status})")
        errors = []
        if not (reason or "").strip():
            errors.append(FieldError("reason", "alasan hapus buku wajib diisi"))
        if date < fresh.disbursed_on:
            errors.append(FieldError("date", "tanggal hapus buku sebelum pencairan"))
        if errors:
            raise ValidationError(errors)
        principal = D(fresh.outstanding_principal)
        zero = {k: ZERO for k in ("accrued", "deferred", "allowance", "suspended")}
        bal = balances(fresh.id) if method_of(fresh.id) is not None else zero
        allowance = bal["allowance"]
        events, entry = settle(bal["accrued"], bal["suspended"], bal["deferred"], nonaccrual_mode())
        expense = principal - allowance
        if expense > ZERO:
            events.append(("loss_allowance", expense))
        elif expense < ZERO:
            events.append(("loss_allowance_release", -expense))
        events.append(("write_off", principal))
        journal = post_event(actor, events, date=date, source="write_off",
                             description=f"Hapus buku {fresh.contract_no}: {reason.strip()}",
                             reference=fresh.contract_no, customer_id=fresh.customer_id, loan_id=fresh.id,
                             branch=fresh.branch)
        entry["allowance"] = -allowance
        write_entry(fresh.id, date, "write_off", journal, entry)
        Loan.update(status="written_off", closed_on=date).where(Loan.id == fresh.id).execute()
        audit.record(actor, "loan.writeoff", "loan", fresh.id,
                     before={"status": "active", "outstanding": principal},
                     after={"status": "written_off", "journal": journal.number if journal else None,
                            "allowance_used": min(allowance, principal), "expense": max(expense, ZERO),
                            "proposed_by": proposed_by.username}, note=reason.strip())
        return WriteOffResult(fresh.id, fresh.contract_no, principal, min(allowance, principal), max(expense, ZERO),
                              journal.number if journal else None)

    return run_in_transaction(body)


def record_recovery(actor: User, loan: Loan | int, amount, date: dt.date, method_cash_account: str | None = None):
    """Money collected on a written-off loan: income (Dr Kas / Cr Penerimaan Piutang Hapus Buku, ``recovery``).

    Args:
        actor: the cashier (``payment.post``).
        amount: rupiah received (> 0).
    Returns:
        The journal.
    Raises:
        ConflictError: the loan was not written off.  ValidationError: amount ≤ 0.
    """
    require(actor, "payment.post")
    amount = D(amount)

    def body():
        fresh = Loan.get_by_id(int(getattr(loan, "id", loan)))
        if fresh.status != "written_off":
            raise ConflictError(f"pinjaman {fresh.contract_no} tidak dihapusbukukan; terima sebagai angsuran")
        if amount <= ZERO:
            raise ValidationError(FieldError("amount", "jumlah harus lebih dari nol"))
        journal = post_event(actor, [("recovery", amount)], date=date, source="payment",
                             description=f"Penerimaan piutang hapus buku {fresh.contract_no} "
                                         f"{format_rupiah(amount)}", reference=fresh.contract_no,
                             customer_id=fresh.customer_id, loan_id=fresh.id, branch=fresh.branch,
                             cash_account=method_cash_account)
        audit.record(actor, "loan.recovery", "loan", fresh.id, after={"amount": amount, "journal": journal.number})
        return journal

    return run_in_transaction(body)
