"""Credit applications (pengajuan / order): from the officer's order through survey and approval to disbursement.

An application is what the CMO takes at the dealer (or the AO at the customer's shop): the customer, where the
order came from (a dealer and its salesperson, a walk-in, a referral), the product, the vehicle or the purpose,
the down payment, tenor and rate.  Its amounts (amount financed, installment, fees, insurance, effective rate)
are never typed: they come from :func:`models.products.quote.make_quote`, the same arithmetic as the dealer quote, so
the figures the dealer was quoted, the ones the supervisor approves and the contract's schedule agree.  The
product's terms are frozen into the application when it is priced (``terms_json``): a product edited next week
does not change an application already approved.

Life of an application (:data:`TRANSITIONS`)::

    draft → surveyed → submitted → approved → contracted → disbursed
                          │  └──→ rejected
                          │  └──→ countered  (a NEW version is created, already approved at the new terms)
                          └──→ surveyed (returned to the officer for more data)
    draft / surveyed / submitted / approved / contracted → cancelled

Every change is stamped in :class:`StatusChange` (who, when, from, to, reason) and in the audit trail, in
the same transaction.  A counter-offer (more DP, shorter tenor) never overwrites the order: the old version is
kept with status ``countered`` and the new one points back to it (``previous``); both share the application
number and the dealer letter quotes both.

The rules are enforced here, not in the screens: the approver is never the person who submitted or made the
application (four eyes, :func:`models.core.users.require_checker`); a supervisor approves only up to the limit set
for the role (setting ``approval.limit.<role>``, ``None`` = unlimited); an approved application cannot be
edited; illegal moves raise :class:`IllegalTransition` with an Indonesian message that says what to do.

Contract and disbursement live in :mod:`models.credit.disbursement`; the collateral register in
:mod:`models.credit.collateral`; the dealer's figures in :mod:`models.credit.dealer_stats`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable

from peewee import (
    JOIN,
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
from models.core.clock import (
    now,
)  # noqa: F401  (backdated: the demo's)
from models.core.clock import (
    stamp as _stamp,
)
from models.core.clock import (
    stamp_date as _today,
)
from models.core.db import BaseModel, write_transaction
from models.core.errors import DomainError, FieldError, NotFound, PermissionDenied, ValidationError
from models.core.money import SEN, ZERO, D, MoneyError, MoneyField, format_rupiah
from models.core.office import Branch, get_setting, next_number
from models.core.texts import _
from models.core.users import Role, User, require, require_checker
from models.customers.customers import Customer
from models.customers.dealers import Dealer, Salesperson
from models.products.products import VEHICLE_TYPES, LoanProduct, PercentField, ProductTerms, pct_text

# ------------------------------------------------------------------------------------------------ vocab
STATUSES = ("draft", "surveyed", "submitted", "approved", "rejected", "countered", "cancelled", "contracted",
            "disbursed")
STATUS_LABELS = {
    "draft": "Draf", "surveyed": "Disurvei", "submitted": "Diajukan", "approved": "Disetujui",
    "rejected": "Ditolak", "countered": "Ditawar ulang", "cancelled": "Dibatalkan", "contracted": "Kontrak",
    "disbursed": "Dicairkan",
}
#: Allowed moves.  ``countered`` is a final state of the OLD version: the new version carries on.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("surveyed", "cancelled"),
    "surveyed": ("surveyed", "submitted", "cancelled"),
    "submitted": ("approved", "rejected", "countered", "surveyed", "cancelled"),
    "approved": ("contracted", "cancelled"),
    "contracted": ("disbursed", "cancelled"),
    "rejected": (), "countered": (), "cancelled": (), "disbursed": (),
}
#: States in which the officer may still change the order.
EDITABLE_STATUSES = ("draft", "surveyed")
#: States that are still "in the pipeline" (shown in the officer's and supervisor's queues).
OPEN_STATUSES = ("draft", "surveyed", "submitted", "approved", "contracted")

SOURCES = {"dealer": "Dealer", "walk_in": "Datang langsung", "referral": "Referensi"}

#: Survey documents checklist (code → label on screen and paper).
DOCUMENTS = {
    "ktp": "KTP pemohon (dan pasangan)", "kk": "Kartu Keluarga", "income": "Slip gaji / SKU (surat keterangan usaha)",
    "bank_statement": "Rekening koran 3 bulan", "residence": "Bukti tempat tinggal (PBB / rekening listrik)",
    "bpkb_stnk": "BPKB / STNK",
}
#: Documents the officer must have before submitting (BPKB/STNK only for vehicle credit: it comes later).
REQUIRED_DOCUMENTS = ("ktp", "kk", "income", "residence")

#: The five C of credit analysis in the officer's words (the Indonesian UI said "Character (watak)").
FIVE_C = {"character": "Karakter (watak)", "capacity": "Kapasitas (kemampuan bayar)", "capital": "Modal",
          "collateral": "Jaminan (agunan)", "condition": "Kondisi (ekonomi dan usaha)"}
SCORE_MIN, SCORE_MAX = 1, 5

RECOMMENDATIONS = {"layak": "Layak disetujui", "bersyarat": "Layak dengan syarat",
                   "tidak_layak": "Tidak layak"}

#: Reasons the supervisor picks from when rejecting.  The texts are written to be read to (or printed for) the
#: dealer: they explain without exposing the customer's private data.
REJECTION_REASONS = {
    "capacity": "Kemampuan bayar belum mencukupi: angsuran melebihi batas yang aman dari penghasilan bersih "
                "pemohon.",
    "character": "Hasil verifikasi karakter dan riwayat pembayaran kredit sebelumnya belum memenuhi syarat.",
    "unverified": "Data pemohon (alamat, pekerjaan atau penghasilan) tidak dapat dipastikan saat survei.",
    "documents": "Dokumen wajib belum lengkap atau tidak sesuai dengan data pengajuan.",
    "residence": "Tempat tinggal pemohon belum tetap atau di luar wilayah layanan cabang.",
    "employment": "Pekerjaan atau usaha pemohon belum stabil (kurang dari satu tahun berjalan).",
    "asset": "Kendaraan atau jaminan tidak memenuhi syarat pembiayaan.",
    "other": "Alasan lain (lihat keterangan).",
}
#: Reasons for a counter-offer (approval at other terms).
COUNTER_REASONS = {
    "more_dp": "Uang muka perlu ditambah agar angsuran sesuai dengan kemampuan bayar pemohon.",
    "shorter_tenor": "Tenor diperpendek untuk mengurangi risiko pembiayaan.",
    "capacity": "Angsuran disesuaikan dengan penghasilan bersih pemohon.",
    "history": "Riwayat kredit pemohon memerlukan uang muka yang lebih besar.",
    "other": "Alasan lain (lihat keterangan).",
}
DECISION_KINDS = {"approve": "Disetujui", "reject": "Ditolak", "counter": "Disetujui dengan syarat (tawaran ulang)",
                  "return": "Dikembalikan ke petugas"}

#: Approval limits by role (amount financed, rupiah).  ``None`` = unlimited.  Stored in the settings as
#: ``approval.limit.<role>`` (the office changes them in Settings → Batas persetujuan).
DEFAULT_APPROVAL_LIMITS: dict[str, int | None] = {Role.SUPERVISOR.value: 150_000_000, Role.MANAGER.value: None}
LIMIT_SETTING = "approval.limit.{role}"


# ------------------------------------------------------------------------------------------------ errors
class IllegalTransition(DomainError):
    """The application is not in a state that allows this action (e.g. disbursing one not yet approved)."""


class ApplicationLocked(IllegalTransition):
    """The application is past the point where its order can be changed (approved, rejected …)."""


class ApprovalLimitExceeded(PermissionDenied):
    """The amount is above the approver's limit: a higher role must decide."""


# ------------------------------------------------------------------------------------------------ tables
class Application(BaseModel):
    """One version of a credit application.  A counter-offer adds a version; the number stays the same."""

    number = CharField(max_length=32, index=True)
    version = IntegerField(default=1)
    previous = ForeignKeyField("self", null=True, backref="next_versions", on_delete="RESTRICT")
    is_current = BooleanField(default=True, index=True)
    branch = ForeignKeyField(Branch, on_delete="RESTRICT")
    customer = ForeignKeyField(Customer, backref="applications", on_delete="RESTRICT", index=True)
    product = ForeignKeyField(LoanProduct, on_delete="RESTRICT")
    officer = ForeignKeyField(User, on_delete="RESTRICT", index=True, backref="applications")
    source = CharField(max_length=12, default="walk_in")
    dealer = ForeignKeyField(Dealer, null=True, on_delete="RESTRICT", index=True, backref="applications")
    salesperson = ForeignKeyField(Salesperson, null=True, on_delete="RESTRICT", backref="+")
    referral_name = CharField(max_length=100, default="")
    # The asset (vehicle credit) or the purpose (cash and working-capital loans).
    vehicle_type = CharField(max_length=12, default="")
    # What a four-wheel vehicle is financed for (POJK 35/2018 Pasal 20: multiguna needs a larger DP).
    financing_purpose = CharField(max_length=12, default="investment")
    asset_brand = CharField(max_length=40, default="")
    asset_model = CharField(max_length=60, default="")
    asset_year = IntegerField(null=True)
    asset_colour = CharField(max_length=30, default="")
    chassis_no = CharField(max_length=40, default="")
    engine_no = CharField(max_length=40, default="")
    plate_no = CharField(max_length=16, default="")
    purpose = TextField(default="")
    # The order and its pricing (from models.products.quote, frozen with the product's terms).
    otr_price = MoneyField()  # the vehicle's OTR price, or the amount asked for other products
    down_payment = MoneyField(default=0)
    tenor = IntegerField()
    annual_rate = PercentField()
    npf_band = CharField(max_length=8, default="")
    terms_json = TextField(default="{}")
    amount_financed = MoneyField()
    installment = MoneyField()
    last_installment = MoneyField()
    total_payable = MoneyField()
    total_interest = MoneyField()
    admin_fee = MoneyField(default=0)
    provision = MoneyField(default=0)
    insurance = MoneyField(default=0)
    fiducia_fee = MoneyField(default=0)
    first_payment = MoneyField(default=0)
    effective_rate = PercentField()
    cost_rate = PercentField()
    status = CharField(max_length=12, default="draft", index=True)
    submitted_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    submitted_at = DateTimeField(null=True)
    decided_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    decided_at = DateTimeField(null=True)
    contract_no = CharField(max_length=32, null=True, unique=True)
    contract_date = DateField(null=True)
    contracted_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    disbursed_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    disbursed_on = DateField(null=True)
    loan_id = IntegerField(null=True, index=True)
    notes = TextField(default="")
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("number", "version"), True),)
        only_save_dirty = True  # a status move writes two columns, not sixty

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def is_vehicle(self) -> bool:
        return self.product.kind == "vehicle"

    def terms(self) -> ProductTerms:
        """The product's terms as they were when the application was priced."""
        return terms_from_json(self.terms_json)

    def __str__(self) -> str:
        return f"{self.number} v{self.version}" if self.version > 1 else self.number


class StatusChange(BaseModel):
    """One stamped move of an application: who, when, from, to, why."""

    application = ForeignKeyField(Application, backref="status_changes", on_delete="RESTRICT", index=True)
    from_status = CharField(max_length=12, default="")
    to_status = CharField(max_length=12)
    user = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    at = DateTimeField(default=now)
    reason = TextField(default="")


class Survey(BaseModel):
    """The officer's field survey and 5C analysis of one application version."""

    application = ForeignKeyField(Application, backref="surveys", on_delete="RESTRICT", unique=True)
    surveyor = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    visit_date = DateField()
    findings = TextField(default="")
    income_main = MoneyField(default=0)
    income_spouse = MoneyField(default=0)
    income_other = MoneyField(default=0)
    household_expenses = MoneyField(default=0)
    debt_installments = MoneyField(default=0)  # monthly installments on existing debts
    existing_debts = TextField(default="")  # where and how much, as the customer told and SLIK showed
    score_character = IntegerField(default=3)
    score_capacity = IntegerField(default=3)
    score_capital = IntegerField(default=3)
    score_collateral = IntegerField(default=3)
    score_condition = IntegerField(default=3)
    notes_5c = TextField(default="{}")  # {"character": "…", …}
    documents = TextField(default="[]")  # codes of DOCUMENTS seen
    recommendation = CharField(max_length=12, default="")
    recommendation_note = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    @property
    def net_income(self) -> Decimal:
        """Household income minus household expenses and existing debt installments (per month)."""
        return (self.income_main + self.income_spouse + self.income_other - self.household_expenses
                - self.debt_installments)

    def document_codes(self) -> list[str]:
        return list(json.loads(self.documents or "[]"))

    def notes(self) -> dict[str, str]:
        return dict(json.loads(self.notes_5c or "{}"))

    def scores(self) -> dict[str, int]:
        return {c: getattr(self, f"score_{c}") for c in FIVE_C}


class Decision(BaseModel):
    """The supervisor's decision on a submitted version, with the reason from the list and free text."""

    application = ForeignKeyField(Application, backref="decisions", on_delete="RESTRICT", index=True)
    kind = CharField(max_length=8)  # DECISION_KINDS
    reason_code = CharField(max_length=24, default="")
    note = TextField(default="")
    decided_by = ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    decided_at = DateTimeField(default=now)
    new_version = ForeignKeyField(Application, null=True, on_delete="RESTRICT", backref="+")

    @property
    def reason_text(self) -> str:
        table = COUNTER_REASONS if self.kind == "counter" else REJECTION_REASONS
        return table.get(self.reason_code, "")


MODELS = [Application, StatusChange, Survey, Decision]


# ----------------------------------------------------------------------------------------------- terms
_DECIMAL_TERMS = {f.name for f in dataclasses.fields(ProductTerms)
                  if f.type in ("Decimal", "Decimal | None")}


def terms_to_json(terms: ProductTerms) -> str:
    data = dataclasses.asdict(terms)
    return json.dumps({k: (str(v) if isinstance(v, Decimal) else v) for k, v in data.items()}, sort_keys=True)


def terms_from_json(text: str) -> ProductTerms:
    data = json.loads(text or "{}")
    return ProductTerms(**{k: (D(v) if k in _DECIMAL_TERMS and v is not None else v) for k, v in data.items()})


# -------------------------------------------------------------------------------------------- validation
def _money(data: dict, name: str, label: str, errors: list[FieldError], *, required: bool = False) -> Decimal:
    value = data.get(name)
    if value is None or value == "":
        if required:
            errors.append(FieldError(name, _("{label} wajib diisi", label=label), "required"))
        return ZERO
    try:
        amount = D(value)
    except MoneyError:
        errors.append(FieldError(name, _("{label} harus jumlah uang", label=label), "not_money"))
        return ZERO
    if amount < 0:
        errors.append(FieldError(name, _("{label} tidak boleh negatif", label=label), "negative"))
        return ZERO
    return amount.quantize(SEN)


def _text(data: dict, name: str, limit: int) -> str:
    return str(data.get(name) or "").strip()[:limit]


def _id(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return int(getattr(value, "id", value))


ORDER_FIELDS = ("customer", "product", "source", "dealer", "salesperson", "referral_name", "vehicle_type",
                "asset_brand", "asset_model", "asset_year", "asset_colour", "chassis_no", "engine_no", "plate_no",
                "purpose", "otr_price", "down_payment", "tenor", "annual_rate", "notes", "financing_purpose")


def validate_order(data: dict, *, today: dt.date | None = None) -> tuple[dict, list[FieldError]]:
    """Check an order's fields (not its pricing); return the cleaned values and every error at once.

    Args:
        data: ``customer`` (id or row), ``product``, ``source`` (:data:`SOURCES`), ``dealer``, ``salesperson``,
            ``referral_name``, the asset (``vehicle_type``, ``asset_brand``, ``asset_model``, ``asset_year``,
            ``asset_colour``, ``chassis_no``, ``engine_no``, ``plate_no``) or ``purpose``, ``otr_price``
            (the amount asked for non-vehicle products), ``down_payment``, ``tenor``, ``annual_rate``, ``notes``.
    Returns:
        ``(clean, errors)``; ``clean`` holds model instances for the foreign keys.
    """
    today = today or _today()
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}
    customer = Customer.get_or_none(Customer.id == _id(data.get("customer"))) if data.get("customer") else None
    if customer is None:
        errors.append(FieldError("customer", _("pilih nasabah"), "required"))
    elif customer.status == "blacklist":
        errors.append(FieldError("customer", _("nasabah ada di daftar hitam: pengajuan tidak dapat dibuat"),
                                 "blacklisted"))
    clean["customer"] = customer
    product = LoanProduct.get_or_none(LoanProduct.id == _id(data.get("product"))) if data.get("product") else None
    if product is None:
        errors.append(FieldError("product", _("pilih produk pinjaman"), "required"))
    elif not product.active:
        errors.append(FieldError("product", _("produk {name} sudah tidak aktif", name=product.name), "inactive"))
    clean["product"] = product
    source = data.get("source") or ("dealer" if data.get("dealer") else "walk_in")
    if source not in SOURCES:
        errors.append(FieldError("source", _("sumber order: dealer, datang langsung atau referensi"), "invalid"))
    clean["source"] = source
    dealer = Dealer.get_or_none(Dealer.id == _id(data.get("dealer"))) if data.get("dealer") else None
    salesperson = (Salesperson.get_or_none(Salesperson.id == _id(data.get("salesperson")))
                   if data.get("salesperson") else None)
    if source == "dealer" and dealer is None:
        errors.append(FieldError("dealer", _("pilih dealer asal order"), "required"))
    if salesperson is not None and (dealer is None or salesperson.dealer_id != dealer.id):
        errors.append(FieldError("salesperson", _("salesman bukan dari dealer yang dipilih"), "mismatch"))
    clean["dealer"] = dealer if source == "dealer" else None
    clean["salesperson"] = salesperson if source == "dealer" else None
    clean["referral_name"] = _text(data, "referral_name", 100)
    if source == "referral" and not clean["referral_name"]:
        errors.append(FieldError("referral_name", _("isi nama pemberi referensi"), "required"))
    vehicle = product is not None and product.kind == "vehicle"
    for name, limit in (("asset_brand", 40), ("asset_model", 60), ("asset_colour", 30), ("chassis_no", 40),
                        ("engine_no", 40), ("plate_no", 16)):
        clean[name] = _text(data, name, limit).upper() if name in ("chassis_no", "engine_no", "plate_no") \
            else _text(data, name, limit)
    clean["vehicle_type"] = str(data.get("vehicle_type") or "")
    clean["financing_purpose"] = str(data.get("financing_purpose") or "investment")
    if clean["financing_purpose"] not in ("investment", "multiguna"):
        errors.append(FieldError("financing_purpose", _("tujuan pembiayaan: investasi atau multiguna"), "unknown"))
    clean["purpose"] = _text(data, "purpose", 2000)
    clean["notes"] = _text(data, "notes", 4000)
    year = data.get("asset_year")
    clean["asset_year"] = None
    if year not in (None, ""):
        try:
            clean["asset_year"] = int(year)
        except (TypeError, ValueError):
            errors.append(FieldError("asset_year", _("tahun kendaraan harus angka"), "not_number"))
        else:
            if not 1980 <= clean["asset_year"] <= today.year + 1:
                errors.append(FieldError("asset_year", _("tahun kendaraan antara 1980 dan {year}", year=today.year + 1),
                                         "out_of_range"))
    if vehicle:
        if clean["vehicle_type"] not in VEHICLE_TYPES:
            errors.append(FieldError("vehicle_type", _("pilih jenis kendaraan (roda dua / roda empat)"), "required"))
        for name, label in (("asset_brand", "merek kendaraan"), ("asset_model", "tipe kendaraan")):
            if not clean[name]:
                errors.append(FieldError(name, _("{label} wajib diisi", label=label), "required"))
        if clean["asset_year"] is None and "asset_year" not in {e.field for e in errors}:
            errors.append(FieldError("asset_year", _("tahun kendaraan wajib diisi"), "required"))
    elif product is not None and not clean["purpose"]:
        errors.append(FieldError("purpose", _("tuliskan tujuan penggunaan dana"), "required"))
    label = "harga OTR" if vehicle else "plafon yang diajukan"
    clean["otr_price"] = _money(data, "otr_price", label, errors, required=True)
    clean["down_payment"] = _money(data, "down_payment", "uang muka", errors)
    try:
        clean["tenor"] = int(data.get("tenor"))
    except (TypeError, ValueError):
        clean["tenor"] = None
        errors.append(FieldError("tenor", _("tenor wajib diisi (jumlah angsuran)"), "required"))
    rate = data.get("annual_rate")
    clean["annual_rate"] = None
    if rate not in (None, ""):
        try:
            clean["annual_rate"] = D(rate)
        except MoneyError:
            errors.append(FieldError("annual_rate", _("bunga harus angka (persen per tahun)"), "not_number"))
    return clean, errors


def price(product: LoanProduct | ProductTerms, *, otr_price: Decimal, down_payment: Decimal, tenor: int,
          annual_rate: Decimal | None, vehicle_type: str | None, npf_band: str | None = None,
          start: dt.date | None = None, purpose: str | None = None):
    """Price an order with :func:`models.products.quote.make_quote` (one tenor): the dealer quote's own arithmetic.

    Returns:
        ``(quote, row)``.
    Raises:
        ValidationError: the quote's own rules (DP minimum with its POJK rule, tenor and rate ranges).
    """
    from models.products.quote import make_quote

    quote = make_quote(product, otr_price, dp=down_payment, vehicle_type=vehicle_type or None, tenors=(tenor,),
                       rate=annual_rate, npf_band=npf_band, start=start or _today(),
                       purpose=purpose if vehicle_type == "four_wheel" else None)
    return quote, quote.row(tenor)


def _pricing_values(quote, row) -> dict:
    return dict(
        annual_rate=quote.annual_rate, npf_band=quote.npf_band, terms_json=terms_to_json(quote.terms),
        amount_financed=row.amount_financed, installment=row.installment, last_installment=row.last_installment,
        total_payable=row.total_payable, total_interest=row.total_interest, admin_fee=row.admin_fee,
        provision=row.provision, insurance=row.insurance, fiducia_fee=row.fiducia_fee,
        first_payment=row.first_payment, effective_rate=D(row.effective_rate).quantize(D("0.0001")),
        cost_rate=D(row.cost_rate).quantize(D("0.0001")))


def application_quote(app: Application, start: dt.date | None = None):
    """The application's quote, rebuilt from its frozen terms (for the contract and the disbursement)."""
    quote, _row = price(app.terms(), otr_price=app.otr_price, down_payment=app.down_payment, tenor=app.tenor,
                        annual_rate=app.annual_rate, vehicle_type=app.vehicle_type or None,
                        purpose=app.financing_purpose or None,
                        npf_band=app.npf_band or None, start=start or app.contract_date or _today())
    return quote


def application_schedule(app: Application, start: dt.date | None = None):
    """The installment schedule of the application starting at ``start`` (the disbursement date)."""
    from models.products.quote import quote_schedule

    quote = application_quote(app, start)
    return quote_schedule(quote, app.tenor)


def net_disbursement(app: Application) -> Decimal:
    """What leaves the office at disbursement: the amount financed minus what the customer paid up front
    (admin, provision, fiducia and the insurance premium), which the dealer or the customer keeps back."""
    return app.amount_financed - app.admin_fee - app.provision - app.fiducia_fee - app.insurance


# -------------------------------------------------------------------------------------------- helpers
def get_application(key: int | Application) -> Application:
    app = Application.get_or_none(Application.id == _id(key))
    if app is None:
        raise NotFound(_("pengajuan #{id} tidak ditemukan", id=_id(key)))
    return app


def _snapshot(app: Application) -> dict:
    return {"number": app.number, "version": app.version, "status": app.status, "customer": app.customer_id,
            "product": app.product_id, "dealer": app.dealer_id, "otr_price": app.otr_price,
            "down_payment": app.down_payment, "tenor": app.tenor, "annual_rate": app.annual_rate,
            "amount_financed": app.amount_financed, "installment": app.installment}


def _move(actor: User | None, app: Application, to: str, reason: str = "", *, audit_action: str | None = None,
          extra: dict | None = None) -> Application:
    """Change the status (checked against :data:`TRANSITIONS`), stamp it and audit it."""
    frm = app.status
    if to not in TRANSITIONS.get(frm, ()):
        raise IllegalTransition(_illegal_message(app, to))
    stamp = _stamp()
    app.status = to
    app.updated_at = stamp
    app.save()
    StatusChange.create(application=app, from_status=frm, to_status=to, user=actor, at=stamp, reason=reason or "")
    after = {"status": to, **(extra or {})}
    audit.record(actor, audit_action or f"application.{to}", "application", app.id, before={"status": frm},
                 after=after, note=reason or "")
    return app


_VERB = {"surveyed": _("disurvei"), "submitted": _("diajukan"), "approved": _("disetujui"),
         "rejected": _("ditolak"), "countered": _("ditawar ulang"), "cancelled": _("dibatalkan"),
         "contracted": _("dibuatkan kontrak"), "disbursed": _("dicairkan")}


def _illegal_message(app: Application, to: str) -> str:
    """Why ``app`` cannot move to ``to``, translatable ("Pengajuan … berstatus …: …")."""
    where = dict(number=str(app), status=app.status_label)
    if to == "disbursed" and app.status in ("draft", "surveyed", "submitted"):
        return _("Pengajuan {number} berstatus {status}: belum disetujui, tidak dapat dicairkan.", **where)
    if to == "disbursed" and app.status == "approved":
        return _("Pengajuan {number} berstatus {status}: buat kontraknya dulu sebelum pencairan.", **where)
    if to == "contracted" and app.status in ("rejected", "cancelled", "countered"):
        return _("Pengajuan {number} berstatus {status}: tidak dapat dibuatkan kontrak.", **where)
    if to == "contracted":
        return _("Pengajuan {number} berstatus {status}: kontrak hanya untuk pengajuan yang sudah disetujui.",
                 **where)
    if to in ("approved", "rejected", "countered"):
        return _("Pengajuan {number} berstatus {status}: hanya pengajuan berstatus Diajukan yang dapat diputuskan.",
                 **where)
    if to == "submitted":
        if app.status == "draft":
            return _("Pengajuan {number} berstatus {status}: isi hasil survei dulu sebelum diajukan.", **where)
        return _("Pengajuan {number} berstatus {status}: tidak dapat diajukan lagi.", **where)
    return _("Pengajuan {number} berstatus {status}: tidak dapat {verb}.", verb=_VERB.get(to, to), **where)


def _may_work_on(actor: User, app: Application) -> None:
    """Officers work on their own orders; supervisors and managers on every order of the branch."""
    require(actor, "application.create")
    if actor.role == Role.OFFICER.value and app.officer_id != actor.id:
        raise PermissionDenied(_("{full_name}: pengajuan {app} milik petugas lain", full_name=actor.full_name, app=app))


def _require_current(app: Application) -> None:
    if not app.is_current:
        raise IllegalTransition(_("Pengajuan {app} sudah diganti versi yang lebih baru: buka versi terakhir.", app=app))


# ---------------------------------------------------------------------------------------- officer actions
@write_transaction
def create_application(actor: User, data: dict, *, branch: Branch | None = None) -> Application:
    """The officer takes an order (status Draf) and prices it with the quote arithmetic.

    Args:
        actor: the officer (``application.create``); becomes the application's officer.
        data: see :func:`validate_order`.
        branch: the branch whose number sequence is used (default the officer's, else the customer's).
    Returns:
        The new application (version 1) with its number, e.g. ``PG/BDG/2026/00012``.
    Raises:
        ValidationError: every broken rule at once, the DP minimum named with its regulation.
    """
    require(actor, "application.create")
    clean, pricing = _clean_and_price(data)
    branch = branch or actor.branch or clean["customer"].branch
    stamp = _stamp()
    number = next_number("application", branch, stamp.year)
    app = Application.create(number=number, version=1, branch=branch, officer=actor, created_by=actor,
                             created_at=stamp, updated_at=stamp, status="draft", **{**clean, **pricing})
    StatusChange.create(application=app, from_status="", to_status="draft", user=actor, at=stamp,
                        reason="order diterima")
    audit.record(actor, "application.create", "application", app.id, after=_snapshot(app))
    return app


def _clean_and_price(data: dict) -> tuple[dict, dict]:
    """Validate an order and price it; raise every error at once."""
    clean, errors = validate_order(data)
    pricing: dict = {}
    if not errors:
        pricing, errors = _try_price(clean)
    if errors:
        raise ValidationError(errors)
    return clean, pricing


def _try_price(clean: dict, npf_band: str | None = None, terms: ProductTerms | None = None,
               start: dt.date | None = None) -> tuple[dict, list[FieldError]]:
    try:
        quote, row = price(terms or clean["product"], otr_price=clean["otr_price"],
                           down_payment=clean["down_payment"], tenor=clean["tenor"],
                           annual_rate=clean["annual_rate"], vehicle_type=clean["vehicle_type"], npf_band=npf_band,
                           start=start, purpose=clean.get("financing_purpose"))
    except ValidationError as exc:
        renamed = {"otr": "otr_price", "dp": "down_payment", "dp_pct": "down_payment", "tenors": "tenor",
                   "rate": "annual_rate"}
        return {}, [dataclasses.replace(e, field=renamed.get(e.field, e.field)) for e in exc.errors]
    return _pricing_values(quote, row), []


@write_transaction
def update_application(actor: User, app: Application | int, data: dict) -> Application:
    """Change the order while it is still Draf or Disurvei (re-priced; the survey's capacity follows).

    Raises:
        ApplicationLocked: the application was already submitted, decided, contracted or disbursed.
    """
    require(actor, "application.create")  # before anything is read (issue 19)
    app = get_application(app)
    _may_work_on(actor, app)
    _require_current(app)
    if app.status not in EDITABLE_STATUSES:
        where = dict(number=str(app), status=app.status_label)
        if app.status == "submitted":
            raise ApplicationLocked(_("Pengajuan {number} berstatus {status}: tidak dapat diubah lagi (minta atasan "
                                      "mengembalikannya bila perlu diubah).", **where))
        if app.status == "approved":
            raise ApplicationLocked(_("Pengajuan {number} berstatus {status}: tidak dapat diubah lagi. Perubahan "
                                      "syarat hanya lewat tawaran ulang oleh pemutus.", **where))
        raise ApplicationLocked(_("Pengajuan {number} berstatus {status}: tidak dapat diubah lagi.", **where))
    merged = {name: getattr(app, name + "_id") if name in ("customer", "product", "dealer", "salesperson")
              else getattr(app, name) for name in ORDER_FIELDS}
    merged.update(data)
    clean, pricing = _clean_and_price(merged)
    before = _snapshot(app)
    for name, value in {**clean, **pricing}.items():
        setattr(app, name, value)
    app.updated_at = _stamp()
    app.save()
    audit.record(actor, "application.update", "application", app.id, before=before, after=_snapshot(app))
    return app


SURVEY_MONEY = ("income_main", "income_spouse", "income_other", "household_expenses", "debt_installments")


def validate_survey(data: dict, *, today: dt.date | None = None) -> tuple[dict, list[FieldError]]:
    """Check a survey's fields: visit date, money, 5C scores 1–5, known documents and recommendation."""
    today = today or _today()
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}
    visit = data.get("visit_date") or today
    if isinstance(visit, str):
        try:
            visit = dt.date.fromisoformat(visit)
        except ValueError:
            errors.append(FieldError("visit_date", _("tanggal kunjungan tidak valid"), "invalid"))
            visit = today
    if isinstance(visit, dt.date) and visit > today:
        errors.append(FieldError("visit_date", _("tanggal kunjungan tidak boleh di masa depan"), "future"))
    clean["visit_date"] = visit
    labels = {"income_main": "penghasilan utama", "income_spouse": "penghasilan pasangan",
              "income_other": "penghasilan lain", "household_expenses": "biaya rumah tangga",
              "debt_installments": "angsuran utang lain"}
    for name in SURVEY_MONEY:
        clean[name] = _money(data, name, labels[name], errors, required=name == "income_main")
    if clean["income_main"] <= ZERO and "income_main" not in {e.field for e in errors}:
        errors.append(FieldError("income_main", _("penghasilan utama harus lebih dari nol"), "not_positive"))
    for c in FIVE_C:
        value = data.get(f"score_{c}", 3)
        try:
            score = int(value)
        except (TypeError, ValueError):
            score = 0
        if not SCORE_MIN <= score <= SCORE_MAX:
            errors.append(FieldError(f"score_{c}", _("nilai {aspect} antara {low} dan {high}", aspect=FIVE_C[c], low=SCORE_MIN, high=SCORE_MAX),
                                     "out_of_range"))
        clean[f"score_{c}"] = score
    notes = data.get("notes_5c") or {}
    clean["notes_5c"] = json.dumps({c: str(notes.get(c, "")).strip()[:1000] for c in FIVE_C if notes.get(c)},
                                   ensure_ascii=False, sort_keys=True)
    docs = list(data.get("documents") or [])
    unknown = [d for d in docs if d not in DOCUMENTS]
    if unknown:
        errors.append(FieldError("documents", _("dokumen tidak dikenal: {codes}", codes=', '.join(map(str, unknown))), "unknown"))
    clean["documents"] = json.dumps([d for d in DOCUMENTS if d in docs])
    recommendation = data.get("recommendation") or ""
    if recommendation not in RECOMMENDATIONS:
        errors.append(FieldError("recommendation", _("pilih rekomendasi petugas"), "required"))
    clean["recommendation"] = recommendation
    clean["recommendation_note"] = _text(data, "recommendation_note", 4000)
    clean["findings"] = _text(data, "findings", 8000)
    clean["existing_debts"] = _text(data, "existing_debts", 2000)
    return clean, errors


@write_transaction
def record_survey(actor: User, app: Application | int, data: dict) -> Survey:
    """The officer records (or corrects) the field survey and 5C analysis; the application becomes Disurvei.

    Args:
        data: ``visit_date``, ``findings``, ``income_main``, ``income_spouse``, ``income_other``,
            ``household_expenses``, ``debt_installments``, ``existing_debts``, ``score_<c>`` for each of
            :data:`FIVE_C` (1–5), ``notes_5c`` ({c: text}), ``documents`` (codes of :data:`DOCUMENTS`),
            ``recommendation`` (:data:`RECOMMENDATIONS`), ``recommendation_note``.
    Returns:
        The survey row.
    """
    require(actor, "application.create")  # before anything is read (issue 19)
    app = get_application(app)
    _may_work_on(actor, app)
    _require_current(app)
    if app.status not in EDITABLE_STATUSES:
        raise ApplicationLocked(_("Pengajuan {app} berstatus {status_label}: survei tidak dapat diubah lagi.", app=app, status_label=app.status_label))
    clean, errors = validate_survey(data)
    if errors:
        raise ValidationError(errors)
    stamp = _stamp()
    survey = Survey.get_or_none(Survey.application == app.id)
    before = None
    if survey is None:
        survey = Survey.create(application=app, surveyor=actor, created_at=stamp, updated_at=stamp, **clean)
    else:
        before = {k: getattr(survey, k) for k in clean}
        for k, v in clean.items():
            setattr(survey, k, v)
        survey.surveyor = actor
        survey.updated_at = stamp
        survey.save()
    cap = repayment_capacity(app, survey)
    _move(actor, app, "surveyed", "survei dicatat" if before is None else "survei diperbarui",
          extra={"dsr_pct": cap.ratio_pct, "recommendation": survey.recommendation})
    if before is not None:
        audit.record(actor, "survey.update", "survey", survey.id, before=before, after=clean)
    return survey


@write_transaction
def submit_application(actor: User, app: Application | int, note: str = "") -> Application:
    """The officer submits the surveyed application to the approval queue (status Diajukan).

    Raises:
        IllegalTransition: not surveyed yet.
        ValidationError: required documents missing from the survey checklist.
    """
    require(actor, "application.create")  # before anything is read (issue 19)
    app = get_application(app)
    _may_work_on(actor, app)
    _require_current(app)
    survey = survey_of(app)
    if app.status != "surveyed" or survey is None:
        raise IllegalTransition(_illegal_message(app, "submitted"))
    missing = [DOCUMENTS[d] for d in REQUIRED_DOCUMENTS if d not in survey.document_codes()]
    if missing:
        raise ValidationError(FieldError("documents", _("dokumen wajib belum ada: {documents}", documents=", ".join(missing)),
                                         "missing"))
    app.submitted_by = actor
    app.submitted_at = _stamp()
    return _move(actor, app, "submitted", note or "diajukan ke pemutus")


# -------------------------------------------------------------------------------------- approver actions
def approval_limit(role: str) -> Decimal | None:
    """The largest amount financed a role may approve; ``None`` = unlimited; zero = may not approve."""
    key = LIMIT_SETTING.format(role=role)
    default = DEFAULT_APPROVAL_LIMITS.get(role, 0)
    value = get_setting(key, "__unset__")
    if value == "__unset__":
        value = default
    return None if value is None else D(str(value))


def set_approval_limit(actor: User, role: str, limit: Decimal | int | None) -> None:
    """Set a role's approval limit (``settings.edit``); audited."""
    from models.core.office import put_setting

    require(actor, "settings.edit")
    if role not in {r.value for r in Role}:
        raise ValidationError(FieldError("role", _("peran tidak dikenal")))
    if limit is not None and D(limit) < 0:
        raise ValidationError(FieldError("limit", _("batas persetujuan tidak boleh negatif")))

    def store():
        before = approval_limit(role)
        put_setting(LIMIT_SETTING.format(role=role), None if limit is None else str(D(limit)))
        audit.record(actor, "setting.change", "setting", LIMIT_SETTING.format(role=role),
                     before={"limit": before}, after={"limit": limit})

    from models.core.db import run_in_transaction

    run_in_transaction(store)


def check_approver(actor: User, app: Application, amount: Decimal | None = None) -> None:
    """Everything that must hold for ``actor`` to decide on ``app``; raises the first refusal.

    Four eyes: the approver is neither the officer who submitted the application nor the one who made it.
    """
    require(actor, "application.approve")
    require_checker(app.submitted_by_id, actor, f"Persetujuan {app}")
    require_checker(app.created_by_id, actor, f"Persetujuan {app}")
    limit = approval_limit(actor.role)
    amount = app.amount_financed if amount is None else amount
    if limit is not None and amount > limit:
        raise ApprovalLimitExceeded(_("{who}: pokok pembiayaan {amount} melebihi batas persetujuan {limit}; ajukan "
                                      "ke manajer.", who=actor.full_name, amount=format_rupiah(amount),
                                      limit=format_rupiah(limit)))


def _decide(actor: User, app: Application, kind: str, to: str, reason_code: str, note: str,
            reasons: dict | None) -> Decision:
    if app.status != "submitted":
        raise IllegalTransition(_illegal_message(app, to))
    if reasons is not None and reason_code not in reasons:
        raise ValidationError(FieldError("reason_code", _("pilih alasan dari daftar"), "required"))
    if reason_code == "other" and not (note or "").strip():
        raise ValidationError(FieldError("note", _("tuliskan keterangan untuk alasan lain"), "required"))
    stamp = _stamp()
    decision = Decision.create(application=app, kind=kind, reason_code=reason_code or "", note=(note or "").strip(),
                               decided_by=actor, decided_at=stamp)
    app.decided_by = actor
    app.decided_at = stamp
    text = (reasons or {}).get(reason_code, "")
    _move(actor, app, to, "; ".join(t for t in (text, (note or "").strip()) if t),
          extra={"decision": kind, "reason_code": reason_code})
    return decision


@write_transaction
def approve_application(actor: User, app: Application | int, note: str = "") -> Application:
    """The supervisor approves a submitted application (four eyes, within the role's limit)."""
    require(actor, "application.approve")  # before anything is read (issue 19)
    app = get_application(app)
    _require_current(app)
    check_approver(actor, app)
    _decide(actor, app, "approve", "approved", "", note, None)
    return app


@write_transaction
def reject_application(actor: User, app: Application | int, reason_code: str, note: str = "") -> Application:
    """The supervisor rejects with a reason from :data:`REJECTION_REASONS` (plus free text)."""
    require(actor, "application.approve")  # before anything is read (issue 19)
    app = get_application(app)
    _require_current(app)
    require(actor, "application.approve")
    require_checker(app.submitted_by_id, actor, f"Penolakan {app}")
    require_checker(app.created_by_id, actor, f"Penolakan {app}")
    _decide(actor, app, "reject", "rejected", reason_code, note, REJECTION_REASONS)
    return app


@write_transaction
def return_application(actor: User, app: Application | int, note: str) -> Application:
    """Send a submitted application back to the officer (status Disurvei) for more data."""
    require(actor, "application.approve")  # before anything is read (issue 19)
    app = get_application(app)
    _require_current(app)
    require(actor, "application.approve")
    require_checker(app.submitted_by_id, actor, f"Pengembalian {app}")
    if not (note or "").strip():
        raise ValidationError(FieldError("note", _("tuliskan apa yang perlu dilengkapi"), "required"))
    _decide(actor, app, "return", "surveyed", "", note, None)
    return app


@write_transaction
def counter_offer(actor: User, app: Application | int, reason_code: str, note: str = "", *,
                  down_payment: Decimal | None = None, tenor: int | None = None,
                  annual_rate: Decimal | None = None) -> Application:
    """Approve at other terms (more DP, shorter tenor, another rate) as a NEW version of the application.

    The submitted version is kept with status Ditawar ulang; the new version (same number, ``version + 1``,
    ``previous`` pointing back) is created already approved by ``actor`` at the new terms, priced from the same
    frozen product terms, with a copy of the survey.  If the customer declines, the officer cancels it.

    Returns:
        The new version.
    """
    require(actor, "application.approve")  # before anything is read (issue 19)
    app = get_application(app)
    _require_current(app)
    if down_payment is None and tenor is None and annual_rate is None:
        raise ValidationError(FieldError("terms", _("ubah paling sedikit satu syarat: uang muka, tenor atau bunga"),
                                         "required"))
    require(actor, "application.approve")
    require_checker(app.submitted_by_id, actor, f"Tawaran ulang {app}")
    require_checker(app.created_by_id, actor, f"Tawaran ulang {app}")
    if app.status != "submitted":
        raise IllegalTransition(_illegal_message(app, "countered"))
    clean = {"otr_price": app.otr_price, "down_payment": app.down_payment if down_payment is None
             else D(down_payment), "tenor": app.tenor if tenor is None else int(tenor),
             "annual_rate": app.annual_rate if annual_rate is None else D(annual_rate),
             "vehicle_type": app.vehicle_type, "product": app.product,
             "financing_purpose": app.financing_purpose}
    pricing, errors = _try_price(clean, npf_band=app.npf_band or None, terms=app.terms())
    if errors:
        raise ValidationError(errors)
    check_approver(actor, app, pricing["amount_financed"])
    decision = _decide(actor, app, "counter", "countered", reason_code, note, COUNTER_REASONS)
    stamp = _stamp()
    values = {f.name: getattr(app, f.name) for f in Application._meta.sorted_fields
              if f.name not in ("id", "previous", "version", "is_current", "status", "created_at", "updated_at")}
    values.update(clean)
    values.update(pricing)
    values.update(decided_by=actor, decided_at=stamp)
    app.is_current = False
    app.save()
    new = Application.create(previous=app, version=app.version + 1, is_current=True, status="approved",
                             created_at=stamp, updated_at=stamp, **values)
    decision.new_version = new
    decision.save()
    StatusChange.create(application=new, from_status="countered", to_status="approved", user=actor, at=stamp,
                        reason=f"tawaran ulang atas versi {app.version}")
    survey = survey_of(app)
    if survey is not None:
        data = {f.name: getattr(survey, f.name) for f in Survey._meta.sorted_fields
                if f.name not in ("id", "application")}
        Survey.create(application=new, **data)
    audit.record(actor, "application.counter_offer", "application", new.id, before=_snapshot(app),
                 after=_snapshot(new), note=decision.reason_text)
    return new


# ------------------------------------------------------------------------------------------------ queries
def survey_of(app: Application) -> Survey | None:
    return Survey.get_or_none(Survey.application == _id(app))


@dataclass(frozen=True)
class Capacity:
    """Repayment capacity: the new installment against the household's net monthly income."""

    income: Decimal
    net_income: Decimal
    installment: Decimal
    ratio_pct: Decimal | None  # None when the net income is not positive
    max_pct: Decimal

    @property
    def ok(self) -> bool:
        return self.ratio_pct is not None and self.ratio_pct <= self.max_pct

    def text(self) -> str:
        """The sentence the approval panel shows (Indonesian, translatable: a :class:`models.core.texts.Text`)."""
        if self.ratio_pct is None:
            return _("penghasilan bersih tidak mencukupi (nol atau negatif)")
        verdict = _("dalam batas") if self.ok else _("MELEBIHI batas")
        return _("angsuran {installment} = {ratio} % dari penghasilan bersih {income} ({verdict} {limit} %)",
                 installment=format_rupiah(self.installment), ratio=pct_text(self.ratio_pct),
                 income=format_rupiah(self.net_income), verdict=verdict, limit=pct_text(self.max_pct))


def compute_capacity(installment: Decimal, max_pct: Decimal, *, income_main=ZERO, income_spouse=ZERO,
                     income_other=ZERO, household_expenses=ZERO, debt_installments=ZERO) -> Capacity:
    """Installment ÷ (income − household expenses − other debt installments), against ``max_pct``."""
    income = D(income_main or 0) + D(income_spouse or 0) + D(income_other or 0)
    net = income - D(household_expenses or 0) - D(debt_installments or 0)
    ratio = (D(installment) * 100 / net).quantize(D("0.01")) if net > ZERO else None
    return Capacity(income=income, net_income=net, installment=D(installment), ratio_pct=ratio, max_pct=D(max_pct))


def repayment_capacity(app: Application, survey: Survey | None = None) -> Capacity | None:
    """The survey's capacity against the product's ``max_dsr_pct`` (None without a survey)."""
    survey = survey or survey_of(app)
    if survey is None:
        return None
    return compute_capacity(app.installment, app.terms().max_dsr_pct,
                            **{name: getattr(survey, name) for name in SURVEY_MONEY})


def versions(app: Application) -> list[Application]:
    """Every version of the application's number, oldest first."""
    app = get_application(app)
    return list(Application.select().where(Application.number == app.number).order_by(Application.version))


def history(app: Application) -> list[StatusChange]:
    """Every stamped change of every version of the application, oldest first."""
    ids = [v.id for v in versions(app)]
    return list(StatusChange.select().where(StatusChange.application.in_(ids))
                .order_by(StatusChange.at, StatusChange.id))


def decisions(app: Application) -> list[Decision]:
    ids = [v.id for v in versions(app)]
    return list(Decision.select().where(Decision.application.in_(ids)).order_by(Decision.decided_at, Decision.id))


def status_counts(branch: Branch | None = None, officer: User | None = None) -> dict[str, int]:
    """Current versions per status (every status present, zero when none)."""
    query = Application.select(Application.status, fn.COUNT(Application.id)).where(Application.is_current == True)  # noqa: E712
    if branch is not None:
        query = query.where(Application.branch == branch)
    if officer is not None:
        query = query.where(Application.officer == officer)
    counts = dict(query.group_by(Application.status).tuples())
    return {s: int(counts.get(s, 0)) for s in STATUSES if s != "countered"}


def visible_query(user: User, status: str | None = None, text: str = ""):
    """Current application versions the user sees (officers: their own), newest first."""
    query = (Application.select(Application, Customer)
             .join(Customer, on=(Application.customer == Customer.id))
             .where(Application.is_current == True))  # noqa: E712
    if user.role == Role.OFFICER.value:
        query = query.where(Application.officer == user)
    if status:
        query = query.where(Application.status == status)
    if text:
        like = f"%{text.strip()}%"
        query = query.where(Application.number ** like | Customer.full_name ** like
                            | Application.contract_no ** like)
    return query.order_by(Application.updated_at.desc(), Application.id.desc())


def approval_queue(user: User) -> list[Application]:
    """Submitted applications this user may decide (not their own; within their limit first)."""
    query = visible_query(user, "submitted").where(
        (Application.submitted_by != user) & (Application.created_by != user))
    return list(query)


@dataclass(frozen=True)
class ApplicationRow:
    """One line of the applications list."""

    id: int
    number: str
    version: int
    created_on: dt.date
    customer: str
    product: str
    dealer: str
    amount_financed: Decimal
    installment: Decimal
    tenor: int
    status: str
    officer: str
    contract_no: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


#: sort key → column (the list sorts in SQL; CONVENTIONS: sort large tables in SQL).
LIST_SORT = {"number": Application.number, "date": Application.created_at, "customer": Customer.full_name,
             "product": Application.product, "dealer": Application.dealer, "amount": Application.amount_financed,
             "installment": Application.installment, "tenor": Application.tenor, "status": Application.status,
             "officer": Application.officer, "contract": Application.contract_no}


def _listed(user: User, status: str | None, text: str, *fields):
    query = visible_query(user, status, text).select(*fields)
    return query.where(Application.status != "countered") if status is None else query


def list_ids(user: User, status: str | None = None, text: str = "", *, sort: str = "date",
             descending: bool = True, limit: int | None = None, offset: int = 0) -> list[int]:
    """Ids of the current versions the user sees, filtered and sorted in SQL (the list model's first query).

    ``limit``/``offset``: one window of the list (the screen reads a window at a time, issue 18)."""
    column = LIST_SORT.get(sort, Application.created_at)
    order = column.desc() if descending else column.asc()
    query = _listed(user, status, text, Application.id).order_by(order, Application.id.desc())
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [i for (i,) in query.tuples()]


def count_ids(user: User, status: str | None = None, text: str = "") -> int:
    """How many ids :func:`list_ids` returns for the same filters (one COUNT)."""
    return _listed(user, status, text, fn.COUNT(Application.id)).order_by().scalar() or 0


def application_rows(ids: list[int]) -> list[ApplicationRow]:
    """Display rows for ``ids`` (one query, in the order given)."""
    from models.core.users import User as Officer

    if not ids:
        return []
    query = (Application.select(Application.id, Application.number, Application.version, Application.created_at,
                                Customer.full_name, LoanProduct.name, Dealer.name, Application.amount_financed,
                                Application.installment, Application.tenor, Application.status,
                                Officer.full_name, Application.contract_no)
             .join(Customer, on=(Application.customer == Customer.id))
             .switch(Application).join(LoanProduct, on=(Application.product == LoanProduct.id))
             .switch(Application).join(Dealer, JOIN.LEFT_OUTER, on=(Application.dealer == Dealer.id))
             .switch(Application).join(Officer, on=(Application.officer == Officer.id))
             .where(Application.id.in_(ids)).tuples())
    rows = {}
    for (i, number, version, created, customer, product, dealer, amount, installment, tenor, status, officer,
         contract) in query:
        if isinstance(created, str):
            created = dt.datetime.fromisoformat(created)
        rows[i] = ApplicationRow(i, number, version, created.date(), customer, product, dealer or "", amount,
                                 installment, tenor, status, officer, contract or "")
    return [rows[i] for i in ids if i in rows]


def customer_choices(user: User, text: str, limit: int = 30) -> list[tuple[int, str]]:
    """Customers the officer may take an order for, matching ``text`` (name, NIK, phone): ``(id, label)``."""
    from models.customers.customers import customer_rows
    from models.customers.search import search_ids

    ids = search_ids(user, text, limit=limit) if (text or "").strip() else []
    return [(r.id, f"{r.full_name} — {r.nik}") for r in customer_rows(user, ids)]


def iter_reasons(kind: str) -> Iterable[tuple[str, str]]:
    """``(code, text)`` pairs of the reason list for a decision kind (``reject`` or ``counter``)."""
    return (REJECTION_REASONS if kind == "reject" else COUNTER_REASONS).items()
