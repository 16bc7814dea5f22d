"""Demo step: the demo office's letterhead profile (address with region, NPWP, OJK licence, signatory).

A client of the domain: it calls the same :func:`models.core.office_profile.update_profile` the Settings tab calls,
inside ``system_context()`` as every demo builder does.
"""
from __future__ import annotations


def build(ctx) -> None:
    from models.core.office_profile import update_profile
    from models.core.users import system_context

    with system_context():
        update_profile(None, legal_name="PT Angsur Mitra Finance", address="Jl. Soekarno-Hatta No. 123",
                       region_code="32.73", phone="022-7561234", email="cs@angsurmitra.co.id",
                       npwp="001234567890100", licence="KEP-123/NB.1/2019", signatory_name="Sri Wahyuni",
                       signatory_title="Kepala Cabang Bandung", receipt_paper="a5")
    ctx.log("office profile (letterhead)")
