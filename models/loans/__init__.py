"""The loan book: a loan and its installments, days past due, collectibility and late fees (``loans``),
and importing an existing loan book (``loan_import``).

May import: ``models.core``, ``models.customers``, ``models.products``, ``models.ledger``.
"""
