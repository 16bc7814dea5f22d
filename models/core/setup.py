"""The first run: the office, its first branch and its administrator, created together.

It sits above ``office``, ``users`` and ``audit`` (it uses all three), which is why it is not in ``office``:
keeping it there made office ↔ users ↔ audit import each other in a circle.
"""
from __future__ import annotations

from models.core import audit
from models.core.db import run_in_transaction
from models.core.texts import _
from models.core.errors import DomainError, FieldError, ValidationError
from models.core.office import Branch, Office, has_office, validate_branch, validate_office
from models.core.users import create_first_admin, validate_password, validate_user


def create_office(name: str, kind: str, branch_code: str, branch_name: str, admin_username: str,
                  admin_full_name: str, password: str, password_again: str):
    """Create the office, its first branch and the first administrator in one transaction.

    Every problem is reported at once (a :class:`ValidationError` listing the fields); nothing is written
    unless all of it is valid.

    Returns:
        The administrator :class:`models.core.users.User`.
    """
    errors = validate_office(name, kind) + validate_branch(branch_code, branch_name)
    errors += validate_user(admin_username, admin_full_name, "admin")
    errors += validate_password(password, admin_username)
    if password != password_again:
        errors.append(FieldError("password_again", _("kedua kata sandi tidak sama")))
    if errors:
        raise ValidationError(errors)

    def make():
        if has_office():
            raise DomainError(_("basis data ini sudah punya kantor"))
        office = Office.create(name=name.strip(), kind=kind)
        branch = Branch.create(code=branch_code.strip().upper(), name=branch_name.strip())
        admin = create_first_admin(admin_username.strip(), admin_full_name, password, branch)
        audit.record(admin, "office.create", "office", office.id,
                     after={"name": office.name, "kind": kind, "branch": branch.code})
        return admin

    return run_in_transaction(make)
