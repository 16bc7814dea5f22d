"""Members' savings in a savings-and-loan cooperative (koperasi simpan pinjam): membership, products, accounts
and the counter's transactions.

Shape (CONVENTIONS, habit 2): one function per user action, one write transaction each, permission-checked,
audited, returning a small record.  The rules come from DOMAIN.md (cooperatives) and from the bylaws (AD/ART)
a cooperative writes into its products:

* **Membership** (:class:`Member`): a customer becomes a member with a gap-free member number (one office-wide
  sequence that never restarts: ``Member.seq`` 1, 2, 3 …, checked by ``check``), a join date and a status
  (``active``, ``resigned``, ``deceased``).
* **Products** (:class:`SavingsProduct`) are data, not code: ``kind`` is ``pokok`` (once, a fixed amount, not
  withdrawable while a member), ``wajib`` (a fixed amount every month; its arrears are counted like loan
  arrears), ``sukarela`` (free deposits and withdrawals, monthly interest on the minimum or average daily
  balance, a minimum balance that stays, a withholding tax) or ``berjangka`` (time deposits, see
  :mod:`models.savings.time_deposits`).  Each product names the ledger account its balances live on.
* **Transactions** (:class:`SavingsTransaction`) carry a signed amount (credit to the member > 0) and the
  balance after them; the account's ``balance`` column is their running sum (``check`` verifies it).  Every
  counter transaction takes a receipt number from the **same** gap-free receipt sequence as loan payments
  (``next_number("receipt", branch, year)``); a transaction made together with a loan payment (an installment
  paid from savings, simpanan wajib collected with an installment) shares that payment's receipt.  Month-end
  interest credits carry the interest run's journal instead: no money crosses the counter.
* **Journals** go through :func:`models.ledger.journals.post_event` with the product's posting rules (deposit: debit Kas,
  credit the product's account; withdrawal the mirror; interest: debit Beban Jasa Simpanan, credit the account;
  tax withheld: debit the account, credit Utang PPh).  A transfer between two members is one journal moving the
  amount between their products' accounts.
* **Corrections** are reversals (:func:`reverse_transaction`), newest first per account, by a second person:
  a correcting row with the opposite amount and the journal's mirror.  Nothing is deleted.
* **Four eyes**: a withdrawal or transfer above the product's approval limit needs a supervisor's login at the
  counter (``approved_by``), never the cashier's own; so do reversals and resignations.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, database, is_sqlite, run_in_transaction
from models.core.errors import ConflictError, DomainError, FieldError, NotFound, ValidationError
from models.core.idempotency import once
from models.core.money import ZERO, D, MoneyError, MoneyField, format_rupiah, from_minor, to_minor
from models.core.office import Branch, next_number
from models.core.users import User, require, require_checker
from models.customers.customers import Customer
from models.ledger.chart import Line, chart_roles
from models.ledger.journals import Journal, is_closed, post_event, post_journal, reverse_journal
from models.products.products import PercentField
from models.core.texts import _

KINDS = ("pokok", "wajib", "sukarela", "berjangka")
KIND_LABELS = {"pokok": "Simpanan Pokok", "wajib": "Simpanan Wajib", "sukarela": "Simpanan Sukarela",
               "berjangka": "Simpanan Berjangka"}
MEMBER_STATUSES = ("active", "resigned", "deceased")
MEMBER_STATUS_LABELS = {"active": "Aktif", "resigned": "Keluar", "deceased": "Meninggal"}
ACCOUNT_STATUSES = ("active", "closed")
TXN_KINDS = ("deposit", "withdrawal", "interest", "tax", "transfer_in", "transfer_out", "loan_payment", "shu",
             "penalty", "correction", "settlement")
TXN_LABELS = {"deposit": "Setoran", "withdrawal": "Penarikan", "interest": "Jasa simpanan", "tax": "PPh jasa",
              "transfer_in": "Transfer masuk", "transfer_out": "Transfer keluar", "loan_payment": "Bayar angsuran",
              "shu": "SHU", "penalty": "Penalti", "correction": "Koreksi", "settlement": "Penutupan"}
#: Codes printed in the passbook's "sandi" column (short, as passbooks do).
TXN_CODES = {"deposit": "STR", "withdrawal": "TRK", "interest": "JSA", "tax": "PPH", "transfer_in": "TRM",
             "transfer_out": "TRK", "loan_payment": "ANG", "shu": "SHU", "penalty": "PNL", "correction": "KOR",
             "settlement": "TTP"}
METHODS = ("cash", "transfer")
TAX_ACCOUNT = "2109"       # Utang PPh Final Jasa Simpanan (koperasi chart)
INTEREST_EXPENSE = "5109"  # Beban Jasa Simpanan
PENALTY_INCOME = "4108"    # Pendapatan Penalti Simpanan Berjangka (4107 is fee amortisation)
MEMBER_NUMBER_LOCK = 0x616E6D62  # pg_advisory_xact_lock key for taking a member number ("anmb")


# ------------------------------------------------------------------------------------------------- tables
class Member(BaseModel):
    """A member (anggota) of the cooperative: one per customer, numbered without gaps."""

    customer = ForeignKeyField(Customer, unique=True, on_delete="RESTRICT")
    seq = IntegerField(unique=True)
    member_no = CharField(max_length=20, unique=True)
    joined_on = DateField()
    status = CharField(max_length=10, default="active", index=True)
    left_on = DateField(null=True)
    leave_reason = TextField(default="")
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    approved_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)


class SavingsProduct(BaseModel):
    """A savings product as the bylaws define it (configurable data; see the module docstring)."""

    code = CharField(max_length=16, unique=True)
    name = CharField(max_length=80)
    kind = CharField(max_length=12)                     # pokok | wajib | sukarela | berjangka
    account_code = CharField(max_length=20)             # ledger account holding the balances
    fixed_amount = MoneyField(default=0)                # pokok: once; wajib: every month
    rate = PercentField(default=0)                      # % a year (sukarela, berjangka)
    interest_basis = CharField(max_length=8, default="none")  # minimum | average | none
    min_balance = MoneyField(default=0)                 # sukarela: what must stay in the account
    min_earning_balance = MoneyField(default=0)         # sukarela: below this no interest
    tax_free_limit = MoneyField(default=240000)         # PMK 112/PMK.03/2010
    tax_rate = PercentField(default=10)                 # PP 15/2009
    approval_limit = MoneyField(null=True)              # withdrawals/transfers above: a second person approves
    term_months = IntegerField(default=0)               # berjangka: default term
    penalty_kind = CharField(max_length=10, default="principal")  # berjangka: principal | interest
    penalty_rate = PercentField(default=0)              # berjangka: % of the principal or the interest paid
    posting_overrides = TextField(default="{}")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)


class SavingsAccount(BaseModel):
    """One member's account of one product.  ``balance`` is kept current by every transaction."""

    number = CharField(max_length=24, unique=True)
    member = ForeignKeyField(Member, backref="accounts", on_delete="RESTRICT")
    product = ForeignKeyField(SavingsProduct, on_delete="RESTRICT")
    branch = ForeignKeyField(Branch, on_delete="RESTRICT")
    opened_on = DateField()
    status = CharField(max_length=8, default="active", index=True)
    closed_on = DateField(null=True)
    balance = MoneyField(default=0)
    # time deposits (berjangka)
    rate = PercentField(null=True)                      # the agreed rate, % a year
    term_months = IntegerField(default=0)
    maturity_date = DateField(null=True)
    on_maturity = CharField(max_length=10, default="")  # rollover | payout
    interest_account = ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="+")
    interest_paid = MoneyField(default=0)               # interest paid out on this deposit so far
    # passbook (buku tabungan): the book in the printer and what has been printed in it
    passbook_book = IntegerField(default=1)
    passbook_line = IntegerField(default=0)             # lines used in the current book
    passbook_txn = IntegerField(default=0)              # id of the last transaction printed
    created_at = DateTimeField(default=now)


class SavingsTransaction(BaseModel):
    """One movement on a savings account.  Never deleted; a mistake is reversed by a correction row."""

    account = ForeignKeyField(SavingsAccount, backref="transactions", on_delete="RESTRICT")
    date = DateField(index=True)
    kind = CharField(max_length=14)
    amount = MoneyField()                               # signed: credit to the member > 0
    balance_after = MoneyField()
    receipt_no = CharField(max_length=40, null=True, index=True)
    payment_id = IntegerField(null=True)                # the loan payment sharing this receipt
    branch = ForeignKeyField(Branch, on_delete="RESTRICT")
    method = CharField(max_length=10, default="cash")
    journal = ForeignKeyField(Journal, null=True, on_delete="RESTRICT", backref="+")
    status = CharField(max_length=10, default="posted", index=True)  # posted | reversed
    reverses = ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="+")
    counterpart = ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="+")
    period = CharField(max_length=7, null=True)         # "2026-11" for interest and tax rows
    memo = CharField(max_length=200, default="")
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    approved_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("account", "id"), False),)


class SavingsInterestRun(BaseModel):
    """One month-end interest credit (idempotent per month)."""

    period_end = DateField(unique=True)
    accounts = IntegerField(default=0)
    gross = MoneyField(default=0)
    tax = MoneyField(default=0)
    journal_ids = TextField(default="[]")
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)


TABLES = [Member, SavingsProduct, SavingsAccount, SavingsTransaction, SavingsInterestRun]


# -------------------------------------------------------------------------------------------- records
@dataclass(frozen=True)
class TxnResult:
    """What a counter transaction did (the UI refreshes the account and prints the receipt)."""

    txn_id: int
    receipt_no: str | None
    account_no: str
    amount: Decimal      # unsigned amount of the transaction
    balance_after: Decimal
    replayed: bool = False
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Arrears:
    """Simpanan wajib owed by a member up to a date, counted like loan arrears."""

    months_due: int
    expected: Decimal
    paid: Decimal
    owed: Decimal
    months_behind: int
    oldest_unpaid: dt.date | None


# --------------------------------------------------------------------------------------------- helpers
def _money(value, name: str) -> Decimal:
    try:
        amount = D(value)
    except MoneyError as exc:
        raise ValidationError(FieldError(name, str(exc))) from None
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(FieldError(name, _("jumlah paling teliti sampai sen")))
    return amount


def _today() -> dt.date:
    return dt.date.today()


def _add_months(day: dt.date, months: int) -> dt.date:
    import calendar

    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def product_mapping(product: SavingsProduct) -> dict:
    """The posting rules of a product's events: its account against Kas, the interest expense and the tax.

    The product's ``posting_overrides`` (JSON) are merged on top, as for loan products.
    """
    cash = chart_roles().get("cash", "1101")
    acct = product.account_code
    mapping = {"savings_deposit": {"debit": cash, "credit": acct},
               "savings_withdrawal": {"debit": acct, "credit": cash},
               "savings_interest": {"debit": INTEREST_EXPENSE, "credit": acct},
               "savings_tax": {"debit": acct, "credit": TAX_ACCOUNT},
               "savings_penalty": {"debit": acct, "credit": PENALTY_INCOME}}
    try:
        mapping.update(json.loads(product.posting_overrides or "{}") or {})
    except ValueError:
        pass
    return mapping


def _cash_account(method: str) -> str | None:
    roles = chart_roles()
    return roles.get("bank") if method == "transfer" else roles.get("cash")


def _load_account(account) -> SavingsAccount:
    account_id = account.id if isinstance(account, SavingsAccount) else int(account)
    acct = (SavingsAccount.select(SavingsAccount, SavingsProduct, Member)
            .join(SavingsProduct).switch(SavingsAccount).join(Member)
            .where(SavingsAccount.id == account_id).first())
    if acct is None:
        raise NotFound(_("rekening simpanan #{account_id} tidak ada", account_id=account_id))
    return acct


def _check_date(date, errors: list[FieldError], acct: SavingsAccount | None = None) -> None:
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        errors.append(FieldError("date", _("tanggal transaksi wajib diisi")))
        return
    if date > _today():
        errors.append(FieldError("date", _("tanggal transaksi tidak boleh di masa depan")))
    if is_closed(date):
        errors.append(FieldError("date", _("periode {month}/{year} sudah ditutup",
                                           month=format(date.month, "02d"), year=date.year), "closed"))
    if acct is not None:
        if date < acct.opened_on:
            errors.append(FieldError("date", _("tanggal sebelum rekening dibuka ({opened_on})",
                                               opened_on=format(acct.opened_on, "%d/%m/%Y"))))
        last = (SavingsTransaction.select(fn.MAX(SavingsTransaction.date))
                .where(SavingsTransaction.account == acct.id).scalar())
        if last is not None and date < last:
            errors.append(FieldError("date", _("tanggal sebelum transaksi terakhir rekening ini ({last}): saldo harian "
                                               "harus urut", last=f"{last:%d/%m/%Y}")))


def _write_txn(actor: User | None, acct: SavingsAccount, kind: str, signed: Decimal, date: dt.date, *,
               receipt_no: str | None, journal: Journal | None, method: str = "cash", memo: str = "",
               approved_by: User | None = None, payment_id: int | None = None, reverses: int | None = None,
               counterpart: int | None = None, period: str | None = None) -> SavingsTransaction:
    """Append one row and move the account's balance (inside the caller's transaction)."""
    new_balance = D(acct.balance) + signed
    txn = SavingsTransaction.create(account=acct.id, date=date, kind=kind, amount=signed, balance_after=new_balance,
                                    receipt_no=receipt_no, payment_id=payment_id, branch=acct.branch_id,
                                    method=method, journal=journal, reverses=reverses, counterpart=counterpart,
                                    period=period, memo=memo[:200], created_by=actor.id if actor else None,
                                    approved_by=approved_by.id if approved_by else None)
    acct.balance = new_balance
    SavingsAccount.update(balance=new_balance).where(SavingsAccount.id == acct.id).execute()
    return txn


def _approval(actor: User, approved_by: User | None, amount: Decimal, product: SavingsProduct, what: str) -> None:
    """Four eyes above the product's limit: the supervisor logs in at the counter (not the cashier)."""
    limit = product.approval_limit
    if limit is None or amount <= D(limit):
        if approved_by is not None:
            require(approved_by, "savings.approve")
            require_checker(actor.id, approved_by, what)
        return
    if approved_by is None:
        raise DomainError(_("{what} di atas {limit} perlu persetujuan orang kedua (supervisor) — batas persetujuan "
                            "produk {product}", what=what, limit=format_rupiah(limit), product=product.code))
    require(approved_by, "savings.approve")
    require_checker(actor.id, approved_by, what)


# -------------------------------------------------------------------------------------------- products
DEFAULT_PRODUCTS = (
    dict(code="SP", name="Simpanan Pokok", kind="pokok", account_code="3101", fixed_amount=D("100000")),
    dict(code="SW", name="Simpanan Wajib", kind="wajib", account_code="3102", fixed_amount=D("50000")),
    dict(code="SS", name="Simpanan Sukarela", kind="sukarela", account_code="2102", rate=D("3"),
         interest_basis="minimum", min_balance=D("25000"), min_earning_balance=D("100000"),
         approval_limit=D("10000000")),
    dict(code="SB12", name="Simpanan Berjangka 12 Bulan", kind="berjangka", account_code="2110", rate=D("6"),
         term_months=12, penalty_kind="principal", penalty_rate=D("1"), approval_limit=D("50000000")),
)


def validate_product(values: dict) -> list[FieldError]:
    """Every broken rule of a savings product's settings, at once."""
    errors = []
    kind = values.get("kind")
    if kind not in KINDS:
        errors.append(FieldError("kind", _("jenis simpanan harus salah satu dari {join_kinds}",
                                           join_kinds=', '.join(KINDS))))
    if not (values.get("code") or "").strip():
        errors.append(FieldError("code", _("kode produk wajib diisi")))
    if not (values.get("account_code") or "").strip():
        errors.append(FieldError("account_code", _("akun buku besar wajib diisi")))
    if kind in ("pokok", "wajib") and D(values.get("fixed_amount", 0)) <= ZERO:
        errors.append(FieldError("fixed_amount", _("simpanan pokok/wajib harus punya jumlah tetap")))
    if kind == "sukarela" and values.get("interest_basis", "none") not in ("minimum", "average", "none"):
        errors.append(FieldError("interest_basis", _("dasar jasa: saldo terendah, saldo rata-rata harian atau tanpa")))
    if kind == "berjangka" and int(values.get("term_months") or 0) <= 0:
        errors.append(FieldError("term_months", _("simpanan berjangka harus punya jangka waktu (bulan)")))
    if values.get("penalty_kind", "principal") not in ("principal", "interest"):
        errors.append(FieldError("penalty_kind", _("penalti: persen dari pokok atau dari jasa yang sudah dibayar")))
    for name in ("rate", "penalty_rate", "tax_rate"):
        if name in values and D(values[name]) < ZERO:
            errors.append(FieldError(name, _("persentase tidak boleh negatif")))
    return errors


def install_default_products(actor: User | None = None) -> list[SavingsProduct]:
    """The cooperative's four starting products (editable later); idempotent by code.

    Args:
        actor: needs ``product.edit`` (``None`` for the demo and the first-run wizard).
    """
    if actor is not None:
        require(actor, "product.edit")

    def body():
        made = []
        for values in DEFAULT_PRODUCTS:
            if SavingsProduct.get_or_none(SavingsProduct.code == values["code"]) is None:
                made.append(SavingsProduct.create(**values))
        if made:
            audit.record(actor, "savings.products", "savings_product", "",
                         after={"created": [p.code for p in made]})
        return made

    return run_in_transaction(body)


def save_product(actor: User, values: dict, product: SavingsProduct | None = None) -> SavingsProduct:
    """Create or change a savings product (``product.edit``).

    Raises:
        ValidationError: every broken rule (see :func:`validate_product`).
    """
    require(actor, "product.edit")
    merged = dict(values)
    if product is not None:
        merged = {**{k: getattr(product, k) for k in ("code", "kind", "account_code", "fixed_amount",
                                                      "interest_basis", "term_months", "penalty_kind")}, **values}
    errors = validate_product(merged)
    if errors:
        raise ValidationError(errors)

    def body():
        if product is None:
            made = SavingsProduct.create(**values)
            audit.record(actor, "savings.product.create", "savings_product", made.id, after=values)
            return made
        SavingsProduct.update(**values).where(SavingsProduct.id == product.id).execute()
        audit.record(actor, "savings.product.update", "savings_product", product.id, after=values)
        return SavingsProduct.get_by_id(product.id)

    return run_in_transaction(body)


def product_by_code(code: str) -> SavingsProduct:
    product = SavingsProduct.get_or_none(SavingsProduct.code == code)
    if product is None:
        raise NotFound(_("produk simpanan {code} tidak ada", code=code))
    return product


# ------------------------------------------------------------------------------------------ membership
def format_member_no(seq: int) -> str:
    return f"AGT-{seq:06d}"


def join(actor: User, customer: Customer, date: dt.date, *, pay_pokok: bool = True, method: str = "cash",
         idempotency_key: str | None = None) -> Member:
    """A customer becomes a member: gap-free member number, the pokok, wajib and sukarela accounts opened and
    (by default) the simpanan pokok paid at the counter, all in one transaction.

    Args:
        actor: the cashier or supervisor (``savings.post``).
        date: the join date (not in the future, not in a closed month).
        pay_pokok: take the simpanan pokok now (the bylaws make it the condition of joining).
    Returns:
        The new :class:`Member`.
    Raises:
        ConflictError: the customer is already a member; ValidationError: a bad date.
    """
    require(actor, "savings.post")

    def body():
        if Member.get_or_none(Member.customer == customer.id) is not None:
            raise ConflictError(_("{full_name} sudah menjadi anggota", full_name=customer.full_name))
        errors: list[FieldError] = []
        _check_date(date, errors)
        if errors:
            raise ValidationError(errors)
        # Gap-free: SQLite's BEGIN IMMEDIATE already lets one writer in at a time; on PostgreSQL two desks could
        # read the same MAX, so the number is taken under a transaction-scoped advisory lock.
        if not is_sqlite():
            database.obj.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MEMBER_NUMBER_LOCK,))
        seq = (Member.select(fn.MAX(Member.seq)).scalar() or 0) + 1
        member = Member.create(customer=customer.id, seq=seq, member_no=format_member_no(seq), joined_on=date,
                               created_by=actor.id)
        Customer.update(member_no=member.member_no).where(Customer.id == customer.id).execute()
        for product in SavingsProduct.select().where(SavingsProduct.active & SavingsProduct.kind.in_(
                ["pokok", "wajib", "sukarela"])).order_by(SavingsProduct.id):
            _open(actor, member, product, date, customer.branch_id)
        audit.record(actor, "member.join", "member", member.id,
                     after={"member_no": member.member_no, "customer": customer.id, "joined_on": date})
        if pay_pokok:
            pokok = account_of(member, "pokok")
            if pokok is not None:
                _deposit(actor, pokok.id, D(pokok.product.fixed_amount), date, method, "", None)
        return member

    if idempotency_key:
        made = []
        outcome = once(idempotency_key, "member.join", lambda: made.append(body()) or made[0].id)
        return made[0] if made else Member.get_by_id(int(outcome.ref))
    return run_in_transaction(body)


def _open(actor, member: Member, product: SavingsProduct, date: dt.date, branch_id: int, **extra) -> SavingsAccount:
    count = SavingsAccount.select().where(SavingsAccount.member == member.id).count() + 1
    number = f"{member.seq:06d}-{product.code}-{count:02d}"
    return SavingsAccount.create(number=number, member=member.id, product=product.id, branch=branch_id,
                                 opened_on=date, **extra)


def open_account(actor: User, member: Member, product: SavingsProduct, date: dt.date) -> SavingsAccount:
    """Open another account of ``product`` for an active member (``savings.post``)."""
    require(actor, "savings.post")

    def body():
        m = Member.get_by_id(member.id)
        if m.status != "active":
            raise DomainError(_("anggota {member_no} tidak aktif ({status})",
                                member_no=m.member_no, status=MEMBER_STATUS_LABELS[m.status]))
        if product.kind in ("pokok", "wajib") and account_of(m, product.kind) is not None:
            raise ConflictError(_("anggota {member_no} sudah punya rekening {kind}",
                                  member_no=m.member_no, kind=KIND_LABELS[product.kind]))
        acct = _open(actor, m, product, date, Customer.get_by_id(m.customer_id).branch_id)
        audit.record(actor, "savings.open", "savings_account", acct.id, after={"number": acct.number})
        return acct

    return run_in_transaction(body)


def account_of(member: Member, kind: str) -> SavingsAccount | None:
    """The member's (first, open) account of a product kind."""
    return (SavingsAccount.select(SavingsAccount, SavingsProduct).join(SavingsProduct)
            .where((SavingsAccount.member == member.id) & (SavingsProduct.kind == kind)
                   & (SavingsAccount.status == "active")).order_by(SavingsAccount.id).first())


def accounts_of(member: Member, include_closed: bool = False) -> list[SavingsAccount]:
    query = (SavingsAccount.select(SavingsAccount, SavingsProduct).join(SavingsProduct)
             .where(SavingsAccount.member == member.id))
    if not include_closed:
        query = query.where(SavingsAccount.status == "active")
    return list(query.order_by(SavingsAccount.id))


def member_of(customer: Customer) -> Member | None:
    return Member.get_or_none(Member.customer == customer.id)


def find_members(text: str, limit: int = 30) -> list[tuple[Member, Customer]]:
    """Members whose number or name contains ``text`` (the Simpanan page's lookup)."""
    text = (text or "").strip()
    query = Member.select(Member, Customer).join(Customer)
    if text:
        query = query.where(Member.member_no.contains(text) | Customer.full_name.contains(text)
                            | Customer.nik.startswith(text))
    return [(m, m.customer) for m in query.order_by(Member.seq).limit(limit)]


# ------------------------------------------------------------------------------------------- validators
def validate_deposit(acct: SavingsAccount, amount: Decimal, date: dt.date, method: str) -> list[FieldError]:
    """Every reason to refuse a deposit, each naming its rule."""
    errors: list[FieldError] = []
    product = acct.product
    if amount <= ZERO:
        errors.append(FieldError("amount", _("jumlah setoran harus lebih dari nol")))
    if method not in METHODS:
        errors.append(FieldError("method", _("cara setor tidak dikenal: {method}", method=repr(method))))
    if acct.status != "active":
        errors.append(FieldError("account", _("rekening {number} sudah ditutup", number=acct.number)))
    if acct.member.status != "active":
        errors.append(FieldError("member", _("anggota {member_no} tidak aktif", member_no=acct.member.member_no)))
    if product.kind == "pokok":
        if D(acct.balance) > ZERO:
            errors.append(FieldError("amount", _("simpanan pokok dibayar sekali saja (AD/ART)"), "pokok.once"))
        elif amount != D(product.fixed_amount):
            errors.append(FieldError("amount", _("simpanan pokok sebesar {amount} (AD/ART)",
                                                 amount=format_rupiah(product.fixed_amount)), "pokok.amount"))
    if product.kind == "wajib" and amount > ZERO and amount % D(product.fixed_amount) != ZERO:
        errors.append(FieldError("amount", _("simpanan wajib dibayar per bulan {amount} (atau kelipatannya)",
                                             amount=format_rupiah(product.fixed_amount)), "wajib.multiple"))
    if product.kind == "berjangka":
        errors.append(FieldError("account", _("simpanan berjangka tidak menerima setoran tambahan; buka bilyet baru"),
                                 "berjangka.deposit"))
    _check_date(date, errors, acct)
    return errors


def validate_withdrawal(acct: SavingsAccount, amount: Decimal, date: dt.date, method: str = "cash", *,
                        settling: bool = False) -> list[FieldError]:
    """Every reason to refuse a withdrawal, each naming the rule it breaks.

    Args:
        settling: the member is resigning (pokok and wajib come out, the minimum balance goes too).
    """
    errors: list[FieldError] = []
    product = acct.product
    if amount <= ZERO:
        errors.append(FieldError("amount", _("jumlah penarikan harus lebih dari nol")))
    if method not in METHODS:
        errors.append(FieldError("method", _("cara tarik tidak dikenal: {method}", method=repr(method))))
    if acct.status != "active":
        errors.append(FieldError("account", _("rekening {number} sudah ditutup", number=acct.number)))
    if not settling:
        if product.kind in ("pokok", "wajib"):
            errors.append(FieldError("amount", _("{kind} tidak dapat ditarik selama masih menjadi anggota (AD/ART; "
                                                 "diambil saat keluar)", kind=KIND_LABELS[product.kind]),
                                     f"{product.kind}.locked"))
        elif product.kind == "berjangka":
            errors.append(FieldError("amount", _("simpanan berjangka hanya dicairkan saat jatuh tempo atau dengan "
                                                 "pencairan sebelum jatuh tempo (penalti)"), "berjangka.locked"))
        else:
            left = D(acct.balance) - amount
            if left < D(product.min_balance):
                most = format_rupiah(max(D(acct.balance) - D(product.min_balance), ZERO))
                errors.append(FieldError("amount", _("saldo minimum {minimum} harus tetap tersisa (ketentuan produk "
                                                     "{product}); paling banyak {most}",
                                                     minimum=format_rupiah(product.min_balance),
                                                     product=product.code, most=most),
                                         "sukarela.min_balance"))
    if amount > D(acct.balance):
        errors.append(FieldError("amount", _("saldo tidak cukup ({balance})",
                                             balance=format_rupiah(acct.balance)), "balance"))
    _check_date(date, errors, acct)
    return errors


# ---------------------------------------------------------------------------------------- transactions
def _receipt(acct: SavingsAccount, date: dt.date) -> str:
    return next_number("receipt", acct.branch_id, date.year)


def _customer_id(acct: SavingsAccount) -> int:
    return acct.member.customer_id


def _deposit(actor, account_id, amount, date, method, memo, approved_by) -> TxnResult:
    acct = _load_account(account_id)
    errors = validate_deposit(acct, amount, date, method)
    if errors:
        raise ValidationError(errors)
    receipt = _receipt(acct, date)
    journal = post_event(actor, [("savings_deposit", amount)], product_mapping(acct.product), date=date,
                         description=f"Setoran {acct.product.name} {acct.number} kwitansi {receipt}",
                         source="savings", reference=receipt, customer_id=_customer_id(acct),
                         cash_account=_cash_account(method), branch=acct.branch_id)
    txn = _write_txn(actor, acct, "deposit", amount, date, receipt_no=receipt, journal=journal, method=method,
                     memo=memo, approved_by=approved_by)
    audit.record(actor, "savings.deposit", "savings_txn", txn.id,
                 after={"account": acct.number, "receipt_no": receipt, "amount": amount, "date": date})
    return TxnResult(txn.id, receipt, acct.number, amount, D(txn.balance_after))


def _run_once(key: str | None, action: str, fn_body) -> TxnResult:
    if not key:
        return run_in_transaction(fn_body)

    def body():
        made = []
        outcome = once(key, action, lambda: made.append(fn_body()) or made[0].txn_id)
        if made:
            return made[0]
        txn = SavingsTransaction.get_by_id(int(outcome.ref))
        return TxnResult(txn.id, txn.receipt_no, txn.account.number, abs(D(txn.amount)), D(txn.balance_after),
                         replayed=True)

    return run_in_transaction(body)


def deposit(actor: User, account: SavingsAccount, amount, date: dt.date, method: str = "cash", *,
            memo: str = "", idempotency_key: str | None = None) -> TxnResult:
    """The cashier takes a deposit (setoran) on a savings account.

    Args:
        actor: ``savings.post``.
        amount: rupiah (> 0); pokok exactly its fixed amount once, wajib in whole months.
        method: ``cash`` (Kas) or ``transfer`` (Bank).
        idempotency_key: the form's key; a retry returns the first result (``replayed``).
    Returns:
        :class:`TxnResult` with the receipt number (same sequence as loan payments).
    Raises:
        ValidationError: the rules broken (see :func:`validate_deposit`); nothing was written.
    """
    require(actor, "savings.post")
    amount = _money(amount, "amount")
    return _run_once(idempotency_key, "savings.deposit",
                     lambda: _deposit(actor, account.id, amount, date, method, memo, None))


def withdraw(actor: User, account: SavingsAccount, amount, date: dt.date, method: str = "cash", *,
             approved_by: User | None = None, memo: str = "", idempotency_key: str | None = None) -> TxnResult:
    """The cashier pays out a withdrawal (penarikan) from a savings account.

    Refused, with the rule named, when it would break the product (pokok/wajib locked while a member, the
    sukarela minimum balance, time deposits only at maturity) or exceed the balance.  Above the product's approval
    limit ``approved_by`` (a supervisor, not the cashier) must be given.

    Returns:
        :class:`TxnResult` with the receipt (bukti penarikan) number.
    Raises:
        ValidationError, DomainError, PermissionDenied: nothing was written.
    """
    require(actor, "savings.post")
    amount = _money(amount, "amount")

    def body():
        acct = _load_account(account.id)
        errors = validate_withdrawal(acct, amount, date, method)
        if errors:
            raise ValidationError(errors)
        _approval(actor, approved_by, amount, acct.product, "Penarikan simpanan")
        receipt = _receipt(acct, date)
        journal = post_event(actor, [("savings_withdrawal", amount)], product_mapping(acct.product), date=date,
                             description=f"Penarikan {acct.product.name} {acct.number} bukti {receipt}",
                             source="savings", reference=receipt, customer_id=_customer_id(acct),
                             cash_account=_cash_account(method), branch=acct.branch_id)
        txn = _write_txn(actor, acct, "withdrawal", -amount, date, receipt_no=receipt, journal=journal,
                         method=method, memo=memo, approved_by=approved_by)
        audit.record(actor, "savings.withdraw", "savings_txn", txn.id,
                     after={"account": acct.number, "receipt_no": receipt, "amount": amount, "date": date,
                            "approved_by": approved_by.username if approved_by else None})
        return TxnResult(txn.id, receipt, acct.number, amount, D(txn.balance_after))

    return _run_once(idempotency_key, "savings.withdraw", body)


def transfer(actor: User, source: SavingsAccount, target: SavingsAccount, amount, date: dt.date, *,
             approved_by: User | None = None, memo: str = "", idempotency_key: str | None = None) -> TxnResult:
    """Move money from one member's sukarela account to another account (the same or another member's).

    One receipt, two rows (``transfer_out`` / ``transfer_in``, each pointing at the other) and one journal that
    moves the amount between the two products' accounts.  The source follows the withdrawal rules and the target
    the deposit rules; above the source product's approval limit a second person approves.

    Returns:
        :class:`TxnResult` of the outgoing row (``extra["target_txn"]`` is the incoming one).
    """
    require(actor, "savings.post")
    amount = _money(amount, "amount")

    def body():
        src, dst = _load_account(source.id), _load_account(target.id)
        if src.id == dst.id:
            raise ValidationError(FieldError("target", _("rekening asal dan tujuan sama")))
        errors = validate_withdrawal(src, amount, date) + [
            FieldError("target", e.message, e.code) for e in validate_deposit(dst, amount, date, "cash")]
        if errors:
            raise ValidationError(errors)
        _approval(actor, approved_by, amount, src.product, "Transfer simpanan")
        receipt = _receipt(src, date)
        lines = [Line(src.product.account_code, debit=amount, customer_id=_customer_id(src)),
                 Line(dst.product.account_code, credit=amount, customer_id=_customer_id(dst))]
        journal = post_journal(actor, date, f"Transfer simpanan {src.number} → {dst.number} bukti {receipt}",
                               "savings", lines, reference=receipt, branch=src.branch_id, _allow_control=True)
        out = _write_txn(actor, src, "transfer_out", -amount, date, receipt_no=receipt, journal=journal,
                         memo=memo or f"ke {dst.number}", approved_by=approved_by)
        inn = _write_txn(actor, dst, "transfer_in", amount, date, receipt_no=receipt, journal=journal,
                         memo=memo or f"dari {src.number}", approved_by=approved_by, counterpart=out.id)
        SavingsTransaction.update(counterpart=inn.id).where(SavingsTransaction.id == out.id).execute()
        audit.record(actor, "savings.transfer", "savings_txn", out.id,
                     after={"from": src.number, "to": dst.number, "receipt_no": receipt, "amount": amount})
        return TxnResult(out.id, receipt, src.number, amount, D(out.balance_after), extra={"target_txn": inn.id})

    return _run_once(idempotency_key, "savings.transfer", body)


def _loan_of_member(acct: SavingsAccount, loan):
    from models.loans.loans import Loan

    loan = Loan.get_by_id(loan.id)
    if loan.customer_id != acct.member.customer_id:
        raise DomainError(_("pinjaman {contract} bukan milik anggota {member}: angsuran dibayar dari simpanan "
                            "pemiliknya sendiri", contract=loan.contract_no, member=acct.member.member_no))
    return loan


def pay_installment_from_savings(actor: User, account: SavingsAccount, loan, amount, date: dt.date, *,
                                 idempotency_key: str, approved_by: User | None = None) -> TxnResult:
    """Pay a loan installment by debiting the member's sukarela account (pemindahbukuan).

    The loan side goes through :func:`models.cashier.payments.post_payment` (allocation late fee → interest → principal,
    its receipt, its journal: debit Kas, credit the loan); the savings side is a withdrawal (debit the savings
    account, credit Kas), so Kas nets to nothing.  Both share the payment's receipt number.

    Returns:
        :class:`TxnResult`; ``extra["payment"]`` is the :class:`models.cashier.payments.PaymentResult`.
    Raises:
        ValidationError (the withdrawal rules, the payment's own rules), DomainError (another member's loan).
    """
    require(actor, "savings.post")
    require(actor, "payment.post")
    amount = _money(amount, "amount")
    from models.cashier.payments import post_payment

    def body():
        acct = _load_account(account.id)
        the_loan = _loan_of_member(acct, loan)
        errors = validate_withdrawal(acct, amount, date)
        if errors:
            raise ValidationError(errors)
        _approval(actor, approved_by, amount, acct.product, "Pembayaran angsuran dari simpanan")
        result = post_payment(actor, the_loan, amount, date, "cash", idempotency_key=idempotency_key,
                              reference=f"simpanan {acct.number}")
        if result.replayed:
            txn = SavingsTransaction.get(SavingsTransaction.payment_id == result.payment_id)
            return TxnResult(txn.id, txn.receipt_no, acct.number, amount, D(txn.balance_after), True,
                             {"payment": result})
        journal = post_event(actor, [("savings_withdrawal", amount)], product_mapping(acct.product), date=date,
                             description=f"Pemindahbukuan {acct.number} untuk angsuran {the_loan.contract_no} "
                                         f"kwitansi {result.receipt_no}", source="savings",
                             reference=result.receipt_no, customer_id=_customer_id(acct), branch=acct.branch_id)
        txn = _write_txn(actor, acct, "loan_payment", -amount, date, receipt_no=result.receipt_no, journal=journal,
                         memo=f"angsuran {the_loan.contract_no}", approved_by=approved_by,
                         payment_id=result.payment_id)
        audit.record(actor, "savings.loan_payment", "savings_txn", txn.id,
                     after={"account": acct.number, "loan": the_loan.contract_no, "receipt_no": result.receipt_no,
                            "amount": amount})
        return TxnResult(txn.id, result.receipt_no, acct.number, amount, D(txn.balance_after), False,
                         {"payment": result})

    return run_in_transaction(body)


def collect_with_installment(actor: User, member: Member, loan, installment_amount, wajib_amount,
                             date: dt.date, method: str = "cash", *, idempotency_key: str, reference: str = "",
                             waiver=None) -> TxnResult:
    """At the counter: a loan installment and the month's simpanan wajib, one receipt, one transaction.

    Args:
        installment_amount: paid on the loan (:func:`models.cashier.payments.post_payment`, with ``reference`` and a
            supervisor's late-fee ``waiver`` as there).
        wajib_amount: deposited on the member's wajib account (whole months).
    Returns:
        :class:`TxnResult` of the wajib deposit, sharing the payment's receipt (``extra["payment"]``).
    """
    require(actor, "savings.post")
    require(actor, "payment.post")
    wajib_amount = _money(wajib_amount, "wajib_amount")
    from models.cashier.payments import post_payment

    def body():
        acct = account_of(member, "wajib")
        if acct is None:
            raise NotFound(_("anggota {member_no} tidak punya rekening simpanan wajib", member_no=member.member_no))
        acct = _load_account(acct.id)
        errors = validate_deposit(acct, wajib_amount, date, method)
        if errors:
            raise ValidationError(errors)
        result = post_payment(actor, loan, installment_amount, date, method, idempotency_key=idempotency_key,
                              reference=reference, waiver=waiver)
        if result.replayed:
            txn = SavingsTransaction.get(SavingsTransaction.payment_id == result.payment_id)
            return TxnResult(txn.id, txn.receipt_no, acct.number, wajib_amount, D(txn.balance_after), True,
                             {"payment": result})
        journal = post_event(actor, [("savings_deposit", wajib_amount)], product_mapping(acct.product), date=date,
                             description=f"Simpanan wajib {acct.number} bersama angsuran kwitansi "
                                         f"{result.receipt_no}", source="savings", reference=result.receipt_no,
                             customer_id=_customer_id(acct), cash_account=_cash_account(method),
                             branch=acct.branch_id)
        txn = _write_txn(actor, acct, "deposit", wajib_amount, date, receipt_no=result.receipt_no, journal=journal,
                         method=method, memo="bersama angsuran", payment_id=result.payment_id)
        audit.record(actor, "savings.deposit", "savings_txn", txn.id,
                     after={"account": acct.number, "receipt_no": result.receipt_no, "amount": wajib_amount})
        return TxnResult(txn.id, result.receipt_no, acct.number, wajib_amount, D(txn.balance_after), False,
                         {"payment": result})

    return run_in_transaction(body)


REVERSIBLE = ("deposit", "withdrawal", "transfer_out", "transfer_in", "loan_payment")


def reverse_transaction(actor: User, txn: SavingsTransaction, reason: str, *, date: dt.date | None = None) -> \
        list[SavingsTransaction]:
    """A supervisor corrects a counter transaction by reversal (never by deletion; never the cashier who posted).

    Newest first per account: refused while a later posted transaction stands on the account, because the
    balances after it were built on this one.  A transfer reverses both legs; an installment paid from savings
    also reverses the loan payment (:func:`models.cashier.payments.reverse_payment`).  Interest, tax and SHU rows are
    corrected by the month-end or SHU procedures, not here.

    Returns:
        The correction rows written (one per leg).
    Raises:
        ConflictError (already reversed), DomainError (not the newest, would overdraw), ValidationError.
    """
    require(actor, "savings.approve")
    when = date or _today()

    def body():
        original = SavingsTransaction.get_by_id(txn.id)
        require_checker(original.created_by_id, actor, "Pembatalan transaksi simpanan")
        if original.status != "posted":
            raise ConflictError(_("transaksi {id} sudah dibatalkan", id=original.receipt_no or original.id))
        if original.kind not in REVERSIBLE:
            raise DomainError(_("{kind} tidak dibatalkan di kasir", kind=TXN_LABELS.get(original.kind, original.kind)))
        if not (reason or "").strip():
            raise ValidationError(FieldError("reason", _("alasan pembatalan wajib diisi")))
        legs = [original]
        if original.counterpart_id:
            legs.append(SavingsTransaction.get_by_id(original.counterpart_id))
        corrections = []
        for leg in legs:
            later = (SavingsTransaction.select().where((SavingsTransaction.account == leg.account_id)
                                                       & (SavingsTransaction.id > leg.id)
                                                       & (SavingsTransaction.status == "posted")
                                                       & (SavingsTransaction.kind != "correction")).first())
            if later is not None:
                raise DomainError(_("transaksi lebih baru ({kind} {date}) masih berlaku di rekening ini: batalkan yang "
                                    "terbaru dulu", kind=TXN_LABELS.get(later.kind, later.kind),
                                    date=f"{later.date:%d/%m/%Y}"))
            acct = _load_account(leg.account_id)
            if D(acct.balance) - D(leg.amount) < ZERO:
                raise DomainError(_("pembatalan membuat saldo rekening {number} negatif", number=acct.number))
        errors: list[FieldError] = []
        _check_date(when, errors)
        if errors:
            raise ValidationError(errors)
        if original.kind == "loan_payment" and original.payment_id:
            from models.cashier.payments import Payment, reverse_payment

            reverse_payment(actor, Payment.get_by_id(original.payment_id), reason, date=when)
        reversal = reverse_journal(actor, original.journal, reason.strip(), date=when, by_subledger=True) \
            if original.journal_id else None
        for leg in legs:
            acct = _load_account(leg.account_id)
            corr = _write_txn(actor, acct, "correction", -D(leg.amount), when, receipt_no=leg.receipt_no,
                              journal=reversal, memo=f"batal: {reason.strip()}"[:200], reverses=leg.id)
            SavingsTransaction.update(status="reversed").where(SavingsTransaction.id == leg.id).execute()
            corrections.append(corr)
        audit.record(actor, "savings.reverse", "savings_txn", original.id,
                     before={"status": "posted", "amount": original.amount},
                     after={"status": "reversed", "reversal": reversal.number if reversal else None},
                     note=reason.strip())
        return corrections

    return run_in_transaction(body)


# ------------------------------------------------------------------------------------------ wajib arrears
def wajib_arrears(member: Member, as_of: dt.date) -> Arrears:
    """Simpanan wajib owed up to ``as_of``, like loan arrears: one "installment" due each month from the join
    month (due on the join day's date of each month), paid oldest first.

    Returns:
        :class:`Arrears`: months due, expected, paid, owed, whole months behind and the oldest unpaid due date.
    """
    acct = account_of(member, "wajib")
    if acct is None:
        return Arrears(0, ZERO, ZERO, ZERO, 0, None)
    monthly = D(acct.product.fixed_amount)
    end = member.left_on if member.left_on and member.left_on < as_of else as_of
    months = 0
    due = member.joined_on
    while due <= end:
        months += 1
        due = _add_months(member.joined_on, months)
    paid = from_minor(SavingsTransaction.select(fn.SUM(SavingsTransaction.amount)).where(
        (SavingsTransaction.account == acct.id) & (SavingsTransaction.date <= as_of)
        & SavingsTransaction.kind.in_(["deposit", "correction", "transfer_in"])).scalar() or 0)
    expected = monthly * months
    owed = max(expected - paid, ZERO)
    paid_months = int(paid // monthly) if monthly > ZERO else 0
    behind = max(months - paid_months, 0)
    oldest = _add_months(member.joined_on, paid_months) if behind else None
    return Arrears(months, expected, paid, owed, behind, oldest)


def wajib_arrears_list(as_of: dt.date) -> list[tuple[Member, Arrears]]:
    """Active members behind on simpanan wajib, the longest first."""
    rows = []
    for member in Member.select().where(Member.status == "active").order_by(Member.seq):
        arrears = wajib_arrears(member, as_of)
        if arrears.owed > ZERO:
            rows.append((member, arrears))
    rows.sort(key=lambda r: (-r[1].months_behind, r[0].seq))
    return rows


# ------------------------------------------------------------------------------------------------ reads
def transactions(account: SavingsAccount, date_from: dt.date | None = None, date_to: dt.date | None = None) -> \
        list[SavingsTransaction]:
    query = SavingsTransaction.select().where(SavingsTransaction.account == account.id)
    if date_from:
        query = query.where(SavingsTransaction.date >= date_from)
    if date_to:
        query = query.where(SavingsTransaction.date <= date_to)
    return list(query.order_by(SavingsTransaction.id))


def balance_on(account: SavingsAccount, date: dt.date) -> Decimal:
    """The account's balance at the end of ``date``."""
    return from_minor(SavingsTransaction.select(fn.SUM(SavingsTransaction.amount)).where(
        (SavingsTransaction.account == account.id) & (SavingsTransaction.date <= date)).scalar() or 0)


def member_total(member: Member) -> Decimal:
    return from_minor(SavingsAccount.select(fn.SUM(SavingsAccount.balance))
                      .where(SavingsAccount.member == member.id).scalar() or 0)


def totals_by_account_code() -> dict[str, Decimal]:
    """Σ member balances per ledger account (what ``check`` reconciles against the ledger)."""
    rows = (SavingsAccount.select(SavingsProduct.account_code, fn.SUM(SavingsAccount.balance))
            .join(SavingsProduct).group_by(SavingsProduct.account_code).tuples())
    return {code: from_minor(total or 0) for code, total in rows}


# ------------------------------------------------------------------------------------- monthly interest
@dataclass(frozen=True)
class InterestRunResult:
    """What :func:`credit_monthly_interest` did (or had already done: ``replayed``)."""

    period_end: dt.date
    accounts: int        # accounts credited
    gross: Decimal       # interest credited, rupiah
    tax: Decimal         # tax withheld, rupiah
    journals: tuple[str, ...]
    replayed: bool = False


def _month_movements(first: dt.date, last: dt.date, account_ids_sql: str) -> dict[int, list]:
    """(date, Σ amount) per account inside the month, by day: one grouped query."""
    db = database.obj
    p = db.param
    rows = db.execute_sql(
        f"SELECT account_id, date, SUM(amount) FROM savings_transaction WHERE date >= {p} AND date <= {p} "
        f"AND account_id IN ({account_ids_sql}) GROUP BY account_id, date ORDER BY account_id, date",
        (first.isoformat(), last.isoformat())).fetchall()
    out: dict[int, list] = {}
    for account_id, day, total in rows:
        day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
        out.setdefault(account_id, []).append((day, total))
    return out


def interest_preview(period_end: dt.date) -> list[dict]:
    """Each account's interest for the month of ``period_end`` before tax, without writing anything.

    Sukarela accounts earn on the product's basis (:mod:`models.savings.savings_interest`); time deposits earn their
    agreed rate on the principal for the days held in the month (opening day included, closing day not), paid
    into the member's sukarela account named on the deposit.

    Returns:
        Dicts ``account_id, member_id, credit_account_id, product_id, base (Decimal), gross (Decimal), days``.
    """
    from models.savings.savings_interest import interest_for, month_bounds

    first, last = month_bounds(period_end)
    days_in_month = (last - first).days + 1
    db = database.obj
    p = db.param
    sukarela_sql = ("SELECT a.id FROM savings_account a JOIN savings_product pr ON pr.id = a.product_id "
                    "WHERE pr.kind = 'sukarela' AND pr.interest_basis != 'none' AND pr.rate > 0 "
                    f"AND a.opened_on <= '{last.isoformat()}' AND (a.status = 'active' OR a.closed_on > "
                    f"'{last.isoformat()}')")
    accounts = db.execute_sql(
        "SELECT a.id, a.member_id, a.product_id, pr.interest_basis, pr.rate, pr.min_earning_balance, "
        f"COALESCE((SELECT SUM(t.amount) FROM savings_transaction t WHERE t.account_id = a.id AND t.date < {p}), 0) "
        f"FROM savings_account a JOIN savings_product pr ON pr.id = a.product_id WHERE a.id IN ({sukarela_sql}) "
        "ORDER BY a.id", (first.isoformat(),)).fetchall()
    moves = _month_movements(first, last, sukarela_sql)
    out = []
    scale = PercentField.SCALE
    for account_id, member_id, product_id, basis, rate, min_earning, opening in accounts:
        # End-of-day balances in sen, integers: the minimum and the Σ for the average are exact.
        running, lowest, total, prev_day = opening, None, 0, first
        for day, amount in moves.get(account_id, ()):
            if day > prev_day:  # the days before this movement ended on ``running``
                lowest = running if lowest is None else min(lowest, running)
            total += running * (day - prev_day).days
            running += amount
            prev_day = day
        total += running * ((last - prev_day).days + 1)
        lowest = running if lowest is None else min(lowest, running)
        base_sen = Decimal(lowest) if basis == "minimum" else Decimal(total) / days_in_month
        base = base_sen / 100
        gross = interest_for(base, Decimal(rate) / scale, days_in_month, from_minor(min_earning))
        if gross > ZERO:
            out.append(dict(account_id=account_id, member_id=member_id, credit_account_id=account_id,
                            product_id=product_id, base=base, gross=gross, days=days_in_month))
    deposits = db.execute_sql(
        "SELECT a.id, a.member_id, a.interest_account_id, a.rate, a.opened_on, a.closed_on, "
        "CASE WHEN a.status = 'active' THEN a.balance ELSE (SELECT -t.amount FROM savings_transaction t "
        "WHERE t.account_id = a.id AND t.kind = 'withdrawal' ORDER BY t.id DESC LIMIT 1) END "
        "FROM savings_account a JOIN savings_product pr ON pr.id = a.product_id "
        f"WHERE pr.kind = 'berjangka' AND a.opened_on <= {p} AND (a.status = 'active' OR (a.closed_on > {p} "
        "AND a.on_maturity != 'broken')) AND a.interest_account_id IS NOT NULL ORDER BY a.id",
        (last.isoformat(), first.isoformat())).fetchall()
    for account_id, member_id, credit_id, rate, opened, closed, balance in deposits:
        # Days held in the month: the opening day counts, the day it was paid out does not.
        opened = opened if isinstance(opened, dt.date) else dt.date.fromisoformat(str(opened)[:10])
        start = max(first, opened)
        end = last
        if closed is not None:
            closed = closed if isinstance(closed, dt.date) else dt.date.fromisoformat(str(closed)[:10])
            end = min(last, closed - dt.timedelta(days=1))
        days = (end - start).days + 1
        if days <= 0 or not balance:
            continue
        principal = from_minor(balance)
        gross = interest_for(principal, Decimal(rate or 0) / scale, days)
        if gross > ZERO:
            credit_product = SavingsAccount.get_by_id(credit_id).product_id
            out.append(dict(account_id=account_id, member_id=member_id, credit_account_id=credit_id,
                            product_id=credit_product, base=principal, gross=gross, days=days))
    return out


def credit_monthly_interest(actor: User | None, period_end: dt.date) -> InterestRunResult:
    """The month-end procedure credits the month's interest (jasa simpanan) and withholds its tax.

    Idempotent: a second call for the same month returns the first run (``replayed=True``) and writes nothing.
    Set-based: two grouped reads, the arithmetic in integer sen, then one ``executemany`` for the rows and one for
    the balances, and one journal per credited product (debit Beban Jasa Simpanan, credit the product's account;
    debit the account, credit Utang PPh Final for the tax).

    Tax (PP 15/2009, PMK 112/PMK.03/2010): each member's interest of the month is added up across accounts; at
    most Rp 240.000 it is 0 %, above it 10 % of each account's whole gross interest.  A withholding slip is
    issued for every member credited, at 0 % too (:func:`tax_slips`).

    Args:
        actor: the accountant or manager running month-end (``period.close``), or ``None`` for the system.
        period_end: any day of the month; the month's last day is the date of the rows and journals.
    Returns:
        :class:`InterestRunResult`.
    Raises:
        ValidationError: the month is closed, or not yet over.
    """
    from models.savings.savings_interest import month_bounds, withholding_tax

    if actor is not None:
        require(actor, "period.close")
    first, last = month_bounds(period_end)

    def body() -> InterestRunResult:
        existing = SavingsInterestRun.get_or_none(SavingsInterestRun.period_end == last)
        if existing is not None:
            return InterestRunResult(last, existing.accounts, D(existing.gross), D(existing.tax),
                                     tuple(json.loads(existing.journal_ids)), True)
        errors = []
        if is_closed(last):
            errors.append(FieldError("period_end", _("periode {month}/{year} sudah ditutup",
                                                     month=format(last.month, "02d"), year=last.year), "closed"))
        if last > _today():
            errors.append(FieldError("period_end", _("bulan {month}/{year} belum berakhir",
                                                     month=format(last.month, "02d"), year=last.year)))
        if errors:
            raise ValidationError(errors)
        # Balances in integer sen from here on, read plainly (an ORM "IN (…40.000 ids…)" costs seconds to
        # compile).  Interest goes only to accounts still open: a member who left before the run took their
        # savings with them.
        open_accounts = {account_id: (int(bal), branch_id) for account_id, bal, branch_id in database.obj.execute_sql(
            "SELECT id, balance, branch_id FROM savings_account WHERE status = 'active'").fetchall()}
        lines = [l for l in interest_preview(last) if l["credit_account_id"] in open_accounts]
        member_gross: dict[int, Decimal] = {}
        for line in lines:
            member_gross[line["member_id"]] = member_gross.get(line["member_id"], ZERO) + line["gross"]
        products = {p.id: p for p in SavingsProduct.select()}
        credited = {l["credit_account_id"] for l in lines}
        balances = {k: open_accounts[k][0] for k in credited}
        branch_of = {k: open_accounts[k][1] for k in credited}
        period = f"{last.year:04d}-{last.month:02d}"
        stamp = now()
        actor_id = actor.id if actor else None
        rows, per_product = [], {}
        for line in lines:
            product = products[line["product_id"]]
            gross = line["gross"]
            tax = withholding_tax(member_gross[line["member_id"]], gross, D(product.tax_free_limit),
                                  D(product.tax_rate))
            credit_id = line["credit_account_id"]
            bal = balances[credit_id] + to_minor(gross)
            memo = (f"jasa {period} saldo dasar {format_rupiah(round(line['base'], 2))}"
                    if credit_id == line["account_id"] else f"jasa berjangka #{line['account_id']} {period}")
            rows.append((credit_id, last.isoformat(), "interest", to_minor(gross), bal, branch_of[credit_id],
                         period, memo[:200], actor_id, stamp))
            if tax > ZERO:
                bal -= to_minor(tax)
                rows.append((credit_id, last.isoformat(), "tax", -to_minor(tax), bal, branch_of[credit_id],
                             period, f"PPh final {format(D(product.tax_rate).normalize(), 'f')}% jasa {period}",
                             actor_id, stamp))
            balances[credit_id] = bal
            total = per_product.setdefault(product.id, [ZERO, ZERO])
            total[0] += gross
            total[1] += tax
        db = database.obj
        p = db.param
        db.cursor().executemany(
            "INSERT INTO savings_transaction (account_id, date, kind, amount, balance_after, branch_id, period, "
            "memo, created_by_id, created_at, method, status) "
            f"VALUES ({', '.join([p] * 10)}, 'system', 'posted')", rows)
        db.cursor().executemany(f"UPDATE savings_account SET balance = {p} WHERE id = {p}",
                                [(bal, account_id) for account_id, bal in balances.items()])
        # a time deposit remembers the interest it has paid (its early-break penalty may be a % of it)
        deposit_interest = [(to_minor(l["gross"]), l["account_id"]) for l in lines
                            if l["credit_account_id"] != l["account_id"]]
        if deposit_interest:
            db.cursor().executemany(f"UPDATE savings_account SET interest_paid = interest_paid + {p} WHERE id = {p}",
                                    deposit_interest)
        journals = []
        for product_id, (gross, tax) in sorted(per_product.items()):
            product = products[product_id]
            journal = post_event(actor, [("savings_interest", gross), ("savings_tax", tax)], product_mapping(product),
                                 date=last, description=f"Jasa {product.name} {last.month:02d}/{last.year}",
                                 source="savings", reference=f"JASA/{period}/{product.code}")
            if journal is not None:
                journals.append(journal)
                # the rows of this product's accounts point at their journal
                SavingsTransaction.update(journal=journal.id).where(
                    (SavingsTransaction.period == period) & SavingsTransaction.kind.in_(["interest", "tax"])
                    & SavingsTransaction.journal.is_null()
                    & SavingsTransaction.account.in_(SavingsAccount.select(SavingsAccount.id)
                                                     .where(SavingsAccount.product == product_id))).execute()
        gross_total = sum((g for g, _t in per_product.values()), ZERO)
        tax_total = sum((t for _g, t in per_product.values()), ZERO)
        SavingsInterestRun.create(period_end=last, accounts=len(credited), gross=gross_total, tax=tax_total,
                                  journal_ids=json.dumps([j.number for j in journals]), created_by=actor_id)
        audit.record(actor, "savings.interest", "savings_interest_run", period,
                     after={"accounts": len(credited), "gross": gross_total, "tax": tax_total})
        return InterestRunResult(last, len(credited), gross_total, tax_total, tuple(j.number for j in journals))

    if actor is None:  # the system's month-end run (documented above): its journals post as the system
        from models.core.users import system_context

        with system_context():
            return run_in_transaction(body)
    return run_in_transaction(body)


@dataclass(frozen=True)
class TaxSlip:
    """A withholding slip (bukti potong PPh final jasa simpanan) for one member and month, issued even at 0 %."""

    slip_no: str
    member_no: str
    name: str
    period: str
    gross: Decimal
    tax: Decimal
    rate_pct: Decimal


def tax_slips(period_end: dt.date) -> list[TaxSlip]:
    """The month's withholding slips, one per member credited (PP 15/2009: a slip even at 0 %)."""
    from models.savings.savings_interest import month_bounds

    _first, last = month_bounds(period_end)
    period = f"{last.year:04d}-{last.month:02d}"
    rows = (SavingsTransaction.select(Member.member_no, Customer.full_name, SavingsTransaction.kind,
                                      fn.SUM(SavingsTransaction.amount))
            .join(SavingsAccount).join(Member).join(Customer)
            .where((SavingsTransaction.period == period) & SavingsTransaction.kind.in_(["interest", "tax"]))
            .group_by(Member.member_no, Customer.full_name, SavingsTransaction.kind).tuples())
    sums: dict[tuple[str, str], list[Decimal]] = {}
    for member_no, name, kind, total in rows:
        entry = sums.setdefault((member_no, name), [ZERO, ZERO])
        entry[0 if kind == "interest" else 1] += abs(from_minor(total))
    slips = []
    for (member_no, name), (gross, tax) in sorted(sums.items()):
        rate = (tax * 100 / gross).quantize(Decimal(1)) if gross and tax else ZERO
        slips.append(TaxSlip(f"BP/{period}/{member_no}", member_no, name, period, gross, tax, rate))
    return slips


# -------------------------------------------------------------------------------------------- resignation
@dataclass(frozen=True)
class ResignationStatement:
    """The settlement of a resigning member: savings out, loans settled from them, the rest paid in cash."""

    member_no: str
    name: str
    date: dt.date
    savings: tuple[tuple[str, str, Decimal], ...]  # (account no, product name, balance)
    savings_total: Decimal
    loans: tuple[tuple[str, Decimal, str], ...]     # (contract no, amount applied, receipt)
    applied_to_loans: Decimal
    paid_out: Decimal
    loan_left: Decimal                              # still owed after the savings ran out
    receipt_no: str | None     # None when there was nothing to pay or settle
    journals: tuple[str, ...]


def resign_member(actor: User, member: Member, date: dt.date, reason: str, *, approved_by: User,
                  idempotency_key: str, status: str = "resigned") -> ResignationStatement:
    """A member leaves (keluar) or has died: every savings account is settled against outstanding loans first,
    the rest paid out, the accounts closed, with a statement and journals, approved by a second person.

    Order: each active loan of the member is settled early at its payoff quote
    (:func:`models.cashier.payments.settle_early`) when the savings cover it, otherwise paid with what is left
    (:func:`models.cashier.payments.post_payment`); the savings leave their accounts as ``settlement`` rows (debit each
    product's account, credit Kas), the loan postings debit Kas, so Kas moves only by what is paid out.
    Resigned members take no part in the year's SHU (DOMAIN.md).

    Args:
        actor: the cashier (``savings.post``); approved_by: a supervisor (``savings.approve``), not the actor.
        status: ``resigned`` or ``deceased``.
    Returns:
        :class:`ResignationStatement`.
    """
    require(actor, "savings.post")
    require(approved_by, "savings.approve")
    require_checker(actor.id, approved_by, "Pengunduran diri anggota")
    if status not in ("resigned", "deceased"):
        raise ValidationError(FieldError("status", _("status keluar: resigned atau deceased")))
    if not (reason or "").strip():
        raise ValidationError(FieldError("reason", _("alasan keluar wajib diisi")))
    from models.cashier.payments import payoff_quote, post_payment, settle_early
    from models.loans.loans import Loan

    def body():
        m = Member.get_by_id(member.id)
        if m.status != "active":
            raise ConflictError(_("anggota {member_no} sudah tidak aktif", member_no=m.member_no))
        errors: list[FieldError] = []
        _check_date(date, errors)
        if errors:
            raise ValidationError(errors)
        accounts = [_load_account(a.id) for a in accounts_of(m)]
        if any(a.product.kind == "berjangka" for a in accounts if D(a.balance) > ZERO):
            for a in accounts:
                if a.product.kind == "berjangka" and D(a.balance) > ZERO:
                    raise DomainError(_("cairkan dulu simpanan berjangka {number} (jatuh tempo atau sebelum "
                                        "jatuh tempo dengan penalti)", number=a.number))
        before = [(a.number, a.product.name, D(a.balance)) for a in accounts]
        total = sum((D(a.balance) for a in accounts), ZERO)
        available = total
        loan_rows, journals = [], []
        loan_left = ZERO
        receipt = None
        for n, loan in enumerate(Loan.select().where((Loan.customer == m.customer_id) & (Loan.status == "active"))
                                 .order_by(Loan.id)):
            quote = payoff_quote(loan, date)
            key = f"{idempotency_key[:56]}-L{n}"
            if available <= ZERO:
                loan_left += quote.total
                continue
            if available >= quote.total:
                result = settle_early(actor, loan, date, "cash", idempotency_key=key,
                                      reference=f"simpanan {m.member_no}")
                applied = quote.total
            else:
                result = post_payment(actor, loan, available, date, "cash", idempotency_key=key,
                                      reference=f"simpanan {m.member_no}")
                applied = available
                loan_left += quote.total - applied
            available -= applied
            receipt = receipt or result.receipt_no
            loan_rows.append((loan.contract_no, applied, result.receipt_no))
        if receipt is None and any(D(a.balance) > ZERO for a in accounts):  # no number without a document
            receipt = next_number("receipt", Customer.get_by_id(m.customer_id).branch_id, date.year)
        for acct in accounts:
            amount = D(acct.balance)
            if amount > ZERO:
                journal = post_event(actor, [("savings_withdrawal", amount)], product_mapping(acct.product),
                                     date=date, description=f"Penutupan {acct.product.name} {acct.number} "
                                                            f"(anggota keluar) {receipt}", source="savings",
                                     reference=receipt, customer_id=m.customer_id, branch=acct.branch_id)
                journals.append(journal.number)
                _write_txn(actor, acct, "settlement", -amount, date, receipt_no=receipt, journal=journal,
                           memo=f"anggota keluar: {reason.strip()}"[:200], approved_by=approved_by,
                           payment_id=_payment_id_of(loan_rows))
            SavingsAccount.update(status="closed", closed_on=date).where(SavingsAccount.id == acct.id).execute()
        Member.update(status=status, left_on=date, leave_reason=reason.strip(), approved_by=approved_by.id).where(
            Member.id == m.id).execute()
        customer = Customer.get_by_id(m.customer_id)
        statement = ResignationStatement(
            m.member_no, customer.full_name, date,
            tuple(before),
            total, tuple(loan_rows), total - available, available, loan_left, receipt, tuple(journals))
        audit.record(actor, "member.resign", "member", m.id,
                     before={"status": "active"}, after={"status": status, "savings": total,
                                                         "to_loans": total - available, "paid_out": available,
                                                         "receipt_no": receipt, "approved_by": approved_by.username},
                     note=reason.strip())
        return statement

    return run_in_transaction(body)


def _payment_id_of(loan_rows) -> int | None:
    if not loan_rows:
        return None
    from models.cashier.payments import Payment

    payment = Payment.get_or_none(Payment.receipt_no == loan_rows[0][2])
    return payment.id if payment else None


def savings_in_use() -> bool:
    """Whether this office keeps savings: a cooperative (koperasi simpan pinjam), or any office that has set up a
    savings product.  A leasing branch or a BPR without one has no savings desk, so its sidebar shows none.

    Source: practice -- simpanan pokok/wajib/sukarela belong to cooperatives (UU 25/1992 Pasal 41); a BPR's
    deposits are kept in its core banking system, not here, unless it sets up a product.
    """
    from models.core.office import Office

    office = Office.select(Office.kind).first()
    return (office is not None and office.kind == "koperasi") or SavingsProduct.select().exists()
