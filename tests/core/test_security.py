"""Security rules at the models/ level: idempotent retries, backup settings, account checks, and the
documented permission matrix matching the enforced one."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from models.core import audit
from models.core.backup import backup_now, list_backups, save_backup_settings
from models.core.db import run_in_transaction
from models.core.errors import ConflictError, PermissionDenied, ValidationError
from models.core.idempotency import IdempotencyKey, new_key, once
from models.core.office import NumberSequence, get_setting, next_number
from models.core.users import ROLE_LABELS, Role, User, permission_matrix

ROOT = Path(__file__).resolve().parents[2]


def _receipt(branch, posted: list):
    def post():
        number = next_number("receipt", branch, 2026)
        posted.append(number)
        audit.record(None, "payment.post", "receipt", number)
        return number
    return post


def test_a_retried_form_gets_the_first_receipt_back_and_posts_nothing(branch):
    key, posted = new_key(), []
    first = run_in_transaction(lambda: once(key, "payment.post", _receipt(branch, posted)))
    again = run_in_transaction(lambda: once(key, "payment.post", _receipt(branch, posted)))
    assert (first.replayed, again.replayed) == (False, True)
    assert again.ref == first.ref == posted[0] and len(posted) == 1
    assert NumberSequence.get(NumberSequence.name == "receipt").last_value == 1


def test_a_failed_action_leaves_no_key_so_the_retry_really_posts(branch):
    key, posted = new_key(), []

    def fails():
        _receipt(branch, posted)()
        raise ValidationError("jumlah melebihi tunggakan", "amount")

    with pytest.raises(ValidationError):
        run_in_transaction(lambda: once(key, "payment.post", fails))
    assert IdempotencyKey.select().count() == 0
    assert NumberSequence.select().where(NumberSequence.last_value > 0).count() == 0  # number rolled back
    result = run_in_transaction(lambda: once(key, "payment.post", _receipt(branch, posted)))
    assert not result.replayed and result.ref.endswith("000001")


def test_a_key_cannot_be_reused_for_another_action(branch):
    key = new_key()
    run_in_transaction(lambda: once(key, "payment.post", _receipt(branch, [])))
    with pytest.raises(ConflictError):
        once(key, "savings.post", lambda: "x")
    with pytest.raises(ValueError):
        once("", "payment.post", lambda: "x")


def test_backup_settings_are_validated_audited_and_need_the_right(staff, tmp_path):
    with pytest.raises(PermissionDenied):
        save_backup_settings(staff.kasir, str(tmp_path), 7)
    with pytest.raises(ValidationError) as err:
        save_backup_settings(staff.admin, str(tmp_path), 0)
    assert err.value.errors[0].field == "backup.keep"
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("file")
    with pytest.raises(ValidationError, match="tidak dapat ditulisi"):
        save_backup_settings(staff.admin, str(blocker / "sub"), 7)
    save_backup_settings(staff.manajer, str(tmp_path / "cadangan"), 7, daily=False)
    assert (get_setting("backup.folder"), get_setting("backup.keep"), get_setting("backup.daily")) == (
        str(tmp_path / "cadangan"), 7, False)
    row = audit.AuditLog.select().order_by(audit.AuditLog.seq.desc()).first()
    assert row.action == "settings.change" and row.username == "manajer" and '"backup.keep": 7' in row.after


def test_backing_up_now_is_audited_and_rotated(staff, tmp_path):
    import datetime as dt

    save_backup_settings(staff.admin, str(tmp_path / "b"), 2)
    for hour in (9, 10, 11):
        backup_now(staff.akuntan, dt.datetime(2026, 11, 23, hour, 0))
    assert [p.name for p in list_backups(tmp_path / "b", "angsur")] == ["angsur-20261123-100000.db",
                                                                       "angsur-20261123-110000.db"]
    rows = audit.AuditLog.select().where(audit.AuditLog.action == "backup.create")
    assert [r.username for r in rows] == ["akuntan"] * 3
    with pytest.raises(PermissionDenied):
        backup_now(staff.cmo1)


def test_the_account_check_catches_a_password_written_outside_the_application(staff):
    from models.core import security_checks

    assert security_checks.user_accounts() == []
    User.update(password_hash="angsur-demo").where(User.username == "kasir").execute()
    assert security_checks.user_accounts() == ["user kasir has a password that is not an argon2id hash"]
    User.update(active=False).where(User.role == "admin").execute()
    User.update(password_hash=staff.kasir2.password_hash).where(User.username == "kasir").execute()
    assert security_checks.user_accounts() == [
        "no active administrator: nobody can manage users or restore backups"]


def matrix_markdown() -> str:
    """The permission matrix as the Markdown table docs/security.md carries (regenerate with this)."""
    roles = list(Role)
    head = "| Hak | Keterangan | " + " | ".join(ROLE_LABELS[r].split(" (")[0] for r in roles) + " |"
    rule = "|---|---|" + "|".join(":-:" for _ in roles) + "|"
    lines = [head, rule]
    for perm, desc, allowed in permission_matrix():
        lines.append(f"| `{perm}` | {desc} | " + " | ".join("✓" if allowed[r] else "" for r in roles) + " |")
    return "\n".join(lines)


def test_the_documented_permission_matrix_is_the_enforced_one():
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    assert matrix_markdown() in text, "docs/security.md is out of date: paste tests/test_security.py " \
                                      "matrix_markdown() output into it"


def test_the_documented_demo_users_are_the_demo_staff():
    from models.demo.build import DEMO_PASSWORD, DEMO_STAFF

    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    assert DEMO_PASSWORD in text
    for username, full_name, role, _area, _code in DEMO_STAFF:
        assert f"| `{username}` | {full_name} | {ROLE_LABELS[role]} |" in text


if __name__ == "__main__":
    sys.stdout.write(matrix_markdown() + "\n")
