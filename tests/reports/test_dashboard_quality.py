"""The branch head's and manager's home page charts the book's quality month end by month end (issue 16, item 4:
"NPF trend", "the office's trend over 12 months"), read from the stored month-end snapshots, on screen and on
paper; a later payment does not move a closed month's point."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from conftest import session_for

# The whole demo office (every step, month ends included) with few customers, built once for this module.
from tests.ui.test_screens_fit import demo_db, demo_template  # noqa: F401  (pytest fixtures)


def _user(username):
    from models.core.users import User

    return User.get(User.username == username)


def test_the_trend_is_the_last_twelve_closed_month_ends_as_closed(demo_db):
    from models.collections import portfolio as pf
    from reports.dashboard import quality_trend

    closed = sorted(pf.month_ends())
    today = closed[-1] + dt.timedelta(days=20)
    trend = quality_trend(today)
    assert [r["month_end"] for r in trend] == closed[-12:]
    for row in trend:
        q = pf.portfolio_quality(row["month_end"])
        assert (row["outstanding"], row["npf_gross"], row["npf_net"], row["par30"]) == (
            q.outstanding, q.npf_gross, q.npf_net, q.par[30])
    # Half a year back, the trend ends at the month end before that day.
    back = closed[-7] + dt.timedelta(days=3)
    assert quality_trend(back)[-1]["month_end"] == closed[-7]


def test_the_manager_sees_the_quality_chart_beside_the_flows(qtbot, demo_db):
    from models.collections import portfolio as pf
    from reports.dashboard import quality_trend
    from ui.reports.dashboard import DashboardPage

    today = sorted(pf.month_ends())[-1] + dt.timedelta(days=10)
    page = DashboardPage(session_for(_user("manajer")), today=today)
    qtbot.addWidget(page)
    assert len(page.charts) == 3
    gross, net, par30 = page.charts[1].line_series
    expected = quality_trend(today)
    assert [p.y() for p in gross.points()] == [float(r["npf_gross"] or 0) for r in expected]
    assert [p.y() for p in par30.points()] == [float(r["par30"] or 0) for r in expected]
    assert all(n.y() <= g.y() for n, g in zip(net.points(), gross.points()))  # net never above gross
    cashier = DashboardPage(session_for(_user("kasir")), today=today)
    qtbot.addWidget(cashier)
    assert not cashier.charts


def test_the_printed_dashboard_carries_the_quality_trend(qtbot, demo_db, monkeypatch):
    from pypdf import PdfReader

    from models.collections import portfolio as pf
    from ui.common import printing
    from ui.reports.dashboard import DashboardPage

    shown = []
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog.path) or 1)
    today = sorted(pf.month_ends())[-1] + dt.timedelta(days=10)
    page = DashboardPage(session_for(_user("kacab")), today=today)
    qtbot.addWidget(page)
    page.print_pdf()
    text = " ".join(p.extract_text() for p in PdfReader(str(shown[-1])).pages)
    assert "Kualitas portofolio per akhir bulan" in text and "Outstanding pokok per akhir bulan" in text
    assert "NPF bruto" in text and "PAR 30" in text


def test_a_payment_after_the_close_leaves_the_closed_point_alone(demo_db):
    from models.cashier.payments import counter_view, post_payment
    from models.collections import portfolio as pf
    from models.core.idempotency import new_key
    from models.loans.loans import Loan
    from reports.dashboard import quality_trend

    latest = sorted(pf.month_ends())[-1]
    before = quality_trend(latest)[-1]
    loan = (Loan.select().where((Loan.status == "active") & (Loan.oldest_unpaid_due <= latest))
            .order_by(Loan.oldest_unpaid_due).first())
    day = dt.date.today()  # the demo's cashier days before today are closed
    owed = counter_view(loan, day).all_arrears
    assert owed > Decimal(0)
    post_payment(_user("kasir"), loan, owed, day, "cash", idempotency_key=new_key())
    assert quality_trend(latest)[-1] == before
