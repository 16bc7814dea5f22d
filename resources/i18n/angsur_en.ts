<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Tentang Angsur</source>
        <translation>About Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Angsur {version}</source>
        <translation>Angsur {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
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
        <location filename="../../ui/application_form.py" line="46"/>
        <source>Pengajuan kredit baru</source>
        <translation>New credit application</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="47"/>
        <source>Ubah pengajuan {number}</source>
        <translation>Edit application {number}</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="62"/>
        <source>Nasabah dan sumber order</source>
        <translation>Customer and order source</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="67"/>
        <source>Ketik nama, NIK atau telepon lalu Enter</source>
        <translation>Type a name, NIK or phone number and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="69"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="73"/>
        <source>Cari nasabah</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="76"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="82"/>
        <source>Sumber order</source>
        <translation>Order source</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="88"/>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="91"/>
        <source>Sales dealer</source>
        <translation>Dealer salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="94"/>
        <source>Pemberi referensi</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="97"/>
        <source>Produk dan objek</source>
        <translation>Product and collateral</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="104"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="109"/>
        <source>Jenis kendaraan</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="113"/>
        <source>Merek</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="116"/>
        <source>Tipe</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="123"/>
        <source>Warna</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="126"/>
        <source>Kendaraan</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="131"/>
        <source>No. rangka</source>
        <translation>Chassis no.</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="134"/>
        <source>No. mesin</source>
        <translation>Engine no.</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="137"/>
        <source>No. polisi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="140"/>
        <source>Nomor</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="145"/>
        <source>Tujuan penggunaan</source>
        <translation>Purpose of use</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="149"/>
        <source>Pembiayaan</source>
        <translation>Financing</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="153"/>
        <location filename="../../ui/application_form.py" line="249"/>
        <source>Harga OTR</source>
        <translation>OTR price</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="157"/>
        <source>Uang muka (DP)</source>
        <translation>Down payment (DP)</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="163"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="166"/>
        <source>standar produk</source>
        <translation>product default</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="168"/>
        <source>Bunga % per tahun</source>
        <translation>Interest % per year</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="170"/>
        <source>Tenor</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="174"/>
        <source>Hitungan</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="177"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="183"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="219"/>
        <source>(tidak ditemukan)</source>
        <translation>(not found)</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="231"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="249"/>
        <source>Plafon diajukan</source>
        <translation>Amount requested</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="253"/>
        <source>standar {rate} %</source>
        <translation>default {rate} %</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="289"/>
        <source>Isi harga dan tenor untuk melihat angsuran.</source>
        <translation>Enter the price and term to see the installment.</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="301"/>
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
        <location filename="../../ui/pages/applications.py" line="137"/>
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
        <location filename="../../ui/pages/applications.py" line="169"/>
        <source>Pengajuan Kredit</source>
        <translation>Credit Applications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="174"/>
        <source>Cari nomor, nasabah atau kontrak</source>
        <translation>Search number, customer or contract</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="178"/>
        <source>Pengajuan baru</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="206"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="207"/>
        <source>Survei</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="208"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="209"/>
        <source>Putuskan…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="210"/>
        <location filename="../../ui/pages/applications.py" line="415"/>
        <source>Buat kontrak</source>
        <translation>Create contract</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="211"/>
        <source>Cairkan…</source>
        <translation>Disburse…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="212"/>
        <source>Batalkan</source>
        <translation>Cancel application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="218"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="222"/>
        <source>Surat untuk dealer</source>
        <translation>Letter to the dealer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="223"/>
        <source>Ringkasan kontrak</source>
        <translation>Contract summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="225"/>
        <source>Purchase order ke dealer</source>
        <translation>Purchase order to the dealer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="262"/>
        <source>Semua ({n})</source>
        <translation>All ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="264"/>
        <source>Antrian persetujuan ({n})</source>
        <translation>Approval queue ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="281"/>
        <source>{n} pengajuan</source>
        <translation>{n} applications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="416"/>
        <source>Buat kontrak untuk {customer}, pokok {amount}? Nomor kontrak diambil dari urutan cabang dan tidak dapat dipakai ulang.</source>
        <translation>Create a contract for {customer}, principal {amount}? The contract number is taken from the branch&apos;s sequence and cannot be reused.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="443"/>
        <source>Batalkan pengajuan</source>
        <translation>Cancel application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/applications.py" line="443"/>
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
        <location filename="../../ui/pages/cashier.py" line="75"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="83"/>
        <source>No. kontrak, nama nasabah atau NIK…</source>
        <translation>Contract no., customer name or NIK…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="86"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="86"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="86"/>
        <location filename="../../ui/pages/cashier.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="87"/>
        <source>Sisa pokok</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="90"/>
        <source>Kwitansi hari ini</source>
        <translation>Today&apos;s receipts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="91"/>
        <source>No. kwitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="91"/>
        <source>Kontrak</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="91"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="102"/>
        <source>Terima pembayaran</source>
        <translation>Receive payment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="104"/>
        <source>Pilih pinjaman lebih dulu.</source>
        <translation>Select a loan first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="109"/>
        <source>1 angsuran</source>
        <translation>1 installment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="110"/>
        <source>Semua tunggakan</source>
        <translation>All arrears</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="111"/>
        <source>Pelunasan</source>
        <translation>Payoff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="115"/>
        <source>Isi cepat</source>
        <translation>Quick fill</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="117"/>
        <source>Jumlah diterima</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="123"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="125"/>
        <source>No. referensi transfer / payment point</source>
        <translation>Transfer / payment point reference no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="126"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="132"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="134"/>
        <source>Hapus denda (supervisor)…</source>
        <translation>Waive late fee (supervisor)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="135"/>
        <source>Terima &amp;&amp; cetak kwitansi</source>
        <translation>Receive &amp;&amp; print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="223"/>
        <source>Tunggakan {n} angsuran: &lt;b&gt;{arrears}&lt;/b&gt;</source>
        <translation>Arrears, {n} installments: &lt;b&gt;{arrears}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="225"/>
        <source>Denda: &lt;b&gt;{fee}&lt;/b&gt;</source>
        <translation>Late fee: &lt;b&gt;{fee}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="227"/>
        <source>Titipan: {adv}</source>
        <translation>Advance: {adv}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="228"/>
        <source>Untuk lunas tunggakan: &lt;b&gt;{all}&lt;/b&gt;</source>
        <translation>To clear the arrears: &lt;b&gt;{all}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="247"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="247"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="251"/>
        <source>{n} kwitansi, jumlah {total}</source>
        <translation>{n} receipts, total {total}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="262"/>
        <source>Mode: PELUNASAN DIPERCEPAT — pinjaman akan ditutup</source>
        <translation>Mode: EARLY PAYOFF — the loan will be closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="264"/>
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
        <location filename="../../ui/pages/customers.py" line="415"/>
        <source>← Daftar nasabah</source>
        <translation>← Customer list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="420"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="422"/>
        <source>Tampilkan NIK/telepon</source>
        <translation>Show NIK/phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="423"/>
        <source>Tercatat di jejak audit</source>
        <translation>Recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="434"/>
        <source>Data</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="435"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="435"/>
        <source>Belum ada pinjaman.</source>
        <translation>No loans yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="436"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="436"/>
        <source>Belum ada pembayaran.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="437"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="437"/>
        <source>Belum ada simpanan.</source>
        <translation>No savings yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="446"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="471"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="472"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="473"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="475"/>
        <source>Tempat/tgl lahir</source>
        <translation>Place/date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="477"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="478"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="480"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="481"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="482"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="484"/>
        <source>Penghasilan/pengeluaran</source>
        <translation>Income/expenses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="486"/>
        <source>Pasangan</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="487"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="490"/>
        <source>Status rumah</source>
        <translation>Home ownership</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="491"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="492"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="504"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="504"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="504"/>
        <source>Ukuran/lokasi</source>
        <translation>Size/location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="513"/>
        <source>Lampirkan berkas…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="522"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="531"/>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="538"/>
        <source>Lampirkan berkas</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="539"/>
        <source>Gambar dan PDF (*.jpg *.jpeg *.png *.pdf);;Semua (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="555"/>
        <source>Berkas tidak bisa dibaca: {e}</source>
        <translation>The file cannot be read: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="568"/>
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
        <location filename="../../ui/pages/customers.py" line="274"/>
        <location filename="../../ui/pages/customers.py" line="279"/>
        <source>Ekspor nasabah</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="279"/>
        <source>Menulis data nasabah…</source>
        <translation>Writing the customers…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="282"/>
        <source>{n} nasabah diekspor ke {path}</source>
        <translation>{n} customers exported to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="284"/>
        <source>Ekspor dibatalkan: tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="306"/>
        <source>{n} nasabah dipindahkan</source>
        <translation>{n} customers transferred</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="316"/>
        <location filename="../../ui/pages/customers.py" line="323"/>
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
        <location filename="../../ui/pages/customers.py" line="371"/>
        <source>Tindak lanjut jatuh tempo</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="375"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="375"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="375"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="376"/>
        <source>Catatan terakhir</source>
        <translation>Last note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="376"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="384"/>
        <source>(lewat {n} hari)</source>
        <translation>({n} days overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="393"/>
        <source>Tidak ada tindak lanjut yang jatuh tempo hari ini.</source>
        <translation>No follow-ups are due today.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="396"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/login.py" line="207"/>
        <source>Angsur — persiapan pertama</source>
        <translation>Angsur — first-time setup</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="217"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="218"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="219"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="220"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="593"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="593"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="593"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="594"/>
        <source>Kontak berikutnya</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="606"/>
        <source>Hasil kontak</source>
        <translation>Contact outcome</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="608"/>
        <source>Kontak lagi</source>
        <translation>Contact again on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="614"/>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="88"/>
        <source>Impor nasabah dari Excel</source>
        <translation>Import customers from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92"/>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file selected yet.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="96"/>
        <source>Simpan template…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="115"/>
        <source>Perbarui nasabah yang datanya berbeda</source>
        <translation>Update customers whose details differ</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>Saya sudah memeriksa peringatan NIK dengan KTP</source>
        <translation>I have checked the NIK warnings against the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="119"/>
        <source>Impor baris yang benar saja (baris salah dilewati)</source>
        <translation>Import only the valid rows (invalid rows are skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="125"/>
        <source>Simpan daftar kesalahan…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="127"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="130"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="140"/>
        <source>Berkas nasabah</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>Template impor</source>
        <translation>Import template</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="169"/>
        <source>{total} baris: {new} baru, {same} sudah ada dan sama, {changed} berbeda, {error} salah</source>
        <translation>{total} rows: {new} new, {same} already present and identical, {changed} different, {error} invalid</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="175"/>
        <source>Kolom diabaikan: {cols}</source>
        <translation>Columns ignored: {cols}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="177"/>
        <source>Tidak ada yang diimpor selama masih ada baris salah.</source>
        <translation>Nothing is imported while invalid rows remain.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>Impor nasabah</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>Mengimpor nasabah…</source>
        <translation>Importing customers…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="200"/>
        <source>Impor dibatalkan: tidak ada nasabah yang disimpan.</source>
        <translation>Import cancelled: no customer was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="212"/>
        <source>Selesai: {created} nasabah baru, {updated} diperbarui, {skipped} dilewati (sama), {refused} baris salah tidak diimpor</source>
        <translation>Done: {created} new customers, {updated} updated, {skipped} skipped (identical), {refused} invalid rows not imported</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="222"/>
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
        <location filename="../../ui/loan_view.py" line="123"/>
        <source>Pilih pinjaman</source>
        <translation>Select a loan</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="127"/>
        <source>Posisi pinjaman</source>
        <translation>Loan position</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="105"/>
        <location filename="../../ui/loan_view.py" line="130"/>
        <source>Sisa pokok</source>
        <extracomment>The captions of models.payments.payoff_quote&apos;s lines, marked for lupdate and translated where shown.</extracomment>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="105"/>
        <source>Bunga berjalan dan tertunggak</source>
        <translation>Accrued and overdue interest</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="106"/>
        <source>Penalti pelunasan</source>
        <translation>Early payoff penalty</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="106"/>
        <source>Denda</source>
        <translation>Late fees</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="107"/>
        <source>Titipan dipakai</source>
        <translation>Advance applied</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="107"/>
        <source>Bunga yang dibebaskan</source>
        <translation>Interest waived</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="130"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="131"/>
        <source>Denda berjalan</source>
        <translation>Accrued late fee</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="131"/>
        <source>Hari tunggak</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="132"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="132"/>
        <source>Jatuh tempo berikut</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="133"/>
        <source>Titipan</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="133"/>
        <location filename="../../ui/loan_view.py" line="148"/>
        <location filename="../../ui/loan_view.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="147"/>
        <source>Ke</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="147"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="147"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="147"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="147"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="148"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="148"/>
        <source>Denda dibayar</source>
        <translation>Late fee paid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="148"/>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="151"/>
        <source>No. kwitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="151"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="151"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="151"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="151"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="154"/>
        <source>Jadwal angsuran</source>
        <translation>Installment schedule</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="160"/>
        <source>Batalkan pembayaran…</source>
        <translation>Reverse payment…</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="163"/>
        <source>Cetak ulang kwitansi</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="165"/>
        <source>Kembalikan titipan…</source>
        <translation>Refund advance…</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="166"/>
        <source>Bayar kembali kelebihan bayar (titipan) kepada nasabah; disetujui supervisor</source>
        <translation>Pay an overpayment (advance) back to the customer; approved by a supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="178"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="181"/>
        <source>Simulasi pelunasan</source>
        <translation>Payoff quote</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="221"/>
        <source>Lunas {date}</source>
        <translation>Paid {date}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="222"/>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="224"/>
        <source>Tertunggak {days} hari</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="227"/>
        <source>Dibayar sebagian</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="229"/>
        <source>Belum jatuh tempo</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="231"/>
        <source> · denda {fee}</source>
        <translation> · late fee {fee}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="250"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="251"/>
        <source>Dibatalkan: {reason}</source>
        <translation>Reversed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="257"/>
        <source>Titipan dikembalikan</source>
        <translation>Advance refunded</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="266"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="272"/>
        <source>Jumlah pelunasan</source>
        <translation>Payoff amount</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="274"/>
        <source>Pinjaman sudah ditutup.</source>
        <translation>The loan is already closed.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="294"/>
        <source>Batalkan pembayaran</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="295"/>
        <source>Alasan pembatalan kwitansi {no}:</source>
        <translation>Reason for reversing receipt {no}:</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="322"/>
        <source>Titipan {amount} dikembalikan dengan bukti kas keluar {no}.</source>
        <translation>Advance of {amount} refunded with cash-out voucher {no}.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_view.py" line="355"/>
        <source>Rekening pinjaman {no}</source>
        <translation>Loan account {no}</translation>
    </message>
</context>
<context>
    <name>LoansModel</name>
    <message>
        <location filename="../../ui/pages/loans.py" line="35"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="35"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="36"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="36"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="36"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="37"/>
        <source>Sisa pokok</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="37"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="38"/>
        <source>Jatuh tempo tertua</source>
        <translation>Oldest due date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="38"/>
        <source>Hari tunggak</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="39"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <location filename="../../ui/pages/loans.py" line="162"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="165"/>
        <source>Cari no. kontrak, nama atau NIK…</source>
        <translation>Search contract no., name or NIK…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="168"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="172"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="174"/>
        <source>Semua kolektibilitas</source>
        <translation>All collectibility classes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="175"/>
        <source>Menunggak (2–5)</source>
        <translation>In arrears (2–5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="176"/>
        <source>Bermasalah / NPL (3–5)</source>
        <translation>Non-performing / NPL (3–5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="179"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="180"/>
        <source>Daftar pinjaman per hari ini dengan status dan kolektibilitas yang dipilih: tunggakan, hari tunggak, kolektibilitas, NPF</source>
        <translation>Today&apos;s loan book with the chosen status and collectibility: arrears, days past due, collectibility, NPF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="213"/>
        <source>{n} pinjaman</source>
        <translation>{n} loans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="217"/>
        <location filename="../../ui/pages/loans.py" line="238"/>
        <source>Ekspor daftar pinjaman</source>
        <translation>Export the loan book</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="218"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="232"/>
        <source>{n} pinjaman; {rows} baris diekspor ke {path}</source>
        <translation>{n} loans; {rows} rows exported to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="236"/>
        <source>Ekspor dibatalkan: tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="238"/>
        <source>Menulis daftar pinjaman…</source>
        <translation>Writing the loan book…</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/login.py" line="271"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="276"/>
        <source>Layar dikunci karena tidak ada kegiatan.</source>
        <translation>The screen was locked after a period of inactivity.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="279"/>
        <source>Masuk kembali sebagai &lt;b&gt;{name}&lt;/b&gt; ({username}), atau ganti pengguna.</source>
        <translation>Sign in again as &lt;b&gt;{name}&lt;/b&gt; ({username}), or switch user.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="288"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="289"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="294"/>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="296"/>
        <source>Keluar aplikasi</source>
        <translation>Quit application</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="298"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="59"/>
        <source>Masuk — Angsur</source>
        <translation>Sign in — Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="66"/>
        <source>Masuk dengan nama pengguna dan kata sandi Anda.</source>
        <translation>Sign in with your username and password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="72"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="79"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Nasabah</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Simulasi</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Pengajuan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Penagihan</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Buku Besar</source>
        <translation>General Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Angsur — {office}</source>
        <translation>Angsur — {office}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Tentang Angsur</source>
        <translation>&amp;About Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Menunggu meja lain selesai menyimpan… ({s} detik)</source>
        <translation>Waiting for another desk to finish saving… ({s} s)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Pengguna: {name} — {role}</source>
        <translation>User: {name} — {role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Belum masuk</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Basis data: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Cadangan: di server (pg_dump)</source>
        <translation>Backups: on the server (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
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
    <name>PasswordPair</name>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="129"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="130"/>
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
        <location filename="../../ui/pages/base.py" line="82"/>
        <source>Bagian ini belum tersedia pada versi ini.</source>
        <translation>This area is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="45"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="45"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="45"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="45"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>Kesalahan / perubahan</source>
        <translation>Errors / changes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <source>sudah ada, sama (dilewati)</source>
        <translation>already present, identical (skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="51"/>
        <source>sudah ada, berbeda</source>
        <translation>already present, different</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="51"/>
        <source>salah</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="75"/>
        <source>Peringatan: {m}</source>
        <translation>Warning: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="77"/>
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
        <location filename="../../ui/quote_page.py" line="258"/>
        <source>Simulasi kredit</source>
        <translation>Credit quote</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="260"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="313"/>
        <source>batas produk {low}–{high} %, {method}</source>
        <translation>product range {low}–{high} %, {method}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="315"/>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="315"/>
        <source>efektif</source>
        <translation>effective</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="344"/>
        <source>Isi harga OTR untuk melihat simulasi.</source>
        <translation>Enter the OTR price to see the quote.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="345"/>
        <source>Belum ada produk aktif: buat produk di Pengaturan.</source>
        <translation>No active products yet: create a product in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="376"/>
        <source>Uang muka: {dp} ({pct} %)</source>
        <translation>Down payment: {dp} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="377"/>
        <source>Biaya administrasi: {x}</source>
        <translation>Administration fee: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="379"/>
        <source>Provisi: {x}</source>
        <translation>Provision fee: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="381"/>
        <source>Biaya fidusia: {x}</source>
        <translation>Fiducia fee: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="383"/>
        <source>Asuransi {pct} % per tahun, masuk pokok</source>
        <translation>Insurance {pct} % per year, financed in the principal</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="384"/>
        <source>Asuransi {pct} % per tahun, dibayar di muka</source>
        <translation>Insurance {pct} % per year, paid up front</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="386"/>
        <source>Pembayaran pertama: {x}</source>
        <translation>First payment: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="410"/>
        <source>Jadwal angsuran {n} bulan · total bunga {interest} · total dibayar {total}</source>
        <translation>Installment schedule, {n} months · total interest {interest} · total paid {total}</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="420"/>
        <source>Simulasi disalin: tempel di WhatsApp.</source>
        <translation>Quote copied: paste it into WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="424"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/quote_page.py" line="425"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="334"/>
        <source>Pindah portofolio</source>
        <translation>Transfer portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="340"/>
        <source>(nonaktif)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="348"/>
        <source>mis. petugas mengundurkan diri</source>
        <translation>e.g. the officer has resigned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="349"/>
        <source>Hanya nasabah yang tampil di daftar (sesuai pencarian/filter)</source>
        <translation>Only the customers shown in the list (by the current search/filter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="350"/>
        <source>Dari petugas</source>
        <translation>From officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="351"/>
        <source>Ke petugas</source>
        <translation>To officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="352"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="355"/>
        <source>Pindahkan</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="356"/>
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
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../ui/pages/cashier.py" line="37"/>
        <source>Persetujuan penghapusan denda</source>
        <translation>Late fee waiver approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="42"/>
        <source>Denda dihapus</source>
        <translation>Late fee waived</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashier.py" line="43"/>
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
        <location filename="../../ui/settings_tabs/accounts.py" line="55"/>
        <source>akun kontrol (hanya digerakkan buku pembantu)</source>
        <translation>control account (moved only by the subsidiary ledgers)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="56"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="57"/>
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="58"/>
        <location filename="../../ui/settings_tabs/approval_limits.py" line="50"/>
        <location filename="../../ui/settings_tabs/products.py" line="210"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="61"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="63"/>
        <location filename="../../ui/settings_tabs/products.py" line="153"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="64"/>
        <location filename="../../ui/settings_tabs/products.py" line="154"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="65"/>
        <location filename="../../ui/settings_tabs/products.py" line="155"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="66"/>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="97"/>
        <source>(tanpa induk)</source>
        <translation>(no parent)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="116"/>
        <source>Akun baru: isi kode, nama dan jenis.</source>
        <translation>New account: enter the code, name and type.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="134"/>
        <source>Saldo hari ini: {amount}</source>
        <translation>Balance today: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/accounts.py" line="154"/>
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
        <location filename="../../ui/settings_tabs/backup.py" line="133"/>
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
        <location filename="../../ui/settings_tabs/backup.py" line="160"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="95"/>
        <source>Pulihkan dari file…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="98"/>
        <location filename="../../ui/settings_tabs/backup.py" line="179"/>
        <source>Periksa basis data</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="99"/>
        <source>Semua pemeriksaan &apos;check&apos;: integritas, kunci asing, jejak audit, buku besar, pinjaman</source>
        <translation>Every &apos;check&apos; test: integrity, foreign keys, audit trail, ledger, loans</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="107"/>
        <source>Cadangan dibuat dengan API cadangan SQLite, aman walau kasir sedang mencatat pembayaran. Simpan salinan di luar komputer ini (flashdisk, folder bersama) — basis datanya sendiri jangan ditaruh di folder bersama atau OneDrive.</source>
        <translation>Backups use SQLite&apos;s backup API, safe even while a cashier is recording payments. Keep copies off this computer (USB drive, shared folder) — but never put the database itself in a shared folder or OneDrive.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="125"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="126"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="144"/>
        <source>Pengaturan cadangan disimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="157"/>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup created: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="160"/>
        <source>Menyalin basis data…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="163"/>
        <source>Pencadangan dibatalkan: tidak ada berkas yang ditulis.</source>
        <translation>Backup cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="174"/>
        <source>Semua {n} pemeriksaan lulus.</source>
        <translation>All {n} checks passed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="177"/>
        <source>{n} pemeriksaan GAGAL:</source>
        <translation>{n} checks FAILED:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="179"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="181"/>
        <source>Pemeriksaan dibatalkan.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="184"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="185"/>
        <source>Cadangan Angsur (*.db);;Semua file (*)</source>
        <translation>Angsur backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="199"/>
        <source>Pemulihan dari aplikasi hanya untuk basis data SQLite.</source>
        <translation>Restoring from the application works only for SQLite databases.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="215"/>
        <source>Cadangan DITOLAK, basis data tidak diubah: {reason}</source>
        <translation>Backup REFUSED, the database was not changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/backup.py" line="227"/>
        <source>Basis data dipulihkan dari {source} ({checks} pemeriksaan lulus). File lama disimpan sebagai {kept}.</source>
        <translation>Database restored from {source} ({checks} checks passed). The old file was kept as {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/permissions.py" line="78"/>
        <source>Hak setiap peran, seperti yang ditegakkan oleh aplikasi. Tindakan bertanda &quot;pembuat ≠ pemeriksa&quot; juga membutuhkan orang kedua. Peran diubah di tab Pengguna.</source>
        <translation>The permissions of each role, as the application enforces them. Actions marked &quot;maker ≠ checker&quot; also need a second person. Roles are changed on the Users tab.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="94"/>
        <source>Simpan band NPF</source>
        <translation>Save NPF band</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="95"/>
        <source>NPF perusahaan (menentukan DP minimum, POJK 35/2018 Pasal 20)</source>
        <translation>Company NPF (sets the minimum down payment, POJK 35/2018 Art. 20)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="114"/>
        <source>bulanan</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="114"/>
        <source>mingguan</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="115"/>
        <source>dua mingguan</source>
        <translation>fortnightly</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="125"/>
        <source>dibiayai (masuk pokok)</source>
        <translation>financed (added to principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="130"/>
        <source>ke sen terdekat</source>
        <translation>to the nearest sen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="130"/>
        <source>ke rupiah terdekat</source>
        <translation>to the nearest rupiah</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="131"/>
        <source>ke atas, kelipatan Rp 100</source>
        <translation>up, to a multiple of Rp 100</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="131"/>
        <source>ke atas, kelipatan Rp 1.000</source>
        <translation>up, to a multiple of Rp 1.000</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="132"/>
        <source>ke Rp 100 terdekat</source>
        <translation>to the nearest Rp 100</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="132"/>
        <source>ke bawah, rupiah penuh</source>
        <translation>down, to whole rupiah</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="141"/>
        <source>DP minimum (%) per band NPF</source>
        <translation>Minimum down payment (%) per NPF band</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="143"/>
        <source>Roda dua</source>
        <translation>Two-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="144"/>
        <source>Roda empat</source>
        <translation>Four-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="156"/>
        <source>Metode bunga</source>
        <translation>Interest method</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="157"/>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="159"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="159"/>
        <source>standar</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="160"/>
        <source>maks</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="163"/>
        <location filename="../../ui/settings_tabs/products.py" line="176"/>
        <source>% per tahun</source>
        <translation>% per year</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="165"/>
        <source>Suku bunga</source>
        <translation>Interest rate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="171"/>
        <source>Tenor (angsuran)</source>
        <translation>Term (installments)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="172"/>
        <source>Biaya administrasi</source>
        <translation>Administration fee</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="173"/>
        <source>Provisi (% pokok)</source>
        <translation>Provision (% of principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="179"/>
        <source>Asuransi</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="180"/>
        <source>Biaya fidusia</source>
        <translation>Fiducia fee</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="183"/>
        <source>‰ per hari, tenggang</source>
        <translation>‰ per day, grace period</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="185"/>
        <source>hari</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="187"/>
        <source>Denda</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="190"/>
        <source>% angsuran atau</source>
        <translation>% of installment or</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="192"/>
        <source>Batas denda</source>
        <translation>Late fee cap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="193"/>
        <source>Pembulatan angsuran</source>
        <translation>Installment rounding</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="194"/>
        <source>Urutan alokasi</source>
        <translation>Allocation order</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="195"/>
        <source>Penalti pelunasan (% sisa pokok)</source>
        <translation>Early payoff penalty (% of outstanding principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="196"/>
        <source>Rasio angsuran/penghasilan maks. (%)</source>
        <translation>Max. installment/income ratio (%)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="199"/>
        <source>Pemetaan jurnal (JSON)</source>
        <translation>Journal mapping (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="209"/>
        <source>Produk baru</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="211"/>
        <location filename="../../ui/settings_tabs/products.py" line="299"/>
        <location filename="../../ui/settings_tabs/users.py" line="167"/>
        <location filename="../../ui/settings_tabs/users.py" line="202"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/products.py" line="299"/>
        <location filename="../../ui/settings_tabs/users.py" line="202"/>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="145"/>
        <source>Setiap orang masuk dengan akunnya sendiri; peran menentukan apa yang boleh dilakukan (lihat tab Hak akses). Akun tidak dihapus, hanya dinonaktifkan, agar jejak audit tetap utuh.</source>
        <translation>Everyone signs in with their own account; the role decides what they may do (see the Permissions tab). Accounts are never deleted, only deactivated, so that the audit trail stays intact.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="164"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="165"/>
        <source>Ubah peran…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="166"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="239"/>
        <source>Ubah peran {name}</source>
        <translation>Change role of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="242"/>
        <source>Peran baru</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="255"/>
        <source>Kata sandi baru untuk {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="268"/>
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
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="97"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="105"/>
        <source>(semua cabang)</source>
        <translation>(all branches)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="109"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="110"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="111"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_tabs/users.py" line="112"/>
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
        <location filename="../../ui/settings_tabs/users.py" line="135"/>
        <source>kedua kata sandi tidak sama</source>
        <translation>the two passwords do not match</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/login.py" line="178"/>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="179"/>
        <source>Administrator mengelola pengguna dan pengaturan. Pilih kata sandi sendiri (minimal 8 karakter); tidak ada kata sandi bawaan.</source>
        <translation>The administrator manages users and settings. Choose your own password (at least 8 characters); there is no default password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="188"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="189"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="190"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="191"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <location filename="../../ui/login.py" line="141"/>
        <source>Kantor dan cabang pertama</source>
        <translation>Office and first branch</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="145"/>
        <source>mis. PT Mitra Pembiayaan Sejahtera</source>
        <translation>e.g. PT Mitra Pembiayaan Sejahtera</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="154"/>
        <source>mis. Cabang Bandung</source>
        <translation>e.g. Bandung Branch</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="155"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="156"/>
        <source>Jenis kantor</source>
        <translation>Office type</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="157"/>
        <source>Kode cabang</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="158"/>
        <source>Nama cabang</source>
        <translation>Branch name</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <location filename="../../ui/login.py" line="116"/>
        <source>Selamat datang di Angsur</source>
        <translation>Welcome to Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="117"/>
        <source>Basis data ini masih kosong. Siapkan kantor Anda, atau coba Angsur dengan data contoh.</source>
        <translation>This database is still empty. Set up your office, or try Angsur with sample data.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="120"/>
        <source>Siapkan kantor baru</source>
        <translation>Set up a new office</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="121"/>
        <source>Buat data contoh (kantor demo dengan nasabah dan pinjaman rekaan)</source>
        <translation>Create sample data (a demo office with fictitious customers and loans)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="128"/>
        <source>Data contoh memakai pengguna demo (admin, kasir, cmo1, …) dengan kata sandi &lt;b&gt;angsur-demo&lt;/b&gt;. Jangan dipakai untuk data sungguhan.</source>
        <translation>The sample data uses demo users (admin, kasir, cmo1, …) with the password &lt;b&gt;angsur-demo&lt;/b&gt;. Do not use it for real data.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="40"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>Membuat cadangan harian…</source>
        <translation>Making the daily backup…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Cadangan harian dibuat: {file}</source>
        <translation>Daily backup made: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>Cadangan harian gagal: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="16"/>
        <source>Periksa isian berikut:</source>
        <translation>Please check the following fields:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="23"/>
        <source>Berkas {path} tidak dapat ditulis atau dibaca: {reason}.</source>
        <translation>The file {path} cannot be written or read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="25"/>
        <source>Berkas tidak dapat ditulis atau dibaca: {reason}.</source>
        <translation>A file cannot be written or read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="28"/>
        <source>Terjadi kesalahan yang tidak terduga: {error}. Tidak ada data yang tersimpan sebagian.</source>
        <translation>An unexpected error occurred: {error}. Nothing was partially saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="36"/>
        <source>Tidak dapat disimpan</source>
        <translation>Could not be saved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/application_form.py" line="32"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="81"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="98"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/label_texts.py" line="7"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="8"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="9"/>
        <source>Akuntan</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="10"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="11"/>
        <source>Alasan lain (lihat keterangan).</source>
        <translation>Other reason (see remarks).</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="12"/>
        <source>Alasan status</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="13"/>
        <source>Angsuran bunga</source>
        <translation>Interest installment</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="14"/>
        <source>Angsuran disesuaikan dengan penghasilan bersih pemohon.</source>
        <translation>The installment is adjusted to the applicant&apos;s net income.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="15"/>
        <source>Angsuran pokok</source>
        <translation>Principal installment</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="16"/>
        <source>Aset</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="17"/>
        <source>BPKB / STNK</source>
        <translation>BPKB / STNK</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="18"/>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="19"/>
        <source>Beban</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="20"/>
        <source>Belum kawin</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="21"/>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="22"/>
        <source>Biaya administrasi</source>
        <translation>Administration fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="23"/>
        <source>Biaya fidusia (dititipkan untuk notaris)</source>
        <translation>Fiducia fee (held for the notary)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="24"/>
        <source>Bukti tempat tinggal (PBB / rekening listrik)</source>
        <translation>Proof of residence (PBB / electricity bill)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="25"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="26"/>
        <source>Bunga dibebaskan</source>
        <translation>Interest waived</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="27"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="28"/>
        <source>Capacity (kemampuan bayar)</source>
        <translation>Capacity (ability to repay)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="29"/>
        <source>Capital (modal)</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="30"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="31"/>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="32"/>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="33"/>
        <source>Character (watak)</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="34"/>
        <source>Collateral (jaminan)</source>
        <translation>Collateral</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="35"/>
        <source>Condition (kondisi)</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="36"/>
        <source>Daftar hitam</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="37"/>
        <source>Dalam Perhatian Khusus</source>
        <translation>Special mention</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="38"/>
        <source>Data pemohon (alamat, pekerjaan atau penghasilan) tidak dapat dipastikan saat survei.</source>
        <translation>The applicant&apos;s details (address, occupation or income) could not be confirmed during the survey.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="39"/>
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="40"/>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="41"/>
        <source>Dealer mobil</source>
        <translation>Car dealer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="42"/>
        <source>Dealer motor</source>
        <translation>Motorcycle dealer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="43"/>
        <source>Denda</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="44"/>
        <source>Denda keterlambatan</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="45"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="46"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="47"/>
        <source>Dicairkan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="48"/>
        <source>Dikembalikan ke petugas</source>
        <translation>Returned to the officer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="49"/>
        <source>Dipinjam</source>
        <translation>Lent out</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="50"/>
        <source>Diragukan</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="51"/>
        <source>Diserahkan ke nasabah</source>
        <translation>Handed over to the customer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="52"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="53"/>
        <source>Disetujui dengan syarat (tawaran ulang)</source>
        <translation>Approved with conditions (counter-offer)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="54"/>
        <source>Disimpan</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="55"/>
        <source>Disurvei</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="56"/>
        <source>Ditawar ulang</source>
        <translation>Counter-offered</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="57"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="58"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="59"/>
        <source>Dokumen wajib belum lengkap atau tidak sesuai dengan data pengajuan.</source>
        <translation>Required documents are incomplete or do not match the application.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="60"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="61"/>
        <source>Ekspor data pribadi nasabah (dicatat)</source>
        <translation>Export customers&apos; personal data (logged)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="62"/>
        <source>Ekspor laporan ke Excel/PDF</source>
        <translation>Export reports to Excel/PDF</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="63"/>
        <source>Ekuitas</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="64"/>
        <source>Elektronik</source>
        <translation>Electronics</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="65"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="66"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="67"/>
        <source>Hapus buku</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="68"/>
        <source>Hapus buku (pembuat ≠ pemeriksa)</source>
        <translation>Write off loans (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="69"/>
        <source>Hasil verifikasi karakter dan riwayat pembayaran kredit sebelumnya belum memenuhi syarat.</source>
        <translation>The character check and previous credit payment history do not meet the requirements.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="70"/>
        <source>Hubungan kontak darurat</source>
        <translation>Emergency contact&apos;s relationship</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="71"/>
        <source>Impor nasabah dari Excel</source>
        <translation>Import customers from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="72"/>
        <source>Jasa simpanan</source>
        <translation>Savings interest</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="73"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="74"/>
        <source>Jurnal umum</source>
        <translation>General journal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="75"/>
        <source>Jurnal umum manual</source>
        <translation>Manual general journal entries</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="76"/>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="77"/>
        <source>KTP pemohon (dan pasangan)</source>
        <translation>Applicant&apos;s KTP (and spouse&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="78"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="79"/>
        <source>Kartu Keluarga</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="80"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="81"/>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="82"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="83"/>
        <source>Kelurahan/Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="84"/>
        <source>Kemampuan bayar belum mencukupi: angsuran melebihi batas yang aman dari penghasilan bersih pemohon.</source>
        <translation>Insufficient repayment capacity: the installment exceeds the safe share of the applicant&apos;s net income.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="85"/>
        <source>Kendaraan atau jaminan tidak memenuhi syarat pembiayaan.</source>
        <translation>The vehicle or collateral does not qualify for financing.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="86"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="87"/>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="88"/>
        <source>Kolektor</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="89"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="90"/>
        <source>Kontrak</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="91"/>
        <source>Kredit modal kerja</source>
        <translation>Working capital loan</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="92"/>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="93"/>
        <source>Kurang Lancar</source>
        <translation>Substandard</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="94"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="95"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="96"/>
        <source>Lancar</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="97"/>
        <source>Layak dengan syarat</source>
        <translation>Eligible with conditions</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="98"/>
        <source>Layak disetujui</source>
        <translation>Eligible for approval</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="99"/>
        <source>Liabilitas</source>
        <translation>Liabilities</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="100"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="101"/>
        <source>Lunas dipercepat</source>
        <translation>Paid off early</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="102"/>
        <source>Macet</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="103"/>
        <source>Manajer</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="104"/>
        <source>Melihat NIK dan telepon tanpa sensor (dicatat)</source>
        <translation>See NIK and phone numbers unmasked (logged)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="105"/>
        <source>Melihat buku besar dan laporan keuangan</source>
        <translation>View the general ledger and financial statements</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="106"/>
        <source>Melihat jejak audit</source>
        <translation>View the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="107"/>
        <source>Melihat laporan</source>
        <translation>View reports</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="108"/>
        <source>Melihat nasabah (petugas: portofolio sendiri)</source>
        <translation>View customers (officers: own portfolio)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="109"/>
        <source>Melihat semua portofolio</source>
        <translation>View all portfolios</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="110"/>
        <source>Membatalkan pembayaran (pembuat ≠ pemeriksa)</source>
        <translation>Reverse payments (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="111"/>
        <source>Membuat cadangan</source>
        <translation>Make backups</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="112"/>
        <source>Membuat dan mengajukan permohonan kredit</source>
        <translation>Create and submit credit applications</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="113"/>
        <source>Membuat kontrak</source>
        <translation>Make contracts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="114"/>
        <source>Membuka kembali periode (pembuat ≠ pemeriksa)</source>
        <translation>Reopen periods (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="115"/>
        <source>Memindahkan portofolio antar petugas</source>
        <translation>Move portfolios between officers</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="116"/>
        <source>Memulihkan dari cadangan (pembuat ≠ pemeriksa)</source>
        <translation>Restore from a backup (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="117"/>
        <source>Menambah/mengubah nasabah (petugas: portofolio sendiri)</source>
        <translation>Add/edit customers (officers: own portfolio)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="118"/>
        <source>Mencairkan pinjaman (pembuat ≠ pemeriksa)</source>
        <translation>Disburse loans (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="119"/>
        <source>Mencatat mutasi BPKB/jaminan</source>
        <translation>Record BPKB/collateral movements</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="120"/>
        <source>Mencatat tindak lanjut nasabah</source>
        <translation>Log customer follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="121"/>
        <source>Menerima pembayaran angsuran</source>
        <translation>Take installment payments</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="122"/>
        <source>Mengatur produk pinjaman</source>
        <translation>Set up loan products</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="123"/>
        <source>Mengelola dealer</source>
        <translation>Manage dealers</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="124"/>
        <source>Mengelola pengguna</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="125"/>
        <source>Menghapus denda dengan alasan</source>
        <translation>Waive late fees with a reason</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="126"/>
        <source>Mengubah bagan akun</source>
        <translation>Change the chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="127"/>
        <source>Mengubah pengaturan</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="128"/>
        <source>Mengubah peran pengguna (pembuat ≠ pemeriksa)</source>
        <translation>Change user roles (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="129"/>
        <source>Menunggu dari dealer</source>
        <translation>Awaiting from dealer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="130"/>
        <source>Menyetujui/menolak permohonan (bukan milik sendiri)</source>
        <translation>Approve/reject applications (not one&apos;s own)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="131"/>
        <source>Milik keluarga/orang tua</source>
        <translation>Family/parents&apos; home</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="132"/>
        <source>Milik sendiri</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="133"/>
        <source>Motor &amp; mobil</source>
        <translation>Motorcycles &amp; cars</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="134"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="135"/>
        <source>NIK pasangan</source>
        <translation>Spouse&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="136"/>
        <source>NPF 1–3 %</source>
        <translation>NPF 1–3 %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="137"/>
        <source>NPF 3–5 %</source>
        <translation>NPF 3–5 %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="138"/>
        <source>NPF &gt; 5 %</source>
        <translation>NPF &gt; 5 %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="139"/>
        <source>NPF ≤ 1 %</source>
        <translation>NPF ≤ 1 %</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="140"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="141"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="142"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="143"/>
        <source>Nama pasangan</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="144"/>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="145"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="146"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="147"/>
        <source>Payment point</source>
        <translation>Payment point</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="148"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="149"/>
        <source>Pekerjaan atau usaha pemohon belum stabil (kurang dari satu tahun berjalan).</source>
        <translation>The applicant&apos;s job or business is not yet stable (less than one year).</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="150"/>
        <source>Pelunasan</source>
        <translation>Payoff</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="151"/>
        <source>Pelunasan dipercepat</source>
        <translation>Early payoff</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="152"/>
        <source>Pelunasan dipercepat (pokok)</source>
        <translation>Early payoff (principal)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="153"/>
        <source>Pemakaian titipan</source>
        <translation>Advance applied</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="154"/>
        <source>Pembalikan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="155"/>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="156"/>
        <source>Pembiayaan kendaraan</source>
        <translation>Vehicle financing</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="157"/>
        <source>Penagihan: kunjungan, janji bayar, SP</source>
        <translation>Collections: visits, promises to pay, warning letters (SP)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="158"/>
        <source>Penalti pelunasan</source>
        <translation>Early payoff penalty</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="159"/>
        <source>Penalti pelunasan dipercepat</source>
        <translation>Early payoff penalty</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="160"/>
        <source>Penarikan simpanan</source>
        <translation>Savings withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="161"/>
        <source>Pencairan</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="162"/>
        <source>Pencairan pinjaman</source>
        <translation>Loan disbursement</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="163"/>
        <source>Pendapatan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="164"/>
        <source>Penerimaan piutang hapus buku</source>
        <translation>Recovery of written-off loans</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="165"/>
        <source>Pengeluaran/bulan</source>
        <translation>Expenses/month</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="166"/>
        <source>Pengembalian titipan</source>
        <translation>Advance refund</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="167"/>
        <source>Penghapusan denda</source>
        <translation>Late fee waiver</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="168"/>
        <source>Penghasilan/bulan</source>
        <translation>Income/month</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="169"/>
        <source>Penyisihan kerugian piutang</source>
        <translation>Loan loss provision</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="170"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="171"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="172"/>
        <source>Petugas Kredit (CMO/AO)</source>
        <translation>Credit Officer (CMO/AO)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="173"/>
        <source>Pinjaman anggota</source>
        <translation>Member loan</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="174"/>
        <source>Pinjaman tunai</source>
        <translation>Cash loan</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="175"/>
        <source>Pinjamkan</source>
        <translation>Lend out</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="176"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="177"/>
        <source>Premi asuransi</source>
        <translation>Insurance premium</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="178"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="179"/>
        <source>Provisi</source>
        <translation>Provision fee</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="180"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="181"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="182"/>
        <source>Referensi</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="183"/>
        <source>Rekening koran</source>
        <translation>Bank statement</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="184"/>
        <source>Rekening koran 3 bulan</source>
        <translation>3 months&apos; bank statements</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="185"/>
        <source>Riwayat kredit pemohon memerlukan uang muka yang lebih besar.</source>
        <translation>The applicant&apos;s credit history calls for a larger down payment.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="186"/>
        <source>Rumah dinas</source>
        <translation>Company housing</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="187"/>
        <source>Saldo awal</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="188"/>
        <source>Serahkan ke nasabah</source>
        <translation>Hand over to the customer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="189"/>
        <source>Setoran simpanan</source>
        <translation>Savings deposit</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="190"/>
        <source>Setoran/penarikan simpanan</source>
        <translation>Savings deposits/withdrawals</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="191"/>
        <source>Sewa/kontrak</source>
        <translation>Rented/leased</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="192"/>
        <source>Simpan di brankas</source>
        <translation>Store in the safe</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="193"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="194"/>
        <source>Slip gaji</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="195"/>
        <source>Slip gaji / SKU (surat keterangan usaha)</source>
        <translation>Payslip / SKU (business certificate)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="196"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="197"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="198"/>
        <source>Status rumah</source>
        <translation>Home ownership</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="199"/>
        <source>Supervisor / Kepala Cabang</source>
        <translation>Supervisor / Branch Head</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="200"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="201"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="202"/>
        <source>Telepon 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="203"/>
        <source>Telepon kontak darurat</source>
        <translation>Emergency contact phone</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="204"/>
        <source>Telepon pasangan</source>
        <translation>Spouse&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="205"/>
        <source>Tempat kerja/usaha</source>
        <translation>Employer/business</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="206"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="207"/>
        <source>Tempat tinggal pemohon belum tetap atau di luar wilayah layanan cabang.</source>
        <translation>The applicant has no permanent residence or lives outside the branch&apos;s service area.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="208"/>
        <source>Tenor diperpendek untuk mengurangi risiko pembiayaan.</source>
        <translation>The term is shortened to reduce the financing risk.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="209"/>
        <source>Terima BPKB</source>
        <translation>Receive BPKB</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="210"/>
        <source>Tidak layak</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="211"/>
        <source>Titipan</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="212"/>
        <source>Titipan (kelebihan bayar)</source>
        <translation>Advance (overpayment)</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="213"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="214"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="215"/>
        <source>Tutup buku</source>
        <translation>Year-end closing</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="216"/>
        <source>Tutup buku bulanan/tahunan</source>
        <translation>Month-end/year-end closing</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="217"/>
        <source>Uang muka perlu ditambah agar angsuran sesuai dengan kemampuan bayar pemohon.</source>
        <translation>The down payment must be raised so that the installment fits the applicant&apos;s repayment capacity.</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="218"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="219"/>
        <source>bulan</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="220"/>
        <source>efektif anuitas</source>
        <translation>effective annuity</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="221"/>
        <source>efektif menurun</source>
        <translation>effective declining balance</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="222"/>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="223"/>
        <source>minggu</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="224"/>
        <source>periode dua mingguan</source>
        <translation>fortnight</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="225"/>
        <source>roda dua</source>
        <translation>two-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/label_texts.py" line="226"/>
        <source>roda empat</source>
        <translation>four-wheeler</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../ui/login.py" line="106"/>
        <source>Perusahaan pembiayaan (leasing)</source>
        <translation>Finance company (leasing)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="107"/>
        <source>BPR (Bank Perekonomian Rakyat)</source>
        <translation>BPR (Bank Perekonomian Rakyat)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="108"/>
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
