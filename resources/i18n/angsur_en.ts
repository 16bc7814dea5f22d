<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Tentang Angsur</source>
        <translation>About Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Angsur {version}</source>
        <translation>Angsur {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Aplikasi meja untuk kantor kredit: leasing, BPR dan koperasi simpan pinjam.&lt;br&gt;Nasabah, pengajuan, angsuran, kasir, penagihan, simpanan, buku besar dan laporan.&lt;br&gt;&lt;br&gt;Data wilayah: Kepmendagri No. 300.2.2-2138 Tahun 2025, dari cahyadsn/wilayah (MIT, © 2017-2025 Cahya DSN).&lt;br&gt;Ikon: Lucide (ISC).</source>
        <translation>Desk application for credit offices: leasing, rural banks (BPR) and savings-and-loan cooperatives.&lt;br&gt;Customers, applications, installments, cashier, collections, savings, general ledger and reports.&lt;br&gt;&lt;br&gt;Region data: Kepmendagri No. 300.2.2-2138 of 2025, from cahyadsn/wilayah (MIT, © 2017-2025 Cahya DSN).&lt;br&gt;Icons: Lucide (ISC).</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="30"/>
        <source>Bagan akun</source>
        <translation>Chart of accounts</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../ui/application_form.py" line="47"/>
        <source>Pengajuan kredit baru</source>
        <translation>New credit application</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="48"/>
        <source>Ubah pengajuan {number}</source>
        <translation>Edit application {number}</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="63"/>
        <source>Nasabah dan sumber order</source>
        <translation>Customer and order source</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="68"/>
        <source>Ketik nama, NIK atau telepon lalu Enter</source>
        <translation>Type a name, NIK or phone number and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="70"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="74"/>
        <source>Cari nasabah</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="77"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="83"/>
        <source>Sumber order</source>
        <translation>Order source</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="89"/>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="92"/>
        <source>Sales dealer</source>
        <translation>Dealer salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="95"/>
        <source>Pemberi referensi</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="98"/>
        <source>Produk dan objek</source>
        <translation>Product and collateral</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="105"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="110"/>
        <source>Jenis kendaraan</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="114"/>
        <source>Merek</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="117"/>
        <source>Tipe</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="124"/>
        <source>Warna</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="127"/>
        <source>Kendaraan</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="132"/>
        <source>No. rangka</source>
        <translation>Chassis no.</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="135"/>
        <source>No. mesin</source>
        <translation>Engine no.</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="138"/>
        <source>No. polisi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="141"/>
        <source>Nomor</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="146"/>
        <source>Tujuan penggunaan</source>
        <translation>Purpose of use</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="150"/>
        <source>Pembiayaan</source>
        <translation>Financing</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="154"/>
        <location filename="../../ui/application_form.py" line="250"/>
        <source>Harga OTR</source>
        <translation>OTR price</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="158"/>
        <source>Uang muka (DP)</source>
        <translation>Down payment (DP)</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="164"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="167"/>
        <source>standar produk</source>
        <translation>product default</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="169"/>
        <source>Bunga % per tahun</source>
        <translation>Interest % per year</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="171"/>
        <source>Tenor</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="175"/>
        <source>Hitungan</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="178"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="184"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="220"/>
        <source>(tidak ditemukan)</source>
        <translation>(not found)</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="232"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="250"/>
        <source>Plafon diajukan</source>
        <translation>Amount requested</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="254"/>
        <source>standar {rate} %</source>
        <translation>default {rate} %</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="290"/>
        <source>Isi harga dan tenor untuk melihat angsuran.</source>
        <translation>Enter the price and term to see the installment.</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="302"/>
        <source>Pokok dibiayai &lt;b&gt;{financed}&lt;/b&gt; · angsuran &lt;b&gt;{installment}&lt;/b&gt; × {tenor} · bayar pertama {first} · bunga efektif {effective} % per tahun</source>
        <translation>Amount financed &lt;b&gt;{financed}&lt;/b&gt; · installment &lt;b&gt;{installment}&lt;/b&gt; × {tenor} · first payment {first} · effective rate {effective} % per year</translation>
    </message>
</context>
<context>
    <name>ApplicationModel</name>
    <message>
        <location filename="../../ui/pages/applications.py" line="43"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="43"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="44"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="44"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="45"/>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="45"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="46"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="46"/>
        <source>Tenor</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="47"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="136"/>
        <source>Kontrak {contract}</source>
        <translation>Contract {contract}</translation>
    </message>
</context>
<context>
    <name>ApplicationSummary</name>
    <message>
        <location filename="../../ui/approval_dialog.py" line="35"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="35"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="36"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="36"/>
        <source>Kendaraan</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="37"/>
        <source>Harga OTR</source>
        <translation>OTR price</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="37"/>
        <source>Uang muka</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="38"/>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="39"/>
        <source>Pokok dibiayai</source>
        <translation>Amount financed</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="40"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="41"/>
        <source>{amount} × {tenor} bulan</source>
        <translation>{amount} × {tenor} months</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="42"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="43"/>
        <source>{rate} % per tahun, efektif {eff} %</source>
        <translation>{rate} % per year, effective {eff} %</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="44"/>
        <source>Bayar pertama</source>
        <translation>First payment</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="45"/>
        <source>Kontrak</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="46"/>
        <source>Belum disurvei.</source>
        <translation>Not surveyed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="47"/>
        <source>Survei</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="48"/>
        <source>Kemampuan bayar</source>
        <translation>Repayment capacity</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="49"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="49"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="50"/>
        <source>Rekomendasi petugas</source>
        <translation>Officer&apos;s recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="51"/>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="52"/>
        <source>sistem</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="53"/>
        <source>Order tanpa dealer (datang langsung / referensi).</source>
        <translation>Order without a dealer (walk-in / referral).</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="54"/>
        <source>Pengajuan dikirim</source>
        <translation>Applications sent</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="55"/>
        <source>Disetujui / ditolak</source>
        <translation>Approved / rejected</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="56"/>
        <source>Tingkat persetujuan</source>
        <translation>Approval rate</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="57"/>
        <source>Nasabah terlambat (12 angsuran pertama)</source>
        <translation>Customers late (first 12 installments)</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="58"/>
        <source>Rata-rata cabang</source>
        <translation>Branch average</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="59"/>
        <source>Peringkat di cabang</source>
        <translation>Rank in the branch</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../ui/pages/applications.py" line="167"/>
        <source>Pengajuan Kredit</source>
        <translation>Credit Applications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="172"/>
        <source>Cari nomor, nasabah atau kontrak</source>
        <translation>Search number, customer or contract</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="176"/>
        <source>Pengajuan baru</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="204"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="205"/>
        <source>Survei</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="206"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="207"/>
        <source>Putuskan…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="208"/>
        <location filename="../../ui/pages/applications.py" line="413"/>
        <source>Buat kontrak</source>
        <translation>Create contract</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="209"/>
        <source>Cairkan…</source>
        <translation>Disburse…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="210"/>
        <source>Batalkan</source>
        <translation>Cancel application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="216"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="220"/>
        <source>Surat untuk dealer</source>
        <translation>Letter to the dealer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="221"/>
        <source>Ringkasan kontrak</source>
        <translation>Contract summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="223"/>
        <source>Purchase order ke dealer</source>
        <translation>Purchase order to the dealer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="260"/>
        <source>Semua ({n})</source>
        <translation>All ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="262"/>
        <source>Antrian persetujuan ({n})</source>
        <translation>Approval queue ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="279"/>
        <source>{n} pengajuan</source>
        <translation>{n} applications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="414"/>
        <source>Buat kontrak untuk {customer}, pokok {amount}? Nomor kontrak diambil dari urutan cabang dan tidak dapat dipakai ulang.</source>
        <translation>Create a contract for {customer}, principal {amount}? The contract number is taken from the branch&apos;s sequence and cannot be reused.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="441"/>
        <source>Batalkan pengajuan</source>
        <translation>Cancel application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="441"/>
        <source>Alasan pembatalan:</source>
        <translation>Reason for cancelling:</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/approval_dialog.py" line="160"/>
        <source>Keputusan pengajuan {number}</source>
        <translation>Decision on application {number}</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="174"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="179"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="179"/>
        <source>Setujui dengan syarat lain</source>
        <translation>Approve with different terms</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="180"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="180"/>
        <source>Kembalikan ke petugas</source>
        <translation>Return to officer</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="188"/>
        <source>Putusan</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="191"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="201"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="202"/>
        <source>DP baru</source>
        <translation>New down payment</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="204"/>
        <source>Tenor baru</source>
        <translation>New term</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="208"/>
        <source>Syarat baru</source>
        <translation>New terms</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="212"/>
        <source>keterangan tambahan (dicetak pada surat untuk dealer)</source>
        <translation>additional remarks (printed on the letter to the dealer)</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="213"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="215"/>
        <source>Simpan keputusan</source>
        <translation>Save decision</translation>
    </message>
</context>
<context>
    <name>ApprovalLimitsTab</name>
    <message>
        <location filename="../../ui/settings_tabs/approval_limits.py" line="23"/>
        <source>Batas persetujuan</source>
        <translation>Approval limits</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../ui/audit_viewer.py" line="35"/>
        <location filename="../../ui/audit_viewer.py" line="147"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="36"/>
        <location filename="../../ui/audit_viewer.py" line="147"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="36"/>
        <location filename="../../ui/audit_viewer.py" line="148"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="35"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="35"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="36"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="37"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="37"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="148"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="149"/>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="152"/>
        <source>Saring</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="175"/>
        <location filename="../../ui/audit_viewer.py" line="226"/>
        <location filename="../../ui/audit_viewer.py" line="228"/>
        <source>Periksa rantai audit</source>
        <translation>Verify audit chain</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="177"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="192"/>
        <source>(semua)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="218"/>
        <source>{n} baris</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="224"/>
        <source>Rantai audit RUSAK: ada perubahan di luar aplikasi.</source>
        <translation>Audit chain BROKEN: records were changed outside the application.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="229"/>
        <source>Rantai audit utuh: {n} baris. Kepala rantai #{seq} {hash}…</source>
        <translation>Audit chain intact: {n} rows. Chain head #{seq} {hash}…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="234"/>
        <source>Ekspor jejak audit</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.py" line="235"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="28"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <location filename="../../ui/pages/cashier.py" line="76"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="84"/>
        <source>No. kontrak, nama nasabah atau NIK…</source>
        <translation>Contract no., customer name or NIK…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="87"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="87"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="87"/>
        <location filename="../../ui/pages/cashier.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="88"/>
        <source>Sisa pokok</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="94"/>
        <source>Kwitansi hari ini</source>
        <translation>Today&apos;s receipts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="95"/>
        <source>No. kwitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="95"/>
        <source>Kontrak</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="95"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="108"/>
        <source>Terima pembayaran</source>
        <translation>Receive payment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="110"/>
        <source>Pilih pinjaman lebih dulu.</source>
        <translation>Select a loan first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="115"/>
        <source>1 angsuran</source>
        <translation>1 installment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="116"/>
        <source>Semua tunggakan</source>
        <translation>All arrears</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="117"/>
        <source>Pelunasan</source>
        <translation>Payoff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="121"/>
        <source>Isi cepat</source>
        <translation>Quick fill</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="123"/>
        <source>Jumlah diterima</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="129"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="131"/>
        <source>No. referensi transfer / payment point</source>
        <translation>Transfer / payment point reference no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="132"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="138"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="140"/>
        <source>Hapus denda (supervisor)…</source>
        <translation>Waive late fee (supervisor)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="141"/>
        <source>Terima &amp;&amp; cetak kwitansi</source>
        <translation>Receive &amp;&amp; print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="183"/>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="184"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="246"/>
        <source>Tunggakan {n} angsuran: &lt;b&gt;{arrears}&lt;/b&gt;</source>
        <translation>Arrears, {n} installments: &lt;b&gt;{arrears}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="248"/>
        <source>Denda: &lt;b&gt;{fee}&lt;/b&gt;</source>
        <translation>Late fee: &lt;b&gt;{fee}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="250"/>
        <source>Titipan: {adv}</source>
        <translation>Advance: {adv}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="251"/>
        <source>Untuk lunas tunggakan: &lt;b&gt;{all}&lt;/b&gt;</source>
        <translation>To clear the arrears: &lt;b&gt;{all}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="270"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="270"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="274"/>
        <source>{n} kwitansi, jumlah {total}</source>
        <translation>{n} receipts, total {total}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="285"/>
        <source>Mode: PELUNASAN DIPERCEPAT — pinjaman akan ditutup</source>
        <translation>Mode: EARLY PAYOFF — the loan will be closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="287"/>
        <source>Denda dihapus {amount} (disetujui {who})</source>
        <translation>Late fee waived {amount} (approved by {who})</translation>
    </message>
</context>
<context>
    <name>CheckerDialog</name>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="36"/>
        <source>Konfirmasi pemulihan</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="38"/>
        <source>Seluruh basis data akan diganti dengan isi cadangan &lt;b&gt;{name}&lt;/b&gt;. File yang sekarang disimpan di sampingnya. Orang kedua (manajer, akuntan atau administrator lain) mengonfirmasi dengan akunnya sendiri.</source>
        <translation>The whole database will be replaced by the contents of backup &lt;b&gt;{name}&lt;/b&gt;. The current file is kept next to it. A second person (manager, accountant or another administrator) confirms with their own account.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="47"/>
        <source>Nama pengguna pemeriksa</source>
        <translation>Checker&apos;s username</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="48"/>
        <source>Kata sandi pemeriksa</source>
        <translation>Checker&apos;s password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="50"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="406"/>
        <source>← Daftar nasabah</source>
        <translation>← Customer list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="411"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="413"/>
        <source>Tampilkan NIK/telepon</source>
        <translation>Show NIK/phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="414"/>
        <source>Tercatat di jejak audit</source>
        <translation>Recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="425"/>
        <source>Data</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="426"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="426"/>
        <source>Belum ada pinjaman.</source>
        <translation>No loans yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="427"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="427"/>
        <source>Belum ada pembayaran.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="428"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="428"/>
        <source>Belum ada simpanan.</source>
        <translation>No savings yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="437"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="462"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="463"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="464"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="466"/>
        <source>Tempat/tgl lahir</source>
        <translation>Place/date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="468"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="469"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="471"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="472"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="473"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="475"/>
        <source>Penghasilan/pengeluaran</source>
        <translation>Income/expenses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="477"/>
        <source>Pasangan</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="478"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="481"/>
        <source>Status rumah</source>
        <translation>Home ownership</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="482"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="483"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="495"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="495"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="495"/>
        <source>Ukuran/lokasi</source>
        <translation>Size/location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="504"/>
        <source>Lampirkan berkas…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="513"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="522"/>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="529"/>
        <source>Lampirkan berkas</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="530"/>
        <source>Gambar dan PDF (*.jpg *.jpeg *.png *.pdf);;Semua (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="546"/>
        <source>Berkas tidak bisa dibaca: {e}</source>
        <translation>The file cannot be read: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="559"/>
        <source>(sebelumnya {name}, dipindah {date}: {reason})</source>
        <translation>(previously {name}, transferred {date}: {reason})</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <location filename="../../ui/customer_form.py" line="69"/>
        <source>Nasabah baru</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="69"/>
        <source>Ubah data nasabah</source>
        <translation>Edit customer details</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="109"/>
        <source>Nama lengkap*</source>
        <translation>Full name*</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="109"/>
        <source>sesuai KTP</source>
        <translation>as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="110"/>
        <source>NIK*</source>
        <translation>NIK*</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="110"/>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="121"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="122"/>
        <source>Tanggal lahir*</source>
        <translation>Date of birth*</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="123"/>
        <source>Jenis kelamin*</source>
        <translation>Sex*</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="124"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="126"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="127"/>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="128"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="129"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="129"/>
        <source>koperasi</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="140"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="142"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="147"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="147"/>
        <source>jalan, nomor rumah</source>
        <translation>street, house number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="151"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="153"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="155"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="158"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="158"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="159"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="159"/>
        <source>Kelurahan/Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="173"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="174"/>
        <source>Telepon*</source>
        <translation>Phone*</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="175"/>
        <source>Telepon 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="176"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="177"/>
        <source>Status rumah</source>
        <translation>Home ownership</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="178"/>
        <source>Alamat &amp;&amp; kontak</source>
        <translation>Address &amp;&amp; contact</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="183"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="184"/>
        <source>Tempat kerja/usaha</source>
        <translation>Employer/business</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="185"/>
        <source>Penghasilan/bulan</source>
        <translation>Income/month</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="186"/>
        <source>Pengeluaran/bulan</source>
        <translation>Expenses/month</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="191"/>
        <source>Nama pasangan</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="192"/>
        <source>NIK pasangan</source>
        <translation>Spouse&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="193"/>
        <source>Telepon pasangan</source>
        <translation>Spouse&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="194"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="195"/>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="196"/>
        <source>Telepon kontak darurat</source>
        <translation>Emergency contact phone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="201"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="202"/>
        <source>Pekerjaan &amp;&amp; keluarga</source>
        <translation>Work &amp;&amp; family</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="210"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="211"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="321"/>
        <source>Ada isian yang perlu diperbaiki di tab bertanda peringatan.</source>
        <translation>Some fields need correcting on the tabs marked with a warning.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="336"/>
        <source>Periksa KTP nasabah:</source>
        <translation>Check the customer&apos;s KTP:</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="337"/>
        <source>Simpan tetap dengan NIK ini?</source>
        <translation>Save anyway with this NIK?</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="338"/>
        <source>Konfirmasi NIK</source>
        <translation>Confirm NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="344"/>
        <source>Buka data nasabah yang sudah terdaftar?</source>
        <translation>Open the customer already registered?</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="345"/>
        <source>NIK sudah terdaftar</source>
        <translation>NIK already registered</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <location filename="../../ui/customer_model.py" line="34"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="34"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="35"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="35"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="36"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="36"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="37"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="37"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="64"/>
        <source>Nasabah</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="66"/>
        <source>Nasabah baru</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="68"/>
        <source>Tindak lanjut hari ini</source>
        <translation>Today&apos;s follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="69"/>
        <source>Impor Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="71"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="73"/>
        <source>Dealer</source>
        <translation>Dealers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="74"/>
        <source>Pindah portofolio</source>
        <translation>Transfer portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="85"/>
        <source>Cari nama, NIK, telepon atau no. anggota (Ctrl+F)</source>
        <translation>Search name, NIK, phone or member no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="92"/>
        <location filename="../../ui/pages/customers.py" line="149"/>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="95"/>
        <location filename="../../ui/pages/customers.py" line="151"/>
        <source>Semua cabang</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="98"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="104"/>
        <source>Tampilkan NIK</source>
        <translation>Show NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="105"/>
        <source>Menampilkan NIK dan telepon lengkap; tercatat di jejak audit</source>
        <translation>Shows full NIK and phone numbers; recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="183"/>
        <source>{n} nasabah</source>
        <translation>{n} customers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="202"/>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="270"/>
        <source>Ekspor nasabah</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="279"/>
        <source>{n} nasabah diekspor ke {path}</source>
        <translation>{n} customers exported to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="301"/>
        <source>{n} nasabah dipindahkan</source>
        <translation>{n} customers transferred</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="311"/>
        <source>Tindak lanjut hari ini ({n})</source>
        <translation>Today&apos;s follow-ups ({n})</translation>
    </message>
</context>
<context>
    <name>DealerListModel</name>
    <message>
        <location filename="../../ui/dealers.py" line="61"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="61"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="61"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="61"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="81"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="81"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>DealersDialog</name>
    <message>
        <location filename="../../ui/dealers.py" line="254"/>
        <source>Dealer</source>
        <translation>Dealers</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="261"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DealersTab</name>
    <message>
        <location filename="../../ui/settings_tabs/dealers.py" line="13"/>
        <source>Dealer</source>
        <translation>Dealers</translation>
    </message>
</context>
<context>
    <name>DealersWidget</name>
    <message>
        <location filename="../../ui/dealers.py" line="100"/>
        <source>Cari dealer</source>
        <translation>Search dealers</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="116"/>
        <source>Dealer baru</source>
        <translation>New dealer</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="126"/>
        <source>Kode*</source>
        <translation>Code*</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="126"/>
        <source>Nama*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="126"/>
        <source>Merek</source>
        <translation>Makes</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="127"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="127"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="127"/>
        <location filename="../../ui/dealers.py" line="158"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="128"/>
        <source>Kontak</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="139"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="140"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="143"/>
        <source>Simpan dealer</source>
        <translation>Save dealer</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="148"/>
        <source>Sales</source>
        <translation>Salespeople</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="155"/>
        <source>Nama sales</source>
        <translation>Salesperson&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="159"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/dealers.py" line="202"/>
        <source>(nonaktif)</source>
        <translation>(inactive)</translation>
    </message>
</context>
<context>
    <name>DisbursementDialog</name>
    <message>
        <location filename="../../ui/approval_dialog.py" line="266"/>
        <source>Pencairan {contract}</source>
        <translation>Disbursement {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="268"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="269"/>
        <source>Pokok dibiayai</source>
        <translation>Amount financed</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="272"/>
        <source>Dibayarkan</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="272"/>
        <source> ke dealer</source>
        <translation> to the dealer</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="277"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="284"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/approval_dialog.py" line="285"/>
        <source>Cairkan</source>
        <translation>Disburse</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="362"/>
        <source>Tindak lanjut jatuh tempo</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="366"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="366"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="366"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="367"/>
        <source>Catatan terakhir</source>
        <translation>Last note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="367"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="375"/>
        <source>(lewat {n} hari)</source>
        <translation>({n} days overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="384"/>
        <source>Tidak ada tindak lanjut yang jatuh tempo hari ini.</source>
        <translation>No follow-ups are due today.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="387"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/login.py" line="482"/>
        <source>Angsur — persiapan pertama</source>
        <translation>Angsur — first-time setup</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="496"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="497"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="498"/>
        <source>Buat kantor &gt;</source>
        <translation>Create office &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="499"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="500"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="584"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="584"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="584"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="585"/>
        <source>Kontak berikutnya</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="597"/>
        <source>Hasil kontak</source>
        <translation>Contact outcome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="599"/>
        <source>Kontak lagi</source>
        <translation>Contact again on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="605"/>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="89"/>
        <source>Impor nasabah dari Excel</source>
        <translation>Import customers from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="93"/>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file selected yet.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="97"/>
        <source>Simpan template…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="116"/>
        <source>Perbarui nasabah yang datanya berbeda</source>
        <translation>Update customers whose details differ</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="118"/>
        <source>Saya sudah memeriksa peringatan NIK dengan KTP</source>
        <translation>I have checked the NIK warnings against the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="120"/>
        <source>Impor baris yang benar saja (baris salah dilewati)</source>
        <translation>Import only the valid rows (invalid rows are skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="126"/>
        <source>Simpan daftar kesalahan…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="128"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="131"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="141"/>
        <source>Berkas nasabah</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Template impor</source>
        <translation>Import template</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="170"/>
        <source>{total} baris: {new} baru, {same} sudah ada dan sama, {changed} berbeda, {error} salah</source>
        <translation>{total} rows: {new} new, {same} already present and identical, {changed} different, {error} invalid</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="176"/>
        <source>Kolom diabaikan: {cols}</source>
        <translation>Columns ignored: {cols}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="178"/>
        <source>Tidak ada yang diimpor selama masih ada baris salah.</source>
        <translation>Nothing is imported while invalid rows remain.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="199"/>
        <source>Selesai: {created} nasabah baru, {updated} diperbarui, {skipped} dilewati (sama), {refused} baris salah tidak diimpor</source>
        <translation>Done: {created} new customers, {updated} updated, {skipped} skipped (identical), {refused} invalid rows not imported</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="209"/>
        <source>Daftar kesalahan</source>
        <translation>Error list</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../ui/journal_dialog.py" line="43"/>
        <source>Jurnal umum baru</source>
        <translation>New general journal entry</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="51"/>
        <source>mis. Bayar listrik kantor bulan November</source>
        <translation>e.g. Office electricity bill for November</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="53"/>
        <source>no. bukti kas / faktur</source>
        <translation>cash voucher / invoice no.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="55"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="56"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="57"/>
        <source>No. bukti</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="60"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="60"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="60"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="61"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="69"/>
        <source>Tambah baris</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="70"/>
        <source>Hapus baris</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="90"/>
        <source>Posting</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="164"/>
        <source>Debit: {amount}</source>
        <translation>Debit: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="165"/>
        <source>Kredit: {amount}</source>
        <translation>Credit: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="168"/>
        <source>Seimbang</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../ui/journal_dialog.py" line="171"/>
        <source>Selisih: {amount}</source>
        <translation>Difference: {amount}</translation>
    </message>
</context>
<context>
    <name>JournalLinesModel</name>
    <message>
        <location filename="../../ui/pages/ledger.py" line="268"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="268"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="268"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="268"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="268"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../../ui/pages/ledger.py" line="153"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="153"/>
        <source>No. Jurnal</source>
        <translation>Journal no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="153"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="153"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="154"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="154"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="154"/>
        <source>Dibuat oleh</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="217"/>
        <source>sistem</source>
        <translation>system</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../ui/pages/ledger.py" line="60"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="60"/>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="60"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="60"/>
        <source>Kontrol</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="62"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="97"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="111"/>
        <source>(nonaktif)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="349"/>
        <source>Neraca saldo</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="349"/>
        <source>Buku besar per akun</source>
        <translation>General ledger by account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="350"/>
        <source>Buku kas</source>
        <translation>Cash book</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="350"/>
        <source>Neraca</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="351"/>
        <source>Laba rugi / hasil usaha</source>
        <translation>Income statement / operating results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="362"/>
        <source>Buku Besar</source>
        <translation>General Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="370"/>
        <source>Saldo per hari ini. Akun kontrol hanya digerakkan buku pembantu (pinjaman, simpanan, titipan). Bagan akun diubah di Pengaturan → Bagan akun.</source>
        <translation>Balances as of today. Control accounts are moved only by the subsidiary ledgers (loans, savings, advances). The chart of accounts is edited in Settings → Chart of accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="375"/>
        <source>Bagan akun</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="381"/>
        <source>Semua sumber</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="385"/>
        <source>Cari nomor, keterangan, referensi…</source>
        <translation>Search number, description, reference…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="387"/>
        <source>Jurnal umum baru</source>
        <translation>New general journal entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="388"/>
        <location filename="../../ui/pages/ledger.py" line="567"/>
        <source>Balik jurnal</source>
        <translation>Reverse entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="392"/>
        <location filename="../../ui/pages/ledger.py" line="435"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="392"/>
        <location filename="../../ui/pages/ledger.py" line="436"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="420"/>
        <source>Jurnal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="429"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="430"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="431"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="452"/>
        <source>Laporan keuangan</source>
        <translation>Financial statements</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="459"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="459"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="459"/>
        <source>Ditutup oleh</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="460"/>
        <source>Dibuka kembali oleh</source>
        <translation>Reopened by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="460"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="463"/>
        <source>Tutup bulan</source>
        <translation>Close month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="464"/>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="465"/>
        <location filename="../../ui/pages/ledger.py" line="707"/>
        <source>Tutup tahun buku</source>
        <translation>Close financial year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="470"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="479"/>
        <source>Periode</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="537"/>
        <source>{n} jurnal</source>
        <translation>{n} journal entries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="568"/>
        <source>Alasan membalik jurnal {number}:</source>
        <translation>Reason for reversing entry {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="594"/>
        <source>Tanggal awal tidak boleh sesudah tanggal akhir.</source>
        <translation>The start date cannot be after the end date.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="622"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="645"/>
        <source>Berkas tidak dapat ditulis: {error}</source>
        <translation>The file cannot be written: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="663"/>
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="663"/>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="699"/>
        <source>Buka kembali periode</source>
        <translation>Reopen period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="700"/>
        <source>Alasan membuka kembali periode:</source>
        <translation>Reason for reopening the period:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="708"/>
        <source>Pendapatan dan beban tahun {year} dipindahkan ke laba ditahan / SHU dan semua bulannya ditutup. Lanjutkan?</source>
        <translation>Income and expenses for {year} will be transferred to retained earnings / SHU and all its months closed. Continue?</translation>
    </message>
</context>
<context>
    <name>LoanView</name>
    <message>
        <location filename="../../ui/loan_view.py" line="115"/>
        <source>Pilih pinjaman</source>
        <translation>Select a loan</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="119"/>
        <source>Posisi pinjaman</source>
        <translation>Loan position</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="97"/>
        <location filename="../../ui/loan_view.py" line="122"/>
        <source>Sisa pokok</source>
        <extracomment>The captions of models.payments.payoff_quote&apos;s lines, marked for lupdate and translated where shown.</extracomment>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="97"/>
        <source>Bunga berjalan dan tertunggak</source>
        <translation>Accrued and overdue interest</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="98"/>
        <source>Penalti pelunasan</source>
        <translation>Early payoff penalty</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="98"/>
        <source>Denda</source>
        <translation>Late fees</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="99"/>
        <source>Titipan dipakai</source>
        <translation>Advance applied</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="99"/>
        <source>Bunga yang dibebaskan</source>
        <translation>Interest waived</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="122"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="123"/>
        <source>Denda berjalan</source>
        <translation>Accrued late fee</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="123"/>
        <source>Hari tunggak</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="124"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="124"/>
        <source>Jatuh tempo berikut</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="125"/>
        <source>Titipan</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="125"/>
        <location filename="../../ui/loan_view.py" line="142"/>
        <location filename="../../ui/loan_view.py" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="141"/>
        <source>Ke</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="141"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="141"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="141"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="141"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="142"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="142"/>
        <source>Denda dibayar</source>
        <translation>Late fee paid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="142"/>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="145"/>
        <source>No. kwitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="145"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="145"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="145"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="145"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="148"/>
        <source>Jadwal angsuran</source>
        <translation>Installment schedule</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="154"/>
        <source>Batalkan pembayaran…</source>
        <translation>Reverse payment…</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="157"/>
        <source>Cetak ulang kwitansi</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="159"/>
        <source>Kembalikan titipan…</source>
        <translation>Refund advance…</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="160"/>
        <source>Bayar kembali kelebihan bayar (titipan) kepada nasabah; disetujui supervisor</source>
        <translation>Pay an overpayment (advance) back to the customer; approved by a supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="172"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="175"/>
        <source>Simulasi pelunasan</source>
        <translation>Payoff quote</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="215"/>
        <source>Lunas {date}</source>
        <translation>Paid {date}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="216"/>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="218"/>
        <source>Tertunggak {days} hari</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="221"/>
        <source>Dibayar sebagian</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="223"/>
        <source>Belum jatuh tempo</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="225"/>
        <source> · denda {fee}</source>
        <translation> · late fee {fee}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="239"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="240"/>
        <source>Dibatalkan: {reason}</source>
        <translation>Reversed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="246"/>
        <source>Titipan dikembalikan</source>
        <translation>Advance refunded</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="255"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="261"/>
        <source>Jumlah pelunasan</source>
        <translation>Payoff amount</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="263"/>
        <source>Pinjaman sudah ditutup.</source>
        <translation>The loan is already closed.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="283"/>
        <source>Batalkan pembayaran</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="284"/>
        <source>Alasan pembatalan kwitansi {no}:</source>
        <translation>Reason for reversing receipt {no}:</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="311"/>
        <source>Titipan {amount} dikembalikan dengan bukti kas keluar {no}.</source>
        <translation>Advance of {amount} refunded with cash-out voucher {no}.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="344"/>
        <source>Rekening pinjaman {no}</source>
        <translation>Loan account {no}</translation>
    </message>
</context>
<context>
    <name>LoansModel</name>
    <message>
        <location filename="../../ui/pages/loans.py" line="39"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="39"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="40"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="40"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="41"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="41"/>
        <source>Sisa pokok</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="42"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="42"/>
        <source>Jatuh tempo tertua</source>
        <translation>Oldest due date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="43"/>
        <source>Hari tunggak</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="43"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <location filename="../../ui/pages/loans.py" line="175"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="178"/>
        <source>Cari no. kontrak, nama atau NIK…</source>
        <translation>Search contract no., name or NIK…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="181"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="185"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="187"/>
        <source>Semua kolektibilitas</source>
        <translation>All collectibility classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="188"/>
        <source>Menunggak (2–5)</source>
        <translation>In arrears (2–5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="189"/>
        <source>Bermasalah / NPL (3–5)</source>
        <translation>Non-performing / NPL (3–5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="192"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="193"/>
        <source>Daftar pinjaman per hari ini dengan status dan kolektibilitas yang dipilih: tunggakan, hari tunggak, kolektibilitas, NPF</source>
        <translation>Today&apos;s loan book with the chosen status and collectibility: arrears, days past due, collectibility, NPF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="229"/>
        <source>{n} pinjaman · sisa pokok {total} · {late} menunggak</source>
        <translation>{n} loans · outstanding principal {total} · {late} in arrears</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="234"/>
        <source>Ekspor daftar pinjaman</source>
        <translation>Export the loan book</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="235"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="247"/>
        <source>{n} pinjaman; {rows} baris diekspor ke {path}</source>
        <translation>{n} loans; {rows} rows exported to {path}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/login.py" line="552"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="557"/>
        <source>Layar dikunci karena tidak ada kegiatan.</source>
        <translation>The screen was locked after a period of inactivity.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="560"/>
        <source>Masuk kembali sebagai &lt;b&gt;{name}&lt;/b&gt; ({username}), atau ganti pengguna.</source>
        <translation>Sign in again as &lt;b&gt;{name}&lt;/b&gt; ({username}), or switch user.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="569"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="570"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="575"/>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="577"/>
        <source>Keluar aplikasi</source>
        <translation>Quit application</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="579"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="61"/>
        <source>Masuk — Angsur</source>
        <translation>Sign in — Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="68"/>
        <source>Masuk dengan nama pengguna dan kata sandi Anda.</source>
        <translation>Sign in with your username and password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="73"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="74"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="80"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Nasabah</source>
        <extracomment>Where each role starts: the first of its keys the user may see (issue 20: start where the role works). The officer&apos;s own dashboard is not built yet; until it is they start at the reports area (Laporan), where it will live; the collector&apos;s worklist is the Penagihan page (built by another issue). The window&apos;s size when nothing is remembered: this much of the available screen, never above the design size (1280×800), never below the minimum (980×600).</extracomment>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Simulasi</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Pengajuan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Penagihan</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Buku Besar</source>
        <translation>General Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Angsur — {office}</source>
        <translation>Angsur — {office}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Tentang Angsur</source>
        <translation>&amp;About Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Pengguna: {name} — {role}</source>
        <translation>User: {name} — {role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Belum masuk</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Basis data: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Cadangan: di server (pg_dump)</source>
        <translation>Backups: on the server (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../ui/widgets/money_edit.py" line="198"/>
        <source>Minimal {amount}</source>
        <extracomment>Whole-rupiah digits accepted: 15 is a quadrillion rupiah, far beyond any office yet inside a BIGINT of sen.</extracomment>
        <translation>At least {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/money_edit.py" line="201"/>
        <source>Maksimal {amount}</source>
        <translation>At most {amount}</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <location filename="../../ui/office_profile_form.py" line="33"/>
        <source>mis. PT Mitra Pembiayaan Sejahtera</source>
        <translation>e.g. PT Mitra Pembiayaan Sejahtera</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="36"/>
        <source>Jalan, nomor, kelurahan, kecamatan</source>
        <translation>Street, number, village, district</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="54"/>
        <source>Izin usaha OJK, atau nomor badan hukum koperasi (AHU-…)</source>
        <translation>OJK business licence, or the cooperative&apos;s legal-entity number (AHU-…)</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="59"/>
        <source>mis. Kepala Cabang</source>
        <translation>e.g. Branch head</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="63"/>
        <location filename="../../ui/office_profile_form.py" line="145"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="65"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="67"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="76"/>
        <source>Nama resmi*</source>
        <translation>Legal name*</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="77"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="78"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="79"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="80"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="81"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="82"/>
        <source>NPWP</source>
        <translation>Tax number (NPWP)</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="83"/>
        <source>Nomor izin OJK / badan hukum</source>
        <translation>OJK licence / legal-entity no.</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="84"/>
        <source>Penanda tangan surat</source>
        <translation>Letters signed by</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="85"/>
        <source>Jabatan penanda tangan</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="86"/>
        <source>Kertas kwitansi</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="93"/>
        <location filename="../../ui/office_profile_form.py" line="94"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="149"/>
        <source>Pilih logo kantor</source>
        <translation>Choose the office logo</translation>
    </message>
    <message>
        <location filename="../../ui/office_profile_form.py" line="150"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="24"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
</context>
<context>
    <name>OpeningBalanceDialog</name>
    <message>
        <location filename="../../ui/opening_dialog.py" line="26"/>
        <source>Saldo awal dari neraca saldo</source>
        <translation>Opening balances from a trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="29"/>
        <source>Berkas Excel dengan kolom Kode akun, Debit dan Kredit (saldo per akhir tanggal peralihan). Impor buku pinjaman lebih dulu: akun kontrol harus sama dengan buku pembantunya.</source>
        <translation>An Excel file with the columns Kode akun, Debit and Kredit (balances at the end of the cut-over date). Import the loan book first: control accounts must equal their sub-ledgers.</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="36"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="38"/>
        <source>Simpan templat…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="44"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="50"/>
        <source>Tanggal peralihan</source>
        <translation>Cut-over date</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="52"/>
        <source>Pilih berkas, lalu Periksa.</source>
        <translation>Choose a file, then Check.</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="57"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="58"/>
        <source>Posting saldo awal</source>
        <translation>Post opening balances</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="59"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="69"/>
        <source>Neraca saldo</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="70"/>
        <location filename="../../ui/opening_dialog.py" line="78"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="77"/>
        <source>Simpan templat neraca saldo</source>
        <translation>Save the trial balance template</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="96"/>
        <source>&lt;b&gt;{n} masalah; tidak ada yang diposting.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} problems; nothing was posted.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="99"/>
        <source>{rows} akun, debit {debit} = kredit {credit}; {lines} baris jurnal akan diposting.</source>
        <translation>{rows} accounts, debit {debit} = credit {credit}; {lines} journal lines will be posted.</translation>
    </message>
    <message>
        <location filename="../../ui/opening_dialog.py" line="117"/>
        <source>Jurnal saldo awal {number} diposting.</source>
        <translation>Opening journal {number} posted.</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="132"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="133"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>PermissionsTab</name>
    <message>
        <location filename="../../ui/settings_tabs/permissions.py" line="20"/>
        <source>Hak akses</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/permissions.py" line="39"/>
        <source>Hak</source>
        <translation>Permission</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/permissions.py" line="41"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/permissions.py" line="62"/>
        <source>boleh</source>
        <translation>allowed</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/permissions.py" line="63"/>
        <source>tidak</source>
        <translation>not allowed</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="103"/>
        <source>Bagian ini belum tersedia pada versi ini.</source>
        <translation>This area is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="47"/>
        <source>Kesalahan / perubahan</source>
        <translation>Errors / changes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="51"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="51"/>
        <source>sudah ada, sama (dilewati)</source>
        <translation>already present, identical (skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="52"/>
        <source>sudah ada, berbeda</source>
        <translation>already present, different</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="52"/>
        <source>salah</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="77"/>
        <source>Peringatan: {m}</source>
        <translation>Warning: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="79"/>
        <source>berbeda: {fields}</source>
        <translation>different: {fields}</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="57"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="57"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="57"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="66"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="66"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="26"/>
        <source>Produk pinjaman</source>
        <translation>Loan products</translation>
    </message>
</context>
<context>
    <name>QuotePage</name>
    <message>
        <location filename="../../ui/quote_page.py" line="153"/>
        <source>Roda dua</source>
        <translation>Two-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="154"/>
        <source>Roda empat</source>
        <translation>Four-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="156"/>
        <source>harga OTR</source>
        <translation>OTR price</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="162"/>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="163"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="182"/>
        <source>% per tahun</source>
        <translation>% per year</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="193"/>
        <source>bulan</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="197"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="198"/>
        <source>Jenis kendaraan</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="199"/>
        <source>Harga OTR / plafon</source>
        <translation>OTR price / loan amount</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="200"/>
        <source>Uang muka (DP)</source>
        <translation>Down payment (DP)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="201"/>
        <source>Suku bunga</source>
        <translation>Interest rate</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="46"/>
        <location filename="../../ui/quote_page.py" line="202"/>
        <source>Tenor</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="46"/>
        <source>Pokok dibiayai</source>
        <translation>Amount financed</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="46"/>
        <location filename="../../ui/quote_page.py" line="114"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="46"/>
        <source>Total angsuran</source>
        <translation>Total installments</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="46"/>
        <source>Total bunga</source>
        <translation>Total interest</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="47"/>
        <source>Bunga efektif
per tahun</source>
        <translation>Effective rate
per year</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="47"/>
        <source>Efektif dengan
biaya per tahun</source>
        <translation>Effective incl.
fees per year</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="47"/>
        <source>Bayar
pertama</source>
        <translation>First
payment</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="76"/>
        <source>{n} bulan</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="114"/>
        <source>Ke</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="114"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="114"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="114"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="115"/>
        <source>Sisa pokok</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="203"/>
        <source>Data simulasi</source>
        <translation>Quote details</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="231"/>
        <source>Salin untuk WhatsApp</source>
        <translation>Copy for WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="232"/>
        <source>Cetak PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="233"/>
        <source>Cetak jadwal</source>
        <translation>Print schedule</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="260"/>
        <source>Simulasi kredit</source>
        <translation>Credit quote</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="262"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="315"/>
        <source>batas produk {low}–{high} %, {method}</source>
        <translation>product range {low}–{high} %, {method}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="317"/>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="317"/>
        <source>efektif</source>
        <translation>effective</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="346"/>
        <source>Isi harga OTR untuk melihat simulasi.</source>
        <translation>Enter the OTR price to see the quote.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="347"/>
        <source>Belum ada produk aktif: buat produk di Pengaturan.</source>
        <translation>No active products yet: create a product in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="380"/>
        <source>Uang muka: {dp} ({pct} %)</source>
        <translation>Down payment: {dp} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="381"/>
        <source>Biaya administrasi: {x}</source>
        <translation>Administration fee: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="383"/>
        <source>Provisi: {x}</source>
        <translation>Provision fee: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="385"/>
        <source>Biaya fidusia: {x}</source>
        <translation>Fiducia fee: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="387"/>
        <source>Asuransi {pct} % per tahun, masuk pokok</source>
        <translation>Insurance {pct} % per year, financed in the principal</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="388"/>
        <source>Asuransi {pct} % per tahun, dibayar di muka</source>
        <translation>Insurance {pct} % per year, paid up front</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="390"/>
        <source>Pembayaran pertama: {x}</source>
        <translation>First payment: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="414"/>
        <source>Jadwal angsuran {n} bulan · total bunga {interest} · total dibayar {total}</source>
        <translation>Installment schedule, {n} months · total interest {interest} · total paid {total}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="424"/>
        <source>Simulasi disalin: tempel di WhatsApp.</source>
        <translation>Quote copied: paste it into WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="428"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="429"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="325"/>
        <source>Pindah portofolio</source>
        <translation>Transfer portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="331"/>
        <source>(nonaktif)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="339"/>
        <source>mis. petugas mengundurkan diri</source>
        <translation>e.g. the officer has resigned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="340"/>
        <source>Hanya nasabah yang tampil di daftar (sesuai pencarian/filter)</source>
        <translation>Only the customers shown in the list (by the current search/filter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="341"/>
        <source>Dari petugas</source>
        <translation>From officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="342"/>
        <source>Ke petugas</source>
        <translation>To officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="343"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="346"/>
        <source>Pindahkan</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="347"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/refund_dialog.py" line="30"/>
        <source>Kembalikan titipan — {no}</source>
        <translation>Refund advance — {no}</translation>
    </message>
    <message>
        <location filename="../../ui/refund_dialog.py" line="33"/>
        <source>Titipan yang ada: {amount}</source>
        <translation>Advance held: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/refund_dialog.py" line="40"/>
        <source>mis. kelebihan bayar angsuran terakhir</source>
        <translation>e.g. overpaid last installment</translation>
    </message>
    <message>
        <location filename="../../ui/refund_dialog.py" line="41"/>
        <source>Jumlah dikembalikan</source>
        <translation>Amount refunded</translation>
    </message>
    <message>
        <location filename="../../ui/refund_dialog.py" line="42"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/refund_dialog.py" line="43"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="34"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <location filename="../../ui/settings_tabs/audit.py" line="14"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>SetupChecklist</name>
    <message>
        <location filename="../../ui/setup_checklist.py" line="26"/>
        <source>Kantor siap: pengajuan dapat dicairkan dan angsuran diterima.</source>
        <translation>The office is ready: applications can be disbursed and installments taken.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_checklist.py" line="27"/>
        <source>Sebelum pencairan pertama masih perlu {n} hal:</source>
        <translation>Before the first disbursement, {n} things are still needed:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_checklist.py" line="32"/>
        <source>oleh: {roles}</source>
        <translation>by: {roles}</translation>
    </message>
</context>
<context>
    <name>SetupChecklistPanel</name>
    <message>
        <location filename="../../ui/setup_checklist.py" line="55"/>
        <source>Sembunyikan</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../ui/pages/cashier.py" line="38"/>
        <source>Persetujuan penghapusan denda</source>
        <translation>Late fee waiver approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="43"/>
        <source>Denda dihapus</source>
        <translation>Late fee waived</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="44"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <location filename="../../ui/survey_form.py" line="28"/>
        <source>Survei dan analisis 5C — {number}</source>
        <translation>Survey and 5C analysis — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="38"/>
        <source>{customer} · {product} · angsuran {installment} × {tenor}</source>
        <translation>{customer} · {product} · installment {installment} × {tenor}</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="43"/>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="49"/>
        <source>Tanggal kunjungan</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="53"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="56"/>
        <source>Penghasilan dan kewajiban per bulan</source>
        <translation>Monthly income and obligations</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="59"/>
        <source>Penghasilan utama</source>
        <translation>Main income</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="60"/>
        <source>Penghasilan pasangan</source>
        <translation>Spouse&apos;s income</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="61"/>
        <source>Penghasilan lain</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="62"/>
        <source>Biaya rumah tangga</source>
        <translation>Household expenses</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="63"/>
        <source>Angsuran utang lain</source>
        <translation>Installments on other debts</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="71"/>
        <source>di mana, berapa, sisa berapa bulan (SLIK)</source>
        <translation>where, how much, how many months left (SLIK)</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="72"/>
        <source>Utang yang ada</source>
        <translation>Existing debts</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="76"/>
        <source>Kemampuan bayar</source>
        <translation>Repayment capacity</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="79"/>
        <source>Analisis 5C (nilai 1–5)</source>
        <translation>5C analysis (score 1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="97"/>
        <source>Kelengkapan dokumen</source>
        <translation>Document checklist</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="110"/>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="115"/>
        <source>syarat atau catatan untuk pemutus</source>
        <translation>conditions or notes for the approver</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="116"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="121"/>
        <source>Simpan survei</source>
        <translation>Save survey</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="155"/>
        <source>Isi penghasilan dan biaya untuk menghitung kemampuan bayar.</source>
        <translation>Enter income and expenses to calculate the repayment capacity.</translation>
    </message>
    <message>
        <location filename="../../ui/survey_form.py" line="158"/>
        <source>Penghasilan bersih {net}; angsuran = &lt;b style=&apos;color:{colour}&apos;&gt;{ratio} %&lt;/b&gt; (batas produk {limit} %)</source>
        <translation>Net income {net}; installment = &lt;b style=&apos;color:{colour}&apos;&gt;{ratio} %&lt;/b&gt; (product limit {limit} %)</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="41"/>
        <source>Pasang bagan akun standar</source>
        <translation>Install the standard chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="43"/>
        <source>Administrator, manajer atau akuntan; administrator hanya selama buku besar belum berisi jurnal</source>
        <translation>Administrator, manager or accountant; the administrator only while the ledger holds no journal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="45"/>
        <source>Impor saldo awal (neraca saldo)…</source>
        <translation>Import opening balances (trial balance)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="47"/>
        <source>Kantor pindahan: saldo buku lama per tanggal peralihan, dari Excel</source>
        <translation>An office moving in: the old books&apos; balances at the cut-over date, from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="62"/>
        <source>akun kontrol (hanya digerakkan buku pembantu)</source>
        <translation>control account (moved only by the subsidiary ledgers)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="63"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="64"/>
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="65"/>
        <location filename="../../ui/settings_tabs/approval_limits.py" line="50"/>
        <location filename="../../ui/settings_tabs/products.py" line="228"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="68"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="70"/>
        <location filename="../../ui/settings_tabs/products.py" line="171"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="71"/>
        <location filename="../../ui/settings_tabs/products.py" line="172"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="72"/>
        <location filename="../../ui/settings_tabs/products.py" line="173"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="73"/>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="107"/>
        <source>(tanpa induk)</source>
        <translation>(no parent)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="126"/>
        <source>Akun baru: isi kode, nama dan jenis.</source>
        <translation>New account: enter the code, name and type.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="144"/>
        <source>Saldo hari ini: {amount}</source>
        <translation>Balance today: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="164"/>
        <source>Tersimpan: {account}</source>
        <translation>Saved: {account}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="62"/>
        <source>Cadangan otomatis harian</source>
        <translation>Daily automatic backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="64"/>
        <source>Buat cadangan setiap hari saat aplikasi dibuka</source>
        <translation>Make a backup every day when the application starts</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="67"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="74"/>
        <source> file</source>
        <translation> files</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="75"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="79"/>
        <location filename="../../ui/settings_tabs/backup.py" line="128"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="81"/>
        <source>Simpan sebanyak</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="88"/>
        <source>Cadangan dan pemulihan</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="93"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="95"/>
        <source>Pulihkan dari file…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="102"/>
        <source>Cadangan dibuat dengan API cadangan SQLite, aman walau kasir sedang mencatat pembayaran. Simpan salinan di luar komputer ini (flashdisk, folder bersama) — basis datanya sendiri jangan ditaruh di folder bersama atau OneDrive.</source>
        <translation>Backups use SQLite&apos;s backup API, safe even while a cashier is recording payments. Keep copies off this computer (USB drive, shared folder) — but never put the database itself in a shared folder or OneDrive.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="120"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="121"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="139"/>
        <source>Pengaturan cadangan disimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="153"/>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup created: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="158"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="159"/>
        <source>Cadangan Angsur (*.db);;Semua file (*)</source>
        <translation>Angsur backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="173"/>
        <source>Pemulihan dari aplikasi hanya untuk basis data SQLite.</source>
        <translation>Restoring from the application works only for SQLite databases.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="189"/>
        <source>Cadangan DITOLAK, basis data tidak diubah: {reason}</source>
        <translation>Backup REFUSED, the database was not changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="201"/>
        <source>Basis data dipulihkan dari {source} ({checks} pemeriksaan lulus). File lama disimpan sebagai {kept}.</source>
        <translation>Database restored from {source} ({checks} checks passed). The old file was kept as {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/permissions.py" line="78"/>
        <source>Hak setiap peran, seperti yang ditegakkan oleh aplikasi. Tindakan bertanda &quot;pembuat ≠ pemeriksa&quot; juga membutuhkan orang kedua. Peran diubah di tab Pengguna.</source>
        <translation>The permissions of each role, as the application enforces them. Actions marked &quot;maker ≠ checker&quot; also need a second person. Roles are changed on the Users tab.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="95"/>
        <source>Simpan band NPF</source>
        <translation>Save NPF band</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="96"/>
        <source>NPF perusahaan</source>
        <translation>Company NPF</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="97"/>
        <source>NPF perusahaan (menentukan DP minimum, POJK 35/2018 Pasal 20)</source>
        <translation>Company NPF (sets the minimum down payment, POJK 35/2018 Art. 20)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="101"/>
        <source>Menentukan DP minimum (POJK 35/2018 Pasal 20).</source>
        <translation>Sets the minimum down payment (POJK 35/2018 art. 20).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="123"/>
        <source>bulanan</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="123"/>
        <source>mingguan</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="124"/>
        <source>dua mingguan</source>
        <translation>fortnightly</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="134"/>
        <source>dibiayai (masuk pokok)</source>
        <translation>financed (added to principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="139"/>
        <source>ke sen terdekat</source>
        <translation>to the nearest sen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="139"/>
        <source>ke rupiah terdekat</source>
        <translation>to the nearest rupiah</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="140"/>
        <source>ke atas, kelipatan Rp 100</source>
        <translation>up, to a multiple of Rp 100</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="140"/>
        <source>ke atas, kelipatan Rp 1.000</source>
        <translation>up, to a multiple of Rp 1.000</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="141"/>
        <source>ke Rp 100 terdekat</source>
        <translation>to the nearest Rp 100</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="141"/>
        <source>ke bawah, rupiah penuh</source>
        <translation>down, to whole rupiah</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="148"/>
        <source>denda &amp; biaya</source>
        <translation>late fees &amp; charges</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="148"/>
        <source>bunga</source>
        <translation>interest</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="148"/>
        <source>pokok</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="152"/>
        <source>Lazim: denda &amp; biaya → bunga → pokok (KUHPerdata Pasal 1397: bunga sebelum pokok)</source>
        <translation>Usual: late fees &amp; charges → interest → principal (Civil Code art. 1397: interest before principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="159"/>
        <source>DP minimum (%) per band NPF</source>
        <translation>Minimum down payment (%) per NPF band</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="161"/>
        <source>Roda dua</source>
        <translation>Two-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="162"/>
        <source>Roda empat</source>
        <translation>Four-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="174"/>
        <source>Metode bunga</source>
        <translation>Interest method</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="175"/>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="177"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="177"/>
        <source>standar</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="178"/>
        <source>maks</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="181"/>
        <location filename="../../ui/settings_tabs/products.py" line="194"/>
        <source>% per tahun</source>
        <translation>% per year</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="183"/>
        <source>Suku bunga</source>
        <translation>Interest rate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="189"/>
        <source>Tenor (angsuran)</source>
        <translation>Term (installments)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="190"/>
        <source>Biaya administrasi</source>
        <translation>Administration fee</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="191"/>
        <source>Provisi (% pokok)</source>
        <translation>Provision (% of principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="197"/>
        <source>Asuransi</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="198"/>
        <source>Biaya fidusia</source>
        <translation>Fiducia fee</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="201"/>
        <source>‰ per hari, tenggang</source>
        <translation>‰ per day, grace period</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="203"/>
        <source>hari</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="205"/>
        <source>Denda</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="208"/>
        <source>% angsuran atau</source>
        <translation>% of installment or</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="210"/>
        <source>Batas denda</source>
        <translation>Late fee cap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="211"/>
        <source>Pembulatan angsuran</source>
        <translation>Installment rounding</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="212"/>
        <source>Urutan alokasi</source>
        <translation>Allocation order</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="213"/>
        <source>Penalti pelunasan (% sisa pokok)</source>
        <translation>Early payoff penalty (% of outstanding principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="214"/>
        <source>Rasio angsuran/penghasilan maks. (%)</source>
        <translation>Max. installment/income ratio (%)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="217"/>
        <source>Pemetaan jurnal (JSON)</source>
        <translation>Journal mapping (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="227"/>
        <source>Produk baru</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="229"/>
        <location filename="../../ui/settings_tabs/products.py" line="318"/>
        <location filename="../../ui/settings_tabs/users.py" line="173"/>
        <location filename="../../ui/settings_tabs/users.py" line="208"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="318"/>
        <location filename="../../ui/settings_tabs/users.py" line="208"/>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="148"/>
        <source>Setiap orang masuk dengan akunnya sendiri; peran menentukan apa yang boleh dilakukan (lihat tab Hak akses). Akun tidak dihapus, hanya dinonaktifkan, agar jejak audit tetap utuh.</source>
        <translation>Everyone signs in with their own account; the role decides what they may do (see the Permissions tab). Accounts are never deleted, only deactivated, so that the audit trail stays intact.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="170"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="171"/>
        <source>Ubah peran…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="172"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="245"/>
        <source>Ubah peran {name}</source>
        <translation>Change role of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="248"/>
        <source>Peran baru</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="261"/>
        <source>Kata sandi baru untuk {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="274"/>
        <source>Kata sandi {name} sudah diganti. Sampaikan secara langsung, jangan lewat pesan.</source>
        <translation>{name}&apos;s password has been changed. Tell them in person, not by message.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/approval_limits.py" line="31"/>
        <source>Pokok pembiayaan terbesar yang boleh disetujui tiap peran. Di atas batas, pengajuan harus diputus peran yang lebih tinggi. Pemutus tidak pernah boleh menyetujui pengajuannya sendiri.</source>
        <translation>The largest amount financed each role may approve. Above its limit, an application must be decided by a higher role. No one may ever approve their own application.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/approval_limits.py" line="41"/>
        <source>tanpa batas</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="32"/>
        <source>Simpan profil</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="35"/>
        <source>Kantor (kop surat dan kwitansi)</source>
        <translation>Office (letterhead and receipts)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="43"/>
        <location filename="../../ui/settings_tabs/office.py" line="56"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="50"/>
        <source>kosong: alamat kantor yang dicetak</source>
        <translation>empty: the office&apos;s address is printed</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="53"/>
        <source>Simpan cabang</source>
        <translation>Save branch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="57"/>
        <location filename="../../ui/settings_tabs/office.py" line="64"/>
        <source>Nama cabang</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="58"/>
        <source>Alamat cabang</source>
        <translation>Branch address</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="59"/>
        <location filename="../../ui/settings_tabs/office.py" line="64"/>
        <source>Telepon cabang</source>
        <translation>Branch phone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/office.py" line="108"/>
        <source>Profil tersimpan; dokumen berikutnya memakai kop ini.</source>
        <translation>Profile saved; the next documents carry this letterhead.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="100"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="108"/>
        <source>(semua cabang)</source>
        <translation>(all branches)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="112"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="113"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="114"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="115"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="28"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="54"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="54"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="55"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="55"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="56"/>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="64"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="65"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="67"/>
        <source>terkunci s/d {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="138"/>
        <source>kedua kata sandi tidak sama</source>
        <translation>the two passwords do not match</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/login.py" line="187"/>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="188"/>
        <source>Administrator mengelola pengguna dan pengaturan. Pilih kata sandi sendiri (minimal 8 karakter); tidak ada kata sandi bawaan.</source>
        <translation>The administrator manages users and settings. Choose your own password (at least 8 characters); there is no default password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="198"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="198"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="199"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="199"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>_CashPage</name>
    <message>
        <location filename="../../ui/login.py" line="319"/>
        <source>Akun kas dan bank</source>
        <translation>Cash and bank accounts</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="320"/>
        <source>Pembayaran tunai masuk ke akun kas; transfer dan pencairan lewat akun bank. Beri nama sesuai rekening Anda, mis. &quot;Bank BRI 0123-01-000456-30-1&quot;.</source>
        <translation>Cash payments go to the cash account; transfers and disbursements through the bank account. Name them after your accounts, e.g. &quot;Bank BRI 0123-01-000456-30-1&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="327"/>
        <source>Akun kas</source>
        <translation>Cash account</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="327"/>
        <source>Akun bank</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="329"/>
        <source>Nama akun kas</source>
        <translation>Cash account name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="331"/>
        <source>Nama akun bank</source>
        <translation>Bank account name</translation>
    </message>
</context>
<context>
    <name>_ChartPage</name>
    <message>
        <location filename="../../ui/login.py" line="248"/>
        <source>Bagan akun dan produk</source>
        <translation>Chart of accounts and products</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="249"/>
        <source>Pasang bawaan untuk jenis kantor Anda. Akun dan produk dapat diubah nanti di Pengaturan; yang tidak dicentang tidak dipasang.</source>
        <translation>Install the defaults for your kind of office. Accounts and products can be changed later in Settings; what is unticked is left out.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="252"/>
        <source>Pasang bagan akun standar</source>
        <translation>Install the standard chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="255"/>
        <source>Produk pinjaman</source>
        <translation>Loan products</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="262"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="272"/>
        <source>Pasang bagan akun standar ({kind})</source>
        <translation>Install the standard chart of accounts ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="278"/>
        <source>{code} — {name}
{kind}, bunga {rate} % setahun ({method}), tenor {low}–{high}, biaya admin {fee}</source>
        <translation>{code} — {name}
{kind}, interest {rate} % a year ({method}), tenor {low}–{high}, admin fee {fee}</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <location filename="../../ui/login.py" line="454"/>
        <source>Siap dipakai?</source>
        <translation>Ready to use?</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <location filename="../../ui/login.py" line="143"/>
        <source>Kantor dan cabang pertama</source>
        <translation>Office and first branch</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="147"/>
        <source>mis. PT Mitra Pembiayaan Sejahtera</source>
        <translation>e.g. PT Mitra Pembiayaan Sejahtera</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="156"/>
        <source>mis. Cabang Bandung</source>
        <translation>e.g. Bandung Branch</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="157"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="157"/>
        <source>Jenis kantor</source>
        <translation>Office type</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="158"/>
        <source>Kode cabang</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="158"/>
        <source>Nama cabang</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="163"/>
        <source>Jenis kantor menentukan bagan akun, produk dan penggolongan kolektibilitas yang dipasang pada langkah berikutnya.</source>
        <translation>The kind of office decides the chart of accounts, products and collectibility classes installed in the next steps.</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <location filename="../../ui/login.py" line="213"/>
        <source>Profil kantor untuk kop surat</source>
        <translation>Office profile for the letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="214"/>
        <source>Dicetak di setiap kwitansi, simulasi, kontrak dan surat. Bisa diubah nanti di Pengaturan → Profil kantor.</source>
        <translation>Printed on every receipt, quote, contract and letter. It can be changed later in Settings → Office profile.</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <location filename="../../ui/login.py" line="118"/>
        <source>Selamat datang di Angsur</source>
        <translation>Welcome to Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="119"/>
        <source>Basis data ini masih kosong. Siapkan kantor Anda, atau coba Angsur dengan data contoh.</source>
        <translation>This database is still empty. Set up your office, or try Angsur with sample data.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="122"/>
        <source>Siapkan kantor baru</source>
        <translation>Set up a new office</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="123"/>
        <source>Buat data contoh (kantor demo dengan nasabah dan pinjaman rekaan)</source>
        <translation>Create sample data (a demo office with fictitious customers and loans)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="130"/>
        <source>Data contoh memakai pengguna demo (admin, kasir, cmo1, …) dengan kata sandi &lt;b&gt;angsur-demo&lt;/b&gt;. Jangan dipakai untuk data sungguhan.</source>
        <translation>The sample data uses demo users (admin, kasir, cmo1, …) with the password &lt;b&gt;angsur-demo&lt;/b&gt;. Do not use it for real data.</translation>
    </message>
</context>
<context>
    <name>_UsersPage</name>
    <message>
        <location filename="../../ui/login.py" line="385"/>
        <source>Pengguna pertama</source>
        <translation>First users</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="386"/>
        <source>Buat sedikitnya kasir, petugas kredit dan supervisor: pengajuan dibuat petugas, disetujui dan dicairkan orang lain, angsuran diterima kasir.</source>
        <translation>Create at least a cashier, a credit officer and a supervisor: an officer makes the application, someone else approves and disburses it, the cashier takes the installments.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="389"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="389"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="389"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="389"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="409"/>
        <source>Kata sandi minimal 8 karakter; sampaikan kepada masing-masing secara langsung. Pengguna lain dapat ditambah nanti di Pengaturan → Pengguna.</source>
        <translation>Passwords have at least 8 characters; hand them over in person. More users can be added later in Settings → Users.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="41"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="78"/>
        <source>Cadangan harian gagal: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../ui/i18n.py" line="46"/>
        <source>OK</source>
        <extracomment>Qt ships no Indonesian translation of its own buttons (no qtbase_id.qm), so an Indonesian UI showed &quot;Close&quot;, &quot;Cancel&quot;, &quot;Yes&quot;. Each standard button still wearing Qt&apos;s English text gets ours when its box is shown.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="46"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="47"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="47"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49"/>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50"/>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51"/>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51"/>
        <source>Batalkan</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="52"/>
        <source>Coba lagi</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="52"/>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="18"/>
        <source>Periksa isian berikut:</source>
        <translation>Please check the following fields:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="27"/>
        <source>Berkas {path} tidak dapat ditulis atau dibaca: {reason}.</source>
        <translation>The file {path} cannot be written or read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="29"/>
        <source>Berkas tidak dapat ditulis atau dibaca: {reason}.</source>
        <translation>A file cannot be written or read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="32"/>
        <source>Terjadi kesalahan yang tidak terduga: {error}. Tidak ada data yang tersimpan sebagian.</source>
        <translation>An unexpected error occurred: {error}. Nothing was partially saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="40"/>
        <source>Tidak dapat disimpan</source>
        <translation>Could not be saved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="33"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/label_texts.py" line="7"/>
        <source>&apos;{value}&apos; bukan pilihan yang dikenal ({options})</source>
        <translation>&apos;{value}&apos; is not a known choice ({options})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="8"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="9"/>
        <source>A5 (setengah A4)</source>
        <translation>A5 (half an A4)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="10"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="11"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="12"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="13"/>
        <source>Akun bank</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="14"/>
        <source>Akun induk</source>
        <translation>Parent account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="15"/>
        <source>Akun kas</source>
        <translation>Cash account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="16"/>
        <source>Akun kontrol</source>
        <translation>Control account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="17"/>
        <source>Akun terkunci sampai {time} karena terlalu banyak percobaan gagal. Hubungi administrator.</source>
        <translation>The account is locked until {time} after too many failed attempts. Contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="18"/>
        <source>Akuntan</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="19"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="20"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="21"/>
        <source>Alasan lain (lihat keterangan).</source>
        <translation>Other reason (see remarks).</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="22"/>
        <source>Alasan status</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="23"/>
        <source>Angsuran bunga</source>
        <translation>Interest installment</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="24"/>
        <source>Angsuran disesuaikan dengan penghasilan bersih pemohon.</source>
        <translation>The installment is adjusted to the applicant&apos;s net income.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="25"/>
        <source>Angsuran pokok</source>
        <translation>Principal installment</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="26"/>
        <source>Aset</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="27"/>
        <source>BPKB / STNK</source>
        <translation>BPKB / STNK</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="28"/>
        <source>Baris jurnal</source>
        <translation>Journal lines</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="29"/>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="30"/>
        <source>Batas persetujuan</source>
        <translation>Approval limit</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="31"/>
        <source>Beban</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="32"/>
        <source>Belum kawin</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="33"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="34"/>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="35"/>
        <source>Biaya administrasi</source>
        <translation>Administration fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="36"/>
        <source>Biaya fidusia (dititipkan untuk notaris)</source>
        <translation>Fiducia fee (held for the notary)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="37"/>
        <source>Buat pengguna kasir (menerima angsuran)</source>
        <translation>Create a cashier user (takes installments)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="38"/>
        <source>Buat pengguna petugas kredit (membuat pengajuan)</source>
        <translation>Create a credit officer user (makes applications)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="39"/>
        <source>Buat pengguna supervisor atau manajer (menyetujui dan mencairkan; orang lain dari pembuat pengajuan)</source>
        <translation>Create a supervisor or manager user (approves and disburses; someone other than who made the application)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="40"/>
        <source>Bukti tempat tinggal (PBB / rekening listrik)</source>
        <translation>Proof of residence (PBB / electricity bill)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="41"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="42"/>
        <source>Bunga dibebaskan</source>
        <translation>Interest waived</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="43"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="44"/>
        <source>Capacity (kemampuan bayar)</source>
        <translation>Capacity (ability to repay)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="45"/>
        <source>Capital (modal)</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="46"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="47"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="48"/>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="49"/>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="50"/>
        <source>Character (watak)</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="51"/>
        <source>Collateral (jaminan)</source>
        <translation>Collateral</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="52"/>
        <source>Condition (kondisi)</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="56"/>
        <source>Daftar hitam</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="57"/>
        <source>Dalam Perhatian Khusus</source>
        <translation>Special mention</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="58"/>
        <source>Data pemohon (alamat, pekerjaan atau penghasilan) tidak dapat dipastikan saat survei.</source>
        <translation>The applicant&apos;s details (address, occupation or income) could not be confirmed during the survey.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="59"/>
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="60"/>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="61"/>
        <source>Dealer mobil</source>
        <translation>Car dealer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="62"/>
        <source>Dealer motor</source>
        <translation>Motorcycle dealer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="63"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="64"/>
        <source>Denda</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="65"/>
        <source>Denda keterlambatan</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="66"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="67"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="68"/>
        <source>Dicairkan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="69"/>
        <source>Dikembalikan ke petugas</source>
        <translation>Returned to the officer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="70"/>
        <source>Dipinjam</source>
        <translation>Lent out</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="71"/>
        <source>Diragukan</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="72"/>
        <source>Diserahkan ke nasabah</source>
        <translation>Handed over to the customer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="73"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="74"/>
        <source>Disetujui dengan syarat (tawaran ulang)</source>
        <translation>Approved with conditions (counter-offer)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="75"/>
        <source>Disimpan</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="76"/>
        <source>Disurvei</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="77"/>
        <source>Ditawar ulang</source>
        <translation>Counter-offered</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="78"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="79"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="80"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="81"/>
        <source>Dokumen wajib belum lengkap atau tidak sesuai dengan data pengajuan.</source>
        <translation>Required documents are incomplete or do not match the application.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="82"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="83"/>
        <source>Ekspor data pribadi nasabah (dicatat)</source>
        <translation>Export customers&apos; personal data (logged)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="84"/>
        <source>Ekspor laporan ke Excel/PDF</source>
        <translation>Export reports to Excel/PDF</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="85"/>
        <source>Ekuitas</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="86"/>
        <source>Elektronik</source>
        <translation>Electronics</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="87"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="88"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="89"/>
        <source>Hapus buku</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="90"/>
        <source>Hapus buku (pembuat ≠ pemeriksa)</source>
        <translation>Write off loans (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="91"/>
        <source>Hasil verifikasi karakter dan riwayat pembayaran kredit sebelumnya belum memenuhi syarat.</source>
        <translation>The character check and previous credit payment history do not meet the requirements.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="92"/>
        <source>Hubungan kontak darurat</source>
        <translation>Emergency contact&apos;s relationship</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="93"/>
        <source>Impor nasabah dari Excel</source>
        <translation>Import customers from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="94"/>
        <source>Jabatan penanda tangan</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="95"/>
        <source>Jasa simpanan</source>
        <translation>Savings interest</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="96"/>
        <source>Jenis akun</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="97"/>
        <source>Jenis kantor</source>
        <translation>Kind of office</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="98"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="99"/>
        <source>Jenis kendaraan</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="100"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="101"/>
        <source>Jurnal umum</source>
        <translation>General journal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="102"/>
        <source>Jurnal umum manual</source>
        <translation>Manual general journal entries</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="103"/>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="104"/>
        <source>KTP pemohon (dan pasangan)</source>
        <translation>Applicant&apos;s KTP (and spouse&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="105"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="106"/>
        <source>Kartu Keluarga</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="107"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="108"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="109"/>
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="110"/>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="111"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="112"/>
        <source>Kelurahan/Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="113"/>
        <source>Kemampuan bayar belum mencukupi: angsuran melebihi batas yang aman dari penghasilan bersih pemohon.</source>
        <translation>Insufficient repayment capacity: the installment exceeds the safe share of the applicant&apos;s net income.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="114"/>
        <source>Kendaraan atau jaminan tidak memenuhi syarat pembiayaan.</source>
        <translation>The vehicle or collateral does not qualify for financing.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="115"/>
        <source>Kertas kwitansi</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="116"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="117"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="118"/>
        <source>Kode cabang</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="121"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="125"/>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="126"/>
        <source>Kolektor</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="127"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="128"/>
        <source>Kontrak</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="129"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="130"/>
        <source>Kredit modal kerja</source>
        <translation>Working capital loan</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="131"/>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="132"/>
        <source>Kurang Lancar</source>
        <translation>Substandard</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="133"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="134"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="135"/>
        <source>Lancar</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="136"/>
        <source>Layak dengan syarat</source>
        <translation>Eligible with conditions</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="137"/>
        <source>Layak disetujui</source>
        <translation>Eligible for approval</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="138"/>
        <source>Lengkapi profil kantor (nama resmi, alamat, telepon, NPWP, nomor izin, penanda tangan) untuk kop surat dan kwitansi</source>
        <translation>Complete the office profile (legal name, address, phone, tax number, licence, signatory) for the letterhead and receipts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="139"/>
        <source>Liabilitas</source>
        <translation>Liabilities</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="140"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="141"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="142"/>
        <source>Lunas dipercepat</source>
        <translation>Paid off early</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="143"/>
        <source>Macet</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="144"/>
        <source>Manajer</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="145"/>
        <source>Melihat NIK dan telepon tanpa sensor (dicatat)</source>
        <translation>See NIK and phone numbers unmasked (logged)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="146"/>
        <source>Melihat buku besar dan laporan keuangan</source>
        <translation>View the general ledger and financial statements</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="147"/>
        <source>Melihat jejak audit</source>
        <translation>View the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="148"/>
        <source>Melihat laporan</source>
        <translation>View reports</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="149"/>
        <source>Melihat nasabah (petugas: portofolio sendiri)</source>
        <translation>View customers (officers: own portfolio)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="150"/>
        <source>Melihat semua portofolio</source>
        <translation>View all portfolios</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="151"/>
        <source>Memasang bagan akun dan produk standar saat persiapan kantor</source>
        <translation>Install the standard chart of accounts and products while setting the office up</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="152"/>
        <source>Membatalkan pembayaran (pembuat ≠ pemeriksa)</source>
        <translation>Reverse payments (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="153"/>
        <source>Membuat cadangan</source>
        <translation>Make backups</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="154"/>
        <source>Membuat dan mengajukan permohonan kredit</source>
        <translation>Create and submit credit applications</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="155"/>
        <source>Membuat kontrak</source>
        <translation>Make contracts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="156"/>
        <source>Membuka kembali periode (pembuat ≠ pemeriksa)</source>
        <translation>Reopen periods (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="157"/>
        <source>Memindahkan portofolio antar petugas</source>
        <translation>Move portfolios between officers</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="158"/>
        <source>Memulihkan dari cadangan (pembuat ≠ pemeriksa)</source>
        <translation>Restore from a backup (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="159"/>
        <source>Menambah/mengubah nasabah (petugas: portofolio sendiri)</source>
        <translation>Add/edit customers (officers: own portfolio)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="160"/>
        <source>Mencairkan pinjaman (pembuat ≠ pemeriksa)</source>
        <translation>Disburse loans (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="161"/>
        <source>Mencatat mutasi BPKB/jaminan</source>
        <translation>Record BPKB/collateral movements</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="162"/>
        <source>Mencatat tindak lanjut nasabah</source>
        <translation>Log customer follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="163"/>
        <source>Menerima pembayaran angsuran</source>
        <translation>Take installment payments</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="164"/>
        <source>Mengatur produk pinjaman</source>
        <translation>Set up loan products</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="165"/>
        <source>Mengelola dealer</source>
        <translation>Manage dealers</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="166"/>
        <source>Mengelola pengguna</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="167"/>
        <source>Menghapus denda dengan alasan</source>
        <translation>Waive late fees with a reason</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="168"/>
        <source>Mengubah bagan akun</source>
        <translation>Change the chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="169"/>
        <source>Mengubah pengaturan</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="170"/>
        <source>Mengubah peran pengguna (pembuat ≠ pemeriksa)</source>
        <translation>Change user roles (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="171"/>
        <source>Menunggu dari dealer</source>
        <translation>Awaiting from dealer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="172"/>
        <source>Menyetujui/menolak permohonan (bukan milik sendiri)</source>
        <translation>Approve/reject applications (not one&apos;s own)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="173"/>
        <source>Milik keluarga/orang tua</source>
        <translation>Family/parents&apos; home</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="174"/>
        <source>Milik sendiri</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="175"/>
        <source>Motor &amp; mobil</source>
        <translation>Motorcycles &amp; cars</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="176"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="178"/>
        <source>NIK pasangan</source>
        <translation>Spouse&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="180"/>
        <source>NIK {nik} sudah terdaftar atas nama {full_name}</source>
        <translation>NIK {nik} is already registered to {full_name}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="203"/>
        <source>No. anggota {number} sudah dipakai</source>
        <translation>Member no. {number} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="333"/>
        <source>aturan pembulatan tidak dikenal ({rules})</source>
        <translation>unknown rounding rule ({rules})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="336"/>
        <source>band NPF tidak dikenal: {band} ({bands})</source>
        <translation>unknown NPF band: {band} ({bands})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="566"/>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="567"/>
        <source>{event}: akun debit dan kredit tidak boleh sama</source>
        <translation>{event}: the debit and credit accounts may not be the same</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="568"/>
        <source>{event}: akun {side} {rule} tidak ada</source>
        <translation>{event}: the {side} account {rule} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="569"/>
        <source>{event}: belum ada aturan jurnal untuk peristiwa ini</source>
        <translation>{event}: no journal rule for this event yet</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="570"/>
        <source>{event}: isi dengan akun debit dan akun kredit</source>
        <translation>{event}: fill in a debit and a credit account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="571"/>
        <source>{event}: jumlah tidak boleh negatif</source>
        <translation>{event}: the amount may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="575"/>
        <source>{label} diawali kode provinsi {province} yang tidak ada (digit 1–2 harus salah satu dari 38 kode provinsi Kemendagri)</source>
        <translation>{label} starts with province code {province}, which does not exist (digits 1–2 must be one of the 38 Kemendagri province codes)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="576"/>
        <source>{label} hanya boleh berisi angka</source>
        <translation>{label} may hold digits only</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="577"/>
        <source>{label} harus 16 digit angka (sekarang {n})</source>
        <translation>{label} must be 16 digits (now {n})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="578"/>
        <source>{label} harus antara 0 dan {max}</source>
        <translation>{label} must be between 0 and {max}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="589"/>
        <source>{n} nasabah bukan portofolio petugas asal</source>
        <translation>{n} customers are not in the current officer&apos;s portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="181"/>
        <source>NPF 1–3 %</source>
        <translation>NPF 1–3 %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="53"/>
        <source>DP (%) harus antara 0 dan kurang dari 100</source>
        <translation>the down payment (%) is between 0 and less than 100</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="54"/>
        <source>DP harus jumlah uang yang tidak negatif</source>
        <translation>the down payment must be an amount that is not negative</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="55"/>
        <source>DP harus lebih kecil dari harga OTR</source>
        <translation>the down payment must be below the OTR price</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="119"/>
        <source>Kode kabupaten/kota {digits} di {label} tidak sah (digit 3–4 harus 01–29 untuk kabupaten atau 71–79 untuk kota)</source>
        <translation>Regency/city code {digits} in {label} is not valid (digits 3–4 must be 01–29 for a regency or 71–79 for a city)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="120"/>
        <source>Kode kecamatan {district} tidak ada di daftar wilayah sekarang; NIK yang terbit sebelum pemekaran wilayah tetap memakai kode lama, jadi cocokkan dengan KTP</source>
        <translation>District code {district} is not in today&apos;s region list; a NIK issued before a region split keeps the old code, so check it against the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="122"/>
        <source>Kode pos harus 5 digit angka (sekarang {code})</source>
        <translation>The postal code has 5 digits (now {code})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="123"/>
        <source>Kode pos wajib diisi</source>
        <translation>The postal code is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="124"/>
        <source>Kode pos {code} tidak ada (kode pos Indonesia 10110–99999)</source>
        <translation>Postal code {code} does not exist (Indonesian postal codes are 10110–99999)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="177"/>
        <source>NIK menunjukkan {said}, formulir menyebut {form}; periksa KTP dan konfirmasi</source>
        <translation>The NIK says {said}, the form says {form}; check the KTP and confirm</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="179"/>
        <source>NIK wajib diisi</source>
        <translation>The NIK is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="182"/>
        <source>NPF 3–5 %</source>
        <translation>NPF 3–5 %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="183"/>
        <source>NPF &gt; 5 %</source>
        <translation>NPF &gt; 5 %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="184"/>
        <source>NPF ≤ 1 %</source>
        <translation>NPF ≤ 1 %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="185"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="186"/>
        <source>NPWP format lama tidak sah: digit ke-9 (digit periksa) tidak cocok dengan 8 digit pertama</source>
        <translation>Old-format NPWP not valid: the 9th (check) digit does not match the first 8 digits</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="187"/>
        <source>NPWP hanya boleh berisi angka (boleh dengan titik dan -)</source>
        <translation>The NPWP holds digits only (dots and - allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="188"/>
        <source>NPWP harus 15 atau 16 digit</source>
        <translation>the tax number (NPWP) has 15 or 16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="189"/>
        <source>NPWP harus 16 digit, atau 15 digit format lama (sekarang {n})</source>
        <translation>The NPWP has 16 digits, or 15 in the old format (now {n})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="190"/>
        <source>NPWP wajib diisi</source>
        <translation>The NPWP is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="191"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="192"/>
        <source>Nama cabang</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="193"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="194"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="195"/>
        <source>Nama pasangan</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="196"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="197"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="198"/>
        <source>Nama resmi</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="199"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="200"/>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="201"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="202"/>
        <source>No. anggota {member_no} sudah dipakai nasabah lain</source>
        <translation>Member no. {member_no} is used by another customer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="204"/>
        <source>Nomor izin</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="205"/>
        <source>Nomor rangka</source>
        <translation>Chassis number</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="206"/>
        <source>Nomor urut NIK (digit 13–16) tidak boleh 0000</source>
        <translation>The NIK&apos;s serial (digits 13–16) may not be 0000</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="207"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="208"/>
        <source>Pasang bagan akun</source>
        <translation>Install the chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="209"/>
        <source>Payment point</source>
        <translation>Payment point</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="210"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="211"/>
        <source>Pekerjaan atau usaha pemohon belum stabil (kurang dari satu tahun berjalan).</source>
        <translation>The applicant&apos;s job or business is not yet stable (less than one year).</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="212"/>
        <source>Pelunasan</source>
        <translation>Payoff</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="213"/>
        <source>Pelunasan dipercepat</source>
        <translation>Early payoff</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="214"/>
        <source>Pelunasan dipercepat (pokok)</source>
        <translation>Early payoff (principal)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="215"/>
        <source>Pemakaian titipan</source>
        <translation>Advance applied</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="216"/>
        <source>Pembalikan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="217"/>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="218"/>
        <source>Pemberi referensi</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="219"/>
        <source>Pembiayaan kendaraan</source>
        <translation>Vehicle financing</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="220"/>
        <source>Penagihan: kunjungan, janji bayar, SP</source>
        <translation>Collections: visits, promises to pay, warning letters (SP)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="221"/>
        <source>Penalti pelunasan</source>
        <translation>Early payoff penalty</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="222"/>
        <source>Penalti pelunasan dipercepat</source>
        <translation>Early payoff penalty</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="223"/>
        <source>Penanda tangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="224"/>
        <source>Penarikan simpanan</source>
        <translation>Savings withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="225"/>
        <source>Pencairan</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="226"/>
        <source>Pencairan pinjaman</source>
        <translation>Loan disbursement</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="227"/>
        <source>Pendapatan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="228"/>
        <source>Penerimaan piutang hapus buku</source>
        <translation>Recovery of written-off loans</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="229"/>
        <source>Pengajuan {app} berstatus {status_label}: survei tidak dapat diubah lagi.</source>
        <translation>Application {app} is {status_label}: the survey can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="230"/>
        <source>Pengajuan {app} sudah diganti versi yang lebih baru: buka versi terakhir.</source>
        <translation>Application {app} was replaced by a newer version: open the latest one.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="231"/>
        <source>Pengeluaran/bulan</source>
        <translation>Expenses/month</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="232"/>
        <source>Pengembalian titipan</source>
        <translation>Advance refund</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="233"/>
        <source>Penghapusan denda</source>
        <translation>Late fee waiver</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="234"/>
        <source>Penghasilan utama</source>
        <translation>Main income</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="235"/>
        <source>Penghasilan/bulan</source>
        <translation>Income/month</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="236"/>
        <source>Penyisihan kerugian piutang</source>
        <translation>Loan loss provision</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="237"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="238"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="239"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="240"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="241"/>
        <source>Petugas Kredit (CMO/AO)</source>
        <translation>Credit Officer (CMO/AO)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="242"/>
        <source>Pinjaman</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="243"/>
        <source>Pinjaman anggota</source>
        <translation>Member loan</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="244"/>
        <source>Pinjaman tunai</source>
        <translation>Cash loan</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="245"/>
        <source>Pinjamkan</source>
        <translation>Lend out</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="246"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="247"/>
        <source>Premi asuransi</source>
        <translation>Insurance premium</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="248"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="249"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="250"/>
        <source>Provisi</source>
        <translation>Provision fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="251"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="252"/>
        <source>RT/RW hanya angka, misalnya 003</source>
        <translation>RT/RW are digits only, e.g. 003</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="253"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="254"/>
        <source>Referensi</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="255"/>
        <source>Rekening koran</source>
        <translation>Bank statement</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="256"/>
        <source>Rekening koran 3 bulan</source>
        <translation>3 months&apos; bank statements</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="257"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="258"/>
        <source>Riwayat kredit pemohon memerlukan uang muka yang lebih besar.</source>
        <translation>The applicant&apos;s credit history calls for a larger down payment.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="259"/>
        <source>Rumah dinas</source>
        <translation>Company housing</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="260"/>
        <source>Saldo awal</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="261"/>
        <source>Salesman</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="262"/>
        <source>Sel NIK berisi {type}, bukan teks 16 digit</source>
        <translation>The NIK cell holds a {type}, not 16 digits of text</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="263"/>
        <source>Serahkan ke nasabah</source>
        <translation>Hand over to the customer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="264"/>
        <source>Setoran simpanan</source>
        <translation>Savings deposit</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="265"/>
        <source>Setoran/penarikan simpanan</source>
        <translation>Savings deposits/withdrawals</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="266"/>
        <source>Sewa/kontrak</source>
        <translation>Rented/leased</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="267"/>
        <source>Siapkan sedikitnya satu produk pinjaman aktif</source>
        <translation>Prepare at least one active loan product</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="268"/>
        <source>Simpan di brankas</source>
        <translation>Store in the safe</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="269"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="270"/>
        <source>Slip gaji</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="271"/>
        <source>Slip gaji / SKU (surat keterangan usaha)</source>
        <translation>Payslip / SKU (business certificate)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="272"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="273"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="274"/>
        <source>Status rumah</source>
        <translation>Home ownership</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="275"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="276"/>
        <source>Supervisor / Kepala Cabang</source>
        <translation>Supervisor / Branch Head</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="277"/>
        <source>Syarat</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="278"/>
        <source>Tahun kendaraan</source>
        <translation>Vehicle year</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="279"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="280"/>
        <source>Tanggal kunjungan</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="281"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="282"/>
        <source>Tanggal lahir di NIK (digit 7–12: {digits}) tidak sah: {problem}</source>
        <translation>The birth date in the NIK (digits 7–12: {digits}) is not valid: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="283"/>
        <source>Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir di formulir ({form_date}); periksa KTP dan konfirmasi. NIK tidak pernah diganti, jadi perbedaan ini tidak menolak NIK</source>
        <translation>The birth date in the NIK ({nik_date}) differs from the form&apos;s ({form_date}); check the KTP and confirm. A NIK is never changed, so this difference does not refuse the NIK</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="284"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="285"/>
        <source>Telepon 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="286"/>
        <source>Telepon kontak darurat</source>
        <translation>Emergency contact phone</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="287"/>
        <source>Telepon pasangan</source>
        <translation>Spouse&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="288"/>
        <source>Tempat kerja/usaha</source>
        <translation>Employer/business</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="289"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="290"/>
        <source>Tempat tinggal pemohon belum tetap atau di luar wilayah layanan cabang.</source>
        <translation>The applicant has no permanent residence or lives outside the branch&apos;s service area.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="291"/>
        <source>Tenor</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="292"/>
        <source>Tenor diperpendek untuk mengurangi risiko pembiayaan.</source>
        <translation>The term is shortened to reduce the financing risk.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="293"/>
        <source>Tentukan akun kas dan akun bank</source>
        <translation>Choose the cash and bank accounts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="294"/>
        <source>Terima BPKB</source>
        <translation>Receive BPKB</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="295"/>
        <source>Tidak layak</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="296"/>
        <source>Titipan</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="297"/>
        <source>Titipan (kelebihan bayar)</source>
        <translation>Advance (overpayment)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="298"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="299"/>
        <source>Tujuan penggunaan dana</source>
        <translation>Purpose of the loan</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="300"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="301"/>
        <source>Tutup buku</source>
        <translation>Year-end closing</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="302"/>
        <source>Tutup buku bulanan/tahunan</source>
        <translation>Month-end/year-end closing</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="303"/>
        <source>Uang muka perlu ditambah agar angsuran sesuai dengan kemampuan bayar pemohon.</source>
        <translation>The down payment must be raised so that the installment fits the applicant&apos;s repayment capacity.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="304"/>
        <source>Ulangi kata sandi</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="305"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="306"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="307"/>
        <source>administrator pertama sudah ada; masuk dengan akun administrator</source>
        <translation>the first administrator exists; log in with the administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="308"/>
        <source>administrator terakhir tidak boleh dinonaktifkan</source>
        <translation>the last administrator may not be deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="309"/>
        <source>administrator terakhir tidak boleh kehilangan perannya</source>
        <translation>the last administrator may not lose the role</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="310"/>
        <source>akun bank harus lain dari akun kas</source>
        <translation>the bank account must differ from the cash account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="311"/>
        <source>akun induk harus berjenis sama</source>
        <translation>the parent account must be of the same type</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="312"/>
        <source>akun ini dikendalikan buku pembantu dan harus tetap akun kontrol</source>
        <translation>this account is driven by a sub-ledger and must stay a control account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="313"/>
        <source>akun kontrol {code}: neraca saldo {tb}, buku pembantu {sub}; impor buku pinjaman (atau simpanan) dulu, atau perbaiki angka di berkas</source>
        <translation>control account {code}: trial balance {tb}, sub-ledger {sub}; import the loan book (or savings) first, or correct the figure in the file</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="314"/>
        <source>akun {code} adalah akun induk; isi saldo di akun rinciannya</source>
        <translation>account {code} is a heading; put the balance on its detail accounts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="315"/>
        <source>akun {code} harus akun aset yang aktif dan bukan akun induk</source>
        <translation>account {code} must be an active asset account, not a heading</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="316"/>
        <source>akun {code} masih bersaldo; nolkan dulu saldonya</source>
        <translation>account {code} still has a balance; bring it to zero first</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="317"/>
        <source>akun {code} sudah ada di baris {other}</source>
        <translation>account {code} is already on row {other}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="318"/>
        <source>akun {code} sudah berisi jurnal dan tidak bisa menjadi akun induk</source>
        <translation>account {code} already holds journals and cannot become a heading</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="319"/>
        <source>akun {code} tidak ada di bagan akun</source>
        <translation>account {code} is not in the chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="320"/>
        <source>akun {code} tidak aktif</source>
        <translation>account {code} is inactive</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="321"/>
        <source>alamat email tidak sah</source>
        <translation>not a valid email address</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="322"/>
        <source>alamat email tidak sah (contoh: kantor@contoh.co.id)</source>
        <translation>not a valid email address (example: office@example.co.id)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="323"/>
        <source>alamat paling panjang 300 huruf</source>
        <translation>the address has at most 300 characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="324"/>
        <source>alasan daftar hitam wajib diisi</source>
        <translation>a reason for the blacklist is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="325"/>
        <source>alasan membuka kembali periode wajib diisi</source>
        <translation>a reason for reopening the period is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="326"/>
        <source>alasan pembalikan wajib diisi</source>
        <translation>a reason for the reversal is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="327"/>
        <source>alasan pembatalan wajib diisi</source>
        <translation>a reason for the cancellation is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="328"/>
        <source>alasan pemindahan wajib diisi</source>
        <translation>a reason for the transfer is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="329"/>
        <source>alasan pengembalian wajib diisi</source>
        <translation>a reason for the refund is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="330"/>
        <source>alasan penghapusan denda wajib diisi</source>
        <translation>a reason for waiving the late fee is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="331"/>
        <source>aturan DP bukan JSON yang sah</source>
        <translation>the down-payment rules are not valid JSON</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="332"/>
        <source>aturan DP harus berupa tabel band NPF → jenis kendaraan → %</source>
        <translation>the down-payment rules must be a table NPF band → vehicle type → %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="334"/>
        <source>bagan akun tidak menunjuk akun laba ditahan / SHU tahun berjalan</source>
        <translation>the chart names no retained-earnings / current-year surplus account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="335"/>
        <source>band NPF harus salah satu dari {bands}</source>
        <translation>the NPF band must be one of {bands}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="337"/>
        <source>band {band}: harus tabel jenis kendaraan → %</source>
        <translation>band {band}: must be a table vehicle type → %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="338"/>
        <source>baris judul tidak ditemukan: perlu kolom Kode akun, Debit dan Kredit</source>
        <translation>no header row found: the columns Kode akun, Debit and Kredit are needed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="339"/>
        <source>baris {i}: akun {account} tidak aktif</source>
        <translation>row {i}: account {account} is inactive</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="340"/>
        <source>baris {i}: akun {code} tidak ada</source>
        <translation>row {i}: account {code} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="341"/>
        <source>baris {i}: isi debit ATAU kredit (tepat satu, lebih dari nol)</source>
        <translation>row {i}: fill in debit OR credit (exactly one, above zero)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="342"/>
        <source>baris {i}: {account} adalah akun induk; pilih akun rinciannya</source>
        <translation>row {i}: {account} is a heading; choose one of its detail accounts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="343"/>
        <source>baris {i}: {account} adalah akun kontrol yang hanya digerakkan buku pembantu (pinjaman, simpanan, titipan)</source>
        <translation>row {i}: {account} is a control account moved only by its sub-ledger (loans, savings, overpayments)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="344"/>
        <source>baris {row}: jumlah tidak boleh negatif</source>
        <translation>row {row}: the amount may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="345"/>
        <source>baris {row}: jumlah tidak sah ({exc})</source>
        <translation>row {row}: not a valid amount ({exc})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="346"/>
        <source>basis data ini sudah punya kantor</source>
        <translation>this database already has an office</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="347"/>
        <source>batas persetujuan tidak boleh negatif</source>
        <translation>an approval limit may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="348"/>
        <source>berkas lebih dari 10 MB; simpan di folder kantor dan lampirkan lokasinya</source>
        <translation>the file is over 10 MB; keep it in the office folder and attach its location</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="349"/>
        <source>berkas tidak berisi satu baris saldo pun</source>
        <translation>the file holds no balance row</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="350"/>
        <source>berkas tidak bisa dibaca sebagai .xlsx: {exc}</source>
        <translation>the file cannot be read as .xlsx: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="351"/>
        <source>berkas {path} bukan buku kerja Excel (.xlsx): {error}</source>
        <translation>the file {path} is not an Excel workbook (.xlsx): {error}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="352"/>
        <source>berkas {path} tidak ada</source>
        <translation>the file {path} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="353"/>
        <source>biaya di muka harus lebih kecil dari pokok pinjaman</source>
        <translation>upfront fees must be below the principal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="354"/>
        <source>biaya di muka tidak boleh negatif</source>
        <translation>upfront fees may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="355"/>
        <source>bukan jumlah rupiah: {value}</source>
        <translation>not a rupiah amount: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="356"/>
        <source>bukan kolom produk</source>
        <translation>not a product field</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="357"/>
        <source>buku besar sudah berisi transaksi ({number}, {day}): saldo awal harus dimasukkan sebelum transaksi pertama</source>
        <translation>the ledger already holds transactions ({number}, {day}): opening balances go in before the first transaction</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="358"/>
        <source>bulan</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="359"/>
        <source>bulan 1–12 dan tahun empat angka</source>
        <translation>month 1–12 and a four-digit year</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="360"/>
        <source>bunga harus angka (persen per tahun)</source>
        <translation>the interest rate must be a number (percent a year)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="361"/>
        <source>bunga harus antara {low} dan {high} % per tahun</source>
        <translation>the interest rate is between {low} and {high} % a year</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="362"/>
        <source>bunga maksimum lebih kecil dari minimum</source>
        <translation>the maximum rate is below the minimum</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="363"/>
        <source>bunga standar harus di antara minimum dan maksimum</source>
        <translation>the standard rate must lie between the minimum and the maximum</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="364"/>
        <source>cabang wajib dipilih</source>
        <translation>choose a branch</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="365"/>
        <source>cara bayar tidak dikenal: {method}</source>
        <translation>unknown payment method: {method}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="366"/>
        <source>catatan hasil kontak wajib diisi</source>
        <translation>a note on the contact&apos;s outcome is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="367"/>
        <source>data nasabah baru saja diubah orang lain; buka ulang</source>
        <translation>the customer was just changed by someone else; open it again</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="368"/>
        <source>data nasabah baru saja diubah orang lain; buka ulang lalu ulangi perubahan</source>
        <translation>the customer was just changed by someone else; open it again and repeat the change</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="369"/>
        <source>dealer tidak ditemukan</source>
        <translation>dealer not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="370"/>
        <source>denda yang bisa dihapus paling banyak {amount}</source>
        <translation>at most {amount} of late fees can be waived</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="371"/>
        <source>dokumen tidak dikenal: {codes}</source>
        <translation>unknown documents: {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="372"/>
        <source>dokumen tidak ditemukan</source>
        <translation>document not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="376"/>
        <source>folder tidak dapat ditulisi: {reason}</source>
        <translation>the folder cannot be written to: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="377"/>
        <source>frekuensi tidak dikenal (monthly, weekly, biweekly)</source>
        <translation>unknown frequency (monthly, weekly, biweekly)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="378"/>
        <source>harga OTR / plafon harus lebih dari nol</source>
        <translation>the OTR price / limit must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="379"/>
        <source>harga tidak boleh lebih kecil dari satu sen</source>
        <translation>the price may not be smaller than one sen</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="380"/>
        <source>hari tenggang denda harus 0–90</source>
        <translation>late-fee grace days are 0–90</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="381"/>
        <source>impor buku pinjaman membutuhkan pengguna yang berhak</source>
        <translation>importing a loan book needs an authorised user</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="382"/>
        <source>impor nasabah membutuhkan pengguna yang masuk</source>
        <translation>importing customers needs a logged-in user</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="383"/>
        <source>isi DP sebagai jumlah atau persen, bukan keduanya</source>
        <translation>give the down payment as an amount or a percentage, not both</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="387"/>
        <source>jadwal angsuran kosong</source>
        <translation>the installment schedule is empty</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="388"/>
        <source>jaminan #{key} tidak ditemukan</source>
        <translation>collateral #{key} not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="389"/>
        <source>jatuh tempo pertama harus setelah tanggal pencairan</source>
        <translation>the first due date must come after the disbursement date</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="391"/>
        <source>jenis dealer tidak dikenal</source>
        <translation>unknown dealer kind</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="392"/>
        <source>jenis dokumen tidak dikenal</source>
        <translation>unknown document kind</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="394"/>
        <source>jenis kantor tidak dikenal: {kind}</source>
        <translation>unknown kind of office: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="395"/>
        <source>jenis kantor tidak dikenal: {office_kind}</source>
        <translation>unknown kind of office: {office_kind}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="396"/>
        <source>jenis kelamin L (laki-laki) atau P (perempuan)</source>
        <translation>sex L (male) or P (female)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="397"/>
        <source>jenis kendaraan tidak dikenal: {vtype}</source>
        <translation>unknown vehicle type: {vtype}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="398"/>
        <source>jenis kontak: telepon, kunjungan, whatsapp atau catatan</source>
        <translation>contact kind: phone, visit, whatsapp or note</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="399"/>
        <source>jenis mutasi tidak dikenal</source>
        <translation>unknown movement kind</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="400"/>
        <source>jenis produk harus salah satu dari {kinds}</source>
        <translation>the product kind must be one of {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="401"/>
        <source>jumlah &apos;{value}&apos; tidak dikenal; tulis misalnya 3.500.000</source>
        <translation>amount &apos;{value}&apos; not understood; write e.g. 3.500.000</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="402"/>
        <source>jumlah cadangan yang disimpan 1–365</source>
        <translation>backups kept: 1–365</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="407"/>
        <source>jumlah pokok jadwal tidak sama dengan pokok pinjaman</source>
        <translation>the schedule&apos;s principal does not add up to the loan&apos;s principal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="408"/>
        <source>jumlah tidak boleh negatif</source>
        <translation>the amount may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="427"/>
        <source>kode dealer 1–12 huruf/angka</source>
        <translation>dealer code 1–12 letters/digits</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="428"/>
        <source>kode dealer {code} sudah dipakai</source>
        <translation>dealer code {code} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="429"/>
        <source>kode produk 1–16 huruf/angka (boleh - dan _)</source>
        <translation>product code 1–16 letters/digits (- and _ allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="430"/>
        <source>kode produk {code} sudah dipakai</source>
        <translation>product code {code} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="431"/>
        <source>kode wilayah tidak ada di daftar Kemendagri</source>
        <translation>the region code is not in the Kemendagri list</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="433"/>
        <source>kolom ini tidak dapat diubah</source>
        <translation>this field cannot be changed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="434"/>
        <source>kolom tidak ada di baris judul</source>
        <translation>the column is missing from the header row</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="435"/>
        <source>kolom tidak dikenal; diabaikan</source>
        <translation>unknown column; ignored</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="436"/>
        <source>kolom wajib tidak ada di baris judul</source>
        <translation>a required column is missing from the header row</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="437"/>
        <source>kunci transaksi {key} sudah dipakai untuk {action}</source>
        <translation>transaction key {key} was already used for {action}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="441"/>
        <source>lampirkan isi berkas atau lokasi berkas (salah satu)</source>
        <translation>attach the file&apos;s content or its location (one of them)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="444"/>
        <source>masa tenggang harus bilangan bulat</source>
        <translation>the grace period must be a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="445"/>
        <source>masa tenggang harus lebih pendek dari tenor</source>
        <translation>the grace period must be shorter than the tenor</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="446"/>
        <source>masa tenggang tidak boleh negatif</source>
        <translation>the grace period may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="447"/>
        <source>membuat pengguna membutuhkan administrator yang masuk</source>
        <translation>creating users needs a logged-in administrator</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="448"/>
        <source>memulihkan cadangan perlu dikonfirmasi orang kedua (empat mata)</source>
        <translation>restoring a backup needs a second person&apos;s confirmation (four eyes)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="449"/>
        <source>mengatur produk membutuhkan pengguna yang masuk</source>
        <translation>managing products needs a logged-in user</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="450"/>
        <source>metode bunga tidak dikenal (flat, annuity, equal-principal)</source>
        <translation>unknown interest method (flat, annuity, equal-principal)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="452"/>
        <source>mutasi jaminan tidak ditemukan</source>
        <translation>collateral movement not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="454"/>
        <source>nama berkas wajib diisi</source>
        <translation>the file name is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="457"/>
        <source>nama dealer wajib diisi</source>
        <translation>the dealer name is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="463"/>
        <source>nama produk wajib diisi (paling panjang 80 huruf)</source>
        <translation>the product name is required (at most 80 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="466"/>
        <source>nama sales wajib diisi</source>
        <translation>the salesperson&apos;s name is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="468"/>
        <source>nasabah tidak ditemukan</source>
        <translation>customer not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="470"/>
        <source>nilai {aspect} antara {low} dan {high}</source>
        <translation>the {aspect} score is between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="471"/>
        <source>nomor BPKB wajib diisi saat diterima</source>
        <translation>the BPKB number is required when it is received</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="473"/>
        <source>nomor kontrak wajib diisi (paling panjang 32 karakter)</source>
        <translation>the contract number is required (at most 32 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="474"/>
        <source>nomor kontrak {contract_no} sudah dipakai</source>
        <translation>contract number {contract_no} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="475"/>
        <source>nomor sertifikat fidusia wajib diisi</source>
        <translation>the fiducia certificate number is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="476"/>
        <source>paling panjang {limit} huruf</source>
        <translation>at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="479"/>
        <source>pengguna &apos;{username}&apos; tidak ada</source>
        <translation>user &apos;{username}&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="486"/>
        <source>periode {month}/{year} memiliki jurnal yang belum diposting: {numbers}</source>
        <translation>period {month}/{year} has unposted journals: {numbers}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="490"/>
        <source>peristiwa tidak dikenal: {event}</source>
        <translation>unknown event: {event}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="491"/>
        <source>petugas hanya boleh menambah/mengubah nasabah di portofolionya sendiri</source>
        <translation>an officer may add or change customers of their own portfolio only</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="492"/>
        <source>petugas hanya boleh mengubah nasabah di portofolionya sendiri</source>
        <translation>an officer may change customers of their own portfolio only</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="493"/>
        <source>petugas pemilik nasabah wajib dipilih</source>
        <translation>choose the officer who owns the customer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="494"/>
        <source>petugas tidak ada atau bukan petugas kredit/kolektor</source>
        <translation>no such officer, or not a credit officer/collector</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="495"/>
        <source>petugas tujuan sama dengan petugas asal</source>
        <translation>the receiving officer is the same as the current one</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="500"/>
        <source>pilih paling sedikit satu tenor</source>
        <translation>choose at least one tenor</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="503"/>
        <source>pindah petugas lewat Pindah Portofolio (tercatat di riwayat)</source>
        <translation>move officers through Move portfolio (recorded in the history)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="507"/>
        <source>pokok pinjaman harus berupa angka</source>
        <translation>the principal must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="508"/>
        <source>pokok pinjaman harus lebih dari nol</source>
        <translation>the loan principal must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="509"/>
        <source>pokok pinjaman tidak boleh lebih kecil dari satu sen</source>
        <translation>the principal may not be smaller than one sen</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="510"/>
        <source>pokok pinjaman tidak wajar (lebih dari {amount})</source>
        <translation>an implausible principal (more than {amount})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="512"/>
        <source>produk {key} tidak ditemukan</source>
        <translation>product {key} not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="517"/>
        <source>sales tidak ditemukan</source>
        <translation>salesperson not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="519"/>
        <source>status harus aktif, nonaktif atau blacklist</source>
        <translation>status must be active, inactive or blacklist</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="520"/>
        <source>suku bunga harus antara 0 dan 100 % per tahun</source>
        <translation>the interest rate is between 0 and 100 % a year</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="521"/>
        <source>suku bunga harus berupa angka</source>
        <translation>the interest rate must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="528"/>
        <source>tanggal &apos;{text}&apos; tidak dikenal; tulis dd/mm/yyyy</source>
        <translation>date &apos;{text}&apos; not understood; write dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="529"/>
        <source>tanggal fidusia tidak boleh di masa depan</source>
        <translation>the fiducia date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="530"/>
        <source>tanggal fidusia tidak boleh sebelum tanggal kontrak</source>
        <translation>the fiducia date may not be before the contract date</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="532"/>
        <source>tanggal kontak berikutnya tidak boleh lewat</source>
        <translation>the next contact date may not be in the past</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="536"/>
        <source>tanggal lahir tidak mungkin</source>
        <translation>an impossible birth date</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="541"/>
        <source>tanggal pencairan terlalu jauh di masa depan</source>
        <translation>the disbursement date is too far ahead</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="548"/>
        <source>tenor harus antara 1 dan {max} angsuran</source>
        <translation>the tenor is between 1 and {max} installments</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="549"/>
        <source>tenor harus bilangan bulat</source>
        <translation>the tenor must be a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="550"/>
        <source>tenor maksimum lebih kecil dari minimum</source>
        <translation>the maximum tenor is below the minimum</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="552"/>
        <source>tenor {n} di luar batas produk ({tenor_min}–{tenor_max})</source>
        <translation>tenor {n} is outside the product&apos;s range ({tenor_min}–{tenor_max})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="553"/>
        <source>this database has no office yet: run the first-start wizard or &apos;main.py demo&apos;</source>
        <translation>this database has no office yet: run the first-start wizard or &apos;main.py demo&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="556"/>
        <source>tidak dapat menonaktifkan akun sendiri</source>
        <translation>you cannot deactivate your own account</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="558"/>
        <source>titipan dikembalikan tunai atau transfer bank, bukan {method}</source>
        <translation>an overpayment is refunded in cash or by bank transfer, not {method}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="373"/>
        <source>efektif anuitas</source>
        <translation>effective annuity</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="374"/>
        <source>efektif menurun</source>
        <translation>effective declining balance</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="375"/>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="384"/>
        <source>isi debit ATAU kredit, tidak keduanya</source>
        <translation>fill in debit OR credit, not both</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="385"/>
        <source>isi nama pemberi referensi</source>
        <translation>fill in who referred the customer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="386"/>
        <source>isian profil tidak dikenal: {names}</source>
        <translation>unknown profile fields: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="390"/>
        <source>jenis akun harus aset, liabilitas, ekuitas, pendapatan atau beban</source>
        <translation>the account type must be asset, liability, equity, income or expense</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="393"/>
        <source>jenis kantor harus salah satu dari {kinds}</source>
        <translation>the kind of office must be one of {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="403"/>
        <source>jumlah pelunasan per {date} adalah {amount}; hitung ulang</source>
        <translation>the payoff amount on {date} is {amount}; calculate again</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="404"/>
        <source>jumlah pembayaran harus lebih dari nol</source>
        <translation>the payment must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="405"/>
        <source>jumlah pengembalian harus lebih dari nol</source>
        <translation>the refund must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="406"/>
        <source>jumlah pengembalian melebihi titipan yang ada ({amount})</source>
        <translation>the refund exceeds the overpayment held ({amount})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="409"/>
        <source>jumlah tidak boleh negatif; pindahkan ke sisi lainnya</source>
        <translation>an amount may not be negative; move it to the other side</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="410"/>
        <source>jumlah tidak sah: {exc}</source>
        <translation>not a valid amount: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="411"/>
        <source>jurnal membutuhkan sedikitnya dua baris</source>
        <translation>a journal needs at least two lines</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="412"/>
        <source>jurnal tidak seimbang: debit {total_debit} ≠ kredit {total_credit} (selisih {diff})</source>
        <translation>the journal does not balance: debit {total_debit} ≠ credit {total_credit} (difference {diff})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="413"/>
        <source>jurnal tutup buku tidak dibalik; buka kembali periodenya</source>
        <translation>a closing journal is not reversed; reopen its period</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="414"/>
        <source>jurnal {number} dibuat oleh buku pembantu ({label}); batalkan transaksinya dari menu asalnya</source>
        <translation>journal {number} was made by a sub-ledger ({label}); cancel its transaction where it was made</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="415"/>
        <source>jurnal {number} sudah pernah dibalik</source>
        <translation>journal {number} was already reversed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="416"/>
        <source>kata sandi lama salah</source>
        <translation>the current password is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="417"/>
        <source>kata sandi minimal 8 karakter</source>
        <translation>a password has at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="418"/>
        <source>kata sandi paling panjang 128 karakter</source>
        <translation>a password has at most 128 characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="419"/>
        <source>kata sandi tidak boleh sama dengan nama pengguna</source>
        <translation>the password may not be the user name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="420"/>
        <source>kedua kata sandi tidak sama</source>
        <translation>the two passwords differ</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="421"/>
        <source>kertas kwitansi harus A4 atau A5</source>
        <translation>receipt paper is A4 or A5</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="422"/>
        <source>keterangan jurnal wajib diisi</source>
        <translation>the journal description is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="423"/>
        <source>kode akun 1–20 huruf/angka (boleh titik dan tanda hubung)</source>
        <translation>account code 1–20 letters/digits (dots and hyphens allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="424"/>
        <source>kode akun kosong</source>
        <translation>the account code is empty</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="425"/>
        <source>kode akun {code} sudah dipakai</source>
        <translation>account code {code} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="426"/>
        <source>kode cabang 1–8 huruf/angka tanpa spasi</source>
        <translation>branch code 1–8 letters/digits without spaces</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="432"/>
        <source>kode wilayah {code} tidak dikenal</source>
        <translation>unknown region code {code}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="438"/>
        <source>kwitansi {receipt_no} lebih baru dan masih berlaku: batalkan yang terbaru lebih dulu</source>
        <translation>receipt {receipt_no} is newer and still valid: cancel the latest first</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="439"/>
        <source>kwitansi {receipt_no} sudah dibatalkan</source>
        <translation>receipt {receipt_no} is already cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="440"/>
        <source>kwitansi {receipt_no} tidak ditemukan</source>
        <translation>receipt {receipt_no} not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="442"/>
        <source>logo harus berkas PNG atau JPEG</source>
        <translation>the logo must be a PNG or JPEG file</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="443"/>
        <source>logo paling besar {kb} KB</source>
        <translation>the logo is at most {kb} KB</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="451"/>
        <source>minggu</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="453"/>
        <source>nama akun wajib diisi (paling panjang 120 huruf)</source>
        <translation>the account name is required (at most 120 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="455"/>
        <source>nama cabang wajib diisi</source>
        <translation>branch name is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="456"/>
        <source>nama dan jabatan penanda tangan paling panjang 80 huruf</source>
        <translation>the signatory&apos;s name and title have at most 80 characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="458"/>
        <source>nama kantor paling panjang 120 huruf</source>
        <translation>the office name has at most 120 characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="459"/>
        <source>nama kantor wajib diisi</source>
        <translation>the office name is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="460"/>
        <source>nama lengkap wajib diisi (paling panjang 80 huruf)</source>
        <translation>the full name is required (at most 80 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="461"/>
        <source>nama pengguna &apos;{username}&apos; sudah dipakai</source>
        <translation>the user name &apos;{username}&apos; is taken</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="462"/>
        <source>nama pengguna 1–32 huruf/angka (boleh titik dan garis bawah)</source>
        <translation>user name 1–32 letters/digits (dots and underscores allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="464"/>
        <source>nama resmi kantor wajib diisi</source>
        <translation>the office&apos;s legal name is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="465"/>
        <source>nama resmi paling panjang 120 huruf</source>
        <translation>the legal name has at most 120 characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="467"/>
        <source>nasabah ada di daftar hitam: pengajuan tidak dapat dibuat</source>
        <translation>the customer is blacklisted: no application can be made</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="469"/>
        <source>neraca saldo tidak seimbang: debit {debit}, kredit {credit}, selisih {diff}</source>
        <translation>the trial balance does not balance: debit {debit}, credit {credit}, difference {diff}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="472"/>
        <source>nomor izin paling panjang 80 karakter</source>
        <translation>the licence number has at most 80 characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="477"/>
        <source>pasang bagan akun dulu</source>
        <translation>install the chart of accounts first</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="478"/>
        <source>pengajuan #{id} tidak ditemukan</source>
        <translation>application #{id} not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="480"/>
        <source>pengguna tanpa login</source>
        <translation>a user who is not logged in</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="481"/>
        <source>penghasilan utama harus lebih dari nol</source>
        <translation>the main income must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="482"/>
        <source>peran tidak dikenal</source>
        <translation>unknown role</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="483"/>
        <source>periode 12/{year} sudah ditutup; buka kembali dulu untuk menutup tahun buku</source>
        <translation>period 12/{year} is closed; reopen it first to close the year</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="484"/>
        <source>periode dua mingguan</source>
        <translation>fortnight</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="485"/>
        <source>periode {month} sudah ditutup: saldo awal tidak bisa diposting di dalamnya</source>
        <translation>period {month} is closed: opening balances cannot be posted in it</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="487"/>
        <source>periode {month}/{year} sudah ditutup</source>
        <translation>period {month}/{year} is closed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="488"/>
        <source>periode {month}/{year} sudah ditutup: tidak bisa memposting jurnal bertanggal di dalamnya</source>
        <translation>period {month}/{year} is closed: no journal dated in it can be posted</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="489"/>
        <source>periode {month}/{year} tidak sedang ditutup</source>
        <translation>period {month}/{year} is not closed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="496"/>
        <source>pilih alasan dari daftar</source>
        <translation>choose a reason from the list</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="497"/>
        <source>pilih dealer asal order</source>
        <translation>choose the dealer the order came from</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="498"/>
        <source>pilih jenis kendaraan (roda dua / roda empat)</source>
        <translation>choose the vehicle type (two or four wheels)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="499"/>
        <source>pilih nasabah</source>
        <translation>choose a customer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="501"/>
        <source>pilih produk pinjaman</source>
        <translation>choose a loan product</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="502"/>
        <source>pilih rekomendasi petugas</source>
        <translation>choose the officer&apos;s recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="504"/>
        <source>pinjaman #{loan_id} tidak ditemukan</source>
        <translation>loan #{loan_id} not found</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="505"/>
        <source>pinjaman {contract_no} sudah ditutup ({status})</source>
        <translation>loan {contract_no} is closed ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="506"/>
        <source>pinjaman {contract_no} tidak memegang titipan</source>
        <translation>loan {contract_no} holds no overpayment</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="511"/>
        <source>produk standar tidak dikenal: {codes}</source>
        <translation>unknown standard products: {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="513"/>
        <source>produk {name} sudah tidak aktif</source>
        <translation>product {name} is no longer active</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="514"/>
        <source>roda dua</source>
        <translation>two-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="515"/>
        <source>roda empat</source>
        <translation>four-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="516"/>
        <source>saldo awal neraca saldo sudah pernah diposting</source>
        <translation>the trial balance&apos;s opening balances were already posted</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="518"/>
        <source>salesman bukan dari dealer yang dipilih</source>
        <translation>the salesperson is not from the chosen dealer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="522"/>
        <source>sumber jurnal tidak dikenal: {source}</source>
        <translation>unknown journal source: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="523"/>
        <source>sumber order: dealer, datang langsung atau referensi</source>
        <translation>order source: dealer, walk-in or referral</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="524"/>
        <source>tahun buku {year} sudah ditutup</source>
        <translation>the financial year {year} is closed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="525"/>
        <source>tahun kendaraan antara 1980 dan {year}</source>
        <translation>the vehicle year is between 1980 and {year}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="526"/>
        <source>tahun kendaraan harus angka</source>
        <translation>the vehicle year must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="527"/>
        <source>tahun kendaraan wajib diisi</source>
        <translation>the vehicle year is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="531"/>
        <source>tanggal jurnal wajib diisi</source>
        <translation>the journal date is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="533"/>
        <source>tanggal kontrak tidak boleh sebelum tanggal persetujuan</source>
        <translation>the contract date may not be before the approval date</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="534"/>
        <source>tanggal kunjungan tidak boleh di masa depan</source>
        <translation>the visit date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="535"/>
        <source>tanggal kunjungan tidak valid</source>
        <translation>not a valid visit date</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="537"/>
        <source>tanggal pembayaran sebelum pembayaran terakhir ({last_payment_on}); batalkan dulu yang lebih baru</source>
        <translation>the payment date is before the last payment ({last_payment_on}); cancel the newer one first</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="538"/>
        <source>tanggal pembayaran sebelum pencairan ({disbursed_on})</source>
        <translation>the payment date is before the disbursement ({disbursed_on})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="539"/>
        <source>tanggal pembayaran tidak boleh di masa depan</source>
        <translation>the payment date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="540"/>
        <source>tanggal pembayaran wajib diisi</source>
        <translation>the payment date is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="542"/>
        <source>tanggal pencairan tidak boleh sebelum tanggal kontrak</source>
        <translation>the disbursement date may not be before the contract date</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="543"/>
        <source>tanggal pengembalian sebelum pembayaran terakhir ({last_payment_on})</source>
        <translation>the refund date is before the last payment ({last_payment_on})</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="544"/>
        <source>tanggal pengembalian tidak boleh di masa depan</source>
        <translation>the refund date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="545"/>
        <source>tanggal pengembalian wajib diisi</source>
        <translation>the refund date is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="546"/>
        <source>tanggal saldo awal wajib diisi</source>
        <translation>the opening-balance date is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="547"/>
        <source>telepon hanya angka, spasi, tanda hubung dan +, 5–32 karakter</source>
        <translation>a phone number has only digits, spaces, hyphens and +, 5–32 characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="551"/>
        <source>tenor wajib diisi (jumlah angsuran)</source>
        <translation>the tenor is required (number of installments)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="554"/>
        <source>tidak ada denda yang dihapus</source>
        <translation>no late fee is waived</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="555"/>
        <source>tidak ada saldo yang perlu diposting: buku besar sudah sama dengan neraca saldo</source>
        <translation>nothing to post: the ledger already equals the trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="557"/>
        <source>titipan dari kwitansi {receipt_no} sudah dikembalikan ke nasabah: kwitansi ini tidak dapat dibatalkan lagi</source>
        <translation>the overpayment from receipt {receipt_no} was refunded to the customer: this receipt can no longer be cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="559"/>
        <source>tuliskan alasan pembatalan</source>
        <translation>write the reason for the cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="560"/>
        <source>tuliskan apa yang perlu dilengkapi</source>
        <translation>write what needs to be completed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="561"/>
        <source>tuliskan kepada siapa BPKB dipinjamkan</source>
        <translation>write to whom the BPKB is lent</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="562"/>
        <source>tuliskan keterangan untuk alasan lain</source>
        <translation>describe the other reason</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="563"/>
        <source>tuliskan tujuan penggunaan dana</source>
        <translation>write what the money is for</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="564"/>
        <source>ubah paling sedikit satu syarat: uang muka, tenor atau bunga</source>
        <translation>change at least one term: down payment, tenor or interest</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="565"/>
        <source>urutan alokasi harus memuat fee, interest dan principal masing-masing sekali</source>
        <translation>the allocation order must hold fee, interest and principal once each</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="572"/>
        <source>{fields} wajib diisi sebelum kontrak</source>
        <translation>{fields} required before the contract</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="573"/>
        <source>{full_name}: pengajuan {app} milik petugas lain</source>
        <translation>{full_name}: application {app} belongs to another officer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="574"/>
        <source>{label} bukan JSON yang sah</source>
        <translation>{label} is not valid JSON</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="579"/>
        <source>{label} harus berupa angka</source>
        <translation>{label} must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="580"/>
        <source>{label} harus berupa jumlah uang</source>
        <translation>{label} must be an amount of money</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="581"/>
        <source>{label} harus berupa objek JSON</source>
        <translation>{label} must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="582"/>
        <source>{label} harus bilangan bulat 1–{max}</source>
        <translation>{label} must be a whole number 1–{max}</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="583"/>
        <source>{label} harus jumlah uang</source>
        <translation>{label} must be an amount of money</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="584"/>
        <source>{label} paling banyak empat angka desimal</source>
        <translation>{label} has at most four decimals</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="585"/>
        <source>{label} paling panjang {limit} huruf</source>
        <translation>{label} has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="586"/>
        <source>{label} tidak boleh lebih kecil dari satu sen</source>
        <translation>{label} may not be smaller than one sen</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="587"/>
        <source>{label} tidak boleh negatif</source>
        <translation>{label} may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="588"/>
        <source>{label} wajib diisi</source>
        <translation>{label} is required</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="590"/>
        <source>{what}: pemeriksa harus orang lain dari pembuatnya (empat mata)</source>
        <translation>{what}: the checker must be someone other than the maker (four eyes)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="591"/>
        <source>{who} tidak berhak: {what}</source>
        <translation>{who} may not: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/form_errors.py" line="69"/>
        <location filename="../../ui/labels.py" line="54"/>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../ui/login.py" line="108"/>
        <source>Perusahaan pembiayaan (leasing)</source>
        <translation>Finance company (leasing)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="109"/>
        <source>BPR (Bank Perekonomian Rakyat)</source>
        <translation>BPR (Bank Perekonomian Rakyat)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="110"/>
        <source>Koperasi simpan pinjam</source>
        <translation>Savings and loan cooperative</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing.py" line="42"/>
        <source>Printer tidak dapat dibuka</source>
        <translation>The printer cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="82"/>
        <source>Pratinjau cetak — {name}</source>
        <translation>Print preview — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="84"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="96"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="98"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
</TS>
