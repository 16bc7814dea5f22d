"""Write-off (hapus buku) and recovery: a bad loan leaves the active book but stays collectible.

* A manager proposes the write-off of an open loan (``writeoff.propose``) with a reason; a **second** manager
  (or the director, holding ``loan.writeoff``) approves it.  Four eyes: the approver is never the proposer.
* On approval the outstanding principal is posted against the allowance for losses (event ``write_off``:
  Dr Cadangan Kerugian Piutang / Cr Piutang Pembiayaan).  If the allowance holds less than that, the
  difference is provided first (event ``loss_allowance``: Dr Beban Penyisihan / Cr Cadangan), so the
  allowance never turns into a debit balance.  The loan's status becomes ``written_off``: it leaves the active
  book, its schedule stays as it was, and nothing is forgiven (DOMAIN.md: hapus buku ≠ hapus tagih).
* A later payment by the customer is a **recovery** (``recovery.post``): event ``recovery`` (Dr Kas / Cr
  Penerimaan Piutang Hapus Buku), a receipt number from the receipt sequence, and the collector assigned to the
  account is credited in the collector's results.
* The register (:func:`write_off_register`) lists every write-off with what was recovered since.

Source: SAK EP / PSAK 71 practice summarised in DOMAIN.md (write-off against the allowance; recoveries are
income).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField, fn

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, write_transaction
from models.core.errors import ConflictError, DomainError, FieldError, ValidationError
from models.core.money import ZERO, D, MoneyField, format_rupiah, from_minor
from models.core.office import next_number
from models.core.users import User, require, require_checker
from models.ledger.chart import chart_roles
from models.ledger.journals import Journal, balance, post_event
from models.loans.loan_income import balances, method_of, nonaccrual_mode, settle, write_entry
from models.loans.loans import Loan
from models.core.texts import _

STATUS_LABELS = {"proposed": "Diusulkan", "approved": "Disetujui", "rejected": "Ditolak"}
#: Recoveries have their own gap-free receipts (the cashier's sequence is checked against the payments table).
RECOVERY_FORMAT = "KWH/{branch}/{year}/{n:06d}"


class WriteOff(BaseModel):
    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+", index=True)
    status = CharField(max_length=10, default="proposed", index=True)
    reason = TextField()
    proposed_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    proposed_on = DateField()
    principal = MoneyField()  # outstanding principal written off (as proposed; re-read at approval)
    decided_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    decided_at = DateTimeField(null=True)
    date = DateField(null=True)  # accounting date of the write-off
    decision_note = TextField(default="")
    journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)


class Recovery(BaseModel):
    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+", index=True)
    write_off = ForeignKeyField(WriteOff, on_delete="RESTRICT", backref="recoveries")
    receipt_no = CharField(max_length=40, unique=True)
    date = DateField(index=True)
    amount = MoneyField()
    method = CharField(max_length=16, default="cash")
    cashier = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    collector = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)


@dataclass(frozen=True)
class WriteOffRow:
    id: int
    loan_id: int
    contract_no: str
    customer: str
    status: str
    proposed_on: dt.date
    proposed_by: str
    decided_by: str
    date: dt.date | None
    principal: Decimal
    recovered: Decimal
    reason: str


@write_transaction
def propose_write_off(actor: User, loan: Loan, reason: str, date: dt.date | None = None) -> WriteOff:
    """A manager proposes writing a loan off (``writeoff.propose``); audited.

    Raises:
        ValidationError: no reason, a loan not active, nothing outstanding.
        ConflictError: a proposal is already waiting.
    """
    require(actor, "writeoff.propose")
    loan = Loan.get_by_id(loan.id)
    errors = []
    if not (reason or "").strip():
        errors.append(FieldError("reason", _("alasan hapus buku wajib diisi")))
    if loan.status != "active":
        errors.append(FieldError("loan", _("hanya pinjaman aktif yang dapat dihapusbukukan")))
    if D(loan.outstanding_principal) <= ZERO:
        errors.append(FieldError("loan", _("tidak ada sisa pokok untuk dihapusbukukan")))
    if errors:
        raise ValidationError(errors)
    if WriteOff.select().where((WriteOff.loan == loan.id) & (WriteOff.status == "proposed")).exists():
        raise ConflictError(_("usulan hapus buku {contract_no} sudah menunggu persetujuan",
                              contract_no=loan.contract_no))
    row = WriteOff.create(loan=loan.id, reason=reason.strip(), proposed_by=actor,
                          proposed_on=date or dt.date.today(), principal=loan.outstanding_principal)
    audit.record(actor, "writeoff.propose", "loan", loan.id,
                 after={"contract_no": loan.contract_no, "principal": loan.outstanding_principal, "reason": reason})
    return row


def _allowance_available(date: dt.date) -> Decimal:
    code = chart_roles().get("loss_allowance", "1302")
    # a contra-asset: its normal balance is a credit, which balance() shows as a negative asset
    return -balance(code, date)


@write_transaction
def approve_write_off(actor: User, proposal: WriteOff, date: dt.date | None = None, note: str = "") -> WriteOff:
    """A second manager or the director approves (``loan.writeoff``, never the proposer); posts the journal
    against the allowance (topping it up first when short) and takes the loan out of the active book."""
    require(actor, "loan.writeoff")
    proposal = WriteOff.get_by_id(proposal.id)
    require_checker(proposal.proposed_by_id, actor, "Hapus buku")
    if proposal.status != "proposed":
        raise ConflictError(_("usulan ini sudah diputuskan"))
    loan = Loan.get_by_id(proposal.loan_id)
    if loan.status != "active":
        raise DomainError(_("{contract_no} tidak aktif lagi: hapus buku dibatalkan", contract_no=loan.contract_no))
    date = date or dt.date.today()
    principal = D(loan.outstanding_principal)
    events, entry = [], None
    if method_of(loan.id) is not None:
        # The loan has its month-end sub-ledger (issue 14): its own allowance is used, the unamortised fee and the
        # accrued interest are settled in the same journal, and the sub-ledger records it, so the allowance
        # account keeps equal to the loans' allowances.
        bal = balances(loan.id)
        if method_of(loan.id) == "flat" and bal["deferred"] > ZERO:
            # Flat basis: capitalised interest never collected is not income; it leaves with the receivable.
            events, entry = [("capitalised_interest_writeback", bal["deferred"])], {"deferred": -bal["deferred"]}
            principal -= bal["deferred"]
        else:
            events, entry = settle(bal["accrued"], bal["suspended"], bal["deferred"], nonaccrual_mode())
        gap = principal - bal["allowance"]
        if gap > ZERO:
            events.append(("loss_allowance", gap))
        elif gap < ZERO:
            events.append(("loss_allowance_release", -gap))
        short = gap
        entry["allowance"] = -bal["allowance"]
    else:
        # A loan booked before the sub-ledger: the write-off uses the office's allowance, topped up when short.
        short = principal - _allowance_available(date)
        if short > ZERO:
            events.append(("loss_allowance", short))
    events.append(("write_off", principal))
    journal = post_event(actor, events, date=date, description=f"Hapus buku {loan.contract_no}",
                         source="write_off", reference=loan.contract_no, customer_id=loan.customer_id,
                         loan_id=loan.id, branch=loan.branch)
    if entry is not None:
        write_entry(loan.id, date, "write_off", journal, entry)
    WriteOff.update(status="approved", decided_by=actor, decided_at=now(), date=date, principal=principal,
                    decision_note=(note or "").strip(), journal=journal).where(WriteOff.id == proposal.id).execute()
    Loan.update(status="written_off", closed_on=date, updated_at=now()).where(Loan.id == loan.id).execute()
    audit.record(actor, "loan.writeoff", "loan", loan.id, before={"status": "active"},
                 after={"status": "written_off", "principal": principal, "allowance_topped_up": max(short, ZERO),
                        "journal": journal.number if journal else None})
    return WriteOff.get_by_id(proposal.id)


@write_transaction
def reject_write_off(actor: User, proposal: WriteOff, note: str) -> WriteOff:
    require(actor, "loan.writeoff")
    proposal = WriteOff.get_by_id(proposal.id)
    require_checker(proposal.proposed_by_id, actor, "Hapus buku")
    if proposal.status != "proposed":
        raise ConflictError(_("usulan ini sudah diputuskan"))
    if not (note or "").strip():
        raise ValidationError(FieldError("note", _("alasan penolakan wajib diisi")))
    WriteOff.update(status="rejected", decided_by=actor, decided_at=now(), decision_note=note.strip()) \
        .where(WriteOff.id == proposal.id).execute()
    audit.record(actor, "writeoff.reject", "loan", proposal.loan_id, after={"note": note})
    return WriteOff.get_by_id(proposal.id)


def recovered_total(write_off: WriteOff) -> Decimal:
    return from_minor(Recovery.select(fn.COALESCE(fn.SUM(Recovery.amount), 0))
                      .where(Recovery.write_off == write_off.id).scalar())


@write_transaction
def post_recovery(actor: User, loan: Loan, amount, date: dt.date, method: str = "cash", *,
                  idempotency_key: str | None = None) -> Recovery:
    """The cashier receives money on a written-off loan (``recovery.post``): recovery income, a receipt
    number, and the collector holding the account credited.

    Args:
        idempotency_key: the form's key (:func:`models.core.idempotency.new_key`); a retry with the same key returns
            the recovery already posted and posts nothing.
    Raises:
        ValidationError: not a written-off loan, a non-positive amount, or more than was written off and not
            yet recovered.
    """
    require(actor, "recovery.post")
    if idempotency_key:
        from models.core.idempotency import once

        done = once(idempotency_key, "recovery.post", lambda: _recover(actor, loan, amount, date, method).id)
        return Recovery.get_by_id(int(done.ref))
    return _recover(actor, loan, amount, date, method)


def _recover(actor: User, loan: Loan, amount, date: dt.date, method: str) -> Recovery:
    from models.collections.collections import current_collector

    loan = Loan.get_by_id(loan.id)
    amount = D(amount)
    proposal = (WriteOff.select().where((WriteOff.loan == loan.id) & (WriteOff.status == "approved"))
                .order_by(WriteOff.id.desc()).first())
    errors = []
    if loan.status != "written_off" or proposal is None:
        errors.append(FieldError("loan", _("{contract_no} bukan pinjaman hapus buku", contract_no=loan.contract_no)))
    if amount <= ZERO:
        errors.append(FieldError("amount", _("jumlah harus lebih dari nol")))
    if method not in ("cash", "transfer"):
        errors.append(FieldError("method", _("cara bayar tunai atau transfer")))
    if proposal is not None and amount > D(proposal.principal) - recovered_total(proposal):
        left = D(proposal.principal) - recovered_total(proposal)
        errors.append(FieldError("amount", _("sisa yang dapat ditagih {left}", left=format_rupiah(left))))
    if proposal is not None and proposal.date and date < proposal.date:
        errors.append(FieldError("date", _("tanggal sebelum hapus buku")))
    if errors:
        raise ValidationError(errors)
    receipt = next_number("recovery", loan.branch, date.year, fmt=RECOVERY_FORMAT)
    roles = chart_roles()
    cash = roles.get("bank") if method == "transfer" else roles.get("cash")
    journal = post_event(actor, [("recovery", amount)], date=date,
                         description=f"Penerimaan hapus buku {loan.contract_no} kwitansi {receipt}",
                         source="recovery", reference=receipt, customer_id=loan.customer_id, loan_id=loan.id,
                         cash_account=cash, branch=loan.branch)
    collector = current_collector(loan)
    row = Recovery.create(loan=loan.id, write_off=proposal.id, receipt_no=receipt, date=date, amount=amount,
                          method=method, cashier=actor, collector=collector, journal=journal)
    audit.record(actor, "recovery.post", "loan", loan.id,
                 after={"receipt_no": receipt, "amount": amount, "collector": collector.username if collector else None})
    return row


def write_off_register(status: str | None = None) -> list[WriteOffRow]:
    """Every write-off proposal and decision, newest first, with the amount recovered since."""
    from models.customers.customers import Customer

    rec = {w: from_minor(s) for w, s in Recovery.select(Recovery.write_off, fn.SUM(Recovery.amount))
           .group_by(Recovery.write_off).tuples()}
    names = dict(User.select(User.id, User.full_name).tuples())
    query = (WriteOff.select(WriteOff, Loan.contract_no, Customer.full_name)
             .join(Loan, on=(WriteOff.loan == Loan.id)).join(Customer, on=(Loan.customer == Customer.id))
             .order_by(WriteOff.id.desc()))
    if status:
        query = query.where(WriteOff.status == status)
    return [WriteOffRow(w.id, w.loan_id, w.loan.contract_no, w.loan.customer.full_name, w.status, w.proposed_on,
                        names.get(w.proposed_by_id, ""), names.get(w.decided_by_id, ""), w.date, D(w.principal),
                        rec.get(w.id, ZERO), w.reason) for w in query]
