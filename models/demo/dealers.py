"""Demo step: dealers with their salespeople."""
from __future__ import annotations

from models.core import audit
from models.core.clock import now
from models.customers.dealers import Dealer

# ------------------------------------------------------------------------------------------------- demo
DEMO_DEALERS = [
    # code, name, kind, brand, address, city
    ("DL01", "Honda Daya Motor Soekarno-Hatta", "motor", "Honda", "Jl. Soekarno-Hatta No. 456", "Kota Bandung"),
    ("DL02", "Yamaha Mataram Sakti Buah Batu", "motor", "Yamaha", "Jl. Buah Batu No. 210", "Kota Bandung"),
    ("DL03", "Suzuki Motor Cimahi", "motor", "Suzuki", "Jl. Amir Machmud No. 88", "Kota Cimahi"),
    ("DL04", "Honda Sinar Motor Banjaran", "motor", "Honda", "Jl. Raya Banjaran No. 31", "Kabupaten Bandung"),
    ("DL05", "Yamaha Putra Jaya Majalaya", "motor", "Yamaha", "Jl. Raya Majalaya No. 12", "Kabupaten Bandung"),
    ("DL06", "Kawasaki Sport Center Pasteur", "motor", "Kawasaki", "Jl. Dr. Djunjunan No. 150", "Kota Bandung"),
    ("DL07", "Honda Tunas Motor Padalarang", "motor", "Honda", "Jl. Raya Padalarang No. 77",
     "Kabupaten Bandung Barat"),
    ("DL08", "Toyota Auto2000 Pasteur", "mobil", "Toyota", "Jl. Dr. Djunjunan No. 192", "Kota Bandung"),
    ("DL09", "Daihatsu Astra Soekarno-Hatta", "mobil", "Daihatsu", "Jl. Soekarno-Hatta No. 380", "Kota Bandung"),
    ("DL10", "Suzuki Mobil Sunda Motor", "mobil", "Suzuki", "Jl. Jend. Sudirman No. 530", "Kota Bandung"),
    ("DL11", "Mitsubishi Bandung Center", "mobil", "Mitsubishi", "Jl. Soekarno-Hatta No. 342", "Kota Bandung"),
    ("DL12", "Mobil Bekas Berkah Cibiru", "motor_mobil", "", "Jl. Raya Cipadung No. 5", "Kota Bandung"),
]


def build_demo_dealers(ctx) -> list[int]:
    """The demo's 12 dealers around Bandung, 2–4 salespeople each (bulk insert; one audit row)."""
    from models.core.db import database as db
    from models.core.db import run_in_transaction

    def make():
        dealer_rows, sales_rows = [], []
        stamp = now()
        for i, (code, name, kind, brand, address, city) in enumerate(DEMO_DEALERS):
            dealer_rows.append({"code": code, "name": name, "kind": kind, "brand": brand, "address": address,
                                "city": city, "phone": f"+6222{7500000 + 1371 * i}",
                                "contact_person": ctx.faker.name(), "branch": ctx.branch.id if ctx.branch else None,
                                "active": True, "notes": "", "created_at": stamp, "updated_at": stamp})
        Dealer.insert_many(dealer_rows).execute()
        ids = [d.id for d in Dealer.select(Dealer.id).order_by(Dealer.id)]
        for dealer_id in ids:
            for _ in range(ctx.rng.randint(2, 4)):
                sales_rows.append((dealer_id, ctx.faker.name(), f"+628{ctx.rng.choice('1235789')}"
                                   f"{ctx.rng.randint(10**8, 10**9 - 1)}", True, stamp))
        db.obj.cursor().executemany(
            "INSERT INTO salesperson (dealer_id, name, phone, active, created_at) VALUES (?, ?, ?, ?, ?)"
            if db.obj.param == "?" else
            "INSERT INTO salesperson (dealer_id, name, phone, active, created_at) VALUES (%s, %s, %s, %s, %s)",
            sales_rows)
        audit.record(None, "dealer.demo", "dealer", "", after={"dealers": len(ids), "salespeople": len(sales_rows)})
        return ids

    ids = run_in_transaction(make)
    ctx.made["dealers"] = ids
    return ids
