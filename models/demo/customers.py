"""Demo step: customers in believable regions, with follow-ups."""
from __future__ import annotations

import datetime as dt

from models.core import audit
from models.core.clock import now
from models.core.db import database
from models.core.users import Role, User
from models.customers.customers import FOLLOW_UP_KINDS, HOME_OWNERSHIP, Customer

# -------------------------------------------------------------------------------------------- demo data
# Where the demo's customers were first registered (NIK district) and live: mostly the Bandung area.
DEMO_REGENCIES = [("32.73", 40), ("32.04", 30), ("32.77", 12), ("32.17", 10), ("32.06", 3), ("31.74", 2),
                  ("33.74", 2), ("35.78", 1)]
DEMO_OCCUPATIONS = [("Karyawan swasta", 3_500_000, 9_000_000), ("Wiraswasta", 3_000_000, 15_000_000),
                    ("Pedagang", 2_500_000, 10_000_000), ("PNS", 4_500_000, 9_500_000),
                    ("Guru", 3_000_000, 7_000_000), ("Buruh pabrik", 2_800_000, 4_500_000),
                    ("Pengemudi ojek daring", 2_500_000, 6_000_000), ("Petani", 1_500_000, 5_000_000),
                    ("Perawat", 4_000_000, 8_000_000), ("Penjahit", 2_000_000, 4_500_000)]
DEMO_EMPLOYERS = ["PT Kahatex", "PT Pindad", "PT Len Industri", "Toko sendiri", "Warung makan sendiri",
                  "RSUD Kota Bandung", "SDN Cibiru 3", "PT Gojek Indonesia", "PT Bio Farma", "Pasar Kosambi"]
DEMO_FOLLOW_UP_NOTES = ["Menanyakan rencana pengajuan motor baru", "Survei rumah, nasabah kooperatif",
                        "Mengingatkan jatuh tempo angsuran", "Nasabah minta simulasi kredit mobil",
                        "Referensi dari saudara nasabah lama", "Konfirmasi data pekerjaan ke atasan"]


def build_demo(ctx) -> None:
    """Demo step ``models.demo.customers:build_demo``: ``ctx.customers`` customers, 12 dealers, follow-ups.

    NIKs are valid and agree with each customer's birth date and gender, with real district codes from
    :mod:`models.core.wilayah`; addresses come from the region table.  Customers are spread over the officers
    cmo1, cmo2 and ao1.  Rows go in with ``cursor.executemany`` over an INSERT built once by peewee
    (CONVENTIONS: bulk writes bypass per-row ORM work), so 100,000 customers take seconds; the search index
    is filled by the triggers in the same transaction.  Puts ``customer_ids`` and ``dealers`` in ``ctx.made``.
    """
    from models.core.db import run_in_transaction
    from models.demo.dealers import build_demo_dealers

    rng, faker = ctx.rng, ctx.faker
    officers = [ctx.users[name] for name in ("cmo1", "cmo2", "ao1") if name in ctx.users] or [
        u for u in ctx.users.values() if u.role == Role.OFFICER.value]
    branch_id = ctx.branch.id
    districts, villages = _demo_regions(rng)
    regency_weights = [w for _, w in DEMO_REGENCIES]
    male = [faker.first_name_male() for _ in range(150)]
    female = [faker.first_name_female() for _ in range(150)]
    last = [faker.last_name() for _ in range(250)]
    streets = [faker.street_name() for _ in range(120)]
    koperasi = ctx.office is not None and ctx.office.kind == "koperasi"
    stamp = now()
    serials: dict[str, set[int]] = {}
    used_phones: set[str] = set()
    chains: dict[str, dict[str, str]] = {}

    columns = ("branch_id", "officer_id", "member_no", "status", "status_reason", "full_name", "nik",
               "kk_number", "npwp", "birth_place", "birth_date", "gender", "marital_status",
               "mother_maiden_name", "address", "rt", "rw", "region_code", "village", "district", "regency",
               "province", "postal_code", "phone", "phone2", "email", "occupation", "employer",
               "monthly_income", "monthly_expenses", "spouse_name", "spouse_nik", "spouse_phone",
               "emergency_name", "emergency_relation", "emergency_phone", "home_ownership", "notes",
               "created_by_id", "created_at", "updated_at", "version")
    placeholder = database.obj.param
    sql = (f"INSERT INTO customer ({', '.join(columns)}) VALUES ({', '.join([placeholder] * len(columns))})")

    def phone() -> str:
        while True:
            number = f"+628{rng.choice('1235789')}{rng.randint(10 ** 8, 10 ** 9 - 1)}"
            if number not in used_phones:
                used_phones.add(number)
                return number

    rows = []
    for n in range(ctx.customers):
        gender = "P" if rng.random() < 0.45 else "L"
        first = rng.choice(female if gender == "P" else male)
        name = f"{first} {rng.choice(last)}" if rng.random() < 0.85 else first
        born = ctx.today - dt.timedelta(days=rng.randint(21 * 365, 62 * 365))
        regency = rng.choices(DEMO_REGENCIES, regency_weights)[0][0]
        district = rng.choice(districts[regency])
        key = f"{district.replace('.', '')}{born.day + (40 if gender == 'P' else 0):02d}{born:%m%y}"
        # Real serials are spread (many people share a district and a birth date), never all 0001.
        used = serials.setdefault(key, set())
        serial = rng.randint(1, 2999)
        while serial in used:
            serial = rng.randint(1, 2999)
        used.add(serial)
        nik = f"{key}{serial:04d}"
        home = district if rng.random() < 0.8 else rng.choice(districts[rng.choices(DEMO_REGENCIES[:4],
                                                                                     regency_weights[:4])[0][0]])
        village = rng.choice(villages[home])
        chain = chains.get(village)
        if chain is None:
            chain = chains[village] = {r.level: r.name for r in _wilayah_path(village)}
        occupation, low, high = rng.choice(DEMO_OCCUPATIONS)
        income = rng.randrange(low, high, 50_000)
        married = rng.random() < 0.65
        officer = officers[n % len(officers)]
        rows.append((
            branch_id, officer.id, f"A{n + 1:06d}" if koperasi else None,
            "blacklist" if rng.random() < 0.005 else ("nonaktif" if rng.random() < 0.03 else "aktif"), "",
            name, nik, f"{district.replace('.', '')}{rng.randint(10 ** 9, 10 ** 10 - 1)}", "",
            chain.get("regency", "Bandung").replace("Kabupaten ", "").replace("Kota ", ""), born, gender,
            "kawin" if married else "belum_kawin", rng.choice(female) + " " + rng.choice(last),
            f"{rng.choice(streets)} No. {rng.randint(1, 250)}", f"{rng.randint(1, 12):03d}",
            f"{rng.randint(1, 15):03d}", village, chain.get("village", ""), chain.get("district", ""),
            chain.get("regency", ""), chain.get("province", ""), f"40{rng.randint(111, 625)}", phone(),
            "", "", occupation, rng.choice(DEMO_EMPLOYERS), income * 100,
            int(income * rng.uniform(0.4, 0.75)) // 1000 * 1000 * 100,
            (rng.choice(male if gender == "P" else female) + " " + rng.choice(last)) if married else "", "",
            phone() if married and rng.random() < 0.5 else "", rng.choice(male) + " " + rng.choice(last),
            rng.choice(["Saudara kandung", "Orang tua", "Ipar", "Paman"]), phone(),
            rng.choice(list(HOME_OWNERSHIP)[:3]), "", None, stamp, stamp, 1))

    def make():
        from models.customers.search import bulk_insert_customers

        bulk_insert_customers(sql, rows)
        cursor = database.obj.cursor()
        ids = [r[0] for r in Customer.select(Customer.id).order_by(Customer.id).tuples()]
        follow = _demo_follow_ups(ctx, ids, officers)
        if follow:
            cursor.executemany(
                "INSERT INTO follow_up (customer_id, officer_id, kind, contacted_at, notes, next_contact, next_done, "
                f"created_at) VALUES ({', '.join([placeholder] * 8)})", follow)
        audit.record(None, "customer.demo", "customer", "", after={"customers": len(ids),
                                                                   "follow_ups": len(follow)})
        return ids

    ids = run_in_transaction(make)
    ctx.made["customer_ids"] = ids
    dealer_ids = build_demo_dealers(ctx)
    ctx.log(f"{len(ids)} customers, {len(dealer_ids)} dealers")


def _wilayah_path(code: str):
    from models.core import wilayah

    return wilayah.path(code)


def _demo_regions(rng) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Districts per demo regency, and a sample of villages per district (dotted codes)."""
    from models.core import wilayah

    districts: dict[str, list[str]] = {}
    villages: dict[str, list[str]] = {}
    for regency, _ in DEMO_REGENCIES:
        districts[regency] = [r.code for r in wilayah.children(regency)]
        for code in districts[regency]:
            villages[code] = [r.code for r in wilayah.children(code)] or [code]
    return districts, villages


def _demo_follow_ups(ctx, ids: list[int], officers: list[User]) -> list[tuple]:
    """A contact history for about one customer in twelve, with next contacts due today and overdue."""
    rng = ctx.rng
    rows = []
    stamp = now()
    picked = ids[::12]
    for k, cid in enumerate(picked):
        officer = officers[(cid - ids[0]) % len(officers)] if ids else officers[0]
        contacted = dt.datetime.combine(ctx.today - dt.timedelta(days=rng.randint(3, 40)), dt.time(10, 0))
        if k % 4 == 0:
            next_contact = ctx.today  # due today
        elif k % 4 == 1:
            next_contact = ctx.today - dt.timedelta(days=rng.randint(1, 5))  # overdue
        else:
            next_contact = ctx.today + dt.timedelta(days=rng.randint(1, 20))
        rows.append((cid, officer.id, rng.choice(list(FOLLOW_UP_KINDS)[:3]), contacted,
                     rng.choice(DEMO_FOLLOW_UP_NOTES), next_contact, False, stamp))
    return rows
