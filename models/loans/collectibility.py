"""Collectibility (kolektibilitas) by office kind, as data: the presets, the office's own editable bounds, and
the PSAK 71 stage.

Each office kind reports arrears by its own regulator's table, so the classes are data, not code:

====================  ==========================================================  ============================
preset                classes by days past due                                    source
====================  ==========================================================  ============================
``bank``              1 Lancar 0; 2 DPK 1–90; 3 KL 91–120; 4 D 121–180; 5 M > 180  POJK 40/2019 (commercial bank)
``bpr``               1 Lancar 0–30; 2 DPK 31–90; 3 KL 91–180; 4 D 181–360; 5 > 360 POJK 33/2018, kept by POJK 1/2024
``multifinance``      1 Lancar 0–30; 2 DPK 31–90; 3 KL 91–120; 4 D 121–180; 5 > 180 POJK 35/2018 practice
``cooperative``       1 Lancar 0–90; 3 KL 91–180; 4 D 181–360; 5 M > 360 (no DPK)  Permenkop; D and M bounds are
                                                                                  the cooperative's own rule
====================  ==========================================================  ============================

The cooperative table has four classes and no DPK; its classes keep the numbers 1, 3, 4, 5 so that "classes 3–5
are non-performing" (NPL/NPF) means the same thing in every office.

The office kind picks the preset (leasing → multifinance, bpr → bpr, koperasi → cooperative); the bounds are
editable in Settings (:func:`set_office_table`, permission ``settings.edit``, audited) and stored in the setting
``arrears.collectibility_table``.  The PSAK 71 stage (:func:`stage`) has its own bounds (stage 1 up to 30 days,
2: 31–90, 3: over 90 — the standard's rebuttable presumptions, PSAK 71 ¶5.5.11 and B5.5.37), also editable.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.core import audit
from models.core.errors import FieldError, ValidationError
from models.core.texts import _

CLASS_NAMES = {1: "Lancar", 2: "Dalam Perhatian Khusus", 3: "Kurang Lancar", 4: "Diragukan", 5: "Macet"}
CLASS_SHORT = {1: "L", 2: "DPK", 3: "KL", 4: "D", 5: "M"}
NONPERFORMING = (3, 4, 5)

#: preset → ((class, highest days past due in that class), …); the last class of the office is "beyond".
PRESETS: dict[str, tuple[tuple[int, int], ...]] = {
    "bank": ((1, 0), (2, 90), (3, 120), (4, 180)),
    "bpr": ((1, 30), (2, 90), (3, 180), (4, 360)),
    "multifinance": ((1, 30), (2, 90), (3, 120), (4, 180)),
    "cooperative": ((1, 90), (3, 180), (4, 360)),
}
PRESET_LABELS = {"bank": "Bank umum (POJK 40/2019)", "bpr": "BPR (POJK 33/2018, POJK 1/2024)",
                 "multifinance": "Perusahaan pembiayaan (POJK 35/2018)", "cooperative": "Koperasi (Permenkop)"}
KIND_PRESETS = {"leasing": "multifinance", "multifinance": "multifinance", "bpr": "bpr", "koperasi": "cooperative"}
SETTING = "arrears.collectibility_table"
STAGE_SETTING = "accounting.stage_bounds"
DEFAULT_STAGE_BOUNDS = (30, 90)  # stage 1 ≤ 30 days, stage 2 ≤ 90, stage 3 beyond (PSAK 71 presumptions)


@dataclass(frozen=True)
class Table:
    """An office's collectibility table: the preset it started from and its (possibly edited) bounds."""

    preset: str
    bounds: tuple[tuple[int, int], ...]

    @property
    def classes(self) -> tuple[int, ...]:
        return tuple(k for k, _ in self.bounds) + (5,)

    def classify(self, days: int) -> int:
        """The class (1–5) of a loan ``days`` past due."""
        return classify(days, self.bounds)

    def describe(self) -> list[tuple[int, str, str]]:
        """(class, name, "a–b hari") rows for the settings screen and the docs."""
        rows, low = [], 0
        for klass, upper in self.bounds:
            rows.append((klass, CLASS_NAMES[klass], f"{low}–{upper} hari" if upper > low else f"{upper} hari"))
            low = upper + 1
        rows.append((5, CLASS_NAMES[5], f"> {self.bounds[-1][1]} hari"))
        return rows


def classify(days: int, bounds) -> int:
    """Class (1–5) for ``days`` past due under ``bounds`` (``((class, upper), …)``; beyond the last: 5)."""
    for klass, upper in bounds:
        if days <= upper:
            return klass
    return 5


def preset_for_kind(kind: str) -> str:
    """The preset an office kind starts from (leasing → multifinance, bpr → bpr, koperasi → cooperative)."""
    return KIND_PRESETS.get(kind, "bank")


def validate_bounds(bounds) -> list[FieldError]:
    """Bounds must name classes in rising order from 1, below 5, with strictly rising whole days ≥ 0."""
    errors: list[FieldError] = []
    try:
        pairs = [(int(k), int(u)) for k, u in bounds]
    except (TypeError, ValueError):
        return [FieldError("bounds", _("batas kolektibilitas harus pasangan (kelas, hari)"))]
    if not pairs:
        return [FieldError("bounds", _("tabel kolektibilitas kosong"))]
    if pairs[0][0] != 1:
        errors.append(FieldError("bounds", _("kelas pertama harus 1 (Lancar)")))
    classes = [k for k, _ in pairs]
    days = [u for _, u in pairs]
    if any(not 1 <= k <= 4 for k in classes) or classes != sorted(set(classes)):
        errors.append(FieldError("bounds", _(
            "kelas harus naik, antara 1 dan 4 (kelas 5 Macet di atas batas terakhir)")))
    if any(d < 0 for d in days) or days != sorted(set(days)):
        errors.append(FieldError("bounds", _("batas hari harus naik dan tidak negatif")))
    return errors


def office_table() -> Table:
    """The office's table: the stored one (setting ``arrears.collectibility_table``), else its kind's preset."""
    from models.core.office import Office, get_setting

    stored = get_setting(SETTING, "")
    if isinstance(stored, dict) and stored.get("bounds"):
        return Table(stored.get("preset", "custom"), tuple((int(k), int(u)) for k, u in stored["bounds"]))
    office = Office.select(Office.kind).order_by(Office.id).first()
    preset = preset_for_kind(office.kind if office is not None else "leasing")
    return Table(preset, PRESETS[preset])


def set_office_table(actor, preset: str, bounds=None) -> Table:
    """Choose the office's collectibility table (permission ``settings.edit``; audited with before and after).

    Args:
        preset: one of :data:`PRESETS`; its bounds are used unless ``bounds`` is given.
        bounds: edited bounds ``[(class, highest days), …]`` (see :func:`validate_bounds`).
    Returns:
        The new :class:`Table`.
    Raises:
        PermissionDenied, ValidationError.
    """
    from models.core.db import run_in_transaction
    from models.core.office import put_setting
    from models.core.users import require

    require(actor, "settings.edit")
    if preset not in PRESETS:
        raise ValidationError(FieldError("preset", _("tabel kolektibilitas tidak dikenal: {preset}",
                                                           preset=repr(preset))))
    chosen = tuple((int(k), int(u)) for k, u in (bounds if bounds is not None else PRESETS[preset]))
    errors = validate_bounds(chosen)
    if errors:
        raise ValidationError(errors)

    def body() -> Table:
        before = office_table()
        put_setting(SETTING, {"preset": preset, "bounds": [list(p) for p in chosen]})
        audit.record(actor, "settings.collectibility", "setting", SETTING,
                     before={"preset": before.preset, "bounds": [list(p) for p in before.bounds]},
                     after={"preset": preset, "bounds": [list(p) for p in chosen]})
        return Table(preset, chosen)

    return run_in_transaction(body)


def stage_bounds() -> tuple[int, int]:
    """Highest days past due of stage 1 and of stage 2 (setting ``accounting.stage_bounds``; default 30, 90)."""
    from models.core.office import get_setting

    stored = get_setting(STAGE_SETTING, "")
    if isinstance(stored, (list, tuple)) and len(stored) == 2:
        return int(stored[0]), int(stored[1])
    return DEFAULT_STAGE_BOUNDS


def stage(days: int, bounds: tuple[int, int] | None = None) -> int:
    """PSAK 71 stage (1 performing, 2 significant increase in credit risk, 3 credit-impaired) by days past due."""
    s1, s2 = bounds or DEFAULT_STAGE_BOUNDS
    return 1 if days <= s1 else 2 if days <= s2 else 3


def case_sql(days_sql: str, bounds) -> str:
    """A SQL ``CASE`` giving the class of the integer expression ``days_sql`` under ``bounds`` (set-based runs)."""
    parts = " ".join(f"WHEN {days_sql} <= {int(u)} THEN {int(k)}" for k, u in bounds)
    return f"(CASE {parts} ELSE 5 END)"
