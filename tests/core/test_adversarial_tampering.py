"""Adversarial (issue 19, item 2): tampering with the BOOKS is found, not only tampering with the audit trail.

For each of audit rows, journals, journal lines, receipts, allocations and installments, raw SQL edits, inserts,
deletes, reorders and moves across periods -- with the database's triggers in place and with them dropped.  With
the triggers in place the database may refuse the change itself and whatever it lets through ``check`` reports;
with them dropped every attack reaches the file, ``check`` reports it and ``restore`` refuses it (restore runs the
same checks on its copy, so it is called once per attack, in the run without triggers, to keep the suite fast).
Cutting off the chain's tail is caught against an anchor (``check --anchor``, ``restore --anchor``).
"""
from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from adversarial_helpers import copy_db, demo_template  # noqa: F401 - fixture

import main
from models.core import db as dbmod

pytestmark = pytest.mark.adversarial


def _one(con, sql, *args):
    return con.execute(sql, args).fetchone()


def _closed_month_date(con) -> str:
    row = _one(con, "SELECT year, month FROM period WHERE status = 'closed' ORDER BY year, month LIMIT 1")
    return f"{row[0]:04d}-{row[1]:02d}-15"


def _payment(con, n=0):
    return _one(con, "SELECT id, amount, date, loan_id FROM payment WHERE status='posted' ORDER BY id DESC "
                     "LIMIT 1 OFFSET ?", n)


def _journal(con, n=0, source="payment"):
    return _one(con, "SELECT id, date FROM journal WHERE source = ? ORDER BY id DESC LIMIT 1 OFFSET ?", source, n)


# Each attack: raw SQL on an open sqlite3 connection.
def audit_edit(con):
    con.execute("UPDATE audit_log SET note = 'disetujui' WHERE seq = 40")


def audit_insert(con):
    head = _one(con, "SELECT seq, prev_hash, hash, ts FROM audit_log WHERE seq = 41")
    con.execute("UPDATE audit_log SET seq = seq + 100000 WHERE seq > 40")
    con.execute("INSERT INTO audit_log (seq, ts, user_id, username, action, entity, entity_id, before, after, note, "
                "prev_hash, hash) VALUES (41, ?, NULL, 'sistem', 'journal.post', 'journal', '1', NULL, NULL, '', ?, ?)",
                (head[3], head[1], head[2]))


def audit_delete(con):
    con.execute("DELETE FROM audit_log WHERE seq = 50")


def audit_reorder(con):
    a, b = _one(con, "SELECT id FROM audit_log WHERE seq = 60")[0], _one(con, "SELECT id FROM audit_log WHERE seq = 61")[0]
    con.execute("UPDATE audit_log SET seq = -1 WHERE id = ?", (a,))
    con.execute("UPDATE audit_log SET seq = 60 WHERE id = ?", (b,))
    con.execute("UPDATE audit_log SET seq = 61 WHERE id = ?", (a,))


def audit_move(con):
    con.execute("UPDATE audit_log SET ts = '2025-01-15 09:00:00' WHERE seq = 70")


def journal_edit(con):
    con.execute("UPDATE journal SET description = 'Setoran tunai', reference = 'X' WHERE id = ?",
                (_journal(con)[0],))


def journal_insert(con):  # a balanced fake revenue journal
    cash = _one(con, "SELECT account_id FROM journal_line l JOIN journal j ON j.id = l.journal_id "
                     "WHERE j.source='payment' AND l.debit > 0 LIMIT 1")[0]
    income = _one(con, "SELECT id FROM account WHERE type = 'income' AND NOT EXISTS "
                       "(SELECT 1 FROM account c WHERE c.parent_id = account.id) LIMIT 1")[0]
    cur = con.execute("INSERT INTO journal (number, date, description, source, reference, created_at) VALUES "
                      "('JU/FAKE/1', '2026-11-20', 'Pendapatan', 'manual', '', '2026-11-20 10:00:00')")
    jid = cur.lastrowid
    con.execute("INSERT INTO journal_line (journal_id, line_no, account_id, debit, credit, memo) VALUES "
                "(?, 1, ?, 500000000, 0, ''), (?, 2, ?, 0, 500000000, '')", (jid, cash, jid, income))
    con.execute("UPDATE journal SET posted_at = '2026-11-20 10:00:00' WHERE id = ?", (jid,))


def journal_delete(con):
    jid = _journal(con, source="manual")[0]
    con.execute("DELETE FROM journal_line WHERE journal_id = ?", (jid,))
    con.execute("DELETE FROM journal WHERE id = ?", (jid,))


def journal_reorder(con):
    (a, da), (b, db_) = _journal(con, 0, "manual"), _journal(con, 1, "manual")
    con.execute("UPDATE journal SET date = ? WHERE id = ?", (db_, a))
    con.execute("UPDATE journal SET date = ? WHERE id = ?", (da, b))


def journal_move(con):  # into a closed month
    con.execute("UPDATE journal SET date = ? WHERE id = ?", (_closed_month_date(con), _journal(con)[0]))


def line_edit(con):
    jid = _journal(con, source="manual")[0]
    con.execute("UPDATE journal_line SET debit = debit + 100000 WHERE journal_id = ? AND debit > 0", (jid,))
    con.execute("UPDATE journal_line SET credit = credit + 100000 WHERE journal_id = ? AND credit > 0", (jid,))


def line_insert(con):
    jid, _ = _journal(con, source="manual")
    acc = _one(con, "SELECT account_id FROM journal_line WHERE journal_id = ? LIMIT 1", jid)[0]
    con.execute("INSERT INTO journal_line (journal_id, line_no, account_id, debit, credit, memo) VALUES "
                "(?, 90, ?, 700, 0, ''), (?, 91, ?, 0, 700, '')", (jid, acc, jid, acc))


def line_delete(con):
    jid = _journal(con, source="payment")[0]
    con.execute("DELETE FROM journal_line WHERE journal_id = ? AND line_no = (SELECT MAX(line_no) FROM "
                "journal_line WHERE journal_id = ?)", (jid, jid))


def line_reorder(con):
    jid = _journal(con, source="payment")[0]
    rows = con.execute("SELECT id, account_id FROM journal_line WHERE journal_id = ? ORDER BY line_no", (jid,)).fetchall()
    con.execute("UPDATE journal_line SET account_id = ? WHERE id = ?", (rows[1][1], rows[0][0]))
    con.execute("UPDATE journal_line SET account_id = ? WHERE id = ?", (rows[0][1], rows[1][0]))


def line_move(con):  # a cash line moved to the bank account
    jid = _journal(con, source="payment")[0]
    bank = _one(con, "SELECT id FROM account WHERE code = '1111'") or _one(con, "SELECT id FROM account WHERE "
                                                                           "name LIKE '%Bank%' LIMIT 1")
    con.execute("UPDATE journal_line SET account_id = ? WHERE journal_id = ? AND line_no = 1", (bank[0], jid))


def receipt_edit(con):  # amount raised together with its allocation
    pid = _payment(con)[0]
    con.execute("UPDATE payment SET amount = amount + 5000000 WHERE id = ?", (pid,))
    con.execute("UPDATE payment_allocation SET amount = amount + 5000000 WHERE id = (SELECT MIN(id) FROM "
                "payment_allocation WHERE payment_id = ?)", (pid,))


def receipt_insert(con):
    pid = _payment(con)[0]
    cols = ("loan_id, branch_id, kind, date, amount, method, reference, cashier_id, status, outstanding_after, "
            "print_count, created_at, reason, receipt_facts")
    con.execute(f"INSERT INTO payment (receipt_no, {cols}) SELECT receipt_no || '-X', {cols} FROM payment WHERE id = ?", (pid,))


def receipt_delete(con):
    pid = _payment(con)[0]
    con.execute("DELETE FROM payment_allocation WHERE payment_id = ?", (pid,))
    con.execute("DELETE FROM late_fee_waiver WHERE payment_id = ?", (pid,))
    con.execute("UPDATE payment SET journal_id = NULL WHERE id = ?", (pid,))
    con.execute("DELETE FROM payment WHERE id = ?", (pid,))


def receipt_reorder(con):
    (a, _, da, _), (b, _, db_, _) = _payment(con, 0), _payment(con, 5)
    con.execute("UPDATE payment SET date = ? WHERE id = ?", (db_, a))
    con.execute("UPDATE payment SET date = ? WHERE id = ?", (da, b))


def receipt_move(con):
    con.execute("UPDATE payment SET date = ? WHERE id = ?", (_closed_month_date(con), _payment(con)[0]))


def alloc_edit(con):  # interest booked as principal
    pid = _payment(con)[0]
    con.execute("UPDATE payment_allocation SET part = CASE part WHEN 'interest' THEN 'principal' ELSE 'interest' "
                "END WHERE payment_id = ? AND part IN ('interest', 'principal')", (pid,))


def alloc_insert(con):
    pid = _payment(con)[0]
    con.execute("INSERT INTO payment_allocation (payment_id, installment_id, part, amount) SELECT payment_id, "
                "installment_id, 'fee', 1000 FROM payment_allocation WHERE payment_id = ? LIMIT 1", (pid,))


def alloc_delete(con):
    con.execute("DELETE FROM payment_allocation WHERE id = (SELECT MAX(id) FROM payment_allocation)")


def alloc_reorder(con):
    rows = con.execute("SELECT id, installment_id FROM payment_allocation WHERE installment_id IS NOT NULL "
                       "ORDER BY id DESC LIMIT 40").fetchall()
    a = rows[0]
    b = next(r for r in rows if r[1] != a[1])
    con.execute("UPDATE payment_allocation SET installment_id = ? WHERE id = ?", (b[1], a[0]))
    con.execute("UPDATE payment_allocation SET installment_id = ? WHERE id = ?", (a[1], b[0]))


def alloc_move(con):  # moved onto a payment of another month
    a = _one(con, "SELECT MAX(id) FROM payment_allocation")[0]
    other = _payment(con, 10)[0]
    con.execute("UPDATE payment_allocation SET payment_id = ? WHERE id = ?", (other, a))


def inst_edit(con):
    lid = _payment(con)[3]
    con.execute("UPDATE installment SET principal_paid = principal WHERE loan_id = ? AND principal_paid < "
                "principal", (lid,))


def inst_insert(con):
    lid = _payment(con)[3]
    con.execute("INSERT INTO installment (loan_id, no, due_date, principal, interest, amount, principal_paid, "
                "interest_paid, late_fee_paid, late_fee_waived, interest_waived, fee_accrued) VALUES (?, 999, "
                "'2030-01-01', 100, 0, 100, 0, 0, 0, 0, 0, 0)", (lid,))


def inst_delete(con):
    lid = _payment(con)[3]
    iid = _one(con, "SELECT id FROM installment WHERE loan_id = ? ORDER BY no DESC LIMIT 1", lid)[0]
    con.execute("DELETE FROM payment_allocation WHERE installment_id = ?", (iid,))
    con.execute("DELETE FROM late_fee_waiver WHERE installment_id = ?", (iid,))
    con.execute("DELETE FROM installment WHERE id = ?", (iid,))


def inst_reorder(con):
    lid = _payment(con)[3]
    rows = con.execute("SELECT id, due_date FROM installment WHERE loan_id = ? ORDER BY no LIMIT 2", (lid,)).fetchall()
    con.execute("UPDATE installment SET due_date = ? WHERE id = ?", (rows[1][1], rows[0][0]))
    con.execute("UPDATE installment SET due_date = ? WHERE id = ?", (rows[0][1], rows[1][0]))


def inst_move(con):
    lid = _payment(con)[3]
    con.execute("UPDATE installment SET due_date = date(due_date, '+3 months') WHERE loan_id = ? AND no = "
                "(SELECT MAX(no) FROM installment WHERE loan_id = ?)", (lid, lid))


ATTACKS = [audit_edit, audit_insert, audit_delete, audit_reorder, audit_move,
           journal_edit, journal_insert, journal_delete, journal_reorder, journal_move,
           line_edit, line_insert, line_delete, line_reorder, line_move,
           receipt_edit, receipt_insert, receipt_delete, receipt_reorder, receipt_move,
           alloc_edit, alloc_insert, alloc_delete, alloc_reorder, alloc_move,
           inst_edit, inst_insert, inst_delete, inst_reorder, inst_move]


def _tamper(path: Path, attack, drop_triggers: bool) -> bool:
    """Apply ``attack``; return False when the database itself refused it (triggers)."""
    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        if drop_triggers:
            for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
                con.execute(f'DROP TRIGGER "{name}"')
        try:
            attack(con)
        except sqlite3.DatabaseError:
            con.rollback()
            return False
        con.commit()
        return True
    finally:
        con.close()


def _failures(path: Path) -> list[str]:
    from models.core.checks import run_checks

    dbmod.open_database(path, migrate=False)
    try:
        return [f"{r.name}: {r.problems[0]}" for r in run_checks() if not r.ok]
    finally:
        dbmod.close_database()


@pytest.mark.parametrize("drop_triggers", [True, False], ids=["no-triggers", "triggers"])
def test_every_kind_of_tampering_is_found_by_check_and_refused_by_restore(demo_template, tmp_path, drop_triggers):
    from models.core.backup import BackupRefused, restore_database

    live = copy_db(demo_template, tmp_path / "live.db")
    assert _failures(live) == []
    missed, refused_by_db = [], []
    for attack in ATTACKS:
        path = copy_db(demo_template, tmp_path / f"{attack.__name__}.db")
        if not _tamper(path, attack, drop_triggers):
            refused_by_db.append(attack.__name__)
            continue
        if not _failures(path):
            missed.append(f"check: {attack.__name__}")
        if not drop_triggers:
            continue  # restore runs the same checks; once per attack (below, without triggers) is enough time
        try:
            restore_database(live, path)
            missed.append(f"restore: {attack.__name__}")
        except BackupRefused:
            pass
    assert missed == []
    if drop_triggers:
        assert refused_by_db == []  # every attack really ran against the unprotected file
    else:
        assert {"audit_edit", "audit_delete", "line_edit"} <= set(refused_by_db)


def test_cutting_off_the_chain_tail_is_found_against_an_anchor(demo_template, tmp_path, capsys):
    from models.core.commands import check_command

    path = copy_db(demo_template, tmp_path / "cut.db")
    con = sqlite3.connect(str(path))
    seq, digest = con.execute("SELECT last_seq, last_hash FROM audit_head").fetchone()
    anchor = tmp_path / "angsur.anchor"
    anchor.write_text(f"audit head {seq}:{digest}\n")
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    keep = seq - 5
    new_hash = con.execute("SELECT hash FROM audit_log WHERE seq = ?", (keep,)).fetchone()[0]
    con.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
    con.execute("UPDATE audit_head SET last_seq = ?, last_hash = ?", (keep, new_hash))
    con.commit()
    con.close()
    args = argparse.Namespace(db=str(path), anchor=None)
    check_command(args)  # the trail alone looks whole: only the books' seals or an anchor can tell
    capsys.readouterr()
    args = argparse.Namespace(db=str(path), anchor=[str(anchor)])
    assert check_command(args) == 1
    out = capsys.readouterr().out
    assert "cut off the end of the chain" in out
    dbmod.close_database()
    args = argparse.Namespace(db=str(path), anchor=[f"{keep}:{new_hash}"])
    assert check_command(args) in (0, 1)
    assert "cut off" not in capsys.readouterr().out
    dbmod.close_database()
    # restore refuses the cut file against the same anchor, with the reason
    live = copy_db(demo_template, tmp_path / "live.db")
    assert main.main(["--db", str(live), "restore", "--from", str(path), "--anchor", str(anchor)]) == 1
    out = capsys.readouterr().out
    assert "cut off the end of the chain" in out and "The database was not changed" in out
