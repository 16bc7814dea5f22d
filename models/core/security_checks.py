"""Checks on user accounts (registered with ``main.py check``; found by the runner)."""
from __future__ import annotations

from models.core.checks import check
from models.core.users import Role, User


@check("users: known roles, argon2id passwords, an active administrator")
def user_accounts() -> list[str]:
    problems = []
    roles = {r.value for r in Role}
    has_admin = False
    for username, role, password_hash, active in User.select(User.username, User.role, User.password_hash,
                                                             User.active).tuples():
        if role not in roles:
            problems.append(f"user {username} has an unknown role {role!r}")
        if not (password_hash or "").startswith("$argon2id$"):
            # A hash written outside the application (or a plain password) would let anyone in.
            problems.append(f"user {username} has a password that is not an argon2id hash")
        has_admin = has_admin or (active and role == Role.ADMIN.value)
    if problems or has_admin or not User.select().exists():
        return problems
    return ["no active administrator: nobody can manage users or restore backups"]

