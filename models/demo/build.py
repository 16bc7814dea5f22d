"""The demo office: a believable branch built deterministically from a seed.

``main.py --db FILE demo`` (and the GUI's "Buat data contoh" on an empty database) call :func:`build_demo`.
The office is built by steps, one per domain module, in dependency order: the core step here makes the office,
its branch and its staff; later steps (customers, products, applications, loans with 24 months of payment
history, savings, journals) live beside the code they exercise and are listed in :data:`DEMO_STEPS`.

Everything random comes from one ``random.Random(seed)`` and one Faker seeded from it, and "today" is fixed by
the caller, so the same seed gives the same office (tests rely on that).
"""
from __future__ import annotations

import datetime as dt
import importlib
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from models.core.office import Branch, Office, has_office, put_setting
from models.core.users import Role, User, create_user, system_context

# The password of every demo user, documented in the README.  Demo databases only: the first-run wizard
# of a real office asks for the administrator's own password and there is no default anywhere else.
DEMO_PASSWORD = "angsur-demo"

DEMO_STAFF = [
    # username, full name, role, area, officer code
    ("admin", "Rina Administrator", Role.ADMIN, "", ""),
    ("manajer", "Bambang Hartono", Role.MANAGER, "", ""),
    ("kacab", "Sri Wahyuni", Role.SUPERVISOR, "Kota Bandung", "SPV01"),
    ("spv", "Agus Setiawan", Role.SUPERVISOR, "Kabupaten Bandung", "SPV02"),
    ("cmo1", "Dedi Kurniawan", Role.OFFICER, "Bandung Timur", "CMO01"),
    ("cmo2", "Yuni Lestari", Role.OFFICER, "Bandung Barat", "CMO02"),
    ("ao1", "Hendra Saputra", Role.OFFICER, "Cimahi", "AO01"),
    ("kasir", "Putri Anggraini", Role.CASHIER, "", ""),
    ("kasir2", "Rudi Hidayat", Role.CASHIER, "", ""),
    ("kolektor", "Joko Susilo", Role.COLLECTOR, "Bandung Timur", "COL01"),
    ("akuntan", "Maya Sari", Role.ACCOUNTANT, "", ""),
]


@dataclass
class DemoContext:
    """What every demo step shares: the seed, the clock, and what earlier steps made."""

    seed: int
    customers: int
    today: dt.date
    rng: random.Random
    kind: str = "leasing"  # the office kind: leasing | bpr | koperasi (main.py demo --kind)
    office: Office | None = None
    branch: Branch | None = None
    users: dict[str, User] = field(default_factory=dict)
    made: dict[str, Any] = field(default_factory=dict)  # step results other steps may use
    log: Callable[[str], None] = print

    _faker: Any = None

    @property
    def faker(self):
        if self._faker is None:
            from faker import Faker

            self._faker = Faker("id_ID")
            self._faker.seed_instance(self.seed)
        return self._faker

    def staff(self, role: Role) -> list[User]:
        return [u for u in self.users.values() if u.role == role.value]


def build_core(ctx: DemoContext) -> None:
    """The office, its branch, the settings, and the staff."""
    from models.core.db import run_in_transaction

    def make():
        name = "Koperasi Simpan Pinjam Mitra Sejahtera" if ctx.kind == "koperasi" else "PT Angsur Mitra Finance"
        ctx.office = Office.create(name=name, kind=ctx.kind,
                                   address="Jl. Soekarno-Hatta No. 123, Bandung 40286", phone="022-7561234",
                                   npwp="0012345678901000")
        ctx.branch = Branch.create(code="BDG", name="Cabang Bandung",
                                   address="Jl. Soekarno-Hatta No. 123, Bandung 40286", phone="022-7561234")
        put_setting("office.demo", True)

    run_in_transaction(make)
    with system_context():
        for username, full_name, role, area, code in DEMO_STAFF:
            ctx.users[username] = create_user(None, username, full_name, role, DEMO_PASSWORD, branch=ctx.branch,
                                              area=area, officer_code=code)
    ctx.log(f"office '{ctx.office.name}', branch {ctx.branch.code}, {len(ctx.users)} staff")


# Steps in dependency order: "module:function".  A step takes the DemoContext.
DEMO_STEPS: list[str] = [
    "models.demo.build:build_core",
    "models.demo.ledger:build_demo",        # chart of accounts, paid-in capital, running costs
    "models.demo.products:build_demo",      # the three office kinds' default products
    "models.demo.customers:build_demo",     # customers, dealers with salespeople, follow-ups
    "models.demo.applications:build_demo",  # applications in every state; 24 months of disbursed loans
    "models.demo.payments:build_demo",      # those loans paid month by month, by each dealer's risk profile
    "models.demo.figures:build",            # issue 13's cases: advances on due dates, value dates, a waiver withdrawn
    "models.demo.ledger:build_demo_cash_deposits",  # the branch banks its cash above a float every month end
    "models.demo.savings:build",            # koperasi only: members, three years of savings, SHU, passbooks
    "models.demo.month_end:build",          # month ends: accruals, non-accrual, allowance, snapshots (issue 14)
    "models.demo.collections:build",        # collectors, contacts, letters, restructurings, repossession, write-off
    "models.demo.month_end:refresh_latest",  # the last month's snapshot again, after the back-dated collections
    "models.demo.reports:build",            # officers' work areas, the cashiers' closed days of the last weeks
    "models.demo.ledger:build_demo_closing",  # LAST: close past years and months, as a tidy office would have
    "models.demo.office_profile:build",     # the letterhead profile (issue 20)
]


def build_demo(seed: int = 2026, customers: int = 300, today: dt.date | None = None,
               log: Callable[[str], None] = print, kind: str = "leasing") -> DemoContext:
    """Build the demo office into an empty, migrated database.

    Args:
        seed: same seed → same office.
        customers: how many customers to create.
        today: the demo's "today" (histories end here); default: the real today.
        kind: the office kind (``leasing``, ``bpr``, ``koperasi``).
    Returns:
        The context with what was made (tests look inside).
    """
    if has_office():
        raise RuntimeError("the database already has an office")
    ctx = DemoContext(seed=seed, customers=customers, today=today or dt.date.today(), rng=random.Random(seed),
                      log=log, kind=kind)
    for step in DEMO_STEPS:
        module_name, func_name = step.split(":")
        started = time.perf_counter()
        with system_context():  # the demo's supervisors sign waivers without typing a password (issue 19)
            getattr(importlib.import_module(module_name), func_name)(ctx)
        log(f"  {step.split(':')[0].split('.')[-1]}.{func_name}: {time.perf_counter() - started:.1f} s")
    return ctx


def demo_command(args) -> int:
    """``main.py --db FILE demo [--customers N] [--seed S]``."""
    if has_office():
        office = Office.select().first()
        print(f"The database already holds the office '{office.name}': nothing to do. "
              "Use a new --db file for a fresh demo office.")
        return 0
    if args.customers < 0 or args.customers > 200_000:
        print("error: --customers: between 0 and 200000", flush=True)
        return 2
    started = time.perf_counter()
    kind = getattr(args, "kind", None) or "leasing"
    kind = "koperasi" if kind == "cooperative" else kind
    build_demo(seed=args.seed, customers=args.customers, kind=kind)
    print(f"demo office built in {time.perf_counter() - started:.1f} s; log in as 'admin' (or any demo user) "
          f"with the password '{DEMO_PASSWORD}'")
    return 0
