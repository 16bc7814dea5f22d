#!/usr/bin/env python3
"""Angsur — desk application for Indonesian credit offices (leasing, BPR, koperasi simpan pinjam).

``main.py`` only parses arguments, opens the database and runs a sub-command or starts the Qt application.
Sub-commands never import Qt; each handler lives in ``models/`` or ``reports/`` and is imported only when its
command runs, so ``main.py check`` starts in a fraction of a second.
"""
from __future__ import annotations

import argparse
import importlib
import sys

VERSION = "0.1.0"

# command -> "module:function" (or, for a command with a WHAT argument, WHAT -> "module:function").  Each
# handler takes the parsed args and returns an exit code.
HANDLERS: dict[str, str | dict[str, str]] = {
    "demo": "models.demo.build:demo_command",
    "check": "models.core.commands:check_command",
    "schedule": "models.products.loanmath:schedule_command",
    "export": "reports.commands:export_command",
    "print": "reports.commands:print_command",
    "import": {"customers": "models.customers.customer_import:import_command",
               "loans": "models.loans.loan_import:import_command",
               "opening": "models.ledger.opening_balance:import_command"},
    "backup": "models.core.backup:backup_command",
    "restore": "models.core.backup:restore_command",
    "figures": "models.cashier.figures:figures_command",
    "month-end": "models.accounting.month_end:month_end_command",
    "letters": "reports.collections_pdf:letters_command",
    "savings": "reports.savings_commands:savings_command",
}
# Commands that must not open (and migrate) the database before their handler runs.
NO_DB = {"schedule", "restore", "check"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Angsur: nasabah, pengajuan kredit, angsuran, kasir, buku besar. Without a command the "
                    "desktop application starts.")
    parser.add_argument("--db", metavar="FILE|URL",
                        help="database: a file path, sqlite:///path or postgresql://user@host/db "
                             "(default: angsur.db in your data folder)")
    parser.add_argument("--lang", choices=["id", "en"], default=None,
                        help="user-interface language (default: Indonesian)")
    parser.add_argument("--version", action="version", version=f"Angsur {VERSION}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="build a believable demo office in an empty database")
    p.add_argument("--customers", type=int, default=300, metavar="N", help="number of customers (default 300)")
    p.add_argument("--seed", type=int, default=2026, metavar="S", help="random seed (same seed, same office)")
    p.add_argument("--kind", default="leasing", choices=["leasing", "bpr", "cooperative", "koperasi"],
                   help="office kind (default leasing; cooperative: members, savings, SHU)")

    p = sub.add_parser("check", help="integrity check and every accounting invariant; exit 1 on any failure")
    p.add_argument("--anchor", action="append", metavar="FILE|SEQ:HASH",
                   help="verify the audit chain against a head kept outside the database (a backup's .anchor "
                        "file, the head printed on the cash report); may be repeated")

    p = sub.add_parser("schedule", help="print an installment schedule")
    p.add_argument("--method", required=True, help="flat | annuity | equal-principal")
    p.add_argument("--principal", required=True, metavar="AMOUNT")
    p.add_argument("--rate", required=True, metavar="ANNUAL_PCT")
    p.add_argument("--tenor", required=True, metavar="N")
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--frequency", default="monthly", help="monthly | weekly | biweekly")
    p.add_argument("--rounding", default="sen", help="sen | 0 | 100 | 1000")
    p.add_argument("--grace", default="0", metavar="N", help="interest-only periods at the start")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("export", help="export data to Excel or CSV")
    p.add_argument("what", choices=["journal", "customers", "audit", "trial-balance", "loans", "monthly"])
    p.add_argument("--month", metavar="YYYY-MM", help="monthly: the closed month to report")
    p.add_argument("--branch", metavar="CODE", help="monthly: one branch (default the whole office)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--out", required=True, metavar="FILE", help=".xlsx or .csv")
    p.add_argument("--user", metavar="USERNAME", help="who exports (personal data exports are audited)")

    p = sub.add_parser("print", help="print a document to PDF")
    p.add_argument("what", choices=["receipt", "contract", "quote", "cash-report", "statement"])
    p.add_argument("--number", metavar="N", help="receipt or contract number")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="cash-report: the day (default today)")
    p.add_argument("--cashier", metavar="USERNAME", help="cash-report: one cashier (default: the whole branch)")
    p.add_argument("--copy", action="store_true", help="receipt: print as a copy (SALINAN)")
    p.add_argument("--product", metavar="CODE", help="quote: product code (KM, KMB, KMK, PA …)")
    p.add_argument("--otr", metavar="AMOUNT", help="quote: on-the-road price")
    p.add_argument("--dp", metavar="AMOUNT|PCT%", help="quote: down payment, an amount or a percentage")
    p.add_argument("--vehicle", choices=["two_wheel", "four_wheel"], help="quote: vehicle type")
    p.add_argument("--tenors", metavar="12,24,36", help="quote: tenors to compare")
    p.add_argument("--loan", metavar="CONTRACT", help="statement: one loan by contract number")
    p.add_argument("--officer", metavar="USERNAME", help="statement: every active loan of one officer")
    p.add_argument("--region", metavar="CODE", help="statement: active loans of customers in a region (32.73)")
    p.add_argument("--all", action="store_true", help="statement: every active loan")
    p.add_argument("--out", required=True, metavar="FILE.pdf")

    p = sub.add_parser("import", help="import customers, an existing loan book or opening balances from Excel")
    p.add_argument("what", choices=["customers", "loans", "opening"])
    p.add_argument("--date", metavar="YYYY-MM-DD", help="opening: the cut-over date of the trial balance")
    p.add_argument("file", nargs="?", metavar="FILE.xlsx")
    p.add_argument("--template", metavar="FILE.xlsx", help="write the import template instead")
    p.add_argument("--errors", metavar="FILE.xlsx", help="where to write the error report (default: beside FILE)")
    p.add_argument("--user", metavar="USERNAME", help="who imports (default: the system)")
    p.add_argument("--update-existing", action="store_true",
                   help="apply changed rows to customers that already exist (matched on NIK)")
    p.add_argument("--confirm-warnings", action="store_true",
                   help="accept NIKs whose birth date or gender disagrees with the row (a warning, not an error)")

    p = sub.add_parser("figures", help="month-end run of advances, sen-residue adjustment, holiday calendar")
    p.add_argument("action", choices=["apply-advances", "settle-residues", "seed-holidays"])
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the run's date (default today)")
    p.add_argument("--years", metavar="2026,2027", help="seed-holidays: the years (default this and next)")
    p.add_argument("--user", required=True, metavar="USERNAME", help="who runs it (permissions apply)")

    p = sub.add_parser("month-end", help="month-end close: advances, accruals, non-accrual, allowance, checks, close")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--user", metavar="USERNAME", help="who closes (default: the first active accountant)")
    p.add_argument("--preview", action="store_true", help="show each step's figures and journal, post nothing")
    p.add_argument("--no-close", action="store_true", help="run the steps but leave the month open")

    p = sub.add_parser("letters", help="issue the warning letters due (SP1-SP3, somasi) and print them to one PDF")
    p.add_argument("--user", required=True, metavar="USERNAME", help="who issues them (needs letter.issue)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the letters' date (default today)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")

    p = sub.add_parser("savings", help="cooperative: month-end interest, tax slips, statements, RAT pack, SHU, wajib arrears")
    p.add_argument("what", choices=["interest", "slips", "statement", "rat", "shu", "passbook-test", "arrears",
                                      "distribute-shu"])
    p.add_argument("--period-end", metavar="YYYY-MM-DD", help="interest, slips: a day of the month")
    p.add_argument("--user", metavar="USERNAME", help="interest: who runs month-end; distribute-shu: who posts")
    p.add_argument("--member", metavar="AGT-…|all", help="statement: one member number or all")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", "--date", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--year", metavar="YYYY", help="rat, shu, distribute-shu: the financial year")
    p.add_argument("--mode", choices=["credit", "payable"], help="distribute-shu: to sukarela, or paid at the counter")
    p.add_argument("--out", metavar="FILE", help=".pdf, or .xlsx for rat and shu")

    p = sub.add_parser("backup", help="consistent online backup of the database")
    p.add_argument("--out", required=True, metavar="FILE")

    p = sub.add_parser("restore", help="replace the database with a verified backup (the old file is kept)")
    p.add_argument("--from", dest="source", required=True, metavar="FILE")
    p.add_argument("--anchor", action="append", metavar="FILE|SEQ:HASH",
                   help="refuse a backup whose audit chain does not reach this head (may be repeated)")
    return parser


def run_command(args: argparse.Namespace) -> int:
    target = HANDLERS[args.command]
    if isinstance(target, dict):
        if args.what not in target:
            print(f"error: cannot {args.command} '{args.what}'", file=sys.stderr)
            return 2
        target = target[args.what]
    module_name, func_name = target.split(":")
    if args.command not in NO_DB:
        from models.core.db import open_database
        from models.core.errors import DomainError

        try:
            open_database(args.db)
            # A file made by an older version gets the data upgrades it is owed (sen residues made payable …).
            from models.setup.upgrades import run_pending

            for line in run_pending():
                print(f"upgrade: {line}", file=sys.stderr)
        except DomainError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return 1
        except Exception as exc:  # noqa: BLE001 - see below: database errors become messages
            from models.core.db import describe_database_error, is_database_error

            if not is_database_error(exc):
                raise
            print(f"error: {describe_database_error(exc)}", file=sys.stderr)
            return 1
    handler = getattr(importlib.import_module(module_name), func_name)
    from models.core.db import describe_database_error, is_database_error
    from models.core.errors import DomainError

    try:
        return int(handler(args) or 0)
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except Exception as exc:  # a damaged file or a lost server: the file, what went wrong, what to do
        if not is_database_error(exc):
            raise
        print(f"error: {describe_database_error(exc)}", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from ui.shell.app import run_gui  # Qt is imported only here

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
