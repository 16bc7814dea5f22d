"""Collectibility by office kind: every preset's boundaries, the office's own edited bounds (audited), stages."""
from __future__ import annotations

import pytest

from models.core.audit import AuditLog
from models.core.errors import PermissionDenied, ValidationError
from models.loans import collectibility as coll
from models.loans.loans import collectibility, collectibility_preset


@pytest.mark.parametrize("days, klass", [(15, 1), (45, 2), (150, 3), (200, 4), (361, 5),
                                         (0, 1), (30, 1), (31, 2), (90, 2), (91, 3), (180, 3), (181, 4),
                                         (360, 4)])
def test_bpr_classes_follow_pojk_33_2018(days, klass):
    assert coll.classify(days, coll.PRESETS["bpr"]) == klass


@pytest.mark.parametrize("days, klass", [(0, 1), (1, 2), (90, 2), (91, 3), (120, 3), (121, 4), (180, 4), (181, 5)])
def test_commercial_bank_classes_follow_pojk_40_2019(days, klass):
    assert coll.classify(days, coll.PRESETS["bank"]) == klass


@pytest.mark.parametrize("days, klass", [(0, 1), (30, 1), (31, 2), (90, 2), (91, 3), (120, 3), (121, 4), (180, 4),
                                         (181, 5)])
def test_multifinance_classes_follow_pojk_35_2018_practice(days, klass):
    assert coll.classify(days, coll.PRESETS["multifinance"]) == klass


@pytest.mark.parametrize("days, klass", [(45, 1), (90, 1), (91, 3), (150, 3), (180, 3), (181, 4), (360, 4),
                                         (361, 5)])
def test_cooperative_has_four_classes_and_no_dpk(days, klass):
    table = coll.PRESETS["cooperative"]
    assert coll.classify(days, table) == klass
    assert coll.CLASS_NAMES[coll.classify(45, table)] == "Lancar"
    assert coll.CLASS_NAMES[coll.classify(150, table)] == "Kurang Lancar"
    assert 2 not in coll.Table("cooperative", table).classes


@pytest.mark.parametrize("days, stage", [(0, 1), (30, 1), (31, 2), (90, 2), (91, 3)])
def test_psak_71_stages(days, stage):
    assert coll.stage(days) == stage


def test_the_office_kind_picks_the_preset_and_the_admin_edits_bounds(db, staff):
    from models.core.office import Office

    assert coll.office_table().preset == "multifinance"  # the demo office is a leasing branch
    assert collectibility_preset() == "office" and collectibility(100, "office") == 3
    Office.update(kind="bpr").execute()
    assert coll.office_table().bounds == coll.PRESETS["bpr"] and collectibility(100, "office") == 3
    assert collectibility(200, "office") == 4
    with pytest.raises(PermissionDenied):
        coll.set_office_table(staff.kasir, "bpr")
    with pytest.raises(ValidationError):
        coll.set_office_table(staff.admin, "bpr", [(1, 30), (2, 20)])  # days must rise
    table = coll.set_office_table(staff.admin, "bpr", [(1, 30), (2, 60), (3, 150), (4, 300)])
    assert coll.office_table() == table and collectibility(61, "office") == 3
    row = AuditLog.select().where(AuditLog.action == "settings.collectibility").get()
    assert '"bpr"' in row.after and "60" in row.after and "90" in row.before


def test_sql_case_agrees_with_python_at_every_boundary(db):
    from models.core.db import database

    for name, bounds in coll.PRESETS.items():
        for days in range(0, 400, 1):
            expected = coll.classify(days, bounds)
            if days % 29 and days not in {b + d for _k, b in bounds for d in (0, 1)}:
                continue
            got = database.obj.execute_sql(f"SELECT {coll.case_sql('?', bounds).replace('?', str(days))}").fetchone()[0]
            assert got == expected, (name, days)
