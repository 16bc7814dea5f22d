"""Dealers and their salespeople: who brings the leasing office its orders."""
from __future__ import annotations

import pytest

from models.customers import dealers as dl
from models.core.audit import AuditLog
from models.core.errors import ConflictError, PermissionDenied, ValidationError


def honda(**over):
    data = dict(code="dl01", name="Honda Daya Motor Soekarno-Hatta", kind="motor", brand="Honda",
                address="Jl. Soekarno-Hatta No. 456", city="Kota Bandung", phone="022-7561234",
                contact_person="Pak Yusuf")
    data.update(over)
    return data


def test_a_supervisor_registers_a_dealer_and_its_salespeople(staff, branch):
    dealer = dl.create_dealer(staff.kacab, honda())
    assert dealer.code == "DL01" and dealer.phone == "+62227561234" and dealer.branch_id == branch.id
    dl.add_salesperson(staff.kacab, dealer.id, "Rudi Hartono", "0812-7777-8888")
    dl.add_salesperson(staff.kacab, dealer.id, "Ani Suryani")
    assert [(s.name, s.phone) for s in dl.salespeople(dealer.id)] == [
        ("Ani Suryani", ""), ("Rudi Hartono", "+6281277778888")]
    assert AuditLog.select().where(AuditLog.action.startswith("dealer.")).count() == 3


def test_a_dealer_form_lists_every_problem(staff):
    with pytest.raises(ValidationError) as caught:
        dl.create_dealer(staff.kacab, honda(code="", name="", kind="kapal", phone="123"))
    assert {e.field for e in caught.value.errors} == {"code", "name", "kind", "phone"}
    dl.create_dealer(staff.kacab, honda())
    with pytest.raises(ConflictError):
        dl.create_dealer(staff.kacab, honda(name="Lain"))


def test_only_supervisors_and_managers_manage_dealers(staff):
    with pytest.raises(PermissionDenied):
        dl.create_dealer(staff.cmo1, honda())
    dealer = dl.create_dealer(staff.manajer, honda())
    with pytest.raises(PermissionDenied):
        dl.add_salesperson(staff.kasir, dealer.id, "X")


def test_a_dealer_that_stops_working_with_the_office_is_deactivated_not_deleted(staff):
    dealer = dl.create_dealer(staff.kacab, honda())
    dl.create_dealer(staff.kacab, honda(code="DL08", name="Toyota Auto2000 Pasteur", kind="mobil"))
    dl.set_dealer_active(staff.kacab, dealer.id, False)
    assert [d.code for d in dl.dealers(active_only=True)] == ["DL08"]
    assert [d.code for d in dl.dealers()] == ["DL01", "DL08"]
    assert [d.code for d in dl.dealers(text="toyota")] == ["DL08"]
    updated = dl.update_dealer(staff.kacab, dealer.id, {"contact_person": "Bu Rina"})
    assert updated.contact_person == "Bu Rina" and not updated.active
    row = AuditLog.get(AuditLog.action == "dealer.update")
    assert "Pak Yusuf" in row.before and "Bu Rina" in row.after
