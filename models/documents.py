"""Settings and rules for the papers the office hands a customer: receipt paper, stamp duty (bea meterai).

Stamp duty (UU No. 10 Tahun 2020 tentang Bea Meterai):
* Art. 3(2)(g): a document stating that money was received (a receipt, *kuitansi*) is subject to stamp duty
  when it states an amount **over** Rp 5.000.000;
* Art. 5: the duty is a fixed Rp 10.000 per document.
A receipt of exactly Rp 5.000.000 therefore carries none.  Who bears the duty (Art. 8: the party receiving the
document, unless the parties agree otherwise) is a product setting (:attr:`LoanProduct.stamp_duty_bearer`);
how it is paid is an office setting: a box where a meterai tempel is stuck and signed across (``box``), or
the printed mark "Bea Meterai Lunas" where the office pays it by another route (pemeteraian kemudian, or a
computerised/"lunas" permit — Art. 10 and PMK 134/2021) (``lunas``).

Receipt paper (office setting): A4, half A4 (A4 cut across, 210 × 148 mm, the common kwitansi size), A5
(148 × 210 mm portrait) or continuous form (9½ × 5½ inch, dot-matrix perforated paper).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models import audit
from models.db import write_transaction
from models.errors import FieldError, ValidationError
from models.money import D
from models.office import get_setting, put_setting
from models.products import LoanProduct
from models.users import User, require

STAMP_DUTY_THRESHOLD = D("5000000")   # UU 10/2020 Art. 3(2)(g): over this amount
STAMP_DUTY_AMOUNT = D("10000")        # UU 10/2020 Art. 5

PAPERS = {"a4": "A4", "half_a4": "Setengah A4 (210 × 148 mm)", "a5": "A5 (148 × 210 mm)",
          "continuous": "Continuous form (9½ × 5½ inci)"}
STAMP_MODES = {"box": "Kotak meterai tempel Rp 10.000", "lunas": "Cetak \"Bea Meterai Lunas\""}
BEARERS = {"customer": "Nasabah", "office": "Kantor"}

SETTING_PAPER = "receipt.paper"
SETTING_STAMP_MODE = "receipt.stamp_duty_mode"
SETTING_STAMP_PERMIT = "receipt.stamp_duty_permit"   # the permit number printed with "Bea Meterai Lunas"


@dataclass(frozen=True)
class ReceiptSettings:
    paper: str            # a key of PAPERS
    stamp_mode: str       # a key of STAMP_MODES
    stamp_permit: str     # free text, may be empty


def needs_stamp_duty(amount: Decimal) -> bool:
    """True when a receipt for ``amount`` rupiah must carry the Rp 10.000 stamp duty (strictly over Rp 5 juta)."""
    return D(amount) > STAMP_DUTY_THRESHOLD


def receipt_settings() -> ReceiptSettings:
    """The office's receipt settings (defaults: half A4, a stamp box)."""
    paper = get_setting(SETTING_PAPER, "half_a4")
    mode = get_setting(SETTING_STAMP_MODE, "box")
    return ReceiptSettings(paper if paper in PAPERS else "half_a4", mode if mode in STAMP_MODES else "box",
                           str(get_setting(SETTING_STAMP_PERMIT, "") or ""))


@write_transaction
def set_receipt_settings(actor: User, *, paper: str, stamp_mode: str, stamp_permit: str = "") -> ReceiptSettings:
    """Administrator or manager chooses the receipt paper and how stamp duty shows on receipts.

    Raises:
        PermissionDenied: without ``settings.edit``.
        ValidationError: an unknown paper or mode.
    """
    require(actor, "settings.edit")
    errors = []
    if paper not in PAPERS:
        errors.append(FieldError("paper", f"ukuran kertas tidak dikenal: {paper!r}"))
    if stamp_mode not in STAMP_MODES:
        errors.append(FieldError("stamp_mode", f"cara bea meterai tidak dikenal: {stamp_mode!r}"))
    if errors:
        raise ValidationError(errors)
    before = receipt_settings()
    put_setting(SETTING_PAPER, paper)
    put_setting(SETTING_STAMP_MODE, stamp_mode)
    put_setting(SETTING_STAMP_PERMIT, stamp_permit.strip())
    after = receipt_settings()
    audit.record(actor, "settings.receipt", "setting", "receipt", before=before.__dict__, after=after.__dict__)
    return after


@write_transaction
def set_stamp_duty_bearer(actor: User, product, bearer: str):
    """Say who bears the stamp duty on receipts of ``product``'s loans: ``customer`` or ``office``.

    Raises:
        PermissionDenied: without ``product.edit``.  ValidationError: an unknown bearer.
    """
    require(actor, "product.edit")
    if bearer not in BEARERS:
        raise ValidationError([FieldError("stamp_duty_bearer", f"penanggung bea meterai tidak dikenal: {bearer!r}")])
    product = LoanProduct.get_by_id(product if isinstance(product, int) else product.id)
    before = product.stamp_duty_bearer
    product.stamp_duty_bearer = bearer
    product.save(only=[LoanProduct.stamp_duty_bearer])
    audit.record(actor, "product.stamp_duty_bearer", "loan_product", product.id, before={"bearer": before},
                 after={"bearer": bearer})
    return product
