"""Demo step: the demo office's letterhead profile (address with region, NPWP, OJK licence, signatory).

A client of the domain: it calls the same :func:`models.core.office_profile.update_profile` the Settings tab calls,
inside ``system_context()`` as every demo builder does.
"""
from __future__ import annotations


def build(ctx) -> None:
    from models.core.office_profile import update_profile
    from models.core.users import system_context

    # The office's own name (the cooperative demo is a koperasi with its registration number, not the leasing
    # company's licence), as the first-run wizard recorded it.
    if ctx.kind == "koperasi":
        names = dict(legal_name=ctx.office.name, email="ksp@mitrasejahtera.or.id",
                     licence="012345/BH/M.KUKM.2/VIII/2019", signatory_title="Ketua Pengurus")
    else:
        names = dict(legal_name=ctx.office.name, email="cs@angsurmitra.co.id", licence="KEP-123/NB.1/2019",
                     signatory_title="Kepala Cabang Bandung")
    with system_context():
        update_profile(None, address="Jl. Soekarno-Hatta No. 123", region_code="32.73", phone="022-7561234",
                       npwp="001234567890100", signatory_name="Sri Wahyuni", receipt_paper="a5", **names)
    ctx.log("office profile (letterhead)")
