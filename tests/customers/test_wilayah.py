"""Region table: what the address picker and the NIK check ask of it on an ordinary day."""
from __future__ import annotations

import gzip
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from models.core import wilayah
from models.core.wilayah import Region

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_file_is_reproducible_gzip_with_attribution():
    raw = wilayah.DATA_FILE.read_bytes()
    assert raw[:2] == b"\x1f\x8b"
    assert raw[4:8] == b"\x00\x00\x00\x00", "mtime must be 0 so regenerating gives the same bytes"
    # Shipped byte for byte as the source csv (which uses CRLF line ends).
    assert gzip.decompress(raw).splitlines()[:2] == [b"code,level,name", b"11,province,Aceh"]
    readme = (ROOT / "resources" / "wilayah" / "README.md").read_text(encoding="utf-8")
    for must in ("MIT License", "copyright (c) 2017-2025 Cahya DSN", "cahyadsn/wilayah",
                 "Kepmendagri No. 300.2.2-2138 Tahun 2025"):
        assert must in readme


def test_the_table_has_every_level_of_the_2025_decree():
    table = wilayah._table()
    counts = {level: table.levels.count(level) for level in wilayah.LEVELS}
    assert counts == {"province": 38, "regency": 514, "district": 7285, "village": 83762}


def test_officer_opens_the_province_list_and_finds_jawa_barat():
    provinces = wilayah.provinces()
    assert len(provinces) == 38
    assert [p.code for p in provinces] == sorted(p.code for p in provinces)
    assert Region("32", "province", "Jawa Barat") in provinces
    assert wilayah.get("32") == Region("32", "province", "Jawa Barat")


def test_province_codes_include_the_new_papua_and_kalimantan_utara():
    codes = wilayah.province_codes()
    assert len(codes) == 38
    assert {"65", "91", "92", "93", "94", "95", "96"} <= codes
    assert "20" not in codes and "99" not in codes


def test_picking_jawa_barat_lists_its_regencies_including_kota_bandung():
    regencies = wilayah.children("32")
    assert all(r.level == "regency" and r.code.startswith("32.") for r in regencies)
    assert Region("32.73", "regency", "Kota Bandung") in regencies
    assert wilayah.get("3273") == wilayah.get("32.73") == Region("32.73", "regency", "Kota Bandung")


def test_drilling_down_to_a_village_and_back_up():
    districts = wilayah.children("32.73")
    assert all(d.level == "district" for d in districts) and districts[0].code == "32.73.01"
    villages = wilayah.children(districts[0].code)
    assert villages and all(v.level == "village" and v.code.startswith("32.73.01.") for v in villages)
    assert wilayah.children(villages[0].code) == []
    chain = wilayah.path(villages[0].code)
    assert [r.level for r in chain] == list(wilayah.LEVELS)
    assert [r.name for r in chain[:2]] == ["Jawa Barat", "Kota Bandung"]
    assert chain[-1] == villages[0]
    assert wilayah.path(wilayah.compact(villages[0].code)) == chain


def test_unknown_codes_give_nothing_rather_than_errors():
    assert wilayah.get("99") is None
    assert wilayah.get("not a code") is None
    assert wilayah.children("32.99") == []
    assert wilayah.path("32.99.01") == []


def test_compact_and_dotted_codes_round_trip():
    assert wilayah.compact("32.01.01.2001") == "3201012001"
    assert wilayah.dotted("3201012001") == "32.01.01.2001"
    assert wilayah.dotted("327301") == "32.73.01"
    assert Region("32.73.01", "district", "Sukasari").compact == "327301"
    with pytest.raises(ValueError):
        wilayah.dotted("32730")


def test_district_exists_for_the_six_digits_of_a_nik():
    assert wilayah.district_exists("327301")
    assert wilayah.district_exists("32.73.01")
    assert not wilayah.district_exists("3273")  # a regency, not a district
    assert not wilayah.district_exists("947101")  # old Kota Jayapura code, renumbered after the 2022 split


def test_searching_bandung_puts_the_two_regencies_first():
    found = wilayah.search("Bandung")
    assert len(found) == 20
    assert [r.name for r in found[:2]] == ["Kabupaten Bandung", "Kota Bandung"]
    assert all("bandung" in r.name.lower() for r in found)
    assert [r.code for r in wilayah.search("bandung", level="regency")] == ["32.04", "32.73", "32.17"]
    assert wilayah.search("  kota   BANDUNG ", level="regency")[0].code == "32.73"
    assert wilayah.search("32.73") == [Region("32.73", "regency", "Kota Bandung")]
    assert wilayah.search("") == []
    assert len(wilayah.search("Bandung", limit=None)) > 20
    with pytest.raises(ValueError):
        wilayah.search("Bandung", level="kelurahan")


def test_a_fresh_process_loads_the_table_well_under_a_second_without_qt():
    script = textwrap.dedent("""
        import sys, time
        start = time.perf_counter()
        from models.core import wilayah
        wilayah.get("32.73")
        print(time.perf_counter() - start, any(m.startswith("PySide6") for m in sys.modules))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    seconds, qt_loaded = out.stdout.split()
    assert float(seconds) < 1.0
    assert qt_loaded == "False"


def test_the_table_is_read_once():
    wilayah._table.cache_clear()
    wilayah.get("32")
    wilayah.children("32")
    wilayah.search("Bandung")
    assert wilayah._table.cache_info().misses == 1
