"""The one function every printed paper takes its letterhead from: the office profile.

Receipts, quotes, schedules, contracts, dealer letters, purchase orders, cash reports and every exported ledger
report call :func:`office_letterhead`; it reads :func:`models.core.office_profile.profile` (legal name, address with
its region, phone, email, NPWP, licence number, logo, signatory) and the branch printed under the name.  So a
change in Settings → Profil kantor reaches every document at once.
"""
from __future__ import annotations

from models.core.office import Branch, Office
from reports.base import Letterhead


def office_letterhead(branch: Branch | int | None = None) -> Letterhead | None:
    """The office's letterhead (``None`` when the database has no office yet).

    Args:
        branch: the branch printed after the office name (its address and phone replace the office's when
            filled); default the first active branch.
    """
    from models.core.office_profile import profile

    if Office.select().first() is None:
        return None
    p = profile()
    if isinstance(branch, int):
        branch = Branch.get_or_none(Branch.id == branch)
    if branch is None:
        branch = Branch.select().where(Branch.active == True).order_by(Branch.id).first()  # noqa: E712
    address = p.address
    region = p.region_text()
    if region and region.split(",")[0].lower() not in address.lower():
        address = f"{address}, {region}" if address else region
    if branch is not None and branch.address:
        address = branch.address
    phone = branch.phone if branch is not None and branch.phone else p.phone
    return Letterhead(p.legal_name, branch.name if branch else "", address, phone, email=p.email, npwp=p.npwp,
                      licence=p.licence, logo=p.logo_bytes, signatory_name=p.signatory_name,
                      signatory_title=p.signatory_title)
