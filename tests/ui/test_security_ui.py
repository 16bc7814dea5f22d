"""Settings tabs (users, permissions, backup) and the audit viewer, driven through their widgets."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models.core import audit
from models.core.users import Role, User, authenticate, create_user
from ui.common.session import Session
from ui.settings import backup_tab as backup_tab
from ui.settings import permissions_tab as permissions_tab
from ui.settings import users_tab as users_tab
from ui.settings.audit_viewer import (
    COL_ACTION,
    COL_CHANGES,
    COL_SEQ,
    COL_USER,
    AuditFilter,
    AuditTableModel,
    AuditViewer,
)


@pytest.fixture
def shown_errors(monkeypatch):
    """Refusals the tab shows in a message box (recorded instead of blocking the test)."""
    shown = []
    monkeypatch.setattr(users_tab, "show_error", lambda parent, exc, title=None: shown.append(exc.message))
    return shown


def _users(qtbot, user):
    tab = users_tab.Tab(Session(user))
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    return tab


def test_the_administrator_adds_a_cashier_who_can_then_log_in(qtbot, staff, qtmodeltester):
    tab = _users(qtbot, staff.admin)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 11
    dialog = users_tab.UserDialog(tab)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "kasir3")
    qtbot.keyClicks(dialog.full_name, "Wulan Pertiwi")
    dialog.role.setCurrentIndex(dialog.role.findData("cashier"))
    dialog.branch.setCurrentIndex(1)
    qtbot.keyClicks(dialog.password.first, "kas-wulan-01")
    qtbot.keyClicks(dialog.password.second, "kas-wulan-02")
    with pytest.raises(Exception, match="tidak sama"):
        tab.add_user(dialog)
    dialog.password.second.clear()
    qtbot.keyClicks(dialog.password.second, "kas-wulan-01")
    user = tab.add_user(dialog)
    tab.refresh()
    assert tab.model.rowCount() == 12
    assert (user.role, user.branch.code) == ("cashier", "BDG")
    assert authenticate("kasir3", "kas-wulan-01").id == user.id
    tab.grab().save("/tmp/h8_users.png")


def test_deactivating_and_reactivating_a_user(qtbot, staff, shown_errors):
    tab = _users(qtbot, staff.admin)
    tab.select("kolektor")
    assert tab.active_button.text() == "Nonaktifkan"
    qtbot.mouseClick(tab.active_button, Qt.LeftButton)
    assert not User.get(User.username == "kolektor").active
    with pytest.raises(Exception):
        authenticate("kolektor", "angsur-demo")
    tab.select("kolektor")
    assert tab.active_button.text() == "Aktifkan"
    qtbot.mouseClick(tab.active_button, Qt.LeftButton)
    assert User.get(User.username == "kolektor").active
    tab.select("admin")  # oneself
    qtbot.mouseClick(tab.active_button, Qt.LeftButton)
    assert shown_errors == ["tidak dapat menonaktifkan akun sendiri"]
    assert User.get(User.username == "admin").active


def test_reset_password_and_role_change_with_no_self_elevation(qtbot, staff, shown_errors):
    tab = _users(qtbot, staff.admin)
    tab.select("cmo2")
    pair = users_tab.PasswordPair()
    qtbot.addWidget(pair)
    qtbot.keyClicks(pair.first, "cmo2-baru-2026")
    qtbot.keyClicks(pair.second, "cmo2-baru-2026")
    assert tab.reset_password(tab.selected(), pair)
    assert "sudah diganti" in tab.status.text()
    assert authenticate("cmo2", "cmo2-baru-2026").username == "cmo2"
    assert tab.change_role(User.get(User.username == "cmo2"), Role.SUPERVISOR.value)
    assert User.get(User.username == "cmo2").role == "supervisor"
    tab.select("admin")
    assert not tab.role_button.isEnabled()  # the UI hides it; the model refuses it anyway:
    assert not tab.change_role(staff.admin, Role.MANAGER.value)
    assert "empat mata" in shown_errors[-1]


def test_the_users_tab_is_only_for_user_managers():
    assert users_tab.PERMISSION == "user.manage" and backup_tab.PERMISSION == "backup.run"
    assert not hasattr(permissions_tab, "PERMISSION")  # everyone may read the rules


def test_the_permission_matrix_shows_the_enforced_rules(qtbot, staff, qtmodeltester):
    tab = permissions_tab.Tab(Session(staff.kasir))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    model = tab.model
    qtmodeltester.check(model)
    from models.core.users import PERMISSIONS, has_permission

    assert model.rowCount() == len(PERMISSIONS)
    roles = permissions_tab.ROLES
    for row in range(model.rowCount()):
        perm = model.index(row, permissions_tab.COL_PERMISSION).data()
        for col, role in enumerate(roles, start=2):
            shown = model.index(row, col).data() == "✓"
            holder = User.get(User.role == role.value)
            assert shown == has_permission(holder, perm), (perm, role)
    assert not (model.flags(model.index(0, 2)) & Qt.ItemIsEditable)
    tab.grab().save("/tmp/h8_permissions.png")


def _backup_tab(qtbot, user, tmp_path):
    from models.core.backup import save_backup_settings

    save_backup_settings(User.get(User.username == "admin"), str(tmp_path / "cadangan"), 5)
    tab = backup_tab.Tab(Session(user))
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    return tab


def test_backing_up_now_from_settings(qtbot, staff, tmp_path):
    tab = _backup_tab(qtbot, staff.akuntan, tmp_path)
    assert "belum ada" in tab.last_label.text()
    assert not tab.restore_button.isEnabled() and not tab.save_button.isEnabled()
    job = tab.backup_now()
    assert job.wait() == "done"
    path = job.result
    assert path.exists() and path.parent == tmp_path / "cadangan"
    assert "belum ada" not in tab.last_label.text() and "Cadangan dibuat" in tab.status.text()
    tab.grab().save("/tmp/h8_backup_tab.png")


def test_changing_the_backup_settings(qtbot, staff, tmp_path):
    tab = _backup_tab(qtbot, staff.admin, tmp_path)
    tab.folder.clear()
    qtbot.keyClicks(tab.folder, str(tmp_path / "usb"))
    tab.keep.setValue(30)
    assert tab.save_settings() and "disimpan" in tab.status.text()
    from models.core.office import get_setting

    assert get_setting("backup.folder") == str(tmp_path / "usb") and get_setting("backup.keep") == 30


def test_restore_from_settings_needs_a_second_person_and_keeps_the_old_file(qtbot, staff, tmp_path):
    from models.core.backup import make_backup

    backup = make_backup(tmp_path / "pagi.db")
    create_user(staff.admin, "sore", "Pegawai Sore", Role.CASHIER, "rahasia-sore")
    tab = _backup_tab(qtbot, staff.admin, tmp_path)
    assert tab.restore_button.isEnabled()
    assert tab.restore_from(backup, "admin", "angsur-demo") is None  # the administrator alone: refused
    assert "empat mata" in tab.status.text()
    assert tab.restore_from(backup, "manajer", "salah") is None
    assert User.get_or_none(User.username == "sore") is not None
    result = tab.restore_from(backup, "manajer", "angsur-demo")
    assert result is not None and result.kept.exists()
    assert User.get_or_none(User.username == "sore") is None  # the database is the backup's, reopened
    assert "dipulihkan" in tab.status.text()
    last = audit.AuditLog.select().order_by(audit.AuditLog.seq.desc()).first()
    assert last.action == "backup.restore" and "manajer" in last.note


def test_a_damaged_backup_is_refused_in_settings(qtbot, staff, tmp_path):
    bad = tmp_path / "rusak.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"\xff" * 8000)
    tab = _backup_tab(qtbot, staff.admin, tmp_path)
    assert tab.restore_from(bad, "manajer", "angsur-demo") is None
    assert "DITOLAK" in tab.status.text()
    assert User.select().count() == 11


# --------------------------------------------------------------------------------------------- audit viewer
def _busy_day(staff):
    create_user(staff.admin, "kasir3", "Wulan Pertiwi", Role.CASHIER, "kas-wulan-01")
    authenticate("kasir", "angsur-demo")
    authenticate("cmo1", "angsur-demo")


def test_the_audit_model_is_lazy_sortable_and_filterable(qtbot, staff, qtmodeltester):
    _busy_day(staff)
    model = AuditTableModel()
    qtmodeltester.check(model)
    total = audit.AuditLog.select().count()
    assert model.rowCount() == total
    assert model.index(0, COL_SEQ).data() == str(total)  # newest first
    assert model._cache == {} or len(model._cache) <= 200
    model.sort(COL_SEQ, Qt.AscendingOrder)
    assert model.index(0, COL_SEQ).data() == "1"
    model.set_filter(AuditFilter(username="admin", action="user"))
    rows = [(model.index(r, COL_USER).data(), model.index(r, COL_ACTION).data()) for r in range(model.rowCount())]
    assert rows and all(u == "admin" and a.startswith("user") for u, a in rows)
    changes = [model.index(r, COL_CHANGES).data() for r in range(model.rowCount())]
    assert any("username: kasir3" in c for c in changes)
    model.set_filter(AuditFilter(date_from=dt.date.today() + dt.timedelta(days=1)))
    assert model.rowCount() == 0
    model.set_filter(AuditFilter(date_from=dt.date.today(), date_to=dt.date.today()))
    assert model.rowCount() == total


def test_the_audit_viewer_exports_and_the_export_is_audited(qtbot, staff, tmp_path):
    _busy_day(staff)
    viewer = AuditViewer(Session(staff.manajer))
    qtbot.addWidget(viewer)
    viewer.resize(1280, 800)
    viewer.show()
    viewer.user_box.setCurrentIndex(viewer.user_box.findData("cmo1"))
    qtbot.mouseClick(viewer.apply_button, Qt.LeftButton)
    assert viewer.model.rowCount() == 1 and viewer.count_label.text() == "1 baris"
    viewer.grab().save("/tmp/h8_audit.png")
    path = viewer.export_to(tmp_path / "audit.xlsx")
    from openpyxl import load_workbook

    values = [c.value for row in load_workbook(path).active.iter_rows() for c in row if c.value]
    assert "Jejak Audit" in values and "cmo1" in values and "kasir" not in values
    last = audit.AuditLog.select().order_by(audit.AuditLog.seq.desc()).first()
    assert (last.action, last.username) == ("audit.export", "manajer") and "1 baris" in last.note


def test_the_audit_viewer_verifies_the_chain(qtbot, staff, monkeypatch, db):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(("ok", a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(("bad", a[2])))
    viewer = AuditViewer(Session(staff.admin))
    qtbot.addWidget(viewer)
    qtbot.mouseClick(viewer.verify_button, Qt.LeftButton)
    assert said[-1][0] == "ok" and "utuh" in said[-1][1]
    db.execute_sql("DROP TRIGGER audit_log_no_update")
    db.execute_sql("UPDATE audit_log SET after = replace(after, 'cashier', 'admin') WHERE seq = 8")
    qtbot.mouseClick(viewer.verify_button, Qt.LeftButton)
    assert said[-1][0] == "bad" and "row 8 was altered" in said[-1][1]


def test_only_auditors_open_the_viewer(qtbot, staff):
    with pytest.raises(Exception, match="tidak berhak"):
        AuditViewer(Session(staff.kasir))
