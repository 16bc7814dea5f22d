"""0015: seals start here (issue 19).  No schema change: one audit row marks where the books' seals begin.

From this version on, every posting's audit row carries a digest of what it posted (see ``models/integrity.py``).
Rows written before have none, so ``check`` must know which journals, receipts and loans are older than the
seals: this migration appends one chained audit row ``integrity.start`` naming the highest id of each, on a
database that already holds any (a new database needs none: everything in it will be sealed).

Frozen: the audit row's hash is computed here with a copy of the chain's formula as it stands in this version.
"""
import datetime
import hashlib
import json

from peewee import *  # noqa: F401,F403 - migration style

GENESIS = "0" * 64


def _row_hash(seq, ts, user_id, username, action, entity, entity_id, before, after, note, prev_hash):
    payload = json.dumps([seq, ts, user_id, username, action, entity, entity_id, before, after, note, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def up(migrator, db):
    tables = set(db.get_tables())
    if not {"audit_log", "audit_head", "journal", "payment", "loan"} <= tables:
        return
    legacy = {}
    for table in ("journal", "payment", "loan"):
        legacy[table] = db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0] or 0
    if not any(legacy.values()):
        return
    p = "?" if isinstance(db, SqliteDatabase) else "%s"
    head = db.execute_sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1").fetchone()
    if head is None:
        db.execute_sql(f"INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, {p})", (GENESIS,))
        head = (0, GENESIS)
    seq, prev = head[0] + 1, head[1]
    ts = datetime.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    after = json.dumps({"legacy": legacy}, sort_keys=True, ensure_ascii=False)
    note = "segel pembukuan dimulai; baris sebelum ini tanpa segel"
    digest = _row_hash(seq, ts, None, "sistem", "integrity.start", "database", "", None, after, note, prev)
    db.execute_sql(
        "INSERT INTO audit_log (seq, ts, user_id, username, action, entity, entity_id, before, after, note, "
        f"prev_hash, hash) VALUES ({', '.join([p] * 12)})",
        (seq, ts, None, "sistem", "integrity.start", "database", "", None, after, note, prev, digest))
    db.execute_sql(f"UPDATE audit_head SET last_seq = {p}, last_hash = {p} WHERE id = 1", (seq, digest))


def down(migrator, db):
    pass  # the marker row stays: the audit trail is append-only
