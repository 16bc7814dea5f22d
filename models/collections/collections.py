"""The collector's day: who chases which account, what happened at each call or visit, and today's list.

* **Assignments.**  An account (loan) is chased by one collector at a time.  The branch assigns collectors to
  areas (a village, a district or a regency of the customer's address, :class:`CollectorArea`) and the area
  rule assigns every open account there that has nobody yet; a supervisor may also move one account by hand.
  An assignment is never edited: a reassignment ends the current row and starts a new one, so the history
  says who had the account when (:class:`CollectionAssignment`).
* **Contacts.**  Each call, visit or message is one :class:`CollectionContact` row with its result (paid,
  promise to pay with a date and an amount, not met, refused, moved, unit not found, wrong number), a note and
  who made it.  Rows are never edited; the history stays on the loan and, through it, on the customer.
* **Promises.**  A promise is *kept* when the payments posted from the day it was made up to its date add up to
  the amount promised, *open* while its date has not passed, and *broken* otherwise.  This is derived from the
  payments table every time (never a flag someone must remember to set), so a promise broken yesterday
  surfaces at the top of today's list on its own.
* **Today's worklist** is set-based (CONVENTIONS: aggregate in SQL): one light statement finds and orders every
  open account due today or in arrears, or whose promise falls due today or was broken, with days past due
  counted as :func:`models.loans.loans.dpd_sql` counts them (:func:`worklist_keys`); a second fetches the display
  columns of the rows a screen paints, or of the whole list in chunks (:func:`worklist_rows`): customer,
  address and region, collector, last contact, and the arrears from the schedule (principal and interest due
  and unpaid, the same rows the cashier's :func:`models.cashier.payments.counter_view` adds up).  The full figure the
  cashier asks for (with late fees and less any advance) is :func:`cashier_figures`, computed by
  ``counter_view`` itself for the rows a screen or a letter actually shows.

Rules' sources: the contact results and promise practice are those of Indonesian collection desks (DOMAIN.md,
"the collector's day"); nothing here is regulated except the debtor's personal data (UU 27/2022: the list shows
phone and address only to staff with ``collection.work``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple
from urllib.parse import quote

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField, fn

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, database, is_sqlite, write_transaction
from models.core.errors import FieldError, NotFound, ValidationError
from models.core.money import ZERO, D, MoneyField, format_rupiah, from_minor
from models.core.office import get_setting
from models.core.users import Role, User, require
from models.customers.customers import Customer
from models.loans.loans import Installment, Loan
from models.core.texts import _

CHANNELS = {"visit": "Kunjungan", "call": "Telepon", "whatsapp": "WhatsApp", "office": "Datang ke kantor"}
RESULTS = {
    "paid": "Sudah bayar",
    "promise": "Janji bayar",
    "not_met": "Tidak bertemu",
    "refused": "Menolak bayar",
    "moved": "Pindah alamat",
    "unit_missing": "Unit tidak ditemukan",
    "wrong_number": "Nomor salah",
}
AREA_LEVELS = {"village": "Kelurahan/Desa", "district": "Kecamatan", "regency": "Kabupaten/Kota"}
#: Buckets of days past due the list can be filtered on (inclusive bounds; ``None`` = no upper bound).
BUCKETS = {"due_today": (0, 0), "1-30": (1, 30), "31-60": (31, 60), "61-90": (61, 90), "90+": (91, None)}
WRITTEN_OFF = "written_off"  # the "bucket" of written-off loans, still collectible (recoveries)
BUCKET_LABELS = {"due_today": "Jatuh tempo hari ini", "1-30": "1–30 hari", "31-60": "31–60 hari",
                 "61-90": "61–90 hari", "90+": "Lebih dari 90 hari",
                 WRITTEN_OFF: "Hapus buku (tetap ditagih)"}
PROMISE_LABELS = {"open": "Janji berjalan", "due_today": "Janji jatuh tempo hari ini", "broken": "Janji ingkar",
                  "kept": "Janji ditepati"}
#: Order of the list: broken promises first, then promises due today, then everything else by lateness.
PRIORITY_BROKEN, PRIORITY_PROMISE_TODAY, PRIORITY_OTHER = 0, 1, 2


class CollectorArea(BaseModel):
    """A collector covers an area of customers' addresses (practice: collectors are given villages/districts)."""

    collector = ForeignKeyField(User, on_delete="RESTRICT", backref="+", index=True)
    level = CharField(max_length=10)  # village | district | regency
    name = CharField(max_length=80)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("level", "name"), True),)  # one collector per area


class CollectionAssignment(BaseModel):
    """Who chases a loan from ``started_on``; ``ended_on`` is set when it moves to someone else."""

    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+")
    collector = ForeignKeyField(User, on_delete="RESTRICT", backref="+", index=True)
    how = CharField(max_length=8, default="manual")  # area | manual
    reason = CharField(max_length=200, default="")
    started_on = DateField()
    ended_on = DateField(null=True)
    assigned_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("loan", "ended_on"), False),)


class CollectionContact(BaseModel):
    """One call, visit or message on a loan, with its result; promises carry a date and an amount."""

    loan = ForeignKeyField(Loan, on_delete="RESTRICT", backref="+")
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+", index=True)
    user = ForeignKeyField(User, on_delete="RESTRICT", backref="+", index=True)
    date = DateField(index=True)
    channel = CharField(max_length=10, default="visit")
    result = CharField(max_length=14)
    promise_date = DateField(null=True)
    promise_amount = MoneyField(null=True)
    note = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("loan", "date"), False),)


# ------------------------------------------------------------------------------------------- records
@dataclass(frozen=True)
class ContactRow:
    id: int
    loan_id: int
    contract_no: str
    date: dt.date
    channel: str
    result: str
    promise_date: dt.date | None
    promise_amount: Decimal | None
    promise_status: str | None  # open | due_today | kept | broken (promises only)
    note: str
    user: str


class WorkRow(NamedTuple):
    """One line of today's list (a named tuple: a list of tens of thousands is built in one pass)."""

    loan_id: int
    contract_no: str
    customer_id: int
    customer: str
    phone: str
    address: str
    village: str
    district: str
    regency: str
    officer_id: int
    officer: str
    collector_id: int | None
    collector: str
    dpd: int
    arrears: Decimal | None  # principal + interest due by the day and unpaid (None: asked without amounts)
    installment: Decimal
    oldest_due: dt.date | None
    months_on_book: int
    last_contact_on: dt.date | None
    last_result: str
    promise_date: dt.date | None
    promise_amount: Decimal | None
    promise_status: str | None
    priority: int

    @property
    def region(self) -> str:
        return ", ".join(p for p in (self.village, self.district, self.regency) if p)


# ------------------------------------------------------------------------------------------- helpers
def months_on_book(disbursed_on: dt.date, as_of: dt.date) -> int:
    """Whole months since disbursement (month 1 = the first month after the loan was paid out).

    A loan disbursed on 31 January is one month on book on 28 February (end of the shorter month), two on
    31 March; practice counts a loan's age from its disbursement date, as the vintage tables do.
    """
    if as_of < disbursed_on:
        return 0
    months = (as_of.year - disbursed_on.year) * 12 + as_of.month - disbursed_on.month
    if as_of.day < disbursed_on.day:
        # the end of a shorter month completes the month (31 Jan → 28 Feb)
        next_day = as_of + dt.timedelta(days=1)
        if next_day.month == as_of.month:
            months -= 1
    return max(0, months)


def _date(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def promise_status(promise_date: dt.date, amount: Decimal, paid: Decimal, as_of: dt.date) -> str:
    """``kept`` when what was paid since the promise reaches the amount; else ``open`` before its date,
    ``due_today`` on it and ``broken`` after it."""
    if D(paid) >= D(amount):
        return "kept"
    if as_of < promise_date:
        return "open"
    if as_of == promise_date:
        return "due_today"
    return "broken"


def _paid_between(loan_ids: list[int], rows: list[tuple[int, dt.date, dt.date]]) -> dict[tuple, Decimal]:
    """Sum of posted payments per (loan, from, to) window; one query for all windows."""
    from models.cashier.payments import Payment

    if not rows:
        return {}
    first = min(r[1] for r in rows)
    payments: dict[int, list[tuple[dt.date, Decimal]]] = {}
    query = (Payment.select(Payment.loan, Payment.date, Payment.amount)
             .where(Payment.loan.in_(loan_ids) & (Payment.status == "posted") & (Payment.date >= first)).tuples())
    for loan_id, date, amount in query:
        payments.setdefault(loan_id, []).append((_date(date), D(amount)))
    out = {}
    for loan_id, start, end in rows:
        out[(loan_id, start, end)] = sum((a for d, a in payments.get(loan_id, []) if start <= d <= end), ZERO)
    return out


# ---------------------------------------------------------------------------------------- assignments
def current_collector(loan: Loan | int) -> User | None:
    loan_id = loan if isinstance(loan, int) else loan.id
    row = (CollectionAssignment.select().where((CollectionAssignment.loan == loan_id)
                                                & CollectionAssignment.ended_on.is_null()).first())
    return row.collector if row else None


def _check_collector(user: User) -> None:
    if user is None or not user.active or user.role not in (Role.COLLECTOR.value, Role.OFFICER.value,
                                                            Role.SUPERVISOR.value):
        raise ValidationError(FieldError("collector",
                                         _("penagih harus kolektor, petugas kredit atau supervisor aktif")))


def _assign(actor: User | None, loan_id: int, collector: User, how: str, reason: str, date: dt.date) -> bool:
    current = (CollectionAssignment.select().where((CollectionAssignment.loan == loan_id)
                                                    & CollectionAssignment.ended_on.is_null()).first())
    if current is not None and current.collector_id == collector.id:
        return False
    if current is not None:
        CollectionAssignment.update(ended_on=date).where(CollectionAssignment.id == current.id).execute()
    CollectionAssignment.create(loan=loan_id, collector=collector, how=how, reason=reason[:200], started_on=date,
                                assigned_by=actor)
    return True


@write_transaction
def assign_loan(actor: User, loan: Loan, collector: User, reason: str, date: dt.date | None = None) -> bool:
    """A supervisor gives one account to a collector by hand (``collection.assign``); audited.

    The previous assignment is ended, not overwritten (reassignment history).  A reason is required when the
    account moves from one collector to another.

    Returns:
        True when the assignment changed (False: it was already this collector's).
    """
    require(actor, "collection.assign")
    _check_collector(collector)
    date = date or dt.date.today()
    before = current_collector(loan)
    if before is not None and before.id != collector.id and not (reason or "").strip():
        raise ValidationError(FieldError("reason", _("alasan pemindahan wajib diisi")))
    changed = _assign(actor, loan.id, collector, "manual", (reason or "").strip(), date)
    if changed:
        audit.record(actor, "collection.assign", "loan", loan.id,
                     before={"collector": before.username if before else None},
                     after={"collector": collector.username, "reason": reason, "date": date})
    return changed


@dataclass(frozen=True)
class AreaResult:
    area_id: int
    assigned: int  # accounts newly given to the collector


@write_transaction
def assign_area(actor: User, collector: User, level: str, name: str, date: dt.date | None = None) -> AreaResult:
    """Give a collector an area (a village, district or regency of the customers' addresses) and every open
    account there that has no collector yet (``collection.assign``); audited.

    An area belongs to one collector: giving it to another moves the area (not the accounts already assigned
    by hand).  Run :func:`assign_unassigned` later to pick up new loans.
    """
    require(actor, "collection.assign")
    _check_collector(collector)
    if level not in AREA_LEVELS:
        raise ValidationError(FieldError("level", _("tingkat wilayah tidak dikenal")))
    name = (name or "").strip()
    if not name:
        raise ValidationError(FieldError("name", _("nama wilayah wajib diisi")))
    date = date or dt.date.today()
    area = CollectorArea.get_or_none((CollectorArea.level == level) & (fn.LOWER(CollectorArea.name) == name.lower()))
    before = area.collector.username if area else None
    if area is None:
        area = CollectorArea.create(collector=collector, level=level, name=name, created_by=actor)
    else:
        CollectorArea.update(collector=collector).where(CollectorArea.id == area.id).execute()
    count = _assign_area_loans(actor, collector, level, name, date)
    audit.record(actor, "collection.area", "collector_area", area.id, before={"collector": before},
                 after={"collector": collector.username, "level": level, "name": name, "assigned": count})
    return AreaResult(area.id, count)


def _assign_area_loans(actor, collector: User, level: str, name: str, date: dt.date) -> int:
    column = getattr(Customer, level)
    has_one = (CollectionAssignment.select(CollectionAssignment.loan)
               .where(CollectionAssignment.ended_on.is_null()))
    ids = [i for (i,) in Loan.select(Loan.id).join(Customer, on=(Loan.customer == Customer.id))
           .where((Loan.status == "active") & (fn.LOWER(column) == name.lower()) & Loan.id.not_in(has_one)).tuples()]
    for loan_id in ids:
        _assign(actor, loan_id, collector, "area", f"wilayah {AREA_LEVELS[level]} {name}", date)
    return len(ids)


@write_transaction
def assign_unassigned(actor: User, date: dt.date | None = None) -> int:
    """Apply every area rule to open accounts that have no collector yet (new loans); returns how many."""
    require(actor, "collection.assign")
    date = date or dt.date.today()
    total = 0
    # the narrowest area wins: villages first, then districts, then regencies
    for level in ("village", "district", "regency"):
        for area in CollectorArea.select().where(CollectorArea.level == level):
            total += _assign_area_loans(actor, area.collector, level, area.name, date)
    if total:
        audit.record(actor, "collection.assign_areas", "loan", "", after={"assigned": total, "date": date})
    return total


def assignment_history(loan: Loan) -> list[CollectionAssignment]:
    """Every assignment of the loan, oldest first (who had it, from when to when, how, why)."""
    return list(CollectionAssignment.select().where(CollectionAssignment.loan == loan.id)
                .order_by(CollectionAssignment.started_on, CollectionAssignment.id))


def collector_areas() -> list[CollectorArea]:
    return list(CollectorArea.select().order_by(CollectorArea.level, CollectorArea.name))


# -------------------------------------------------------------------------------------------- contacts
def validate_contact(loan: Loan, date: dt.date, channel: str, result: str, promise_date: dt.date | None,
                     promise_amount, note: str) -> list[FieldError]:
    errors = []
    if channel not in CHANNELS:
        errors.append(FieldError("channel", _("cara kontak tidak dikenal")))
    if result not in RESULTS:
        errors.append(FieldError("result", _("hasil kontak tidak dikenal")))
    if date > dt.date.today() + dt.timedelta(days=1):
        errors.append(FieldError("date", _("tanggal kontak tidak boleh di masa depan")))
    if date < loan.disbursed_on:
        errors.append(FieldError("date", _("tanggal kontak sebelum pinjaman dicairkan")))
    if result == "promise":
        if promise_date is None:
            errors.append(FieldError("promise_date", _("tanggal janji bayar wajib diisi")))
        elif promise_date < date:
            errors.append(FieldError("promise_date", _("tanggal janji bayar tidak boleh sebelum tanggal kontak")))
        elif promise_date > date + dt.timedelta(days=int(get_setting("collections.promise_max_days", 31))):
            errors.append(FieldError("promise_date", _("janji bayar terlalu jauh (lihat pengaturan penagihan)")))
        if promise_amount is None or D(promise_amount) <= ZERO:
            errors.append(FieldError("promise_amount", _("jumlah janji bayar harus lebih dari nol")))
    if result in ("refused", "moved", "unit_missing", "wrong_number", "not_met") and not (note or "").strip():
        errors.append(FieldError("note", _("tuliskan catatan untuk hasil ini")))
    if len(note or "") > 2000:
        errors.append(FieldError("note", _("catatan paling panjang 2000 huruf")))
    return errors


@write_transaction
def record_contact(actor: User, loan: Loan, *, date: dt.date, channel: str, result: str, note: str = "",
                   promise_date: dt.date | None = None, promise_amount=None) -> ContactRow:
    """A collector or officer records a call or visit (``collection.work``); audited.

    Args:
        date: the day of the contact (today or earlier).
        channel: a key of :data:`CHANNELS`; result: a key of :data:`RESULTS`.
        promise_date, promise_amount: required for ``promise`` (rupiah); ignored otherwise.
    Returns:
        The stored contact as a :class:`ContactRow`.
    Raises:
        ValidationError: every broken rule at once; PermissionDenied.
    """
    require(actor, "collection.work")
    loan = Loan.get_by_id(loan.id)
    errors = validate_contact(loan, date, channel, result, promise_date, promise_amount, note)
    if errors:
        raise ValidationError(errors)
    promise = result == "promise"
    row = CollectionContact.create(loan=loan.id, customer=loan.customer_id, user=actor, date=date, channel=channel,
                                   result=result, promise_date=promise_date if promise else None,
                                   promise_amount=D(promise_amount) if promise else None,
                                   note=(note or "").strip())
    audit.record(actor, "collection.contact", "loan", loan.id,
                 after={"contract_no": loan.contract_no, "date": date, "channel": channel, "result": result,
                        "promise_date": row.promise_date, "promise_amount": row.promise_amount})
    return contacts(loan=loan, as_of=date, limit=1)[0]


def contacts(*, loan: Loan | None = None, customer: Customer | None = None, as_of: dt.date | None = None,
             limit: int | None = None) -> list[ContactRow]:
    """The contact history of a loan or of all a customer's loans, newest first, promises with their status
    as of ``as_of`` (default today)."""
    as_of = as_of or dt.date.today()
    query = (CollectionContact.select(CollectionContact, Loan.contract_no, User.full_name)
             .join(Loan, on=(CollectionContact.loan == Loan.id))
             .switch(CollectionContact).join(User, on=(CollectionContact.user == User.id))
             .order_by(CollectionContact.date.desc(), CollectionContact.id.desc()))
    if loan is not None:
        query = query.where(CollectionContact.loan == loan.id)
    if customer is not None:
        query = query.where(CollectionContact.customer == customer.id)
    if limit:
        query = query.limit(limit)
    rows = list(query)
    windows = [(c.loan_id, c.date, c.promise_date) for c in rows if c.result == "promise"]
    paid = _paid_between(list({c.loan_id for c in rows}), windows)
    out = []
    for c in rows:
        status = None
        if c.result == "promise":
            status = promise_status(c.promise_date, c.promise_amount, paid[(c.loan_id, c.date, c.promise_date)],
                                    as_of)
        out.append(ContactRow(c.id, c.loan_id, c.loan.contract_no, c.date, c.channel, c.result, c.promise_date,
                              c.promise_amount, status, c.note, c.user.full_name))
    return out


# -------------------------------------------------------------------------------------------- worklist
class WorkKey(NamedTuple):
    """What orders the list: one per account to chase, read for the whole list in one light query."""

    loan_id: int
    contract_no: str
    dpd: int
    promise_date: dt.date | None
    promise_amount: Decimal | None
    promise_status: str | None
    priority: int


def _filters(user: User, as_of: dt.date, collector_id, officer_id, area: str, bucket) -> tuple[str, list, list]:
    """(joins, where clauses, parameters) for the worklist's filters; a collector or an officer sees their own."""
    p = database.obj.param
    joins, where, params = "", [], []
    if user.role == Role.COLLECTOR.value:
        collector_id = user.id
    elif user.role == Role.OFFICER.value:
        officer_id = user.id
    if collector_id is not None:
        joins += " JOIN collection_assignment fa ON fa.loan_id = l.id AND fa.ended_on IS NULL"
        where.append(f"fa.collector_id = {p}")
        params.append(collector_id)
    if officer_id is not None:
        where.append(f"l.officer_id = {p}")
        params.append(officer_id)
    if area:
        like = f"%{area.strip().lower()}%"
        joins += " JOIN customer fc ON fc.id = l.customer_id"
        where.append(f"(LOWER(fc.village) LIKE {p} OR LOWER(fc.district) LIKE {p} OR LOWER(fc.regency) LIKE {p})")
        params += [like, like, like]
    if bucket and bucket != WRITTEN_OFF:
        low, high = BUCKETS[bucket]
        if low == 0:
            where.append(f"l.oldest_unpaid_due = {p}")
            params.append(as_of.isoformat())
        else:
            where.append(f"l.oldest_unpaid_due <= {p}")
            params.append((as_of - dt.timedelta(days=low)).isoformat())
            if high is not None:
                where.append(f"l.oldest_unpaid_due >= {p}")
                params.append((as_of - dt.timedelta(days=high)).isoformat())
    return joins, where, params


def _keys_sql(as_of: dt.date, joins: str = "", where: list | None = None, params: list | None = None,
              written_off: bool = False):
    """The light statement that finds and orders the accounts (shared with the benchmark's raw baseline).

    ``written_off``: the written-off loans instead (out of the active book, still collected).
    """
    p = database.obj.param
    day = as_of.isoformat()
    lookback = (as_of - dt.timedelta(days=int(get_setting("collections.broken_promise_days", 30)))).isoformat()
    # days past due as models.loans.loans.dpd_sql computes them, and whether anything is due by the day
    if is_sqlite():
        dpd = f"MAX(0, COALESCE(CAST(julianday({p}) - julianday(l.oldest_unpaid_due) AS INTEGER), 0))"
    else:
        dpd = f"GREATEST(0, COALESCE(({p}::date - l.oldest_unpaid_due), 0))"
    sql = f"""
SELECT l.id, l.contract_no, {dpd} AS dpd, l.oldest_unpaid_due <= {p}, pc.date, pc.promise_date, pc.promise_amount,
       CASE WHEN pc.id IS NULL THEN 0 ELSE
         (SELECT COALESCE(SUM(py.amount), 0) FROM payment py WHERE py.loan_id = l.id AND py.status = 'posted'
            AND py.date >= pc.date AND py.date <= pc.promise_date) END
FROM loan l{joins}
LEFT JOIN collection_contact pc ON pc.id = (SELECT MAX(y.id) FROM collection_contact y
                                            WHERE y.loan_id = l.id AND y.result = 'promise')
WHERE l.status = '{"written_off" if written_off else "active"}' AND (l.oldest_unpaid_due <= {p}
       OR l.id IN (SELECT z.loan_id FROM collection_contact z WHERE z.result = 'promise'
                   AND z.promise_date <= {p} AND z.promise_date >= {p}))"""
    for clause in where or []:
        sql += f" AND {clause}"
    sql += " ORDER BY dpd DESC, l.contract_no"
    return sql, [day, day, day, day, lookback] + list(params or [])


def _rows_sql(ids: list[int], as_of: dt.date, amounts: bool = True):
    """The display columns of the accounts ``ids`` (a block the screen paints, or a chunk of the whole list)."""
    p = database.obj.param
    arrears = (f"""(SELECT COALESCE(SUM(i.amount - i.principal_paid - i.interest_paid - i.interest_waived), 0)
          FROM installment i WHERE i.loan_id = l.id AND i.due_date <= {p} AND i.paid_on IS NULL)"""
               if amounts else "NULL")
    marks = ", ".join(p for _ in ids)
    sql = f"""
SELECT l.id, c.id, c.full_name, c.phone, c.address, c.village, c.district, c.regency, l.officer_id,
       a.collector_id, {arrears}, l.installment_amount, l.disbursed_on, lc.date, lc.result, l.oldest_unpaid_due
FROM loan l
JOIN customer c ON c.id = l.customer_id
LEFT JOIN collection_assignment a ON a.loan_id = l.id AND a.ended_on IS NULL
LEFT JOIN collection_contact lc ON lc.id = (SELECT MAX(x.id) FROM collection_contact x WHERE x.loan_id = l.id)
WHERE l.id IN ({marks})"""
    return sql, ([as_of.isoformat()] if amounts else []) + list(ids)


def worklist_keys(user: User, as_of: dt.date | None = None, *, collector_id: int | None = None,
                  officer_id: int | None = None, area: str = "", bucket: str | None = None) -> list[WorkKey]:
    """Every open account to chase on ``as_of``, in the list's order, with what orders it (light: a screen
    opens on these and fetches the display rows of the part it paints, :func:`worklist_rows`).

    Args and order: as :func:`worklist`.
    """
    require(user, "collection.work")
    as_of = as_of or dt.date.today()
    joins, where, params = _filters(user, as_of, collector_id, officer_id, area, bucket)
    sql, args = _keys_sql(as_of, joins, where, params, written_off=bucket == WRITTEN_OFF)
    broken_days = int(get_setting("collections.broken_promise_days", 30))
    # The statement orders by lateness; promises broken or due today are lifted to the top here (few rows).
    first: list[WorkKey] = []
    keys: list[WorkKey] = []
    append = keys.append
    for loan_id, contract_no, dpd, due, _promised_on, promise_date, promise_amount, paid in database.obj.execute_sql(
            sql, args):
        if promise_date is None:
            append(WorkKey(loan_id, contract_no, dpd, None, None, None, PRIORITY_OTHER))
            continue
        if isinstance(promise_date, str):
            promise_date = dt.date.fromisoformat(promise_date)
        status = promise_status(promise_date, from_minor(promise_amount), from_minor(paid), as_of)
        if status in ("kept", "open") and not due:
            continue  # on the list only for its promise, and that promise is kept or not yet due
        priority = PRIORITY_OTHER
        if status == "broken" and (as_of - promise_date).days <= broken_days:
            priority = PRIORITY_BROKEN
        elif status == "due_today":
            priority = PRIORITY_PROMISE_TODAY
        key = WorkKey(loan_id, contract_no, dpd, promise_date, from_minor(promise_amount), status, priority)
        (first if priority != PRIORITY_OTHER else keys).append(key)
    first.sort(key=lambda k: (k.priority, -k.dpd, k.contract_no))
    return first + keys


def worklist_rows(keys: list[WorkKey], as_of: dt.date, *, amounts: bool = True) -> dict[int, WorkRow]:
    """The display rows of ``keys`` (one query per 500 accounts), by loan id."""
    names = dict(User.select(User.id, User.full_name).tuples())
    by_id = {k.loan_id: k for k in keys}
    out: dict[int, WorkRow] = {}
    ids = list(by_id)
    dates: dict = {}

    def day(value):
        if value is None or not isinstance(value, str):
            return value
        got = dates.get(value)
        if got is None:
            got = dates[value] = dt.date.fromisoformat(value)
        return got

    for start in range(0, len(ids), 500):
        sql, args = _rows_sql(ids[start:start + 500], as_of, amounts)
        for (loan_id, customer_id, customer, phone, address, village, district, regency, officer_id, collector,
             owed, installment, disbursed, last_on, last_result, oldest) in database.obj.execute_sql(sql, args):
            k = by_id[loan_id]
            out[loan_id] = WorkRow(loan_id, k.contract_no, customer_id, customer, phone or "", address or "",
                                   village or "", district or "", regency or "", officer_id,
                                   names.get(officer_id, ""), collector, names.get(collector, "") if collector else "",
                                   k.dpd, from_minor(owed) if owed is not None else None, from_minor(installment),
                                   day(oldest), months_on_book(day(disbursed), as_of), day(last_on),
                                   last_result or "", k.promise_date, k.promise_amount, k.promise_status, k.priority)
    return out


def worklist(user: User, as_of: dt.date | None = None, *, collector_id: int | None = None,
             officer_id: int | None = None, area: str = "", bucket: str | None = None,
             amounts: bool = True) -> list[WorkRow]:
    """Every open account to chase on ``as_of``: due that day, in arrears, or with a promise due or broken.

    Args:
        user: who asks (``collection.work``).  A collector sees the accounts assigned to them, an officer their
            own portfolio; supervisors and managers see the office.
        collector_id, officer_id: narrow to one collector's or officer's accounts.
        area: part of the customer's village, district or regency (case-insensitive).
        bucket: a key of :data:`BUCKETS` (days past due, as :func:`models.loans.loans.dpd_sql` counts them).
        amounts: False leaves ``arrears`` None (a screen then asks :func:`cashier_figures` for what it paints).
    Returns:
        :class:`WorkRow` list: broken promises first (for ``collections.broken_promise_days`` days, default 30),
        then promises due today, then by days past due (most first).  An account listed only for its promise
        is left off once the promise is kept.  Set-based: :func:`worklist_keys` (one query), then the display
        rows in chunks of 500 (:func:`worklist_rows`).
    """
    as_of = as_of or dt.date.today()
    keys = worklist_keys(user, as_of, collector_id=collector_id, officer_id=officer_id, area=area, bucket=bucket)
    rows = worklist_rows(keys, as_of, amounts=amounts)
    return [rows[k.loan_id] for k in keys if k.loan_id in rows]


@dataclass(frozen=True)
class CashierFigure:
    """The amounts the cashier would ask for on ``date`` (from :func:`models.cashier.payments.counter_view`)."""

    arrears: Decimal
    late_fees: Decimal
    advance: Decimal
    total: Decimal  # arrears + late fees − advance: what brings the loan up to date
    overdue_count: int
    next_due_date: dt.date | None
    next_amount: Decimal


def cashier_figures(loan_ids: list[int], date: dt.date) -> dict[int, CashierFigure]:
    """The cashier's figure for many loans at once: their installments in one query, then
    :func:`models.cashier.payments.counter_view` on each (so the list, the letters and the counter always agree)."""
    from models.cashier.payments import counter_view

    if not loan_ids:
        return {}
    loans = {l.id: l for l in Loan.select().where(Loan.id.in_(loan_ids))}
    rows: dict[int, list[Installment]] = {i: [] for i in loans}
    for inst in Installment.select().where(Installment.loan.in_(list(loans))).order_by(Installment.loan,
                                                                                        Installment.no):
        rows[inst.loan_id].append(inst)
    out = {}
    for loan_id, loan in loans.items():
        view = counter_view(loan, date, rows[loan_id])
        nxt = next((i for i in rows[loan_id] if not i.is_paid), None)
        out[loan_id] = CashierFigure(view.arrears, view.late_fees, view.advance, view.all_arrears,
                                     view.overdue_count, nxt.due_date if nxt else None,
                                     view.next_installment)
    return out


# ------------------------------------------------------------------------------------------ WhatsApp
def wa_number(phone: str) -> str:
    """``+6281234567890`` → ``6281234567890`` (what wa.me wants: digits, country code, no plus)."""
    digits = "".join(ch for ch in (phone or "") if ch.isdigit())
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return digits


def reminder_text(row: WorkRow, figure: CashierFigure, as_of: dt.date) -> str:
    """A polite reminder the officer sends from their own WhatsApp (no gateway, no bulk sending).

    Names the amount the cashier would ask for today, the oldest due date, and the office's account
    numbers (setting ``collections.bank_accounts``, one per line).
    """
    from models.core.office import the_office

    office = the_office()
    accounts = str(get_setting("collections.bank_accounts", "") or "").strip()
    due = row.oldest_due or figure.next_due_date
    lines = [f"Yth. Bapak/Ibu {row.customer},",
             f"kami dari {office.name} mengingatkan angsuran kontrak {row.contract_no}."]
    if figure.total > ZERO:
        lines.append(f"Per {as_of:%d/%m/%Y} jumlah yang perlu dibayar {format_rupiah(figure.total)}"
                     + (f" (jatuh tempo sejak {due:%d/%m/%Y})." if due else "."))
    elif figure.next_due_date:
        lines.append(f"Angsuran berikutnya {format_rupiah(figure.next_amount)} jatuh tempo "
                     f"{figure.next_due_date:%d/%m/%Y}.")
    if accounts:
        lines.append("Pembayaran dapat ditransfer ke:\n" + accounts)
    lines.append("Abaikan pesan ini bila sudah membayar. Terima kasih.")
    return "\n".join(lines)


def wa_link(phone: str, text: str) -> str:
    """The ``https://wa.me/<number>?text=…`` link that opens the chat with the text ready to send."""
    number = wa_number(phone)
    if not number:
        raise NotFound(_("nasabah tidak punya nomor telepon"))
    return f"https://wa.me/{number}?text={quote(text)}"


# ------------------------------------------------------------------------------------ collector results


# ------------------------------------------------------------------------------------------- settings
#: The office's collection settings: key → (default, smallest, largest) for whole numbers of days/installments.
NUMBER_SETTINGS = {
    "collections.fpd_days": (30, 1, 180),  # first-payment default: first installment unpaid this many days
    "collections.broken_promise_days": (30, 1, 365),  # a broken promise stays on top this many days
    "collections.promise_max_days": (31, 1, 90),  # how far ahead a promise may be dated
    "collections.letter_deadline_days": (7, 1, 60),  # days the customer is given in a letter
    "restructure.cure_installments": (3, 0, 24),  # on-time installments before the class may improve
}
BANK_ACCOUNTS = "collections.bank_accounts"
LIMIT_ROLES = ("supervisor", "manager")


def collection_settings() -> dict:
    """The current values: the numbers of :data:`NUMBER_SETTINGS`, the account text, the approval limits."""
    from models.collections.restructuring import restructure_limit

    values = {key: int(get_setting(key, default)) for key, (default, _lo, _hi) in NUMBER_SETTINGS.items()}
    values[BANK_ACCOUNTS] = str(get_setting(BANK_ACCOUNTS, "") or "")
    for role in LIMIT_ROLES:
        values[f"restructure.limit.{role}"] = restructure_limit(role)
    return values


def validate_collection_settings(values: dict) -> list[FieldError]:
    errors = []
    for key, (_default, low, high) in NUMBER_SETTINGS.items():
        if key not in values:
            continue
        try:
            number = int(values[key])
        except (TypeError, ValueError):
            errors.append(FieldError(key, _("harus bilangan bulat")))
            continue
        if not low <= number <= high:
            errors.append(FieldError(key, _("harus antara {low} dan {high}", low=low, high=high)))
    if len(str(values.get(BANK_ACCOUNTS, "") or "")) > 500:
        errors.append(FieldError(BANK_ACCOUNTS, _("paling panjang 500 huruf")))
    for role in LIMIT_ROLES:
        key = f"restructure.limit.{role}"
        if values.get(key) is not None and D(values[key]) < ZERO:
            errors.append(FieldError(key, _("batas tidak boleh negatif")))
    unknown = set(values) - set(NUMBER_SETTINGS) - {BANK_ACCOUNTS} - {f"restructure.limit.{r}" for r in LIMIT_ROLES}
    errors += [FieldError(key, _("pengaturan tidak dikenal")) for key in sorted(unknown)]
    return errors


@write_transaction
def set_collection_settings(actor: User, values: dict) -> dict:
    """The manager sets the collection desk's rules (``settings.edit``); every problem at once; audited.

    Args:
        values: any of :func:`collection_settings`' keys; a restructuring limit of ``None`` means unlimited.
    Returns:
        The settings as they now stand.
    """
    from models.core.office import put_setting

    require(actor, "settings.edit")
    errors = validate_collection_settings(values)
    if errors:
        raise ValidationError(errors)
    before = collection_settings()
    for key, value in values.items():
        if key in NUMBER_SETTINGS:
            put_setting(key, int(value))
        elif key == BANK_ACCOUNTS:
            put_setting(key, str(value or "").strip())
        else:
            put_setting(key, None if value is None else str(D(value)))
    after = collection_settings()
    audit.record(actor, "setting.change", "setting", "collections",
                 before={k: before[k] for k in values}, after={k: after[k] for k in values})
    return after
