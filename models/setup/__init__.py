"""A real office's first day: what the administrator finishes alone before the first disbursement — the office
kind's chart of accounts and products, the first users of each role, the cash and bank accounts — and the
checklist of what is still missing and who may do it (``office_setup``); and the data upgrades a file made by an
older version is owed at its first open (``upgrades``: old loans' sen residues settled through the cashier's
rounding voucher).

May import: every capability below it (``collections`` … ``core``); only ``demo`` sits above.
"""
