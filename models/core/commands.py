"""Command-line handlers that belong to no single domain module (``check``)."""
from __future__ import annotations

import sys
from pathlib import Path

from models.core.errors import DomainError


def check_command(args) -> int:
    """``main.py --db FILE check``: one line per check, exit 1 if any fails (never a traceback)."""
    from models.core.checks import run_checks
    from models.core.db import open_database, parse_target

    kind, location = parse_target(args.db)
    if kind == "sqlite":
        from pathlib import Path

        if location != ":memory:" and not Path(location).exists():
            print(f"FAIL  open database: {location} does not exist")
            return 1
    from models.core import integrity_checks

    anchors = []
    for spec in getattr(args, "anchor", None) or []:
        try:
            anchors += integrity_checks.load_anchor(spec)
        except ValueError as exc:
            print(f"FAIL  anchor: {exc}")
            return 1
    try:
        open_database(args.db, migrate=False)
    except DomainError as exc:
        print(f"FAIL  open database: {exc.message}")
        return 1
    except Exception as exc:  # sqlite3/psycopg2 errors on a damaged file: a FAIL line, no traceback (issue 19)
        from models.core.db import describe_database_error, is_database_error

        if not is_database_error(exc):
            raise
        print(f"FAIL  open database: {describe_database_error(exc, location)}")
        return 1
    from models.core.progress import terminal

    with integrity_checks.anchored(anchors):
        results = run_checks(progress=terminal("check"))
    failed = print_results(results)
    try:  # the head to note down (or compare with the cash report): an anchor for a later check --anchor
        from models.core.audit import chain_head

        seq, digest = chain_head()
        print(f"audit head: #{seq} {str(digest)[:16]}")
    except Exception as exc:  # noqa: BLE001 - a damaged head is already a FAIL line above
        from models.core.db import is_database_error

        if not is_database_error(exc):
            raise
    print(f"{failed} failed" if failed else "all checks passed")
    sys.stdout.flush()
    return 1 if failed else 0


def print_results(results) -> int:
    """Print ``check``'s lines: ok, skip, or FAIL with its problems.  Identical problem lines are printed once
    with a count: on a damaged file one cause ("the file is damaged …") fails many checks, and eleven copies of
    one line hid what else was wrong.

    Returns:
        How many checks failed.
    """
    from collections import Counter

    failing = [r for r in results if not r.skipped and not r.ok]
    by_problems: dict[tuple, list[str]] = {}
    for result in failing:
        by_problems.setdefault(tuple(result.problems), []).append(result.name)
    printed: set[tuple] = set()
    for result in results:
        if result.skipped:
            print(f"skip  {result.name}: {result.skipped}")
            continue
        if result.ok:
            print(f"ok    {result.name}")
            continue
        key = tuple(result.problems)
        names = by_problems[key]
        if key in printed:
            continue  # printed with the first check it failed
        printed.add(key)
        if len(names) > 1:
            print(f"FAIL  {result.name} (and {len(names) - 1} more checks failing the same way: "
                  f"{'; '.join(names[1:])})")
        else:
            print(f"FAIL  {result.name}")
        counts = Counter(result.problems)
        distinct = list(dict.fromkeys(result.problems))
        for problem in distinct[:10]:
            times = counts[problem] * len(names)
            print(f"        - {problem}" + (f" (×{times})" if times > 1 else ""))
        if len(distinct) > 10:
            print(f"        … and {len(distinct) - 10} more")
    return len(failing)


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
