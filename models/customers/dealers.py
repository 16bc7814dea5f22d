"""Dealers (for leasing offices) and their salespeople.

A CMO's orders come from vehicle dealers; later issues hang applications and each dealer's performance
figures (approval rate, early arrears) on :class:`Dealer`, so the branch can answer "which dealers bring good
customers".  A dealer is never deleted once used: it is deactivated.
"""
from __future__ import annotations

from typing import Any

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, write_transaction
from models.core.errors import ConflictError, FieldError, NotFound, ValidationError
from models.core.office import Branch
from models.core.texts import _
from models.core.users import User, require
from models.customers.identity import normalize_phone

DEALER_KINDS = {"motor": "Dealer motor", "mobil": "Dealer mobil", "motor_mobil": "Motor & mobil",
                "elektronik": "Elektronik", "lainnya": "Lainnya"}


class Dealer(BaseModel):
    code = CharField(max_length=12, unique=True)
    name = CharField(max_length=120)
    kind = CharField(max_length=12, default="motor")
    brand = CharField(max_length=60, default="")  # Honda, Yamaha, Toyota …
    address = CharField(max_length=200, default="")
    city = CharField(max_length=80, default="")
    phone = CharField(max_length=16, default="")
    contact_person = CharField(max_length=100, default="")
    branch = ForeignKeyField(Branch, null=True, on_delete="RESTRICT")
    active = BooleanField(default=True)
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    def __str__(self) -> str:
        return self.name


class Salesperson(BaseModel):
    dealer = ForeignKeyField(Dealer, backref="salespeople", on_delete="RESTRICT")
    name = CharField(max_length=100)
    phone = CharField(max_length=16, default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)


MODELS = [Dealer, Salesperson]
DEALER_FIELDS = ("code", "name", "kind", "brand", "address", "city", "phone", "contact_person", "notes")


def _phone(value: str, field: str, errors: list[FieldError]) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return normalize_phone(value, field)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return ""


def validate_dealer(data: dict[str, Any]) -> dict[str, Any]:
    """Normalise a dealer form.

    Returns:
        The values for the table.
    Raises:
        ValidationError: every broken rule.
    """
    errors: list[FieldError] = []
    values = {name: " ".join(str(data.get(name) or "").split()) for name in DEALER_FIELDS if name in data}
    if "notes" in data:
        values["notes"] = str(data.get("notes") or "").strip()
    if "code" in values:
        values["code"] = values["code"].upper()
        if not values["code"] or not values["code"].replace("-", "").isalnum() or len(values["code"]) > 12:
            errors.append(FieldError("code", _("kode dealer 1–12 huruf/angka"), "code.format"))
    if "name" in values and not values["name"]:
        errors.append(FieldError("name", _("nama dealer wajib diisi"), "name.required"))
    if "kind" in values and values["kind"] not in DEALER_KINDS:
        errors.append(FieldError("kind", _("jenis dealer tidak dikenal"), "kind.choice"))
    if "phone" in values:
        values["phone"] = _phone(values["phone"], "phone", errors)
    for name in ("name", "address", "city", "contact_person", "brand"):
        limit = Dealer._meta.fields[name].max_length
        if len(values.get(name, "")) > limit:
            errors.append(FieldError(name, _("paling panjang {limit} huruf", limit=limit), f"{name}.length"))
    if errors:
        raise ValidationError(errors)
    return values


def _snapshot(dealer: Dealer) -> dict[str, Any]:
    return {name: getattr(dealer, name) for name in DEALER_FIELDS} | {"active": dealer.active,
                                                                      "branch": dealer.branch_id}


def _unique_code(code: str, exclude: int | None = None) -> None:
    query = Dealer.select(Dealer.id).where(Dealer.code == code)
    if exclude:
        query = query.where(Dealer.id != exclude)
    existing = query.first()
    if existing is not None:
        raise ConflictError(_("kode dealer {code} sudah dipakai", code=code), existing_id=existing.id)


@write_transaction
def create_dealer(actor: User, data: dict[str, Any]) -> Dealer:
    """Register a dealer.

    Args:
        data: ``code``, ``name`` (required), ``kind``, ``brand``, ``address``, ``city``, ``phone``,
            ``contact_person``, ``notes``, ``branch`` (id).
    Raises:
        ValidationError; ConflictError when the code is taken.
    """
    require(actor, "dealer.edit")
    values = validate_dealer({"code": "", "name": "", **data})
    _unique_code(values["code"])
    dealer = Dealer.create(branch=data.get("branch") or actor.branch_id, **values)
    audit.record(actor, "dealer.create", "dealer", dealer.id, after=_snapshot(dealer))
    return dealer


@write_transaction
def update_dealer(actor: User, dealer_id: int, data: dict[str, Any]) -> Dealer:
    require(actor, "dealer.edit")
    dealer = get_dealer(dealer_id)
    before = _snapshot(dealer)
    values = validate_dealer(data)
    if "code" in values:
        _unique_code(values["code"], dealer.id)
    Dealer.update(updated_at=now(), **values).where(Dealer.id == dealer.id).execute()
    dealer = get_dealer(dealer.id)
    audit.record(actor, "dealer.update", "dealer", dealer.id, before=before, after=_snapshot(dealer))
    return dealer


@write_transaction
def set_dealer_active(actor: User, dealer_id: int, active: bool) -> Dealer:
    """Activate or deactivate a dealer (deactivated dealers are not offered for new applications)."""
    require(actor, "dealer.edit")
    dealer = get_dealer(dealer_id)
    Dealer.update(active=active, updated_at=now()).where(Dealer.id == dealer.id).execute()
    audit.record(actor, "dealer.activate" if active else "dealer.deactivate", "dealer", dealer.id,
                 before={"active": dealer.active}, after={"active": active})
    return get_dealer(dealer.id)


@write_transaction
def add_salesperson(actor: User, dealer_id: int, name: str, phone: str = "") -> Salesperson:
    require(actor, "dealer.edit")
    dealer = get_dealer(dealer_id)
    errors: list[FieldError] = []
    name = " ".join((name or "").split())
    if not name:
        errors.append(FieldError("name", _("nama sales wajib diisi"), "name.required"))
    phone = _phone(phone, "phone", errors)
    if errors:
        raise ValidationError(errors)
    person = Salesperson.create(dealer=dealer.id, name=name, phone=phone)
    audit.record(actor, "dealer.salesperson", "dealer", dealer.id,
                 after={"salesperson": person.id, "name": name, "phone": phone})
    return person


@write_transaction
def set_salesperson_active(actor: User, salesperson_id: int, active: bool) -> Salesperson:
    require(actor, "dealer.edit")
    person = Salesperson.get_or_none(Salesperson.id == salesperson_id)
    if person is None:
        raise NotFound(_("sales tidak ditemukan"))
    Salesperson.update(active=active).where(Salesperson.id == person.id).execute()
    audit.record(actor, "dealer.salesperson_active", "dealer", person.dealer_id,
                 before={"salesperson": person.id, "active": person.active},
                 after={"salesperson": person.id, "active": active})
    return Salesperson.get_by_id(person.id)


def get_dealer(dealer_id: int) -> Dealer:
    dealer = Dealer.get_or_none(Dealer.id == dealer_id)
    if dealer is None:
        raise NotFound(_("dealer tidak ditemukan"))
    return dealer


def dealers(*, active_only: bool = False, text: str = "") -> list[Dealer]:
    """Dealers by name; ``text`` filters on name, code or city."""
    query = Dealer.select().order_by(Dealer.name)
    if active_only:
        query = query.where(Dealer.active == True)  # noqa: E712
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(Dealer.name ** like | Dealer.code ** like | Dealer.city ** like)
    return list(query)


def salespeople(dealer_id: int, *, active_only: bool = False) -> list[Salesperson]:
    query = Salesperson.select().where(Salesperson.dealer == dealer_id).order_by(Salesperson.name)
    if active_only:
        query = query.where(Salesperson.active == True)  # noqa: E712
    return list(query)
