"""The office's and its branches' profile: what every letterhead, receipt and letter prints about the office.

One place holds it, so a receipt, a quote, a contract, a dealer letter, a purchase order and every exported
report print the same legal name, address, NPWP and licence number.  :func:`profile` reads it;
:func:`update_profile` (permission ``settings.edit``, audited) changes it; ``reports.quote_pdf.office_letterhead``
turns it into the printed letterhead.

Storage: the columns the ``office`` table already has (name, address, phone, npwp) keep their meaning and are
written too, so older readers stay right; everything else (email, region, licence, logo, signatory, receipt
paper) lives in the setting ``office.profile`` as JSON.  The logo is stored in the database (base64 PNG/JPEG,
at most :data:`LOGO_MAX_BYTES`) rather than as a path, so a backup or a second desk carries it along.
No schema change was needed for that, hence no migration.

Rules:
* NPWP: 15 digits (old format, printed 99.999.999.9-999.999) or 16 digits (since PMK 112/2022 the NIK or a 0
  before the old number); punctuation is ignored.
* Licence: a multifinance company prints its OJK business licence (KEP-…/NB.…), a BPR its OJK licence, a
  cooperative its legal-entity registration (AHU-…); free text up to 80 characters, required before the first
  disbursement (checklist, not a refusal here: an office may fill it in later).
* Receipt paper: A4 (the whole sheet) or A5 (half a sheet, the common kwitansi book size).
"""
from __future__ import annotations

import base64
import re
from dataclasses import asdict, dataclass, replace

from models.core import audit
from models.core.clock import now
from models.core.db import write_transaction
from models.core.errors import FieldError, ValidationError
from models.core.office import Branch, Office, get_setting, put_setting, the_office
from models.core.texts import _

PROFILE_SETTING = "office.profile"
LOGO_MAX_BYTES = 256 * 1024
RECEIPT_PAPERS = {  # key -> label (a registry: translated in the UI)
    "a5": "A5 (setengah A4)",
    "a4": "A4",
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class OfficeProfile:
    """What the office prints about itself.  ``logo_b64`` is the logo file (PNG/JPEG) in base64, or ""."""

    legal_name: str = ""
    address: str = ""
    region_code: str = ""       # Kemendagri code of the regency/district (models.core.wilayah), e.g. "32.73"
    phone: str = ""
    email: str = ""
    npwp: str = ""
    licence: str = ""           # OJK licence (leasing, BPR) or cooperative legal-entity number
    signatory_name: str = ""    # who signs letters (branch head, chairman of the cooperative)
    signatory_title: str = ""
    receipt_paper: str = "a4"
    logo_b64: str = ""

    @property
    def logo_bytes(self) -> bytes:
        return base64.b64decode(self.logo_b64) if self.logo_b64 else b""

    def region_text(self) -> str:
        """"Kota Bandung, Jawa Barat" for the region code (empty when none)."""
        if not self.region_code:
            return ""
        from models.core.wilayah import path

        return ", ".join(r.name for r in reversed(path(self.region_code)))


FIELDS = tuple(OfficeProfile.__dataclass_fields__)


def profile() -> OfficeProfile:
    """The office's profile (defaults from the ``office`` row when the setting was never saved)."""
    stored = get_setting(PROFILE_SETTING, {}) or {}
    office = Office.select().order_by(Office.id).first()
    base = OfficeProfile(legal_name=office.name if office else "", address=office.address if office else "",
                         phone=office.phone if office else "", npwp=office.npwp if office else "")
    return replace(base, **{k: v for k, v in stored.items() if k in FIELDS and v is not None})


def npwp_digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def format_npwp(text: str) -> str:
    """15 digits as 99.999.999.9-999.999; 16 digits stay as they are; anything else unchanged."""
    d = npwp_digits(text)
    if len(d) == 15:
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    return d if len(d) == 16 else (text or "")


def validate_profile(p: OfficeProfile) -> list[FieldError]:
    """Every broken rule of a profile, at once (see the module docstring for the rules)."""
    errors = []
    if not p.legal_name.strip():
        errors.append(FieldError("legal_name", _("nama resmi kantor wajib diisi")))
    elif len(p.legal_name) > 120:
        errors.append(FieldError("legal_name", _("nama resmi paling panjang 120 huruf")))
    if len(p.address) > 300:
        errors.append(FieldError("address", _("alamat paling panjang 300 huruf")))
    if p.region_code:
        from models.core.wilayah import get

        if get(p.region_code) is None:
            errors.append(FieldError("region", _("kode wilayah {code} tidak dikenal", code=p.region_code)))
    if p.phone and not re.fullmatch(r"[0-9+()\-\s.]{5,32}", p.phone):
        errors.append(FieldError("phone", _("telepon hanya angka, spasi, tanda hubung dan +, 5–32 karakter")))
    if p.email and not EMAIL.match(p.email):
        errors.append(FieldError("email", _("alamat email tidak sah (contoh: kantor@contoh.co.id)")))
    if p.npwp and len(npwp_digits(p.npwp)) not in (15, 16):
        errors.append(FieldError("npwp", _("NPWP harus 15 atau 16 digit")))
    if len(p.licence) > 80:
        errors.append(FieldError("licence", _("nomor izin paling panjang 80 karakter")))
    if len(p.signatory_name) > 80 or len(p.signatory_title) > 80:
        errors.append(FieldError("signatory_name", _("nama dan jabatan penanda tangan paling panjang 80 huruf")))
    if p.receipt_paper not in RECEIPT_PAPERS:
        errors.append(FieldError("receipt_paper", _("kertas kwitansi harus A4 atau A5")))
    if p.logo_b64:
        try:
            data = base64.b64decode(p.logo_b64, validate=True)
        except (ValueError, TypeError):
            data = b""
        if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
            errors.append(FieldError("logo", _("logo harus berkas PNG atau JPEG")))
        elif len(data) > LOGO_MAX_BYTES:
            errors.append(FieldError("logo", _("logo paling besar {kb} KB", kb=LOGO_MAX_BYTES // 1024)))
    return errors


def logo_from_file(path) -> str:
    """The base64 text of a logo file, for :func:`update_profile` (``logo_b64=``)."""
    with open(path, "rb") as handle:
        return base64.b64encode(handle.read()).decode("ascii")


def _snapshot(p: OfficeProfile) -> dict:
    out = asdict(p)
    out["logo_b64"] = f"{len(p.logo_bytes)} byte" if p.logo_b64 else ""  # the audit log keeps no image
    return out


@write_transaction
def update_profile(actor, **changes) -> OfficeProfile:
    """Change the office profile (permission ``settings.edit``; the first-run wizard passes ``actor=None``).

    Args:
        actor: the administrator or manager; ``None`` only inside :class:`models.core.users.system_context` or
            while the office has no second user yet (the first-run wizard, right after creating the admin).
        **changes: any of :data:`FIELDS` (strings); ``npwp`` is stored formatted.
    Returns:
        The saved :class:`OfficeProfile`.
    Raises:
        ValidationError: every broken rule at once; nothing is saved.
        PermissionDenied: the actor may not change settings.
    """
    from models.core.users import require, system_allowed

    if actor is not None or not system_allowed():
        require(actor, "settings.edit")
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(FieldError("", _("isian profil tidak dikenal: {names}",
                                               names=", ".join(sorted(unknown)))))
    before = profile()
    cleaned = {k: (v or "").strip() if isinstance(v, str) or v is None else v for k, v in changes.items()}
    after = replace(before, **cleaned)
    errors = validate_profile(after)
    if errors:
        raise ValidationError(errors)
    if after.npwp:
        after = replace(after, npwp=format_npwp(after.npwp))
    put_setting(PROFILE_SETTING, asdict(after))
    # The profile's receipt paper is the counter's receipt paper (models.cashier.documents reads the setting
    # "receipt.paper"; A4 and A5 are among its papers): one choice, whichever screen the office makes it on.
    put_setting("receipt.paper", after.receipt_paper)
    office = the_office()
    Office.update(name=after.legal_name, address=after.address, phone=after.phone,
                  npwp=after.npwp[:20]).where(Office.id == office.id).execute()
    audit.record(actor, "office.profile", "office", office.id, before=_snapshot(before), after=_snapshot(after))
    return after


@write_transaction
def update_branch(actor, branch: Branch | int, *, name: str | None = None, address: str | None = None,
                  phone: str | None = None) -> Branch:
    """Change a branch's name, address or phone (printed under the office name); ``settings.edit``, audited."""
    from models.core.users import require, system_allowed

    if actor is not None or not system_allowed():
        require(actor, "settings.edit")
    branch = Branch.get_by_id(branch if isinstance(branch, int) else branch.id)
    before = {"name": branch.name, "address": branch.address, "phone": branch.phone}
    errors = []
    if name is not None and not name.strip():
        errors.append(FieldError("branch_name", _("nama cabang wajib diisi")))
    if phone and not re.fullmatch(r"[0-9+()\-\s.]{5,32}", phone):
        errors.append(FieldError("phone", _("telepon hanya angka, spasi, tanda hubung dan +, 5–32 karakter")))
    if errors:
        raise ValidationError(errors)
    for attr, value in (("name", name), ("address", address), ("phone", phone)):
        if value is not None:
            setattr(branch, attr, value.strip())
    branch.save()
    audit.record(actor, "branch.update", "branch", branch.id, before=before,
                 after={"name": branch.name, "address": branch.address, "phone": branch.phone, "at": now()})
    return branch


def missing_for_letterhead(p: OfficeProfile | None = None) -> list[str]:
    """Field keys of the profile an office should fill before printing to customers (for the checklist)."""
    p = p or profile()
    return [key for key in ("legal_name", "address", "phone", "npwp", "licence", "signatory_name")
            if not getattr(p, key)]
