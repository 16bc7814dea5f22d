"""The core: what every capability stands on.

Owns: the database and its migrations (``db``, ``migrations/``), money (``money``), domain errors (``errors``),
input safety (``safety``), the clock (``clock``), the audit trail (``audit``), the office, branches, settings
and gap-free numbering (``office``), users, roles and permissions (``users``), the first run (``setup``),
idempotent actions (``idempotency``), the ``check`` runner (``checks``) with the storage and audit checks, and
backups (``backup``).

May import: nothing else in ``models`` (it is the bottom layer).  Inside it: clock → audit → office → users →
setup; the ``check`` runner discovers each package's ``*checks`` modules, so the core never names them.
"""
