"""The client book: customers, their identity documents (NIK, KK, phone, NPWP), regions, search, follow-ups,
dealers and their salespeople, and the customer import.

May import: ``models.core``.  Independent of ``products`` and ``ledger`` (import-linter keeps them apart).
"""
