"""Users, roles and permissions — enforced here, in the domain, never only in the UI.

The UI hides what a role may not do, but every operation in ``models/`` calls :func:`require` itself, so a
button that slipped through, a script or a future screen still cannot approve a loan for a cashier.

Maker ≠ checker: actions that move money or trust (approving, disbursing, reversing, waiving, writing off,
closing and reopening periods, restoring, changing roles) name the person who made the request; the checker
must be a different user (:func:`require_checker`).

Passwords are hashed with argon2id at OWASP's minimum (m = 19 MiB, t = 2, p = 1).  Repeated failures lock
the account for a while; there is no default password anywhere: the first administrator is created by the
first-run wizard (or ``main.py demo``, whose demo users are documented in the README).
"""
from __future__ import annotations

import datetime as dt
import time
from enum import Enum

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField

from models.core import audit
from models.core.clock import now
from models.core.db import BaseModel, write_transaction
from models.core.errors import ConflictError, FieldError, NotFound, PermissionDenied, ValidationError
from models.core.office import Branch
from models.core.texts import _


class Role(str, Enum):
    ADMIN = "admin"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    OFFICER = "officer"  # credit officer: CMO (leasing) or AO (bank, cooperative)
    CASHIER = "cashier"
    COLLECTOR = "collector"
    ACCOUNTANT = "accountant"


ROLE_LABELS = {  # Indonesian labels shown in the UI and the README's matrix
    Role.ADMIN: "Administrator",
    Role.MANAGER: "Manajer",
    Role.SUPERVISOR: "Supervisor / Kepala Cabang",
    Role.OFFICER: "Petugas Kredit (CMO/AO)",
    Role.CASHIER: "Kasir",
    Role.COLLECTOR: "Kolektor",
    Role.ACCOUNTANT: "Akuntan",
}

A, M, S, O, C, K, T = (Role.ADMIN, Role.MANAGER, Role.SUPERVISOR, Role.OFFICER, Role.CASHIER, Role.COLLECTOR,
                       Role.ACCOUNTANT)

# permission -> (roles that hold it, description).  The Settings screen and the README show this table.
PERMISSIONS: dict[str, tuple[frozenset[Role], str]] = {
    "customer.view": (frozenset({A, M, S, O, C, K, T}), "Melihat nasabah (petugas: portofolio sendiri)"),
    "customer.view_all": (frozenset({A, M, S, C, T}), "Melihat semua portofolio"),
    "customer.edit": (frozenset({A, M, S, O}), "Menambah/mengubah nasabah (petugas: portofolio sendiri)"),
    "customer.unmask": (frozenset({M, S, O}), "Melihat NIK dan telepon tanpa sensor (dicatat)"),
    "customer.import": (frozenset({A, M, S}), "Impor nasabah dari Excel"),
    "customer.export": (frozenset({M}), "Ekspor data pribadi nasabah (dicatat)"),
    "portfolio.reassign": (frozenset({M, S}), "Memindahkan portofolio antar petugas"),
    "dealer.edit": (frozenset({A, M, S}), "Mengelola dealer"),
    "followup.log": (frozenset({M, S, O, K}), "Mencatat tindak lanjut nasabah"),
    "product.edit": (frozenset({A, M}), "Mengatur produk pinjaman"),
    "application.create": (frozenset({S, O}), "Membuat dan mengajukan permohonan kredit"),
    "application.approve": (frozenset({M, S}), "Menyetujui/menolak permohonan (bukan milik sendiri)"),
    "application.contract": (frozenset({M, S}), "Membuat kontrak"),
    "loan.disburse": (frozenset({M, S}), "Mencairkan pinjaman (pembuat ≠ pemeriksa)"),
    "collateral.move": (frozenset({M, S, T}), "Mencatat mutasi BPKB/jaminan"),
    "payment.post": (frozenset({C, S}), "Menerima pembayaran angsuran"),
    "payment.reverse": (frozenset({M, S}), "Membatalkan pembayaran (pembuat ≠ pemeriksa)"),
    "fee.waive": (frozenset({M, S}), "Menghapus denda dengan alasan"),
    "loan.payoff": (frozenset({C, S}), "Pelunasan dipercepat"),
    "loan.writeoff": (frozenset({M}), "Hapus buku (pembuat ≠ pemeriksa)"),
    "collection.work": (frozenset({M, S, O, K}), "Penagihan: kunjungan, janji bayar, SP"),
    # Collections and problem accounts (issue 15)
    "collection.assign": (frozenset({M, S}), "Menugaskan rekening ke kolektor (per wilayah atau satu per satu)"),
    "letter.issue": (frozenset({M, S}), "Menerbitkan surat peringatan (SP1–SP3, somasi) secara massal"),
    "restructure.propose": (frozenset({M, S, O}), "Mengusulkan restrukturisasi (jadwal ulang, syarat ulang, "
                                                  "kapitalisasi tunggakan, pelunasan sebagian)"),
    "restructure.approve": (frozenset({M, S}), "Menyetujui restrukturisasi dalam batas (pembuat ≠ pemeriksa)"),
    "repossession.record": (frozenset({M, S}), "Mencatat penarikan unit jaminan"),
    "repossession.sell": (frozenset({M, S}), "Mencatat penjualan unit tarikan dan menyelesaikan pinjaman"),
    "writeoff.propose": (frozenset({M}), "Mengusulkan hapus buku"),
    "recovery.post": (frozenset({C, S}), "Menerima pembayaran atas pinjaman hapus buku"),
    "savings.post": (frozenset({C, S}), "Setoran/penarikan simpanan"),
    "savings.approve": (frozenset({M, S}), "Menyetujui penarikan simpanan di atas batas, pembatalan, anggota keluar "
                                           "(pembuat ≠ pemeriksa)"),
    "ledger.view": (frozenset({A, M, S, T}), "Melihat buku besar dan laporan keuangan"),
    "journal.manual": (frozenset({T}), "Jurnal umum manual"),
    "coa.edit": (frozenset({M, T}), "Mengubah bagan akun"),
    "setup.install": (frozenset({A, M, T}), "Memasang bagan akun dan produk standar saat persiapan kantor"),
    "period.close": (frozenset({M, T}), "Tutup buku bulanan/tahunan"),
    "period.reopen": (frozenset({M}), "Membuka kembali periode (pembuat ≠ pemeriksa)"),
    "report.view": (frozenset({A, M, S, O, C, K, T}), "Melihat laporan"),
    "report.export": (frozenset({M, S, T}), "Ekspor laporan ke Excel/PDF"),
    "audit.view": (frozenset({A, M}), "Melihat jejak audit"),
    "user.manage": (frozenset({A}), "Mengelola pengguna"),
    "role.change": (frozenset({A}), "Mengubah peran pengguna (pembuat ≠ pemeriksa)"),
    "settings.edit": (frozenset({A, M}), "Mengubah pengaturan"),
    "backup.run": (frozenset({A, M, T}), "Membuat cadangan"),
    "backup.restore": (frozenset({A}), "Memulihkan dari cadangan (pembuat ≠ pemeriksa)"),
}

OFFICER_ROLES = frozenset({Role.OFFICER, Role.COLLECTOR, Role.SUPERVISOR})


class User(BaseModel):
    """A person who logs in.  Credit officers, collectors and cashiers are users with that role; the
    officer's ``area`` is the region they work (a kecamatan, a dealer cluster)."""

    username = CharField(max_length=32, unique=True)
    full_name = CharField(max_length=80)
    role = CharField(max_length=16)
    branch = ForeignKeyField(Branch, null=True, on_delete="RESTRICT")
    area = CharField(max_length=80, default="")
    officer_code = CharField(max_length=12, default="")
    phone = CharField(max_length=20, default="")
    password_hash = CharField(max_length=200)
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    last_login_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    def can(self, permission: str) -> bool:
        return has_permission(self, permission)

    def __str__(self) -> str:
        return f"{self.full_name} ({self.username})"


# ------------------------------------------------------------------------------------------- permissions
def has_permission(user: User | None, permission: str) -> bool:
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    if user is None or not user.active:
        return False
    return Role(user.role) in PERMISSIONS[permission][0]


def refresh_rights(user: User | None) -> User | None:
    """Re-read ``user``'s active flag and role from the database (one primary-key read) into the object.

    A session keeps the :class:`User` it logged in with; without this a cashier deactivated at 10:00 or a
    supervisor demoted to collector kept their old rights until they logged out (issue 19, item 4).  Every
    :func:`require` and :func:`require_checker` calls it, so rights end with the next action.

    Returns:
        ``user`` (updated in place), or ``None`` when it is ``None``.  A user whose row is gone is made inactive.
    """
    if user is None or getattr(user, "id", None) is None:
        return user
    from models.core.db import database

    db = database.obj
    if db is None or db.is_closed():
        return user  # no database open (a restore between files): nothing to re-read, nothing to write either
    p = "?" if db.param == "?" else "%s"
    row = db.execute_sql(f'SELECT active, role FROM "user" WHERE id = {p}', (user.id,)).fetchone()
    if row is None:
        user.active = False
    else:
        user.active, user.role = bool(row[0]), row[1]
    return user


def require(user: User | None, permission: str) -> None:
    """Refuse the action unless ``user`` holds ``permission`` *now*: the active flag and the role are re-read
    from the database first (:func:`refresh_rights`), so a revoked right ends at the next action.

    Raises:
        PermissionDenied: naming the person and the right.
    """
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    refresh_rights(user)
    if not has_permission(user, permission):
        who = user.full_name if user is not None else _("pengguna tanpa login")
        if user is not None and not user.active:
            raise PermissionDenied(_("{who}: akun ini sudah dinonaktifkan; hubungi administrator", who=who))
        raise PermissionDenied(_("{who} tidak berhak: {what}", who=who, what=_(PERMISSIONS[permission][1])))


def require_checker(maker_id: int | None, checker: User, what: str) -> None:
    """Four eyes: the user who checks/approves must not be the one who made the request, and must still be an
    active user (re-read, like :func:`require`)."""
    if checker is None:
        raise PermissionDenied(_("{what}: pemeriksa wajib masuk dengan akunnya (empat mata)", what=what))
    refresh_rights(checker)
    if not checker.active:
        raise PermissionDenied(_("{what}: akun pemeriksa sudah dinonaktifkan", what=what))
    if maker_id is not None and maker_id == checker.id:
        raise PermissionDenied(_("{what}: pemeriksa harus orang lain dari pembuatnya (empat mata)", what=what))


#: How long an :func:`authenticate` of a second person counts as their signature (seconds).
PROOF_SECONDS = 300


def prove_identity(user: User | None, password: str | None, what: str) -> None:
    """A second person (an approver at the counter) proves it is them, in ``models/`` and not only in a dialog.

    Accepted proofs: ``password`` matching the user's stored hash (re-read), or ``user`` being the very object
    :func:`authenticate` returned less than :data:`PROOF_SECONDS` ago in this process (the counter dialog logs the
    supervisor in); that proof is used up by the approval.  Inside :class:`system_context` (demo builder) no
    proof is asked.

    Raises:
        PermissionDenied: no proof, a wrong password or an inactive user.
    """
    if user is None:
        raise PermissionDenied(_("{what}: penyetuju wajib masuk dengan akunnya", what=what))
    refresh_rights(user)
    if not user.active:
        raise PermissionDenied(_("{what}: akun penyetuju sudah dinonaktifkan", what=what))
    if password is not None:
        stored = User.select(User.password_hash).where(User.id == user.id).scalar()
        if stored and verify_password(stored, password):
            return
        raise PermissionDenied(_("{what}: kata sandi penyetuju salah", what=what))
    stamp = getattr(user, "_password_proven_at", None)
    if stamp is not None:
        del user._password_proven_at  # one signature, one approval
        if time.monotonic() - stamp <= PROOF_SECONDS:
            return
    if system_allowed():
        return
    raise PermissionDenied(_("{what}: penyetuju harus membuktikan dengan kata sandinya", what=what))


def sees_all_portfolios(user: User) -> bool:
    return has_permission(user, "customer.view_all")


# --------------------------------------------------------------------------------------------- passwords
_hasher = None


def _password_hasher():
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher, Type

        # OWASP password storage cheat sheet minimum for argon2id: m=19 MiB, t=2, p=1.
        _hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)
    return _hasher


def hash_password(password: str) -> str:
    return _password_hasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _password_hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def validate_password(password: str, username: str = "") -> list[FieldError]:
    errors = []
    if len(password or "") < 8:
        errors.append(FieldError("password", _("kata sandi minimal 8 karakter")))
    elif username and password.lower() == username.lower():
        errors.append(FieldError("password", _("kata sandi tidak boleh sama dengan nama pengguna")))
    elif len(password) > 128:
        errors.append(FieldError("password", _("kata sandi paling panjang 128 karakter")))
    return errors


def validate_user(username: str, full_name: str, role: str) -> list[FieldError]:
    errors = []
    if not username or not username.replace(".", "").replace("_", "").isalnum() or len(username) > 32:
        errors.append(FieldError("username", _("nama pengguna 1–32 huruf/angka (boleh titik dan garis bawah)")))
    if not (full_name or "").strip() or len(full_name) > 80:
        errors.append(FieldError("full_name", _("nama lengkap wajib diisi (paling panjang 80 huruf)")))
    if role not in {r.value for r in Role}:
        errors.append(FieldError("role", _("peran tidak dikenal")))
    return errors


def user_snapshot(user: User) -> dict:
    return {"username": user.username, "full_name": user.full_name, "role": user.role,
            "branch": user.branch_id, "area": user.area, "active": user.active}


# ------------------------------------------------------------------------------------------------ actions
def _create_user(actor: User | None, username: str, full_name: str, role: Role | str, password: str,
                 branch: Branch | None = None, area: str = "", officer_code: str = "", phone: str = "") -> User:
    role = Role(role).value if role in {r.value for r in Role} or isinstance(role, Role) else str(role)
    errors = validate_user(username, full_name, role) + validate_password(password, username)
    if errors:
        raise ValidationError(errors)
    if User.select().where(User.username == username).exists():
        raise ConflictError(_("nama pengguna '{username}' sudah dipakai", username=username))
    user = User.create(username=username, full_name=full_name.strip(), role=role, branch=branch, area=area,
                       officer_code=officer_code, phone=phone, password_hash=hash_password(password))
    audit.record(actor, "user.create", "user", user.id, after=user_snapshot(user))
    return user


@write_transaction
def create_first_admin(username: str, full_name: str, password: str, branch: Branch | None = None) -> User:
    """First-run wizard: create the first administrator; refused once any user exists."""
    if User.select().exists():
        raise PermissionDenied(_("administrator pertama sudah ada; masuk dengan akun administrator"))
    return _create_user(None, username, full_name, Role.ADMIN, password, branch)


@write_transaction
def create_user(actor: User | None, username: str, full_name: str, role: Role | str, password: str,
                branch: Branch | None = None, area: str = "", officer_code: str = "", phone: str = "") -> User:
    """An administrator adds a user.  ``actor=None`` is reserved for the demo builder and the wizard."""
    if actor is not None:
        require(actor, "user.manage")
    elif User.select().exists() and not system_allowed():
        raise PermissionDenied(_("membuat pengguna membutuhkan administrator yang masuk"))
    return _create_user(actor, username, full_name, role, password, branch, area, officer_code, phone)


_SYSTEM_DEPTH = 0


def system_allowed() -> bool:
    """True inside :class:`system_context` (the demo builder, importers): actions without a logged-in user."""
    return _SYSTEM_DEPTH > 0


class system_context:
    """``with system_context():`` lets the demo builder and importers act without a logged-in user."""

    def __enter__(self):
        global _SYSTEM_DEPTH
        _SYSTEM_DEPTH += 1

    def __exit__(self, *exc):
        global _SYSTEM_DEPTH
        _SYSTEM_DEPTH -= 1


@write_transaction
def change_role(actor: User, user: User, new_role: Role | str) -> User:
    """Change a user's role.  Needs ``role.change``; nobody changes their own role (no self-elevation)."""
    require(actor, "role.change")
    require_checker(user.id, actor, "mengubah peran")
    new_role = Role(new_role).value
    user = User.get_by_id(user.id)
    before = user_snapshot(user)
    if user.role == Role.ADMIN.value and new_role != Role.ADMIN.value and _active_admins() <= 1:
        raise ConflictError(_("administrator terakhir tidak boleh kehilangan perannya"))
    user.role = new_role
    user.updated_at = now()
    user.save()
    audit.record(actor, "user.role", "user", user.id, before=before, after=user_snapshot(user))
    return user


def _active_admins() -> int:
    return User.select().where((User.role == Role.ADMIN.value) & (User.active == True)).count()  # noqa: E712


@write_transaction
def set_active(actor: User, user: User, active: bool) -> User:
    require(actor, "user.manage")
    user = User.get_by_id(user.id)
    if not active and user.id == actor.id:
        raise ConflictError(_("tidak dapat menonaktifkan akun sendiri"))
    if not active and user.role == Role.ADMIN.value and _active_admins() <= 1:
        raise ConflictError(_("administrator terakhir tidak boleh dinonaktifkan"))
    before = user_snapshot(user)
    user.active = active
    user.updated_at = now()
    user.save()
    audit.record(actor, "user.activate" if active else "user.deactivate", "user", user.id, before=before,
                 after=user_snapshot(user))
    return user


@write_transaction
def set_password(actor: User, user: User, new_password: str, *, current_password: str | None = None) -> None:
    """A user changes their own password (giving the current one) or an administrator resets it."""
    user = User.get_by_id(user.id)
    if actor.id == user.id:
        if current_password is None or not verify_password(user.password_hash, current_password):
            raise ValidationError(FieldError("current_password", _("kata sandi lama salah")))
    else:
        require(actor, "user.manage")
    raise_errors = validate_password(new_password, user.username)
    if raise_errors:
        raise ValidationError(raise_errors)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    user.updated_at = now()
    user.save()
    audit.record(actor, "user.password", "user", user.id, note="kata sandi diganti")


class LoginFailed(PermissionDenied):
    pass


def authenticate(username: str, password: str, *, at: dt.datetime | None = None) -> User:
    """Check a login; count failures and lock the account after too many.

    Returns:
        The user, with ``last_login_at`` stamped.
    Raises:
        LoginFailed: with a message that does not reveal whether the user name exists.
    """
    from models.core.office import get_setting

    at = at or now()
    max_failed = int(get_setting("security.max_failed_logins", 5))
    lock_minutes = int(get_setting("security.lockout_minutes", 15))

    def attempt():
        user = User.get_or_none(User.username == (username or "").strip())
        if user is None or not user.active:
            audit.record(None, "login.failed", "user", "", note=f"nama pengguna: {username[:32]!r}")
            return None, _("Nama pengguna atau kata sandi salah.")
        if user.locked_until and user.locked_until > at:
            audit.record(user, "login.locked", "user", user.id)
            return None, _("Akun terkunci sampai {time} karena terlalu banyak percobaan gagal. Hubungi "
                           "administrator.", time=f"{user.locked_until:%H:%M}")
        if not verify_password(user.password_hash, password or ""):
            user.failed_logins += 1
            if user.failed_logins >= max_failed:
                user.locked_until = at + dt.timedelta(minutes=lock_minutes)
                user.failed_logins = 0
            user.save()
            audit.record(user, "login.failed", "user", user.id)
            return None, _("Nama pengguna atau kata sandi salah.")
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = at
        user.save()
        audit.record(user, "login", "user", user.id)
        user._password_proven_at = time.monotonic()  # see prove_identity: this object was just authenticated
        return user, ""

    from models.core.db import run_in_transaction

    user, message = run_in_transaction(attempt)
    if user is None:
        raise LoginFailed(message)
    return user


def get_user(username: str) -> User:
    user = User.get_or_none(User.username == username)
    if user is None:
        raise NotFound(_("pengguna '{username}' tidak ada", username=username))
    return user


def officers(active_only: bool = True) -> list[User]:
    """Users who can own a customer portfolio (credit officers, collectors, supervisors)."""
    query = User.select().where(User.role.in_([r.value for r in OFFICER_ROLES]))
    if active_only:
        query = query.where(User.active == True)  # noqa: E712
    return list(query.order_by(User.full_name))


def permission_matrix() -> list[tuple[str, str, dict[Role, bool]]]:
    """Rows for the Settings screen and README: (permission, description, {role: allowed})."""
    return [(perm, desc, {role: role in roles for role in Role}) for perm, (roles, desc) in PERMISSIONS.items()]
