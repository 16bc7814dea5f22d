"""``main.py savings …``: the cooperative's month-end and year-end tasks from the command line (never imports Qt).

* ``savings interest --period-end YYYY-MM-DD [--user USERNAME]`` — credit the month's interest (idempotent: a
  second run for the same month reports the first);
* ``savings slips --period-end YYYY-MM-DD --out FILE.pdf`` — the month's withholding slips (also at 0 %);
* ``savings statement --member AGT-000001|all --from … --to … --out FILE.pdf`` — member statements;
* ``savings rat --year Y --out FILE.xlsx|FILE.pdf`` — the RAT pack;
* ``savings shu --year Y --out FILE.xlsx`` — the SHU split and the per-member table;
* ``savings passbook-test --out FILE.pdf`` — the passbook alignment test line with the office's geometry;
* ``savings arrears [--to YYYY-MM-DD] --out FILE.xlsx|FILE.pdf`` — members behind on simpanan wajib;
* ``savings distribute-shu --year Y --date YYYY-MM-DD [--mode credit|payable] --user USERNAME`` — post the SHU
  the RAT approved (the accountant or manager).
"""
from __future__ import annotations

import datetime as dt
import sys


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr, flush=True)
    return 2


def _date(text: str | None, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text or "")
    except ValueError:
        raise ValueError(f"{name}: a date YYYY-MM-DD") from None


def savings_command(args) -> int:
    from models.core.errors import DomainError

    try:
        return _run(args)
    except (DomainError, ValueError) as exc:
        return _fail(getattr(exc, "message", None) or str(exc))


def _run(args) -> int:
    what = args.what
    if what == "interest":
        from models.core.users import User
        from models.savings.savings import credit_monthly_interest

        user = User.get_or_none(User.username == args.user) if args.user else None
        if args.user and user is None:
            return _fail(f"no user {args.user!r}")
        result = credit_monthly_interest(user, _date(args.period_end, "--period-end"))
        state = "already credited" if result.replayed else "credited"
        print(f"{result.period_end:%m/%Y}: {state}: {result.accounts} accounts, interest {result.gross}, "
              f"tax withheld {result.tax}, journals {', '.join(result.journals) or '-'}")
        return 0
    if what == "distribute-shu":
        from models.core.users import User
        from models.savings.shu import distribute_shu

        user = User.get_or_none(User.username == (args.user or ""))
        if user is None:
            return _fail("--user USERNAME: the accountant or manager who posts the SHU")
        if not args.year:
            return _fail("--year YYYY is required")
        dist = distribute_shu(user, int(args.year), _date(args.date_to, "--date"), args.mode or "credit")
        print(f"SHU {dist.year}: {dist.pool} distributed ({dist.mode}), {dist.shares.count()} members, "
              f"journal {dist.journal.number}")
        return 0
    if not args.out:
        return _fail("--out FILE is required")
    if what == "slips":
        from models.savings.savings import tax_slips
        from reports.savings_pdf import write_tax_slips_pdf

        write_tax_slips_pdf(tax_slips(_date(args.period_end, "--period-end")), args.out)
    elif what == "statement":
        from models.savings.savings import Member
        from reports.savings_pdf import write_member_statements_pdf

        if not args.member:
            return _fail("--member AGT-… or --member all")
        members = list(Member.select().order_by(Member.seq)) if args.member == "all" else \
            list(Member.select().where(Member.member_no == args.member))
        if not members:
            return _fail(f"no member {args.member!r}")
        today = dt.date.today()
        write_member_statements_pdf(members, _date(args.date_from, "--from") if args.date_from else
                                    today.replace(month=1, day=1),
                                    _date(args.date_to, "--to") if args.date_to else today, args.out)
    elif what == "rat":
        from reports.savings_pdf import write_rat_pack

        write_rat_pack(int(args.year), args.out)
    elif what == "shu":
        from reports.savings_pdf import write_shu_xlsx

        write_shu_xlsx(int(args.year), args.out)
    elif what == "arrears":
        from reports.quote_pdf import office_letterhead
        from reports.savings_reports import wajib_arrears_table

        table = wajib_arrears_table(_date(args.date_to, "--to") if args.date_to else dt.date.today())
        if args.out.lower().endswith(".xlsx"):
            from reports.xlsx import write_xlsx

            write_xlsx(table, args.out, letterhead=office_letterhead())
        else:
            from reports.pdf import write_pdf

            write_pdf(table, args.out, letterhead=office_letterhead())
    elif what == "passbook-test":
        from models.savings.passbook import geometry
        from reports.savings_pdf import write_passbook_test_pdf

        write_passbook_test_pdf(geometry(), args.out)
    print(args.out)
    return 0
