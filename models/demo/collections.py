"""Demo step ``models.demo.collections:build``: the collection desk of the demo office.

Runs after the payments demo (the loans and how they paid) and before the books are closed.  Uses only the
public actions a user's click calls:

* a second collector; the two collectors get the districts where most accounts in arrears live, by area;
* a history of visits and calls over the last weeks, with promises to pay (some kept, most broken);
* warning letters at each stage (SP1 six weeks ago, SP2, SP3, somasi two weeks apart);
* two restructured loans (capitalised arrears over a longer tenor, and a new rate), proposed by the officer
  and approved by the branch head;
* one unit repossessed and sold below the debt (the shortfall stays collectible);
* one loan written off (proposed by the manager, approved by the director) with a later recovery.

Premature arrears differ between dealers through the payments demo's dealer risk profiles.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.core.errors import DomainError


def build(ctx) -> None:
    from models.collections import collections as col
    from models.collections import restructuring as rs
    from models.collections import warning_letters as wl
    from models.collections import write_off as wo
    from models.collections.repossession import record_repossession, record_sale
    from models.core.users import Role, User, create_user, system_context
    from models.customers.customers import Customer
    from models.demo.build import DEMO_PASSWORD
    from models.loans.loans import Loan

    today = min(ctx.today, dt.date.today())
    rng = ctx.rng
    users = ctx.users
    kacab, manager = users.get("kacab"), users.get("manajer")
    if kacab is None or not Loan.select().where(Loan.status == "active").exists():
        ctx.log("collections: no loans; skipped")
        return
    with system_context():
        collector2 = User.get_or_none(User.username == "kolektor2") or create_user(
            None, "kolektor2", "Asep Gunawan", Role.COLLECTOR, DEMO_PASSWORD, branch=ctx.branch,
            area="Kabupaten Bandung", officer_code="COL02")
        director = User.get_or_none(User.username == "direktur") or create_user(
            None, "direktur", "Ir. Handoko Wijaya", Role.MANAGER, DEMO_PASSWORD, branch=ctx.branch)
    users["kolektor2"], users["direktur"] = collector2, director
    collectors = [users["kolektor"], collector2]
    made = {"areas": 0, "contacts": 0, "promises": 0, "letters": {}, "restructured": 0, "repossessed": 0,
            "written_off": 0}

    # collectors by area: the districts with most accounts in arrears, alternately, since before the last two
    # month ends (so the closed month's snapshot, retaken by models.demo.month_end:refresh_latest, has them)
    start = today - dt.timedelta(days=100)
    busy = (Customer.select(Customer.district).join(Loan, on=(Loan.customer == Customer.id))
            .where((Loan.status == "active") & (Loan.oldest_unpaid_due < today) & (Customer.district != ""))
            .group_by(Customer.district).order_by(Customer.district).tuples())
    districts = [d for (d,) in busy]
    for n, district in enumerate(districts):
        col.assign_area(kacab, collectors[n % 2], "district", district, date=start)
        made["areas"] += 1

    # visits and promises over the last three weeks
    for back in (21, 14, 7, 3):
        day = today - dt.timedelta(days=back)
        rows = col.worklist(kacab, day, amounts=False)
        for row in rows[: 12]:
            who = next((c for c in collectors if c.id == row.collector_id), collectors[0])
            roll = rng.random()
            try:
                if roll < 0.45:
                    amount = (row.installment * rng.choice([1, 1, 2])).quantize(Decimal("1"))
                    col.record_contact(who, Loan.get_by_id(row.loan_id), date=day, channel="visit",
                                       result="promise", promise_date=day + dt.timedelta(days=rng.randint(2, 6)),
                                       promise_amount=amount, note="Janji bayar setelah gajian")
                    made["promises"] += 1
                else:
                    result = rng.choice(["not_met", "refused", "moved", "wrong_number", "unit_missing"])
                    notes = {"not_met": "Rumah kosong, titip pesan ke tetangga", "refused": "Usaha sepi, minta waktu",
                             "moved": "Menurut RT pindah ke luar kota", "wrong_number": "Nomor tidak aktif",
                             "unit_missing": "Motor tidak ada di rumah, dipakai saudara"}
                    col.record_contact(who, Loan.get_by_id(row.loan_id), date=day,
                                       channel="call" if result == "wrong_number" else "visit", result=result,
                                       note=notes[result])
                made["contacts"] += 1
            except DomainError as exc:
                ctx.log(f"collections: contact skipped ({exc.message})")

    # warning letters at each stage, two weeks apart
    for back in (42, 28, 14, 0):
        batch = wl.issue_batch(kacab, today - dt.timedelta(days=back))
        for stage, n in batch.by_stage.items():
            made["letters"][stage] = made["letters"].get(stage, 0) + n

    # two restructurings: arrears capitalised over a longer tenor; a new rate
    effective = today - dt.timedelta(days=3)
    candidates = (Loan.select().where((Loan.status == "active") & (Loan.oldest_unpaid_due < effective - dt.timedelta(days=30))
                                      & (Loan.oldest_unpaid_due > effective - dt.timedelta(days=120))
                                      & ((Loan.last_payment_on.is_null()) | (Loan.last_payment_on <= effective)))
                  .order_by(Loan.contract_no))
    plans = [dict(kind="capitalise", new_tenor=None, reason="Omzet usaha turun; angsuran diperingan"),
             dict(kind="recondition", new_rate=None, reason="Suku bunga diturunkan agar angsuran terjangkau")]
    for loan in candidates:
        if made["restructured"] == len(plans):
            break
        plan = plans[made["restructured"]]
        remaining = loan.tenor - loan.installments_paid
        terms = {"new_tenor": remaining + 12} if plan["kind"] == "capitalise" else \
            {"new_rate": (Decimal(loan.annual_rate) * Decimal("0.75")).quantize(Decimal("0.01"))}
        try:
            proposal = rs.propose(loan.officer, loan, plan["kind"], reason=plan["reason"], effective_date=effective,
                                  capitalise=True, **terms)
            rs.approve(kacab, proposal)
            made["restructured"] += 1
        except DomainError as exc:
            ctx.log(f"collections: restructuring of {loan.contract_no} skipped ({exc.message})")

    # one repossession sold at a shortfall
    taken, sold = today - dt.timedelta(days=25), today - dt.timedelta(days=6)
    restructured = {r.loan_id for r in rs.proposals()}
    deep = (Loan.select().where((Loan.status == "active") & (Loan.oldest_unpaid_due < taken - dt.timedelta(days=90))
                                & Loan.dealer_id.is_null(False) & Loan.id.not_in(list(restructured) or [0])
                                & (Loan.last_payment_on.is_null() | (Loan.last_payment_on <= taken)))
            .order_by(Loan.oldest_unpaid_due))
    deep = list(deep.limit(5))
    if deep:
        loan = deep[0]
        try:
            rep = record_repossession(kacab, loan, date=taken, condition="fair", storage="Gudang Cibiru",
                                      valuation=(Decimal(loan.outstanding_principal) * Decimal("0.5")).quantize(
                                          Decimal("1000")),
                                      costs=Decimal("750000"), note="Ditarik bersama kolektor lapangan")
            price = (Decimal(loan.outstanding_principal) * Decimal("0.45")).quantize(Decimal("1000"))
            record_sale(kacab, rep, date=sold, price=price, costs=Decimal("500000"), buyer="Balai Lelang Bandung",
                        shortfall_action="receivable")
            from models.credit.collateral import CollateralMovement, sign_off

            for movement in CollateralMovement.select().where(CollateralMovement.signed_by.is_null()
                                                              & (CollateralMovement.kind == "to_buyer")):
                sign_off(users.get("spv") or manager, movement)
            made["repossessed"] += 1
        except DomainError as exc:
            ctx.log(f"collections: repossession skipped ({exc.message})")

    # one write-off with a later recovery
    for loan in deep[1:]:
        try:
            proposal = wo.propose_write_off(manager, loan, "Macet lebih dari 90 hari, nasabah tidak diketahui "
                                                           "keberadaannya", today - dt.timedelta(days=40))
            wo.approve_write_off(director, proposal, date=today - dt.timedelta(days=40))
            wo.post_recovery(users["kasir"], Loan.get_by_id(loan.id),
                             (Decimal(loan.installment_amount) * 2).quantize(Decimal("1000")),
                             today - dt.timedelta(days=4))
            made["written_off"] += 1
            break
        except DomainError as exc:
            ctx.log(f"collections: write-off of {loan.contract_no} skipped ({exc.message})")
    ctx.made["collections"] = made
    ctx.log(f"collections: {made['areas']} areas, {made['contacts']} contacts ({made['promises']} promises), "
            f"letters {made['letters']}, {made['restructured']} restructured, {made['repossessed']} repossessed, "
            f"{made['written_off']} written off")
