"""Checks on the members' savings for ``main.py check``.

* member savings balances = the savings accounts of the ledger, per ledger account a savings product uses
  (Simpanan Pokok, Simpanan Wajib, Simpanan Sukarela, Simpanan Berjangka).  This is done here rather than through
  :func:`models.ledger.subledgers.register_subledger`, whose registry is process-wide: the codes come from the
  products of the database being checked (3101 is Simpanan Pokok in a cooperative's chart but Modal Disetor in a
  multifinance one), so a registration made for one database must not follow the process to the next;
* every account's balance is the sum of its transactions, and each row's balance-after runs without a jump;
* member numbers run 1, 2, 3 … without a gap (the sequence never restarts);
* the savings counter's receipts join the loan receipts' gap-free check (one sequence).
"""
from __future__ import annotations

from peewee import fn

from models.cashier.checks import share_receipt_sequence
from models.core.checks import check
from models.core.money import format_rupiah, from_minor
from models.ledger.journals import balance_of_codes
from models.savings.savings import Member, SavingsAccount, SavingsTransaction, totals_by_account_code


def _savings_receipts():
    """Receipts the savings counter took (a row sharing a loan payment's receipt is that payment's; a correction
    reuses the receipt it corrects), and those of SHU paid at the counter."""
    from models.customers.customers import Customer
    from models.savings.savings import Member
    from models.savings.shu import ShuShare

    rows = list(SavingsTransaction.select(SavingsTransaction.branch, SavingsTransaction.receipt_no,
                                          fn.MIN(SavingsTransaction.date))
                .where(SavingsTransaction.receipt_no.is_null(False) & SavingsTransaction.payment_id.is_null()
                       & (SavingsTransaction.kind != "correction"))
                .group_by(SavingsTransaction.branch, SavingsTransaction.receipt_no).tuples())
    rows += list(ShuShare.select(Customer.branch, ShuShare.receipt_no, ShuShare.paid_on).join(Member).join(Customer)
                 .where(ShuShare.receipt_no.is_null(False)).tuples())
    return rows


share_receipt_sequence("savings", _savings_receipts)


@check("savings: member balances equal the savings accounts of the ledger")
def savings_equal_ledger() -> list[str]:
    problems = []
    for code, total in sorted(totals_by_account_code().items()):
        ledger = balance_of_codes([code])
        if ledger != total:
            problems.append(f"account {code}: ledger {format_rupiah(ledger)}, members' balances "
                            f"{format_rupiah(total)} (difference {format_rupiah(ledger - total)})")
    return problems


@check("savings: every account's balance is the sum of its transactions")
def balances_are_sums() -> list[str]:
    sums = (SavingsTransaction.select(SavingsTransaction.account, fn.SUM(SavingsTransaction.amount).alias("total"))
            .group_by(SavingsTransaction.account).alias("s"))
    from peewee import JOIN

    rows = (SavingsAccount.select(SavingsAccount.number, SavingsAccount.balance, sums.c.total)
            .join(sums, JOIN.LEFT_OUTER, on=(SavingsAccount.id == sums.c.account_id))
            .where(SavingsAccount.balance != fn.COALESCE(sums.c.total, 0)).limit(20).tuples())
    return [f"savings account {number}: balance {balance} but transactions sum to {from_minor(total or 0)}"
            for number, balance, total in rows]


@check("savings: member numbers are gap-free")
def member_numbers_gap_free() -> list[str]:
    count, low, high = Member.select(fn.COUNT(Member.id), fn.MIN(Member.seq), fn.MAX(Member.seq)).scalar(
        as_tuple=True)
    if not count:
        return []
    if low != 1 or high != count:
        seqs = {s for (s,) in Member.select(Member.seq).tuples()}
        missing = sorted(set(range(1, high + 1)) - seqs)[:10]
        return [f"member numbers run {low}..{high} over {count} members; missing: {missing}"]
    return []
