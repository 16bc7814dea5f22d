"""Office limits that keep input within sense and four eyes where they are promised (issue 19, items 8 and 9).

* :data:`APPROVER_MAY_DISBURSE`: whether the supervisor who approved an application may also disburse it.  Off
  by default: approval and disbursement are the two keys of the credit process (segregation of duties, POJK
  1/2024 on governance; OJK's SEOJK 15/2023 for finance companies expects the approving and the paying
  function apart).  A one-person branch turns it on explicitly, audited.
* :data:`AMOUNT_CEILING`: the largest amount one money line may carry (default Rp 100 miliar), so a slip of the
  finger (a NIK typed into the amount) or a hostile file cannot post a sum no office of this size handles.
  Raising it needs ``settings.edit`` and a supervisor who proves it with their password.

Each setter is one audited action; readers are cheap (one settings read).
"""
from __future__ import annotations

from decimal import Decimal

from models.core import audit
from models.core.db import write_transaction
from models.core.errors import FieldError, PermissionDenied, ValidationError
from models.core.texts import _
from models.core.money import MAX_AMOUNT, D, MoneyError, format_rupiah
from models.core.office import get_setting, put_setting
from models.core.users import User, prove_identity, require, require_checker

APPROVER_MAY_DISBURSE = "credit.approver_may_disburse"
AMOUNT_CEILING = "input.amount_ceiling"
DEFAULT_CEILING = Decimal("100000000000")  # Rp 100 miliar
#: Above this no amount is stored at all (integer sen must fit a 64-bit column with room for sums).
HARD_LIMIT = MAX_AMOUNT  # Rp 1.000 triliun: what a money column holds at most


def approver_may_disburse() -> bool:
    """Whether this office lets the supervisor who approved an application disburse it too (default: no)."""
    return bool(get_setting(APPROVER_MAY_DISBURSE, False))


@write_transaction
def set_approver_may_disburse(actor: User, allowed: bool) -> None:
    """The office decides whether an application's approver may disburse it too (``settings.edit``; audited)."""
    require(actor, "settings.edit")
    before = approver_may_disburse()
    put_setting(APPROVER_MAY_DISBURSE, bool(allowed))
    audit.record(actor, "settings.change", "setting", APPROVER_MAY_DISBURSE, before={"value": before},
                 after={"value": bool(allowed)})


def require_not_approver(app, actor: User, what: str) -> None:
    """Refuse ``actor`` disbursing ``app`` when they approved it, unless the office allows it."""
    from models.core.users import system_allowed

    if system_allowed():
        return  # the demo builder writes a history older than this rule (one supervisor did both)
    approver = getattr(app, "decided_by_id", None)
    if approver is not None and actor is not None and approver == actor.id and not approver_may_disburse():
        raise PermissionDenied(_("{what}: yang menyetujui tidak boleh juga mencairkan (empat mata); "
                                 "kantor dapat mengizinkannya di Pengaturan", what=what))


def amount_ceiling() -> Decimal:
    """The largest amount (rupiah) one typed money field may hold in this office (default Rp 100 miliar)."""
    try:
        return D(str(get_setting(AMOUNT_CEILING, str(DEFAULT_CEILING))))
    except MoneyError:
        return DEFAULT_CEILING


@write_transaction
def set_amount_ceiling(actor: User, amount, *, confirmed_by: User, password: str | None = None) -> Decimal:
    """Change the ceiling on one amount (rupiah).  ``actor`` needs ``settings.edit``; a supervisor (a second
    person holding ``application.approve``) confirms with their password.

    Raises:
        ValidationError: not an amount, zero or negative, or above :data:`HARD_LIMIT`.
        PermissionDenied: rights, four eyes, or the confirmation's proof.
    """
    require(actor, "settings.edit")
    require(confirmed_by, "application.approve")
    require_checker(actor.id, confirmed_by, "Mengubah batas jumlah")
    prove_identity(confirmed_by, password, "Mengubah batas jumlah")
    try:
        value = D(amount)
    except MoneyError as exc:
        raise ValidationError(FieldError("amount_ceiling",
                                         _("bukan jumlah uang ({problem})", problem=exc.message))) from None
    if value <= 0 or value > HARD_LIMIT:
        raise ValidationError(FieldError("amount_ceiling", _("batas harus di atas nol dan paling banyak {limit}",
                                                             limit=format_rupiah(HARD_LIMIT))))
    before = amount_ceiling()
    put_setting(AMOUNT_CEILING, str(value))
    audit.record(actor, "settings.change", "setting", AMOUNT_CEILING, before={"value": before},
                 after={"value": value, "confirmed_by": confirmed_by.username})
    return value


def amount_errors(value, field: str, *, row: int | None = None) -> list[FieldError]:
    """Errors for one amount against the ceiling: empty when it is within sense.

    Args:
        value: anything an amount may come as (Decimal, int, text); a float or non-number is reported too.
        field: the field's name, as the form or the import column shows it.
    """
    try:
        amount = D(value)
    except MoneyError as exc:
        return [FieldError(field, _("bukan jumlah uang ({problem})", problem=exc.message), "amount", row)]
    if not amount.is_finite():
        return [FieldError(field, _("bukan jumlah uang"), "amount", row)]
    ceiling = amount_ceiling()
    if abs(amount) > ceiling:
        return [FieldError(field, _("{amount} melebihi batas {ceiling} untuk satu jumlah; periksa angkanya (batas "
                                    "dapat diubah administrator dengan konfirmasi supervisor)",
                                    amount=(format_rupiah(amount) if abs(amount) < HARD_LIMIT
                                            else _("angka terlalu besar")),
                                    ceiling=format_rupiah(ceiling)),
                           "ceiling", row)]
    return []
