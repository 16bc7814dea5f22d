"""The general ledger: the chart of accounts (``chart``), posting rules (``posting_rules``), journals and
periods with the one posting function (``journals``), keeping the chart (``accounts``), the sub-ledger
registry (``subledgers``) and the ledger's checks.

May import: ``models.core``.  Independent of ``customers`` and ``products``: the sub-ledgers above describe
money events, the ledger turns them into lines.  Inside it: chart, subledgers → posting_rules → journals →
accounts → checks.
"""
