"""Login, first start and the lock screen, driven through the real widgets."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from models.core import audit
from models.core.office import Branch, Office, has_office
from models.core.users import User, authenticate
from ui.shell.login import FirstRunWizard, IdleLock, LockDialog, LoginDialog
from ui.common.session import Session


def _login(qtbot, dialog, username, password):
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.login_button, Qt.LeftButton)


def test_the_cashier_logs_in_after_mistyping_her_password(qtbot, staff):
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, "kasir", "angsur-dem")
    assert dialog.user is None and dialog.isVisible()
    assert "salah" in dialog.error.text() and dialog.password.text() == ""
    _login(qtbot, dialog, "kasir", "angsur-demo")
    assert dialog.result() == QDialog.Accepted
    assert dialog.user.username == "kasir"
    dialog.grab().save("/tmp/h8_login.png")


def test_a_locked_account_is_told_so(qtbot, staff):
    dialog = LoginDialog(username="cmo1")
    qtbot.addWidget(dialog)
    for _ in range(5):
        _login(qtbot, dialog, "cmo1", "tebakan")
    _login(qtbot, dialog, "cmo1", "angsur-demo")
    assert dialog.user is None and "terkunci" in dialog.error.text()


def _fill_office(qtbot, wizard, *, name="Koperasi Sejahtera Bersama", kind="koperasi", code="CMH",
                 branch="Cabang Cimahi"):
    page = wizard.office_page
    qtbot.keyClicks(page.name, name)
    page.kind.setCurrentIndex(page.kind.findData(kind))
    qtbot.keyClicks(page.branch_code, code)
    qtbot.keyClicks(page.branch_name, branch)


def test_first_start_creates_the_office_and_its_administrator(qtbot, empty_db):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == wizard.PAGE_START and wizard.start_page.new_office.isChecked()
    wizard.next()
    wizard.next()  # empty office page: refused with the reasons
    assert wizard.currentId() == wizard.PAGE_OFFICE and "nama kantor wajib" in wizard.office_page.error.text()
    _fill_office(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_ADMIN
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "ketua")
    qtbot.keyClicks(page.full_name, "Ibu Ratna Dewi")
    qtbot.keyClicks(page.password, "koperasi-kuat-1")
    qtbot.keyClicks(page.password_again, "koperasi-kuat-2")
    wizard.grab().save("/tmp/h8_wizard.png")
    assert not wizard.validateCurrentPage()
    assert "tidak sama" in page.error.text() and not has_office()
    page.password_again.clear()
    qtbot.keyClicks(page.password_again, "koperasi-kuat-1")
    assert wizard.validateCurrentPage()

    office = Office.get()
    assert (office.name, office.kind) == ("Koperasi Sejahtera Bersama", "koperasi")
    assert Branch.get().code == "CMH"
    admin = User.get()
    assert (admin.username, admin.role, admin.branch.code) == ("ketua", "admin", "CMH")
    assert authenticate("ketua", "koperasi-kuat-1").id == admin.id
    assert wizard.admin.id == admin.id
    actions = [r.action for r in audit.AuditLog.select().order_by(audit.AuditLog.seq)]
    assert actions == ["user.create", "office.create", "login"] and audit.verify_chain() == []


def test_the_wizard_refuses_a_weak_password_and_has_no_default(qtbot, empty_db):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_office(qtbot, wizard, kind="bpr")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_ADMIN
    page = wizard.admin_page
    assert page.password.text() == "" and page.password_again.text() == ""
    qtbot.keyClicks(page.username, "admin")
    qtbot.keyClicks(page.full_name, "Admin")
    qtbot.keyClicks(page.password, "admin")
    qtbot.keyClicks(page.password_again, "admin")
    assert not wizard.validateCurrentPage()
    assert "minimal 8" in page.error.text()
    assert not has_office() and User.select().count() == 0


def test_the_wizard_can_build_the_demo_office_instead(qtbot, empty_db, monkeypatch):
    from models.demo import build as demo

    monkeypatch.setattr(demo, "DEMO_STEPS", ["models.demo.build:build_core"])  # the staff, not 300 customers
    wizard = FirstRunWizard(demo_customers=0)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_page.demo.setChecked(True)
    assert wizard.start_page.nextId() == -1
    assert wizard.validateCurrentPage()
    assert wizard.demo_built and has_office()
    assert authenticate("admin", "angsur-demo").role == "admin"


def _desk(qtbot, user, interval_ms):
    window = QMainWindow()
    window.setCentralWidget(QLabel("Daftar nasabah dengan NIK"))
    qtbot.addWidget(window)
    window.show()
    session = Session(user)
    lock = IdleLock(session, window, interval_ms=interval_ms)
    return window, session, lock


def test_the_desk_locks_when_left_alone_and_opens_with_the_password(qtbot, staff):
    window, session, lock = _desk(qtbot, staff.kasir, 150)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    assert not window.centralWidget().isVisible()  # personal data hidden while nobody watches
    dialog = lock.dialog
    assert isinstance(dialog, LockDialog) and not dialog.username.isEnabled()
    dialog.grab().save("/tmp/h8_lock.png")
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert lock.is_locked  # Escape does not unlock
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)
    assert lock.is_locked and "salah" in dialog.error.text()
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        qtbot.keyClicks(dialog.password, "angsur-demo")
        qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)
    assert not lock.is_locked and window.centralWidget().isVisible()
    assert session.user.username == "kasir"


def test_typing_keeps_the_desk_unlocked(qtbot, staff):
    window, session, lock = _desk(qtbot, staff.kasir, 400)
    for _ in range(8):
        qtbot.wait(100)
        qtbot.keyClick(window.centralWidget(), Qt.Key_A)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)


def test_the_next_shift_logs_in_on_the_lock_screen(qtbot, staff):
    window, session, lock = _desk(qtbot, staff.kasir, 0)
    assert lock.interval_ms == 0
    qtbot.wait(50)
    assert not lock.is_locked  # 0 = never by itself
    lock.lock_now()  # Ctrl+L
    dialog = lock.dialog
    qtbot.mouseClick(dialog.switch_button, Qt.LeftButton)
    assert dialog.username.isEnabled() and dialog.username.text() == ""
    qtbot.keyClicks(dialog.username, "kasir2")
    qtbot.keyClicks(dialog.password, "angsur-demo")
    with qtbot.waitSignal(session.userChanged, timeout=3000) as changed:
        qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)
    assert changed.args[0].username == "kasir2" and session.user.username == "kasir2"


def test_the_idle_time_comes_from_the_settings(qtbot, staff):
    from models.core.office import put_setting

    put_setting("security.idle_lock_minutes", 10)
    _window, _session, lock = _desk(qtbot, staff.kasir, None)
    assert lock.interval_ms == 600_000
