"""Identity checks as the front office meets them: KTPs at the desk, phones on forms, NIKs in Excel imports."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from models.core.errors import ValidationError
from models.customers.identity import (
    EXCEL_NUMBER_MESSAGE, format_phone, is_mobile, mask_nik, mask_phone, nik_from_excel_cell, normalize_npwp, normalize_phone, parse_nik, validate_kk, validate_nik, validate_npwp, validate_phone, validate_postal_code,
)

TODAY = date(2025, 11, 23)


def codes(errors):
    return [e.code for e in errors]


# ------------------------------------------------------------------------------------------- valid NIKs

@pytest.mark.parametrize("nik, district, born, gender, serial", [
    ("3273011201900001", "32.73.01", date(1990, 1, 12), "L", "0001"),  # man, Kota Bandung
    ("3273015201900002", "32.73.01", date(1990, 1, 12), "P", "0002"),  # woman: day 12 + 40
    ("1101014107850003", "11.01.01", date(1985, 7, 1), "P", "0003"),  # Aceh, day 41 = the 1st
    ("5101013112990004", "51.01.01", date(1999, 12, 31), "L", "0004"),  # Bali
    ("6501010303050001", "65.01.01", date(2005, 3, 3), "L", "0001"),  # Kalimantan Utara
    ("9202036802010012", "92.02.03", date(2001, 2, 28), "P", "0012"),  # Papua Barat, 28 Feb
    ("9301017112800101", "93.01.01", date(1980, 12, 31), "P", "0101"),  # Papua Selatan, day 71
    ("9501011508770009", "95.01.01", date(1977, 8, 15), "L", "0009"),  # Papua Pegunungan
    ("9601012009249999", "96.01.01", date(2024, 9, 20), "L", "9999"),  # Papua Barat Daya, a baby
])
def test_officer_enters_a_valid_ktp(nik, district, born, gender, serial):
    check = validate_nik(nik, birth_date=born, gender=gender, today=TODAY)
    assert check.ok and check.errors == [] and check.warnings == []
    info = check.info
    assert (info.province, info.regency, info.district) == (district[:2], district[:5], district)
    assert (info.birth_date, info.gender, info.serial) == (born, gender, serial)
    assert parse_nik(nik, today=TODAY) == info


def test_spaces_in_a_typed_nik_are_ignored():
    assert validate_nik(" 3273 0112 0190 0001 ", today=TODAY).nik == "3273011201900001"


def test_two_digit_year_never_puts_the_birth_in_the_future():
    assert parse_nik("3273011201250001", today=TODAY).birth_date == date(2025, 1, 12)
    assert parse_nik("3273011212250001", today=TODAY).birth_date == date(1925, 12, 12)  # Dec 2025 is ahead
    assert parse_nik("3273011201300001", today=TODAY).birth_date == date(1930, 1, 12)


def test_a_29_february_only_exists_in_leap_years():
    assert parse_nik("3273012902000001", today=TODAY).birth_date == date(2000, 2, 29)
    assert codes(validate_nik("3273012902010001", today=TODAY).errors) == ["nik.birth_date"]


def test_the_form_settles_the_century_of_an_old_customer():
    # Born 1920, the two digits alone would read 2020; the KTP date on the form agrees on dd/mm/yy.
    check = validate_nik("3273011201200001", birth_date=date(1920, 1, 12), today=TODAY)
    assert check.warnings == [] and check.info.birth_date == date(1920, 1, 12)


# ----------------------------------------------------------------------------------------- refused NIKs

@pytest.mark.parametrize("nik, code, fragment", [
    ("327301120190001", "nik.length", "NIK harus 16 digit angka (sekarang 15)"),
    ("32730112019000011", "nik.length", "(sekarang 17)"),
    ("32730112O1900001", "nik.digits", "hanya boleh berisi angka"),
    ("", "nik.required", "wajib"),
    ("2073011201900001", "nik.province", "kode provinsi 20"),
    ("9973011201900001", "nik.province", "kode provinsi 99"),
    ("3230011201900001", "nik.regency", "Kode kabupaten/kota 30"),
    ("3280011201900001", "nik.regency", "Kode kabupaten/kota 80"),
    ("3273013102900001", "nik.birth_date", "tidak ada di kalender"),  # 31 February
    ("3273010001900001", "nik.birth_date", "hari 00"),
    ("3273017201900001", "nik.birth_date", "hari 72"),
    ("3273013501900001", "nik.birth_date", "hari 35"),
    ("3273011213900001", "nik.birth_date", "bulan 13"),
    ("3273011201900000", "nik.serial", "0000"),
])
def test_a_nik_breaking_one_rule_is_refused_naming_that_rule(nik, code, fragment):
    check = validate_nik(nik, today=TODAY)
    assert not check.ok and check.info is None
    assert codes(check.errors) == [code]
    assert fragment in check.errors[0].message
    assert check.errors[0].field == "nik"
    with pytest.raises(ValidationError) as raised:
        parse_nik(nik, today=TODAY)
    assert raised.value.errors == check.errors


def test_every_broken_rule_is_reported_at_once():
    check = validate_nik("9930723201900000", today=TODAY)
    assert codes(check.errors) == ["nik.province", "nik.regency", "nik.birth_date", "nik.serial"]


# -------------------------------------------------------------------------- warnings, never refusals

def test_woman_whose_nik_reads_as_a_man_gets_a_warning_not_a_refusal():
    check = validate_nik("3273011201900001", birth_date=date(1990, 1, 12), gender="P", today=TODAY)
    assert check.ok and check.info.gender == "L"
    assert codes(check.warnings) == ["nik.gender_mismatch"]
    assert "konfirmasi" in check.warnings[0].message


def test_birth_date_differing_from_the_ktp_is_a_warning_because_niks_are_never_reissued():
    check = validate_nik("3273015201900002", birth_date=date(1990, 1, 13), gender="P", today=TODAY)
    assert check.ok and check.info.birth_date == date(1990, 1, 12)
    assert codes(check.warnings) == ["nik.birth_date_mismatch"]
    assert "12/01/1990" in check.warnings[0].message and "13/01/1990" in check.warnings[0].message


def test_nik_issued_before_the_papua_split_keeps_its_old_district_with_a_warning():
    check = validate_nik("9471011201900001", today=TODAY)  # old Kota Jayapura, today 91.71
    assert check.ok and check.info.district == "94.71.01"
    assert codes(check.warnings) == ["nik.district_unknown"]


def test_an_unknown_gender_value_is_a_programming_error():
    with pytest.raises(ValueError):
        validate_nik("3273011201900001", gender="X", today=TODAY)


# ---------------------------------------------------------------------------------------- Excel import

@pytest.mark.parametrize("cell", [3273011201900001, 3.27301120190000e15, "3.27301E+15"])
def test_a_nik_that_excel_stored_as_a_number_is_refused_with_the_15_digit_explanation(cell):
    nik, errors = nik_from_excel_cell(cell, row=7)
    assert nik is None
    assert [(e.field, e.code, e.row) for e in errors] == [("nik", "nik.excel_number", 7)]
    assert errors[0].message == EXCEL_NUMBER_MESSAGE
    assert "15 digit" in errors[0].message and "tidak bisa dipulihkan" in errors[0].message


def test_a_text_nik_cell_is_validated_like_the_desk():
    assert nik_from_excel_cell("3273011201900001") == ("3273011201900001", [])
    assert nik_from_excel_cell("'3273011201900001") == ("3273011201900001", [])
    nik, errors = nik_from_excel_cell("2073011201900001", row=12, today=TODAY)
    assert nik is None and [(e.code, e.row) for e in errors] == [("nik.province", 12)]
    assert codes(nik_from_excel_cell(None)[1]) == ["nik.required"]
    assert codes(nik_from_excel_cell("   ")[1]) == ["nik.required"]


# --------------------------------------------------------------------------------------------- masking

def test_lists_show_masked_nik_and_phone():
    assert mask_nik("3201011201900001") == "3201********0001"
    assert mask_nik("12345") == "*****"
    assert mask_phone("+6281234567890") == "0812-****-7890"
    assert mask_phone("+62215551234") == "021-***1234"
    assert "34567" not in mask_phone("garbage 1234567890")


# ----------------------------------------------------------------------------------------------- phones

@pytest.mark.parametrize("typed, stored, shown, mobile", [
    ("081234567890", "+6281234567890", "0812-3456-7890", True),
    ("0812-3456-7890", "+6281234567890", "0812-3456-7890", True),
    ("62812 3456 7890", "+6281234567890", "0812-3456-7890", True),
    ("+62 812-3456-7890", "+6281234567890", "0812-3456-7890", True),
    ("0062.812.3456.7890", "+6281234567890", "0812-3456-7890", True),
    ("81234567890", "+6281234567890", "0812-3456-7890", True),  # typed after a "+62" label
    ("+62 (0)812 3456 7890", "+6281234567890", "0812-3456-7890", True),
    ("0851 2345 678", "+628512345678", "0851-2345-678", True),  # 11 digits
    ("(021) 555-1234", "+62215551234", "021-5551234", False),
    ("022 7654321", "+62227654321", "022-7654321", False),
    ("0274 512345", "+62274512345", "0274-512345", False),
])
def test_phone_normalisation_table(typed, stored, shown, mobile):
    assert normalize_phone(typed) == stored
    assert format_phone(stored) == shown == format_phone(typed)
    assert is_mobile(typed) is mobile
    assert validate_phone(typed) == []


@pytest.mark.parametrize("typed, code", [
    ("garbage", "phone.digits"),
    ("", "phone.required"),
    ("+1 202 555 0100", "phone.country"),
    ("12345678", "phone.prefix"),
    ("0812345", "phone.mobile_length"),  # 7 digits
    ("08123456789012", "phone.mobile_length"),  # 14 digits
    ("0841234567", "phone.mobile_prefix"),
    ("0800123456", "phone.mobile_prefix"),  # toll-free, not a customer's phone
    ("021555", "phone.fixed_length"),
])
def test_unusable_phones_are_refused(typed, code):
    errors = validate_phone(typed, field="phone_alt")
    assert [(e.field, e.code) for e in errors] == [("phone_alt", code)]
    with pytest.raises(ValidationError) as raised:
        normalize_phone(typed, field="phone_alt")
    assert raised.value.errors == errors
    assert is_mobile(typed) is False


def test_mobile_length_message_names_the_rule():
    assert validate_phone("0812345")[0].message == "Nomor HP harus 10–13 digit termasuk 0 di depan (sekarang 7)"


# -------------------------------------------------------------------------------------- KK, NPWP, postal

def test_family_card_number_has_region_rules_but_no_date():
    assert validate_kk("3273010101230005") == []
    assert validate_kk("3273019999990005") == []  # digits 7–12 are not a date on a KK
    assert codes(validate_kk("2030010101230005")) == ["kk.province", "kk.regency"]
    assert codes(validate_kk("327301010123")) == ["kk.length"]


def test_individual_npwp_is_the_nik_since_july_2024():
    assert validate_npwp("3273011201900001") == []
    assert normalize_npwp("3273 0112 0190 0001") == "3273011201900001"
    errors = validate_npwp("2073011201900001")
    assert codes(errors) == ["npwp.nik_province"] and errors[0].field == "npwp"


def test_legacy_npwp_luhn_check_digit():
    # 01.300.066.6-091.000: digit 9 (6) is the Luhn check of 01300066.
    assert validate_npwp("01.300.066.6-091.000") == []
    assert normalize_npwp("01.300.066.6-091.000") == "0013000666091000"
    assert normalize_npwp("0013000666091000") == "0013000666091000"
    assert codes(validate_npwp("01.300.066.5-091.000")) == ["npwp.check_digit"]
    assert codes(validate_npwp("01.300.066")) == ["npwp.length"]
    assert codes(validate_npwp("NPWP-123")) == ["npwp.digits"]
    with pytest.raises(ValidationError):
        normalize_npwp("01.300.066.5-091.000")


def test_postal_codes():
    assert validate_postal_code("40153") == []  # Bandung
    assert validate_postal_code("10110") == []
    assert codes(validate_postal_code("10109")) == ["postal_code.range"]
    assert codes(validate_postal_code("4015")) == ["postal_code.format"]
    assert codes(validate_postal_code("")) == ["postal_code.required"]


def test_identity_checks_never_load_qt():
    # In a fresh interpreter: pytest-qt has already imported PySide6 into this one.
    script = ("import sys; from models.customers.identity import validate_nik; validate_nik('3273011201900001'); "
              "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[2],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
