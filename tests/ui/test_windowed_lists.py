"""List screens open with a count and one window of ids, and read the rest as the view scrolls (issue 18).

The windows are made small here (7 ids) so that a 20-customer office has three of them; the office's real
window is 500 ids, which at 100.000 customers is what keeps opening the list as quick as on the demo.
"""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import session_for
from PySide6.QtCore import Qt

from models.customers.customers import Customer
from models.customers.search import CustomerFilter, count_ids, list_ids
from tests.payments_helpers import disburse
from ui.common import lazy_model
from ui.common.lazy_model import WindowedIds


@pytest.fixture
def small_windows(monkeypatch):
    monkeypatch.setattr(lazy_model, "WINDOW", 7)


def test_windows_are_read_only_where_the_list_is_looked_at():
    reads = []
    every = list(range(100, 130))                       # 30 ids in display order

    def window(offset, limit):
        reads.append((offset, limit))
        return every[offset:] if limit is None else every[offset:offset + limit]

    ids = WindowedIds(30, window, size=8)
    assert len(ids) == 30 and reads == []               # counting reads no id
    assert ids[0] == 100 and ids[7] == 107 and reads == [(0, 8)]
    assert ids[29] == 129 and ids[-1] == 129 and reads == [(0, 8), (24, 8)]
    assert ids[6:10] == [106, 107, 108, 109] and reads[-1] == (8, 8)
    assert ids.loaded() == 22
    with pytest.raises(IndexError):
        ids[30]
    assert ids.index(109) == 9 and reads[-1] == (8, 8)  # found in a window already read
    assert ids.index(120) == 20 and reads[-1] == (0, None) and list(ids) == every


def test_a_row_deleted_after_counting_reads_as_empty_not_as_an_error():
    ids = WindowedIds(5, lambda offset, limit: [1, 2, 3, 4][offset:offset + (limit or 99)], size=3)
    assert [ids[k] for k in range(5)] == [1, 2, 3, 4, None]


def test_the_customer_list_opens_on_one_window_and_scrolls_through_all(ready_db, staff, qtbot, small_windows,
                                                                       qtmodeltester, monkeypatch):
    from ui.customers import customer_model
    from ui.customers.page import CustomersPage

    monkeypatch.setattr(customer_model, "BLOCK", 5)     # display rows fetched 5 at a time (120 in the office)
    page = CustomersPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    model = page.model
    everyone = list_ids(staff.kacab, CustomerFilter())
    assert model.rowCount() == count_ids(staff.kacab) == len(everyone) == Customer.select().count() == 20
    assert model.ids.loaded() == 0                      # no row painted yet: only the count was read
    page.resize(1000, 320)                              # a few rows in sight
    page.show()
    page.grab()                                         # paints the rows in sight
    assert 0 < model.ids.loaded() < 20
    shown = [model.data(model.index(r, 0)) for r in range(20)]    # scroll to the end
    names = {c.id: c.full_name for c in Customer.select()}
    assert shown == [names[i] for i in everyone]
    assert model.row_of(everyone[17]) == 17
    qtmodeltester.check(model)
    # Sorted the other way and filtered, still in SQL, still by windows.
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(20)] == [names[i] for i in reversed(everyone)]
    first = names[everyone[0]].split()[0]
    model.set_filter(CustomerFilter(text=first))
    assert model.rowCount() == len(list_ids(staff.kacab, CustomerFilter(text=first))) >= 1


def test_the_loans_list_counts_and_totals_what_the_filters_select(ready_db, staff, qtbot, small_windows):
    from ui.loans.page import LoansPage

    customers = list(Customer.select().order_by(Customer.id).limit(9))
    loans = [disburse(f"BDG/2026/{n:05d}", customer=c, start=dt.date(2026, 1, 31) if n % 3 else dt.date.today())
             for n, c in enumerate(customers, start=1)]
    page = LoansPage(session_for(staff.kacab))
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == 9 and model.ids.loaded() == 0
    contracts = [model.data(model.index(r, 0)) for r in range(9)]
    assert contracts == sorted(l.contract_no for l in loans)
    count, outstanding, late = model.totals()
    # Disbursed in January: installments due since and unpaid; disbursed today: nothing due yet.
    assert (count, late) == (9, 6)
    assert outstanding == sum((l.outstanding_principal for l in loans), outstanding - outstanding)
    assert page.count.text().startswith("9 pinjaman") and "6 menunggak" in page.count.text()
