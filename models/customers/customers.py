"""Customers (nasabah / anggota): the client book, officers' portfolios, attachments and follow-ups.

Every user action is one function decorated with :func:`models.core.db.write_transaction`; each checks the actor's
permission itself (a button hidden in the UI is not a control), writes an audit row with the values before and
after, and either saves everything or nothing.

Portfolios: a customer belongs to one officer (CMO/AO) and one branch.  Officers without
``customer.view_all`` see and edit only their own portfolio; moving accounts between officers is
:func:`reassign_portfolio`, recorded in :class:`PortfolioTransfer` so the history of who owned an account stays.

Personal data (UU 27/2022, PDP): NIK, KK and phone are shown masked in lists; a user holding
``customer.unmask`` may reveal them, and every reveal is audited as ``customer.unmask``
(:func:`reveal_customer`, :func:`audit_list_unmask`).

NIK rules live in :mod:`models.customers.identity`; a NIK whose encoded birth date or gender disagrees with the form is
only a *warning* (real NIKs are never reissued), so saving it needs an explicit ``confirm_warnings=True``.
The search index (:mod:`models.customers.search`) is maintained by database triggers, i.e. in the same transaction
as every change here, including the bulk inserts of the demo builder and the importer.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Iterable

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
    fn,
)

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, write_transaction
from models.core.errors import ConflictError, FieldError, NotFound, PermissionDenied, ValidationError
from models.core.money import D, MoneyError, MoneyField, parse_rupiah
from models.core.office import Branch
from models.core.texts import _
from models.core.users import OFFICER_ROLES, Role, User, has_permission, require, sees_all_portfolios
from models.customers.identity import (
    format_phone,
    mask_nik,
    mask_phone,
    normalize_phone,
    validate_kk,
    validate_nik,
    validate_npwp,
    validate_postal_code,
)

# ------------------------------------------------------------------------------------------ vocabularies
GENDERS = {"L": "Laki-laki", "P": "Perempuan"}
MARITAL_STATUSES = {"belum_kawin": "Belum kawin", "kawin": "Kawin", "cerai_hidup": "Cerai hidup",
                    "cerai_mati": "Cerai mati"}
HOME_OWNERSHIP = {"milik_sendiri": "Milik sendiri", "milik_keluarga": "Milik keluarga/orang tua",
                  "sewa": "Sewa/kontrak", "dinas": "Rumah dinas", "lainnya": "Lainnya"}
STATUSES = {"aktif": "Aktif", "nonaktif": "Nonaktif", "blacklist": "Daftar hitam"}
DOCUMENT_KINDS = {"ktp": "KTP", "kk": "Kartu Keluarga", "foto": "Foto", "npwp": "NPWP",
                  "slip_gaji": "Slip gaji", "rekening": "Rekening koran", "lainnya": "Lainnya"}
FOLLOW_UP_KINDS = {"telepon": "Telepon", "kunjungan": "Kunjungan", "whatsapp": "WhatsApp", "catatan": "Catatan"}

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # a phone photo of a KTP is 1–4 MB; larger files stay on disk (path)


# ------------------------------------------------------------------------------------------------ tables
class Customer(BaseModel):
    """A customer (nasabah) or, in a cooperative, a member (anggota, with ``member_no``)."""

    branch = ForeignKeyField(Branch, on_delete="RESTRICT")
    officer = ForeignKeyField(User, on_delete="RESTRICT", index=True)
    member_no = CharField(max_length=20, null=True, unique=True)  # NULL when not a member
    status = CharField(max_length=12, default="aktif", index=True)
    status_reason = CharField(max_length=200, default="")
    full_name = CharField(max_length=100, index=True)
    nik = CharField(max_length=16, unique=True)
    kk_number = CharField(max_length=16, default="")
    npwp = CharField(max_length=16, default="")
    birth_place = CharField(max_length=60, default="")
    birth_date = DateField()
    gender = CharField(max_length=1)
    marital_status = CharField(max_length=12, default="")
    mother_maiden_name = CharField(max_length=100, default="")
    address = CharField(max_length=200, default="")  # street, house number
    rt = CharField(max_length=3, default="")
    rw = CharField(max_length=3, default="")
    region_code = CharField(max_length=13, default="")  # dotted village code from models.core.wilayah
    village = CharField(max_length=80, default="")  # kelurahan/desa
    district = CharField(max_length=80, default="")  # kecamatan
    regency = CharField(max_length=80, default="")  # kabupaten/kota
    province = CharField(max_length=80, default="")
    postal_code = CharField(max_length=5, default="")
    phone = CharField(max_length=16, default="")  # E.164 +62…
    phone2 = CharField(max_length=16, default="")
    email = CharField(max_length=100, default="")
    occupation = CharField(max_length=80, default="")
    employer = CharField(max_length=120, default="")  # employer or own business
    monthly_income = MoneyField(default=0)
    monthly_expenses = MoneyField(default=0)
    spouse_name = CharField(max_length=100, default="")
    spouse_nik = CharField(max_length=16, default="")
    spouse_phone = CharField(max_length=16, default="")
    emergency_name = CharField(max_length=100, default="")
    emergency_relation = CharField(max_length=40, default="")
    emergency_phone = CharField(max_length=16, default="")
    home_ownership = CharField(max_length=16, default="")
    notes = TextField(default="")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="customers_created")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # optimistic lock: an edit based on an older version is refused

    def __str__(self) -> str:
        return self.full_name


class CustomerDocument(BaseModel):
    """A photo or scan attached to a customer: the bytes themselves (``data``) or a path on the office share."""

    customer = ForeignKeyField(Customer, backref="documents", on_delete="CASCADE")
    kind = CharField(max_length=12)
    filename = CharField(max_length=200)
    mime_type = CharField(max_length=80, default="")
    data = BlobField(null=True)
    path = CharField(max_length=400, default="")
    size = IntegerField(default=0)
    note = CharField(max_length=200, default="")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)


class PortfolioTransfer(BaseModel):
    """One account moved from one officer to another (an officer leaves, areas are redrawn)."""

    customer = ForeignKeyField(Customer, backref="transfers", on_delete="CASCADE")
    from_officer = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    to_officer = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    reason = CharField(max_length=200)
    batch = CharField(max_length=32, index=True)  # the transfers of one reassignment share it
    moved_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    moved_at = DateTimeField(default=now)


class FollowUp(BaseModel):
    """A contact with a customer (call, visit, message, note) and the next contact it promises."""

    customer = ForeignKeyField(Customer, backref="follow_ups", on_delete="CASCADE")
    officer = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    kind = CharField(max_length=12)
    contacted_at = DateTimeField()
    notes = TextField()
    next_contact = DateField(null=True, index=True)
    next_done = BooleanField(default=False)  # set when a later contact is logged for the customer
    created_at = DateTimeField(default=now)


MODELS = [Customer, CustomerDocument, PortfolioTransfer, FollowUp]

# ---------------------------------------------------------------------------------------- field catalogue
# Fields a form or an import may set (everything else is kept by the functions below).
TEXT_FIELDS = ("full_name", "member_no", "kk_number", "npwp", "birth_place", "marital_status",
               "mother_maiden_name", "address", "rt", "rw", "region_code", "village", "district", "regency",
               "province", "postal_code", "email", "occupation", "employer", "spouse_name", "spouse_nik",
               "emergency_name", "emergency_relation", "home_ownership", "notes", "status", "status_reason")
PHONE_FIELDS = ("phone", "phone2", "spouse_phone", "emergency_phone")
MONEY_FIELDS = ("monthly_income", "monthly_expenses")
EDITABLE_FIELDS = TEXT_FIELDS + PHONE_FIELDS + MONEY_FIELDS + ("nik", "birth_date", "gender", "officer",
                                                                 "branch")
LABELS = {
    "full_name": "Nama lengkap", "nik": "NIK", "member_no": "No. anggota", "kk_number": "No. KK",
    "npwp": "NPWP", "birth_place": "Tempat lahir", "birth_date": "Tanggal lahir", "gender": "Jenis kelamin",
    "marital_status": "Status perkawinan", "mother_maiden_name": "Nama ibu kandung", "address": "Alamat",
    "rt": "RT", "rw": "RW", "region_code": "Kode wilayah", "village": "Kelurahan/Desa", "district": "Kecamatan",
    "regency": "Kabupaten/Kota", "province": "Provinsi", "postal_code": "Kode pos", "phone": "Telepon",
    "phone2": "Telepon 2", "email": "Email", "occupation": "Pekerjaan", "employer": "Tempat kerja/usaha",
    "monthly_income": "Penghasilan/bulan", "monthly_expenses": "Pengeluaran/bulan", "spouse_name": "Nama pasangan",
    "spouse_nik": "NIK pasangan", "spouse_phone": "Telepon pasangan", "emergency_name": "Kontak darurat",
    "emergency_relation": "Hubungan kontak darurat", "emergency_phone": "Telepon kontak darurat",
    "home_ownership": "Status rumah", "notes": "Catatan", "status": "Status", "status_reason": "Alasan status",
    "officer": "Petugas", "branch": "Cabang",
}
MAX_LENGTHS = {name: Customer._meta.fields[name].max_length for name in TEXT_FIELDS
               if getattr(Customer._meta.fields[name], "max_length", None)}

# Fields every customer needs, and the extra ones an officer must collect in the field (the survey); an
# administrator importing an old book may lack them.  The NIK, name, birth date and gender identify a person.
REQUIRED_ALWAYS = ("full_name", "nik", "birth_date", "gender")
REQUIRED_BY_ROLE: dict[str, tuple[str, ...]] = {
    Role.OFFICER.value: ("phone", "address", "village", "mother_maiden_name"),
    Role.SUPERVISOR.value: ("phone", "address"),
}


class WarningsNeedConfirmation(ValidationError):
    """The input is acceptable only if the user confirms the listed warnings (``confirm_warnings=True``)."""


@dataclass(frozen=True)
class CleanCustomer:
    """Validated input: ``values`` ready for the table, ``warnings`` that need confirmation."""

    values: dict[str, Any]
    warnings: list[FieldError]


# ------------------------------------------------------------------------------------------- validation
def _text(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if not isinstance(value, str) or "\n" not in value else value.strip()


def _as_date(value: Any, field: str) -> tuple[dt.date | None, list[FieldError]]:
    if value in (None, ""):
        return None, []
    if isinstance(value, dt.datetime):
        return value.date(), []
    if isinstance(value, dt.date):
        return value, []
    text = str(value).strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date(), []
        except ValueError:
            continue
    return None, [FieldError(field, _("tanggal '{text}' tidak dikenal; tulis dd/mm/yyyy", text=text), f"{field}.format")]


def _as_money(value: Any, field: str) -> tuple[Decimal, list[FieldError]]:
    if value in (None, ""):
        return D(0), []
    try:
        if isinstance(value, Decimal):
            amount = D(value)  # refuses NaN and infinity (a comparison with NaN would raise)
        elif isinstance(value, int) and not isinstance(value, bool):
            amount = D(value)
        elif isinstance(value, float):
            # Spreadsheets hand whole rupiah amounts over as floats; only whole numbers are taken.
            if value != int(value):
                raise MoneyError("pecahan")
            amount = D(int(value))
        else:
            amount = parse_rupiah(str(value))
    except (MoneyError, OverflowError, ValueError):  # inf and NaN from a spreadsheet cell too
        return D(0), [FieldError(field, _("jumlah '{value}' tidak dikenal; tulis misalnya 3.500.000",
                                          value=str(value)[:40]), f"{field}.format")]
    if amount < 0:
        return D(0), [FieldError(field, _("jumlah tidak boleh negatif"), f"{field}.negative")]
    from models.core.limits import amount_errors

    too_big = amount_errors(amount, field)  # the office's ceiling; 1e20 is refused here, not at the write
    if too_big:
        return D(0), too_big
    return amount, []


def _choice(value: str, choices: dict[str, str], field: str) -> tuple[str, list[FieldError]]:
    if not value:
        return "", []
    key = value.strip().lower().replace(" ", "_").replace("/", "_")
    if key in choices:
        return key, []
    for code, label in choices.items():
        if value.strip().casefold() == label.casefold():
            return code, []
    return "", [FieldError(field, _("'{value}' bukan pilihan yang dikenal ({options})", value=value, options=', '.join(choices.values())),
                           f"{field}.choice")]


def _gender(value: Any) -> tuple[str, list[FieldError]]:
    text = _text(value).upper()
    if text in ("L", "LAKI-LAKI", "LAKI LAKI", "PRIA"):
        return "L", []
    if text in ("P", "PEREMPUAN", "WANITA"):
        return "P", []
    if not text:
        return "", []
    return "", [FieldError("gender", _("jenis kelamin L (laki-laki) atau P (perempuan)"), "gender.choice")]


def validate_customer(data: dict[str, Any], *, role: str | None = None, today: dt.date | None = None,
                      partial: bool = False) -> CleanCustomer:
    """Check a customer's data field by field and normalise it.

    Args:
        data: field name → value as typed (strings, dates, Decimals; phones in any accepted form).
        role: the acting user's role, for the fields that role must fill (:data:`REQUIRED_BY_ROLE`).
        today: reference date (birth dates in the future are refused).
        partial: an edit of some fields: required fields are checked only among those given.
    Returns:
        The normalised values and the NIK warnings needing confirmation.
    Raises:
        ValidationError: listing every broken rule at once.
    """
    today = today or dt.date.today()
    errors: list[FieldError] = []
    values: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if name in data:
            values[name] = _text(data[name])
            limit = MAX_LENGTHS.get(name)
            if limit and len(values[name]) > limit:
                errors.append(FieldError(name, _("{label} paling panjang {limit} huruf", label=LABELS[name], limit=limit), f"{name}.length"))
    if "member_no" in values:
        values["member_no"] = values["member_no"] or None
    if "birth_date" in data:
        values["birth_date"], errs = _as_date(data["birth_date"], "birth_date")
        errors += errs
        if values["birth_date"] and not (dt.date(1900, 1, 1) <= values["birth_date"] <= today):
            errors.append(FieldError("birth_date", _("tanggal lahir tidak mungkin"), "birth_date.range"))
    if "gender" in data:
        values["gender"], errs = _gender(data["gender"])
        errors += errs
    for name, choices in (("marital_status", MARITAL_STATUSES), ("home_ownership", HOME_OWNERSHIP),
                          ("status", STATUSES)):
        if values.get(name):
            values[name], errs = _choice(values[name], choices, name)
            errors += errs
    for name in MONEY_FIELDS:
        if name in data:
            values[name], errs = _as_money(data[name], name)
            errors += errs
    for name in PHONE_FIELDS:
        if name in data:
            raw = _text(data[name])
            values[name] = ""
            if raw:
                try:
                    values[name] = normalize_phone(raw, name)
                except ValidationError as exc:
                    errors += exc.errors
    warnings: list[FieldError] = []
    if "nik" in data:
        check = validate_nik(_text(data["nik"]).lstrip("'"), birth_date=values.get("birth_date"),
                             gender=values.get("gender") or None, today=today)
        values["nik"] = check.nik
        errors += check.errors
        warnings += check.warnings
    if values.get("kk_number"):
        errors += validate_kk(values["kk_number"], "kk_number")
    if values.get("spouse_nik"):
        errors += [FieldError("spouse_nik", _("NIK pasangan tidak sah: {problem}", problem=e.message),
                              "spouse_nik.invalid")
                   for e in validate_nik(values["spouse_nik"], today=today).errors]
    if values.get("npwp"):
        errors += validate_npwp(values["npwp"], "npwp")
    if values.get("postal_code"):
        errors += validate_postal_code(values["postal_code"])
    if values.get("rt") and not values["rt"].isdigit() or values.get("rw") and not values["rw"].isdigit():
        errors.append(FieldError("rt" if values.get("rt") and not values["rt"].isdigit() else "rw",
                                 _("RT/RW hanya angka, misalnya 003"), "rt_rw.digits"))
    if values.get("email") and ("@" not in values["email"] or " " in values["email"]):
        errors.append(FieldError("email", _("alamat email tidak sah"), "email.format"))
    if values.get("region_code"):
        from models.core import wilayah

        region = wilayah.get(values["region_code"])
        if region is None:
            errors.append(FieldError("region_code", _("kode wilayah tidak ada di daftar Kemendagri"),
                                     "region_code.unknown"))
        else:
            # The names follow the code, so a printed address always matches the region picked.
            chain = {r.level: r.name for r in wilayah.path(region.code)}
            values["region_code"] = region.code
            values.update({"province": chain.get("province", ""), "regency": chain.get("regency", ""),
                           "district": chain.get("district", ""), "village": chain.get("village", "")})
    required = REQUIRED_ALWAYS + REQUIRED_BY_ROLE.get(role or "", ())
    for name in required:
        if name in data or not partial:
            present = values.get(name)
            already = any(e.field == name for e in errors)
            if not present and not already:
                errors.append(FieldError(name, _("{label} wajib diisi", label=LABELS[name]), f"{name}.required"))
    if errors:
        raise ValidationError(errors)
    return CleanCustomer(values, warnings)


# ------------------------------------------------------------------------------------------ permissions
def can_see(user: User, customer: Customer) -> bool:
    return has_permission(user, "customer.view") and (
        sees_all_portfolios(user) or customer.officer_id == user.id)


def get_customer(user: User, customer_id: int) -> Customer:
    """The customer, if ``user`` may see it.

    Raises:
        NotFound: no such customer, or it belongs to another officer's portfolio.
    """
    require(user, "customer.view")
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None or not can_see(user, customer):
        raise NotFound(_("nasabah tidak ditemukan"))
    return customer


def _check_officer(actor: User, officer_id: int | None) -> User:
    if officer_id is None:
        raise ValidationError(FieldError("officer", _("petugas pemilik nasabah wajib dipilih"), "officer.required"))
    officer = User.get_or_none(User.id == officer_id)
    if officer is None or not officer.active or Role(officer.role) not in OFFICER_ROLES:
        raise ValidationError(FieldError("officer", _("petugas tidak ada atau bukan petugas kredit/kolektor"),
                                         "officer.invalid"))
    if not sees_all_portfolios(actor) and officer.id != actor.id:
        raise PermissionDenied(_("petugas hanya boleh menambah/mengubah nasabah di portofolionya sendiri"))
    return officer


def _snapshot(customer: Customer) -> dict[str, Any]:
    """Values for the audit trail (personal numbers included: the audit log is itself access-controlled)."""
    data = {name: getattr(customer, name) for name in TEXT_FIELDS + PHONE_FIELDS + MONEY_FIELDS
            + ("nik", "birth_date", "gender")}
    data.update(officer=customer.officer_id, branch=customer.branch_id)
    return data


def _require_unique(values: dict[str, Any], exclude_id: int | None = None) -> None:
    query = Customer.select(Customer.id, Customer.full_name).where(Customer.nik == values["nik"])
    if exclude_id:
        query = query.where(Customer.id != exclude_id)
    existing = query.first()
    if existing is not None:
        raise ConflictError(_("NIK {nik} sudah terdaftar atas nama {full_name}", nik=values['nik'], full_name=existing.full_name),
                            existing_id=existing.id)
    if values.get("member_no"):
        query = Customer.select(Customer.id).where(Customer.member_no == values["member_no"])
        if exclude_id:
            query = query.where(Customer.id != exclude_id)
        existing = query.first()
        if existing is not None:
            raise ConflictError(_("No. anggota {number} sudah dipakai", number=values['member_no']), existing_id=existing.id)


def _confirm(warnings: list[FieldError], confirm_warnings: bool) -> None:
    if warnings and not confirm_warnings:
        raise WarningsNeedConfirmation(warnings)


def _id(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return value.id if hasattr(value, "id") else int(value)


# -------------------------------------------------------------------------------------------- actions
@write_transaction
def create_customer(actor: User, data: dict[str, Any], *, confirm_warnings: bool = False,
                    today: dt.date | None = None) -> Customer:
    """An officer (or supervisor) registers a new customer.

    Args:
        actor: who registers; needs ``customer.edit``.  An officer's customers go to their own portfolio.
        data: the form's fields (see :data:`EDITABLE_FIELDS`); ``officer``/``branch`` default to the actor's.
        confirm_warnings: the officer has checked the KTP and confirms NIK warnings.
    Returns:
        The saved customer.
    Raises:
        ValidationError: every broken rule; WarningsNeedConfirmation: unconfirmed NIK warnings;
        ConflictError: the NIK (or member number) is already registered (``existing_id`` says which customer).
    """
    require(actor, "customer.edit")
    clean = validate_customer(data, role=actor.role, today=today)
    officer = _check_officer(actor, _id(data.get("officer")) or actor.id)
    branch_id = _id(data.get("branch")) or officer.branch_id or actor.branch_id
    if branch_id is None or Branch.get_or_none(Branch.id == branch_id) is None:
        raise ValidationError(FieldError("branch", _("cabang wajib dipilih"), "branch.required"))
    _require_unique(clean.values)
    _confirm(clean.warnings, confirm_warnings)
    values = dict(clean.values)
    values.setdefault("status", "aktif")
    values["status"] = values["status"] or "aktif"
    customer = Customer.create(officer=officer.id, branch=branch_id, created_by=actor.id, **values)
    note = "; ".join(w.message for w in clean.warnings) if clean.warnings else ""
    audit.record(actor, "customer.create", "customer", customer.id, after=_snapshot(customer),
                 note=("peringatan dikonfirmasi: " + note) if note else "")
    return customer


@write_transaction
def update_customer(actor: User, customer_id: int, data: dict[str, Any], *, confirm_warnings: bool = False,
                    expected_version: int | None = None, today: dt.date | None = None) -> Customer:
    """Change a customer's data (only the fields given in ``data``).

    Args:
        expected_version: the ``version`` the form was loaded with; a newer one means someone else saved
            in between and the edit is refused rather than silently overwriting theirs.
    Returns:
        The updated customer.
    Raises:
        as :func:`create_customer`; NotFound for a customer outside the actor's portfolio.
    """
    require(actor, "customer.edit")
    customer = get_customer(actor, customer_id)
    if expected_version is not None and customer.version != expected_version:
        raise ConflictError(_("data nasabah baru saja diubah orang lain; buka ulang lalu ulangi perubahan"),
                            existing_id=customer.id)
    before = _snapshot(customer)
    merged = {name: before[name] for name in REQUIRED_ALWAYS}
    merged.update(data)
    if "nik" not in data and "birth_date" not in data and "gender" not in data:
        merged.pop("nik")  # the NIK was accepted before; do not re-ask its warnings for an address change
    clean = validate_customer(merged, role=actor.role, today=today, partial=True)
    values = dict(clean.values)
    if "officer" in data and _id(data["officer"]) != customer.officer_id:
        raise ValidationError(FieldError("officer", _("pindah petugas lewat Pindah Portofolio (tercatat di riwayat)"), "officer.use_reassign"))
    if "branch" in data and _id(data["branch"]) is not None:
        values["branch"] = _id(data["branch"])
    if "nik" in values:
        _require_unique(dict(values, member_no=values.get("member_no", customer.member_no)), customer.id)
        if values["nik"] == customer.nik and "birth_date" not in data and "gender" not in data:
            clean = replace(clean, warnings=[])
    elif values.get("member_no"):
        _require_unique(dict(nik=customer.nik, member_no=values["member_no"]), customer.id)
    _confirm(clean.warnings, confirm_warnings)
    values["updated_at"] = now()
    values["version"] = customer.version + 1
    changed = (Customer.update(**values)
               .where((Customer.id == customer.id) & (Customer.version == customer.version)).execute())
    if not changed:
        raise ConflictError(_("data nasabah baru saja diubah orang lain; buka ulang"), existing_id=customer.id)
    customer = Customer.get_by_id(customer.id)
    after = _snapshot(customer)
    audit.record(actor, "customer.update", "customer", customer.id,
                 before={k: v for k, v in before.items() if after.get(k) != v},
                 after={k: v for k, v in after.items() if before.get(k) != v})
    return customer


@write_transaction
def set_status(actor: User, customer_id: int, status: str, reason: str = "") -> Customer:
    """Activate, deactivate or blacklist a customer.  Blacklisting needs a reason and a supervisor."""
    require(actor, "customer.edit")
    if status not in STATUSES:
        raise ValidationError(FieldError("status", _("status harus aktif, nonaktif atau blacklist")))
    if status == "blacklist":
        require(actor, "portfolio.reassign")  # supervisors/managers: the closest existing permission
        if not reason.strip():
            raise ValidationError(FieldError("status_reason", _("alasan daftar hitam wajib diisi")))
    customer = get_customer(actor, customer_id)
    before = {"status": customer.status, "status_reason": customer.status_reason}
    Customer.update(status=status, status_reason=reason.strip(), updated_at=now(),
                    version=Customer.version + 1).where(Customer.id == customer.id).execute()
    audit.record(actor, "customer.status", "customer", customer.id, before=before,
                 after={"status": status, "status_reason": reason.strip()})
    return Customer.get_by_id(customer.id)


@write_transaction
def reassign_portfolio(actor: User, from_officer: User | int, to_officer: User | int, reason: str,
                       customer_ids: Iterable[int] | None = None) -> int:
    """Move all (or the selected) accounts of one officer to another, e.g. when an officer leaves.

    Args:
        customer_ids: the accounts to move; ``None`` moves the whole portfolio of ``from_officer``.
        reason: why (kept in the history and the audit trail).
    Returns:
        How many accounts moved.
    """
    require(actor, "portfolio.reassign")
    source, target = _id(from_officer), _id(to_officer)
    if not reason.strip():
        raise ValidationError(FieldError("reason", _("alasan pemindahan wajib diisi"), "reason.required"))
    if source == target:
        raise ValidationError(FieldError("to_officer", _("petugas tujuan sama dengan petugas asal")))
    _check_officer(actor, target)
    query = Customer.select(Customer.id).where(Customer.officer == source)
    if customer_ids is not None:
        wanted = sorted(set(int(i) for i in customer_ids))
        query = query.where(Customer.id.in_(wanted))
        found = [row[0] for row in query.tuples()]
        missing = set(wanted) - set(found)
        if missing:
            raise ValidationError(FieldError("customers", _("{n} nasabah bukan portofolio petugas asal", n=len(missing))))
    ids = [row[0] for row in query.tuples()]
    if not ids:
        return 0
    stamp = now()
    batch = f"{stamp:%Y%m%d%H%M%S}-{source}-{target}"
    PortfolioTransfer.insert_many(
        [{"customer": cid, "from_officer": source, "to_officer": target, "reason": reason.strip(), "batch": batch,
          "moved_by": actor.id, "moved_at": stamp} for cid in ids]).execute()
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        Customer.update(officer=target, updated_at=stamp, version=Customer.version + 1).where(
            Customer.id.in_(chunk)).execute()
    audit.record(actor, "portfolio.reassign", "user", source, before={"officer": source},
                 after={"officer": target, "customers": ids}, note=reason.strip())
    return len(ids)


def transfer_history(user: User, customer_id: int) -> list[PortfolioTransfer]:
    """Who owned the account before, newest first."""
    customer = get_customer(user, customer_id)
    return list(PortfolioTransfer.select().where(PortfolioTransfer.customer == customer.id)
                .order_by(PortfolioTransfer.moved_at.desc(), PortfolioTransfer.id.desc()))


# ------------------------------------------------------------------------------------- masked display
@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list, personal numbers masked unless revealed."""

    id: int
    full_name: str
    nik: str
    member_no: str
    phone: str
    district: str
    regency: str
    officer: str
    branch: str
    status: str
    updated_at: dt.datetime | None


def _shown_phone(phone: str, unmasked: bool) -> str:
    if not phone:
        return ""
    if not unmasked:
        return mask_phone(phone)
    try:
        return format_phone(phone)
    except ValidationError:
        return phone


def customer_rows(user: User, ids: list[int], *, unmasked: bool = False) -> list[CustomerRow]:
    """Display rows for ``ids`` (in that order), for the lazy list model.

    Args:
        unmasked: show NIK and phone whole; needs ``customer.unmask`` (the caller audits the reveal once
            with :func:`audit_list_unmask`).
    """
    require(user, "customer.view")
    if unmasked:
        require(user, "customer.unmask")
    if not ids:
        return []
    query = (Customer.select(Customer.id, Customer.full_name, Customer.nik, Customer.member_no, Customer.phone,
                             Customer.district, Customer.regency, User.full_name, Branch.code, Customer.status,
                             Customer.updated_at, Customer.officer)
             .join(User, on=(Customer.officer == User.id)).switch(Customer)
             .join(Branch, on=(Customer.branch == Branch.id))
             .where(Customer.id.in_(ids)))
    if not sees_all_portfolios(user):
        query = query.where(Customer.officer == user.id)
    found = {}
    for (cid, name, nik, member_no, phone, district, regency, officer, branch, status, updated,
         _officer_id) in query.tuples():
        found[cid] = CustomerRow(cid, name, nik if unmasked else mask_nik(nik), member_no or "",
                                 _shown_phone(phone, unmasked), district, regency, officer, branch, status,
                                 updated)
    return [found[i] for i in ids if i in found]


@write_transaction
def reveal_customer(user: User, customer_id: int) -> dict[str, str]:
    """Show one customer's NIK, KK and phones whole; audited as ``customer.unmask``."""
    require(user, "customer.unmask")
    customer = get_customer(user, customer_id)
    audit.record(user, "customer.unmask", "customer", customer.id, note="detail nasabah")
    return {"nik": customer.nik, "kk_number": customer.kk_number, "spouse_nik": customer.spouse_nik,
            **{name: _shown_phone(getattr(customer, name), True) for name in PHONE_FIELDS}}


@write_transaction
def audit_list_unmask(user: User, scope: str) -> None:
    """Record that ``user`` switched the customer list to whole NIK/phone (``scope`` = the list's filter)."""
    require(user, "customer.unmask")
    audit.record(user, "customer.unmask", "customer", "", note=f"daftar nasabah: {scope}"[:200])


def masked_view(user: User, customer: Customer) -> dict[str, str]:
    """NIK/KK/phones of one customer as ``user`` sees them without revealing (always masked)."""
    return {"nik": mask_nik(customer.nik), "kk_number": mask_nik(customer.kk_number) if customer.kk_number else "",
            "spouse_nik": mask_nik(customer.spouse_nik) if customer.spouse_nik else "",
            **{name: _shown_phone(getattr(customer, name), False) for name in PHONE_FIELDS}}


# ------------------------------------------------------------------------------------------ documents
@write_transaction
def attach_document(actor: User, customer_id: int, kind: str, filename: str, *, data: bytes | None = None,
                    path: str = "", mime_type: str = "", note: str = "") -> CustomerDocument:
    """Attach a photo/scan (bytes) or a path to one on the office share."""
    require(actor, "customer.edit")
    customer = get_customer(actor, customer_id)
    if not sees_all_portfolios(actor) and customer.officer_id != actor.id:
        raise PermissionDenied(_("petugas hanya boleh mengubah nasabah di portofolionya sendiri"))
    errors = []
    if kind not in DOCUMENT_KINDS:
        errors.append(FieldError("kind", _("jenis dokumen tidak dikenal")))
    if not filename.strip():
        errors.append(FieldError("filename", _("nama berkas wajib diisi")))
    if (data is None) == (not path):
        errors.append(FieldError("data", _("lampirkan isi berkas atau lokasi berkas (salah satu)")))
    if data is not None and len(data) > MAX_DOCUMENT_BYTES:
        errors.append(FieldError("data", _("berkas lebih dari 10 MB; simpan di folder kantor dan lampirkan lokasinya")))
    if errors:
        raise ValidationError(errors)
    doc = CustomerDocument.create(customer=customer.id, kind=kind, filename=filename.strip(), mime_type=mime_type,
                                  data=data, path=path, size=len(data) if data is not None else 0, note=note,
                                  created_by=actor.id)
    audit.record(actor, "customer.document", "customer", customer.id,
                 after={"document": doc.id, "kind": kind, "filename": doc.filename, "size": doc.size})
    return doc


@write_transaction
def remove_document(actor: User, document_id: int) -> None:
    require(actor, "customer.edit")
    doc = CustomerDocument.get_or_none(CustomerDocument.id == document_id)
    if doc is None:
        raise NotFound(_("dokumen tidak ditemukan"))
    get_customer(actor, doc.customer_id)
    audit.record(actor, "customer.document_remove", "customer", doc.customer_id,
                 before={"document": doc.id, "kind": doc.kind, "filename": doc.filename})
    doc.delete_instance()


def documents(user: User, customer_id: int) -> list[CustomerDocument]:
    customer = get_customer(user, customer_id)
    return list(CustomerDocument.select(CustomerDocument.id, CustomerDocument.kind, CustomerDocument.filename,
                                        CustomerDocument.size, CustomerDocument.path, CustomerDocument.note,
                                        CustomerDocument.created_at)
                .where(CustomerDocument.customer == customer.id).order_by(CustomerDocument.id))


# ------------------------------------------------------------------------------------------ follow-ups
@write_transaction
def log_follow_up(actor: User, customer_id: int, kind: str, notes: str, *, next_contact: dt.date | None = None,
                  contacted_at: dt.datetime | None = None, today: dt.date | None = None) -> FollowUp:
    """Record a call, visit or note with a customer and, optionally, when to contact them next.

    Logging a contact settles the customer's earlier open "next contact" promises, so the due list shows
    only what is still owed.
    """
    require(actor, "followup.log")
    customer = get_customer(actor, customer_id)
    today = today or dt.date.today()
    errors = []
    if kind not in FOLLOW_UP_KINDS:
        errors.append(FieldError("kind", _("jenis kontak: telepon, kunjungan, whatsapp atau catatan")))
    if not (notes or "").strip():
        errors.append(FieldError("notes", _("catatan hasil kontak wajib diisi")))
    if next_contact is not None and next_contact < today:
        errors.append(FieldError("next_contact", _("tanggal kontak berikutnya tidak boleh lewat")))
    if errors:
        raise ValidationError(errors)
    FollowUp.update(next_done=True).where((FollowUp.customer == customer.id) & (FollowUp.next_done == False)  # noqa: E712
                                          & FollowUp.next_contact.is_null(False)).execute()
    row = FollowUp.create(customer=customer.id, officer=actor.id, kind=kind, notes=notes.strip(),
                          contacted_at=contacted_at or now(), next_contact=next_contact)
    audit.record(actor, "followup.log", "customer", customer.id,
                 after={"follow_up": row.id, "kind": kind, "next_contact": next_contact})
    return row


def follow_ups(user: User, customer_id: int) -> list[FollowUp]:
    customer = get_customer(user, customer_id)
    return list(FollowUp.select(FollowUp, User).join(User).where(FollowUp.customer == customer.id)
                .order_by(FollowUp.contacted_at.desc(), FollowUp.id.desc()))


@dataclass(frozen=True)
class DueFollowUp:
    follow_up_id: int
    customer_id: int
    customer_name: str
    phone: str
    next_contact: dt.date
    last_notes: str
    officer: str
    overdue_days: int


def follow_ups_due(user: User, today: dt.date, *, officer: User | int | None = None) -> list[DueFollowUp]:
    """The officer's "due today" list: open next-contact promises due today or earlier, oldest first.

    Officers see their own portfolio; supervisors may pass ``officer`` to look at one officer's list.
    """
    require(user, "customer.view")
    query = (FollowUp.select(FollowUp.id, Customer.id, Customer.full_name, Customer.phone, FollowUp.next_contact,
                             FollowUp.notes, User.full_name)
             .join(Customer, on=(FollowUp.customer == Customer.id))
             .join(User, on=(Customer.officer == User.id))
             .where((FollowUp.next_done == False) & (FollowUp.next_contact <= today))  # noqa: E712
             .order_by(FollowUp.next_contact, Customer.full_name))
    if not sees_all_portfolios(user):
        query = query.where(Customer.officer == user.id)
    elif officer is not None:
        query = query.where(Customer.officer == _id(officer))
    unmasked = has_permission(user, "customer.unmask")
    return [DueFollowUp(fid, cid, name, _shown_phone(phone, unmasked), when, notes, officer_name,
                        (today - when).days)
            for fid, cid, name, phone, when, notes, officer_name in query.tuples()]


def follow_ups_due_count(user: User, today: dt.date) -> int:
    """How many follow-ups :func:`follow_ups_due` would list (the button's count: one COUNT, no rows built)."""
    require(user, "customer.view")
    query = (FollowUp.select(fn.COUNT(FollowUp.id)).join(Customer, on=(FollowUp.customer == Customer.id))
             .where((FollowUp.next_done == False) & (FollowUp.next_contact <= today)))  # noqa: E712
    if not sees_all_portfolios(user):
        query = query.where(Customer.officer == user.id)
    return query.scalar() or 0
