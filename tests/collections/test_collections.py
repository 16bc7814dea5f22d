"""The collector's day and problem accounts, from hand-made loans: the worklist, contacts and promises, warning
letters across arrears episodes, premature arrears at their boundaries, restructuring, repossession, write-off.

The loans are flat 16.000.000 over 24 months at 18 % (installment Rp 907.000), disbursed 31/01/2026 unless a
test says otherwise; installment n falls due at the end of month n after January (28/02, 31/03, 30/04 …).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import models.cashier.checks  # noqa: F401
import models.ledger.checks  # noqa: F401
import models.loans.checks  # noqa: F401
from models.cashier.payments import post_payment
from models.collections import collections as col
from models.collections import results as collection_results
from models.collections import premature
from models.collections import restructuring as rs
from models.collections import warning_letters as wl
from models.collections import write_off as wo
from models.core.checks import run_checks
from models.core.errors import ConflictError, PermissionDenied, ValidationError
from models.customers.customers import Customer
from models.ledger.journals import Journal, balance
from models.loans.loans import Installment, Loan
from tests.payments_helpers import disburse

D = Decimal
INSTALLMENT = D("907000")


def due(n: int) -> dt.date:
    """Due date of installment n of a loan disbursed 31/01/2026."""
    from models.products.loanmath import add_months

    return add_months(dt.date(2026, 1, 31), n, 31)


def customers(n: int) -> list[Customer]:
    return list(Customer.select().order_by(Customer.id).limit(n))


def pay(staff, loan, amount, date, key):
    return post_payment(staff.kasir, Loan.get_by_id(loan.id), D(amount), date, "cash", idempotency_key=key)


def books_agree():
    failed = [(r.name, r.problems) for r in run_checks() if not r.ok]
    assert failed == []


@pytest.fixture
def three(ready_db, staff):
    """A current loan, a loan two installments behind, and a loan whose first installment is due today."""
    c1, c2, c3 = customers(3)
    good = disburse("BDG/2026/00001", customer=c1)
    late = disburse("BDG/2026/00002", customer=c2)
    fresh = disburse("BDG/2026/00003", customer=c3, start=dt.date(2026, 4, 30))
    for n in (1, 2, 3):
        pay(staff, good, INSTALLMENT, due(n), f"g{n}")
    pay(staff, late, INSTALLMENT, due(1), "l1")
    return good, late, fresh


# ------------------------------------------------------------------------------------------ worklist
def test_the_worklist_holds_accounts_due_today_and_in_arrears_with_the_cashiers_figure(three, staff):
    good, late, fresh = three
    today = due(3)  # 30/04/2026: installment 3 of the old loans falls due; nothing yet of the new one
    rows = {r.contract_no: r for r in col.worklist(staff.kacab, today)}
    assert set(rows) == {late.contract_no}  # good is paid through installment 3; fresh first falls due 31/05
    row = rows[late.contract_no]
    assert row.dpd == (today - due(2)).days == 30
    assert row.arrears == 2 * INSTALLMENT  # installment 2 (late) and 3 (due today)
    assert row.months_on_book == 3 and row.phone and row.region
    # the cashier's figure adds the late fee of installment 2 — counter_view's own total
    from models.cashier.payments import counter_view

    figure = col.cashier_figures([late.id], today)[late.id]
    assert figure.total == counter_view(Loan.get_by_id(late.id), today).all_arrears > row.arrears

    first_due = Loan.get_by_id(fresh.id).first_due  # 30/05: one month after 30/04
    on_due_day = {r.contract_no: r for r in col.worklist(staff.kacab, first_due)}
    assert on_due_day[fresh.contract_no].dpd == 0  # due today: on the list though not late yet
    assert [r.contract_no for r in col.worklist(staff.kacab, first_due, bucket="due_today")] == [fresh.contract_no]
    # `late`: oldest unpaid 31/03, 60 days on 30/05
    assert [r.contract_no for r in col.worklist(staff.kacab, first_due, bucket="31-60")] == [late.contract_no]
    assert col.worklist(staff.kacab, first_due, bucket="61-90") == []
    assert col.worklist(staff.kacab, first_due - dt.timedelta(days=1), bucket="due_today") == []


def test_buckets_cut_at_their_edges(three, staff):
    _good, late, _fresh = three
    oldest = due(2)
    for days, bucket in ((1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"), (61, "61-90"), (91, "90+")):
        day = oldest + dt.timedelta(days=days)
        got = [r.contract_no for r in col.worklist(staff.kacab, day, bucket=bucket)]
        assert late.contract_no in got, (days, bucket)
        other = "90+" if bucket != "90+" else "1-30"
        assert late.contract_no not in [r.contract_no for r in col.worklist(staff.kacab, day, bucket=other)]


def test_assignment_by_area_and_by_hand_keeps_the_history(three, staff):
    good, late, fresh = three
    customer = Customer.get_by_id(late.customer_id)
    result = col.assign_area(staff.kacab, staff.kolektor, "district", customer.district, date=due(2))
    assert result.assigned >= 1
    assert col.current_collector(late).id == staff.kolektor.id
    # the collector sees their own accounts only
    mine = col.worklist(staff.kolektor, due(3))
    assert [r.contract_no for r in mine] == [late.contract_no] and mine[0].collector == staff.kolektor.full_name
    with pytest.raises(ValidationError):  # moving it needs a reason
        col.assign_loan(staff.kacab, late, staff.cmo2, "", date=due(3))
    with pytest.raises(PermissionDenied):
        col.assign_loan(staff.kolektor, late, staff.cmo2, "saya pindahkan")
    col.assign_loan(staff.kacab, late, staff.cmo2, "nasabah pindah ke Bandung Barat", date=due(3))
    history = col.assignment_history(late)
    assert [(h.collector_id, h.how, h.ended_on) for h in history] == [
        (staff.kolektor.id, "area", due(3)), (staff.cmo2.id, "manual", None)]
    assert col.worklist(staff.kolektor, due(3)) == []


# ------------------------------------------------------------------------------- contacts and promises
def test_a_broken_promise_comes_back_on_top_the_next_day(three, staff):
    good, late, fresh = three
    # another account later than `late`, so that lateness alone would put it first
    worse = disburse("BDG/2026/00009", customer=customers(5)[4])
    visit = dt.date(2026, 4, 20)
    row = col.record_contact(staff.kolektor, late, date=visit, channel="visit", result="promise",
                             promise_date=dt.date(2026, 4, 24), promise_amount=INSTALLMENT, note="gajian tgl 24")
    assert row.promise_status == "open"
    order = [r.contract_no for r in col.worklist(staff.kacab, dt.date(2026, 4, 24))]
    assert order[0] == late.contract_no  # promise due today comes before the later account
    top = col.worklist(staff.kacab, dt.date(2026, 4, 24))[0]
    assert top.promise_status == "due_today" and top.priority == col.PRIORITY_PROMISE_TODAY
    next_day = col.worklist(staff.kacab, dt.date(2026, 4, 25))
    assert next_day[0].contract_no == late.contract_no and next_day[0].promise_status == "broken"
    assert next_day[1].contract_no == worse.contract_no and next_day[1].dpd > next_day[0].dpd
    # the history stays on the loan and the customer
    assert [h.result for h in col.contacts(loan=late)] == ["promise"]
    assert col.contacts(customer=Customer.get_by_id(late.customer_id))[0].promise_status == "broken"


def test_a_promise_paid_in_full_is_kept_and_does_not_jump_the_queue(three, staff):
    _good, late, _fresh = three
    col.record_contact(staff.kolektor, late, date=dt.date(2026, 4, 20), channel="call", result="promise",
                       promise_date=dt.date(2026, 4, 24), promise_amount=D("500000"))
    pay(staff, late, D("500000"), dt.date(2026, 4, 23), "p1")
    row = next(r for r in col.worklist(staff.kacab, dt.date(2026, 4, 25)) if r.contract_no == late.contract_no)
    assert row.promise_status == "kept" and row.priority == col.PRIORITY_OTHER


def test_a_contact_is_refused_with_every_problem_at_once(three, staff):
    _good, late, _fresh = three
    with pytest.raises(ValidationError) as info:
        col.record_contact(staff.kolektor, late, date=dt.date(2026, 4, 20), channel="visit", result="promise",
                           promise_date=dt.date(2026, 4, 19), promise_amount=0)
    assert {e.field for e in info.value.errors} == {"promise_date", "promise_amount"}
    with pytest.raises(ValidationError):
        col.record_contact(staff.kolektor, late, date=dt.date(2026, 4, 20), channel="visit", result="refused")
    with pytest.raises(PermissionDenied):
        col.record_contact(staff.kasir, late, date=dt.date(2026, 4, 20), channel="visit", result="paid")


def test_the_whatsapp_reminder_names_the_amount_and_opens_the_chat(three, staff):
    from models.core.db import run_in_transaction
    from models.core.office import put_setting

    _good, late, _fresh = three
    run_in_transaction(lambda: put_setting("collections.bank_accounts", "BCA 123-456-7890 a.n. PT Angsur"))
    row = next(r for r in col.worklist(staff.kacab, due(3)) if r.contract_no == late.contract_no)
    fig = col.cashier_figures([late.id], due(3))[late.id]
    text = col.reminder_text(row, fig, due(3))
    from models.core.money import format_rupiah

    assert format_rupiah(fig.total) in text and "BCA 123-456-7890" in text and late.contract_no in text
    link = col.wa_link("+6281234567890", text)
    assert link.startswith("https://wa.me/6281234567890?text=") and " " not in link
    assert col.wa_number("0812-3456-7890") == "6281234567890"


# --------------------------------------------------------------------------------------- warning letters
def test_episode_start_joins_touching_spans_and_restarts_after_a_cure():
    a, b, c = dt.date(2026, 1, 10), dt.date(2026, 2, 10), dt.date(2026, 3, 10)
    # 1 paid 5 days late, 2 paid on the day 3 became overdue → one episode from 11/01? no: cured 15/01–10/02
    rows = [(a, dt.date(2026, 1, 15)), (b, dt.date(2026, 3, 11)), (c, None)]
    assert wl.episode_start(rows, dt.date(2026, 3, 20)) == b + dt.timedelta(days=1)
    assert wl.episode_start(rows, dt.date(2026, 1, 12)) == a + dt.timedelta(days=1)
    assert wl.episode_start(rows, dt.date(2026, 1, 20)) is None  # cured between
    assert wl.episode_start([(a, a)], dt.date(2026, 5, 1)) is None  # paid on its due date: never late


def test_letters_go_by_stage_once_per_episode_and_again_after_a_cure(three, staff):
    _good, late, _fresh = three
    # installment 2 (31/03) and 3 (30/04) unpaid: two overdue from 01/05
    assert wl.issue_batch(staff.kacab, dt.date(2026, 4, 30)).letters == []  # only one overdue yet
    first = wl.issue_batch(staff.kacab, dt.date(2026, 5, 1))
    assert [(l.stage, l.number) for l in first.letters] == [("SP1", "SP1/BDG/2026/00001")]
    letter = first.letters[0]
    assert letter.overdue_count == 2 and letter.total > 2 * INSTALLMENT and "BDG/2026/00002" in letter.body
    assert wl.issue_batch(staff.kacab, dt.date(2026, 5, 2)).letters == []  # not twice in the episode
    assert wl.issue_batch(staff.kacab, dt.date(2026, 5, 14)).letters == []  # SP2 waits 14 days
    sp2 = wl.issue_batch(staff.kacab, dt.date(2026, 5, 15)).letters
    assert [l.stage for l in sp2] == ["SP2"]
    # cured: everything overdue paid on 20/05
    from models.cashier.payments import counter_view

    owed = counter_view(Loan.get_by_id(late.id), dt.date(2026, 5, 20)).all_arrears
    pay(staff, late, owed, dt.date(2026, 5, 20), "cure")
    assert wl.candidates(dt.date(2026, 5, 21)) == []
    # reached again: installments 4 (31/05) and 5 (30/06) unpaid → two overdue from 01/07
    again = wl.issue_batch(staff.kacab, dt.date(2026, 7, 1), loan_ids=[late.id]).letters
    assert [(l.stage, l.number) for l in again] == [("SP1", "SP1/BDG/2026/00002")]
    assert again[0].episode_start == dt.date(2026, 6, 1)
    register = wl.register()
    assert [r.number for r in register] == ["SP1/BDG/2026/00002", "SP2/BDG/2026/00001", "SP1/BDG/2026/00001"]


def test_office_thresholds_and_texts_are_validated_and_used(three, staff):
    _good, late, _fresh = three
    with pytest.raises(ValidationError):
        wl.set_stages(staff.manajer, [{"stage": "SP1", "min_dpd": 0, "min_installments": 0, "text": "x {nope}"}])
    wl.set_stages(staff.manajer, [{"stage": "SP1", "title": "PERINGATAN", "min_dpd": 10, "min_installments": 0,
                                   "days_after_previous": 0, "text": "Yth {nama}: {total} per {tanggal}."}])
    assert wl.issue_batch(staff.kacab, due(2) + dt.timedelta(days=9)).letters == []
    made = wl.issue_batch(staff.kacab, due(2) + dt.timedelta(days=10)).letters
    assert len(made) == 1 and made[0].body.startswith("Yth ") and made[0].dpd == 10
    with pytest.raises(PermissionDenied):
        wl.issue_batch(staff.kolektor, due(3))


# ------------------------------------------------------------------------------------ premature arrears
def test_first_payment_default_and_months_on_book_edges(ready_db, staff):
    c = customers(4)
    on_time = disburse("BDG/2026/00011", customer=c[0])
    thirty = disburse("BDG/2026/00012", customer=c[1])
    thirty_one = disburse("BDG/2026/00013", customer=c[2])
    disburse("BDG/2026/00014", customer=c[3])  # never pays
    from models.cashier.payments import counter_view

    def settle(loan, day, key):  # what the cashier asks for on that day: the installment and its late fee
        pay(staff, loan, counter_view(Loan.get_by_id(loan.id), day).all_arrears, day, key)

    settle(on_time, due(1), "a")
    settle(thirty, due(1) + dt.timedelta(days=30), "b")
    settle(thirty_one, due(1) + dt.timedelta(days=31), "c")
    assert Installment.get(Installment.loan == thirty.id, Installment.no == 1).paid_on == dt.date(2026, 3, 30)
    as_of = dt.date(2026, 5, 15)
    groups, vintages, flags = premature.compute(as_of, with_flags=True)
    assert {Loan.get_by_id(i).contract_no: f["fpd"] for i, f in flags.items()} == {
        "BDG/2026/00011": False, "BDG/2026/00012": False, "BDG/2026/00013": True, "BDG/2026/00014": True}
    cmo = next(g for g in groups if g.key == staff.cmo1.id)
    assert (cmo.fpd, cmo.fpd_base, cmo.fpd_rate) == (2, 4, D("50.0"))
    # month on book 1 is observed on 28/02 (31/01 + 1 month): installment 1 falls due that day — not late yet
    assert cmo.at_mob[1] == 4 and cmo.late_at_mob[1] == 0
    # month 2 on 31/03: the 31-day payer pays that very day, so only the non-payer is late (31 days: 30+)
    assert cmo.late_at_mob[2] == 1 and cmo.late30_at_mob[2] == 1
    # month 3 on 30/04: installment 2 (31/03) is 30 days late for the on-time and the 30-day payer; the
    # 31-day payer paid installment 2 too on 31/03 (the cashier's figure includes what falls due that day)
    assert cmo.late_at_mob[3] == 3 and cmo.late30_at_mob[3] == 3
    # month 3 on 30/04; month 4 (31/05) is after as_of: not observed
    assert cmo.at_mob[3] == 4 and cmo.at_mob[4] == 0
    (vintage,) = vintages
    assert vintage.month == dt.date(2026, 1, 1) and vintage.loans == 4
    assert vintage.cells[1][1:] == (4, 1, D("25.0")) and vintage.cells[2][1:] == (4, 3, D("75.0"))
    assert vintage.cells[3][1] == 0 and vintage.cells[3][3] is None
    assert col.months_on_book(dt.date(2026, 1, 31), dt.date(2026, 2, 27)) == 0
    assert col.months_on_book(dt.date(2026, 1, 31), dt.date(2026, 2, 28)) == 1
    assert col.months_on_book(dt.date(2026, 1, 15), dt.date(2027, 1, 14)) == 11
    assert col.months_on_book(dt.date(2026, 1, 15), dt.date(2027, 1, 15)) == 12
    rows = premature.drill_down(as_of, officer_id=staff.cmo1.id)
    assert [r.contract_no for r in rows][:2] == ["BDG/2026/00014", "BDG/2026/00013"] and rows[0].fpd


def test_the_dealer_track_record_compares_a_dealer_with_the_branch(ready_db, staff):
    from models.customers.dealers import Dealer

    dealers = list(Dealer.select().order_by(Dealer.id).limit(2))
    c = customers(4)
    loans = [disburse(f"BDG/2026/0002{n}", customer=c[n]) for n in range(4)]
    for loan, dealer in zip(loans, [dealers[0], dealers[0], dealers[1], dealers[1]]):
        Loan.update(dealer_id=dealer.id).where(Loan.id == loan.id).execute()
    pay(staff, loans[0], INSTALLMENT, due(1), "d0")
    pay(staff, loans[2], INSTALLMENT, due(1), "d2")
    pay(staff, loans[3], INSTALLMENT, due(1), "d3")
    record = premature.dealer_track_record(dealers[0].id, dt.date(2026, 8, 31))
    assert record["fpd"] == D("50.0") and record["branch_fpd"] == D("25.0") and record["loans"] == 2


# -------------------------------------------------------------------------------------- restructuring
def test_a_reschedule_with_capitalised_arrears_replaces_the_rest_of_the_schedule(three, staff):
    _good, late, _fresh = three
    day = dt.date(2026, 5, 10)  # installments 2 and 3 overdue
    with pytest.raises(ValidationError):  # interest overdue must be capitalised or paid
        rs.propose(staff.cmo1, late, "reschedule", reason="usaha sepi", effective_date=day, new_tenor=36)
    proposal = rs.propose(staff.cmo1, late, "capitalise", reason="usaha sepi, pendapatan turun",
                          effective_date=day, new_tenor=36)
    assert Installment.select().where(Installment.loan == late.id).count() == 24  # nothing changed yet
    with pytest.raises(PermissionDenied):
        rs.approve(staff.cmo1, proposal)  # not the proposer (and an officer may not approve)
    with pytest.raises(PermissionDenied):
        rs.propose(staff.kasir, late, "reschedule", reason="x", effective_date=day, new_tenor=30)
    before = Loan.get_by_id(late.id)
    done = rs.approve(staff.kacab, proposal)
    assert done.status == "approved" and done.capitalised_interest == D("480000.00")
    loan = Loan.get_by_id(late.id)
    rows = list(Installment.select().where(Installment.loan == late.id).order_by(Installment.no))
    assert len(rows) == 1 + 36 and loan.tenor == 37 and rows[0].paid_on == due(1)
    new = rows[1:]
    assert new[0].no == 2 and new[0].due_date == dt.date(2026, 6, 28) and new[-1].due_date == dt.date(2029, 5, 28)
    assert sum((r.principal for r in new), D(0)) == before.outstanding_principal + D("480000")
    assert loan.outstanding_principal == before.outstanding_principal + D("480000")
    assert loan.oldest_unpaid_due == dt.date(2026, 6, 28)
    assert len(rs.archived_schedule(done)) == 24  # the old schedule is kept
    journal = Journal.get_by_id(done.journal_id)
    assert {(l.account.code, l.debit, l.credit) for l in journal.lines} == {
        ("1301", D("480000.00"), 0), ("2190", 0, D("480000.00"))}
    info = rs.restructure_info(loan)
    assert (info.count, info.last_date) == (1, day)
    books_agree()


def test_collectibility_may_not_improve_until_three_new_installments_are_paid_on_time(ready_db, staff):
    from models.core.db import run_in_transaction
    from models.core.office import put_setting

    run_in_transaction(lambda: put_setting("arrears.collectibility", "bank"))
    late = disburse("BDG/2026/00031", customer=customers(1)[0])
    day = dt.date(2026, 5, 10)  # installments 1..3 unpaid: 71 days → class 2 (bank: DPK 1–90)
    proposal = rs.propose(staff.cmo1, late, "capitalise", reason="sakit", effective_date=day, new_tenor=24)
    done = rs.approve(staff.kacab, proposal)
    assert done.class_before == 2
    loan = Loan.get_by_id(late.id)
    assert rs.restructured_collectibility(loan, dt.date(2026, 5, 11)) == 2  # current by days, still 2
    new = list(Installment.select().where(Installment.loan == late.id).order_by(Installment.no))
    for n, inst in enumerate(new[:3], start=1):
        pay(staff, late, inst.amount, inst.due_date, f"r{n}")
        loan = Loan.get_by_id(late.id)
        expected = 1 if n == 3 else 2
        assert rs.restructured_collectibility(loan, inst.due_date) == expected, n


def test_a_partial_prepayment_lowers_the_installment_or_shortens_the_tenor(three, staff):
    good, _late, _fresh = three
    day = dt.date(2026, 5, 5)  # good paid through installment 3: current
    outstanding = Loan.get_by_id(good.id).outstanding_principal
    p = rs.propose(staff.cmo1, good, "prepayment", reason="dapat warisan", effective_date=day,
                   prepayment=D("5000000"), keep_installment=True)
    done = rs.approve(staff.kacab, p)
    loan = Loan.get_by_id(good.id)
    assert loan.outstanding_principal == outstanding - D("5000000")
    assert done.receipt_no == "KWS/BDG/2026/000001" and done.installment_after <= INSTALLMENT
    assert done.tenor_after < 21
    assert balance("1301") >= 0
    books_agree()


def test_approval_limits_bind_the_approver(three, staff):
    from models.core.db import run_in_transaction
    from models.core.office import put_setting

    good, _late, _fresh = three
    run_in_transaction(lambda: put_setting("restructure.limit.supervisor", "1000000"))
    p = rs.propose(staff.cmo1, good, "reschedule", reason="minta angsuran lebih ringan",
                   effective_date=dt.date(2026, 5, 5), new_tenor=30)
    with pytest.raises(ConflictError):  # one proposal at a time
        rs.propose(staff.cmo1, good, "reschedule", reason="lagi", effective_date=dt.date(2026, 5, 5), new_tenor=28)
    with pytest.raises(PermissionDenied) as info:
        rs.approve(staff.kacab, p)
    assert "batas" in info.value.message
    assert rs.approve(staff.manajer, p).status == "approved"  # the manager's limit is unlimited by default
    assert Loan.get_by_id(good.id).tenor == 3 + 30


# ------------------------------------------------------------------------------- write-off and recovery
def test_write_off_against_the_allowance_and_a_later_recovery(three, staff):
    _good, late, _fresh = three
    col.assign_loan(staff.kacab, late, staff.kolektor, "", date=due(2))
    proposal = wo.propose_write_off(staff.manajer, late, "macet, nasabah tidak diketahui", date=dt.date(2026, 9, 1))
    with pytest.raises(PermissionDenied):
        wo.approve_write_off(staff.manajer, proposal)  # four eyes
    with pytest.raises(PermissionDenied):
        wo.approve_write_off(staff.kacab, proposal)  # a supervisor may not
    from models.core.users import Role, create_user, system_context

    with system_context():
        director = create_user(None, "direktur", "Ir. Direktur", Role.MANAGER, "angsur-demo-pass-1")
    outstanding = Loan.get_by_id(late.id).outstanding_principal
    done = wo.approve_write_off(director, proposal, date=dt.date(2026, 9, 1))
    loan = Loan.get_by_id(late.id)
    assert loan.status == "written_off" and done.principal == outstanding
    assert balance("1302") == 0  # topped up and used
    # out of the active book: no longer on the collectors' list, though recoveries are still taken
    assert late.contract_no not in [r.contract_no for r in col.worklist(staff.kacab, dt.date(2026, 9, 2))]
    chased = col.worklist(staff.kolektor, dt.date(2026, 9, 2), bucket=col.WRITTEN_OFF)
    assert [r.contract_no for r in chased] == [late.contract_no] and chased[0].dpd > 90  # still collected
    rec = wo.post_recovery(staff.kasir, loan, D("1000000"), dt.date(2026, 10, 1), idempotency_key="rec-1")
    again = wo.post_recovery(staff.kasir, loan, D("1000000"), dt.date(2026, 10, 1), idempotency_key="rec-1")
    assert again.id == rec.id and wo.Recovery.select().count() == 1  # a retried form posts nothing twice
    assert rec.collector_id == staff.kolektor.id and balance("4106") == D("1000000")
    assert rec.receipt_no == "KWH/BDG/2026/000001"
    register = wo.write_off_register()
    assert register[0].recovered == D("1000000") and register[0].status == "approved"
    results = {r.collector_id: r for r in collection_results.collector_results(dt.date(2026, 10, 1), dt.date(2026, 10, 31))}
    assert results[staff.kolektor.id].recovered == D("1000000")
    with pytest.raises(ValidationError):
        wo.post_recovery(staff.kasir, loan, outstanding, dt.date(2026, 10, 2))  # more than is left
    books_agree()


# ------------------------------------------------------------------------------------------ repossession
def test_a_repossessed_unit_sold_short_leaves_a_receivable_or_a_write_off(three, staff):
    from models.collections.repossession import record_repossession, record_sale

    _good, late, _fresh = three
    rep = record_repossession(staff.kacab, late, date=dt.date(2026, 6, 1), condition="fair", storage="Gudang Cibiru",
                              valuation=D("9000000"), costs=D("750000"))
    assert balance("5104") >= D("750000")
    sale = record_sale(staff.kacab, rep, date=dt.date(2026, 6, 20), price=D("8000000"), costs=D("500000"),
                       buyer="Balai Lelang Bandung", shortfall_action="write_off")
    # the branch head marks the rest for write-off; proposing it is the manager's (writeoff.propose)
    assert sale.write_off_id is None and sale.repossession.shortfall_action == "write_off"
    from models.cashier.payments import payoff_quote

    loan = Loan.get_by_id(late.id)
    assert sale.net == D("7500000") and sale.surplus == 0
    assert sale.shortfall == payoff_quote(loan, dt.date(2026, 6, 20)).total > 0  # still owed to settle
    assert loan.status == "active" and loan.outstanding_principal > 0  # the shortfall stays collectible
    assert rep.__class__.get_by_id(rep.id).status == "sold"
    proposal = wo.propose_write_off(staff.manajer, loan, "sisa setelah lelang tidak tertagih", dt.date(2026, 6, 21))
    assert proposal.principal == loan.outstanding_principal
    books_agree()


def test_a_unit_sold_above_the_debt_leaves_the_surplus_to_the_customer(three, staff):
    from models.collections.repossession import record_repossession, record_sale

    _good, late, _fresh = three
    rep = record_repossession(staff.kacab, late, date=dt.date(2026, 6, 1), condition="good", storage="Gudang",
                              valuation=D("20000000"))
    titipan = balance("2101")
    sale = record_sale(staff.kacab, rep, date=dt.date(2026, 6, 20), price=D("20000000"), buyer="Pak Budi")
    loan = Loan.get_by_id(late.id)
    assert loan.status == "settled_early" and sale.surplus == D("20000000") - sale.debt > 0
    assert loan.advance_balance == sale.surplus and balance("2101") == titipan + sale.surplus
    books_agree()


# ------------------------------------------------------------------------------------------------ papers
def test_the_route_sheet_and_the_letters_print(three, staff, tmp_path):
    from pypdf import PdfReader

    from reports.collections_pdf import route_sheet_table, write_letters_pdf, write_route_sheet

    _good, late, _fresh = three
    rows = col.worklist(staff.kacab, dt.date(2026, 6, 2))
    table = route_sheet_table(rows, dt.date(2026, 6, 2), "Joko")
    assert [r["contract_no"] for r in table.rows] == sorted(
        [r.contract_no for r in rows], key=lambda c: next(
            ((w.district.lower(), w.village.lower(), w.address, w.contract_no) for w in rows if w.contract_no == c)))
    assert all(r["_group"].startswith("Kec. ") for r in table.rows)
    path = write_route_sheet(rows, tmp_path / "rute.pdf", dt.date(2026, 6, 2), collector="Joko")
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert late.contract_no in text and "Rute Kunjungan" in text
    letters = wl.issue_batch(staff.kacab, dt.date(2026, 5, 1)).letters
    pdf = write_letters_pdf(letters, tmp_path / "sp.pdf", signer="Sri Wahyuni")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == len(letters) == 1
    page = reader.pages[0].extract_text()
    from models.core.money import format_rupiah

    assert letters[0].number in page and format_rupiah(letters[0].total) in page and "SURAT PERINGATAN" in page


def test_the_collection_checks_catch_a_gap_and_a_lost_schedule(three, staff):
    from models.collections.restructuring import ArchivedInstallment
    from models.core.checks import run_checks

    _good, late, _fresh = three
    wl.issue_batch(staff.kacab, dt.date(2026, 5, 1))
    p = rs.propose(staff.cmo1, late, "capitalise", reason="sakit", effective_date=dt.date(2026, 5, 10), new_tenor=24)
    rs.approve(staff.kacab, p)
    books_agree()
    col.assign_loan(staff.kacab, late, staff.kolektor, "", date=dt.date(2026, 5, 1))
    books_agree()
    wl.WarningLetter.update(number="SP1/BDG/2026/00003").execute()  # a gap, as raw SQL could leave
    ArchivedInstallment.delete().execute()
    col.CollectionAssignment.create(loan=late.id, collector=staff.cmo2, started_on=dt.date(2026, 5, 2))
    failed = {r.name for r in run_checks() if not r.ok}
    assert failed == {"warning-letter numbers are gap-free per stage, branch and year",
                      "every approved restructuring kept the schedule it replaced",
                      "every account has at most one collector at a time"}


def test_the_letters_command_issues_the_batch_and_prints_it(three, staff, tmp_path, capsys):
    import argparse

    from reports.collections_pdf import letters_command

    out = tmp_path / "sp.pdf"
    ns = lambda **kw: argparse.Namespace(**{"user": "kacab", "date": "2026-05-01", "out": str(out), **kw})  # noqa
    assert letters_command(ns()) == 0 and out.exists()
    assert "1 letters issued (SP1 1): SP1/BDG/2026/00001" in capsys.readouterr().out
    assert letters_command(ns()) == 0 and "no warning letters due on 01/05/2026" in capsys.readouterr().out
    assert letters_command(ns(date="1/5/2026")) == 2
    with pytest.raises(PermissionDenied):
        letters_command(ns(user="kasir", date="2026-05-20"))


def test_new_loans_in_an_area_go_to_its_collector_and_an_area_can_move(three, staff):
    good, late, fresh = three
    district = Customer.get_by_id(late.customer_id).district
    col.assign_area(staff.kacab, staff.kolektor, "district", district, date=due(1))
    newcomer = disburse("BDG/2026/00077", customer=Customer.get_by_id(late.customer_id), start=dt.date(2026, 3, 31))
    assert col.current_collector(newcomer) is None
    assert col.assign_unassigned(staff.kacab, date=due(3)) >= 1
    assert col.current_collector(newcomer).id == staff.kolektor.id
    # the area moves to another collector: new loans follow it, accounts already held stay where they are
    col.assign_area(staff.kacab, staff.cmo2, "district", district.upper(), date=due(4))
    assert [a.collector_id for a in col.collector_areas() if a.name.lower() == district.lower()] == [staff.cmo2.id]
    assert col.current_collector(late).id == staff.kolektor.id
    with pytest.raises(ValidationError):
        col.assign_area(staff.kacab, staff.kasir, "district", district)  # a cashier does not collect


def test_a_kept_promise_on_a_current_account_does_not_put_it_on_the_list(three, staff):
    good, _late, _fresh = three
    col.record_contact(staff.kolektor, good, date=dt.date(2026, 5, 25), channel="call", result="promise",
                       promise_date=dt.date(2026, 5, 28), promise_amount=INSTALLMENT)
    assert good.contract_no not in [r.contract_no for r in col.worklist(staff.kacab, dt.date(2026, 5, 27))]
    # on its due day (31/05) the account is due and shows its promise, broken three days before
    row = next(r for r in col.worklist(staff.kacab, due(4)) if r.contract_no == good.contract_no)
    assert row.promise_status == "broken" and row.priority == col.PRIORITY_BROKEN


def test_the_manager_sets_the_collection_rules_and_they_apply(three, staff):
    _good, late, _fresh = three
    with pytest.raises(ValidationError) as info:
        col.set_collection_settings(staff.manajer, {"collections.fpd_days": 0, "restructure.limit.supervisor": -1,
                                                    "collections.nope": 1})
    assert len(info.value.errors) == 3
    with pytest.raises(PermissionDenied):
        col.set_collection_settings(staff.kacab, {"collections.fpd_days": 45})
    got = col.set_collection_settings(staff.manajer, {"collections.broken_promise_days": 2,
                                                      "collections.bank_accounts": "BRI 0123-01-000123-30-5",
                                                      "restructure.limit.supervisor": None})
    assert got["restructure.limit.supervisor"] is None and got["collections.broken_promise_days"] == 2
    col.record_contact(staff.kolektor, late, date=dt.date(2026, 4, 20), channel="visit", result="promise",
                       promise_date=dt.date(2026, 4, 22), promise_amount=INSTALLMENT)
    on_top = lambda day: col.worklist(staff.kacab, day)[0].priority == col.PRIORITY_BROKEN  # noqa: E731
    assert on_top(dt.date(2026, 4, 24)) and not on_top(dt.date(2026, 4, 25))  # two days on top, then by lateness


def test_the_loan_book_and_the_loans_list_apply_the_restructuring_rule(ready_db, staff):
    from models.core.db import run_in_transaction
    from models.core.office import put_setting
    from reports.loan_book import loan_book

    run_in_transaction(lambda: put_setting("arrears.collectibility", "bank"))
    late = disburse("BDG/2026/00051", customer=customers(1)[0])
    other = disburse("BDG/2026/00052", customer=customers(2)[1])
    day = dt.date(2026, 5, 10)  # both 71 days past due: class 2
    rs.approve(staff.kacab, rs.propose(staff.cmo1, late, "capitalise", reason="sakit", effective_date=day,
                                       new_tenor=24))
    book = {r["contract_no"]: r["klass"] for r in loan_book(as_of=dt.date(2026, 5, 11)).rows}
    assert book == {late.contract_no: 2, other.contract_no: 2}  # current by days, still class 2
    first = Installment.select().where(Installment.loan == late.id).order_by(Installment.no).first()
    for n, inst in enumerate(Installment.select().where((Installment.loan == late.id)
                                                       & (Installment.no >= first.no)).order_by(Installment.no)
                             .limit(3), start=1):
        pay(staff, late, inst.amount, inst.due_date, f"q{n}")
    after = dt.date(2026, 8, 29)  # the third new installment (28/08) paid on its day
    book = {r["contract_no"]: r["klass"] for r in loan_book(as_of=after).rows}
    assert book[late.contract_no] == 1  # three paid on time: the class follows the days again
    assert Loan.get_by_id(late.id).oldest_unpaid_due > after
    assert book[late.contract_no] == rs.restructured_collectibility(Loan.get_by_id(late.id), after)
    # the loans page filters and shows the same class


def test_capitalised_interest_never_lands_on_an_account_the_office_uses_for_something_else(three, staff):
    from models.core.db import run_in_transaction
    from models.ledger.chart import Account

    _good, late, _fresh = three
    parent = Account.get(Account.code == "21")
    run_in_transaction(lambda: Account.create(code="2190", name="Dana Sosial", type="liability", parent=parent))
    done = rs.approve(staff.kacab, rs.propose(staff.cmo1, late, "capitalise", reason="sakit",
                                              effective_date=dt.date(2026, 5, 10), new_tenor=24))
    lines = {l.account.code: l.account.name for l in Journal.get_by_id(done.journal_id).lines}
    assert lines["2191"] == "Pendapatan Bunga Ditangguhkan (Restrukturisasi)"
    books_agree()


def test_a_restructuring_is_dated_today_or_earlier_in_an_open_period(three, staff):
    """Found by the new-user trial: a date months ahead was approved, posted its journal in the future and
    capitalised installments not yet due; a date in a closed month was refused only at approval."""
    from models.ledger.journals import close_month

    good, late, _fresh = three
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for day in (tomorrow, dt.date.today() + dt.timedelta(days=95)):
        with pytest.raises(ValidationError) as info:
            rs.propose(staff.cmo1, late, "capitalise", reason="sakit", effective_date=day, new_tenor=24)
        assert [e.field for e in info.value.errors] == ["effective_date"]
        assert "sesudah hari ini" in str(info.value)
    close_month(staff.akuntan, 2026, 4)
    with pytest.raises(ValidationError) as info:
        rs.propose(staff.cmo1, good, "reschedule", reason="usaha sepi", effective_date=dt.date(2026, 4, 20),
                   new_tenor=30)
    assert "04/2026 sudah ditutup" in str(info.value)
    assert not rs.Restructuring.select().exists()  # nothing half-saved
    assert rs.propose(staff.cmo1, good, "reschedule", reason="usaha sepi", effective_date=dt.date(2026, 5, 5),
                      new_tenor=30).status == "proposed"
