"""Credit applications: the officer's order, the survey, the supervisor's decision, every state and refusal."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.core.errors import PermissionDenied, ValidationError
from models.core.money import D
from models.credit import applications as apps
from models.credit import disbursement as disbursement_mod
from models.credit.applications import Application, ApplicationLocked, IllegalTransition
from models.customers.customers import Customer
from models.customers.dealers import Dealer, Salesperson
from models.products.products import LoanProduct
from models.products.quote import make_quote

ROOT = Path(__file__).resolve().parents[2]


def motor_order(**overrides) -> dict:
    dealer = Dealer.get(Dealer.code == "DL01")
    data = dict(customer=Customer.select().where(Customer.status == "aktif").order_by(Customer.id).first(),
                product=LoanProduct.get(LoanProduct.code == "KM"), source="dealer", dealer=dealer,
                salesperson=Salesperson.select().where(Salesperson.dealer == dealer).first(),
                vehicle_type="two_wheel", asset_brand="Honda", asset_model="Vario 125", asset_year=2026,
                asset_colour="Hitam", chassis_no="mh1jm1234kk000001", engine_no="jm12e1000001",
                otr_price=D(25_000_000), down_payment=D(5_000_000), tenor=24, annual_rate=D(24))
    data.update(overrides)
    return data


def good_survey(**overrides) -> dict:
    data = dict(findings="Rumah milik orang tua, usaha warung ramai.",
                income_main=D(6_000_000), income_spouse=D(2_000_000), household_expenses=D(3_000_000),
                debt_installments=D(0), score_character=4, score_capacity=4, score_capital=3, score_collateral=4,
                score_condition=3, notes_5c={"character": "tetangga mengenal baik"},
                documents=["ktp", "kk", "income", "residence"], recommendation="layak")
    data.update(overrides)
    return data


def submitted(staff, **order):
    app = apps.create_application(staff.cmo1, motor_order(**order))
    apps.record_survey(staff.cmo1, app, good_survey())
    return apps.submit_application(staff.cmo1, app)


def test_the_order_is_priced_by_the_dealer_quote(ready_db, staff):
    app = apps.create_application(staff.cmo1, motor_order())
    quote = make_quote(LoanProduct.get(LoanProduct.code == "KM"), D(25_000_000), dp=D(5_000_000),
                       vehicle_type="two_wheel", tenors=(24,), rate=D(24))
    row = quote.row(24)
    app = Application.get_by_id(app.id)
    assert app.status == "draft" and app.number.startswith("PG/BDG/")
    assert (app.amount_financed, app.installment, app.admin_fee, app.insurance) == (
        row.amount_financed, row.installment, row.admin_fee, row.insurance)
    assert app.chassis_no == "MH1JM1234KK000001"
    assert [(c.from_status, c.to_status, c.user_id) for c in apps.history(app)] == [("", "draft", staff.cmo1.id)]


def test_an_order_with_too_little_dp_is_refused_with_the_rule(ready_db, staff):
    with pytest.raises(ValidationError) as err:
        apps.create_application(staff.cmo1, motor_order(down_payment=D(1_000_000), asset_brand=""))
    fields = {e.field for e in err.value.errors}
    assert "asset_brand" in fields
    with pytest.raises(ValidationError) as err:
        apps.create_application(staff.cmo1, motor_order(down_payment=D(1_000_000)))
    [dp] = err.value.for_field("down_payment")
    assert "POJK 35/2018" in dp.message


def test_walk_through_to_approval_with_survey_and_capacity(ready_db, staff):
    app = apps.create_application(staff.cmo1, motor_order())
    with pytest.raises(IllegalTransition, match="isi hasil survei"):
        apps.submit_application(staff.cmo1, app)
    survey = apps.record_survey(staff.cmo1, app, good_survey())
    cap = apps.repayment_capacity(Application.get_by_id(app.id), survey)
    assert cap.net_income == D(5_000_000)
    assert cap.ratio_pct == (Application.get_by_id(app.id).installment * 100 / D(5_000_000)).quantize(D("0.01"))
    assert cap.max_pct == D(30) and cap.ok is (cap.ratio_pct <= 30)
    apps.submit_application(staff.cmo1, app)
    approved = apps.approve_application(staff.kacab, app, "survei lengkap")
    assert approved.status == "approved" and approved.decided_by_id == staff.kacab.id
    moves = [(c.from_status, c.to_status, c.user.username) for c in apps.history(app)]
    assert moves == [("", "draft", "cmo1"), ("draft", "surveyed", "cmo1"), ("surveyed", "submitted", "cmo1"),
                     ("submitted", "approved", "kacab")]


def test_submission_needs_the_required_documents(ready_db, staff):
    app = apps.create_application(staff.cmo1, motor_order())
    apps.record_survey(staff.cmo1, app, good_survey(documents=["ktp"]))
    with pytest.raises(ValidationError, match="Kartu Keluarga"):
        apps.submit_application(staff.cmo1, app)


def test_nobody_approves_their_own_submission(ready_db, staff):
    app = apps.create_application(staff.kacab, motor_order())  # a supervisor may take an order too
    apps.record_survey(staff.kacab, app, good_survey())
    apps.submit_application(staff.kacab, app)
    with pytest.raises(PermissionDenied, match="empat mata"):
        apps.approve_application(staff.kacab, app)
    with pytest.raises(PermissionDenied, match="empat mata"):
        apps.reject_application(staff.kacab, app, "capacity")
    assert Application.get_by_id(app.id).status == "submitted"
    assert apps.approve_application(staff.spv, app).status == "approved"


def test_officers_and_cashiers_cannot_decide(ready_db, staff):
    app = submitted(staff)
    for user in (staff.cmo2, staff.kasir):
        with pytest.raises(PermissionDenied):
            apps.approve_application(user, app)


def test_approval_limit_by_role(ready_db, staff):
    car = motor_order(product=LoanProduct.get(LoanProduct.code == "KMB"), dealer=Dealer.get(Dealer.code == "DL08"),
                      salesperson=None, vehicle_type="four_wheel", asset_brand="Toyota", asset_model="Avanza",
                      otr_price=D(245_000_000), down_payment=D(62_000_000), tenor=36, annual_rate=D(10))
    app = apps.create_application(staff.cmo1, car)
    apps.record_survey(staff.cmo1, app, good_survey(income_main=D(30_000_000)))
    apps.submit_application(staff.cmo1, app)
    assert Application.get_by_id(app.id).amount_financed > D(150_000_000)
    with pytest.raises(apps.ApprovalLimitExceeded, match="melebihi batas persetujuan Rp 150.000.000"):
        apps.approve_application(staff.kacab, app)
    assert apps.approve_application(staff.manajer, app).status == "approved"  # manager: unlimited
    apps.set_approval_limit(staff.admin, "supervisor", D(300_000_000))
    assert apps.approval_limit("supervisor") == D(300_000_000)
    assert apps.approval_limit("manager") is None


def test_rejection_needs_a_reason_from_the_list(ready_db, staff):
    app = submitted(staff)
    with pytest.raises(ValidationError, match="pilih alasan"):
        apps.reject_application(staff.kacab, app, "because")
    with pytest.raises(ValidationError, match="keterangan"):
        apps.reject_application(staff.kacab, app, "other")
    rejected = apps.reject_application(staff.kacab, app, "capacity", "angsuran 45 % dari penghasilan bersih")
    assert rejected.status == "rejected"
    [decision] = apps.decisions(app)
    assert decision.kind == "reject" and decision.reason_text == apps.REJECTION_REASONS["capacity"]
    assert apps.history(app)[-1].reason.startswith("Kemampuan bayar")
    with pytest.raises(IllegalTransition, match="tidak dapat dibuatkan kontrak"):
        from models.credit.disbursement import create_contract
        create_contract(staff.kacab, app)


def test_counter_offer_is_a_new_version_and_the_old_one_is_kept(ready_db, staff):
    app = submitted(staff)
    old_installment = Application.get_by_id(app.id).installment
    new = apps.counter_offer(staff.kacab, app, "more_dp", "DP minimal 30 %", down_payment=D(7_500_000), tenor=18)
    old = Application.get_by_id(app.id)
    assert (old.status, old.is_current, old.version) == ("countered", False, 1)
    assert (new.status, new.is_current, new.version, new.previous_id) == ("approved", True, 2, old.id)
    assert new.number == old.number and new.down_payment == D(7_500_000) and new.tenor == 18
    assert new.installment != old_installment
    assert apps.survey_of(new).income_main == D(6_000_000)  # the survey travels with the new version
    assert [v.version for v in apps.versions(old)] == [1, 2]
    [decision] = apps.decisions(new)
    assert decision.kind == "counter" and decision.new_version_id == new.id
    # The superseded version can no longer be acted on.
    with pytest.raises(IllegalTransition, match="versi yang lebih baru"):
        apps.approve_application(staff.spv, old)


def test_counter_offer_still_respects_the_dp_rule(ready_db, staff):
    app = submitted(staff)
    with pytest.raises(ValidationError, match="POJK"):
        apps.counter_offer(staff.kacab, app, "shorter_tenor", down_payment=D(1_000_000))
    assert Application.get_by_id(app.id).status == "submitted"


def test_an_approved_application_cannot_be_edited(ready_db, staff):
    app = submitted(staff)
    with pytest.raises(ApplicationLocked, match="Diajukan"):
        apps.update_application(staff.cmo1, app, {"tenor": 12})
    apps.approve_application(staff.kacab, app)
    with pytest.raises(ApplicationLocked, match="tawaran ulang"):
        apps.update_application(staff.cmo1, app, {"down_payment": D(9_000_000)})
    with pytest.raises(ApplicationLocked):
        apps.record_survey(staff.cmo1, app, good_survey())


def test_a_draft_is_edited_and_repriced(ready_db, staff):
    app = apps.create_application(staff.cmo1, motor_order())
    changed = apps.update_application(staff.cmo1, app, {"tenor": 12})
    assert changed.tenor == 12 and changed.installment > Application.get(Application.number == app.number,
                                                                         Application.version == 1).installment / 2
    with pytest.raises(PermissionDenied, match="petugas lain"):
        apps.update_application(staff.cmo2, app, {"tenor": 18})


def test_returned_to_the_officer_then_resubmitted(ready_db, staff):
    app = submitted(staff)
    apps.return_application(staff.kacab, app, "lengkapi rekening koran")
    assert Application.get_by_id(app.id).status == "surveyed"
    apps.record_survey(staff.cmo1, app, good_survey(documents=["ktp", "kk", "income", "residence",
                                                               "bank_statement"]))
    apps.submit_application(staff.cmo1, app)
    assert apps.approve_application(staff.kacab, app).status == "approved"


def test_cancellation_from_any_open_state_and_never_after(ready_db, staff):
    draft = apps.create_application(staff.cmo1, motor_order())
    with pytest.raises(ValidationError, match="alasan"):
        disbursement_mod.cancel_application(staff.cmo1, draft, "")
    assert disbursement_mod.cancel_application(staff.cmo1, draft, "nasabah membeli tunai").status == "cancelled"
    app = submitted(staff)
    apps.approve_application(staff.kacab, app)
    assert disbursement_mod.cancel_application(staff.kacab, app, "dealer menjual ke orang lain").status == "cancelled"
    with pytest.raises(IllegalTransition, match="Dibatalkan"):
        disbursement_mod.cancel_application(staff.kacab, app, "lagi")
    counts = apps.status_counts()
    assert counts["cancelled"] == 2 and counts["approved"] == 0


def test_cash_loans_need_a_purpose_not_a_vehicle(ready_db, staff):
    data = dict(customer=Customer.select().first(), product=LoanProduct.get(LoanProduct.code == "KMK"),
                source="walk_in", otr_price=D(30_000_000), tenor=24)
    with pytest.raises(ValidationError, match="tujuan"):
        apps.create_application(staff.ao1, data)
    app = apps.create_application(staff.ao1, {**data, "purpose": "tambah stok toko kelontong"})
    assert app.amount_financed == D(30_000_000) and app.annual_rate == D(14)


def test_the_application_modules_do_not_import_qt():
    code = ("import sys, models.credit.applications, models.credit.disbursement, models.credit.collateral, models.credit.dealer_stats, "
            "models.credit.checks, reports.application_pdf; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_a_car_order_takes_the_dp_minimum_of_its_purpose(ready_db, staff):
    # POJK 35/2018 Pasal 20 as written (issue 13, item 14), at the strictest band (NPF above 5 %): a car financed
    # for investment needs 20 % down, for multiguna 25 %; the refusal names the rule.
    car = motor_order(product=LoanProduct.get(LoanProduct.code == "KMB"), dealer=Dealer.get(Dealer.code == "DL08"),
                      salesperson=None, vehicle_type="four_wheel", asset_brand="Toyota", asset_model="Avanza",
                      otr_price=D(200_000_000), down_payment=D(40_000_000), tenor=36, annual_rate=D(10))
    app = apps.create_application(staff.cmo1, dict(car, financing_purpose="investment"))
    assert app.financing_purpose == "investment" and app.down_payment == D(40_000_000)
    with pytest.raises(ValidationError) as refused:
        apps.create_application(staff.cmo1, dict(car, financing_purpose="multiguna"))
    assert "DP minimum 25 % untuk roda empat multiguna (POJK 35/2018 Pasal 20, NPF > 5 %)" in str(
        refused.value.errors)
