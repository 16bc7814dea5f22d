"""``main.py import customers|loans|opening``: dispatch to the importer of each kind, loaded only when used."""
from __future__ import annotations

import importlib
import sys


def import_command(args) -> int:
    """Run ``main.py import WHAT [FILE] [--template F] [--errors F] [--user U]``.

    Returns:
        The exit code: 0 done, 1 refused (errors reported), 2 not available or bad arguments.
    """
    if args.what == "customers":
        from models.customer_import import import_command as run

        return run(args)
    if args.what == "loans":
        try:
            module = importlib.import_module("models.loan_import")
        except ModuleNotFoundError as exc:
            if exc.name != "models.loan_import":
                raise
            print("error: importing an existing loan book is not available yet in this version",
                  file=sys.stderr)
            return 2
        return int(module.import_command(args) or 0)
    if args.what == "opening":
        from models.opening_balance import import_command as run

        return run(args)
    print(f"error: cannot import '{args.what}'", file=sys.stderr)
    return 2
