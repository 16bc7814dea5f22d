"""The chart of accounts: account types, the Account table, the installed chart's roles, and a journal line.

This is the bottom of the ledger: posting rules, journals, account maintenance and the statements all read it,
and it reads nothing of theirs (it used to live inside the journal module, which made ledger ↔ posting rules
import each other in a circle).  The chart files themselves (``resources/coa/*.json``) are loaded here too.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField

from models.core.clock import now
from models.core.db import BaseModel
from models.core.errors import FieldError, NotFound, ValidationError
from models.core.money import ZERO
from models.core.office import Office, get_setting
from models.core.texts import _

ACCOUNT_TYPES = ("asset", "liability", "equity", "income", "expense")


ACCOUNT_TYPE_LABELS = {
    "asset": "Aset", "liability": "Liabilitas", "equity": "Ekuitas", "income": "Pendapatan", "expense": "Beban",
}


#: Types whose balance is normally on the debit side (the rest are credit-normal).
DEBIT_NORMAL = frozenset({"asset", "expense"})


#: Where a journal came from.  "manual" is the only source a person types; the rest are written by the
#: sub-ledgers (loans, payments, savings) and by period closing.
SOURCES = ("disbursement", "payment", "fee", "late_fee", "payoff", "refund", "write_off", "savings", "opening",
           "manual", "reversal", "closing", "month_end",
           "restructure", "repossession", "recovery")  # collections (issue 15)


SOURCE_LABELS = {
    "disbursement": "Pencairan", "payment": "Pembayaran", "fee": "Biaya", "late_fee": "Denda",
    "payoff": "Pelunasan", "refund": "Pengembalian titipan", "write_off": "Hapus buku", "savings": "Simpanan",
    "opening": "Saldo awal",
    "manual": "Jurnal umum", "reversal": "Pembalikan", "closing": "Tutup buku", "month_end": "Akhir bulan",
    "restructure": "Restrukturisasi", "repossession": "Tarik unit", "recovery": "Penerimaan hapus buku",
}


CHART_SETTING = "ledger.chart"  # roles and default posting rules of the installed chart


class Account(BaseModel):
    """One account of the chart.  An account with children is a heading: it sums them and takes no postings."""

    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=120)
    type = CharField(max_length=12)  # asset | liability | equity | income | expense
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    is_control = BooleanField(default=False)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)

    @property
    def debit_normal(self) -> bool:
        return self.type in DEBIT_NORMAL

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


def debit_normal(account_type: str) -> bool:
    """True for asset and expense accounts, whose balance is debit minus credit."""
    return account_type in DEBIT_NORMAL


def account_by_code(code: str) -> Account:
    account = Account.get_or_none(Account.code == str(code))
    if account is None:
        raise NotFound(_("akun {code} tidak ada di bagan akun", code=code))
    return account


def chart_roles() -> dict:
    """The installed chart's named accounts (``cash``, ``loans_receivable``, ``year_end_result`` …)."""
    stored = get_setting(CHART_SETTING)
    if stored:
        return stored.get("roles", {})
    return chart_for_kind(_office_kind()).get("roles", {})


def _office_kind() -> str:
    office = Office.select().order_by(Office.id).first()
    return office.kind if office is not None else "leasing"


@dataclass(frozen=True)
class Line:
    """One line to post: an account (code, or the :class:`Account`) with a debit OR a credit."""

    account: str | Account
    debit: Decimal | int | str = ZERO
    credit: Decimal | int | str = ZERO
    memo: str = ""
    customer_id: int | None = None
    loan_id: int | None = None

    @property
    def code(self) -> str:
        return self.account.code if isinstance(self.account, Account) else str(self.account)


# ------------------------------------------------------------------------------------- shipped charts
CHART_DIR = Path(__file__).resolve().parents[2] / "resources" / "coa"


#: Office kinds → the chart file that serves them (a BPR books loans like a multifinance branch).
CHART_FILES = {"leasing": "multifinance.json", "bpr": "multifinance.json", "multifinance": "multifinance.json",
               "koperasi": "koperasi.json"}


@lru_cache(maxsize=None)
def _load_chart(filename: str) -> dict:
    with open(CHART_DIR / filename, encoding="utf-8") as fh:
        return json.load(fh)


def chart_for_kind(kind: str) -> dict:
    """The default chart (accounts, roles, posting rules) shipped for an office kind."""
    try:
        filename = CHART_FILES[kind]
    except KeyError:
        raise ValidationError(FieldError("kind", _("jenis kantor tidak dikenal: {kind}", kind=f"{kind!r}"))) from None
    return _load_chart(filename)


def descendant_ids(account: Account) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for aid, pid in Account.select(Account.id, Account.parent).tuples():
        children.setdefault(pid, []).append(aid)
    out, stack = [], [account.id]
    while stack:
        aid = stack.pop()
        out.append(aid)
        stack.extend(children.get(aid, []))
    return out
