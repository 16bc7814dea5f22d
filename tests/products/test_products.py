"""Loan products: the manager sets up what the office sells; every rule is checked and audited."""
from __future__ import annotations

import json
import sys

import pytest

from models.core.audit import AuditLog, verify_chain
from models.core.errors import PermissionDenied, ValidationError
from models.core.money import D
from models.core.users import system_context
from models.products import products
from models.products.products import LoanProduct


def motor_values(**over):
    values = dict(products.default_products("leasing")[0])
    values.update(over)
    return values


def test_manager_creates_a_product_and_it_reads_back_exactly(staff):
    product = products.create_product(staff.manajer, **motor_values(code="km2", name="Kredit Motor Baru",
                                                                    rate_default=D("23.75")))
    again = LoanProduct.get_by_id(product.id)
    assert again.code == "KM2"
    assert again.rate_default == D("23.75")
    assert again.admin_fee == D(750000)
    assert again.insurance_rate_pct == D("2.5")
    assert again.dp_table()["gt5"] == {"two_wheel": "20", "four_wheel": "20", "four_wheel_multiguna": "25"}
    # Percentages are exact integers of ten-thousandths in the database, never floats.
    raw = LoanProduct.select(LoanProduct.rate_default).where(LoanProduct.id == product.id).tuples()
    stored = LoanProduct._meta.database.execute_sql(
        "SELECT rate_default, admin_fee FROM loan_product WHERE id = ?", (product.id,)).fetchone()
    assert stored == (237500, 75000000)
    assert list(raw)[0][0] == D("23.75")
    row = AuditLog.select().where(AuditLog.action == "product.create").get()
    assert row.username == "manajer" and json.loads(row.after)["code"] == "KM2"
    assert verify_chain() == []


def test_officer_may_not_edit_products(staff):
    with pytest.raises(PermissionDenied):
        products.create_product(staff.cmo1, **motor_values())


def test_every_broken_rule_is_reported_at_once(staff):
    with pytest.raises(ValidationError) as exc:
        products.create_product(staff.manajer, **motor_values(
            code="", rate_min=D(30), rate_max=D(20), tenor_min=0, kind="boat", rounding="7",
            allocation_order="interest,principal", dp_rules={"gt5": {"three_wheel": "20"}},
            late_fee_grace_days=-1, posting_overrides="[1]", admin_fee=D(-1)))
    fields = {e.field for e in exc.value.errors}
    assert {"code", "rate_max", "tenor_min", "kind", "rounding", "allocation_order", "dp_rules",
            "late_fee_grace_days", "posting_overrides", "admin_fee"} <= fields
    assert LoanProduct.select().count() == 0


def test_rate_default_must_lie_in_the_range_and_codes_are_unique(staff):
    with pytest.raises(ValidationError) as exc:
        products.create_product(staff.manajer, **motor_values(rate_default=D(50)))
    assert exc.value.for_field("rate_default")
    products.create_product(staff.manajer, **motor_values())
    with pytest.raises(ValidationError) as exc:
        products.create_product(staff.manajer, **motor_values(name="Kredit Motor lagi"))
    assert exc.value.for_field("code")[0].code == "duplicate"


def test_update_audits_only_what_changed_and_deactivate_withdraws(staff):
    product = products.create_product(staff.manajer, **motor_values())
    products.update_product(staff.manajer, product, rate_default=D(26), late_fee_grace_days=5)
    product = products.get_product("km")
    assert product.rate_default == D(26) and product.late_fee_grace_days == 5
    row = AuditLog.select().where(AuditLog.action == "product.update").get()
    assert json.loads(row.before) == {"rate_default": "24", "late_fee_grace_days": 3}
    assert json.loads(row.after) == {"rate_default": "26", "late_fee_grace_days": 5}
    with pytest.raises(ValidationError):
        products.update_product(staff.manajer, product, code="X")  # the code is fixed once printed
    with pytest.raises(ValidationError):
        products.update_product(staff.manajer, product, rate_max=D(20))  # default 26 would fall outside
    products.deactivate_product(staff.manajer, product)
    assert products.active_products() == []
    assert AuditLog.select().where(AuditLog.action == "product.deactivate").count() == 1


def test_npf_band_setting_selects_the_minimum_dp(staff):
    product = products.create_product(staff.manajer, **motor_values())
    terms = product.terms()
    assert products.npf_band() == "gt5"  # the strictest until the office records its NPF
    assert products.min_dp_pct(terms, "two_wheel", products.npf_band()) == D(20)
    products.set_npf_band(staff.manajer, "1to3")
    assert products.min_dp_pct(terms, "two_wheel", products.npf_band()) == D(10)
    assert products.dp_rule_text(D(20), "two_wheel", "gt5") == \
        "DP minimum 20 % untuk roda dua (POJK 35/2018 Pasal 20, NPF > 5 %)"
    with pytest.raises(ValidationError):
        products.set_npf_band(staff.manajer, "bad")
    with pytest.raises(PermissionDenied):
        products.set_npf_band(staff.kasir, "le1")


def test_late_fee_after_grace_runs_from_the_due_date_and_is_capped(staff):
    terms = products.create_product(staff.manajer, **motor_values(
        late_fee_per_mille=D(5), late_fee_grace_days=3, late_fee_cap_pct=D(10))).terms()
    installment = D(1_000_000)
    assert products.late_fee_for(terms, installment, 3) == D(0)          # within grace
    assert products.late_fee_for(terms, installment, 4) == D(20_000)     # 4 days × 5 ‰ × 1.000.000
    assert products.late_fee_for(terms, installment, 30) == D(100_000)   # 150.000 capped at 10 %
    assert products.late_fee_rule_text(terms) == (
        "Denda 5 ‰ per hari dari angsuran yang terlambat, dikenakan bila terlambat lebih dari 3 hari "
        "(dihitung sejak jatuh tempo); paling banyak 10 % dari angsuran tersebut")


def test_early_payoff_and_insurance_follow_the_product(staff):
    terms = products.create_product(staff.manajer, **motor_values()).terms()
    # remaining principal 10.000.000 + this month's interest 400.000 + 5 % penalty 500.000
    assert products.early_payoff_amount(terms, D(10_000_000), D(400_000)) == D(10_900_000)
    # 2,5 % a year of Rp 25.000.000: 12 months = one year, 13 months = two years started
    assert products.insurance_premium(terms, D(25_000_000), 12) == D(625_000)
    assert products.insurance_premium(terms, D(25_000_000), 13) == D(1_250_000)


def test_default_products_install_once_for_each_office_kind(db):
    with system_context():
        made = products.install_default_products("leasing")
        assert [p.code for p in made] == ["KM", "KMB"]
        assert products.install_default_products("leasing") == []
        products.install_default_products("bpr")
        products.install_default_products("koperasi")
    kmk, pa = products.get_product("KMK"), products.get_product("PA")
    assert kmk.method == "annuity" and kmk.kind == "working_capital" and kmk.dp_table() == {}
    assert pa.method == "flat" and pa.name == "Pinjaman Anggota"
    with pytest.raises(PermissionDenied):  # outside the system context someone must be logged in
        products.create_product(None, **motor_values(code="X1"))


def test_demo_step_installs_all_three_kinds(db):
    import random

    from models.demo.build import DemoContext
    from tests.conftest import TODAY

    ctx = DemoContext(seed=1, customers=0, today=TODAY, rng=random.Random(1), log=lambda _m: None)
    from models.demo import products as demo_products
    demo_products.build_demo(ctx)
    assert set(ctx.made["products"]) == {"KM", "KMB", "KMK", "PA"}


def test_products_module_does_not_load_qt():
    import subprocess

    code = "import models.products.products, models.products.quote, reports.quote_pdf, sys; " \
           "print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
