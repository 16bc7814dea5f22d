"""Command-line handlers that belong to no single domain module (``check``)."""
from __future__ import annotations

import sys
from pathlib import Path

from models.errors import DomainError


def check_command(args) -> int:
    """``main.py --db FILE check``: one line per check, exit 1 if any fails (never a traceback)."""
    from models.db import open_database, parse_target
    from models.checks import run_checks

    kind, location = parse_target(args.db)
    if kind == "sqlite":
        from pathlib import Path

        if location != ":memory:" and not Path(location).exists():
            print(f"FAIL  open database: {location} does not exist")
            return 1
    try:
        open_database(args.db, migrate=False)
    except DomainError as exc:
        print(f"FAIL  open database: {exc.message}")
        return 1
    from models.progress import terminal

    failed = 0
    for result in run_checks(progress=terminal("check")):
        if result.skipped:
            print(f"skip  {result.name}: {result.skipped}")
        elif result.ok:
            print(f"ok    {result.name}")
        else:
            failed += 1
            print(f"FAIL  {result.name}")
            for problem in result.problems[:10]:
                print(f"        - {problem}")
            if len(result.problems) > 10:
                print(f"        … and {len(result.problems) - 10} more")
    print(f"{failed} failed" if failed else "all checks passed")
    sys.stdout.flush()
    return 1 if failed else 0


def import_source(args, write_template) -> Path | int:
    """The common start of ``main.py import customers|loans``: write the template when ``--template`` is given,
    else the workbook to import.

    Returns:
        The workbook's path, or the exit code to return (0 after writing the template, 2 with the reason on
        stderr when no usable file was given).
    """
    if getattr(args, "template", None):
        write_template(args.template)
        print(f"template written to {args.template}")
        return 0
    if not args.file:
        print("error: give the .xlsx file to import, or --template FILE.xlsx", file=sys.stderr)
        return 2
    source = Path(args.file)
    if not source.exists():
        print(f"error: {source} does not exist", file=sys.stderr)
        return 2
    return source
