"""Financial statements from the general ledger, as data: trial balance, general ledger, cash book, balance sheet,
income statement, and the journal listing behind ``main.py export journal``.

Every function returns a :class:`~reports.base.ReportTable` (rows of plain values, Decimals for money) that the
screen shows and ``reports/xlsx.py`` / ``reports/pdf.py`` print, so a figure is computed once and tested once.
Balances are SQL sums over integer sen (:func:`models.ledger.journals.account_totals`), never Python loops over lines.

Statement rows carry a ``"style"`` key (``heading``, ``account``, ``subtotal``, ``total``, ``memo`` — a line shown
for reading, never added into a total: loans gross / allowance / net on the balance sheet, the financing lines of
the income statement) so a screen can bold
the subtotal lines; renderers ignore keys that are not columns.

The income statement leaves out year-end closing journals (they move the result to equity and would otherwise
zero it); the balance sheet shows the result not yet closed as its own equity line, so it balances on any day.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.core.db import read_transaction
from models.core.money import ZERO, format_rupiah
from models.core.office import get_setting
from models.ledger.chart import ACCOUNT_TYPE_LABELS, CHART_SETTING, Account, chart_roles, descendant_ids
from models.ledger.journals import Journal, JournalLine, account_totals, signed_balance
from reports.base import Column, Kind, ReportTable

__all__ = ["trial_balance", "general_ledger", "cash_book", "balance_sheet", "income_statement",
           "journal_listing", "period_label"]


def _d(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def period_label(date_from: dt.date, date_to: dt.date) -> str:
    return f"Periode {_d(date_from)} s.d. {_d(date_to)}"


def _leaf_accounts() -> list[Account]:
    parents = {pid for (pid,) in Account.select(Account.parent).where(Account.parent.is_null(False)).tuples()}
    return [a for a in Account.select().order_by(Account.code) if a.id not in parents]


def _split(amount: Decimal, debit_side: bool) -> tuple[Decimal | None, Decimal | None]:
    """A signed balance (positive = on the account's normal side) as (debit, credit) columns."""
    if amount == ZERO:
        return None, None
    if (amount > 0) == debit_side:
        return abs(amount), None
    return None, abs(amount)


# ------------------------------------------------------------------------------------------ trial balance
@read_transaction()
def trial_balance(date_from: dt.date, date_to: dt.date) -> ReportTable:
    """Neraca saldo: per account the opening balance, the period's debits and credits, the closing balance.

    Returns:
        A table whose totals show equal debit and credit columns when the books balance.
    """
    opening = account_totals(date_to=date_from - dt.timedelta(days=1))
    movement = account_totals(date_from=date_from, date_to=date_to)
    rows = []
    sums = dict.fromkeys(("open_debit", "open_credit", "debit", "credit", "close_debit", "close_credit"), ZERO)
    for account in _leaf_accounts():
        od, oc = opening.get(account.id, (ZERO, ZERO))
        md, mc = movement.get(account.id, (ZERO, ZERO))
        if not (od or oc or md or mc):
            continue
        open_net = od - oc
        close_net = open_net + md - mc
        row = {"code": account.code, "name": account.name,
               "open_debit": open_net if open_net > 0 else None,
               "open_credit": -open_net if open_net < 0 else None,
               "debit": md or None, "credit": mc or None,
               "close_debit": close_net if close_net > 0 else None,
               "close_credit": -close_net if close_net < 0 else None}
        for key in sums:
            sums[key] += row[key] or ZERO
        rows.append(row)
    columns = (Column("code", "Kode", width=8), Column("name", "Nama Akun", width=34),
               Column("open_debit", "Saldo Awal Debit", Kind.MONEY), Column("open_credit", "Saldo Awal Kredit",
                                                                             Kind.MONEY),
               Column("debit", "Mutasi Debit", Kind.MONEY), Column("credit", "Mutasi Kredit", Kind.MONEY),
               Column("close_debit", "Saldo Akhir Debit", Kind.MONEY),
               Column("close_credit", "Saldo Akhir Kredit", Kind.MONEY))
    return ReportTable("Neraca Saldo", columns, rows, totals=dict(sums), subtitle=period_label(date_from, date_to))


# ----------------------------------------------------------------------------------------- general ledger
@read_transaction()
def general_ledger(account: Account | str, date_from: dt.date, date_to: dt.date, *, title: str = "Buku Besar",
                   debit_label: str = "Debit", credit_label: str = "Kredit") -> ReportTable:
    """Buku besar of one account (with its sub-accounts): opening balance, every line, running balance.

    The running balance is on the account's normal side (a Kas balance of Rp 5.000.000 reads positive).
    """
    account = account if isinstance(account, Account) else Account.get(Account.code == str(account))
    ids = descendant_ids(account)
    opening_d = opening_c = ZERO
    for aid, (d, c) in account_totals(date_to=date_from - dt.timedelta(days=1)).items():
        if aid in ids:
            opening_d, opening_c = opening_d + d, opening_c + c
    running = signed_balance(account.type, opening_d, opening_c)
    rows = [{"date": date_from, "number": "", "description": "Saldo awal", "reference": "", "debit": None,
             "credit": None, "balance": running}]
    query = (JournalLine.select(Journal.date, Journal.number, Journal.description, Journal.reference,
                                JournalLine.memo, JournalLine.debit, JournalLine.credit)
             .join(Journal)
             .where(JournalLine.account.in_(ids) & Journal.posted_at.is_null(False)
                    & (Journal.date >= date_from) & (Journal.date <= date_to))
             .order_by(Journal.date, Journal.id, JournalLine.line_no).tuples())
    total_d = total_c = ZERO
    for day, number, description, reference, memo, debit, credit in query:  # Decimal via MoneyField
        running += signed_balance(account.type, debit, credit)
        total_d += debit
        total_c += credit
        text = description if not memo else f"{description} ({memo})"
        rows.append({"date": day, "number": number, "description": text, "reference": reference,
                     "debit": debit or None, "credit": credit or None, "balance": running})
    columns = (Column("date", "Tanggal", Kind.DATE, width=11), Column("number", "No. Jurnal", width=15),
               Column("description", "Keterangan", width=40), Column("reference", "Referensi", width=18),
               Column("debit", debit_label, Kind.MONEY), Column("credit", credit_label, Kind.MONEY),
               Column("balance", "Saldo", Kind.MONEY))
    return ReportTable(title, columns, rows, totals={"debit": total_d, "credit": total_c, "balance": running},
                       subtitle=period_label(date_from, date_to),
                       meta=(("Akun", f"{account.code} {account.name}"),
                             ("Jenis", ACCOUNT_TYPE_LABELS.get(account.type, account.type))))


@read_transaction()
def cash_book(date_from: dt.date, date_to: dt.date, account: Account | str | None = None) -> ReportTable:
    """Buku kas: the cash account's ledger with receipts and payments (default: the chart's Kas)."""
    return general_ledger(account or chart_roles().get("cash", "1101"), date_from, date_to, title="Buku Kas",
                          debit_label="Penerimaan", credit_label="Pengeluaran")


# ------------------------------------------------------------------------------------ balance sheet / P&L
def _is_cooperative() -> bool:
    """Cooperatives call the result SHU (sisa hasil usaha); the installed chart says which kind we keep."""
    stored = get_setting(CHART_SETTING) or {}
    return stored.get("kind") == "koperasi"


def _section(rows: list, title: str, accounts: list[Account], totals: dict, subtotal_label: str) -> Decimal:
    rows.append({"code": "", "name": title, "amount": None, "style": "heading"})
    total = ZERO
    for account in accounts:
        d, c = totals.get(account.id, (ZERO, ZERO))
        amount = signed_balance(account.type, d, c)
        if amount == ZERO:
            continue
        rows.append({"code": account.code, "name": account.name, "amount": amount, "style": "account"})
        total += amount
    rows.append({"code": "", "name": subtotal_label, "amount": total, "style": "subtotal"})
    return total


_STATEMENT_COLUMNS = (Column("code", "Kode", width=8), Column("name", "Pos", width=46),
                      Column("amount", "Jumlah", Kind.MONEY, width=20))


@read_transaction()
def balance_sheet(as_of: dt.date) -> ReportTable:
    """Neraca at the end of ``as_of``: assets against liabilities and equity.

    Equity includes the result not yet closed into retained earnings (income − expense of open years), labelled
    *Laba (Rugi) Tahun Berjalan* or, for a cooperative, *SHU Tahun Berjalan (belum ditutup)*.  The totals line
    carries both sides; ``totals["difference"]`` is zero when the books balance.
    """
    totals = account_totals(date_to=as_of)
    leaves = _leaf_accounts()
    by_type = {t: [a for a in leaves if a.type == t] for t in ("asset", "liability", "equity", "income", "expense")}
    rows: list[dict] = []
    assets = _section(rows, "ASET", by_type["asset"], totals, "JUMLAH ASET")
    _loans_net_rows(rows, totals)
    liabilities = _section(rows, "LIABILITAS", by_type["liability"], totals, "Jumlah Liabilitas")
    equity = _section(rows, "EKUITAS", by_type["equity"], totals, "Jumlah Ekuitas")
    result = ZERO
    for account in by_type["income"] + by_type["expense"]:
        d, c = totals.get(account.id, (ZERO, ZERO))
        result += c - d
    label = "SHU Tahun Berjalan (belum ditutup)" if _is_cooperative() else "Laba (Rugi) Tahun Berjalan"
    # The unclosed result belongs to equity: insert it before the equity subtotal and add it there.
    rows.insert(len(rows) - 1, {"code": "", "name": label, "amount": result, "style": "account"})
    rows[-1]["amount"] = equity + result
    claims = liabilities + equity + result
    rows.append({"code": "", "name": "JUMLAH LIABILITAS DAN EKUITAS", "amount": claims, "style": "total"})
    return ReportTable("Neraca", _STATEMENT_COLUMNS, rows, subtitle=f"Per {_d(as_of)}",
                       meta=(("Jumlah aset", format_rupiah(assets)),
                             ("Jumlah liabilitas dan ekuitas", format_rupiah(claims))),
                       totals={"name": "Selisih (harus nol)", "amount": assets - claims})


def _role_amount(totals: dict, codes) -> Decimal:
    """Sum of the accounts with these codes on their normal side (codes missing from the chart count zero)."""
    accounts = {a.code: a for a in Account.select().where(Account.code.in_([str(c) for c in codes if c]))}
    amount = ZERO
    for account in accounts.values():
        d, c = totals.get(account.id, (ZERO, ZERO))
        amount += signed_balance(account.type, d, c)
    return amount


def loans_gross_net(totals: dict) -> tuple[Decimal, Decimal, Decimal]:
    """Loans on the balance sheet (issue 14): gross carrying amount (principal + accrued interest − deferred
    fees), the allowance for losses (positive), and net = gross − allowance."""
    roles = chart_roles()
    gross = _role_amount(totals, [roles.get("loans_receivable"), roles.get("accrued_interest"),
                                  roles.get("deferred_fees")])
    allowance = -_role_amount(totals, [roles.get("loss_allowance")])
    return gross, allowance, gross - allowance


def _loans_net_rows(rows: list, totals: dict) -> None:
    """Three memo lines before the assets total: loans gross, allowance (CKPN), net (not added to the total)."""
    gross, allowance, net = loans_gross_net(totals)
    if gross == ZERO and allowance == ZERO:
        return
    memo = [{"code": "", "name": "Piutang pembiayaan bruto (pokok + bunga akrual − pendapatan ditangguhkan)",
             "amount": gross, "style": "memo"},
            {"code": "", "name": "Cadangan kerugian penurunan nilai (CKPN)", "amount": -allowance, "style": "memo"},
            {"code": "", "name": "Piutang pembiayaan neto", "amount": net, "style": "memo"}]
    rows[len(rows) - 1:len(rows) - 1] = memo


#: Lines the income statement shows beside the accounts (issue 14): chart role or event → label.
FINANCING_LINES = (("interest_accrual", "credit", "Pendapatan bunga (metode suku bunga efektif)"),
                   ("fee_amortisation", "credit", "Amortisasi provisi dan administrasi"),
                   ("loss_allowance", "debit", "Beban kerugian penurunan nilai (CKPN)"),
                   ("recovery", "credit", "Pemulihan piutang yang telah dihapus buku"),
                   ("modification_gain", "credit", "Laba (rugi) modifikasi pinjaman (restrukturisasi)"))


def financing_lines(totals: dict) -> list[tuple[str, Decimal]]:
    """The figures an auditor reads first: effective interest income, fee amortisation, impairment expense,
    recoveries and the modification result of restructured loans (PSAK 71 ¶5.4.3; a loss shows negative), each
    the balance of the account the office's posting rules name for that event."""
    from models.ledger.posting_rules import default_mapping

    mapping = default_mapping()
    out = []
    for event, side, label in FINANCING_LINES:
        rule = mapping.get(event)
        if not rule:
            continue
        out.append((label, _role_amount(totals, [rule[side]])))
    return out




@read_transaction()
def income_statement(date_from: dt.date, date_to: dt.date) -> ReportTable:
    """Laba rugi (perhitungan hasil usaha for a cooperative) for a period, closing journals left out.

    ``totals["amount"]`` is the net result: income − expense.
    """
    totals = account_totals(date_from=date_from, date_to=date_to, exclude_sources=("closing",))
    leaves = _leaf_accounts()
    rows: list[dict] = []
    income = _section(rows, "PENDAPATAN", [a for a in leaves if a.type == "income"], totals, "Jumlah Pendapatan")
    expense = _section(rows, "BEBAN", [a for a in leaves if a.type == "expense"], totals, "Jumlah Beban")
    cooperative = _is_cooperative()
    title = "Perhitungan Hasil Usaha" if cooperative else "Laporan Laba Rugi"
    label = "SISA HASIL USAHA" if cooperative else "LABA (RUGI) BERSIH"
    lines = [(name, amount) for name, amount in financing_lines(totals) if amount != ZERO]
    if lines:
        rows.append({"code": "", "name": "RINCIAN PEMBIAYAAN (PSAK 71 / SAK EP)", "amount": None, "style": "heading"})
        rows.extend({"code": "", "name": name, "amount": amount, "style": "memo"} for name, amount in lines)
    return ReportTable(title, _STATEMENT_COLUMNS, rows, subtitle=period_label(date_from, date_to),
                       totals={"name": label, "amount": income - expense})


# -------------------------------------------------------------------------------------------- journal list
JOURNAL_COLUMNS = (
    Column("date", "Tanggal", Kind.DATE, width=11), Column("number", "No. Jurnal", width=15),
    Column("account_code", "Kode Akun", width=9), Column("account_name", "Nama Akun", width=32),
    Column("debit", "Debit", Kind.MONEY), Column("credit", "Kredit", Kind.MONEY),
    Column("description", "Keterangan", width=40), Column("reference", "Referensi", width=18),
)


@read_transaction()
def journal_listing(date_from: dt.date, date_to: dt.date) -> ReportTable:
    """Every posted journal line dated in the period, in journal order: the export for auditors and Excel."""
    query = (JournalLine.select(Journal.date, Journal.number, Account.code, Account.name, JournalLine.debit,
                                JournalLine.credit, Journal.description, Journal.reference, JournalLine.memo)
             .join(Journal).switch(JournalLine).join(Account)
             .where(Journal.posted_at.is_null(False) & (Journal.date >= date_from) & (Journal.date <= date_to))
             .order_by(Journal.date, Journal.id, JournalLine.line_no).tuples())
    rows = []
    total_d = total_c = ZERO
    for day, number, code, name, debit, credit, description, reference, memo in query:
        
        total_d += debit
        total_c += credit
        rows.append({"date": day, "number": number, "account_code": code, "account_name": name,
                     "debit": debit, "credit": credit,
                     "description": description if not memo else f"{description} ({memo})",
                     "reference": reference})
    return ReportTable("Daftar Jurnal", JOURNAL_COLUMNS, rows, subtitle=period_label(date_from, date_to),
                       totals={"debit": total_d, "credit": total_c})
