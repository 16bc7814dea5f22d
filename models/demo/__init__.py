"""The demo office: a believable office built through the same public functions a user's actions call.

It is a client of the domain, not part of it: one module per step (``ledger``, ``products``, ``customers``,
``dealers``, ``applications``, ``payments``), run in order by ``build``.  Bulk helpers used for speed are
documented where they are defined.  May import anything in ``models``; nothing in ``models`` imports it.
"""
