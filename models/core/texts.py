"""Messages composed in models/, kept translatable without importing Qt.

models/ never imports Qt, yet its refusals ("kode cabang 1–8 huruf/angka tanpa spasi", "Ani tidak berhak: …") are
read on screen by people who may run the English UI.  A message is therefore built with :func:`_`:

    FieldError("branch_code", _("kode cabang 1–8 huruf/angka tanpa spasi"))
    PermissionDenied(_("{who} tidak berhak: {what}", who=user.full_name, what=_(description)))

:func:`_` returns a :class:`Text`: a ``str`` holding the Indonesian sentence (so logs, tests and printed
documents, which stay Indonesian, see the same text as before) that also remembers its **pattern** and its
**arguments**.  The UI (``ui.common.labels.message``) looks the pattern up in Qt's "labels" context and formats the
translated pattern with the (recursively translated) arguments at display time.

Extraction: ``resources/i18n/i18n_tool.py update`` scans models/*.py for calls ``_("…")`` whose first argument is a
string literal and writes them, with the label registries, into ``ui/common/label_texts.py`` as
``QT_TRANSLATE_NOOP("labels", …)`` marks, where pyside6-lupdate finds them (lupdate reads only ui/).

:data:`FIELD_LABELS` names the fields of validation errors (``FieldError.field``) in words, so a form shows
"Kode cabang: …" rather than "branch_code: …"; it is a label registry of the same tool.
"""
from __future__ import annotations

from typing import Any


class Text(str):
    """A translatable message: the Indonesian text as a ``str``, plus ``pattern`` and ``args`` for the UI."""

    pattern: str
    args: dict[str, Any]

    def __new__(cls, pattern: str, args: dict[str, Any] | None = None) -> "Text":
        args = dict(args or {})
        obj = super().__new__(cls, pattern.format(**args) if args else pattern)
        obj.pattern = pattern
        obj.args = args
        return obj


def _(pattern: str, **args: Any) -> Text:
    """Mark ``pattern`` (Indonesian, with ``{name}`` placeholders) as a translatable message and fill it.

    Args:
        pattern: a string LITERAL at the call site (the extractor reads the source; a variable is not found).
        **args: the values for the placeholders; a :class:`Text` argument is translated too.
    Returns:
        :class:`Text`, equal to ``pattern.format(**args)``.
    """
    return Text(pattern, args)


#: Field keys of ``FieldError`` → the label a form shows beside the field (Indonesian; translated in the UI).
FIELD_LABELS: dict[str, str] = {
    "name": "Nama",
    "kind": "Jenis kantor",
    "branch_code": "Kode cabang",
    "branch_name": "Nama cabang",
    "username": "Nama pengguna",
    "full_name": "Nama lengkap",
    "role": "Peran",
    "password": "Kata sandi",
    "password_again": "Ulangi kata sandi",
    "current_password": "Kata sandi lama",
    "legal_name": "Nama resmi",
    "address": "Alamat",
    "region": "Wilayah",
    "phone": "Telepon",
    "email": "Email",
    "npwp": "NPWP",
    "licence": "Nomor izin",
    "logo": "Logo",
    "signatory_name": "Penanda tangan",
    "signatory_title": "Jabatan penanda tangan",
    "receipt_paper": "Kertas kwitansi",
    "cash_account": "Akun kas",
    "bank_account": "Akun bank",
    "date": "Tanggal",
    "account": "Akun",
    "debit": "Debit",
    "credit": "Kredit",
    "lines": "Baris jurnal",
    "file": "Berkas",
    "code": "Kode",
    "description": "Keterangan",
    "amount": "Jumlah",
    "method": "Cara bayar",
    "reason": "Alasan",
    "reason_code": "Alasan",
    "note": "Keterangan",
    "customer": "Nasabah",
    "product": "Produk",
    "loan": "Pinjaman",
    "tenor": "Tenor",
    "annual_rate": "Bunga",
    "dealer": "Dealer",
    "salesperson": "Salesman",
    "referral_name": "Pemberi referensi",
    "source": "Sumber",
    "vehicle_type": "Jenis kendaraan",
    "asset_year": "Tahun kendaraan",
    "chassis_no": "Nomor rangka",
    "purpose": "Tujuan penggunaan dana",
    "visit_date": "Tanggal kunjungan",
    "income_main": "Penghasilan utama",
    "documents": "Dokumen",
    "recommendation": "Rekomendasi",
    "terms": "Syarat",
    "limit": "Batas persetujuan",
    "waiver": "Penghapusan denda",
    "parent": "Akun induk",
    "type": "Jenis akun",
    "month": "Periode",
    "active": "Aktif",
    "is_control": "Akun kontrol",
}


def field_label(field: str) -> str:
    """The words for a field key (Indonesian); the key itself when it has none."""
    return FIELD_LABELS.get(field, field)
