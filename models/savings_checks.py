"""Checks on the members' savings for ``main.py check``.

* member savings balances = the savings accounts of the ledger: registered as sub-ledgers with
  :func:`models.ledger_checks.register_subledger`, one per ledger account a savings product uses (Simpanan Pokok,
  Simpanan Wajib, Simpanan Sukarela, Simpanan Berjangka), so "control accounts equal their sub-ledgers" compares
  them; and an explicit check here that names the account when they differ;
* every account's balance is the sum of its transactions, and each row's balance-after runs without a jump;
* member numbers run 1, 2, 3 … without a gap (the sequence never restarts).
"""
from __future__ import annotations

from peewee import fn

from models.checks import check
from models.ledger import balance_of_codes
from models.ledger_checks import register_subledger
from models.money import ZERO, format_rupiah, from_minor
from models.savings import Member, SavingsAccount, SavingsProduct, SavingsTransaction, totals_by_account_code


def _total_for(code: str):
    return lambda: totals_by_account_code().get(code, ZERO)


def register() -> None:
    """Register each savings product's ledger account as a sub-ledger (called at import and by tests)."""
    try:
        codes = sorted({p.account_code for p in SavingsProduct.select(SavingsProduct.account_code)})
    except Exception:  # noqa: BLE001 - no database bound at import time: the check registers again when it runs
        return
    for code in codes:
        register_subledger(f"savings {code}", [code], _total_for(code))


register()


@check("savings: member balances equal the savings accounts of the ledger")
def savings_equal_ledger() -> list[str]:
    register()
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
