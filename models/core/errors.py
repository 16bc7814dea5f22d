"""Domain errors: what the office is told when something cannot be done.

Validation follows Beancount's ``ops/validation.py``: small functions each return a list of
:class:`FieldError` records, the caller collects them all, and only then one :class:`ValidationError`
aborts the operation, so a form shows every problem at once instead of one per attempt.

Every exception here is meant to be shown to a person: the UI catches :class:`DomainError` and shows its
message in a dialog, never a traceback.  Anything else escaping from ``models/`` is a bug.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class FieldError:
    """One broken rule: which field, what the rule is.  ``code`` is stable for tests and translations."""

    field: str
    message: str
    code: str = ""
    row: int | None = None  # spreadsheet row number for imports (1-based, as Excel shows it)

    def __str__(self) -> str:
        where = f"baris {self.row}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}" if self.field else f"{where}{self.message}"


class DomainError(Exception):
    """An operation refused for a reason the user can act on."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """Input broke one or more rules; ``errors`` lists them all."""

    def __init__(self, errors: Iterable[FieldError] | FieldError | str, field_name: str = ""):
        if isinstance(errors, str):
            errors = [FieldError(field_name, errors)]
        elif isinstance(errors, FieldError):
            errors = [errors]
        self.errors: list[FieldError] = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors) or "invalid input")

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class PermissionDenied(DomainError):
    """The acting user lacks the permission, or is the same person who must not also check."""


class NotFound(DomainError):
    """A record the operation needs does not exist (or is not visible to this user)."""


class ConflictError(DomainError):
    """The record changed under us, or a duplicate exists (e.g. the same NIK)."""

    def __init__(self, message: str, existing_id: int | None = None):
        super().__init__(message)
        self.existing_id = existing_id


class DatabaseUnavailable(DomainError):
    """The database file cannot be used (corrupt, read-only, disk full, on a network share)."""


def raise_if(errors: Iterable[FieldError]) -> None:
    """Raise one :class:`ValidationError` carrying every error, if there are any."""
    errors = list(errors)
    if errors:
        raise ValidationError(errors)
