"""Repossession and sale of the financed unit (tarik unit), and the settlement of the loan from the sale.

1. **Repossession** (``repossession.record``): the date, the unit's condition, where it is stored, its
   valuation, and what the repossession cost the office (towing, the field team).  The costs are posted
   (Dr Beban Penagihan / Cr Kas); the valuation is a memorandum figure for the decision to sell.
2. **Sale** (``repossession.sell``): price, selling costs (auction fee, repairs: borne by the proceeds) and
   the buyer.  The net proceeds settle the loan through the cashier's own functions, so the journal, receipt,
   allocation and BPKB status are those of any payment:

   * net ≥ what settles the loan on the sale day (:func:`models.cashier.payments.payoff_quote`): the loan is settled
     early and the **surplus is owed to the customer** — posted to Titipan (Dr Kas / Cr Titipan) and kept as the
     loan's advance, to be refunded with :func:`models.cashier.payments.refund_advance`;
   * net < that: the net is posted as a payment (fee → interest → principal, oldest first) and the
     **shortfall** — what would still settle the loan that day — stays on the loan as a receivable, or goes to
     write-off (a proposal the second manager approves, :mod:`models.collections.write_off`).

   BPKB custody follows the unit: the BPKB is handed to the buyer with the unit (a movement the second person
   signs off, :mod:`models.credit.collateral`).

Source: POJK 35/2018 Pasal 50 (execution of fiduciary collateral and the return of any surplus to the
debtor), practice in Indonesian multifinance branches.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, write_transaction
from models.core.errors import ConflictError, FieldError, ValidationError
from models.core.money import ZERO, D, MoneyField
from models.core.users import User, has_permission, require
from models.ledger.chart import Line, chart_roles
from models.ledger.journals import Journal, post_event, post_journal
from models.loans.loans import Loan
from models.core.texts import _

CONDITIONS = {"good": "Baik", "fair": "Cukup", "poor": "Rusak", "wrecked": "Rusak berat"}
STATUS_LABELS = {"held": "Di gudang", "sold": "Terjual"}
SHORTFALL = {"receivable": "Tetap ditagih (piutang)", "write_off": "Ditandai untuk hapus buku"}
COLLECTION_EXPENSE = "5104"  # Beban Transportasi dan Penagihan (both shipped charts)


class Repossession(BaseModel):
    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+", index=True)
    status = CharField(max_length=8, default="held", index=True)
    date = DateField()
    condition = CharField(max_length=10)
    storage = CharField(max_length=120)
    valuation = MoneyField()
    costs = MoneyField(default=0)
    note = TextField(default="")
    recorded_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    sale_date = DateField(null=True)
    sale_price = MoneyField(null=True)
    sale_costs = MoneyField(default=0)
    buyer = CharField(max_length=120, default="")
    debt_at_sale = MoneyField(null=True)  # what settled the loan on the sale day
    surplus = MoneyField(default=0)  # owed to the customer
    shortfall = MoneyField(default=0)
    shortfall_action = CharField(max_length=12, default="")
    receipt_no = CharField(max_length=40, null=True)
    sold_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    sale_journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)


@dataclass(frozen=True)
class SaleResult:
    repossession: Repossession
    debt: Decimal
    net: Decimal
    surplus: Decimal
    shortfall: Decimal
    receipt_no: str
    write_off_id: int | None


@write_transaction
def record_repossession(actor: User, loan: Loan, *, date: dt.date, condition: str, storage: str, valuation,
                        costs=ZERO, note: str = "") -> Repossession:
    """Record the unit taken back (``repossession.record``); posts the repossession costs; audited."""
    require(actor, "repossession.record")
    loan = Loan.get_by_id(loan.id)
    errors = []
    if loan.status != "active":
        errors.append(FieldError("loan", _("hanya pinjaman aktif")))
    if condition not in CONDITIONS:
        errors.append(FieldError("condition", _("kondisi unit tidak dikenal")))
    if not (storage or "").strip():
        errors.append(FieldError("storage", _("tempat penyimpanan wajib diisi")))
    if D(valuation) <= ZERO:
        errors.append(FieldError("valuation", _("nilai taksiran harus lebih dari nol")))
    if D(costs) < ZERO:
        errors.append(FieldError("costs", _("biaya tidak boleh negatif")))
    if date < loan.disbursed_on or date > dt.date.today():
        errors.append(FieldError("date", _("tanggal penarikan di luar masa pinjaman")))
    if errors:
        raise ValidationError(errors)
    if Repossession.select().where((Repossession.loan == loan.id) & (Repossession.status == "held")).exists():
        raise ConflictError(_("unit {contract_no} sudah tercatat ditarik", contract_no=loan.contract_no))
    journal = None
    if D(costs) > ZERO:
        journal = post_journal(actor, date, f"Biaya tarik unit {loan.contract_no}", "repossession",
                               [Line(COLLECTION_EXPENSE, debit=D(costs)), Line(chart_roles()["cash"], credit=D(costs))],
                               reference=loan.contract_no, customer_id=loan.customer_id, loan_id=loan.id,
                               branch=loan.branch)
    row = Repossession.create(loan=loan.id, date=date, condition=condition, storage=storage.strip()[:120],
                              valuation=D(valuation), costs=D(costs), note=(note or "").strip(), recorded_by=actor,
                              journal=journal)
    audit.record(actor, "repossession.record", "loan", loan.id,
                 after={"contract_no": loan.contract_no, "date": date, "condition": condition, "storage": storage,
                        "valuation": D(valuation), "costs": D(costs)})
    return row


@write_transaction
def record_sale(actor: User, repossession: Repossession, *, date: dt.date, price, costs=ZERO, buyer: str,
                shortfall_action: str = "receivable", method: str = "transfer", reason: str = "") -> SaleResult:
    """Record the sale and settle the loan from it (``repossession.sell`` and ``payment.post``: the net
    proceeds are received like any payment).  A shortfall stays a receivable, or is marked for write-off
    (``shortfall_action="write_off"``): a seller holding ``writeoff.propose`` proposes it at once, otherwise a
    manager proposes it from the register; a second manager approves either way."""
    from models.cashier.payments import payoff_quote, post_payment, settle_early
    from models.credit.collateral import collateral_of, record_movement

    require(actor, "repossession.sell")
    rep = Repossession.get_by_id(repossession.id)
    if rep.status != "held":
        raise ConflictError(_("unit ini sudah terjual"))
    loan = Loan.get_by_id(rep.loan_id)
    price, costs = D(price), D(costs)
    errors = []
    if price <= ZERO:
        errors.append(FieldError("price", _("harga jual harus lebih dari nol")))
    if costs < ZERO or costs >= price:
        errors.append(FieldError("costs", _("biaya penjualan harus di antara nol dan harga jual")))
    if not (buyer or "").strip():
        errors.append(FieldError("buyer", _("nama pembeli wajib diisi")))
    if date < rep.date:
        errors.append(FieldError("date", _("tanggal jual sebelum tanggal penarikan")))
    if shortfall_action not in SHORTFALL:
        errors.append(FieldError("shortfall_action", _("pilih: tetap ditagih atau hapus buku")))
    if loan.status != "active":
        errors.append(FieldError("loan", _("pinjaman tidak aktif lagi")))
    if errors:
        raise ValidationError(errors)
    net = price - costs
    quote = payoff_quote(loan, date)
    debt = quote.total
    surplus = shortfall = ZERO
    write_off_id = None
    key = f"repossession-{rep.id}"
    if net >= debt:
        result = settle_early(actor, loan, date, method, idempotency_key=key, reference=f"Jual unit {buyer}"[:64])
        surplus = net - debt
        if surplus > ZERO:
            roles = chart_roles()
            post_event(actor, [("overpayment", surplus)], date=date,
                       description=f"Kelebihan hasil jual unit {loan.contract_no} (hak nasabah)",
                       source="repossession", reference=result.receipt_no, customer_id=loan.customer_id,
                       loan_id=loan.id, cash_account=roles.get("bank") if method == "transfer" else None,
                       branch=loan.branch)
            fresh = Loan.get_by_id(loan.id)
            Loan.update(advance_balance=D(fresh.advance_balance) + surplus).where(Loan.id == loan.id).execute()
    else:
        result = post_payment(actor, loan, net, date, method, idempotency_key=key,
                              reference=f"Jual unit {buyer}"[:64])
        # what would still settle the loan on the sale day, after the proceeds (the contract's payoff terms)
        shortfall = payoff_quote(Loan.get_by_id(loan.id), date).total
        # The seller marks the shortfall for write-off; a manager proposes it (writeoff.propose) — at once when
        # the seller is one, else from the write-off register, where the mark shows.
        if shortfall_action == "write_off" and has_permission(actor, "writeoff.propose"):
            from models.collections.write_off import propose_write_off

            proposal = propose_write_off(actor, loan, reason or f"Sisa utang setelah unit dijual {date:%d/%m/%Y}",
                                         date)
            write_off_id = proposal.id
    coll = collateral_of(loan)
    if coll is not None and coll.status in ("received", "stored", "lent_out"):
        record_movement(actor, coll, "to_buyer", date=date, party=buyer.strip(),
                        note=f"BPKB mengikuti unit yang dijual (tarik unit {loan.contract_no})")
    Repossession.update(status="sold", sale_date=date, sale_price=price, sale_costs=costs, buyer=buyer.strip()[:120],
                        debt_at_sale=debt, surplus=surplus, shortfall=shortfall,
                        shortfall_action=shortfall_action if shortfall > ZERO else "", receipt_no=result.receipt_no,
                        sold_by=actor).where(Repossession.id == rep.id).execute()
    audit.record(actor, "repossession.sell", "loan", loan.id,
                 after={"price": price, "costs": costs, "buyer": buyer, "debt": debt, "surplus": surplus,
                        "shortfall": shortfall, "receipt_no": result.receipt_no})
    return SaleResult(Repossession.get_by_id(rep.id), debt, net, surplus, shortfall, result.receipt_no, write_off_id)


def repossessions(status: str | None = None) -> list[Repossession]:
    query = Repossession.select().order_by(Repossession.id.desc())
    if status:
        query = query.where(Repossession.status == status)
    return list(query)
