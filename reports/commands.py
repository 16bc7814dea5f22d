"""Command-line handlers ``main.py export …`` and ``main.py print …`` (never import Qt).

``export journal`` and ``export trial-balance`` are the ledger's; the other kinds (customers, audit, loans) and
every ``print`` document are dispatched to functions their modules add to :data:`EXPORTERS` and
:data:`PRINTERS` ("module:function", taking ``args`` and returning an exit code).  Until a module is delivered
its entry is missing and the command says so plainly, with exit code 2.
"""
from __future__ import annotations

import datetime as dt
import importlib
import sys
from pathlib import Path

#: export kind -> "module:function"; each takes the parsed args and returns an exit code.
EXPORTERS: dict[str, str] = {
    "journal": "reports.commands:export_journal",
    "trial-balance": "reports.commands:export_trial_balance",
    "customers": "reports.commands:export_customers",
    "audit": "reports.audit_report:export_audit_command",
    "loans": "reports.loan_book:export_loans_command",
    "monthly": "reports.monthly_pack:export_monthly_command",
}
#: print document -> "module:function".
PRINTERS: dict[str, str] = {
    "contract": "reports.application_pdf:print_contract_command",
    "quote": "reports.quote_pdf:quote_command",
    "receipt": "reports.receipt_pdf:print_receipt_command",
    "cash-report": "reports.cash_report:print_cash_report_command",
    "statement": "reports.loan_statement:print_statement_command",
}

SUFFIXES = (".xlsx", ".csv")


def _fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr, flush=True)
    return code


def _dispatch(table: dict[str, str], what: str, args, verb: str) -> int:
    target = table.get(what)
    if target is None:
        return _fail(f"'{verb} {what}' is not available yet in this version of Angsur")
    module_name, func_name = target.split(":")
    return int(getattr(importlib.import_module(module_name), func_name)(args) or 0)


def export_command(args) -> int:
    """``main.py --db FILE export WHAT --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|FILE.csv``."""
    return _dispatch(EXPORTERS, args.what, args, "export")


def print_command(args) -> int:
    """``main.py --db FILE print WHAT … --out FILE.pdf``."""
    return _dispatch(PRINTERS, args.what, args, "print")


def parse_period(args) -> tuple[dt.date, dt.date]:
    """``--from``/``--to`` as dates; default: from 1 January of ``--to``'s year to today.

    Raises:
        ValueError: with a message naming the bad option.
    """
    def parse(text: str | None, option: str) -> dt.date | None:
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{option}: '{text}' is not a date (use YYYY-MM-DD)") from None

    date_to = parse(getattr(args, "date_to", None), "--to") or dt.date.today()
    date_from = parse(getattr(args, "date_from", None), "--from") or date_to.replace(month=1, day=1)
    if date_from > date_to:
        raise ValueError("--from must not be after --to")
    return date_from, date_to


def write_table(table, out: str, progress=None) -> Path:
    """Write a ReportTable to ``out`` as .xlsx (with the office letterhead) or .csv, by its suffix.

    ``progress`` (a :class:`models.core.progress.Progress`) hears of the rows written and may cancel; the file is
    written beside ``out`` and moved over it, so a cancel leaves the previous file.
    """
    from reports.quote_pdf import office_letterhead
    from reports.xlsx import write_csv, write_xlsx

    path = Path(out)
    if path.suffix.lower() == ".csv":
        return write_csv(table, path, progress=progress)
    return write_xlsx(table, path, letterhead=office_letterhead(), progress=progress)


def _export(args, build) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in SUFFIXES:
        return _fail(f"--out: '{args.out}' must end in .xlsx or .csv")
    try:
        date_from, date_to = parse_period(args)
    except ValueError as exc:
        return _fail(str(exc))
    table = build(date_from, date_to)
    try:
        write_table(table, str(out))
    except OSError as exc:
        return _fail(f"cannot write {out}: {exc.strerror or exc}", 1)
    print(f"{len(table.rows)} rows written to {out}")
    return 0


def export_journal(args) -> int:
    """One row per posted journal line in the period: date, number, account, debit, credit, text, reference."""
    from reports.statements import journal_listing

    return _export(args, journal_listing)


def export_trial_balance(args) -> int:
    from reports.statements import trial_balance

    return _export(args, trial_balance)


def export_customers(args) -> int:
    """``main.py --db F export customers --out F.xlsx --user USERNAME``: personal data, so audited and
    limited to roles with ``customer.export``."""
    from models.core.users import get_user
    from models.customers.customer_import import export_customers as export

    if not getattr(args, "user", None):
        return _fail("--user: exporting customers' personal data needs the user who exports it (customer.export)")
    if not str(args.out).lower().endswith(".xlsx"):
        return _fail("--out: customers are exported to an .xlsx file (the import template's layout)")
    count = export(get_user(args.user), args.out)
    print(f"{count} customers written to {args.out}")
    return 0
