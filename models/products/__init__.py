"""Loan products and their arithmetic: products and their rules (rates, fees, down payment by POJK 35/2018),
schedules by interest method (``loanmath``) and the dealer quote.

May import: ``models.core``.  Independent of ``customers`` and ``ledger``.
"""
