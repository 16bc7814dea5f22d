"""Month-end accounting an auditor signs: effective-interest income and fee amortisation run monthly,
non-accrual, the allowance for expected losses (CKPN) and the regulatory reserve, the per-loan
month-end snapshots every portfolio report reads, and the guided month-end close that runs them in order.

May import: ``cashier`` (the month-end applies advances due), ``credit``, ``loans``, ``ledger``, ``products``,
``customers``, ``core``.
"""
