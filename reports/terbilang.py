"""Amounts in Indonesian words ("terbilang") for kwitansi and contracts.

A kwitansi states the amount twice, in figures and in words, so that a figure altered by hand does not match.
num2words(lang="id") was checked and is *not* used: it writes 1.001.000 as "satu juta satu ribu" where
Indonesian says "satu juta seribu" (the "se-" prefix applies to a thousands group of exactly one at any
position), which is exactly the kind of slip a cashier notices on paper.  The rules are few enough to write out:

* 1 before "puluh"/"ratus"/"ribu" becomes the prefix se-: sepuluh, seratus, seribu; 11 is "sebelas",
  12-19 are "... belas".
* Above the thousands, "satu" stays a word: "satu juta", "satu miliar", "satu triliun".
"""
from __future__ import annotations

from decimal import Decimal

from models.core.money import MoneyError, to_minor

__all__ = ["terbilang", "words"]

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# Scales above the thousands, largest first; "ribu" is handled apart because of "seribu".
_SCALES = ((10 ** 15, "kuadriliun"), (10 ** 12, "triliun"), (10 ** 9, "miliar"), (10 ** 6, "juta"))
_LIMIT = 10 ** 18


def _below_thousand(n: int) -> list[str]:
    out: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        out.append("seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus")
    if rest == 10:
        out.append("sepuluh")
    elif rest == 11:
        out.append("sebelas")
    elif 12 <= rest <= 19:
        out.append(f"{_UNITS[rest - 10]} belas")
    elif rest >= 20:
        tens, units = divmod(rest, 10)
        out.append(f"{_UNITS[tens]} puluh")
        if units:
            out.append(_UNITS[units])
    elif rest:
        out.append(_UNITS[rest])
    return out


def words(n: int) -> str:
    """A whole number in Indonesian words: ``1001000`` → ``"satu juta seribu"``, ``0`` → ``"nol"``.

    Args:
        n: 0 <= n < 10^18.
    Returns:
        Lower-case words separated by single spaces.
    """
    if not isinstance(n, int) or isinstance(n, bool) or n < 0 or n >= _LIMIT:
        raise MoneyError(f"cannot spell {n!r} in words (0 up to 10^18)")
    if n == 0:
        return "nol"
    out: list[str] = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            out.extend(_below_thousand(count))
            out.append(name)
    thousands, n = divmod(n, 1000)
    if thousands == 1:
        out.append("seribu")
    elif thousands:
        out.extend(_below_thousand(thousands))
        out.append("ribu")
    out.extend(_below_thousand(n))
    return " ".join(out)


def terbilang(amount: Decimal | int | str, capitalize: bool = False) -> str:
    """An amount of rupiah in words, as written on a kwitansi.

    Args:
        amount: a Decimal, int or numeric string (anything ``models.core.money.D`` accepts) with at most two
            decimals; floats are refused like everywhere else in Angsur.
        capitalize: upper-case the first letter (``"Satu juta ... rupiah"``) for the start of a sentence.
    Returns:
        ``1250000`` → ``"satu juta dua ratus lima puluh ribu rupiah"``;
        ``Decimal("1250000.50")`` → ``"... rupiah lima puluh sen"``; ``0`` → ``"nol rupiah"``;
        ``Decimal("0.50")`` → ``"lima puluh sen"``.
    Raises:
        MoneyError: for a negative amount (a kwitansi never states one), fractions of a sen, floats, or
            amounts of 10^18 rupiah and more.
    """
    minor = to_minor(amount)
    if minor < 0:
        raise MoneyError("a negative amount cannot be written in words on a receipt")
    rupiah, sen = divmod(minor, 100)
    if sen and not rupiah:
        text = f"{words(sen)} sen"
    else:
        text = f"{words(rupiah)} rupiah"
        if sen:
            text += f" {words(sen)} sen"
    return text[0].upper() + text[1:] if capitalize else text
