"""Property tests: whatever sequence of loan events the office lives through, the books stay consistent.

Each example replays a random sequence of disbursements, payments (with interest, late fees, overpayments and
their use), write-offs, manual expenses, reversals and month closings, keeping a tiny loan book of its own as
the sub-ledger.  After every example: the trial balance balances, the balance sheet balances, every journal
balances, Piutang Pembiayaan equals the loan book's outstanding principal and Titipan equals the deposits held,
and nothing was ever posted into a closed month.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from models.ledger import journals as ledger
from models.ledger import accounts
from models.core.checks import run_checks
from models.core.errors import ValidationError
from models.ledger.journals import Journal, JournalLine, post_event, post_journal
from models.ledger.chart import Line
from models.ledger.subledgers import register_subledger, unregister_subledger
from models.core.money import D, ZERO

amounts = st.integers(min_value=1, max_value=50_000_000_00).map(lambda sen: D(sen) / 100)
days = st.integers(min_value=0, max_value=330).map(lambda n: dt.date(2026, 1, 1) + dt.timedelta(days=n))

operations = st.one_of(
    st.tuples(st.just("disburse"), days, amounts),
    st.tuples(st.just("pay"), days, st.integers(0, 9), amounts, amounts, st.integers(0, 5_000_000),
              st.integers(0, 3_000_000)),
    st.tuples(st.just("apply_overpayment"), days, st.integers(0, 9)),
    st.tuples(st.just("write_off"), days, st.integers(0, 9)),
    st.tuples(st.just("expense"), days, amounts),
    st.tuples(st.just("reverse_last_manual"), days),
    st.tuples(st.just("close"), st.integers(1, 11)),
)


class LoanBook:
    """The test's own sub-ledger: outstanding principal and overpayments held, per loan."""

    def __init__(self):
        self.principal: dict[int, D] = {}
        self.titipan: dict[int, D] = {}

    def total_principal(self):
        return sum(self.principal.values(), ZERO)

    def total_titipan(self):
        return sum(self.titipan.values(), ZERO)


def _apply(op, book: LoanBook, staff) -> None:
    kind, date = op[0], op[1] if len(op) > 1 else None
    closed = kind != "close" and ledger.is_closed(date)
    try:
        if kind == "disburse":
            loan_id = len(book.principal)
            posted = post_event(staff.kacab, [("disbursement", op[2])], date=date, description="Pencairan",
                                source="disbursement", loan_id=loan_id)
            book.principal[loan_id] = op[2]
        elif kind == "pay" and book.principal:
            loan_id = op[2] % len(book.principal)
            principal = min(op[3], book.principal[loan_id])
            fee, over = D(op[5]), D(op[6])
            posted = post_event(staff.kasir, [("installment_principal", principal),
                                              ("installment_interest", op[4]), ("late_fee", fee),
                                              ("overpayment", over)],
                                date=date, description="Angsuran", source="payment", loan_id=loan_id)
            book.principal[loan_id] -= principal
            book.titipan[loan_id] = book.titipan.get(loan_id, ZERO) + over
        elif kind == "apply_overpayment" and book.titipan:
            loan_id = sorted(book.titipan)[op[2] % len(book.titipan)]
            used = min(book.titipan[loan_id], book.principal.get(loan_id, ZERO))
            posted = post_event(staff.kasir, [("overpayment_applied", used), ("installment_principal", used)],
                                date=date, description="Titipan dipakai", source="payment", loan_id=loan_id)
            book.titipan[loan_id] -= used
            book.principal[loan_id] -= used
        elif kind == "write_off" and book.principal:
            loan_id = op[2] % len(book.principal)
            outstanding = book.principal[loan_id]
            posted = post_event(staff.manajer, [("loss_allowance", outstanding), ("write_off", outstanding)],
                                date=date, description="Hapus buku", source="write_off", loan_id=loan_id)
            book.principal[loan_id] = ZERO
        elif kind == "expense":
            posted = post_journal(staff.akuntan, date, "Biaya operasional", "manual",
                                  [Line("5104", debit=op[2]), Line("1101", credit=op[2])])
        elif kind == "reverse_last_manual":
            last = (Journal.select().where((Journal.source == "manual")
                                           & Journal.id.not_in(Journal.select(Journal.reversal_of)
                                                               .where(Journal.reversal_of.is_null(False))))
                    .order_by(Journal.id.desc()).first())
            if last is None:
                return
            posted = ledger.reverse_journal(staff.akuntan, last, "koreksi", date=date)
        elif kind == "close":
            if not ledger.is_closed(dt.date(2026, op[1], 1)):
                ledger.close_month(staff.akuntan, 2026, op[1])
            return
        else:
            return
    except ValidationError as exc:
        # The only refusal a valid event may meet is its month being closed.
        assert closed and {e.code for e in exc.errors} == {"closed"}, exc
        event("posting into a closed month refused")
        return
    # An event whose amounts are all zero posts nothing (None), closed month or not.
    assert not (closed and posted is not None), f"{kind} was posted into the closed month of {date}"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operations, min_size=1, max_size=25))
def test_the_books_stay_consistent_through_any_sequence_of_events(db, staff, ops, monkeypatch):
    from models.ledger import subledgers as ledger_checks

    with db.atomic() as txn, monkeypatch.context() as patch:  # each example starts from the same empty books
        # The loan book here is the test's own: the real loans module's sub-ledgers are set aside.
        patch.setattr(ledger_checks, "_SUBLEDGERS", {})
        accounts.install_default_chart("leasing")
        book = LoanBook()
        register_subledger("loans", ["1301"], book.total_principal)
        register_subledger("overpayments", ["2101"], book.total_titipan)
        try:
            for op in ops:
                _apply(op, book, staff)
            failing = {r.name: r.problems for r in run_checks() if r.name.startswith("ledger") and not r.ok}
            assert failing == {}
            assert ledger.balance("1301") == book.total_principal()
            closed_lines = (JournalLine.select().join(Journal)
                            .where(Journal.date.between(dt.date(2026, 1, 1), dt.date(2026, 12, 31))))
            for line in closed_lines:
                assert line.journal.posted_at is not None
        finally:
            unregister_subledger("loans")
            unregister_subledger("overpayments")
            txn.rollback()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amount=amounts, fail_at=st.integers(min_value=0, max_value=3))
def test_a_failure_in_the_middle_of_posting_leaves_no_trace(db, staff, amount, fail_at, monkeypatch):
    """Break the posting at each of its writes in turn: afterwards the books are exactly as before."""
    from models.core import audit
    from models.core.office import NumberSequence

    with db.atomic() as txn:
        accounts.install_default_chart("leasing")
        before = (Journal.select().count(), JournalLine.select().count(),
                  list(NumberSequence.select(NumberSequence.last_value).tuples()))
        steps = {0: (JournalLine, "insert_many"), 1: (Journal, "update"), 2: (audit, "record"),
                 3: (ledger, "next_number")}
        target, name = steps[fail_at]

        def broken(*args, **kwargs):
            raise OSError("disk pulled out mid-posting")

        with monkeypatch.context() as patch:
            patch.setattr(target, name, broken)
            with pytest.raises(OSError):
                post_event(staff.kasir, [("installment_principal", amount), ("installment_interest", amount)],
                           date=dt.date(2026, 11, 2), description="Angsuran", source="payment")
        after = (Journal.select().count(), JournalLine.select().count(),
                 list(NumberSequence.select(NumberSequence.last_value).tuples()))
        assert after == before
        txn.rollback()
