"""Officers' work areas (wilayah kerja): the regencies or districts from the region table an officer covers.

An AO's weekly and monthly report is "for their own region" (reports/officer_report.py): the work area decides
which customers' loans count in a region's figures, and the branch head's side-by-side view has one column
per area.  An area is a regency (``32.73`` Kota Bandung) or a district (``32.73.05`` Andir), never a province
(too wide to walk) or a village (too narrow to staff).  Several officers may share an area.
"""
from __future__ import annotations

from peewee import CharField, ForeignKeyField

from models.core import audit
from models.core.db import BaseModel, write_transaction
from models.core.errors import FieldError, ValidationError
from models.core.users import User, require
from models.core import wilayah
from models.core.texts import _

AREA_LEVELS = ("regency", "district")


class OfficerArea(BaseModel):
    officer = ForeignKeyField(User, on_delete="CASCADE", backref="+")
    region_code = CharField(max_length=13, index=True)   # dotted code: "32.73" or "32.73.05"

    class Meta:
        indexes = ((("officer", "region_code"), True),)


def validate_areas(codes: list[str]) -> tuple[list[str], list[FieldError]]:
    """Normalise ``codes`` to dotted region codes; errors for unknown codes and wrong levels."""
    out, errors = [], []
    for code in codes:
        region = wilayah.get((code or "").strip())
        if region is None:
            errors.append(FieldError("areas", _("kode wilayah tidak dikenal: {code}", code=repr(code))))
        elif region.level not in AREA_LEVELS:
            errors.append(FieldError("areas", _("{name}: wilayah kerja harus kabupaten/kota atau kecamatan",
                                                        name=region.name)))
        elif region.code not in out:
            out.append(region.code)
    return out, errors


@write_transaction
def set_work_areas(actor: User, officer: User, codes: list[str]) -> list[str]:
    """The branch head sets an officer's work areas (replacing the old list).

    Raises:
        PermissionDenied: without ``portfolio.reassign`` (manager, supervisor).
        ValidationError: every unknown code or wrong level at once; nothing is saved.
    """
    require(actor, "portfolio.reassign")
    normalised, errors = validate_areas(codes)
    if errors:
        raise ValidationError(errors)
    before = areas_of(officer)
    OfficerArea.delete().where(OfficerArea.officer == officer.id).execute()
    for code in normalised:
        OfficerArea.create(officer=officer.id, region_code=code)
    audit.record(actor, "officer.work_areas", "user", officer.id, before={"areas": before},
                 after={"areas": normalised})
    return normalised


def areas_of(officer: User | int) -> list[str]:
    """The officer's work-area codes, sorted."""
    oid = officer if isinstance(officer, int) else officer.id
    return sorted(c for (c,) in OfficerArea.select(OfficerArea.region_code)
                  .where(OfficerArea.officer == oid).tuples())


def all_areas() -> dict[str, list[int]]:
    """Every work area in use → the ids of the officers covering it."""
    out: dict[str, list[int]] = {}
    for code, oid in OfficerArea.select(OfficerArea.region_code, OfficerArea.officer).tuples():
        out.setdefault(code, []).append(oid)
    return dict(sorted(out.items()))


def area_name(code: str) -> str:
    region = wilayah.get(code)
    return region.name if region else code
