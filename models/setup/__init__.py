"""A real office's first day: what the administrator finishes alone before the first disbursement — the office
kind's chart of accounts and products, the first users of each role, the cash and bank accounts — and the
checklist of what is still missing and who may do it (``office_setup``).

May import: ``ledger``, ``products``, ``customers``, ``core`` (and anything below ``demo``, which builds on it).
"""
