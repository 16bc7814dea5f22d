"""Angsur's domain, one package per capability, layered bottom to top:

``core`` → ``customers`` | ``products`` | ``ledger`` → ``loans`` → ``credit`` → ``cashier`` → ``demo``

Each package's ``__init__`` says what it owns and what it may import; the import-linter contracts in
``pyproject.toml`` hold those arrows (run by the test suite).  Nothing here imports Qt.
"""
