"""The collateral register: BPKBs held for vehicle loans, their movements, and fiducia registration.

A vehicle's BPKB (ownership book) stays with the lender until the loan is paid off.  The register knows where
each one is: still awaited from the dealer (it arrives weeks after the sale), received, stored in the safe,
lent out (to the customer for a tax renewal at Samsat, to the notary), or released to the customer.

Every movement is made by one person and signed off by a second one holding ``collateral.move`` (four eyes:
a BPKB is worth the vehicle).  A movement is first recorded as *pending*; only the sign-off applies it to the
collateral's status, so an unsigned movement changes nothing.  A BPKB is released only once the loan is closed:
the payoff calls :func:`mark_releasable` in its own transaction, and :func:`record_movement` refuses a release
before that.

Fiducia (UU 42/1999; PMK 130/2012 for multifinance): the fiduciary guarantee must be registered within 30 days
of the contract.  :func:`fiducia_due_list` lists contracts whose registration is still missing near or after
that deadline, for the branch's daily warning list.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models.core import audit
from models.core.clock import stamp as _stamp
from models.core.clock import stamp_date as _today
from models.core.db import BaseModel, write_transaction
from models.core.errors import DomainError, FieldError, NotFound, PermissionDenied, ValidationError
from models.core.office import get_setting
from models.core.texts import _
from models.core.users import User, has_permission, require, require_checker
from models.credit.applications import Application
from models.customers.customers import Customer

STATUSES = {"awaiting": "Menunggu dari dealer", "received": "Diterima", "stored": "Disimpan",
            "lent_out": "Dipinjam", "released": "Diserahkan ke nasabah", "void": "Batal",
            "sold": "Diserahkan ke pembeli unit tarikan"}
#: movement kind → (statuses it may start from, status it leads to)
MOVEMENTS: dict[str, tuple[tuple[str, ...], str]] = {
    "receive": (("awaiting",), "received"),
    "store": (("received", "lent_out"), "stored"),
    "lend": (("received", "stored"), "lent_out"),
    "release": (("received", "stored"), "released"),
    # a repossessed unit sold: the BPKB follows the unit to its buyer (models.collections.repossession)
    "to_buyer": (("received", "stored", "lent_out"), "sold"),
}
MOVEMENT_LABELS = {"receive": "Terima BPKB", "store": "Simpan di brankas", "lend": "Pinjamkan",
                   "release": "Serahkan ke nasabah", "to_buyer": "Serahkan ke pembeli unit tarikan"}
FIDUCIA_DAYS = 30  # days after the contract within which the fiducia must be registered
FIDUCIA_WARN_SETTING = "collateral.fiducia_warn_days"


class CollateralError(DomainError):
    """A collateral movement that the register refuses (wrong state, loan not closed …)."""


class Collateral(BaseModel):
    """One pledged item (a BPKB) of one contract."""

    application = ForeignKeyField(Application, backref="collateral", on_delete="RESTRICT", unique=True)
    loan_id = IntegerField(null=True, index=True)
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="+")
    kind = CharField(max_length=12, default="bpkb")
    description = CharField(max_length=160, default="")
    bpkb_no = CharField(max_length=30, default="")
    owner_name = CharField(max_length=100, default="")
    plate_no = CharField(max_length=16, default="")
    chassis_no = CharField(max_length=40, default="")
    engine_no = CharField(max_length=40, default="")
    status = CharField(max_length=10, default="awaiting", index=True)
    location = CharField(max_length=80, default="")
    contract_date = DateField()
    fiducia_no = CharField(max_length=40, default="")
    fiducia_date = DateField(null=True)
    fiducia_deadline = DateField(index=True)
    releasable = BooleanField(default=False)
    releasable_on = DateField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        only_save_dirty = True

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)


class CollateralMovement(BaseModel):
    """A movement: made by one person, applied only when a second person signs it off."""

    collateral = ForeignKeyField(Collateral, backref="movements", on_delete="RESTRICT", index=True)
    kind = CharField(max_length=10)
    date = DateField()
    party = CharField(max_length=100, default="")  # from/to whom (dealer, customer, Samsat, notary)
    note = TextField(default="")
    made_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    made_at = DateTimeField()
    signed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    signed_at = DateTimeField(null=True)


MODELS = [Collateral, CollateralMovement]


def _get(key) -> Collateral:
    row = Collateral.get_or_none(Collateral.id == int(getattr(key, "id", key)))
    if row is None:
        raise NotFound(_("jaminan #{key} tidak ditemukan", key=key))
    return row


def register_for_contract(app: Application) -> Collateral:
    """Open the register entry of a vehicle contract (BPKB awaited from the dealer); inside the contract's
    transaction (:func:`models.credit.disbursement.create_contract`), whose audit row covers it."""
    stamp = _stamp()
    description = " ".join(p for p in (app.asset_brand, app.asset_model, str(app.asset_year or ""),
                                       app.asset_colour) if p)
    row = Collateral.create(application=app, customer=app.customer_id, kind="bpkb", description=description[:160],
                            owner_name=app.customer.full_name, plate_no=app.plate_no, chassis_no=app.chassis_no,
                            engine_no=app.engine_no, status="awaiting", contract_date=app.contract_date,
                            fiducia_deadline=app.contract_date + dt.timedelta(days=FIDUCIA_DAYS),
                            created_at=stamp, updated_at=stamp)
    return row


def void_for_application(actor: User | None, app: Application) -> None:
    """A cancelled contract's collateral entry is voided (only while the BPKB was never received).

    Called by :func:`models.credit.disbursement.cancel_application`; the actor needs a right over applications.
    """
    from models.core.users import refresh_rights, system_allowed

    refresh_rights(actor)
    if actor is None and not system_allowed():
        raise PermissionDenied(_("membatalkan jaminan membutuhkan pengguna yang masuk"))
    if actor is not None and not any(has_permission(actor, p) for p in
                                     ("application.contract", "application.create", "application.approve")):
        require(actor, "application.contract")
    row = Collateral.get_or_none(Collateral.application == app.id)
    if row is None:
        return
    if row.status != "awaiting":
        raise CollateralError(_("BPKB kontrak {contract} sudah diterima ({status}): serahkan kembali dulu sebelum "
                                "membatalkan.", contract=app.contract_no, status=row.status_label))
    row.status = "void"
    row.updated_at = _stamp()
    row.save()
    audit.record(actor, "collateral.void", "collateral", row.id, before={"status": "awaiting"},
                 after={"status": "void"})


@write_transaction
def record_movement(actor: User, collateral: Collateral | int, kind: str, *, date: dt.date | None = None,
                    party: str = "", note: str = "", bpkb_no: str = "", location: str = "") -> CollateralMovement:
    """Record a movement, pending the second person's sign-off (:func:`sign_off`).

    Args:
        kind: ``receive`` (from the dealer; ``bpkb_no`` required), ``store`` (into the safe, ``location``),
            ``lend`` (``party``: to whom, ``note``: why), ``release`` (to the customer, once the loan is closed).
    Raises:
        CollateralError: the movement does not fit the collateral's state, another is still pending, or a
            release while the loan is still open.
    """
    require(actor, "collateral.move")
    row = _get(collateral)
    if kind not in MOVEMENTS:
        raise ValidationError(FieldError("kind", _("jenis mutasi tidak dikenal"), "invalid"))
    pending = CollateralMovement.select().where((CollateralMovement.collateral == row.id)
                                                & CollateralMovement.signed_by.is_null()).exists()
    if pending:
        raise CollateralError(_("Masih ada mutasi yang belum ditandatangani pemeriksa: selesaikan dulu."))
    allowed_from, _to = MOVEMENTS[kind]
    if row.status not in allowed_from:
        raise CollateralError(_("BPKB berstatus {status_label}: tidak dapat '{movement_labels}'.",
                                status_label=row.status_label, movement_labels=MOVEMENT_LABELS[kind]))
    if kind == "receive" and not (bpkb_no or "").strip():
        raise ValidationError(FieldError("bpkb_no", _("nomor BPKB wajib diisi saat diterima"), "required"))
    if kind == "lend" and not (party or "").strip():
        raise ValidationError(FieldError("party", _("tuliskan kepada siapa BPKB dipinjamkan"), "required"))
    if kind == "release":
        _refuse_release_while_open(row)
    date = date or _today()
    movement = CollateralMovement.create(collateral=row, kind=kind, date=date, party=(party or "").strip()[:100],
                                         note=((note or "").strip() + (f" [BPKB {bpkb_no.strip()}]" if bpkb_no else "")
                                               + (f" [lokasi {location.strip()}]" if location else "")),
                                         made_by=actor, made_at=_stamp())
    if bpkb_no:
        row.bpkb_no = bpkb_no.strip()[:30]
    if location:
        row.location = location.strip()[:80]
    row.save()
    audit.record(actor, "collateral.movement", "collateral", row.id,
                 after={"movement": movement.id, "kind": kind, "party": movement.party, "pending": True})
    return movement


def _refuse_release_while_open(row: Collateral) -> None:
    from models.loans.loans import Loan

    loan = Loan.get_or_none(Loan.id == row.loan_id) if row.loan_id else None
    if not row.releasable or loan is None or loan.is_open:
        raise CollateralError(_("BPKB hanya diserahkan setelah pinjaman lunas (kontrak belum ditutup)."))


@write_transaction
def sign_off(checker: User, movement: CollateralMovement | int) -> Collateral:
    """The second person signs a pending movement off; only now the collateral's status changes.

    Raises:
        PermissionDenied: the checker lacks ``collateral.move`` or is the person who recorded the movement.
    """
    require(checker, "collateral.move")
    movement = CollateralMovement.get_or_none(CollateralMovement.id == int(getattr(movement, "id", movement)))
    if movement is None:
        raise NotFound(_("mutasi jaminan tidak ditemukan"))
    if movement.signed_by_id is not None:
        raise CollateralError(_("Mutasi ini sudah ditandatangani."))
    require_checker(movement.made_by_id, checker, f"Mutasi BPKB ({MOVEMENT_LABELS[movement.kind]})")
    row = _get(movement.collateral_id)
    allowed_from, to = MOVEMENTS[movement.kind]
    if row.status not in allowed_from:
        raise CollateralError(_("BPKB berstatus {status_label}: mutasi tidak dapat diterapkan.",
                                status_label=row.status_label))
    if movement.kind == "release":
        _refuse_release_while_open(row)
    stamp = _stamp()
    movement.signed_by = checker
    movement.signed_at = stamp
    movement.save()
    before = row.status
    row.status = to
    row.updated_at = stamp
    row.save()
    audit.record(checker, "collateral.sign_off", "collateral", row.id, before={"status": before},
                 after={"status": to, "movement": movement.id, "kind": movement.kind})
    return row


@write_transaction
def mark_releasable(loan, date: dt.date | None = None, actor: User | None = None) -> int:
    """The loan is closed: its BPKB may now be released.  Called by the payoff inside its transaction,
    after the loan's status is set (lunas / lunas dipercepat); joins that transaction.

    Returns:
        How many collateral entries were marked (0 for a loan without collateral).
    Raises:
        CollateralError: the loan is still open.
    """
    if loan.is_open:
        raise CollateralError(_("Pinjaman {contract_no} belum lunas: BPKB belum dapat diserahkan.",
                                contract_no=loan.contract_no))
    date = date or loan.closed_on or _today()
    rows = list(Collateral.select().where((Collateral.loan_id == loan.id) & (Collateral.status != "void")))
    for row in rows:
        row.releasable = True
        row.releasable_on = date
        row.updated_at = _stamp()
        row.save()
        audit.record(actor, "collateral.releasable", "collateral", row.id, after={"loan": loan.id, "date": date})
    return len(rows)


@write_transaction
def withdraw_releasable(loan, actor: User | None = None) -> int:
    """A reversed payoff reopened the loan: its BPKB may no longer be released.  Joins the reversal's
    transaction, so the reversal and the withdrawal stand or fall together.

    Returns:
        How many collateral entries lost their releasable mark.
    Raises:
        CollateralError: a BPKB of the loan has already been handed to the customer; the payoff cannot be
            reversed until the document is back in the office (the office would hold a debt without its
            collateral).
    """
    rows = list(Collateral.select().where((Collateral.loan_id == loan.id) & (Collateral.status != "void")))
    released = [row for row in rows if row.status == "released"]
    if released:
        raise CollateralError(_("BPKB {bpkb} pinjaman {contract} sudah diserahkan ke nasabah: pelunasan tidak dapat "
                                "dibatalkan sebelum BPKB kembali ke kantor.", bpkb=released[0].bpkb_no or "",
                                contract=loan.contract_no))
    marked = [row for row in rows if row.releasable]
    for row in marked:
        row.releasable = False
        row.releasable_on = None
        row.updated_at = _stamp()
        row.save()
        audit.record(actor, "collateral.not_releasable", "collateral", row.id,
                     after={"loan": loan.id, "reason": "pelunasan dibatalkan"})
    return len(marked)


@write_transaction
def register_fiducia(actor: User, collateral: Collateral | int, number: str, date: dt.date) -> Collateral:
    """Record the fiducia certificate's registration number and date."""
    require(actor, "collateral.move")
    row = _get(collateral)
    errors = []
    if not (number or "").strip():
        errors.append(FieldError("fiducia_no", _("nomor sertifikat fidusia wajib diisi"), "required"))
    if date is None or date < row.contract_date:
        errors.append(FieldError("fiducia_date", _("tanggal fidusia tidak boleh sebelum tanggal kontrak"), "invalid"))
    elif date > _today():
        errors.append(FieldError("fiducia_date", _("tanggal fidusia tidak boleh di masa depan"), "future"))
    if errors:
        raise ValidationError(errors)
    before = {"fiducia_no": row.fiducia_no, "fiducia_date": row.fiducia_date}
    row.fiducia_no = number.strip()[:40]
    row.fiducia_date = date
    row.updated_at = _stamp()
    row.save()
    audit.record(actor, "collateral.fiducia", "collateral", row.id, before=before,
                 after={"fiducia_no": row.fiducia_no, "fiducia_date": date})
    return row


@dataclass(frozen=True)
class FiduciaDue:
    collateral_id: int
    contract_no: str
    customer: str
    contract_date: dt.date
    deadline: dt.date
    days_left: int  # negative: the deadline has passed

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def fiducia_due_list(today: dt.date, warn_days: int | None = None) -> list[FiduciaDue]:
    """Contracts whose fiducia is not registered yet and whose 30-day deadline is within ``warn_days`` of
    ``today`` or already past, most urgent first.

    Args:
        warn_days: how early to warn (default the setting ``collateral.fiducia_warn_days``, else 7).
    """
    warn = int(warn_days if warn_days is not None else get_setting(FIDUCIA_WARN_SETTING, 7))
    query = (Collateral.select(Collateral.id, Application.contract_no, Customer.full_name, Collateral.contract_date,
                               Collateral.fiducia_deadline)
             .join(Application, on=(Collateral.application == Application.id))
             .switch(Collateral).join(Customer, on=(Collateral.customer == Customer.id))
             .where((Collateral.fiducia_no == "") & (Collateral.status != "void")
                    & (Collateral.fiducia_deadline <= today + dt.timedelta(days=warn)))
             .order_by(Collateral.fiducia_deadline, Collateral.id).tuples())
    result = []
    for cid, contract_no, name, contract_date, deadline in query:
        if isinstance(deadline, str):
            deadline, contract_date = dt.date.fromisoformat(deadline), dt.date.fromisoformat(contract_date)
        result.append(FiduciaDue(cid, contract_no or "", name, contract_date, deadline, (deadline - today).days))
    return result


def collateral_of(app_or_loan) -> Collateral | None:
    """The register entry of an application, or of a loan (found by the loan's id)."""
    from models.loans.loans import Loan

    if isinstance(app_or_loan, Loan):
        return Collateral.get_or_none(Collateral.loan_id == app_or_loan.id)
    return Collateral.get_or_none(Collateral.application == int(getattr(app_or_loan, "id", app_or_loan)))


def pending_movements() -> list[CollateralMovement]:
    """Movements waiting for the second person's signature, oldest first."""
    return list(CollateralMovement.select().where(CollateralMovement.signed_by.is_null())
                .order_by(CollateralMovement.made_at))
