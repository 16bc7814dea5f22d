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

from models.core import audit
from models.core.db import write_transaction
from models.core.errors import FieldError, ValidationError
from models.core.money import D
from models.core.office import get_setting, put_setting
from models.core.users import User, require
from models.products.products import LoanProduct
from models.core.texts import _

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
        errors.append(FieldError("paper", _("ukuran kertas tidak dikenal: {paper}", paper=repr(paper))))
    if stamp_mode not in STAMP_MODES:
        errors.append(FieldError("stamp_mode", _("cara bea meterai tidak dikenal: {stamp_mode}",
                                                 stamp_mode=repr(stamp_mode))))
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
        raise ValidationError([FieldError("stamp_duty_bearer", _("penanggung bea meterai tidak dikenal: {bearer}",
                                                                 bearer=repr(bearer)))])
    product = LoanProduct.get_by_id(product if isinstance(product, int) else product.id)
    before = product.stamp_duty_bearer
    product.stamp_duty_bearer = bearer
    product.save(only=[LoanProduct.stamp_duty_bearer])
    audit.record(actor, "product.stamp_duty_bearer", "loan_product", product.id, before={"bearer": before},
                 after={"bearer": bearer})
    return product


# ------------------------------------------------------------------------------------ agreement template
SETTING_AGREEMENT = "documents.agreement_template"

#: The fields an agreement template may use, written ``{name}`` in the text, with what each one prints.
AGREEMENT_FIELDS: dict[str, str] = {
    "nama_kantor": "nama kantor (kreditur)", "alamat_kantor": "alamat kantor", "cabang": "nama cabang",
    "no_kontrak": "nomor kontrak", "tanggal_kontrak": "tanggal kontrak (dd/mm/yyyy)",
    "hari_tanggal": "hari dan tanggal kontrak dalam kata, mis. Senin, 5 Januari 2026",
    "nama_debitur": "nama debitur", "nik": "NIK debitur", "alamat_debitur": "alamat debitur",
    "pekerjaan": "pekerjaan debitur", "pasangan": "nama suami/istri debitur",
    "produk": "nama produk", "objek": "objek pembiayaan (kendaraan atau tujuan)",
    "no_rangka": "nomor rangka", "no_mesin": "nomor mesin", "no_polisi": "nomor polisi", "dealer": "dealer",
    "harga_otr": "harga OTR (Rp)", "uang_muka": "uang muka (Rp)", "pokok": "pokok dibiayai (Rp)",
    "pokok_terbilang": "pokok dibiayai dalam kata", "biaya_admin": "biaya administrasi (Rp)",
    "biaya_provisi": "provisi (Rp)", "biaya_fidusia": "biaya fidusia (Rp)", "asuransi": "premi asuransi (Rp)",
    "bunga_tahunan": "bunga per tahun (%)", "bunga_efektif": "bunga efektif per tahun (%)",
    "tenor": "jumlah angsuran", "angsuran": "angsuran per bulan (Rp)", "total_angsuran": "total angsuran (Rp)",
    "jatuh_tempo_pertama": "tanggal angsuran pertama", "jatuh_tempo_terakhir": "tanggal angsuran terakhir",
    "aturan_denda": "aturan denda keterlambatan", "aturan_pelunasan": "aturan pelunasan dipercepat",
    "petugas": "petugas kredit", "penandatangan_kantor": "nama penandatangan kantor",
    "jabatan_penandatangan": "jabatan penandatangan kantor", "kota": "kota tempat penandatanganan",
}

#: The office's starting template (POJK 35/2018 on multifinance business, POJK 22/2023 on consumer protection:
#: the contract states the parties, object, costs, rate, installments, late fee, early payoff, collateral and
#: fiducia, the complaint channel; Indonesian language, UU 24/2009 Art. 31).  "Pasal" lines are headings.
DEFAULT_AGREEMENT = """Pada hari ini, {hari_tanggal}, di {kota}, yang bertanda tangan di bawah ini:

1. {penandatangan_kantor}, {jabatan_penandatangan}, bertindak untuk dan atas nama {nama_kantor}, beralamat di {alamat_kantor}, selanjutnya disebut PIHAK PERTAMA (Kreditur);

2. {nama_debitur}, NIK {nik}, pekerjaan {pekerjaan}, beralamat di {alamat_debitur}, selanjutnya disebut PIHAK KEDUA (Debitur).

Para pihak sepakat mengadakan Perjanjian Pembiayaan Nomor {no_kontrak} dengan ketentuan sebagai berikut.

Pasal 1 - Objek Pembiayaan
PIHAK PERTAMA memberikan pembiayaan kepada PIHAK KEDUA untuk {objek} (nomor rangka {no_rangka}, nomor mesin {no_mesin}) melalui {dealer}, dengan harga {harga_otr} dan uang muka {uang_muka}.

Pasal 2 - Jumlah Pembiayaan dan Biaya
Pokok pembiayaan sebesar {pokok} ({pokok_terbilang}). Biaya administrasi {biaya_admin}, provisi {biaya_provisi}, biaya fidusia {biaya_fidusia} dan premi asuransi {asuransi}.

Pasal 3 - Bunga dan Angsuran
Bunga {bunga_tahunan} per tahun (setara efektif {bunga_efektif} per tahun). PIHAK KEDUA membayar {tenor} kali angsuran sebesar {angsuran} setiap bulan, mulai {jatuh_tempo_pertama} sampai {jatuh_tempo_terakhir}, seluruhnya {total_angsuran}.

Pasal 4 - Keterlambatan
Atas keterlambatan pembayaran angsuran dikenakan denda: {aturan_denda}.

Pasal 5 - Pelunasan Dipercepat
PIHAK KEDUA dapat melunasi seluruh kewajiban sebelum jatuh tempo: {aturan_pelunasan}.

Pasal 6 - Jaminan Fidusia
Objek pembiayaan dibebani jaminan fidusia sesuai UU No. 42 Tahun 1999. BPKB disimpan PIHAK PERTAMA dan diserahkan kembali kepada PIHAK KEDUA setelah seluruh kewajiban lunas.

Pasal 7 - Pengaduan
Pengaduan dapat disampaikan ke kantor {cabang} atau melalui petugas {petugas}; PIHAK PERTAMA menanggapi sesuai POJK No. 22 Tahun 2023 tentang Pelindungan Konsumen.

Pasal 8 - Penutup
Perjanjian ini dibuat rangkap dua, masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama."""


def agreement_field_names() -> list[str]:
    """The names a template may use (for the editor's hint)."""
    return list(AGREEMENT_FIELDS)


def template_fields(text: str) -> list[str]:
    """The ``{field}`` names used in ``text``, in order (``{{`` and ``}}`` are literal braces)."""
    import string

    return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None]


def validate_agreement_template(text: str) -> list[FieldError]:
    """Errors in a template: empty, unbalanced braces, or a field that is not in :data:`AGREEMENT_FIELDS`."""
    if not (text or "").strip():
        return [FieldError("template", _("templat perjanjian tidak boleh kosong"))]
    try:
        names = template_fields(text)
    except ValueError as exc:
        return [FieldError("template", _("kurung kurawal tidak seimbang: {exc}", exc=exc))]
    unknown = sorted({n for n in names if n not in AGREEMENT_FIELDS})
    return [FieldError("template", _("kolom tidak dikenal: {{{n}}}", n=n)) for n in unknown]


def agreement_template() -> str:
    """The office's agreement template (the shipped default until an administrator edits it)."""
    return get_setting(SETTING_AGREEMENT, None) or DEFAULT_AGREEMENT


@write_transaction
def set_agreement_template(actor: User, text: str) -> str:
    """The administrator edits the agreement's clauses.

    Raises:
        PermissionDenied: without ``settings.edit``.
        ValidationError: every unknown field and brace error at once; nothing is saved.
    """
    require(actor, "settings.edit")
    errors = validate_agreement_template(text)
    if errors:
        raise ValidationError(errors)
    before = agreement_template()
    put_setting(SETTING_AGREEMENT, text)
    audit.record(actor, "settings.agreement_template", "setting", SETTING_AGREEMENT,
                 before={"length": len(before)}, after={"length": len(text)})
    return text
