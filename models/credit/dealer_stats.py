"""The dealer's question, answered with data: how many orders it sends, how many we approve, how they pay.

A dealer pushes for approval to close its sale; the branch head must be able to say "your customers of the
last year paid late in 35 % of cases, the branch average is 12 %" instead of just "no".  For each dealer:

* **sent**: applications submitted for a decision (counted once per application number, whatever its
  versions), **approved** (incl. approvals at other terms, i.e. counter-offers), **rejected**, and the
  **approval rate** = approved ÷ decided;
* **early arrears**: of its loans whose first installment has fallen due, the share that paid any of their
  first 12 installments late — paid after the due date (``Installment.paid_on > due_date``) or still unpaid
  past it.  This is the "premature" window the CMO stays responsible for (DOMAIN.md);
* a **ranking** of the branch's dealers: fewest early arrears first, then approval rate, then volume.

Everything is three aggregate queries (CONVENTIONS: aggregate in SQL), whatever the size of the book.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import Case, fn

from models.credit.applications import Application, Decision
from models.customers.dealers import Dealer
from models.core.money import D

EARLY_INSTALLMENTS = 12  # the first 12 installments: the loan's first year on book


@dataclass(frozen=True)
class DealerStats:
    dealer_id: int
    code: str
    name: str
    sent: int
    approved: int
    rejected: int
    loans: int          # loans whose first installment has fallen due
    loans_late: int     # of which paid late (or not at all) within their first 12 installments
    rank: int = 0

    @property
    def decided(self) -> int:
        return self.approved + self.rejected

    @property
    def approval_rate(self) -> Decimal | None:
        """Approved ÷ decided, in percent (None before any decision)."""
        return (D(self.approved) * 100 / self.decided).quantize(D("0.1")) if self.decided else None

    @property
    def early_arrears_rate(self) -> Decimal | None:
        """Share of seasoned loans late within their first 12 installments, in percent (None without loans)."""
        return (D(self.loans_late) * 100 / self.loans).quantize(D("0.1")) if self.loans else None


def _late_loans_query(as_of: dt.date):
    from models.loans.loans import Installment

    return (Installment.select(Installment.loan).distinct()
            .where((Installment.no <= EARLY_INSTALLMENTS) & (Installment.due_date < as_of)
                   & (Installment.paid_on.is_null() | (Installment.paid_on > Installment.due_date))))


def dealer_stats(as_of: dt.date, *, branch=None, dealer_ids: list[int] | None = None) -> list[DealerStats]:
    """Figures of every dealer (of ``branch``, or the ones listed), ranked.

    Args:
        as_of: the day the figures are taken (installments due before it count).
        branch: only the dealers of this branch (dealers without a branch are included).
        dealer_ids: only these dealers.
    Returns:
        One :class:`DealerStats` per dealer, best first, with ``rank`` 1, 2, … (dealers without loans last).
    """
    from models.loans.loans import Loan

    dealers = Dealer.select(Dealer.id, Dealer.code, Dealer.name)
    if branch is not None:
        dealers = dealers.where(Dealer.branch.is_null() | (Dealer.branch == branch))
    if dealer_ids is not None:
        dealers = dealers.where(Dealer.id.in_(dealer_ids))
    dealers = list(dealers.tuples())
    ids = [d[0] for d in dealers]
    sent = dict(Application.select(Application.dealer, fn.COUNT(fn.DISTINCT(Application.number)))
                .where(Application.dealer.in_(ids) & Application.submitted_by.is_null(False)
                       & Application.is_current)
                .group_by(Application.dealer).tuples())
    decided = (Decision.select(Application.dealer, Decision.kind, fn.COUNT(fn.DISTINCT(Application.number)))
               .join(Application, on=(Decision.application == Application.id))
               .where(Application.dealer.in_(ids) & Decision.kind.in_(["approve", "counter", "reject"]))
               .group_by(Application.dealer, Decision.kind).tuples())
    approved: dict[int, int] = {}
    rejected: dict[int, int] = {}
    for dealer_id, kind, n in decided:
        target = rejected if kind == "reject" else approved
        target[dealer_id] = target.get(dealer_id, 0) + int(n)
    late = _late_loans_query(as_of)
    perf = {d: (int(n or 0), int(k or 0)) for d, n, k in
            Loan.select(Loan.dealer_id, fn.COUNT(Loan.id), fn.SUM(Case(None, [(Loan.id.in_(late), 1)], 0)))
            .where(Loan.dealer_id.in_(ids) & (Loan.first_due < as_of))
            .group_by(Loan.dealer_id).tuples()}
    rows = [DealerStats(dealer_id=i, code=code, name=name, sent=int(sent.get(i, 0)), approved=approved.get(i, 0),
                        rejected=rejected.get(i, 0), loans=perf.get(i, (0, 0))[0], loans_late=perf.get(i, (0, 0))[1])
            for i, code, name in dealers]
    rows.sort(key=lambda r: (r.early_arrears_rate is None, r.early_arrears_rate or 0,
                             -(r.approval_rate or 0), -r.sent, r.code))
    return [DealerStats(**{**r.__dict__, "rank": n}) for n, r in enumerate(rows, start=1)]


def dealer_summary(dealer_id: int, as_of: dt.date) -> DealerStats | None:
    """One dealer's figures with its rank in its branch (for the approval screen beside the survey)."""
    dealer = Dealer.get_or_none(Dealer.id == dealer_id)
    if dealer is None:
        return None
    return next((r for r in dealer_stats(as_of, branch=dealer.branch_id) if r.dealer_id == dealer_id), None)


def branch_early_arrears(as_of: dt.date, branch=None) -> Decimal | None:
    """The branch's early-arrears rate over every dealer's loans (the yardstick beside one dealer's)."""
    rows = dealer_stats(as_of, branch=branch)
    loans = sum(r.loans for r in rows)
    return (D(sum(r.loans_late for r in rows)) * 100 / loans).quantize(D("0.1")) if loans else None


def dealer_stats_text(stats: DealerStats, branch_rate: Decimal | None = None) -> str:
    """One sentence the branch head can read to the dealer."""
    from models.products.products import pct_text

    parts = [f"{stats.name}: {stats.sent} pengajuan, {stats.approved} disetujui"]
    if stats.approval_rate is not None:
        parts.append(f"(tingkat persetujuan {pct_text(stats.approval_rate)} %)")
    if stats.early_arrears_rate is not None:
        text = (f"; {stats.loans_late} dari {stats.loans} nasabahnya terlambat bayar dalam 12 angsuran pertama "
                f"({pct_text(stats.early_arrears_rate)} %")
        if branch_rate is not None:
            text += f", rata-rata cabang {pct_text(branch_rate)} %"
        parts.append(text + ")")
    return " ".join(parts) + "."
