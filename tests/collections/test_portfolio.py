"""Portfolio quality read from month-end snapshots (issue 15, item 9), on hand-made loans closed month by month
through the real month-end procedure (advances, accruals, non-accrual, allowance, reconciliation, close).

The loans are flat 16.000.000 over 24 months at 18 % (installment Rp 907.000: interest 240.000, principal
667.000); the first installment falls due one month after disbursement.  The office is a leasing company
(multifinance table: Lancar 0–30, DPK 31–90, KL 91–120, D 121–180, M > 180).

=====  ==========  ========================================================  ==================================
loan   disbursed   what happens                                              at 31/05/2026
=====  ==========  ========================================================  ==================================
F      31/01       pays every installment on its due date (collector Joko)   0 days, 13.332.000 outstanding
P      31/01       pays February and March, settles early on 10/04            left the book in April
R      15/02       misses 15/03; clears both on 15/04; moved to Agus 20/04   0 days, 13.999.000
E      01/02       never pays (first due 01/03)                              91 days: Kurang Lancar
D      02/02       never pays (first due 02/03)                              90 days: DPK
C      30/03       never pays (first due 30/04)                              31 days: DPK
B      01/04       never pays (first due 01/05)                              30 days: Lancar
A      30/04       never pays (first due 30/05)                              1 day: Lancar
=====  ==========  ========================================================  ==================================
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from models.accounting import month_end as me
from models.cashier.payments import counter_view, post_payment, settle_early
from models.collections import collections as col
from models.collections import portfolio as pf
from models.core.errors import NotFound, ValidationError
from models.core.idempotency import new_key
from models.customers.customers import Customer
from models.loans.loans import Loan
from models.loans.snapshots import LoanSnapshot
from tests.payments_helpers import disburse

D = Decimal
INSTALLMENT = D("907000")
JAN, FEB, MAR, APR, MAY, JUN = (dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 3, 31),
                                dt.date(2026, 4, 30), dt.date(2026, 5, 31), dt.date(2026, 6, 30))


def pay(staff, loan, amount, day, value_date=None):
    return post_payment(staff.kasir, Loan.get_by_id(loan.id), D(amount), day, "cash", idempotency_key=new_key(),
                        value_date=value_date)


def pay_all_arrears(staff, loan, day, value_date=None):
    """What the cashier asks for that day (every installment due and its late fee)."""
    owed = counter_view(Loan.get_by_id(loan.id), value_date or day).all_arrears
    return pay(staff, loan, owed, day, value_date)


def close(staff, day):
    me.run_all(staff.akuntan, day)


@pytest.fixture
def book(ready_db, staff):
    """Five months of the branch's life, each closed by the accountant on its last day."""
    c = list(Customer.select().order_by(Customer.id).limit(8))
    loans = {}
    loans["F"] = disburse("BDG/2026/10001", customer=c[0], start=JAN)
    loans["P"] = disburse("BDG/2026/10002", customer=c[1], start=JAN)
    close(staff, JAN)
    loans["E"] = disburse("BDG/2026/10003", customer=c[2], start=dt.date(2026, 2, 1))
    loans["D"] = disburse("BDG/2026/10004", customer=c[3], start=dt.date(2026, 2, 2))
    loans["R"] = disburse("BDG/2026/10005", customer=c[4], start=dt.date(2026, 2, 15))
    Loan.update(officer=staff.cmo2.id).where(Loan.id == loans["R"].id).execute()  # booked by Yuni
    pay(staff, loans["F"], INSTALLMENT, FEB)
    pay(staff, loans["P"], INSTALLMENT, FEB)
    close(staff, FEB)
    loans["C"] = disburse("BDG/2026/10006", customer=c[5], start=dt.date(2026, 3, 30))
    pay(staff, loans["F"], INSTALLMENT, MAR)
    pay(staff, loans["P"], INSTALLMENT, MAR)
    close(staff, MAR)
    loans["B"] = disburse("BDG/2026/10007", customer=c[6], start=dt.date(2026, 4, 1))
    col.assign_loan(staff.kacab, loans["F"], staff.kolektor, "wilayah Joko", dt.date(2026, 4, 1))
    col.assign_loan(staff.kacab, loans["R"], staff.kolektor, "wilayah Joko", dt.date(2026, 4, 1))
    settle_early(staff.kasir, Loan.get_by_id(loans["P"].id), dt.date(2026, 4, 10), idempotency_key=new_key())
    pay_all_arrears(staff, loans["R"], dt.date(2026, 4, 15))  # installments 1 (a month late) and 2
    col.assign_loan(staff.kacab, loans["R"], staff.spv, "pindah wilayah", dt.date(2026, 4, 20))
    loans["A"] = disburse("BDG/2026/10008", customer=c[7], start=APR)
    pay(staff, loans["F"], INSTALLMENT, APR)
    close(staff, APR)
    pay(staff, loans["R"], INSTALLMENT, dt.date(2026, 5, 15))
    pay(staff, loans["F"], INSTALLMENT, MAY)
    close(staff, MAY)
    return {k: Loan.get_by_id(v.id) for k, v in loans.items()}


def snapshot(loan, day):
    return LoanSnapshot.get((LoanSnapshot.loan == loan.id) & (LoanSnapshot.period_end == day))


# --------------------------------------------------------------------------------------- class, NPF, PAR
def test_the_may_book_by_class_with_npf_and_par_at_their_edges(book):
    assert [snapshot(book[k], MAY).days_past_due for k in "ABCDE"] == [1, 30, 31, 90, 91]
    q = pf.portfolio_quality(MAY)
    assert q.loans == 7  # P left in April
    assert q.outstanding == D("13332000") + D("13999000") + 5 * D("16000000") == D("107331000")
    classes = {r.collectibility: (r.loans, r.outstanding) for r in q.by_class}
    assert classes[1] == (4, D("13332000") + D("13999000") + 2 * D("16000000"))  # F, R, A (1 day), B (30 days)
    assert classes[2] == (2, D("32000000"))  # C (31 days), D (90 days)
    assert classes[3] == (1, D("16000000"))  # E (91 days)
    assert classes[4] == (0, D("0")) and classes[5] == (0, D("0"))
    assert [r.label for r in q.by_class][:3] == ["Lancar", "Dalam Perhatian Khusus", "Kurang Lancar"]
    # PAR 1 counts any arrears (A–E), PAR 30 more than 30 days (C, D, E), PAR 90 more than 90 days (E).
    assert q.par_outstanding == {1: D("80000000"), 30: D("48000000"), 90: D("16000000")}
    assert q.par == {1: D("74.54"), 30: D("44.72"), 90: D("14.91")}  # 80/107,331 = 74,536 % …
    # NPF gross: KL+D+M over outstanding; net: less the allowance held for them, on both sides (POJK 35/2018).
    allowance_e = snapshot(book["E"], MAY).allowance
    assert allowance_e > 0 and q.allowance_npl == allowance_e
    assert q.npl_outstanding == D("16000000") and q.npf_gross == D("14.91")
    expected_net = ((D("16000000") - allowance_e) * 100 / (D("107331000") - allowance_e)).quantize(D("0.01"))
    assert q.npf_net == expected_net < q.npf_gross
    assert q.allowance == sum((snapshot(book[k], MAY).allowance for k in "ABCDEFR"), D(0))
    # PSAK 71 stages (≤ 30, 31–90, > 90 days): F, R, A, B / C, D / E, with the allowance held per stage.
    stages = {r.stage: (r.loans, r.outstanding) for r in q.by_stage}
    assert stages == {1: (4, classes[1][1]), 2: (2, D("32000000")), 3: (1, D("16000000"))}
    assert q.by_stage[2].allowance == allowance_e and q.by_stage[2].coverage == (
        allowance_e * 100 / D("16000000")).quantize(D("0.01"))
    assert pf.portfolio_quality("2026-05") == q
    # The figure agrees with what the allowance step of the same close reported.
    step = me.MonthEndStep.get((me.MonthEndStep.period_end == MAY) & (me.MonthEndStep.step == "allowance"))
    assert dict(json.loads(step.figures))["NPF bruto %"] == str(q.npf_gross)


def test_the_trend_agrees_with_each_month_and_stops_at_the_asked_month(book):
    """The dashboards' NPF and outstanding trend: one point per closed month end, oldest first, each the same
    figures as that month's portfolio quality; ``as_of`` and ``months`` cut the window."""
    trend = pf.quality_trend()
    assert [t.period_end for t in trend] == sorted(pf.month_ends())
    for point in trend:
        q = pf.portfolio_quality(point.period_end)
        assert (point.loans, point.outstanding, point.npl_outstanding, point.allowance) == (
            q.loans, q.outstanding, q.npl_outstanding, q.allowance)
        assert (point.npf_gross, point.npf_net, point.par30) == (q.npf_gross, q.npf_net, q.par[30])
    assert trend[-1].npf_gross == D("14.91")  # May: E (91 days) is Kurang Lancar
    upto_april = pf.quality_trend(as_of=APR, months=2)
    assert [t.period_end for t in upto_april] == [MAR, APR]
    # A day before April's month end, April is not yet a month end that has passed.
    assert [t.period_end for t in pf.quality_trend(as_of=APR - dt.timedelta(days=1), months=2)] == [FEB, MAR]
    assert pf.quality_trend(months=0) == []


def test_a_branch_filter_and_an_empty_branch(book):
    from models.core.office import Branch

    bdg = Branch.get(Branch.code == "BDG")
    assert pf.portfolio_quality(MAY, bdg.id).outstanding == pf.portfolio_quality(MAY).outstanding
    assert pf.month_ends(bdg.id) == [MAY, APR, MAR, FEB, JAN] == pf.month_ends()
    assert pf.month_ends(bdg.id + 999) == []
    empty = pf.portfolio_quality(MAY, bdg.id + 999)
    assert empty.loans == 0 and empty.npf_gross is None and empty.npf_net is None and empty.par[30] is None


def test_a_month_without_a_snapshot_is_refused_clearly(book):
    with pytest.raises(NotFound, match="06/2026"):
        pf.portfolio_quality(JUN)
    with pytest.raises(NotFound, match="12/2025"):
        pf.roll_rates(JAN)  # January closed, but December never was: nothing to roll from
    with pytest.raises(ValidationError):
        pf.collection_rates(MAY, by="dealer")


def test_the_past_month_does_not_move_when_todays_data_changes(book, staff):
    before = pf.portfolio_quality(MAY)
    roll_before = pf.roll_rates(MAY)
    rates_before = pf.collection_rates(MAY, "officer")
    # D's transfer of 20/05 is found on the June statement and E pays in June: today's loans are current…
    pay_all_arrears(staff, book["D"], dt.date(2026, 6, 3), value_date=dt.date(2026, 5, 20))
    pay_all_arrears(staff, book["E"], dt.date(2026, 6, 5))
    assert Loan.get_by_id(book["D"].id).oldest_unpaid_due > MAY
    # …but May stays what the books showed when May was closed.
    assert pf.portfolio_quality(MAY) == before
    assert pf.roll_rates(MAY) == roll_before and pf.collection_rates(MAY, "officer") == rates_before
    # June's close sees both payments: E is current again; D paid up to 20/05 and owes 02/06 (28 days).
    close(staff, JUN)
    june = pf.portfolio_quality(JUN)
    assert june.npl_outstanding == D("0") and june.npf_gross == D("0.00")
    roll = pf.roll_rates(JUN)
    kl, dpk, b1_30 = pf.BUCKETS.index("91–120"), pf.BUCKETS.index("61–90"), pf.BUCKETS.index("1–30")
    assert roll.counts[kl][0] == 1 and roll.counts[dpk][b1_30] == 1


# -------------------------------------------------------------------------------------------- roll rates
def test_roll_from_lancar_into_arrears_and_back_and_a_payoff_leaves(book):
    lancar, b1_30, b31_60, left = 0, 1, 2, pf.LEFT
    march = pf.roll_rates(MAR)
    assert march.previous_end == FEB and march.buckets[-1] == "Lunas/keluar" and len(march.counts[0]) == 8
    # At 28/02 F, P, E, D and R were all current; at 31/03 E (30 days), D (29) and R (16) are 1–30 days late.
    assert march.counts[lancar][lancar] == 2 and march.counts[lancar][b1_30] == 3
    assert march.outstanding[lancar][lancar] == 2 * D("15333000")
    assert march.outstanding[lancar][b1_30] == 3 * D("16000000")
    assert march.rate(lancar, b1_30) == D("61.02")  # 48.000.000 of 78.666.000
    assert march.count_rate(lancar, b1_30) == D("60.00")
    assert march.entered[lancar] == 1  # C, disbursed 30/03
    april = pf.roll_rates(APR)
    # R cured (1–30 → Lancar); E and D rolled on (→ 31–60); P settled early (Lancar → Lunas/keluar).
    assert april.counts[b1_30][lancar] == 1 and april.counts[b1_30][b31_60] == 2
    assert april.counts[lancar][left] == 1 and april.counts[lancar][lancar] == 2  # F and C stay
    assert april.outstanding[lancar][left] == D("14666000")  # P's principal at 31/03
    assert april.rate(b1_30, lancar) == D("33.33") and april.rate(b1_30, b31_60) == D("66.67")
    assert april.rate(b31_60, lancar) is None  # nobody was 31–60 at the end of March
    assert sum(sum(r) for r in april.counts) == pf.portfolio_quality(MAR).loans


# --------------------------------------------------------------------------------------- collection rates
def test_collection_rate_per_collector_counts_the_month_for_who_holds_the_account_at_its_end(book, staff):
    april = {r.name: r for r in pf.collection_rates(APR, "collector")}
    # R paid installments 1 and 2 on 15/04 while Joko held it; Agus holds it from 20/04, so April is Agus's.
    agus = april[staff.spv.full_name]
    assert (agus.loans, agus.due, agus.collected, agus.rate) == (1, INSTALLMENT, 2 * INSTALLMENT, D("200.00"))
    joko = april[staff.kolektor.full_name]
    assert (joko.loans, joko.due, joko.collected, joko.rate) == (1, INSTALLMENT, INSTALLMENT, D("100.00"))
    assert "(tanpa kolektor)" in april  # E, D, C and P had nobody assigned
    # Late fees are not collection of installments: R's fee is left out of the 1.814.000.
    assert snapshot(book["R"], APR).collected_in_month == 2 * INSTALLMENT
    officers = {r.key_id: r for r in pf.collection_rates(APR, "officer")}
    assert officers[staff.cmo2.id].collected == 2 * INSTALLMENT and officers[staff.cmo2.id].rate == D("200.00")
    # Any grouping totals to the same month.
    totals = {by: pf.total_rate(pf.collection_rates(APR, by)) for by in ("collector", "officer", "branch")}
    assert len({(t.loans, t.due, t.collected) for t in totals.values()}) == 1
    may = pf.total_rate(pf.collection_rates(MAY, "branch"))
    # Seven installments fell due in May (F, R, A, B, C, D, E); F and R paid theirs.
    assert (may.due, may.collected, may.rate) == (7 * INSTALLMENT, 2 * INSTALLMENT, D("28.57"))
    assert pf.collection_recorded(MAY)


def test_old_snapshots_without_collection_columns_say_so(book):
    LoanSnapshot.update(due_in_month=None, collected_in_month=None, collector_id=None).where(
        LoanSnapshot.period_end == MAR).execute()  # as a month closed before migration 0016 holds it
    assert not pf.collection_recorded(MAR) and pf.collection_rates(MAR, "officer") == []
    assert pf.collection_recorded(APR)


# ---------------------------------------------------------------------------------- premature and vintage
def test_premature_arrears_and_vintage_from_the_snapshots(book, staff):
    rows = {r.key_id: r for r in pf.premature_arrears(MAY, "officer")}
    dedi, yuni = rows[staff.cmo1.id], rows[staff.cmo2.id]
    # Dedi's accounts 1–12 months on book at 31/05 (calendar months since disbursement): F (4), E and D (3),
    # C (2), B and A (1).
    assert dedi.accounts == 6 and len(dedi.arrears_by_mob) == 12
    # First installment still unpaid more than 30 days after it fell due: E (91 days), D (90), C (31); B's first
    # installment is exactly 30 days old (not yet counted) and F paid.
    assert (dedi.fpd, dedi.fpd_base, dedi.fpd_rate) == (3, 4, D("75.00"))
    assert dedi.arrears_by_mob[0] == D("100.00")  # A (1 day) and B (30 days) at month 1
    assert dedi.arrears_by_mob[1] == D("100.00")  # C at month 2: 31 days
    assert dedi.arrears_by_mob[2] == D("100.00") and dedi.arrears_by_mob[3] == D("0.00")  # E, D late; F current
    assert dedi.arrears_by_mob[4] is None
    assert (yuni.accounts, yuni.fpd, yuni.fpd_rate) == (1, 0, D("0.00"))  # R cured its first installment
    table = {month: (loans, cells) for month, loans, cells in pf.vintage(MAY)}
    loans, cells = table[dt.date(2026, 2, 1)]  # E, D and R
    assert loans == 3
    # MOB 1 = 31/03 (E 30 days: 30+; D 29), MOB 2 = 30/04 (E 60, D 59), MOB 3 = 31/05 (E 91, D 90).
    assert cells[:4] == (D("33.33"), D("66.67"), D("66.67"), None)
    assert table[dt.date(2026, 1, 1)][0] == 2 and table[dt.date(2026, 1, 1)][1][3] == D("0.00")
    assert all(c is None for c in table[dt.date(2026, 4, 1)][1][1:])  # A and B: one month end seen
