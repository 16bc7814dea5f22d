"""What the cooperative prints: the passbook page, a member statement, the RAT pack in Excel and PDF."""
from __future__ import annotations


from models.money import D
from tests.savings_helpers import coop_db, coop_template, customers, d, user  # noqa: F401 (fixtures)


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def _year_with_members():
    from models.ledger import Line, close_year, post_journal
    from models.savings import account_of, deposit, join, withdraw

    kasir = user("kasir")
    members = [join(kasir, c, d("2025-01-06")) for c in customers(3)]
    for i, m in enumerate(members):
        deposit(kasir, account_of(m, "wajib"), D("50000") * 12, d("2025-01-07"))
        deposit(kasir, account_of(m, "sukarela"), D("1000000") * (i + 1), d("2025-02-01"))
    withdraw(kasir, account_of(members[2], "sukarela"), "250000", d("2025-06-01"))
    post_journal(user("akuntan"), d("2025-12-20"), "Pendapatan jasa giro", "manual",
                 [Line("1111", debit=D("950000000")), Line("4201", credit=D("950000000"))])
    close_year(user("akuntan"), 2025)
    return members


def test_rat_pack_in_excel_and_pdf(coop_db, tmp_path):
    from openpyxl import load_workbook

    from reports.savings_pdf import write_rat_pack, write_shu_xlsx
    from reports.savings_reports import rat_pack

    members = _year_with_members()
    tables = rat_pack(2025)
    titles = [t.title for t in tables]
    assert titles == ["Laporan Posisi Keuangan (Neraca)", "Laporan Perhitungan Hasil Usaha", "Laporan Arus Kas",
                      "Laporan Perubahan Ekuitas", "Mutasi Keanggotaan", "Ringkasan Pinjaman dan Simpanan",
                      "Pembagian SHU", "SHU per Anggota"]
    by_title = {t.title: t for t in tables}
    assert by_title["Laporan Posisi Keuangan (Neraca)"].totals["amount"] == 0  # balances
    assert by_title["Mutasi Keanggotaan"].totals["count"] == 3
    flow = by_title["Laporan Arus Kas"]
    from models.ledger import balance_of_codes

    assert flow.totals["amount"] == balance_of_codes(["1101", "1102", "1111"], d("2025-12-31"))
    savings_rows = {r["name"]: r for r in by_title["Ringkasan Pinjaman dan Simpanan"].rows}
    assert savings_rows["Simpanan Sukarela"]["balance"] == D("5750000")
    assert savings_rows["Simpanan Wajib"]["inflow"] == D("1800000")
    shu = by_title["SHU per Anggota"]
    assert [r["member_no"] for r in shu.rows] == [m.member_no for m in members]
    assert sum(r["amount"] for r in by_title["Pembagian SHU"].rows) == by_title["Pembagian SHU"].totals["amount"]
    xlsx = write_rat_pack(2025, tmp_path / "rat.xlsx")
    assert len(load_workbook(xlsx).sheetnames) == 8
    pdf = write_rat_pack(2025, tmp_path / "rat.pdf")
    text = pdf_text(pdf)
    for title in ("Laporan Posisi Keuangan", "Laporan Arus Kas", "Laporan Perubahan Ekuitas", "Mutasi Keanggotaan",
                  members[0].customer.full_name):
        assert title in text
    shu_book = load_workbook(write_shu_xlsx(2025, tmp_path / "shu.xlsx"))
    assert shu_book.sheetnames == ["Pembagian SHU", "SHU per Anggota"]


def test_member_statement_batch_and_passbook_pdf(coop_db, tmp_path):
    from models.passbook import geometry, plan_print
    from models.savings import account_of, deposit, join, withdraw
    from reports.savings_pdf import write_member_statements_pdf, write_passbook_pdf, write_savings_receipt_pdf
    from models.savings import SavingsTransaction

    kasir = user("kasir")
    a, b = (join(kasir, c, d("2026-01-05")) for c in customers(2))
    deposit(kasir, account_of(a, "sukarela"), "750000", d("2026-01-06"))
    r = withdraw(kasir, account_of(a, "sukarela"), "125000", d("2026-02-03"))
    path = write_member_statements_pdf([a, b], d("2026-01-01"), d("2026-02-28"), tmp_path / "st.pdf")
    text = pdf_text(path)
    assert a.member_no in text and b.member_no in text and "625.000" in text
    job = plan_print(account_of(a, "sukarela"))
    pb = write_passbook_pdf(job.pages, geometry(), tmp_path / "pb.pdf")
    text = pdf_text(pb)
    assert "750.000" in text and "625.000" in text and "TRK" in text
    receipt = write_savings_receipt_pdf(SavingsTransaction.get_by_id(r.txn_id), tmp_path / "kw.pdf")
    text = pdf_text(receipt)
    assert "BUKTI PENARIKAN SIMPANAN" in text and "seratus dua puluh lima ribu rupiah" in text.lower()


def test_savings_command_line(coop_db, tmp_path, capsys):
    import main
    from models.savings import account_of, deposit, join
    from reports.savings_commands import savings_command

    m = join(user("kasir"), customers(1)[0], d("2026-02-02"))
    deposit(user("kasir"), account_of(m, "sukarela"), "5000000", d("2026-02-03"))

    def run(*argv):
        return savings_command(main.build_parser().parse_args(["savings", *argv]))

    assert run("interest", "--period-end", "2026-03-31", "--user", "akuntan") == 0
    assert "credited: 1 accounts, interest 12739" in capsys.readouterr().out  # 5.000.000 × 3 % × 31 ÷ 365
    assert run("interest", "--period-end", "2026-03-31") == 0
    assert "already credited" in capsys.readouterr().out
    assert run("slips", "--period-end", "2026-03-31", "--out", str(tmp_path / "bp.pdf")) == 0
    assert f"BP/2026-03/{m.member_no}" in pdf_text(tmp_path / "bp.pdf")
    assert run("statement", "--member", "AGT-999999", "--out", str(tmp_path / "x.pdf")) == 2
    assert run("passbook-test", "--out", str(tmp_path / "t.pdf")) == 0
    assert "TES" in pdf_text(tmp_path / "t.pdf")
    assert run("interest", "--period-end", "bukan-tanggal") == 2
    # joined 2 February, nothing paid on wajib: due 2 Feb, 2 Mar, 2 Apr by 10 April
    assert run("arrears", "--to", "2026-04-10", "--out", str(tmp_path / "tunggakan.xlsx")) == 0
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "tunggakan.xlsx").active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert m.member_no in values and 3 in values and 150000 in values


def test_shu_distributed_from_the_command_line(coop_db, tmp_path, capsys):
    import main
    from models.shu import ShuDistribution
    from reports.savings_commands import savings_command

    _year_with_members()

    def run(*argv):
        return savings_command(main.build_parser().parse_args(["savings", *argv]))

    assert run("distribute-shu", "--year", "2025", "--date", "2026-02-20") == 2  # nobody named
    assert run("distribute-shu", "--year", "2025", "--date", "2026-02-20", "--user", "kasir") == 2  # not allowed
    assert run("distribute-shu", "--year", "2025", "--date", "2026-02-20", "--user", "akuntan") == 0
    assert "distributed (credit), 3 members" in capsys.readouterr().out
    assert ShuDistribution.get(ShuDistribution.year == 2025).mode == "credit"
    assert run("distribute-shu", "--year", "2025", "--date", "2026-02-21", "--user", "akuntan") == 2
