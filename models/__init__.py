"""Angsur's domain, one package per capability, layered bottom to top:

``core`` → ``customers`` | ``products`` | ``ledger`` → ``loans`` → ``credit`` → ``cashier`` → ``savings`` →
``accounting`` → ``collections`` → ``setup`` → ``demo``

A package may import those below it, never one above or beside it on the same level.  Each package's
``__init__`` says what it owns and what it may import; the import-linter contracts in ``pyproject.toml`` hold
those arrows (run by the test suite).  Nothing here imports Qt.
"""
