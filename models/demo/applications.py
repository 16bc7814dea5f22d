"""Demo step: applications in every state and 24 months of disbursed loans, with their collateral."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.core import audit
from models.core.clock import backdated
from models.core.errors import ValidationError
from models.core.money import D
from models.core.office import next_number
from models.core.users import User
from models.credit.applications import (
    REQUIRED_DOCUMENTS,
    STATUS_LABELS,
    STATUSES,
    Application,
    Decision,
    StatusChange,
    Survey,
    _try_price,
    approval_limit,
    approve_application,
    counter_offer,
    create_application,
    get_application,
    record_survey,
    reject_application,
    status_counts,
    submit_application,
    validate_order,
    validate_survey,
)
from models.credit.disbursement import cancel_application
from models.customers.customers import Customer
from models.customers.dealers import Dealer, Salesperson
from models.products.products import LoanProduct

# ---------------------------------------------------------------------------------------------------- demo
DEMO_VEHICLES = {
    # dealer kind → (vehicle type, [(brand-less model, OTR rupiah)])
    "motor": ("two_wheel", [("Beat CBS", 18_500_000), ("Vario 125", 23_500_000), ("NMAX 155", 31_500_000),
                            ("Aerox 155", 29_000_000), ("Nex II", 17_900_000), ("Ninja 250", 68_000_000),
                            ("Scoopy", 22_000_000), ("PCX 160", 33_500_000)]),
    "mobil": ("four_wheel", [("Avanza 1.3 E", 245_000_000), ("Sigra 1.2 X", 160_000_000),
                             ("Ertiga GL", 255_000_000), ("Xpander GLS", 280_000_000), ("Ayla 1.0 M", 140_000_000),
                             ("Carry Pick Up", 165_000_000)]),
}
DEMO_COLOURS = ["Hitam", "Putih", "Merah", "Abu-abu", "Biru", "Silver"]
#: Share of customers who late-pay, per dealer (by DEMO_DEALERS order): some dealers bring good customers,
#: a few do not — the branch's "which dealer?" question needs both.
DEMO_DEALER_RISK = [0.05, 0.08, 0.30, 0.12, 0.45, 0.10, 0.06, 0.04, 0.15, 0.22, 0.07, 0.38]


def build_demo(ctx) -> None:
    """Demo step ``models.demo.applications:build_demo`` (after customers): orders in every state and about
    0.8 × ``ctx.customers`` disbursed loans over the 24 months before ``ctx.today``.

    The loans go through the real actions (order, survey, submission, approval by another person, contract,
    disbursement with its journal), back-dated with :func:`backdated`, all inside ONE transaction.  Each dealer
    gets a risk profile: ``ctx.made["dealer_risk"] = {dealer_id: probability that a customer pays late}``, for
    the cashier's demo step; ``ctx.made["loan_ids"]`` lists the loans made.
    """
    from models.core.db import run_in_transaction

    run_in_transaction(lambda: _build_demo(ctx))




def _build_demo(ctx) -> None:
    """The body of :func:`build_demo`, inside its one transaction."""
    import random as _random

    from models.credit.collateral import fiducia_due_list
    from models.credit.disbursement import create_contract, disburse
    from models.products.products import min_dp_pct, npf_band

    rng: _random.Random = ctx.rng
    today = ctx.today
    users = ctx.users
    cmos = [users[u] for u in ("cmo1", "cmo2") if u in users]
    ao = users.get("ao1") or cmos[0]
    approvers = [users[u] for u in ("kacab", "spv") if u in users]
    manager = users.get("manajer")
    contractor, disburser = users["kacab"], users["spv"]
    keeper, checker = users["kacab"], users.get("akuntan") or users["spv"]
    products = {p.code: p for p in LoanProduct.select().where(LoanProduct.active == True)}  # noqa: E712
    band = npf_band()
    dealers = list(Dealer.select().order_by(Dealer.id))
    risk = {d.id: DEMO_DEALER_RISK[i % len(DEMO_DEALER_RISK)] for i, d in enumerate(dealers)}
    ctx.made["dealer_risk"] = risk
    sales = {}
    for s in Salesperson.select():
        sales.setdefault(s.dealer_id, []).append(s.id)
    customers = list(Customer.select(Customer.id, Customer.monthly_income, Customer.officer)
                     .where(Customer.status == "aktif").order_by(Customer.id).tuples())
    if not customers or "KM" not in products:
        ctx.made["loan_ids"] = []
        ctx.log("applications: no customers or no vehicle product; skipped")
        return
    rng.shuffle(customers)
    pool = iter(customers * 3)

    def at(day: dt.date, hour: int) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)))

    def order_for(day: dt.date, vehicle: bool):
        cid, income, _officer = next(pool)
        if vehicle and dealers:
            dealer = rng.choice(dealers)
            car = dealer.kind == "mobil" or (dealer.kind == "motor_mobil" and rng.random() < 0.4)
            product = products["KMB" if car and "KMB" in products else "KM"]
            vtype, models_ = DEMO_VEHICLES["mobil" if car else "motor"]
            model, otr = rng.choice(models_)
            terms = product.terms()
            minimum = min_dp_pct(terms, vtype, band)
            dp_pct = minimum + rng.choice([0, 0, 5, 10, 15])
            dp = D(otr) * dp_pct / 100
            dp = (dp / 100_000).to_integral_value() * 100_000 + (100_000 if dp % 100_000 else 0)
            tenors = [t for t in ((12, 18, 24, 30, 36) if not car else (24, 36, 48)) if
                      terms.tenor_min <= t <= terms.tenor_max]
            officer = rng.choice(cmos)
            serial = rng.randint(10 ** 6, 10 ** 7 - 1)
            data = dict(customer=cid, product=product.id, source="dealer", dealer=dealer.id,
                        salesperson=rng.choice(sales.get(dealer.id, [None])), vehicle_type=vtype,
                        asset_brand=dealer.brand or rng.choice(["Honda", "Toyota"]), asset_model=model,
                        asset_year=day.year, asset_colour=rng.choice(DEMO_COLOURS),
                        chassis_no=f"MH{rng.choice('1389')}{serial}K{rng.randint(100000, 999999)}",
                        engine_no=f"E{serial}{rng.randint(10, 99)}", otr_price=D(otr), down_payment=dp,
                        tenor=rng.choice(tenors))
        else:
            code = rng.choice([c for c in ("KMK", "PA") if c in products] or ["KM"])
            product = products[code]
            terms = product.terms()
            amount = rng.choice([5, 10, 15, 20, 25, 30, 50]) * 1_000_000
            tenors = [t for t in (6, 12, 18, 24, 36) if terms.tenor_min <= t <= terms.tenor_max]
            officer = ao
            data = dict(customer=cid, product=product.id, source=rng.choice(["walk_in", "walk_in", "referral"]),
                        referral_name="Anggota lama", otr_price=D(amount), tenor=rng.choice(tenors),
                        purpose=rng.choice(["Tambah stok warung", "Renovasi kios", "Biaya sekolah anak",
                                            "Modal dagang sayur", "Beli mesin jahit"]))
        return officer, data, int(income or 0)

    def survey_data(installment: Decimal, income: int, weak: bool) -> dict:
        need = int(installment) * (5 if not weak else 2)
        main = max(income // 100 if income > 10 ** 9 else income, need, 3_000_000)
        main = (main + 99_999) // 100_000 * 100_000
        expenses = main * rng.choice([30, 35, 40]) // 100 // 100_000 * 100_000
        score = (lambda: rng.randint(2, 3)) if weak else (lambda: rng.randint(3, 5))
        return dict(findings=rng.choice(["Rumah permanen, lingkungan baik, tetangga mengenal pemohon.",
                                         "Usaha berjalan 3 tahun, stok cukup, pembeli ramai.",
                                         "Karyawan tetap, slip gaji sesuai, atasan mengkonfirmasi."]),
                    income_main=D(main), income_spouse=D(rng.choice([0, 0, 1_500_000, 2_500_000])),
                    household_expenses=D(expenses), debt_installments=D(rng.choice([0, 0, 0, 500_000])),
                    score_character=score(), score_capacity=score(), score_capital=score(),
                    score_collateral=score(), score_condition=score(),
                    documents=list(REQUIRED_DOCUMENTS) + (["bank_statement"] if rng.random() < 0.5 else []),
                    recommendation="bersyarat" if weak else "layak")

    def approver_for(app: Application) -> User:
        limit = approval_limit("supervisor")
        if manager is not None and limit is not None and app.amount_financed > limit:
            return manager
        return rng.choice(approvers)

    def take_order(day: dt.date, vehicle: bool, weak: bool = False, stop: str = "submitted"):
        """Order → survey → submission (as far as ``stop``), stamped over the days before ``day``."""
        for _attempt in range(5):
            officer, data, income = order_for(day, vehicle)
            try:
                with backdated(at(day - dt.timedelta(days=6), 9)):
                    app = create_application(officer, data)
            except ValidationError:
                continue
            break
        else:
            return None
        if stop == "draft":
            return app
        with backdated(at(day - dt.timedelta(days=5), 10)):
            record_survey(officer, app, survey_data(app.installment, income, weak))
        if stop == "surveyed":
            return app
        with backdated(at(day - dt.timedelta(days=4), 14)):
            submit_application(officer, app)
        return app

    made = {s: 0 for s in STATUSES}
    loan_ids: list[int] = []
    n_loans = max(0, round(ctx.customers * 0.8))
    span = 730
    # Disbursed loans, oldest first so contract numbers follow the calendar.  Their order-to-approval history
    # is written in bulk (one INSERT compiled per table; CONVENTIONS: bulk writes) — it is history, not an
    # action anyone takes today — while the contract and the disbursement go through the real functions.
    # A few were approved after a counter-offer: those take the real path from the order on.
    plans = []
    for day in sorted(today - dt.timedelta(days=rng.randint(3, span)) for _ in range(n_loans)):
        vehicle = rng.random() < 0.8
        plans.append((day, vehicle, vehicle and rng.random() < 0.08))
    bulk_ids = _demo_history(ctx, [(day, vehicle) for day, vehicle, countered in plans if not countered],
                             order_for, survey_data, approver_for, band)
    bulk_iter = iter(bulk_ids)
    from models.credit.disbursement import default_cash_account

    bank = default_cash_account()
    fiducia_missing = 0
    movements: list[tuple] = []
    for day, vehicle, countered in plans:
        if countered:
            app = take_order(day, vehicle)
            if app is None:
                continue
            with backdated(at(day - dt.timedelta(days=3), 11)):
                app = counter_offer(approver_for(app), app, "more_dp", "DP ditambah 10 %",
                                    down_payment=app.down_payment + app.otr_price / 10)
            made["countered"] += 1
        else:
            app_id = next(bulk_iter, None)
            if app_id is None:
                continue
            app = app_id
        with backdated(at(day - dt.timedelta(days=1), 13)):
            create_contract(contractor, app, date=day - dt.timedelta(days=1))
        with backdated(at(day, 10)):
            loan = disburse(disburser, app, day, cash_account=bank)
        loan_ids.append(loan.id)
        if vehicle:
            received = day + dt.timedelta(days=rng.randint(20, 75))
            registered = day + dt.timedelta(days=rng.randint(5, 28))
            age = (today - day).days
            if registered >= today or age <= 12:
                fiducia = False  # recent contracts: the notary has not registered them yet
            elif age <= 45:
                fiducia = rng.random() > 0.5  # some near or past the 30-day deadline: the warning list
            else:  # two or three forgotten long ago
                fiducia = fiducia_missing >= 3 or rng.random() > (0.15 if fiducia_missing < 2 else 0.01)
                fiducia_missing += 0 if fiducia else 1
            movements.append((loan.application_id, received if received < today else None,
                              f"{rng.choice('MNOPQR')}-{rng.randint(10**7, 10**8 - 1)}",
                              registered if fiducia else None,
                              f"W11.{rng.randint(10**7, 10**8 - 1)}.AH.05.01 TAHUN {registered.year}"))
    _demo_collateral(movements, keeper, checker, [d.name for d in dealers], rng)
    made["disbursed"] = len(loan_ids)
    # Rejections over the whole period: dealers with risky customers see more of them.
    for _ in range(max(2, ctx.customers // 10)):
        day = today - dt.timedelta(days=rng.randint(2, span))
        app = take_order(day, rng.random() < 0.85, weak=True)
        if app is None:
            continue
        dealer_risk = risk.get(app.dealer_id, 0.2)
        with backdated(at(day - dt.timedelta(days=2), 15)):
            if rng.random() < 0.4 + dealer_risk:
                code = rng.choice(["capacity", "capacity", "character", "unverified", "employment", "residence"])
                reject_application(approver_for(app), app, code, "hasil survei dan verifikasi")
                made["rejected"] += 1
            else:
                cancel_application(app.officer, app, rng.choice(["nasabah membeli tunai",
                                                                 "nasabah membatalkan pembelian",
                                                                 "dealer menjual ke pembeli lain"]))
                made["cancelled"] += 1
    # Orders still in the pipeline, in the last two weeks: every state of the approval screen.
    few = max(2, ctx.customers // 60)
    for stop in ("draft", "surveyed", "submitted", "approved", "contracted", "counter"):
        for _ in range(few):
            day = today - dt.timedelta(days=rng.randint(0, 10))
            day = min(day + dt.timedelta(days=6), today)  # stamps run from day-6 to day
            app = take_order(day, rng.random() < 0.8, stop="submitted" if stop in (
                "approved", "contracted", "counter") else stop)
            if app is None:
                continue
            if stop in ("approved", "contracted"):
                with backdated(at(day, 9)):
                    approve_application(approver_for(app), app)
                if stop == "contracted":
                    with backdated(at(day, 11)):
                        create_contract(contractor, app, date=day)
            elif stop == "counter":
                with backdated(at(day, 9)):
                    counter_offer(approver_for(app), app, "shorter_tenor", "tenor disesuaikan",
                                  tenor=max(app.terms().tenor_min, app.tenor - 6))
                made["countered"] += 1
            made[get_application(app.id).status if stop != "counter" else "approved"] += 0
    ctx.made["loan_ids"] = loan_ids
    counts = status_counts()
    ctx.log("applications: " + ", ".join(f"{STATUS_LABELS[s]} {n}" for s, n in counts.items() if n)
            + f"; {made['countered']} counter-offers; {len(fiducia_due_list(today))} fiducia registrations due or late")


def _insert_rows(model, rows: list[dict]) -> None:
    """``executemany`` over one INSERT built once (the demo's bulk history)."""
    from models.core.db import database

    if not rows:
        return
    names = list(rows[0])
    fields = [model._meta.fields[n] for n in names]
    mark = database.obj.param
    sql = (f'INSERT INTO "{model._meta.table_name}" ({", ".join(f.column_name for f in fields)}) '
           f'VALUES ({", ".join([mark] * len(fields))})')
    database.obj.cursor().executemany(sql, [[f.db_value(row[n]) for f, n in zip(fields, names)] for row in rows])


def _demo_history(ctx, plans, order_for, survey_data, approver_for, band) -> list[int]:
    """Orders, surveys, submissions and approvals of the demo's disbursed loans, written in bulk.

    Each row passes the same validation and pricing as :func:`create_application` and
    :func:`record_survey`; numbers come from the gap-free sequence.  Returns the application ids in order.
    """
    rng = ctx.rng
    apps_rows, surveys, changes, decisions_ = [], [], [], []
    meta = []
    for day, vehicle in plans:
        for _attempt in range(5):
            officer, data, income = order_for(day, vehicle)
            clean, errors = validate_order(data, today=day)
            if not errors:
                pricing, errors = _try_price(clean, npf_band=band, start=day)
            if not errors:
                break
        else:
            continue
        made_at = dt.datetime.combine(day - dt.timedelta(days=6), dt.time(9, rng.randint(0, 59)))
        surveyed_at = made_at + dt.timedelta(days=1, hours=1)
        submitted_at = made_at + dt.timedelta(days=2, hours=5)
        approved_at = made_at + dt.timedelta(days=3, hours=2)
        approver = approver_for(Application(amount_financed=pricing["amount_financed"]))
        number = next_number("application", ctx.branch, made_at.year)
        apps_rows.append(dict(
            number=number, version=1, previous=None, is_current=True, branch=ctx.branch.id, officer=officer.id,
            **{**clean, **pricing}, status="approved", submitted_by=officer.id,
            submitted_at=submitted_at, decided_by=approver.id, decided_at=approved_at, contract_no=None,
            contract_date=None, contracted_by=None, disbursed_by=None, disbursed_on=None, loan_id=None,
            created_by=officer.id, created_at=made_at, updated_at=approved_at))
        survey, errors = validate_survey(survey_data(pricing["installment"], income, False), today=surveyed_at.date())
        meta.append((number, officer, approver, made_at, surveyed_at, submitted_at, approved_at, survey))
    _insert_rows(Application, apps_rows)
    ids = dict(Application.select(Application.number, Application.id)
               .where(Application.number.in_([m[0] for m in meta])).tuples())
    for number, officer, approver, made_at, surveyed_at, submitted_at, approved_at, survey in meta:
        app_id = ids[number]
        surveys.append(dict(application=app_id, surveyor=officer.id, **survey, created_at=surveyed_at,
                            updated_at=surveyed_at))
        for frm, to, who, when, why in (("", "draft", officer, made_at, "order diterima"),
                                         ("draft", "surveyed", officer, surveyed_at, "survei dicatat"),
                                         ("surveyed", "submitted", officer, submitted_at, "diajukan ke pemutus"),
                                         ("submitted", "approved", approver, approved_at, "")):
            changes.append(dict(application=app_id, from_status=frm, to_status=to, user=who.id, at=when,
                                reason=why))
        decisions_.append(dict(application=app_id, kind="approve", reason_code="", note="", decided_by=approver.id,
                               decided_at=approved_at, new_version=None))
    _insert_rows(Survey, surveys)
    _insert_rows(StatusChange, changes)
    _insert_rows(Decision, decisions_)
    audit.record(None, "application.demo_history", "application", "",
                 after={"applications": len(meta), "note": "riwayat pengajuan data contoh"})
    return [ids[m[0]] for m in meta]


def _demo_collateral(movements, keeper, checker, dealer_names, rng) -> None:
    """BPKBs received from the dealers and stored (signed off), fiducia registered — or, for a few, not yet."""
    from models.core.db import database
    from models.credit.collateral import Collateral, CollateralMovement

    by_app = dict(Collateral.select(Collateral.application, Collateral.id).tuples())
    rows, updates = [], []
    for app_id, received, bpkb_no, registered, fiducia_no in movements:
        cid = by_app.get(app_id)
        if cid is None:
            continue
        status = "awaiting"
        if received is not None:
            at = dt.datetime.combine(received, dt.time(15, 0))
            rows.append(dict(collateral=cid, kind="receive", date=received, party=rng.choice(dealer_names),
                             note=f"[BPKB {bpkb_no}]", made_by=keeper.id, made_at=at, signed_by=checker.id,
                             signed_at=at + dt.timedelta(minutes=20)))
            rows.append(dict(collateral=cid, kind="store", date=received, party="", note="[lokasi Brankas cabang]",
                             made_by=keeper.id, made_at=at + dt.timedelta(minutes=30), signed_by=checker.id,
                             signed_at=at + dt.timedelta(minutes=45)))
            status = "stored"
        updates.append((status, bpkb_no if received else "", "Brankas cabang" if received else "",
                        fiducia_no if registered else "", registered, cid))
    _insert_rows(CollateralMovement, rows)
    mark = database.obj.param
    database.obj.cursor().executemany(
        f"UPDATE collateral SET status = {mark}, bpkb_no = {mark}, location = {mark}, fiducia_no = {mark}, "
        f"fiducia_date = {mark} WHERE id = {mark}", updates)
    audit.record(None, "collateral.demo_history", "collateral", "",
                 after={"movements": len(rows), "entries": len(updates)})
