"""Checks on the audit trail (registered with ``main.py check``)."""
from __future__ import annotations

from models.core import audit
from models.core.checks import check


@check("audit trail hash chain intact")
def audit_chain() -> list[str]:
    return [p.message for p in audit.verify_chain()]
