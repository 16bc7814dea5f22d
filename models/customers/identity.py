"""Identity data of borrowers and members: NIK, KK, phone, NPWP, postal code.

Each check is a small function returning a list of :class:`~models.core.errors.FieldError` (nothing raised), so a
form or an import row shows every problem at once; the ``normalize_*``/``parse_*`` functions raise one
:class:`~models.core.errors.ValidationError` instead, for callers that need the clean value or nothing.

Why the NIK rules are shaped as they are (see DOMAIN.md, "Identity data"):

* A NIK is ``PP KK CC DDMMYY SSSS``: province, regency, district of first registration, birth date (day + 40
  for women), serial.  There is no check digit, so the only hard rules are the structure ones.
* Province codes come from the region table (Kepmendagri 300.2.2-2138/2025, 38 provinces), not from
  python-stdnum, whose table rejects the newer provinces 65, 92, 93, 95 and 96.
* A NIK is never reissued, even when the birth date or sex it encodes disagrees with the KTP, and NIKs issued
  before a region was split keep the old district code.  Those disagreements are *warnings* the officer
  confirms, never refusals: refusing would lock a real person out of credit.
* Excel keeps 15 significant digits of a number, so a NIK that reached a spreadsheet as a number has lost its
  last digit; an import must refuse it and say why, not "repair" it.

Phones are stored in E.164 (``+6281234567890``) and shown nationally (``0812-3456-7890``).  Indonesian
numbers are written with ``0``, ``62``, ``+62`` or ``0062`` in front; all four are accepted explicitly
(libphonenumber reads ``62812…`` without ``+`` as a fixed line).  A bare ``8…`` is accepted as a mobile
missing its ``0``: forms that show "+62" in front of the box get exactly that, and no Indonesian national
number starts with 8 otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from models.core.errors import FieldError, ValidationError
from models.core.texts import _
from models.core import wilayah

__all__ = [
    "NikInfo", "NikCheck", "parse_nik", "validate_nik", "nik_from_excel_cell", "mask_nik",
    "normalize_phone", "validate_phone", "is_mobile", "format_phone", "mask_phone",
    "validate_kk", "normalize_npwp", "validate_npwp", "validate_postal_code",
]

NIK_FIELD = "nik"
# Women's birth day is stored with 40 added (Permendagri on NIK structure): 41–71.
FEMALE_DAY_OFFSET = 40


# ---------------------------------------------------------------------------------------------------- NIK


@dataclass(frozen=True)
class NikInfo:
    """What a structurally valid NIK says about its holder.

    Attributes:
        nik: the 16 digits.
        province, regency, district: dotted region codes (``"32"``, ``"32.73"``, ``"32.73.01"``) of the
            place of first registration; usable with :mod:`models.core.wilayah`.
        birth_date: decoded birth date (century chosen so it is not in the future, or taken from the form
            when the form's date agrees on day, month and two-digit year).
        gender: ``"L"`` (laki-laki) or ``"P"`` (perempuan).
        serial: the last four digits, ``"0001"`` upwards.
    """

    nik: str
    province: str
    regency: str
    district: str
    birth_date: date
    gender: str
    serial: str


@dataclass
class NikCheck:
    """Result of :func:`validate_nik`.

    Attributes:
        nik: the input with spaces removed.
        errors: broken hard rules; the NIK must be refused.
        warnings: disagreements the officer must look at and confirm (the NIK is still accepted).
        info: the decoded NIK when there are no errors, else None.
    """

    nik: str
    errors: list[FieldError] = field(default_factory=list)
    warnings: list[FieldError] = field(default_factory=list)
    info: NikInfo | None = None

    @property
    def ok(self) -> bool:
        """True when no hard rule is broken (warnings may remain)."""
        return not self.errors


def _strip_spaces(text: str) -> str:
    return "".join(str(text).split())


def _fmt(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _normalize_gender(gender: str | None) -> str | None:
    if gender is None:
        return None
    value = gender.strip().upper()
    if value in ("L", "LAKI-LAKI", "LAKI LAKI", "PRIA"):
        return "L"
    if value in ("P", "PEREMPUAN", "WANITA"):
        return "P"
    raise ValueError(f"gender must be 'L' or 'P', got {gender!r}")


def _region_prefix_errors(digits: str, field_name: str, label: str) -> list[FieldError]:
    """Province (one of today's 38) and regency (kabupaten 01–29, kota 71–79) rules shared by NIK and KK."""
    errors = []
    province, regency = digits[:2], int(digits[2:4])
    if province not in wilayah.province_codes():
        errors.append(FieldError(
            field_name, _("{label} diawali kode provinsi {province} yang tidak ada (digit 1–2 harus salah satu dari 38 kode provinsi Kemendagri)", label=label, province=province), f"{field_name}.province"))
    if not (1 <= regency <= 29 or 71 <= regency <= 79):
        errors.append(FieldError(
            field_name, _("Kode kabupaten/kota {digits} di {label} tidak sah (digit 3–4 harus 01–29 untuk kabupaten atau 71–79 untuk kota)", digits=digits[2:4], label=label), f"{field_name}.regency"))
    return errors


def _sixteen_digit_errors(text: str, field_name: str, label: str) -> list[FieldError]:
    if not text:
        return [FieldError(field_name, _("{label} wajib diisi", label=label), f"{field_name}.required")]
    if not text.isascii() or not text.isdigit():
        return [FieldError(field_name, _("{label} hanya boleh berisi angka", label=label), f"{field_name}.digits")]
    if len(text) != 16:
        return [FieldError(field_name, _("{label} harus 16 digit angka (sekarang {n})", label=label, n=len(text)),
                           f"{field_name}.length")]
    return []


def _decode_birth(digits: str, today: date) -> tuple[date | None, str | None, FieldError | None]:
    """Birth date and gender from NIK digits 7–12, or the error explaining why they are impossible."""
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    gender = "P" if day > FEMALE_DAY_OFFSET else "L"
    real_day = day - FEMALE_DAY_OFFSET if gender == "P" else day
    problem = None
    if not (1 <= day <= 31 or 41 <= day <= 71):
        problem = _("hari {day} tidak mungkin (01–31 untuk laki-laki, 41–71 untuk perempuan)", day=digits[6:8])
    elif not 1 <= month <= 12:
        problem = _("bulan {month} tidak mungkin", month=digits[8:10])
    else:
        # The two-digit year: the latest century that does not put the birth in the future.  Only the day and
        # month can make the date impossible (31/02, or 29/02 outside a leap year).
        for century in (2000, 1900):
            try:
                born = date(century + yy, month, real_day)
            except ValueError:
                continue
            if born <= today:
                return born, gender, None
        problem = _("tanggal {date} tidak ada di kalender", date=f"{real_day:02d}/{month:02d}/{yy:02d}")
    return None, None, FieldError(
        NIK_FIELD, _("Tanggal lahir di NIK (digit 7–12: {digits}) tidak sah: {problem}", digits=digits[6:12], problem=problem), "nik.birth_date")


def validate_nik(nik: str, *, birth_date: date | None = None, gender: str | None = None,
                 today: date | None = None) -> NikCheck:
    """Check a NIK against the structure rules and against the form it came with.

    Args:
        nik: the NIK as typed; spaces are ignored.
        birth_date: birth date on the form (from the KTP), to compare with the NIK's.
        gender: ``"L"``/``"P"`` on the form, to compare with the NIK's day + 40 rule.
        today: reference date for the two-digit year (default ``date.today()``).
    Returns:
        A :class:`NikCheck`; ``errors`` refuse the NIK, ``warnings`` need the officer's confirmation.
    Raises:
        ValueError: ``gender`` is not L/P (a programming error, not user input).
    """
    today = today or date.today()
    form_gender = _normalize_gender(gender)
    text = _strip_spaces(nik or "")
    check = NikCheck(text)
    check.errors = _sixteen_digit_errors(text, NIK_FIELD, "NIK")
    if check.errors:
        return check
    check.errors += _region_prefix_errors(text, NIK_FIELD, "NIK")
    born, nik_gender, date_error = _decode_birth(text, today)
    if date_error:
        check.errors.append(date_error)
    if text[12:] == "0000":
        check.errors.append(FieldError(NIK_FIELD, _("Nomor urut NIK (digit 13–16) tidak boleh 0000"), "nik.serial"))

    if born is not None:
        if birth_date is not None:
            same_digits = (born.day, born.month, born.year % 100) == (
                birth_date.day, birth_date.month, birth_date.year % 100)
            if same_digits:
                born = birth_date  # the form settles the century the two digits cannot
            else:
                check.warnings.append(FieldError(
                    NIK_FIELD, _("Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir di formulir ({form_date}); periksa KTP dan konfirmasi. NIK tidak pernah diganti, jadi perbedaan ini tidak menolak NIK", nik_date=_fmt(born), form_date=_fmt(birth_date)), "nik.birth_date_mismatch"))
        if form_gender is not None and form_gender != nik_gender:
            said = "perempuan (hari lahir + 40)" if nik_gender == "P" else "laki-laki"
            check.warnings.append(FieldError(
                NIK_FIELD, _("NIK menunjukkan {said}, formulir menyebut {form}; periksa KTP dan konfirmasi", said=said, form='perempuan' if form_gender == 'P' else 'laki-laki'),
                "nik.gender_mismatch"))

    district = f"{text[:2]}.{text[2:4]}.{text[4:6]}"
    if not check.errors and not wilayah.district_exists(district):
        check.warnings.append(FieldError(
            NIK_FIELD, _("Kode kecamatan {district} tidak ada di daftar wilayah sekarang; NIK yang terbit sebelum pemekaran wilayah tetap memakai kode lama, jadi cocokkan dengan KTP", district=district), "nik.district_unknown"))
    if not check.errors:
        check.info = NikInfo(text, text[:2], f"{text[:2]}.{text[2:4]}", district, born, nik_gender, text[12:])
    return check


def parse_nik(nik: str, *, today: date | None = None) -> NikInfo:
    """Decode a NIK, or refuse it.

    Args:
        nik: the NIK as typed; spaces are ignored.
        today: reference date for the two-digit year (default ``date.today()``).
    Returns:
        The decoded :class:`NikInfo`.
    Raises:
        ValidationError: a hard rule is broken (all broken rules are listed).
    """
    check = validate_nik(nik, today=today)
    if check.errors:
        raise ValidationError(check.errors)
    assert check.info is not None
    return check.info


# Exactly the explanation DOMAIN.md asks for: the digit is gone, only the KTP can give it back.
EXCEL_NUMBER_MESSAGE = (
    "Sel NIK berisi angka, bukan teks. Excel hanya menyimpan 15 digit angka penting, sehingga digit ke-16 NIK "
    "sudah hilang dan tidak bisa dipulihkan. Format kolom NIK sebagai Teks, lalu ketik ulang NIK dari KTP")
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")


def nik_from_excel_cell(value: object, *, row: int | None = None, birth_date: date | None = None,
                        gender: str | None = None, today: date | None = None
                        ) -> tuple[str | None, list[FieldError]]:
    """Take a NIK out of a spreadsheet cell for an import.

    Args:
        value: the cell value as openpyxl gives it.
        row: the spreadsheet row, copied into every error so the office can find the line.
        birth_date, gender, today: as for :func:`validate_nik`.
    Returns:
        ``(nik, errors)``: the 16-digit NIK and no errors, or None and the reasons.  A numeric cell (or its
        text form ``3.20101E+15``) is always refused with the 15-digit explanation.  Warnings of
        :func:`validate_nik` are not returned here; call :func:`validate_nik` for them.
    """
    errors: list[FieldError]
    if isinstance(value, (bool, int, float, Decimal)) or (
            isinstance(value, str) and _SCIENTIFIC.match(value.strip())):
        errors = [FieldError(NIK_FIELD, EXCEL_NUMBER_MESSAGE, "nik.excel_number")]
    elif value is None or (isinstance(value, str) and not value.strip()):
        errors = [FieldError(NIK_FIELD, _("NIK wajib diisi"), "nik.required")]
    elif isinstance(value, str):
        # A leading apostrophe is how people force text in Excel; some exporters keep it.
        check = validate_nik(value.strip().lstrip("'"), birth_date=birth_date, gender=gender, today=today)
        errors = check.errors
        if not errors:
            return check.nik, []
    else:
        errors = [FieldError(NIK_FIELD, _("Sel NIK berisi {type}, bukan teks 16 digit", type=type(value).__name__),
                             "nik.digits")]
    if row is not None:
        errors = [replace(e, row=row) for e in errors]
    return None, errors


def _mask_middle(text: str, keep_start: int, keep_end: int = 4) -> str:
    if len(text) <= keep_start + keep_end:
        return "*" * len(text)
    return text[:keep_start] + "*" * (len(text) - keep_start - keep_end) + text[-keep_end:]


def mask_nik(nik: str) -> str:
    """``3201011201900001`` → ``3201********0001``: first 4 and last 4 digits, for lists (UU 27/2022 PDP)."""
    return _mask_middle(_strip_spaces(nik or ""), 4)


# -------------------------------------------------------------------------------------------------- phone

PHONE_FIELD = "phone"
_PHONE_SEPARATORS = re.compile(r"[\s\-.()\[\]]")
_MOBILE = re.compile(r"^08[1-35-9]\d{7,10}$")  # 10–13 digits with the leading 0
_FIXED = re.compile(r"^0[2-79]\d{7,10}$")  # 9–12 digits with the area code
# Two-digit area codes (after the 0); every other area code has three digits (0274, 0751, 0911 …).
_SHORT_AREA_CODES = frozenset({"21", "22", "24", "31", "61"})


def _national(text: str, field_name: str) -> str:
    """The national form with its leading 0 (``081234567890``), or ValidationError."""
    def fail(message: str, code: str) -> ValidationError:
        return ValidationError(FieldError(field_name, message, f"phone.{code}"))

    raw = (text or "").strip()
    if not raw:
        raise fail(_("Nomor telepon wajib diisi"), "required")
    digits = _PHONE_SEPARATORS.sub("", raw)
    plus = digits.startswith("+")
    if plus:
        digits = digits[1:]
    if not digits.isascii() or not digits.isdigit():
        raise fail(_("Nomor telepon hanya boleh berisi angka (boleh dengan spasi, -, titik, kurung, dan + di "
                     "depan)"), "digits")
    if plus and not digits.startswith("62"):
        raise fail(_("Hanya nomor Indonesia (+62) yang diterima"), "country")
    if plus or digits.startswith("62"):
        rest = digits[2:]
    elif digits.startswith("0062"):
        rest = digits[4:]
    elif digits.startswith("0"):
        rest = digits[1:]
    elif digits.startswith("8"):
        rest = digits  # "+62" printed before the box: the officer typed the number without its 0
    else:
        raise fail(_("Nomor telepon harus diawali 0, 62, +62, atau 0062"), "prefix")
    if rest.startswith("0") and not rest.startswith("00"):
        rest = rest[1:]  # "+62 (0)21 …" keeps the trunk 0 in brackets
    national = "0" + rest
    if national.startswith("08"):
        if not re.match(r"^08[1-35-9]", national):
            raise fail(_("Awalan {prefix} bukan nomor HP (nomor HP diawali 081–083 atau 085–089)", prefix=national[:4]),
                       "mobile_prefix")
        if not _MOBILE.match(national):
            raise fail(_("Nomor HP harus 10–13 digit termasuk 0 di depan (sekarang {digits})", digits=len(national)),
                       "mobile_length")
    elif not _FIXED.match(national):
        if re.match(r"^0[2-79]", national):
            raise fail(_("Nomor telepon rumah/kantor harus 9–12 digit termasuk kode area (sekarang {digits})",
                         digits=len(national)), "fixed_length")
        raise fail(_("Nomor telepon tidak dikenal: diawali 08 untuk HP atau kode area (021, 022, 0274 …)"),
                   "prefix")
    return national


def normalize_phone(text: str, field: str = PHONE_FIELD) -> str:
    """Any accepted way of writing an Indonesian phone number → E.164 (``+6281234567890``).

    Accepted: ``0812…``, ``62812…``, ``+62 812-…``, ``0062812…``, bare ``812…`` (mobile without its 0), fixed
    lines with area code (``021-5551234``, ``(0274) 512345``); spaces, dashes, dots and brackets are ignored.

    Raises:
        ValidationError: with one ``FieldError(field, …)`` naming the broken rule.
    """
    return "+62" + _national(text, field)[1:]


def validate_phone(text: str, field: str = PHONE_FIELD) -> list[FieldError]:
    """The errors :func:`normalize_phone` would raise, as a list (empty when the number is fine).

    An empty value is an error; callers with an optional phone skip blank input themselves.
    """
    try:
        normalize_phone(text, field)
    except ValidationError as exc:
        return exc.errors
    return []


def is_mobile(text: str) -> bool:
    """True for a valid mobile number (08[1-35-9]…), False for fixed lines and anything invalid."""
    try:
        return _national(text, PHONE_FIELD).startswith("08")
    except ValidationError:
        return False


def format_phone(text: str) -> str:
    """Show a phone the Indonesian way: ``0812-3456-7890`` (mobiles 4-4-rest), ``021-5551234`` /
    ``0274-512345`` (fixed lines: area code, then the rest).

    Raises:
        ValidationError: the number is not valid.
    """
    national = _national(text, PHONE_FIELD)
    if national.startswith("08"):
        return f"{national[:4]}-{national[4:8]}-{national[8:]}"
    area = 3 if national[1:3] in _SHORT_AREA_CODES else 4
    return f"{national[:area]}-{national[area:]}"


def mask_phone(text: str) -> str:
    """``+6281234567890`` → ``0812-****-7890``: the operator or area code and the last 4 digits stay.

    An invalid number is masked the same way on its raw digits, so a list never shows it whole.
    """
    try:
        shown = format_phone(text)
    except ValidationError:
        return _mask_middle(_PHONE_SEPARATORS.sub("", text or ""), 4)
    keep_start = shown.index("-")
    digit_positions = [i for i, ch in enumerate(shown) if ch.isdigit()]
    hidden = {i for i in digit_positions if i > keep_start} - set(digit_positions[-4:])
    return "".join("*" if i in hidden else ch for i, ch in enumerate(shown))


# --------------------------------------------------------------------------------------- KK, NPWP, postal


def validate_kk(number: str, field: str = "kk") -> list[FieldError]:
    """Nomor Kartu Keluarga: 16 digits with the NIK's province and regency rules (it has no birth date part).

    Returns:
        The broken rules, empty when the number is acceptable.
    """
    text = _strip_spaces(number or "")
    errors = _sixteen_digit_errors(text, field, "Nomor KK")
    return errors or _region_prefix_errors(text, field, "Nomor KK")


_NPWP_SEPARATORS = re.compile(r"[\s\-.]")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, ch in enumerate(reversed(digits)):
        n = int(ch)
        if position % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _npwp_errors(text: str, field: str) -> tuple[str | None, list[FieldError]]:
    digits = _NPWP_SEPARATORS.sub("", text or "")
    if not digits:
        return None, [FieldError(field, _("NPWP wajib diisi"), "npwp.required")]
    if not digits.isascii() or not digits.isdigit():
        return None, [FieldError(field, _("NPWP hanya boleh berisi angka (boleh dengan titik dan -)"),
                                 "npwp.digits")]
    if len(digits) == 15:
        digits = "0" + digits
    if len(digits) != 16:
        return None, [FieldError(field, _("NPWP harus 16 digit, atau 15 digit format lama (sekarang {n})", n=len(digits)), "npwp.length")]
    if digits.startswith("0"):
        # Legacy number behind a 0 (entities, non-residents): its 9th digit is a Luhn check over the first 8.
        if not _luhn_ok(digits[1:10]):
            return None, [FieldError(field, _("NPWP format lama tidak sah: digit ke-9 (digit periksa) tidak cocok dengan 8 digit pertama"), "npwp.check_digit")]
        return digits, []
    # Since 1 July 2024 a resident individual's NPWP is the NIK itself.
    errors = [replace(e, field=field, code=e.code.replace("nik.", "npwp.nik_"),
                      message=f"NPWP 16 digit orang pribadi adalah NIK: {e.message}")
              for e in validate_nik(digits).errors]
    return (None, errors) if errors else (digits, [])


def normalize_npwp(text: str, field: str = "npwp") -> str:
    """NPWP → 16 digits: a 15-digit legacy number (``01.234.567.8-901.000``) gets a leading 0.

    Raises:
        ValidationError: see :func:`validate_npwp` for the rules.
    """
    digits, errors = _npwp_errors(text, field)
    if errors:
        raise ValidationError(errors)
    assert digits is not None
    return digits


def validate_npwp(text: str, field: str = "npwp") -> list[FieldError]:
    """NPWP rules: 16 digits that are a valid NIK (individuals), or 0 + a legacy 15-digit number / a legacy
    15-digit number whose 9th digit is the Luhn check of the first 8.  Dots, dashes and spaces are ignored.

    Returns:
        The broken rules, empty when the number is acceptable.
    """
    return _npwp_errors(text, field)[1]


def validate_postal_code(text: str, field: str = "postal_code") -> list[FieldError]:
    """Kode pos: 5 digits, 10110 (Jakarta Pusat, the lowest) to 99999.

    Returns:
        The broken rules, empty when the code is acceptable.
    """
    code = _strip_spaces(text or "")
    if not code:
        return [FieldError(field, _("Kode pos wajib diisi"), "postal_code.required")]
    if not code.isascii() or not code.isdigit() or len(code) != 5:
        return [FieldError(field, _("Kode pos harus 5 digit angka (sekarang {code})", code=f"{code!r}"), "postal_code.format")]
    if int(code) < 10110:
        return [FieldError(field, _("Kode pos {code} tidak ada (kode pos Indonesia 10110–99999)", code=code),
                           "postal_code.range")]
    return []
