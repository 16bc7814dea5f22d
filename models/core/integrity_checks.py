"""Checks that the books are what their audit rows sealed, and that the chain reaches its anchors
(registered with ``main.py check``; see :mod:`models.core.integrity`)."""
from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Iterator

from models.core import integrity
from models.core import audit
from models.core.audit import AuditLog, chain_head
from models.core.checks import check
from models.core.db import database

#: Anchors (seq, hash) given on the command line (``check --anchor FILE|SEQ:HASH``) for this run.
ANCHORS: list[tuple[int, str, str]] = []  # (seq, hash, where it came from)
#: ``SEQ:HASH`` or ``#SEQ HASH``; the hash whole (64 hex digits) or its first 16 or more, as the daily cash report
#: prints it ("Rantai audit: #48213 9f2c1ae07b3d5c11").  A 16-digit prefix is 64 bits: rewriting the chain so
#: that the anchored row keeps the same prefix is out of an office's reach.
_ANCHOR_RE = re.compile(r"(?:#|seq[ =:]*|^|\s)(\d+)\s*[:/ ]\s*([0-9a-f]{16,64})\b", re.IGNORECASE)


@contextlib.contextmanager
def anchored(anchors) -> Iterator[None]:
    """``with anchored([(seq, hash, origin), …]):`` -- the checks run inside verify against these heads; the
    list is restored afterwards (no anchor leaks from one file's check into the next)."""
    saved = list(ANCHORS)
    ANCHORS[:] = list(anchors)
    try:
        yield
    finally:
        ANCHORS[:] = saved


def parse_anchors(text: str, origin: str) -> list[tuple[int, str, str]]:
    """Every ``seq:hash`` (or ``#seq hash``, as printed on the cash report) found in ``text``."""
    return [(int(m.group(1)), m.group(2).lower(), origin) for m in _ANCHOR_RE.finditer(text)]


def load_anchor(spec: str) -> list[tuple[int, str, str]]:
    """``spec`` is a file (a backup's ``.anchor`` side-file, a saved cash report text) or ``SEQ:HASH``.

    Raises:
        ValueError: nothing that looks like an anchor in it.
    """
    path = Path(spec)
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise ValueError(f"--anchor: cannot read {path}: {exc.strerror or exc}") from None
        found = parse_anchors(text, str(path))
    else:
        found = parse_anchors(spec, "--anchor")
    if not found:
        raise ValueError(f"--anchor: '{spec}' is neither a file holding an audit head nor SEQ:HASH")
    return found


def _sealed(action_sql: str, params: tuple = ()) -> tuple[dict[int, tuple[int, str]], list[str]]:
    """{entity id: (audit seq, digest)} from audit rows matching ``action_sql``; problems with unreadable rows."""
    found, problems = {}, []
    sql = f"SELECT seq, entity_id, after FROM audit_log WHERE {action_sql} ORDER BY seq"
    for seq, entity_id, after in database.obj.execute_sql(sql, params):
        try:
            data = json.loads(after or "{}")
            key = int(entity_id)
        except (TypeError, ValueError):
            problems.append(f"audit row {seq} cannot be read (its content is damaged)")
            continue
        if isinstance(data, dict) and data.get("digest"):
            found[key] = (seq, data["digest"])
        else:
            found.setdefault(key, (seq, ""))  # written before seals existed: present, not verifiable
    return found, problems


def _compare(kind: str, label: dict[int, str], sealed: dict[int, tuple[int, str]], current: dict[int, str],
             legacy: int = 0):
    """``legacy``: the highest id written before the seals (or loaded in bulk without them): such a row may have
    no audit row of its own."""
    problems = []
    for key, digest in current.items():
        if key not in sealed and key > legacy:
            problems.append(f"{kind} {label.get(key, key)} has no audit row: it was written outside the "
                            "application")
        elif key in sealed and sealed[key][1] and sealed[key][1] != digest:
            problems.append(f"{kind} {label.get(key, key)} differs from what audit row {sealed[key][0]} sealed "
                            "(amount, date, account, line or allocation changed outside the application)")
    for key, (seq, _digest) in sealed.items():
        if key not in current:
            problems.append(f"{kind} #{key} sealed by audit row {seq} is missing: it was deleted outside the "
                            "application")
    return problems[:50]


def legacy_ids() -> dict[str, int]:
    """Highest journal, payment and loan ids older than the seals: migration 0015's ``integrity.start`` row, or a
    later one written when unsealed history was loaded in bulk (:func:`mark_unsealed`;
    the large office generator does)."""
    row = database.obj.execute_sql("SELECT after FROM audit_log WHERE action = 'integrity.start' "
                                   "ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return {}
    try:
        return {k: int(v) for k, v in json.loads(row[0])["legacy"].items()}
    except (TypeError, ValueError, KeyError, AttributeError):
        return {}


def _seals_in_force() -> None:
    """The seal checks mean nothing on a file older than migration 0015 (not migrated yet): say so instead."""
    from models.core.checks import NotApplicable
    from models.core.db import pending_migrations

    if "0015_trust" in pending_migrations(database.obj):
        raise NotApplicable("the database predates the books' seals; open it once with Angsur (migration 0015)")


def _labels(sql: str, ids) -> dict[int, str]:
    """Numbers to name the (at most 50) rows a problem is about: ``sql`` is ``SELECT id, label FROM … WHERE id IN``."""
    ids = sorted(set(ids))[:200]
    if not ids:
        return {}
    marks = ", ".join([database.obj.param] * len(ids))
    return dict(database.obj.execute_sql(f"{sql} ({marks})", ids).fetchall())


def _to_verify(digests, sealed: dict[int, tuple[int, str]], legacy: int) -> dict[int, str]:
    """Digests of exactly the rows a seal check compares: every row written since the seals (id above
    ``legacy``: it must have a sealed audit row) and every row a seal names (it must still match, and exist).
    A row loaded in bulk before the seals that no later action touched has nothing to be compared with, so its
    digest is not computed: on an office loaded from its old system that is most of its history (issue 18)."""
    current = digests(above=legacy)
    current.update(digests(ids=[k for k in sealed if k <= legacy]))
    return current


def _problem_rows(sealed, current, legacy: int) -> set[int]:
    """The ids a problem will name (to look up their numbers only)."""
    return ({k for k in current if k not in sealed and k > legacy}
            | {k for k in current if k in sealed and sealed[k][1] and sealed[k][1] != current[k]})


@check("posted journals match their sealed audit rows")
def journals_sealed() -> list[str]:
    _seals_in_force()
    sealed, problems = _sealed("action = 'journal.post' AND entity = 'journal'")
    legacy = legacy_ids().get("journal", 0)
    current = _to_verify(integrity.journal_digests, sealed, legacy)
    labels = _labels("SELECT id, number FROM journal WHERE id IN", _problem_rows(sealed, current, legacy))
    return problems + _compare("journal", labels, sealed, current, legacy)


@check("receipts and their allocations match their sealed audit rows")
def receipts_sealed() -> list[str]:
    _seals_in_force()
    p = database.obj.param  # a pattern with % goes in as a parameter: psycopg2 reads a bare % as one
    sealed, problems = _sealed(f"entity = 'payment' AND action LIKE {p} AND action NOT IN "
                               "('payment.reverse', 'payment.print')", ("payment.%",))
    legacy = legacy_ids().get("payment", 0)
    current = _to_verify(integrity.payment_digests, sealed, legacy)
    labels = _labels("SELECT id, receipt_no FROM payment WHERE id IN",
                     _problem_rows(sealed, current, legacy))
    return problems + _compare("receipt", labels, sealed, current, legacy)


@check("installments match the seal of the last action on their loan")
def installments_sealed() -> list[str]:
    _seals_in_force()
    seals: dict[int, tuple[int, str]] = {}
    problems = []
    sql = f"SELECT seq, after FROM audit_log WHERE after LIKE {database.obj.param} ORDER BY seq"
    for seq, after in database.obj.execute_sql(sql, (f'%"{integrity.SEAL_KEY}"%',)):
        try:
            data = json.loads(after)[integrity.SEAL_KEY]
            for key, digest in data.items():
                seals[int(key.split(":")[1])] = (seq, digest)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            problems.append(f"audit row {seq} cannot be read (its content is damaged)")
    legacy_loans = legacy_ids().get("loan", 0)
    current = _to_verify(integrity.loan_digests, seals, legacy_loans)
    failing = _problem_rows(seals, current, legacy_loans)
    labels = _labels("SELECT id, contract_no FROM loan WHERE id IN", failing)
    for loan_id, digest in current.items():
        if loan_id not in seals and loan_id <= legacy_loans:
            continue  # older than the seals and untouched since: not verifiable (docs/security.md)
        if loan_id not in seals:
            problems.append(f"loan {labels.get(loan_id, loan_id)}: installments without a sealed action "
                            "(written outside the application)")
        elif seals[loan_id][1] != digest:
            problems.append(f"loan {labels.get(loan_id, loan_id)}: installments changed outside the application "
                            f"since audit row {seals[loan_id][0]}")
    for loan_id, (seq, digest) in seals.items():
        if loan_id not in current and digest:
            problems.append(f"loan #{loan_id}: installments sealed by audit row {seq} are missing (deleted)")
    return problems[:50]


@check("audit chain reaches the anchors kept outside the database")
def anchors_reached() -> list[str]:
    from models.core.checks import NotApplicable

    if not ANCHORS:
        raise NotApplicable("no anchor given (check --anchor FILE|SEQ:HASH)")
    head_seq, _head = chain_head()
    problems = []
    for seq, digest, origin in ANCHORS:
        row = AuditLog.select(AuditLog.hash).where(AuditLog.seq == seq).scalar()
        if seq > head_seq or row is None:
            problems.append(f"the anchor from {origin} names audit row {seq}, but the chain ends at row "
                            f"{head_seq}: rows were cut off the end of the chain")
        elif not row.startswith(digest):
            problems.append(f"audit row {seq} is not the one anchored in {origin}: history was rewritten")
    return problems


def mark_unsealed(note: str) -> dict[str, int]:
    """Record, in the audit chain, that every journal, payment and loan up to now was written without seals
    (history loaded in bulk, below the posting functions): ``check`` verifies seals only above these ids.  Must
    run inside the caller's transaction.  Documented in docs/security.md: an attacker who can write the audit
    chain can write such a row too, which is why the chain's head is also kept outside the file (anchors).

    Returns:
        The highest ids marked, by table.
    """
    legacy = {table: database.obj.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0] or 0
              for table in ("journal", "payment", "loan")}
    audit.record(None, "integrity.start", "database", "", after={"legacy": legacy}, note=note)
    return legacy
