"""Setting a new office up: what the administrator does alone on the first day, and what is still missing.

A new database has an office, a branch and one administrator (``models.core.setup.create_office``) and nothing
else: no chart of accounts, no products, no cashier.  Nothing can be disbursed until those exist, and the
administrator is the only person there to do it.  This module holds the setup actions the first-run wizard and
Settings call, each one permission-checked, audited and in one transaction:

* :func:`install_defaults` — the shipped chart of the office kind and its products (any of them left out);
* :func:`create_first_users` — the first cashier, officer, supervisor … in one go (all or none);
* :func:`set_cash_and_bank` — which accounts are the cash desk and the bank (and their names, e.g. the bank
  and account number), rewriting the posting rules that pointed at the old ones;
* :func:`checklist` — what is still missing before the first disbursement, and which roles may do each item
  (read from :data:`models.core.users.PERMISSIONS`, so the answer is the rule that is enforced).

While the books are empty (:func:`setup_open`), the administrator holds ``setup.install`` and may install and
adjust the chart (see ``models.ledger.accounts.require_chart_editor``); afterwards the chart is the accountants' again.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.core import audit
from models.core.db import write_transaction
from models.core.errors import FieldError, ValidationError
from models.core.office import get_setting, put_setting, the_office
from models.core.texts import _
from models.core.users import PERMISSIONS, ROLE_LABELS, Role, User, create_user, require
from models.ledger.accounts import install_default_chart, require_chart_editor
from models.ledger.chart import CHART_SETTING, Account, chart_roles
from models.ledger.journals import Journal
from models.products.products import LoanProduct, create_product, default_products

#: The roles a new office usually needs on its first day, in the order the wizard offers them.
FIRST_ROLES = (Role.CASHIER, Role.OFFICER, Role.SUPERVISOR, Role.MANAGER, Role.ACCOUNTANT, Role.COLLECTOR)


def setup_open() -> bool:
    """True while the books are empty (no journal at all): the administrator may still shape the chart."""
    return not Journal.select().exists()


@dataclass(frozen=True)
class InstallResult:
    accounts_created: int
    products_created: tuple[str, ...]


@write_transaction
def install_defaults(actor: User | None, kind: str | None = None, *, chart: bool = True,
                     products: tuple[str, ...] | list[str] | None = None) -> InstallResult:
    """Install the shipped chart of accounts and products of an office kind, in one transaction.

    Args:
        actor: the administrator (``setup.install`` while :func:`setup_open`), a manager or an accountant.
        kind: ``leasing``, ``bpr`` or ``koperasi``; default the office's kind.
        chart: install the chart (idempotent: existing codes are kept as the office renamed them).
        products: codes of the shipped products to create (``None`` = all of the kind, ``()`` = none).
    Returns:
        :class:`InstallResult` (accounts created, product codes created).
    Raises:
        PermissionDenied: the actor may not shape the chart now, or may not edit products.
        ValidationError: an unknown kind or product code.
    """
    kind = kind or the_office().kind
    shipped = {p["code"]: p for p in default_products(kind)}
    wanted = list(shipped) if products is None else list(products)
    unknown = [code for code in wanted if code not in shipped]
    if unknown:
        raise ValidationError(FieldError("code", _("produk standar tidak dikenal: {codes}",
                                                   codes=", ".join(unknown))))
    if actor is not None:
        if chart:
            require_chart_editor(actor)
        if wanted:
            require(actor, "product.edit")
    created = install_default_chart(kind, actor=actor) if chart else 0
    made = []
    for code in wanted:
        if not LoanProduct.select().where(LoanProduct.code == code).exists():
            made.append(create_product(actor, **shipped[code]).code)
    return InstallResult(created, tuple(made))


@write_transaction
def create_first_users(actor: User, users: list[dict]) -> list[User]:
    """Create several users at once (all or none): ``[{"username", "full_name", "role", "password"}, …]``.

    Permission ``user.manage`` (the administrator).  Every row's problems are reported together, each field
    error carrying the row number (1-based) so the wizard can point at the line.
    """
    require(actor, "user.manage")
    from models.core.users import validate_password, validate_user

    errors: list[FieldError] = []
    seen: set[str] = set()
    for row_no, row in enumerate(users, start=1):
        username = (row.get("username") or "").strip()
        for e in validate_user(username, row.get("full_name", ""), row.get("role", "")) + validate_password(
                row.get("password", ""), username):
            errors.append(FieldError(e.field, e.message, e.code, row_no))
        if username in seen or User.select().where(User.username == username).exists():
            errors.append(FieldError("username", _("nama pengguna '{username}' sudah dipakai", username=username),
                                     "duplicate", row_no))
        seen.add(username)
    if errors:
        raise ValidationError(errors)
    branch = actor.branch
    return [create_user(actor, row["username"].strip(), row["full_name"], row["role"], row["password"], branch)
            for row in users]


def _leaf_asset(code: str) -> Account | None:
    account = Account.get_or_none(Account.code == code)
    if account is None or account.type != "asset" or not account.active or account.children.exists():
        return None
    return account


@write_transaction
def set_cash_and_bank(actor: User | None, cash_code: str, bank_code: str, *, cash_name: str | None = None,
                      bank_name: str | None = None) -> dict:
    """Choose the cash-desk and bank accounts (and name them, e.g. "Bank BRI 0123-01-000456-30-1").

    The chart's roles ``cash`` and ``bank`` are where payments (cash / transfer) and disbursements land; every
    posting rule that named the old account now names the new one, so no rule keeps pointing at an account
    the office does not use.

    Args:
        actor: ``coa.edit``, or the administrator while :func:`setup_open`.
        cash_code, bank_code: codes of active asset accounts that take postings (not headings), different.
        cash_name, bank_name: new names for those accounts (``None`` keeps the name).
    Returns:
        The new roles ``{"cash": code, "bank": code}``.
    Raises:
        ValidationError: an account is unknown, not an asset, a heading, inactive, or both are the same.
    """
    if actor is not None:
        require_chart_editor(actor)
    stored = get_setting(CHART_SETTING)
    if not stored:
        raise ValidationError(FieldError("cash_account", _("pasang bagan akun dulu")))
    errors = []
    for field, code in (("cash_account", cash_code), ("bank_account", bank_code)):
        if _leaf_asset(code) is None:
            errors.append(FieldError(field, _("akun {code} harus akun aset yang aktif dan bukan akun induk",
                                              code=code)))
    if cash_code == bank_code:
        errors.append(FieldError("bank_account", _("akun bank harus lain dari akun kas")))
    for field, name in (("cash_account", cash_name), ("bank_account", bank_name)):
        if name is not None and not (0 < len(name.strip()) <= 120):
            errors.append(FieldError(field, _("nama akun wajib diisi (paling panjang 120 huruf)")))
    if errors:
        raise ValidationError(errors)
    roles = dict(stored.get("roles", {}))
    before = {"cash": roles.get("cash"), "bank": roles.get("bank")}
    swap = {before["cash"]: cash_code, before["bank"]: bank_code}
    rules = {event: (None if rule is None else {side: swap.get(code, code) for side, code in rule.items()})
             for event, rule in (stored.get("posting_rules") or {}).items()}
    cash_accounts = list(dict.fromkeys([cash_code, bank_code] + [c for c in roles.get("cash_accounts", [])
                                                                if _leaf_asset(c) is not None]))
    roles.update(cash=cash_code, bank=bank_code, cash_accounts=cash_accounts)
    put_setting(CHART_SETTING, dict(stored, roles=roles, posting_rules=rules))
    for code, name in ((cash_code, cash_name), (bank_code, bank_name)):
        if name is not None:
            Account.update(name=name.strip()).where(Account.code == code).execute()
    after = {"cash": cash_code, "bank": bank_code, "cash_name": cash_name, "bank_name": bank_name}
    audit.record(actor, "coa.cash_bank", "account", "", before=before, after=after)
    return {"cash": cash_code, "bank": bank_code}


# ---------------------------------------------------------------------------------------------- checklist
@dataclass(frozen=True)
class ChecklistItem:
    """One thing a new office needs before its first disbursement.

    ``text`` and ``who`` are Indonesian (:class:`models.core.texts.Text`, translated on screen); ``who`` names the
    roles holding ``permission``, read from the enforced permission table.
    """

    key: str
    done: bool
    text: str
    permission: str
    who: str


def roles_with(permission: str) -> list[Role]:
    """The roles holding ``permission`` in the enforced table (:data:`models.core.users.PERMISSIONS`), in Role order."""
    return [r for r in Role if r in PERMISSIONS[permission][0]]


def _who(permission: str) -> str:
    return ", ".join(ROLE_LABELS[r] for r in roles_with(permission))


def _active_user_with(permission: str, exclude: set[int] | None = None) -> list[User]:
    roles = [r.value for r in roles_with(permission)]
    query = User.select().where(User.active == True, User.role.in_(roles))  # noqa: E712
    return [u for u in query if not exclude or u.id not in exclude]


def checklist() -> list[ChecklistItem]:
    """What the office still lacks before the first disbursement and the first payment, in working order.

    Each item is checked against the data (not remembered as ticked), so it stays true: deactivating the only
    cashier puts "a cashier" back on the list.
    """
    from models.core.office_profile import missing_for_letterhead

    roles = chart_roles() if get_setting(CHART_SETTING) else {}
    chart_ok = Account.select().exists()
    cash_ok = bool(roles) and all(_leaf_asset(roles.get(k) or "") is not None for k in ("cash", "bank"))
    products_ok = LoanProduct.select().where(LoanProduct.active == True).exists()  # noqa: E712
    creators = _active_user_with("application.create")
    deciders = _active_user_with("loan.disburse")
    # Four eyes: the one who disburses must differ from the one who submits; a supervisor alone cannot do both.
    four_eyes = bool(creators) and bool(deciders) and any(
        d.id != c.id for d in deciders for c in creators)
    missing_profile = missing_for_letterhead()
    items = [
        ChecklistItem("profile", not missing_profile,
                      _("Lengkapi profil kantor (nama resmi, alamat, telepon, NPWP, nomor izin, penanda tangan) "
                        "untuk kop surat dan kwitansi"), "settings.edit", _who("settings.edit")),
        ChecklistItem("chart", chart_ok, _("Pasang bagan akun"), "setup.install", _who("setup.install")),
        ChecklistItem("cash_bank", cash_ok, _("Tentukan akun kas dan akun bank"), "setup.install",
                      _who("setup.install")),
        ChecklistItem("products", products_ok, _("Siapkan sedikitnya satu produk pinjaman aktif"), "product.edit",
                      _who("product.edit")),
        ChecklistItem("officer", bool(creators), _("Buat pengguna petugas kredit (membuat pengajuan)"),
                      "user.manage", _who("user.manage")),
        ChecklistItem("approver", four_eyes,
                      _("Buat pengguna supervisor atau manajer (menyetujui dan mencairkan; orang lain dari "
                        "pembuat pengajuan)"), "user.manage", _who("user.manage")),
        ChecklistItem("cashier", bool(_active_user_with("payment.post")),
                      _("Buat pengguna kasir (menerima angsuran)"), "user.manage", _who("user.manage")),
    ]
    return items


def ready_to_disburse() -> bool:
    """True when nothing on the :func:`checklist` is missing."""
    return all(item.done for item in checklist())
