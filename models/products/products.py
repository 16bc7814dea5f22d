"""Loan products: the configurable terms every quote, application and loan is built from.

A :class:`LoanProduct` row holds what the office decides once and the officer never retypes: the interest
method and rate range, the tenor range, the minimum down payment per vehicle type, the fees (admin,
provision, insurance, fiducia), the late-fee rule, the installment rounding, the payment allocation order,
the early-payoff rule, the maximum debt-service ratio, and optional posting overrides for the ledger.

Why it is shaped this way:

* Rates and percentages are stored as integers of 1/10 000 of a percent point (:class:`PercentField`), the
  same reason money is stored as integer sen: SQLite keeps a ``DECIMAL`` column as a binary float.
* The minimum down payment is not one number.  POJK 35/2018 Art. 20 ties it to the company's NPF band and
  the vehicle type, and the office's band changes with its portfolio.  So each product keeps a small JSON
  table ``dp_rules`` (band -> vehicle type -> minimum %) and the office keeps one setting, the current band
  (``products.npf_band``).  A refusal names the rule: "DP minimum 20 % untuk roda dua (POJK 35/2018 Pasal 20,
  NPF > 5 %)".  Products without DP rules (working capital, member loans) have an empty table.
* :meth:`LoanProduct.terms` turns a row into a frozen :class:`ProductTerms`, a plain record the pure quote
  arithmetic (``models.products.quote``) works on, so a quote can be tested without a database.
* Every change goes through :func:`create_product`, :func:`update_product` or :func:`deactivate_product`:
  one write transaction each, the permission ``product.edit`` checked here, every rule reported at once, and
  an audit row with the before/after values.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from peewee import BigIntegerField, BooleanField, CharField, DateTimeField, IntegerField, TextField

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, write_transaction
from models.core.errors import FieldError, NotFound, PermissionDenied, ValidationError
from models.core.money import (
    ROUND_RUPIAH,
    ROUNDING_RULES,
    SEN,
    ZERO,
    D,
    MoneyError,
    MoneyField,
    format_amount,
    round_money,
)
from models.core.office import get_setting, put_setting
from models.core.texts import _
from models.products.loanmath import MAX_TENOR, Frequency, Method

__all__ = [
    "LoanProduct", "ProductTerms", "PercentField", "KINDS", "KIND_LABELS", "VEHICLE_TYPES", "VEHICLE_LABELS",
    "NPF_BANDS", "NPF_BAND_LABELS", "DEFAULT_DP_RULES", "PURPOSES", "PURPOSE_LABELS", "ALLOCATION_ORDERS", "NPF_BAND_SETTING", "ALLOCATION_PARTS",
    "validate_product", "create_product", "update_product", "deactivate_product", "get_product",
    "active_products", "npf_band", "set_npf_band", "min_dp_pct", "dp_rule_text", "late_fee_for",
    "late_fee_rule_text", "pct_text", "early_payoff_amount", "early_payoff_rule_text", "insurance_premium", "default_products",
    "install_default_products",
]

KINDS = ("vehicle", "working_capital", "member_loan", "cash")
KIND_LABELS = {"vehicle": "Pembiayaan kendaraan", "working_capital": "Kredit modal kerja",
               "member_loan": "Pinjaman anggota", "cash": "Pinjaman tunai"}
VEHICLE_TYPES = ("two_wheel", "four_wheel")
VEHICLE_LABELS = {"two_wheel": "roda dua", "four_wheel": "roda empat"}

# POJK 35/2018 Art. 20: the minimum down payment for motor-vehicle financing falls as the company's NPF
# improves.  Band codes are stable (stored in the setting and in dp_rules); labels are what paper shows.
# POJK 35/2018 Art. 20 as written: a healthy company (tingkat kesehatan "sehat") with NPF ≤ 1 %, 1–3 %, 3–5 %;
# a company not healthy with NPF ≤ 5 % ("unh5"); any company with NPF above 5 %.
NPF_BANDS = ("le1", "1to3", "3to5", "unh5", "gt5")
NPF_BAND_LABELS = {"le1": "NPF ≤ 1 %", "1to3": "NPF 1–3 %", "3to5": "NPF 3–5 %",
                   "unh5": "tidak sehat, NPF ≤ 5 %", "gt5": "NPF > 5 %"}
#: What a four-wheel vehicle is financed for: the regulation asks more DP of multipurpose (multiguna) financing.
PURPOSES = ("investment", "multiguna")
PURPOSE_LABELS = {"investment": "investasi", "multiguna": "multiguna"}
#: The dp_rules key of four-wheel multiguna financing (four-wheel investment uses "four_wheel").
MULTIGUNA_KEY = "four_wheel_multiguna"
DP_RULE_KEYS = ("two_wheel", "four_wheel", MULTIGUNA_KEY)
NPF_BAND_SETTING = "products.npf_band"
# The strictest band until the office says otherwise: a new office has no NPF history to claim a better one.
DEFAULT_NPF_BAND = "gt5"
# POJK 35/2018 Pasal 20 as written (DOMAIN.md): a healthy company 0 / 10 / 15 % for every vehicle by its NPF band;
# a company not healthy with NPF ≤ 5 %: 15 % for two/three-wheel and four-wheel investment, 20 % four-wheel
# multiguna; NPF above 5 %: 20 % and 25 %.  Every figure stays editable per product: the rule has changed before.
DEFAULT_DP_RULES: dict[str, dict[str, str]] = {
    "le1": {"two_wheel": "0", "four_wheel": "0", MULTIGUNA_KEY: "0"},
    "1to3": {"two_wheel": "10", "four_wheel": "10", MULTIGUNA_KEY: "10"},
    "3to5": {"two_wheel": "15", "four_wheel": "15", MULTIGUNA_KEY: "15"},
    "unh5": {"two_wheel": "15", "four_wheel": "15", MULTIGUNA_KEY: "20"},
    "gt5": {"two_wheel": "20", "four_wheel": "20", MULTIGUNA_KEY: "25"},
}
DP_RULE_SOURCE = "POJK 35/2018 Pasal 20"

ALLOCATION_PARTS = ("fee", "interest", "principal")
DEFAULT_ALLOCATION = "fee,interest,principal"  # KUHPerdata art. 1397: costs and interest before principal
#: The allocation orders the cashier's code supports (models.cashier.payments.allocate takes any order of the three
#: parts); the product form offers exactly these as a picker.  A fee put last is never lost: it stays owed.
ALLOCATION_ORDERS = {
    "fee,interest,principal": "Denda → bunga → pokok",
    "interest,principal,fee": "Bunga → pokok → denda",
    "interest,fee,principal": "Bunga → denda → pokok",
    "fee,principal,interest": "Denda → pokok → bunga",
    "principal,interest,fee": "Pokok → bunga → denda",
    "principal,fee,interest": "Pokok → denda → bunga",
}
PAYOFF_PRINCIPAL_BASES = {"schedule": "Sisa pokok menurut tabel angsuran (flat)",
                          "effective": "Sisa pokok menurut tabel efektif (anuitas)"}
HUNDRED = D(100)
THOUSAND = D(1000)
RATE_PLACES = Decimal("0.0001")


class PercentField(BigIntegerField):
    """A percentage (or per-mille figure) kept exactly: integer ten-thousandths in the database, Decimal here.

    ``Decimal("18.5")`` is stored as ``185000``; four decimals are plenty for a rate typed in the office.
    """

    SCALE = 10_000

    def db_value(self, value):
        if value is None:
            return None
        number = D(value)
        scaled = number * self.SCALE
        if scaled != scaled.to_integral_value():
            raise MoneyError(f"{number} has more than four decimals")
        return int(scaled)

    def python_value(self, value):
        if value is None:
            return None
        return (Decimal(int(value)) / self.SCALE).quantize(RATE_PLACES).normalize() + ZERO


class LoanProduct(BaseModel):
    """A credit product the office sells (Kredit Motor, Kredit Modal Kerja, Pinjaman Anggota …)."""

    code = CharField(max_length=16, unique=True)
    name = CharField(max_length=80)
    kind = CharField(max_length=16)                      # vehicle | working_capital | member_loan | cash
    method = CharField(max_length=16)                    # models.products.loanmath.Method codes
    frequency = CharField(max_length=10, default="monthly")
    rate_min = PercentField()                            # % per year (flat rate for flat products)
    rate_max = PercentField()
    rate_default = PercentField()
    tenor_min = IntegerField()                           # installments
    tenor_max = IntegerField()
    dp_rules = TextField(default="{}")                   # {"gt5": {"two_wheel": "20", "four_wheel": "25"}, …}
    admin_fee = MoneyField(default=0)
    provision_pct = PercentField(default=0)              # % of the amount financed
    insurance_rate_pct = PercentField(default=0)         # % of the insured value per year started
    insurance_financed = BooleanField(default=True)      # added to the amount financed, else paid up front
    fiducia_fee = MoneyField(default=0)
    late_fee_per_mille = PercentField(default=0)         # ‰ of the overdue installment per day late
    late_fee_grace_days = IntegerField(default=0)
    late_fee_cap_pct = PercentField(null=True)           # cap as % of the overdue installment
    late_fee_cap_amount = MoneyField(null=True)          # or an absolute cap per installment
    rounding = CharField(max_length=8, default="100")    # models.core.money rounding rule code
    allocation_order = CharField(max_length=40, default=DEFAULT_ALLOCATION)
    payoff_penalty_pct = PercentField(default=0)         # % of the remaining principal on early payoff
    max_dsr_pct = PercentField(default=35)               # installment ÷ net income, for the survey
    posting_overrides = TextField(default="{}")          # {} = the ledger's posting_rules decide
    move_due_off_holidays = BooleanField(default=False)  # a due date on a holiday/Sunday counts from the next
                                                         # working day (grace, late fee, days past due)
    payoff_principal_basis = CharField(max_length=10, default="schedule")  # "schedule" (flat table) | "effective"
    # Who bears the Rp 10.000 bea meterai on a receipt over Rp 5.000.000 (UU 10/2020): customer | office.
    stamp_duty_bearer = CharField(max_length=10, default="customer")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    def dp_table(self) -> dict[str, dict[str, str]]:
        return json.loads(self.dp_rules or "{}")

    def terms(self) -> "ProductTerms":
        """The product as a plain immutable record for the pure quote arithmetic."""
        return ProductTerms(**{name: getattr(self, name) for name in _TERM_FIELDS if name != "dp_rules"},
                            dp_rules=self.dp_table())


# Fields an editor may set; ``code`` only at creation (loans refer to products by it on paper).
EDITABLE = (
    "name", "kind", "method", "frequency", "rate_min", "rate_max", "rate_default", "tenor_min", "tenor_max",
    "dp_rules", "admin_fee", "provision_pct", "insurance_rate_pct", "insurance_financed", "fiducia_fee",
    "late_fee_per_mille", "late_fee_grace_days", "late_fee_cap_pct", "late_fee_cap_amount", "rounding",
    "allocation_order", "payoff_penalty_pct", "max_dsr_pct", "posting_overrides", "move_due_off_holidays",
    "payoff_principal_basis",
)
_TERM_FIELDS = ("code",) + EDITABLE


@dataclass(frozen=True)
class ProductTerms:
    """A product's terms without the database: what ``models.products.quote`` needs.  Percentages are Decimals."""

    code: str
    name: str
    kind: str
    method: str
    frequency: str = "monthly"
    rate_min: Decimal = ZERO
    rate_max: Decimal = HUNDRED
    rate_default: Decimal = ZERO
    tenor_min: int = 1
    tenor_max: int = MAX_TENOR
    dp_rules: dict = field(default_factory=dict, hash=False)
    admin_fee: Decimal = ZERO
    provision_pct: Decimal = ZERO
    insurance_rate_pct: Decimal = ZERO
    insurance_financed: bool = True
    fiducia_fee: Decimal = ZERO
    late_fee_per_mille: Decimal = ZERO
    late_fee_grace_days: int = 0
    late_fee_cap_pct: Decimal | None = None
    late_fee_cap_amount: Decimal | None = None
    rounding: str = "100"
    allocation_order: str = DEFAULT_ALLOCATION
    payoff_penalty_pct: Decimal = ZERO
    max_dsr_pct: Decimal = D(35)
    posting_overrides: str = "{}"
    move_due_off_holidays: bool = False
    payoff_principal_basis: str = "schedule"


# ------------------------------------------------------------------------------------------ validation

def _num(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return D(value if not isinstance(value, str) else value.strip().replace(",", "."))
    except MoneyError:
        return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return None


def _check_pct(errors: list, name: str, value: Any, label: str, *, maximum: Decimal = HUNDRED,
               required: bool = True) -> Decimal | None:
    if value is None or value == "":
        if required:
            errors.append(FieldError(name, _("{label} wajib diisi", label=label), "required"))
        return None
    number = _num(value)
    if number is None:
        errors.append(FieldError(name, _("{label} harus berupa angka", label=label), "not_a_number"))
    elif number < 0 or number > maximum:
        errors.append(FieldError(name, _("{label} harus antara 0 dan {max}", label=label, max=pct_text(maximum)), "out_of_range"))
    elif number != number.quantize(RATE_PLACES):
        errors.append(FieldError(name, _("{label} paling banyak empat angka desimal", label=label), "too_precise"))
    else:
        return number
    return None


def _check_money(errors: list, name: str, value: Any, label: str, *, required: bool = True) -> None:
    if value is None or value == "":
        if required:
            errors.append(FieldError(name, _("{label} wajib diisi", label=label), "required"))
        return
    number = _num(value)
    if number is None:
        errors.append(FieldError(name, _("{label} harus berupa jumlah uang", label=label), "not_a_number"))
    elif number < 0:
        errors.append(FieldError(name, _("{label} tidak boleh negatif", label=label), "negative"))
    elif number != number.quantize(SEN):
        errors.append(FieldError(name, _("{label} tidak boleh lebih kecil dari satu sen", label=label), "sub_sen"))


def validate_dp_rules(rules: Any) -> list[FieldError]:
    """``dp_rules`` must map known NPF bands to known vehicle types to percentages 0..100."""
    if isinstance(rules, str):
        try:
            rules = json.loads(rules or "{}")
        except ValueError:
            return [FieldError("dp_rules", _("aturan DP bukan JSON yang sah"), "not_json")]
    if not isinstance(rules, dict):
        return [FieldError("dp_rules", _("aturan DP harus berupa tabel band NPF → jenis kendaraan → %"), "shape")]
    errors: list[FieldError] = []
    for band, per_type in rules.items():
        if band not in NPF_BANDS:
            errors.append(FieldError("dp_rules", _("band NPF tidak dikenal: {band} ({bands})", band=band, bands=', '.join(NPF_BANDS)),
                                     "unknown_band"))
            continue
        if not isinstance(per_type, dict):
            errors.append(FieldError("dp_rules", _("band {band}: harus tabel jenis kendaraan → %", band=band), "shape"))
            continue
        for vtype, pct in per_type.items():
            if vtype not in DP_RULE_KEYS:
                errors.append(FieldError("dp_rules", _("jenis kendaraan tidak dikenal: {vtype}", vtype=vtype), "unknown_vehicle"))
            else:
                _check_pct(errors, "dp_rules", pct, f"DP minimum {_rule_label(vtype)} ({NPF_BAND_LABELS[band]})")
    return errors


def _validate_json_object(name: str, text: Any, label: str) -> list[FieldError]:
    try:
        value = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return [FieldError(name, _("{label} bukan JSON yang sah", label=label), "not_json")]
    if not isinstance(value, dict):
        return [FieldError(name, _("{label} harus berupa objek JSON", label=label), "shape")]
    return []


def validate_product(values: dict) -> list[FieldError]:
    """Check a complete set of product fields; return every broken rule at once.

    Args:
        values: field name -> value, as :data:`EDITABLE` plus ``code`` (numbers may be Decimal, int or text).
    Returns:
        A list of :class:`FieldError` (empty = acceptable).
    """
    errors: list[FieldError] = []
    code = str(values.get("code") or "").strip()
    if not code or len(code) > 16 or not code.replace("-", "").replace("_", "").isalnum():
        errors.append(FieldError("code", _("kode produk 1–16 huruf/angka (boleh - dan _)"), "invalid"))
    name = str(values.get("name") or "").strip()
    if not name or len(name) > 80:
        errors.append(FieldError("name", _("nama produk wajib diisi (paling panjang 80 huruf)"), "invalid"))
    if values.get("kind") not in KINDS:
        errors.append(FieldError("kind", _("jenis produk harus salah satu dari {kinds}", kinds=', '.join(KINDS)), "unknown"))
    if values.get("method") not in {m.value for m in Method}:
        errors.append(FieldError("method", _("metode bunga tidak dikenal (flat, annuity, equal-principal)"), "unknown"))
    if values.get("frequency", "monthly") not in {f.value for f in Frequency}:
        errors.append(FieldError("frequency", _("frekuensi tidak dikenal (monthly, weekly, biweekly)"), "unknown"))

    low = _check_pct(errors, "rate_min", values.get("rate_min"), "bunga minimum")
    high = _check_pct(errors, "rate_max", values.get("rate_max"), "bunga maksimum")
    default = _check_pct(errors, "rate_default", values.get("rate_default"), "bunga standar")
    if low is not None and high is not None and low > high:
        errors.append(FieldError("rate_max", _("bunga maksimum lebih kecil dari minimum"), "range"))
    elif None not in (low, high, default) and not low <= default <= high:
        errors.append(FieldError("rate_default", _("bunga standar harus di antara minimum dan maksimum"), "range"))

    tmin, tmax = _int(values.get("tenor_min")), _int(values.get("tenor_max"))
    for name_, value, label in (("tenor_min", tmin, "tenor minimum"), ("tenor_max", tmax, "tenor maksimum")):
        if value is None or not 1 <= value <= MAX_TENOR:
            errors.append(FieldError(name_, _("{label} harus bilangan bulat 1–{max}", label=label, max=MAX_TENOR), "out_of_range"))
    if tmin is not None and tmax is not None and tmin > tmax:
        errors.append(FieldError("tenor_max", _("tenor maksimum lebih kecil dari minimum"), "range"))

    errors += validate_dp_rules(values.get("dp_rules", {}))
    _check_money(errors, "admin_fee", values.get("admin_fee", 0), "biaya administrasi")
    _check_pct(errors, "provision_pct", values.get("provision_pct", 0), "provisi")
    _check_pct(errors, "insurance_rate_pct", values.get("insurance_rate_pct", 0), "tarif asuransi")
    _check_money(errors, "fiducia_fee", values.get("fiducia_fee", 0), "biaya fidusia")
    _check_pct(errors, "late_fee_per_mille", values.get("late_fee_per_mille", 0), "denda per hari (‰)",
               maximum=THOUSAND)
    grace = _int(values.get("late_fee_grace_days", 0))
    if grace is None or not 0 <= grace <= 90:
        errors.append(FieldError("late_fee_grace_days", _("hari tenggang denda harus 0–90"), "out_of_range"))
    _check_pct(errors, "late_fee_cap_pct", values.get("late_fee_cap_pct"), "batas denda (%)",
               maximum=D(1000), required=False)
    _check_money(errors, "late_fee_cap_amount", values.get("late_fee_cap_amount"), "batas denda (Rp)",
                 required=False)
    if str(values.get("rounding", "100")) not in ROUNDING_RULES:
        errors.append(FieldError("rounding", _("aturan pembulatan tidak dikenal ({rules})", rules=', '.join(ROUNDING_RULES)),
                                 "unknown"))
    parts = [p.strip() for p in str(values.get("allocation_order", DEFAULT_ALLOCATION)).split(",")]
    if values.get("payoff_principal_basis", "schedule") not in PAYOFF_PRINCIPAL_BASES:
        errors.append(FieldError("payoff_principal_basis", _("dasar sisa pokok pelunasan harus schedule atau "
                                                             "effective"), "unknown"))
    if sorted(parts) != sorted(ALLOCATION_PARTS) or ",".join(parts) not in ALLOCATION_ORDERS:
        errors.append(FieldError("allocation_order", _("urutan alokasi harus memuat fee, interest dan principal "
                                                       "masing-masing sekali"), "invalid"))
    _check_pct(errors, "payoff_penalty_pct", values.get("payoff_penalty_pct", 0), "penalti pelunasan")
    _check_pct(errors, "max_dsr_pct", values.get("max_dsr_pct", 35), "rasio angsuran/penghasilan maksimum")
    errors += _validate_json_object("posting_overrides", values.get("posting_overrides", "{}"),
                                    "pemetaan jurnal")
    return errors


# ------------------------------------------------------------------------------------------ operations

def _require_editor(actor) -> None:
    from models.core import users

    if actor is None:
        # The demo builder and the first-run wizard install defaults inside users.system_context().
        if not users.system_allowed():
            raise PermissionDenied(_("mengatur produk membutuhkan pengguna yang masuk"))
        return
    users.require(actor, "product.edit")


def _normalise(values: dict) -> dict:
    """Coerce validated input into column values (JSON fields to text, numbers to Decimal/int)."""
    out = dict(values)
    for key in ("dp_rules", "posting_overrides"):
        if key in out and not isinstance(out[key], str):
            out[key] = json.dumps(out[key], sort_keys=True)
    for key in ("tenor_min", "tenor_max", "late_fee_grace_days"):
        if key in out:
            out[key] = _int(out[key])
    for key in ("rate_min", "rate_max", "rate_default", "admin_fee", "provision_pct", "insurance_rate_pct",
                "fiducia_fee", "late_fee_per_mille", "late_fee_cap_pct", "late_fee_cap_amount",
                "payoff_penalty_pct", "max_dsr_pct"):
        if key in out:
            out[key] = _num(out[key])
    if "code" in out:
        out["code"] = str(out["code"]).strip().upper()
    if "name" in out:
        out["name"] = str(out["name"]).strip()
    if "rounding" in out:
        out["rounding"] = str(out["rounding"])
    if "allocation_order" in out:
        out["allocation_order"] = ",".join(p.strip() for p in str(out["allocation_order"]).split(","))
    return out


def snapshot(product: LoanProduct) -> dict:
    """The product's fields as plain values (for the audit trail and the editor)."""
    data = {name: getattr(product, name) for name in _TERM_FIELDS}
    data["active"] = product.active
    return data


def _defaults_for_new() -> dict:
    return {f.name: f.default for f in LoanProduct._meta.sorted_fields
            if f.name in EDITABLE and f.default is not None and not callable(f.default)}


@write_transaction
def create_product(actor, **values) -> LoanProduct:
    """Create a loan product.

    Args:
        actor: the user (needs ``product.edit``), or ``None`` inside ``system_context()``.
        **values: ``code`` and the fields of :data:`EDITABLE`; omitted optional fields take the defaults.
    Returns:
        The new :class:`LoanProduct`.
    Raises:
        PermissionDenied, ValidationError (every broken rule; a duplicate code included).
    """
    _require_editor(actor)
    unknown = set(values) - set(_TERM_FIELDS)
    if unknown:
        raise ValidationError([FieldError(k, _("bukan kolom produk"), "unknown_field") for k in sorted(unknown)])
    merged = {**_defaults_for_new(), **values}
    errors = validate_product(merged)
    code = str(values.get("code") or "").strip().upper()
    if code and LoanProduct.select().where(LoanProduct.code == code).exists():
        errors.append(FieldError("code", _("kode produk {code} sudah dipakai", code=code), "duplicate"))
    if errors:
        raise ValidationError(errors)
    product = LoanProduct.create(**_normalise(merged))
    audit.record(actor, "product.create", "loan_product", product.id, after=snapshot(product))
    return product


@write_transaction
def update_product(actor, product: LoanProduct | int, **changes) -> LoanProduct:
    """Change a product's terms.  Existing loans keep the terms copied into them at contract time.

    Args:
        actor: the user (needs ``product.edit``).
        product: the product or its id.
        **changes: fields of :data:`EDITABLE` (the code never changes).
    Returns:
        The updated product.
    Raises:
        PermissionDenied, NotFound, ValidationError.
    """
    _require_editor(actor)
    product = get_product(product.id if isinstance(product, LoanProduct) else product)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError([FieldError(k, _("kolom ini tidak dapat diubah"), "not_editable")
                               for k in sorted(unknown)])
    before = snapshot(product)
    merged = {**before, "dp_rules": product.dp_table(), **changes}
    errors = validate_product(merged)
    if errors:
        raise ValidationError(errors)
    for key, value in _normalise(changes).items():
        setattr(product, key, value)
    product.updated_at = now()
    product.save()
    product = get_product(product.id)
    after = snapshot(product)
    audit.record(actor, "product.update", "loan_product", product.id,
                 before={k: v for k, v in before.items() if after[k] != v},
                 after={k: v for k, v in after.items() if before[k] != v})
    return product


@write_transaction
def deactivate_product(actor, product: LoanProduct | int, active: bool = False) -> LoanProduct:
    """Withdraw a product from sale (or offer it again with ``active=True``); loans on it are untouched."""
    _require_editor(actor)
    product = get_product(product.id if isinstance(product, LoanProduct) else product)
    if product.active != active:
        LoanProduct.update(active=active, updated_at=now()).where(LoanProduct.id == product.id).execute()
        audit.record(actor, "product.activate" if active else "product.deactivate", "loan_product", product.id,
                     before={"active": product.active}, after={"active": active})
        product.active = active
    return product


def get_product(key: int | str) -> LoanProduct:
    """A product by id or by code."""
    query = LoanProduct.code == str(key).upper() if isinstance(key, str) else LoanProduct.id == key
    product = LoanProduct.get_or_none(query)
    if product is None:
        raise NotFound(_("produk {key} tidak ditemukan", key=key))
    return product


def active_products(kind: str | None = None) -> list[LoanProduct]:
    """Products on sale, by code (optionally of one kind)."""
    query = LoanProduct.select().where(LoanProduct.active == True)  # noqa: E712 (peewee expression)
    if kind:
        query = query.where(LoanProduct.kind == kind)
    return list(query.order_by(LoanProduct.code))


# ------------------------------------------------------------------------------ the NPF band and DP rules

def npf_band() -> str:
    """The office's current NPF band (setting ``products.npf_band``), which selects the DP minimums."""
    band = get_setting(NPF_BAND_SETTING, DEFAULT_NPF_BAND)
    return band if band in NPF_BANDS else DEFAULT_NPF_BAND


@write_transaction
def set_npf_band(actor, band: str) -> None:
    """Record the company's NPF band after the monthly NPF figure is known (``product.edit``)."""
    _require_editor(actor)
    if band not in NPF_BANDS:
        raise ValidationError(FieldError("npf_band", _("band NPF harus salah satu dari {bands}", bands=', '.join(NPF_BANDS))))
    before = npf_band()
    put_setting(NPF_BAND_SETTING, band)
    audit.record(actor, "setting.change", "setting", NPF_BAND_SETTING, before={"value": before},
                 after={"value": band})


def _rule_label(key: str) -> str:
    if key == MULTIGUNA_KEY:
        return f"{VEHICLE_LABELS['four_wheel']} {PURPOSE_LABELS['multiguna']}"
    return VEHICLE_LABELS.get(key, key)


def min_dp_pct(terms: ProductTerms, vehicle_type: str | None, band: str, purpose: str | None = None) -> Decimal:
    """The minimum DP % for ``vehicle_type`` (and, for four-wheel, ``purpose``: ``investment`` or ``multiguna``)
    under ``band`` (POJK 35/2018 Pasal 20); 0 when the product has no rule for it.  A product table without a
    multiguna figure applies its four-wheel figure."""
    if not vehicle_type:
        return ZERO
    row = (terms.dp_rules or {}).get(band, {})
    value = None
    if vehicle_type == "four_wheel" and purpose == "multiguna":
        value = row.get(MULTIGUNA_KEY)
    if value in (None, ""):
        value = row.get(vehicle_type)
    return D(str(value)) if value not in (None, "") else ZERO


def dp_rule_text(pct: Decimal, vehicle_type: str, band: str, purpose: str | None = None) -> str:
    """``DP minimum 20 % untuk roda empat investasi (POJK 35/2018 Pasal 20, NPF > 5 %)``: the rule that applied."""
    what = VEHICLE_LABELS.get(vehicle_type, vehicle_type)
    if vehicle_type == "four_wheel":
        what += f" {PURPOSE_LABELS.get(purpose or 'investment', purpose)}"
    return f"DP minimum {pct_text(pct)} % untuk {what} ({DP_RULE_SOURCE}, {NPF_BAND_LABELS.get(band, band)})"


# ------------------------------------------------------------------------- fees computed from the terms

def insurance_premium(terms: ProductTerms, insured_value: Decimal, tenor: int) -> Decimal:
    """Insurance over the whole tenor: rate % of the insured value for every year started, to the rupiah.

    Vehicle insurance (TLO / all risk) is priced per year of cover, so a 13-month loan buys two years.
    """
    if not terms.insurance_rate_pct:
        return ZERO.quantize(SEN)
    from models.products.loanmath import PERIODS_PER_YEAR

    years = math.ceil(tenor / PERIODS_PER_YEAR[Frequency(terms.frequency)])
    return round_money(D(insured_value) * terms.insurance_rate_pct / HUNDRED * years, ROUND_RUPIAH)


def late_fee_for(terms: ProductTerms, overdue_installment: Decimal, days_late: int) -> Decimal:
    """The late fee on one overdue installment.

    Nothing is charged within the grace days; after them the fee runs from the due date (the grace is a
    courtesy, not a discount): ``days_late × ‰ × installment``, never compounded, then capped.

    Args:
        terms: the product.
        overdue_installment: the unpaid amount of the installment.
        days_late: days since the due date.
    Returns:
        The fee rounded down to the rupiah.
    """
    if days_late <= terms.late_fee_grace_days or days_late <= 0:
        return ZERO.quantize(SEN)
    base = D(overdue_installment)
    fee = base * terms.late_fee_per_mille / THOUSAND * days_late
    if terms.late_fee_cap_pct is not None:
        fee = min(fee, base * terms.late_fee_cap_pct / HUNDRED)
    if terms.late_fee_cap_amount is not None:
        fee = min(fee, D(terms.late_fee_cap_amount))
    # Rounded DOWN to the rupiah: a fraction the office cannot collect in cash is never charged, and a capped
    # fee never rounds past its cap.
    return round_money(fee, "floor")


def late_fee_rule_text(terms: ProductTerms) -> str:
    """The late-fee rule as the customer reads it on the quote."""
    if not terms.late_fee_per_mille:
        return "Tidak ada denda keterlambatan"
    text = f"Denda {pct_text(terms.late_fee_per_mille)} ‰ per hari dari angsuran yang terlambat"
    if terms.late_fee_grace_days:
        text += (f", dikenakan bila terlambat lebih dari {terms.late_fee_grace_days} hari "
                 "(dihitung sejak jatuh tempo)")
    caps = []
    if terms.late_fee_cap_pct is not None:
        caps.append(f"{pct_text(terms.late_fee_cap_pct)} % dari angsuran tersebut")
    if terms.late_fee_cap_amount is not None:
        caps.append(f"Rp {format_amount(terms.late_fee_cap_amount)} per angsuran")
    if caps:
        text += "; paling banyak " + " atau ".join(caps)
    return text


def early_payoff_amount(terms: ProductTerms, remaining_principal: Decimal,
                        current_period_interest: Decimal) -> Decimal:
    """What settles a loan early: remaining principal + interest of the current period + penalty %.

    Args:
        remaining_principal: principal not yet repaid.
        current_period_interest: the interest part of the installment now running.
    Returns:
        The payoff amount (penalty rounded to the rupiah).
    """
    penalty = round_money(D(remaining_principal) * terms.payoff_penalty_pct / HUNDRED, ROUND_RUPIAH)
    return (D(remaining_principal) + D(current_period_interest) + penalty).quantize(SEN)


# ------------------------------------------------------------------------------------- default products

def early_payoff_rule_text(terms: ProductTerms) -> str:
    """The early-payoff rule as the customer reads it."""
    text = "sisa pokok + bunga periode berjalan"
    if getattr(terms, "payoff_principal_basis", "schedule") == "effective":
        text = "sisa pokok menurut tabel efektif (anuitas) + bunga periode berjalan"
    if terms.payoff_penalty_pct:
        text += f" + penalti {pct_text(terms.payoff_penalty_pct)} % dari sisa pokok"
    return text


def default_products(office_kind: str) -> list[dict]:
    """The products an office of ``office_kind`` (leasing, bpr, koperasi) starts with.

    Figures are typical of the market (motorcycle credit around 2 % flat a month, working capital around
    14 % effective a year, cooperative loans around 1 % flat a month); the office edits them in Settings.
    """
    late = dict(late_fee_per_mille=D(5), late_fee_grace_days=3, late_fee_cap_pct=D(100))
    if office_kind == "leasing":
        vehicle = dict(kind="vehicle", method="flat", frequency="monthly", dp_rules=DEFAULT_DP_RULES,
                       rounding="100", fiducia_fee=D(150000), insurance_financed=True, payoff_penalty_pct=D(5),
                       max_dsr_pct=D(30), **late)
        return [
            dict(code="KM", name="Kredit Motor", rate_min=D(12), rate_max=D(42), rate_default=D(24), tenor_min=6,
                 tenor_max=48, admin_fee=D(750000), provision_pct=ZERO, insurance_rate_pct=D("2.5"), **vehicle),
            dict(code="KMB", name="Kredit Mobil", rate_min=D(6), rate_max=D(24), rate_default=D(10), tenor_min=12,
                 tenor_max=60, admin_fee=D(2500000), provision_pct=D(1), insurance_rate_pct=D("2.5"), **vehicle),
        ]
    if office_kind == "bpr":
        return [dict(code="KMK", name="Kredit Modal Kerja", kind="working_capital", method="annuity",
                     frequency="monthly", rate_min=D(9), rate_max=D(24), rate_default=D(14), tenor_min=6,
                     tenor_max=60, dp_rules={}, admin_fee=D(250000), provision_pct=D(1), insurance_rate_pct=ZERO,
                     insurance_financed=False, fiducia_fee=ZERO, rounding="100", payoff_penalty_pct=D(2),
                     max_dsr_pct=D(35), late_fee_per_mille=D(1), late_fee_grace_days=0, late_fee_cap_pct=None)]
    if office_kind == "koperasi":
        return [dict(code="PA", name="Pinjaman Anggota", kind="member_loan", method="flat", frequency="monthly",
                     rate_min=D(6), rate_max=D(18), rate_default=D(12), tenor_min=3, tenor_max=36, dp_rules={},
                     admin_fee=D(50000), provision_pct=D(1), insurance_rate_pct=ZERO, insurance_financed=False,
                     fiducia_fee=ZERO, rounding="1000", payoff_penalty_pct=ZERO, max_dsr_pct=D(40),
                     late_fee_per_mille=D(1), late_fee_grace_days=5, late_fee_cap_pct=D(10))]
    raise ValidationError(FieldError("kind", _("jenis kantor tidak dikenal: {office_kind}", office_kind=office_kind)))


def install_default_products(kind: str, actor=None) -> list[LoanProduct]:
    """Create the default products of an office kind that do not exist yet (by code); returns those made.

    Args:
        kind: ``leasing``, ``bpr`` or ``koperasi`` (the office kind).
        actor: the user installing them, or ``None`` inside ``system_context()`` (first run, demo).
    """
    made = []
    for values in default_products(kind):
        if not LoanProduct.select().where(LoanProduct.code == values["code"]).exists():
            made.append(create_product(actor, **values))
    return made


def pct_text(value: Decimal) -> str:
    """A percentage as the office writes it: ``24`` -> ``24``, ``2.5`` -> ``2,5``, ``1.375`` -> ``1,375``."""
    number = D(value).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)
    text = format_amount(number, 4)
    return text.rstrip("0").rstrip(",")
