"""The dealer quote: the CMO answers "berapa DP dan angsurannya?" and hands over a RIPLAY-style summary."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import numpy_financial as npf
import pytest

from models.core.errors import ValidationError
from models.core.money import ZERO, D
from models.products import products
from models.products.quote import make_quote, quote_schedule, quote_text

START = dt.date(2026, 11, 23)
MOTOR = products.ProductTerms(**products.default_products("leasing")[0])  # Kredit Motor, no database needed


def motor_quote(**over):
    args = dict(otr=D(25_000_000), dp_pct=D(20), vehicle_type="two_wheel", tenors=(11, 17, 23, 29, 35),
                npf_band="gt5", start=START)
    args.update(over)
    return make_quote(MOTOR, args.pop("otr"), **args)


def test_typical_motorcycle_quote_matches_the_hand_worked_figures():
    # Kredit Motor: 24 % flat a year (2 % a month), installments rounded up to Rp 100, admin Rp 750.000,
    # fiducia Rp 150.000, insurance 2,5 % of the OTR per year started, financed.
    q = motor_quote()
    assert q.dp == D(5_000_000) and q.dp_pct == D(20)
    by_tenor = {r.tenor: r for r in q.rows}

    # 11 months: one insurance year, 625.000 → financed 20.625.000; interest 2 % = 412.500 a month;
    # principal 20.625.000 / 11 = 1.875.000 → installment 2.287.500 (already a multiple of Rp 100).
    r = by_tenor[11]
    assert r.insurance == D(625_000)
    assert r.amount_financed == D(20_625_000)
    assert r.installment == D(2_287_500) and r.last_installment == D(2_287_500)
    assert r.total_payable == D(25_162_500)
    assert r.total_interest == D(4_537_500)

    # 17 months: two insurance years → 21.250.000; 1.250.000 + 425.000 = 1.675.000.
    r = by_tenor[17]
    assert (r.amount_financed, r.installment, r.total_payable) == (D(21_250_000), D(1_675_000), D(28_475_000))

    # 23 months: 21.250.000 / 23 = 923.913,04 + 425.000 → rounded up to 1.349.000; 22 such rows repay
    # 22 × 924.000 = 20.328.000 of principal, the last repays 922.000 + 425.000 = 1.347.000.
    r = by_tenor[23]
    assert (r.installment, r.last_installment) == (D(1_349_000), D(1_347_000))
    assert r.total_payable == D(31_025_000)  # 21.250.000 + 23 × 425.000

    # 29 months: three insurance years → 21.875.000; interest 437.500; 754.310,34 + 437.500 → 1.191.900;
    # 28 × 754.400 = 21.123.200, last principal 751.800 → last installment 1.189.300.
    r = by_tenor[29]
    assert (r.amount_financed, r.installment, r.last_installment) == (D(21_875_000), D(1_191_900), D(1_189_300))
    assert r.total_payable == D(34_562_500)

    # 35 months: 21.875.000 / 35 = 625.000 + 437.500 = 1.062.500.
    r = by_tenor[35]
    assert (r.installment, r.total_payable, r.total_interest) == (D(1_062_500), D(37_187_500), D(15_312_500))

    # Costs paid at the dealer: DP 5.000.000 + admin 750.000 + fiducia 150.000 (insurance is financed).
    assert all(r.upfront_costs == D(900_000) and r.first_payment == D(5_900_000) for r in q.rows)


def test_effective_rates_agree_with_numpy_financial():
    q = motor_quote(tenors=(11, 35))
    for r in q.rows:
        # Interest only: the rate at which the equal installments repay what was financed.
        monthly = npf.rate(r.tenor, -float(r.installment), float(r.amount_financed), 0)
        assert abs(r.effective_rate - Decimal(str(monthly * 1200))) < Decimal("0.01")
        # With the admin and fiducia fees paid at the start, the customer received 900.000 less.
        monthly = npf.rate(r.tenor, -float(r.installment), float(r.amount_financed - 900_000), 0)
        assert abs(r.cost_rate - Decimal(str(monthly * 1200))) < Decimal("0.01")
        assert r.cost_rate > r.effective_rate > D(24)
    # 2 % flat a month over 11 months is about 3,4 % a month effective.
    assert D("40") < q.rows[0].effective_rate < D("42")


def test_dp_below_the_minimum_is_refused_naming_the_rule():
    with pytest.raises(ValidationError) as exc:
        motor_quote(dp_pct=D(15))
    (error,) = exc.value.for_field("dp")
    assert error.code == "below_minimum"
    assert error.message == "DP minimum 20 % untuk roda dua (POJK 35/2018 Pasal 20, NPF > 5 %)"
    # A healthy company with NPF 3-5 % may take 15 % on any vehicle (POJK 35/2018 Pasal 20 as written); a
    # company not healthy (NPF ≤ 5 %) takes 15 % on a car for investment but 20 % for multiguna.
    assert motor_quote(dp_pct=D(15), npf_band="3to5").dp == D(3_750_000)
    assert motor_quote(dp_pct=D(15), npf_band="3to5", vehicle_type="four_wheel", tenors=(12,)).dp_pct == D(15)
    assert motor_quote(dp_pct=D(15), npf_band="unh5", vehicle_type="four_wheel", tenors=(12,)).dp_pct == D(15)
    with pytest.raises(ValidationError) as exc:
        motor_quote(dp_pct=D(15), npf_band="unh5", vehicle_type="four_wheel", tenors=(12,), purpose="multiguna")
    assert exc.value.for_field("dp")[0].message == ("DP minimum 20 % untuk roda empat multiguna (POJK 35/2018 "
                                                    "Pasal 20, tidak sehat, NPF ≤ 5 %)")
    # DP as an amount is checked against the exact ratio: 4.999.999 of 25.000.000 is below 20 %.
    with pytest.raises(ValidationError):
        motor_quote(dp_pct=None, dp=D(4_999_999))
    assert motor_quote(dp_pct=None, dp=D(5_000_000)).dp_pct == D(20)


def test_other_mistakes_are_listed_together():
    with pytest.raises(ValidationError) as exc:
        make_quote(MOTOR, D(0), dp=D(1), dp_pct=D(20), tenors=(7, 5), rate=D(60), npf_band="gt5")
    fields = {e.field for e in exc.value.errors}
    assert {"otr", "tenors", "rate"} <= fields
    with pytest.raises(ValidationError) as exc:
        make_quote(MOTOR, D(25_000_000), dp_pct=D(20), tenors=(12,), npf_band="gt5")
    assert exc.value.for_field("vehicle_type")
    with pytest.raises(ValidationError) as exc:
        make_quote(MOTOR, D(25_000_000), dp=D(25_000_000), vehicle_type="two_wheel", tenors=(12,),
                   npf_band="gt5")
    assert exc.value.for_field("dp")[0].code == "not_below_otr"


def test_schedule_of_the_chosen_tenor_matches_its_row():
    q = motor_quote()
    s = quote_schedule(q, 23)
    row = q.row(23)
    assert s.principal == row.amount_financed
    assert sum(r.principal for r in s.rows) == row.amount_financed and s.rows[-1].balance == ZERO
    assert s.total_payable == row.total_payable and s.installment == row.installment
    assert s.rows[0].due_date == dt.date(2026, 12, 23) and s.rows[-1].due_date == dt.date(2028, 10, 23)


def test_upfront_insurance_and_provision_move_into_the_first_payment():
    car = products.ProductTerms(**{**products.default_products("leasing")[1], "insurance_financed": False})
    q = make_quote(car, D(200_000_000), dp_pct=D(25), vehicle_type="four_wheel", tenors=(36,), npf_band="gt5",
                   start=START)
    r = q.rows[0]
    # 3 years × 2,5 % × 200.000.000 = 15.000.000 paid up front; financed 150.000.000; provision 1 % = 1.500.000
    assert r.insurance == D(15_000_000) and r.amount_financed == D(150_000_000) and r.provision == D(1_500_000)
    assert r.upfront_costs == D(2_500_000) + D(1_500_000) + D(150_000) + D(15_000_000)
    assert r.first_payment == D(50_000_000) + r.upfront_costs


def test_working_capital_and_member_loans_need_no_dp_or_vehicle():
    kmk = products.ProductTerms(**products.default_products("bpr")[0])
    q = make_quote(kmk, D(50_000_000), tenors=(12, 24), npf_band="gt5", start=START)
    r = q.row(12)
    assert r.amount_financed == D(50_000_000) and q.dp == ZERO
    # Annuity at 14 %: the PMT formula, rounded up to Rp 100.
    exact = -npf.pmt(0.14 / 12, 12, 50_000_000)
    assert r.installment - Decimal(str(exact)) < 100 and r.installment >= Decimal(str(exact)) - 1
    assert abs(r.effective_rate - D(14)) < Decimal("0.05")  # an annuity's effective rate is its own rate
    pa = products.ProductTerms(**products.default_products("koperasi")[0])
    assert make_quote(pa, D(5_000_000), tenors=(10,), npf_band="gt5", start=START).rows[0].installment == D(550_000)


def test_whatsapp_text_carries_the_same_figures():
    text = quote_text(motor_quote())
    assert "*Simulasi Kredit Motor*" in text
    assert "Harga OTR (roda dua): Rp 25.000.000" in text and "DP 20 %: Rp 5.000.000" in text
    assert "*11 bln*: Rp 2.287.500/bln" in text and "*35 bln*: Rp 1.062.500/bln" in text
    assert "bayar pertama Rp 5.900.000" in text
    assert "Bunga 24 % per tahun flat (efektif" in text
    assert "Denda 5 ‰ per hari" in text


def test_quote_from_a_stored_product_uses_the_office_band(staff):
    product = products.create_product(staff.manajer, **products.default_products("leasing")[0])
    with pytest.raises(ValidationError):
        make_quote(product, D(25_000_000), dp_pct=D(10), vehicle_type="two_wheel", tenors=(12,))
    products.set_npf_band(staff.manajer, "1to3")
    assert make_quote(product, D(25_000_000), dp_pct=D(10), vehicle_type="two_wheel", tenors=(12,)).dp == \
        D(2_500_000)


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_printed_quote_shows_costs_rates_late_fee_rule_and_the_simulation(tmp_path):
    from reports.base import Letterhead
    from reports.quote_pdf import quote_report_table, write_quote_pdf

    q = motor_quote()
    table = quote_report_table(q)
    assert [row["installment"] for row in table.rows] == [r.installment for r in q.rows]
    path = write_quote_pdf(q, tmp_path / "simulasi.pdf", customer="Budi Santoso", printed_by="Dedi Kurniawan",
                           letterhead=Letterhead("PT Angsur Mitra Finance", "Cabang Bandung"),
                           printed_at=dt.datetime(2026, 11, 23, 10, 0))
    text, pages = _pdf_text(path)
    assert pages == 1  # one page to hand over at the dealer
    for expected in ("RINGKASAN PRODUK DAN SIMULASI KREDIT", "Budi Santoso", "Rp 25.000.000", "Rp 5.000.000",
                     "Biaya administrasi", "Rp 750.000", "fidusia", "Rp 150.000", "Asuransi 2,5 % per tahun",
                     "24 % per tahun (flat) = 2 % per bulan", "Denda 5 ‰ per hari",
                     "penalti 5 % dari sisa pokok", "POJK 35/2018 Pasal 20, NPF > 5 %"):
        assert expected in text, expected
    for r in q.rows:  # every simulation figure, as printed (amounts without "Rp" in the table)
        for figure in (r.amount_financed, r.installment, r.total_payable, r.total_interest, r.first_payment):
            assert f"{int(figure):,}".replace(",", ".") in text
        assert f"{r.effective_rate.quantize(D('0.01'))}".replace(".", ",") + " %" in text
    assert "41,64 %" in text  # flat 24 % over 11 months, beside it


def test_printed_schedule_has_yearly_subtotals_and_totals(tmp_path):
    from reports.quote_pdf import schedule_report_table, write_schedule_pdf

    s = quote_schedule(motor_quote(), 35)
    table = schedule_report_table(s)
    assert table.totals["principal"] == D(21_875_000) and table.totals["installment"] == D(37_187_500)
    path = write_schedule_pdf(s, tmp_path / "jadwal.pdf", product_name="Kredit Motor",
                              printed_at=dt.datetime(2026, 11, 23, 10, 0))
    text, _ = _pdf_text(path)
    # Due Dec 2026 (1 row), 2027 and 2028 (12 rows each), 2029 (10 rows).
    assert "Subtotal 2026" in text and "Subtotal 2029" in text
    assert "Rp 12.750.000" in text  # 12 × 1.062.500 in 2027
    assert "Rp 10.625.000" in text  # 10 × 1.062.500 in 2029
    assert "TOTAL" in text and "Rp 37.187.500" in text and "Rp 15.312.500" in text


def test_quote_page_renders_to_png(tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm not installed")
    from reports.quote_pdf import write_quote_pdf

    path = write_quote_pdf(motor_quote(), tmp_path / "q.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / "q")],
                   check=True)
    png = tmp_path / "q-1.png"
    assert png.exists() and png.stat().st_size > 10_000


def test_the_issue_example_a_car_for_investment_at_npf_above_5_takes_20_percent():
    # OTR Rp 200 juta, four-wheel, investment, NPF above 5 %: a 20 % DP is accepted and the quote names the rule.
    car = products.ProductTerms(**{**MOTOR.__dict__, "code": "KMB", "tenor_max": 60})
    q = make_quote(car, D(200_000_000), dp_pct=D(20), vehicle_type="four_wheel", tenors=(36,), npf_band="gt5",
                   purpose="investment", start=START)
    assert q.dp == D(40_000_000) and q.min_dp_pct == D(20)
    assert q.dp_rule == "DP minimum 20 % untuk roda empat investasi (POJK 35/2018 Pasal 20, NPF > 5 %)"
    # The same car for multiguna financing needs 25 %.
    with pytest.raises(ValidationError) as exc:
        make_quote(car, D(200_000_000), dp_pct=D(20), vehicle_type="four_wheel", tenors=(36,), npf_band="gt5",
                   purpose="multiguna", start=START)
    assert "25 % untuk roda empat multiguna" in exc.value.for_field("dp")[0].message
    # Every band of the regulation, as written.
    from models.products.products import DEFAULT_DP_RULES, min_dp_pct

    terms = products.ProductTerms(**{**MOTOR.__dict__, "dp_rules": DEFAULT_DP_RULES})
    table = {band: (min_dp_pct(terms, "two_wheel", band), min_dp_pct(terms, "four_wheel", band, "investment"),
                    min_dp_pct(terms, "four_wheel", band, "multiguna")) for band in DEFAULT_DP_RULES}
    assert table == {"le1": (0, 0, 0), "1to3": (10, 10, 10), "3to5": (15, 15, 15), "unh5": (15, 15, 20),
                     "gt5": (20, 20, 25)}
