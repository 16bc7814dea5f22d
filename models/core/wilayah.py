"""Indonesian administrative regions: the table behind address pickers and NIK checks.

The table (38 provinces, 514 regencies/cities, 7,285 districts, 83,762 villages; Kepmendagri No.
300.2.2-2138 Tahun 2025) ships as ``resources/wilayah/wilayah.csv.gz`` and is read the first time any
function here is called, then kept for the life of the process (``functools.lru_cache``): an office that never
opens an address form never pays for it, and the pickers never read the file twice.  Loading takes about
0.2 s on a two-core office PC (bound checked in ``tests/customers/test_wilayah.py``).

Codes are dotted as in the Kemendagri list (``32``, ``32.73``, ``32.73.01``, ``32.73.01.1001``); every
function also accepts the compact form a NIK carries (``3273``, ``327301``) and :func:`compact` goes the other
way, for storage next to a NIK or for exports.

Attribution of the data: see ``resources/wilayah/README.md`` (cahyadsn/wilayah, MIT License).
"""
from __future__ import annotations

import csv
import gc
import gzip
import io
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "Region", "LEVELS", "DATA_FILE", "provinces", "children", "get", "search", "path", "province_codes",
    "district_exists", "compact", "dotted",
]

DATA_FILE = Path(__file__).resolve().parents[2] / "resources" / "wilayah" / "wilayah.csv.gz"

#: Levels from the top down, as spelled in the csv's ``level`` column.
LEVELS = ("province", "regency", "district", "village")

# Digits per level in the compact code: 2 province, +2 regency, +2 district, +4 village.
_SEGMENTS = (2, 2, 2, 4)
_CODE_RE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")
# Regency names carry "Kabupaten"/"Kota"; officers type just "Bandung", so search also matches without them.
_REGENCY_PREFIX = re.compile(r"^(kabupaten|kab\.|kota)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Region:
    """One row of the region table.

    Attributes:
        code: dotted code as in the Kemendagri list, e.g. ``"32.73"``.
        level: one of :data:`LEVELS`.
        name: official name, e.g. ``"Kota Bandung"``.
    """

    code: str
    level: str
    name: str

    @property
    def compact(self) -> str:
        """The code without dots, as inside a NIK (``"3273"``)."""
        return self.code.replace(".", "")

    @property
    def parent_code(self) -> str | None:
        """Dotted code of the region one level up, or None for a province."""
        head, sep, _ = self.code.rpartition(".")
        return head if sep else None


def compact(code: str) -> str:
    """``"32.01.01.2001"`` → ``"3201012001"``; a compact code is returned unchanged."""
    return code.strip().replace(".", "")


def dotted(code: str) -> str:
    """``"3201012001"`` → ``"32.01.01.2001"``; a dotted code is returned unchanged.

    Raises:
        ValueError: the text is not a region code of 2, 4, 6 or 10 digits.
    """
    text = code.strip()
    if _CODE_RE.match(text):
        return text
    if not text.isdigit() or len(text) not in (2, 4, 6, 10):
        raise ValueError(f"not a region code: {code!r}")
    parts, start = [], 0
    for width in _SEGMENTS:
        if start >= len(text):
            break
        parts.append(text[start:start + width])
        start += width
    return ".".join(parts)


def _key(code: str) -> str | None:
    """Dotted form of ``code``, or None when it is not a region code at all."""
    try:
        return dotted(code)
    except (ValueError, AttributeError):
        return None


@dataclass(frozen=True)
class _Table:
    """The table as parallel columns in file order, which is code order (fixed-width segments make the dotted
    codes sort parent-first), so the descendants of a code are one contiguous slice found by bisection."""

    codes: tuple[str, ...]
    levels: tuple[str, ...]
    names: tuple[str, ...]
    index: dict[str, int]

    def region(self, i: int) -> Region:
        return Region(self.codes[i], self.levels[i], self.names[i])

    def descendants(self, code: str) -> range:
        """Row numbers of every region below ``code`` (not ``code`` itself)."""
        prefix = code + "."
        # "/" sorts right after ".", so it bounds every code that starts with the prefix.
        return range(bisect_left(self.codes, prefix), bisect_left(self.codes, code + "/"))


@lru_cache(maxsize=1)
def _table() -> _Table:
    """Read the compressed csv once; everything else here is a lookup or a bisection.

    Region objects are built only for rows actually returned: making 91,599 dataclass instances up front
    would double the load time for nothing.  The garbage collector is paused while the columns are built,
    because the ~400,000 new strings and tuples would otherwise trigger many useless collection passes.
    """
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        text = gzip.decompress(DATA_FILE.read_bytes()).decode("utf-8")
        rows = csv.reader(io.StringIO(text, newline=""))
        header = next(rows)
        if header != ["code", "level", "name"]:
            raise RuntimeError(f"{DATA_FILE}: unexpected header {header}")
        codes, levels, names = zip(*rows)
        index = dict(zip(codes, range(len(codes))))
    finally:
        if gc_was_on:
            gc.enable()
    return _Table(codes, levels, names, index)


@lru_cache(maxsize=1)
def _search_keys() -> tuple[tuple[str, ...], ...]:
    """Casefolded names to match, parallel to the table rows; built on the first search only."""
    table = _table()
    keys = []
    for level, name in zip(table.levels, table.names):
        folded = name.casefold()
        short = _REGENCY_PREFIX.sub("", folded) if level == "regency" else folded
        keys.append((folded, short) if short != folded else (folded,))
    return tuple(keys)


def provinces() -> list[Region]:
    """The 38 provinces, by code."""
    return children("")


def children(code: str) -> list[Region]:
    """Regions one level below ``code`` (province → regencies → districts → villages), by code.

    Args:
        code: dotted or compact code; ``""`` gives the provinces.
    Returns:
        An empty list for a village or an unknown code.
    """
    table = _table()
    if code == "":
        return [table.region(i) for i, c in enumerate(table.codes) if "." not in c]
    key = _key(code)
    if key is None or key not in table.index:
        return []
    depth = key.count(".") + 1
    return [table.region(i) for i in table.descendants(key) if table.codes[i].count(".") == depth]


def get(code: str) -> Region | None:
    """The region with this dotted or compact code, or None."""
    table = _table()
    i = table.index.get(_key(code) or "")
    return None if i is None else table.region(i)


def path(code: str) -> list[Region]:
    """The chain from the province down to ``code`` itself, e.g. for a village: province, regency,
    district, village.  Empty for an unknown code."""
    key = _key(code)
    if not key or get(key) is None:
        return []
    parts = key.split(".")
    chain = (get(".".join(parts[:depth])) for depth in range(1, len(parts) + 1))
    return [region for region in chain if region is not None]


def search(text: str, level: str | None = None, limit: int | None = 20) -> list[Region]:
    """Regions whose name contains ``text`` (case-insensitive), best matches first.

    Ranking: whole-name match, then name starting with the text, then a word starting with it, then anywhere;
    within a rank, higher levels first (a province before a village of the same name), then by code.  For
    regencies the "Kabupaten"/"Kota" prefix is ignored when matching, so "Bandung" ranks Kabupaten Bandung and
    Kota Bandung as whole-name matches.  A text that is a region code returns that region.

    Args:
        text: what the officer typed.
        level: restrict to one of :data:`LEVELS`.
        limit: at most this many results (None for all).
    Raises:
        ValueError: unknown ``level``.
    """
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {LEVELS}")
    needle = " ".join(text.split()).casefold()
    if not needle:
        return []
    table = _table()
    if needle[0].isdigit():
        region = get(needle)
        return [region] if region and (level is None or region.level == level) else []
    word_start = re.compile(r"(^|[\s\-(/.,])" + re.escape(needle))
    level_rank = {name: rank for rank, name in enumerate(LEVELS)}
    ranked = []
    for i, keys in enumerate(_search_keys()):
        best = None
        for key in keys:
            if needle not in key:
                continue
            if key == needle:
                rank = 0
            elif key.startswith(needle):
                rank = 1
            elif word_start.search(key):
                rank = 2
            else:
                rank = 3
            best = rank if best is None else min(best, rank)
        if best is not None and (level is None or table.levels[i] == level):
            ranked.append((best, level_rank[table.levels[i]], i))
    ranked.sort()
    if limit is not None:
        ranked = ranked[:limit]
    return [table.region(i) for _, _, i in ranked]


@lru_cache(maxsize=1)
def province_codes() -> frozenset[str]:
    """The two-digit codes of today's 38 provinces (the first two digits of every valid NIK)."""
    return frozenset(region.code for region in provinces())


def district_exists(code: str) -> bool:
    """Whether a district (kecamatan) code exists in today's table.

    Args:
        code: six digits as in a NIK (``"327301"``) or dotted (``"32.73.01"``).
    Returns:
        False for anything that is not a current district, including codes of districts renumbered after a
        region split (which old NIKs still carry).
    """
    region = get(code)
    return region is not None and region.level == "district"
