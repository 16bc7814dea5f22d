"""The cashier's counter: payments allocated late fee → interest → principal, advances (titipan) and their
refunds, late-fee waivers, early payoff and reversals (``payments``).

May import: every capability below it: ``core``, ``customers``, ``products``, ``ledger``, ``loans`` and
``credit`` (a payoff marks the BPKB releasable in the collateral register).
"""
