"""Exports from the command line: personal data only for those allowed, and every export audited."""
from __future__ import annotations

import argparse

import openpyxl

from models.core.audit import AuditLog
from reports.commands import export_command


def args(**kw):
    base = dict(what="audit", date_from=None, date_to=None, out="", user=None)
    base.update(kw)
    return argparse.Namespace(**base)


def test_the_manager_exports_the_audit_trail_and_the_export_is_audited(staff, tmp_path):
    out = tmp_path / "audit.xlsx"
    before = AuditLog.select().count()
    assert export_command(args(out=str(out), user="manajer")) == 0
    sheet = openpyxl.load_workbook(out).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "user.create" in values and "Jejak Audit" in values
    last = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert last.action == "audit.export" and last.username == "manajer"
    assert AuditLog.select().count() == before + 1


def test_a_cashier_may_not_export_the_audit_trail_nor_customers(staff, tmp_path):
    import pytest

    from models.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        export_command(args(out=str(tmp_path / "a.xlsx"), user="kasir"))
    with pytest.raises(PermissionDenied):
        export_command(args(what="customers", out=str(tmp_path / "c.xlsx"), user="kasir"))
    assert not (tmp_path / "a.xlsx").exists() and not (tmp_path / "c.xlsx").exists()


def test_an_export_without_a_user_is_refused_with_the_reason(staff, tmp_path, capsys):
    assert export_command(args(what="customers", out=str(tmp_path / "c.xlsx"))) == 2
    assert "--user" in capsys.readouterr().err
