"""Keeping the chart of accounts: installing the shipped chart, adding and editing accounts.

It sits above the journals because an account that already carries lines may not become a parent, and above the
sub-ledger registry because a control account's sub-ledger must be empty before the account is retired.
"""
from __future__ import annotations

from models.core import audit
from models.core.db import run_in_transaction, write_transaction
from models.core.errors import ConflictError, FieldError, PermissionDenied, ValidationError
from models.core.money import ZERO
from models.core.office import put_setting
from models.core.texts import _
from models.core.users import User, has_permission, require
from models.ledger.chart import (
    ACCOUNT_TYPES,
    CHART_SETTING,
    Account,
    _office_kind,
    chart_for_kind,
)
from models.ledger.journals import Journal, JournalLine, balance
from models.ledger.subledgers import subledger_for_account


def _chart_rows(chart: dict) -> list[dict]:
    return chart["accounts"]


def install_default_chart(kind: str | None = None, actor: User | None = None) -> int:
    """Install the default chart of accounts for an office kind and remember its roles and posting rules.

    Idempotent: accounts whose code already exists are left alone (an office may have renamed them).

    Args:
        kind: ``leasing``, ``bpr`` (the multifinance chart) or ``koperasi``; default: the office's kind.
        actor: the user installing it: ``coa.edit`` (manager, accountant), or ``setup.install`` (also the
            administrator) while the office is still being set up (no journal posted yet); ``None`` for the
            demo and the first-run wizard.
    Returns:
        The number of accounts created.
    """

    if actor is not None:
        require_chart_editor(actor)
    kind = kind or _office_kind()
    chart = chart_for_kind(kind)

    def install() -> int:
        existing = {a.code: a for a in Account.select()}
        created = 0
        for row in _chart_rows(chart):
            if row["code"] in existing:
                continue
            parent = existing.get(row.get("parent")) if row.get("parent") else None
            account = Account.create(code=row["code"], name=row["name"], type=row["type"], parent=parent,
                                     is_control=bool(row.get("control", False)))
            existing[account.code] = account
            created += 1
        put_setting(CHART_SETTING, {"kind": kind, "name": chart["name"], "roles": chart["roles"],
                                    "posting_rules": chart["posting_rules"]})
        audit.record(actor, "coa.install", "account", "", after={"kind": kind, "created": created})
        return created

    return run_in_transaction(install)


def require_chart_editor(actor: User) -> None:
    """Refuse unless ``actor`` may change the chart: ``coa.edit`` (manager, accountant) always, or
    ``setup.install`` (also the administrator) while the books are empty — no journal posted yet.

    Why: a new office is set up by its administrator alone (there is no accountant yet), so the shipped chart
    must be installable and adjustable then; once money has moved, the chart is the accountants' again.
    """
    if has_permission(actor, "coa.edit"):
        return
    if has_permission(actor, "setup.install") and not Journal.select().exists():
        return
    require(actor, "coa.edit")


def may_edit_chart(actor: User | None) -> bool:
    """True when :func:`require_chart_editor` would let ``actor`` through (for the screens)."""
    try:
        require_chart_editor(actor)
    except PermissionDenied:
        return False
    return True


def validate_account(code: str, name: str, account_type: str) -> list[FieldError]:
    errors = []
    if not code or not str(code).replace(".", "").replace("-", "").isalnum() or len(code) > 20:
        errors.append(FieldError("code", _("kode akun 1–20 huruf/angka (boleh titik dan tanda hubung)")))
    if not (name or "").strip() or len(name) > 120:
        errors.append(FieldError("name", _("nama akun wajib diisi (paling panjang 120 huruf)")))
    if account_type not in ACCOUNT_TYPES:
        errors.append(FieldError("type", _("jenis akun harus aset, liabilitas, ekuitas, pendapatan atau beban")))
    return errors


def _account_snapshot(account: Account) -> dict:
    return {"code": account.code, "name": account.name, "type": account.type, "parent": account.parent_id,
            "is_control": account.is_control, "active": account.active}


def _has_lines(account: Account) -> bool:
    return JournalLine.select().where(JournalLine.account == account).exists()


@write_transaction
def create_account(actor: User, code: str, name: str, account_type: str, parent: Account | None = None,
                   is_control: bool = False) -> Account:
    """Add an account to the chart (permission ``coa.edit``).

    A child must have its parent's type (a heading sums its children).  A parent that already holds postings
    cannot get children: its balance would vanish from the statements' detail.
    """
    require_chart_editor(actor)
    code = (code or "").strip()
    errors = validate_account(code, name, account_type)
    if parent is not None:
        parent = Account.get_by_id(parent.id)
        if parent.type != account_type:
            errors.append(FieldError("parent", _("akun induk harus berjenis sama")))
        if _has_lines(parent):
            errors.append(FieldError("parent", _("akun {code} sudah berisi jurnal dan tidak bisa menjadi akun induk", code=parent.code)))
    if errors:
        raise ValidationError(errors)
    if Account.select().where(Account.code == code).exists():
        raise ConflictError(_("kode akun {code} sudah dipakai", code=code))
    account = Account.create(code=code, name=name.strip(), type=account_type, parent=parent,
                             is_control=bool(is_control))
    audit.record(actor, "coa.create", "account", account.id, after=_account_snapshot(account))
    return account


@write_transaction
def update_account(actor: User, account: Account, *, name: str | None = None, active: bool | None = None,
                   is_control: bool | None = None) -> Account:
    """Rename, (de)activate or (un)flag an account (permission ``coa.edit``).

    Code and type are fixed once an account exists: reports and exports already printed refer to them.  An
    account with a balance cannot be deactivated (it would disappear from the trial balance while holding
    money); a control flag cannot be removed while a sub-ledger is registered for the account.
    """
    require_chart_editor(actor)
    account = Account.get_by_id(account.id)
    before = _account_snapshot(account)
    errors = []
    if name is not None:
        errors += [e for e in validate_account(account.code, name, account.type) if e.field == "name"]
        account.name = name.strip()
    if active is not None and not active and account.active:
        if balance(account) != ZERO:
            errors.append(FieldError("active", _("akun {code} masih bersaldo; nolkan dulu saldonya", code=account.code)))
        account.active = False
    elif active:
        account.active = True
    if is_control is not None and not is_control and account.is_control:
        if subledger_for_account(account.code):
            errors.append(FieldError("is_control", _("akun ini dikendalikan buku pembantu dan harus tetap akun kontrol")))
        account.is_control = False
    elif is_control:
        account.is_control = True
    if errors:
        raise ValidationError(errors)
    account.save()
    audit.record(actor, "coa.update", "account", account.id, before=before, after=_account_snapshot(account))
    return account


def leaf_ids() -> set[int]:
    """Ids of accounts that take postings (no children)."""
    parents = {pid for (pid,) in Account.select(Account.parent).where(Account.parent.is_null(False)).tuples()}
    return {aid for (aid,) in Account.select(Account.id).tuples()} - parents
