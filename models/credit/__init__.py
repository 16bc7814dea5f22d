"""Credit origination: applications with survey, 5C and four-eyes approval (``applications``), the collateral
register with BPKB custody and fiducia (``collateral``), contract and disbursement (``disbursement``), and the
dealers' track record (``dealer_stats``).

May import: ``models.core``, ``models.customers``, ``models.products``, ``models.ledger``, ``models.loans``
(a disbursement creates the loan).
"""
