"""Search-as-you-type over the client book, and the FTS index kept in step by the database itself."""
from __future__ import annotations

import datetime as dt

import pytest

from models.customers import customers as cust
from models.customers.customers import Customer
from models.core.db import database
from models.customers.search import CustomerFilter, fts_match, list_ids, query_terms, rebuild_index, search_ids
from tests.conftest import TODAY


@pytest.fixture
def book(staff):
    """Three customers in two portfolios."""
    siti = cust.create_customer(staff.cmo1, dict(
        full_name="Siti Nurhaliza", nik="3273205201900003", birth_date=dt.date(1990, 1, 12), gender="P",
        phone="0812-3456-7890", address="Jl. Cipaganti 12", village="Pasteur", mother_maiden_name="Aminah",
        member_no="KSP-0042"), today=TODAY)
    budi = cust.create_customer(staff.cmo1, dict(
        full_name="Budi Santoso", nik="3204101503850001", birth_date=dt.date(1985, 3, 15), gender="L",
        phone="+62 813 1111 2222", phone2="022-7561234", address="Jl. Raya Banjaran 3", village="Banjaran",
        mother_maiden_name="Sumiati"), today=TODAY)
    sitti = cust.create_customer(staff.cmo2, dict(
        full_name="Sitti Rahmawati", nik="3277014107920002", birth_date=dt.date(1992, 7, 1), gender="P",
        phone="6285722223333", address="Jl. Amir Machmud 8", village="Cigugur", mother_maiden_name="Enok"),
        today=TODAY)
    return {"siti": siti.id, "budi": budi.id, "sitti": sitti.id}


def test_what_the_user_types_becomes_index_prefixes():
    assert query_terms("  siti  nur ") == ["siti", "nur"]
    assert query_terms("0812-3456") == ["08123456"]
    assert query_terms("+62 812") == ["62812"]
    assert fts_match('o"brien') == '"o"* "brien"*'
    assert fts_match("   ") is None


def test_a_cashier_finds_anyone_by_name_nik_phone_or_member_number(staff, book):
    kasir = staff.kasir
    assert set(search_ids(kasir, "sit")) == {book["siti"], book["sitti"]}
    assert search_ids(kasir, "siti nur") == [book["siti"]]
    assert search_ids(kasir, "SANTOSO") == [book["budi"]]
    assert search_ids(kasir, "3273 2052") == [book["siti"]]
    assert search_ids(kasir, "0812-3456") == [book["siti"]]      # as typed, with the 0
    assert search_ids(kasir, "+62 813 1111") == [book["budi"]]   # international form
    assert search_ids(kasir, "62857") == [book["sitti"]]
    assert search_ids(kasir, "022-7561") == [book["budi"]]        # the second phone, a Bandung fixed line
    assert search_ids(kasir, "KSP-0042") == [book["siti"]]
    assert search_ids(kasir, "zzz") == []
    assert search_ids(kasir, "") == []


def test_an_officer_only_finds_their_own_portfolio(staff, book):
    assert search_ids(staff.cmo1, "sit") == [book["siti"]]
    assert search_ids(staff.cmo2, "sit") == [book["sitti"]]
    # asking for another officer's portfolio gives nothing rather than leaking it
    assert list_ids(staff.cmo2, CustomerFilter(officer_id=staff.cmo1.id)) == []
    assert list_ids(staff.cmo1) == [book["budi"], book["siti"]]


def test_the_list_filters_and_sorts_in_sql(staff, book, branch):
    kacab = staff.kacab
    assert list_ids(kacab) == [book["budi"], book["siti"], book["sitti"]]
    assert list_ids(kacab, sort="name", descending=True) == [book["sitti"], book["siti"], book["budi"]]
    assert list_ids(kacab, CustomerFilter(officer_id=staff.cmo2.id)) == [book["sitti"]]
    assert list_ids(kacab, CustomerFilter(text="sit", branch_id=branch.id)) == [book["siti"], book["sitti"]]
    assert list_ids(kacab, CustomerFilter(text="sit", officer_id=staff.cmo1.id)) == [book["siti"]]
    assert search_ids(kacab, "sit", flt=CustomerFilter(status="nonaktif")) == []


def test_the_index_follows_every_change_in_the_same_transaction(staff, book):
    cust.update_customer(staff.cmo1, book["siti"], {"full_name": "Siti Aisyah", "phone": "0819-0000-1111"},
                         today=TODAY)
    assert search_ids(staff.kasir, "nurhaliza") == []
    assert search_ids(staff.kasir, "aisyah") == [book["siti"]]
    assert search_ids(staff.kasir, "0819") == [book["siti"]]
    assert search_ids(staff.kasir, "0812") == []

    # a write that rolls back leaves the index as it was
    def rename_then_fail():
        Customer.update(full_name="Rollback Test").where(Customer.id == book["budi"]).execute()
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        with database.obj.atomic():
            rename_then_fail()
    assert search_ids(staff.kasir, "rollback") == []
    assert search_ids(staff.kasir, "budi") == [book["budi"]]

    Customer.delete().where(Customer.id == book["sitti"]).execute()
    assert search_ids(staff.kasir, "sitti") == []


def test_check_reports_a_drifted_index_and_rebuild_repairs_it(staff, book):
    from models.customers.checks import search_index_in_step

    assert search_index_in_step() == []
    database.obj.execute_sql("DROP TRIGGER customer_fts_update")
    database.obj.execute_sql("UPDATE customer SET full_name = 'Diubah Diam-diam' WHERE id = ?", (book["budi"],))
    problems = search_index_in_step()
    assert any("out of date" in p and str(book["budi"]) in p for p in problems)
    assert any("customer_fts_update" in p for p in problems)
    database.obj.execute_sql("DELETE FROM customer_fts WHERE rowid = ?", (book["siti"],))
    assert any("missing" in p for p in search_index_in_step())
    assert rebuild_index() == 3
    assert search_ids(staff.kasir, "diubah") == [book["budi"]]
    assert [p for p in search_index_in_step() if "trigger" not in p and "repair" not in p] == []
