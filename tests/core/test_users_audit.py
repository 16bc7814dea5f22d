"""Users, permissions and the audit trail, as the office lives them."""
from __future__ import annotations

import pytest

from models.core import audit
from models.core.errors import ConflictError, PermissionDenied, ValidationError
from models.core.users import (
    LoginFailed, Role, authenticate, change_role, create_user, has_permission, permission_matrix, require, require_checker, set_password, User,
)


def test_staff_log_in_with_their_password_and_a_wrong_one_is_refused(staff):
    user = authenticate("kasir", "angsur-demo")
    assert user.username == "kasir" and user.last_login_at is not None
    with pytest.raises(LoginFailed, match="salah"):
        authenticate("kasir", "wrong-password")
    with pytest.raises(LoginFailed, match="salah"):
        authenticate("nobody", "angsur-demo")


def test_repeated_failures_lock_the_account(staff):
    for _ in range(5):
        with pytest.raises(LoginFailed):
            authenticate("cmo1", "guess")
    with pytest.raises(LoginFailed, match="terkunci"):
        authenticate("cmo1", "angsur-demo")


def test_passwords_are_argon2id_with_owasp_parameters(staff):
    stored = staff.admin.password_hash
    assert stored.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in stored


def test_a_cashier_cannot_approve_or_manage_users(staff):
    assert has_permission(staff.kasir, "payment.post")
    assert not has_permission(staff.kasir, "application.approve")
    with pytest.raises(PermissionDenied, match="tidak berhak"):
        require(staff.kasir, "application.approve")
    with pytest.raises(PermissionDenied):
        create_user(staff.kasir, "baru", "Pegawai Baru", Role.CASHIER, "rahasia-123")


def test_four_eyes_refuses_the_maker_as_checker(staff):
    require_checker(staff.cmo1.id, staff.kacab, "persetujuan")  # a different person: fine
    with pytest.raises(PermissionDenied, match="empat mata"):
        require_checker(staff.kacab.id, staff.kacab, "persetujuan")


def test_nobody_changes_their_own_role_and_the_last_admin_stays(staff):
    with pytest.raises(PermissionDenied):
        change_role(staff.admin, staff.admin, Role.MANAGER)
    second = create_user(staff.admin, "admin2", "Admin Kedua", Role.ADMIN, "rahasia-123")
    changed = change_role(second, staff.manajer, Role.SUPERVISOR)
    assert changed.role == "supervisor"
    with pytest.raises(PermissionDenied):
        change_role(staff.manajer, staff.cmo1, Role.MANAGER)


def test_new_users_are_validated_field_by_field(staff):
    with pytest.raises(ValidationError) as err:
        create_user(staff.admin, "bad name!", "", "wizard", "short")
    fields = {e.field for e in err.value.errors}
    assert fields == {"username", "full_name", "role", "password"}
    with pytest.raises(ConflictError):
        create_user(staff.admin, "kasir", "Kasir Lain", Role.CASHIER, "rahasia-123")
    assert User.select().where(User.username == "bad name!").count() == 0


def test_password_change_needs_the_old_one(staff):
    with pytest.raises(ValidationError, match="lama salah"):
        set_password(staff.kasir, staff.kasir, "baru-sekali-123", current_password="nope")
    set_password(staff.kasir, staff.kasir, "baru-sekali-123", current_password="angsur-demo")
    assert authenticate("kasir", "baru-sekali-123").username == "kasir"


def test_every_action_is_in_the_audit_trail_and_the_chain_verifies(staff):
    before = audit.AuditLog.select().count()
    create_user(staff.admin, "kolektor2", "Wawan Gunawan", Role.COLLECTOR, "rahasia-123")
    rows = list(audit.AuditLog.select().order_by(audit.AuditLog.seq.desc()).limit(1))
    assert audit.AuditLog.select().count() == before + 1
    assert rows[0].action == "user.create" and rows[0].username == "admin"
    assert '"full_name": "Wawan Gunawan"' in rows[0].after
    assert audit.verify_chain() == []


def _raw(db, sql, *params):
    db.execute_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
    db.execute_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
    db.execute_sql(sql, params)


def test_the_database_refuses_edits_to_the_audit_trail(db, staff):
    import peewee

    with pytest.raises(peewee.IntegrityError, match="append-only"):
        db.execute_sql("UPDATE audit_log SET note = 'x' WHERE seq = 1")
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        db.execute_sql("DELETE FROM audit_log WHERE seq = 1")


@pytest.mark.parametrize("tamper, expected", [
    ("UPDATE audit_log SET username = 'kasir' WHERE seq = 3", "altered"),
    ("DELETE FROM audit_log WHERE seq = 4", "deleted, inserted or moved"),
    ("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)", "head says"),
    ("INSERT INTO audit_log (seq, ts, user_id, username, action, entity, entity_id, note, prev_hash, hash) "
     "SELECT 99, ts, user_id, username, action, entity, entity_id, note, prev_hash, hash FROM audit_log "
     "WHERE seq = 2", "deleted, inserted or moved"),
    ("UPDATE audit_log SET id = id + 1000 WHERE seq = 2", "deleted, inserted or moved"),
])
def test_the_hash_chain_detects_raw_sql_tampering(db, staff, tamper, expected):
    assert audit.verify_chain() == []
    _raw(db, tamper)
    problems = audit.verify_chain()
    assert problems, "tampering went unnoticed"
    assert any(expected in p.message for p in problems), [p.message for p in problems]


def test_the_permission_matrix_covers_every_role():
    rows = permission_matrix()
    assert len(rows) >= 30
    for perm, desc, allowed in rows:
        assert desc and set(allowed) == set(Role)
    assert any(allowed[Role.ADMIN] for _p, _d, allowed in rows)
