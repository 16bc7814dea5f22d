"""Settings → Cadangan: where the daily backups go, how many are kept, backing up now, and restoring.

A restore replaces the whole database, so it is verified first (integrity, foreign keys, every check of
``main.py check``), needs an administrator (``backup.restore``) and a second person who confirms with their own
password (maker ≠ checker), and keeps the replaced file beside the database.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.core import backup as backupmod
from models.core.errors import DomainError
from models.core.office import get_setting
from ui.common.dialogs import error_text
from ui.common.theme import icon

TAB_ORDER = 70
PERMISSION = "backup.run"


def tab_title() -> str:
    return QCoreApplication.translate("BackupTab", "Cadangan")


class CheckerDialog(QDialog):
    """The second person confirms a restore with their own user name and password."""

    def __init__(self, source: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Konfirmasi pemulihan"))
        form = QFormLayout(self)
        text = QLabel(self.tr("Seluruh basis data akan diganti dengan isi cadangan <b>{name}</b>. File yang "
                              "sekarang disimpan di sampingnya. Orang kedua (manajer, akuntan atau "
                              "administrator lain) mengonfirmasi dengan akunnya sendiri.")
                      .format(name=source.name))
        text.setWordWrap(True)
        form.addRow(text)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Nama pengguna pemeriksa"), self.username)
        form.addRow(self.tr("Kata sandi pemeriksa"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Pulihkan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class Tab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)

        auto = QGroupBox(self.tr("Cadangan otomatis harian"))
        form = QFormLayout(auto)
        self.daily = QCheckBox(self.tr("Buat cadangan setiap hari saat aplikasi dibuka"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(backupmod.default_backup_folder()))
        browse = QPushButton(icon("search"), self.tr("Pilih…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setSuffix(self.tr(" file"))
        self.save_button = QPushButton(icon("save"), self.tr("Simpan pengaturan"))
        self.save_button.clicked.connect(self.save_settings)
        self.save_button.setEnabled(session.can("settings.edit"))
        form.addRow(self.daily)
        form.addRow(self.tr("Folder cadangan"), folder_row)
        self.keep.setMaximumWidth(120)
        form.addRow(self.tr("Simpan sebanyak"), self.keep)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow("", save_row)
        layout.addWidget(auto)

        now_box = QGroupBox(self.tr("Cadangan dan pemulihan"))
        now_layout = QVBoxLayout(now_box)
        self.last_label = QLabel("")
        now_layout.addWidget(self.last_label)
        row = QHBoxLayout()
        self.backup_button = QPushButton(icon("backup"), self.tr("Cadangkan sekarang"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(icon("restore"), self.tr("Pulihkan dari file…"))
        self.restore_button.clicked.connect(self.choose_restore)
        self.restore_button.setEnabled(session.can("backup.restore"))
        self.check_button = QPushButton(icon("approve"), self.tr("Periksa basis data"))
        self.check_button.setToolTip(self.tr("Semua pemeriksaan 'check': integritas, kunci asing, jejak audit, "
                                             "buku besar, pinjaman"))
        self.check_button.clicked.connect(self.check_now)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.check_button)
        row.addStretch(1)
        now_layout.addLayout(row)
        note = QLabel(self.tr("Cadangan dibuat dengan API cadangan SQLite, aman walau kasir sedang mencatat "
                              "pembayaran. Simpan salinan di luar komputer ini (flashdisk, folder bersama) — "
                              "basis datanya sendiri jangan ditaruh di folder bersama atau OneDrive."))
        note.setWordWrap(True)
        now_layout.addWidget(note)
        layout.addWidget(now_box)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.RichText)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.daily.setChecked(bool(get_setting("backup.daily", True)))
        self.folder.setText(get_setting("backup.folder") or "")
        self.keep.setValue(int(get_setting("backup.keep", 14)))
        last = backupmod.last_backup_at()
        self.last_label.setText(self.tr("Cadangan terakhir: {when}").format(
            when=last.strftime("%d/%m/%Y %H:%M") if last else self.tr("belum ada")))

    def _say(self, text: str, error: bool = False) -> None:
        colour = "#b3261e" if error else "#1b5e20"
        self.status.setText(f'<span style="color:{colour}">{text}</span>')

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save_settings(self) -> bool:
        try:
            backupmod.save_backup_settings(self.session.user, self.folder.text(), self.keep.value(),
                                           self.daily.isChecked())
        except DomainError as exc:
            self._say(error_text(exc), error=True)
            return False
        self._say(self.tr("Pengaturan cadangan disimpan."))
        self.session.notify("settings")
        return True

    def backup_now(self):
        """Back up on a worker behind a progress dialog (pages copied; "Batal" leaves no file); returns the Job
        (its ``result`` is the backup's path)."""
        from ui.common.jobs import start_job

        user = self.session.user

        def done(path) -> None:
            self.refresh()
            self._say(self.tr("Cadangan dibuat: {path}").format(path=path))
            self.session.notify("backup")

        return start_job(self, self.tr("Cadangkan sekarang"), self.tr("Menyalin basis data…"),
                         lambda progress: backupmod.backup_now(user, progress=progress), on_done=done,
                         on_error=lambda exc: self._say(error_text(exc), error=True),
                         on_cancel=lambda: self._say(self.tr("Pencadangan dibatalkan: tidak ada berkas yang "
                                                             "ditulis.")))

    def check_now(self):
        """Run every check of ``main.py check`` on a worker behind a progress dialog; returns the Job."""
        from models.core.checks import run_checks
        from ui.common.jobs import start_job

        def done(results) -> None:
            failed = [r for r in results if not r.ok]
            if not failed:
                self._say(self.tr("Semua {n} pemeriksaan lulus.").format(n=len(results)))
                return
            items = "".join(f"<br>• {r.name}: {r.problems[0]}" for r in failed[:8])
            self._say(self.tr("{n} pemeriksaan GAGAL:").format(n=len(failed)) + items, error=True)

        return start_job(self, self.tr("Periksa basis data"), self.tr("Memeriksa…"), run_checks, on_done=done,
                         on_error=lambda exc: self._say(error_text(exc), error=True),
                         on_cancel=lambda: self._say(self.tr("Pemeriksaan dibatalkan.")))

    def choose_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pulihkan dari cadangan"), str(backupmod.backup_folder()),
                                              self.tr("Cadangan Angsur (*.db);;Semua file (*)"))
        if not path:
            return
        dialog = CheckerDialog(Path(path), self)
        if dialog.exec():
            self.restore_from(path, dialog.username.text().strip(), dialog.password.text())

    def restore_from(self, source: str | Path, checker_username: str, checker_password: str):
        """Verify ``source``, have the second person confirm, swap it in, reopen; return the RestoreResult.

        The copy and its checks run on a worker behind a progress dialog (the window keeps repainting; the
        dialog is modal, so nobody works on a database about to be replaced); "Batal" stops it before the files
        are swapped and leaves the live file as it was.  Returns None when refused or cancelled (the status line
        says why); :attr:`restore_job` is the job of the last restore.
        """
        from models.core.db import close_database, database, open_database, sqlite_path
        from models.core.users import authenticate
        from ui.common.jobs import start_job

        live = sqlite_path()
        if live is None:
            self._say(self.tr("Pemulihan dari aplikasi hanya untuk basis data SQLite."), error=True)
            return None
        try:
            checker = authenticate(checker_username, checker_password)
        except DomainError as exc:
            self._say(error_text(exc), error=True)
            return None
        actor = self.session.user
        close_database()  # this desk's connection: the swap needs the file closed everywhere
        self.restore_job = start_job(
            self, self.tr("Pulihkan dari cadangan"), self.tr("Memeriksa cadangan sebelum dipulihkan…"),
            lambda progress: backupmod.restore_database(live, source, actor=actor, checker=checker,
                                                        progress=progress),
            show_errors=False)
        state = self.restore_job.wait(timeout_ms=12 * 3600 * 1000)
        if database.obj is None or database.obj.is_closed():
            open_database(live)
        if state == "cancelled":
            self._say(self.tr("Pemulihan dibatalkan: basis data tidak diubah."))
            return None
        exc = self.restore_job.error
        if isinstance(exc, backupmod.BackupRefused):
            details = "".join(f"<br>• {p}" for p in exc.problems[:8])
            self._say(self.tr("Cadangan DITOLAK, basis data tidak diubah: {reason}").format(
                reason=exc.message) + details, error=True)
            return None
        if exc is not None:
            self._say(error_text(exc), error=True)
            return None
        result = self.restore_job.result
        from models.core.users import User

        self.session.user = User.get_or_none(User.id == self.session.user.id) or self.session.user
        self.refresh()
        self._say(self.tr("Basis data dipulihkan dari {source} ({checks} pemeriksaan lulus). File lama "
                          "disimpan sebagai {kept}.").format(source=Path(source).name, checks=result.checks,
                                                             kept=result.kept.name if result.kept else "-"))
        self.session.notify("*")
        return result

