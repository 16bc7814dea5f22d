<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Tentang Angsur</source>
        <translation>About Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>Angsur {version}</source>
        <translation>Angsur {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Aplikasi meja untuk kantor kredit: leasing, BPR dan koperasi simpan pinjam.&lt;br&gt;Nasabah, pengajuan, angsuran, kasir, penagihan, simpanan, buku besar dan laporan.&lt;br&gt;&lt;br&gt;Data wilayah: Kepmendagri No. 300.2.2-2138 Tahun 2025, dari cahyadsn/wilayah (MIT, © 2017-2025 Cahya DSN).&lt;br&gt;Ikon: Lucide (ISC).</source>
        <translation>Desk application for credit offices: leasing, rural banks (BPR) and savings-and-loan cooperatives.&lt;br&gt;Customers, applications, installments, cashier, collections, savings, general ledger and reports.&lt;br&gt;&lt;br&gt;Region data: Kepmendagri No. 300.2.2-2138 of 2025, from cahyadsn/wilayah (MIT, © 2017-2025 Cahya DSN).&lt;br&gt;Icons: Lucide (ISC).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="41" />
        <source>Nasabah</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42" />
        <source>Simulasi</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43" />
        <source>Pengajuan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>Penagihan</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>Buku Besar</source>
        <translation>General Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58" />
        <source>Angsur — {office}</source>
        <translation>Angsur — {office}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;Tentang Angsur</source>
        <translation>&amp;About Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>Pengguna: {name} — {role}</source>
        <translation>User: {name} — {role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Belum masuk</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>Basis data: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../ui/widgets/money_edit.py" line="198" />
        <source>Minimal {amount}</source>
        <extracomment>Whole-rupiah digits accepted: 15 is a quadrillion rupiah, far beyond any office yet inside a BIGINT of sen.</extracomment>
        <translation>At least {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/money_edit.py" line="201" />
        <source>Maksimal {amount}</source>
        <translation>At most {amount}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="52" />
        <source>Bagian ini belum tersedia pada versi ini.</source>
        <translation>This area is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="34" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="40" />
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="74" />
        <source>Cadangan harian gagal: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="16" />
        <source>Periksa isian berikut:</source>
        <translation>Please check the following fields:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="20" />
        <source>Terjadi kesalahan yang tidak terduga: {error}. Tidak ada data yang tersimpan sebagian.</source>
        <translation>An unexpected error occurred: {error}. Nothing was partially saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="28" />
        <source>Tidak dapat disimpan</source>
        <translation>Could not be saved</translation>
    </message>
</context>
</TS>