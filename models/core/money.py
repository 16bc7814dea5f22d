"""Money: one convention for the whole of Angsur.

Every amount is a :class:`decimal.Decimal` in Python, built through :func:`D`, and an integer number of
*sen* (1/100 rupiah) in the database (:class:`MoneyField`).  Floats are refused everywhere: Beancount's
``number.py`` and moneyGuru's ``Amount`` taught the trade that binary floating point has no place in an
accounting system (``0.1 + 0.2 != 0.3``, and SQLite's ``SUM`` over a REAL column drifts the same way).

Rounding is done by exactly one function, :func:`round_money`, with the rule as an argument, so that "round the
installment up to Rp 1.000" and "round interest half-up to the sen" are the same code path with different
parameters, and a reader can find every place the project rounds by searching for that one name.

Display follows Indonesian usage: ``Rp 1.250.000`` (dot groups thousands, comma for decimals).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Iterable

from peewee import BigIntegerField

from models.core.errors import DomainError
from models.core.texts import _

__all__ = [
    "D", "ZERO", "SEN", "RoundingRule", "ROUND_SEN", "ROUND_RUPIAH", "ROUND_UP_100", "ROUND_UP_1000",
    "ROUND_NEAREST_100", "ROUNDING_RULES", "rounding_rule", "round_money", "to_minor", "from_minor",
    "money_sum", "format_rupiah", "format_amount", "parse_rupiah", "MoneyField", "MoneyError",
]

ZERO = Decimal("0")
SEN = Decimal("0.01")
MINOR_PER_UNIT = 100  # sen per rupiah


#: The largest amount Angsur stores (Rp 1.000 triliun): integer sen fit a 64-bit column with room for sums.
MAX_AMOUNT = Decimal("1000000000000000")


class MoneyError(DomainError, ValueError):
    """An amount that cannot be money (a float, text that is not a number, more precision than a sen, too
    large).  A :class:`~models.core.errors.DomainError` too, so one that reaches a screen is shown, not raised."""


def D(value: object = 0) -> Decimal:
    """Build a Decimal amount.  The one door through which numbers enter the domain.

    Args:
        value: a ``Decimal``, an ``int``, or a string (``"1250000"``, ``"1250000.50"``).  A ``float`` is
            refused: it has already lost precision before we see it.
    Returns:
        The value as ``Decimal``.
    Raises:
        MoneyError: for floats, booleans, ``None`` and text that is not a plain number.
    """
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise MoneyError(_("bukan angka terhingga: {value}", value=repr(value)))
        return value
    if isinstance(value, bool) or value is None:
        raise MoneyError(_("bukan jumlah uang: {value}", value=repr(value)))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        raise MoneyError("floating point numbers are never money; pass a str, int or Decimal")
    if isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise MoneyError(_("bukan angka: {value}", value=repr(value))) from None
        if not result.is_finite():
            raise MoneyError(_("bukan angka terhingga: {value}", value=repr(value)))
        return result
    raise MoneyError(_("bukan jumlah uang: {value}", value=repr(value)))


@dataclass(frozen=True)
class RoundingRule:
    """How an amount is rounded: to a multiple of ``step`` with a ``decimal`` rounding mode.

    ``code`` is the stable identifier stored with products (``"100"`` = up to Rp 100).
    """

    code: str
    step: Decimal
    mode: str
    label: str


ROUND_SEN = RoundingRule("sen", SEN, ROUND_HALF_UP, "to the sen (half up)")
ROUND_RUPIAH = RoundingRule("0", Decimal(1), ROUND_HALF_UP, "to the rupiah (half up)")
ROUND_UP_100 = RoundingRule("100", Decimal(100), ROUND_CEILING, "up to Rp 100")
ROUND_UP_1000 = RoundingRule("1000", Decimal(1000), ROUND_CEILING, "up to Rp 1.000")
ROUND_NEAREST_100 = RoundingRule("n100", Decimal(100), ROUND_HALF_UP, "to the nearest Rp 100")
ROUND_DOWN_RUPIAH = RoundingRule("floor", Decimal(1), ROUND_FLOOR, "down to the rupiah")

ROUNDING_RULES = {r.code: r for r in (ROUND_SEN, ROUND_RUPIAH, ROUND_UP_100, ROUND_UP_1000,
                                      ROUND_NEAREST_100, ROUND_DOWN_RUPIAH)}


def rounding_rule(code: str | RoundingRule) -> RoundingRule:
    """Look a rule up by its stored code (``"sen"``, ``"0"``, ``"100"``, ``"1000"``, ``"n100"``, ``"floor"``)."""
    if isinstance(code, RoundingRule):
        return code
    try:
        return ROUNDING_RULES[str(code)]
    except KeyError:
        raise MoneyError(f"unknown rounding rule {code!r}; known: {', '.join(ROUNDING_RULES)}") from None


def round_money(amount: Decimal | int | str, rule: RoundingRule | str = ROUND_SEN) -> Decimal:
    """Round ``amount`` by ``rule``.  The only rounding function in Angsur.

    Args:
        amount: the amount to round (anything :func:`D` accepts).
        rule: a :class:`RoundingRule` or its code; the default rounds half-up to the sen.
    Returns:
        A Decimal that is a whole multiple of the rule's step, always quantized to two decimals so that
        it can be stored as sen without loss.
    """
    rule = rounding_rule(rule)
    value = D(amount)
    try:
        steps = (value / rule.step).quantize(Decimal(1), rounding=rule.mode)
        return (steps * rule.step).quantize(SEN)
    except InvalidOperation:  # more digits than Decimal's context holds (1e30): no amount of money
        raise MoneyError(_("{value} terlalu besar untuk sebuah jumlah uang", value=value)) from None


def to_minor(amount: Decimal | int | str) -> int:
    """Decimal rupiah → integer sen.  Refuses amounts with fractions of a sen (round first)."""
    value = D(amount)
    if abs(value) > MAX_AMOUNT:
        # An integer sen column is 64 bits; beyond this even a sum of amounts could overflow (issue 19).
        raise MoneyError(_("{value} terlalu besar untuk sebuah jumlah uang (paling banyak {limit} rupiah)",
                           value=value, limit=f"{MAX_AMOUNT:,}".replace(",", ".")))
    minor = value * MINOR_PER_UNIT
    if minor != minor.to_integral_value():
        raise MoneyError(f"{value} has more precision than a sen; round it with round_money first")
    return int(minor)


def from_minor(minor: int | None) -> Decimal:
    """Integer sen (or ``None`` from an empty SQL ``SUM``) → Decimal rupiah with two decimals."""
    if minor is None:
        return ZERO.quantize(SEN)
    if isinstance(minor, Decimal):  # PostgreSQL's SUM(bigint) is numeric
        minor = int(minor)
    if isinstance(minor, float):
        # SQLite returns REAL only if someone stored a float; that is a bug upstream, not a rounding matter.
        raise MoneyError("a money column returned a float; sums must run over integer sen")
    return (Decimal(int(minor)) / MINOR_PER_UNIT).quantize(SEN)


def money_sum(values: Iterable[Decimal]) -> Decimal:
    """Sum Decimal amounts exactly (``sum()`` would start from int 0 and is fine, but this names intent)."""
    total = ZERO
    for v in values:
        total += D(v)
    return total.quantize(SEN)


def _group(digits: str) -> str:
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return ".".join(reversed(out))


def format_amount(amount: Decimal | int | str, decimals: int | None = None) -> str:
    """``1250000`` → ``1.250.000``; ``1250000.5`` → ``1.250.000,50``.

    Args:
        decimals: ``None`` shows the sen only when the amount has any; ``0`` or ``2`` force that many.
    """
    value = D(amount)
    if decimals is None:
        decimals = 0 if value == value.to_integral_value() else 2
    q = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    value = value.quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    text = f"{abs(value):f}"
    whole, _, frac = text.partition(".")
    result = sign + _group(whole)
    if decimals:
        result += "," + frac.ljust(decimals, "0")
    return result


def format_rupiah(amount: Decimal | int | str, decimals: int | None = None) -> str:
    """``1250000`` → ``Rp 1.250.000``; negative amounts read ``-Rp 1.250.000``."""
    text = format_amount(amount, decimals)
    if text.startswith("-"):
        return "-Rp " + text[1:]
    return "Rp " + text


_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d{1,2})?$")
_PLAIN = re.compile(r"^\d+(,\d{1,2})?$")


def parse_rupiah(text: str) -> Decimal:
    """Read an amount typed the Indonesian way.

    Accepts ``Rp 1.250.000``, ``1.250.000``, ``1250000``, ``1.250.000,50`` and ``1250000,5``; a leading
    minus sign is allowed.  A dot is always a thousands separator and a comma always the decimal mark, so
    ``1.5`` is refused (it would be ambiguous) rather than guessed.

    Raises:
        MoneyError: with a message that names the rule broken.
    """
    if text is None:
        raise MoneyError(_("jumlah belum diisi"))
    s = str(text).strip().replace("\u00a0", " ")
    negative = s.startswith("-")
    if negative:
        s = s[1:].strip()
    if s[:2].lower() == "rp":
        s = s[2:].strip()
    s = s.replace(" ", "")
    if not s:
        raise MoneyError(_("jumlah belum diisi"))
    if not (_GROUPED.match(s) or _PLAIN.match(s)):
        raise MoneyError(_("'{text}' bukan jumlah uang: tulis angka, titik di antara ribuan dan koma sebelum sen "
                           "(mis. 1.250.000 atau 1.250.000,50)", text=text))
    value = Decimal(s.replace(".", "").replace(",", "."))
    return -value if negative else value


class MoneyField(BigIntegerField):
    """A money column: integer sen in the database, Decimal rupiah in Python.

    ``fn.SUM`` over this column returns integer sen; wrap the result with :func:`from_minor`.
    """

    def db_value(self, value):
        if value is None:
            return None
        return to_minor(value)

    def python_value(self, value):
        if value is None:
            return None
        return from_minor(value)
