<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="360"/>
        <source>Tentang Angsur</source>
        <translation>About Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="362"/>
        <source>Angsur {version}</source>
        <translation>Angsur {version}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="366"/>
        <source>Aplikasi meja untuk kantor kredit: leasing, BPR dan koperasi simpan pinjam.&lt;br&gt;Nasabah, pengajuan, angsuran, kasir, penagihan, simpanan, buku besar dan laporan.&lt;br&gt;&lt;br&gt;Data wilayah: Kepmendagri No. 300.2.2-2138 Tahun 2025, dari cahyadsn/wilayah (MIT, © 2017-2025 Cahya DSN).&lt;br&gt;Ikon: Lucide (ISC).</source>
        <translation>Desk application for credit offices: leasing, rural banks (BPR) and savings-and-loan cooperatives.&lt;br&gt;Customers, applications, installments, cashier, collections, savings, general ledger and reports.&lt;br&gt;&lt;br&gt;Region data: Kepmendagri No. 300.2.2-2138 of 2025, from cahyadsn/wilayah (MIT, © 2017-2025 Cahya DSN).&lt;br&gt;Icons: Lucide (ISC).</translation>
    </message>
</context>
<context>
    <name>AccountingTab</name>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="38"/>
        <source>Akuntansi</source>
        <translation>Accounting</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="40"/>
        <source>Bagan akun</source>
        <translation>Chart of accounts</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../ui/credit/application_form.py" line="59"/>
        <source>Pengajuan kredit baru</source>
        <translation>New credit application</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="60"/>
        <source>Ubah pengajuan {number}</source>
        <translation>Edit application {number}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="76"/>
        <source>Nasabah dan sumber order</source>
        <translation>Customer and order source</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="81"/>
        <source>Ketik nama, NIK atau telepon lalu Enter</source>
        <translation>Type a name, NIK or phone number and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="83"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="87"/>
        <source>Cari nasabah</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="90"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="96"/>
        <source>Sumber order</source>
        <translation>Order source</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="102"/>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="105"/>
        <source>Sales dealer</source>
        <translation>Dealer salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="108"/>
        <source>Pemberi referensi</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="111"/>
        <source>Produk dan objek</source>
        <translation>Product and collateral</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="118"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="123"/>
        <source>Jenis kendaraan</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="127"/>
        <source>Investasi / modal kerja</source>
        <translation>Investment / working capital</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="128"/>
        <source>Multiguna</source>
        <translation>Multipurpose</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="129"/>
        <source>Tujuan pembiayaan</source>
        <translation>Financing purpose</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="134"/>
        <source>Merek</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="137"/>
        <source>Tipe</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="144"/>
        <source>Warna</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="147"/>
        <source>Kendaraan</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="152"/>
        <source>No. rangka</source>
        <translation>Chassis no.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="155"/>
        <source>No. mesin</source>
        <translation>Engine no.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="158"/>
        <source>No. polisi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="161"/>
        <source>Nomor</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="166"/>
        <source>Tujuan penggunaan</source>
        <translation>Purpose of use</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="170"/>
        <source>Pembiayaan</source>
        <translation>Financing</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="174"/>
        <location filename="../../ui/credit/application_form.py" line="272"/>
        <source>Harga OTR</source>
        <translation>OTR price</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="178"/>
        <source>Uang muka (DP)</source>
        <translation>Down payment (DP)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="184"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="187"/>
        <source>standar produk</source>
        <translation>product default</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="189"/>
        <source>Bunga % per tahun</source>
        <translation>Interest % per year</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="191"/>
        <source>Tenor</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="195"/>
        <source>Hitungan</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="198"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="204"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="241"/>
        <source>(tidak ditemukan)</source>
        <translation>(not found)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="253"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="272"/>
        <source>Plafon diajukan</source>
        <translation>Amount requested</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="276"/>
        <source>standar {rate} %</source>
        <translation>default {rate} %</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="312"/>
        <source>Isi harga dan tenor untuk melihat angsuran.</source>
        <translation>Enter the price and term to see the installment.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="325"/>
        <source>Pokok dibiayai &lt;b&gt;{financed}&lt;/b&gt; · angsuran &lt;b&gt;{installment}&lt;/b&gt; × {tenor} · bayar pertama {first} · bunga efektif {effective} % per tahun</source>
        <translation>Amount financed &lt;b&gt;{financed}&lt;/b&gt; · installment &lt;b&gt;{installment}&lt;/b&gt; × {tenor} · first payment {first} · effective rate {effective} % per year</translation>
    </message>
</context>
<context>
    <name>ApplicationModel</name>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="54"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="54"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="55"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="55"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="56"/>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="56"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="57"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="57"/>
        <source>Tenor</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="58"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="152"/>
        <source>Kontrak {contract}</source>
        <translation>Contract {contract}</translation>
    </message>
</context>
<context>
    <name>ApplicationSummary</name>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="49"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="49"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="50"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="50"/>
        <source>Kendaraan</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="51"/>
        <source>Harga OTR</source>
        <translation>OTR price</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="51"/>
        <source>Uang muka</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="52"/>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="53"/>
        <source>Pokok dibiayai</source>
        <translation>Amount financed</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="54"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="55"/>
        <source>{amount} × {tenor} bulan</source>
        <translation>{amount} × {tenor} months</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="56"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="57"/>
        <source>{rate} % per tahun, efektif {eff} %</source>
        <translation>{rate} % per year, effective {eff} %</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="58"/>
        <source>Bayar pertama</source>
        <translation>First payment</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="59"/>
        <source>Kontrak</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="60"/>
        <source>Belum disurvei.</source>
        <translation>Not surveyed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="61"/>
        <source>Survei</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="62"/>
        <source>Kemampuan bayar</source>
        <translation>Repayment capacity</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="63"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="63"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="64"/>
        <source>Rekomendasi petugas</source>
        <translation>Officer&apos;s recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="65"/>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="66"/>
        <source>sistem</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="67"/>
        <source>Order tanpa dealer (datang langsung / referensi).</source>
        <translation>Order without a dealer (walk-in / referral).</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="68"/>
        <source>Pengajuan dikirim</source>
        <translation>Applications sent</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="69"/>
        <source>Disetujui / ditolak</source>
        <translation>Approved / rejected</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="70"/>
        <source>Tingkat persetujuan</source>
        <translation>Approval rate</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="71"/>
        <source>Nasabah terlambat (12 angsuran pertama)</source>
        <translation>Customers late (first 12 installments)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="72"/>
        <source>Rata-rata cabang</source>
        <translation>Branch average</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="73"/>
        <source>Peringkat di cabang</source>
        <translation>Rank in the branch</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="74"/>
        <source>Gagal bayar angsuran pertama (FPD)</source>
        <translation>First-payment default (FPD)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="75"/>
        <source>Menunggak 30+ hari pada bulan ke-6</source>
        <translation>30+ days past due in month 6</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="76"/>
        <source>{dealer} (cabang {branch})</source>
        <translation>{dealer} (branch {branch})</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="184"/>
        <source>Pengajuan Kredit</source>
        <translation>Credit Applications</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="189"/>
        <source>Cari nomor, nasabah atau kontrak</source>
        <translation>Search number, customer or contract</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="193"/>
        <source>Pengajuan baru</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="221"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="222"/>
        <source>Survei</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="223"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="224"/>
        <source>Putuskan…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="225"/>
        <location filename="../../ui/credit/applications_page.py" line="435"/>
        <source>Buat kontrak</source>
        <translation>Create contract</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="226"/>
        <source>Cairkan…</source>
        <translation>Disburse…</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="227"/>
        <source>Batalkan</source>
        <translation>Cancel application</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="233"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="237"/>
        <source>Surat untuk dealer</source>
        <translation>Letter to the dealer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="238"/>
        <source>Ringkasan kontrak</source>
        <translation>Contract summary</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="240"/>
        <source>Purchase order ke dealer</source>
        <translation>Purchase order to the dealer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="241"/>
        <source>Perjanjian pembiayaan lengkap</source>
        <translation>Full financing agreement</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="281"/>
        <source>Semua ({n})</source>
        <translation>All ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="283"/>
        <source>Antrian persetujuan ({n})</source>
        <translation>Approval queue ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="300"/>
        <source>{n} pengajuan</source>
        <translation>{n} applications</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="436"/>
        <source>Buat kontrak untuk {customer}, pokok {amount}? Nomor kontrak diambil dari urutan cabang dan tidak dapat dipakai ulang.</source>
        <translation>Create a contract for {customer}, principal {amount}? The contract number is taken from the branch&apos;s sequence and cannot be reused.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="463"/>
        <source>Batalkan pengajuan</source>
        <translation>Cancel application</translation>
    </message>
    <message>
        <location filename="../../ui/credit/applications_page.py" line="463"/>
        <source>Alasan pembatalan:</source>
        <translation>Reason for cancelling:</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="185"/>
        <source>Keputusan pengajuan {number}</source>
        <translation>Decision on application {number}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="199"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="204"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="204"/>
        <source>Setujui dengan syarat lain</source>
        <translation>Approve with different terms</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="205"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="205"/>
        <source>Kembalikan ke petugas</source>
        <translation>Return to officer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="213"/>
        <source>Putusan</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="216"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="226"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="227"/>
        <source>DP baru</source>
        <translation>New down payment</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="229"/>
        <source>Tenor baru</source>
        <translation>New term</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="233"/>
        <source>Syarat baru</source>
        <translation>New terms</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="237"/>
        <source>keterangan tambahan (dicetak pada surat untuk dealer)</source>
        <translation>additional remarks (printed on the letter to the dealer)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="238"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="240"/>
        <source>Simpan keputusan</source>
        <translation>Save decision</translation>
    </message>
</context>
<context>
    <name>ApprovalLimitsTab</name>
    <message>
        <location filename="../../ui/settings/approval_limits_tab.py" line="24"/>
        <source>Batas persetujuan</source>
        <translation>Approval limits</translation>
    </message>
    <message>
        <location filename="../../ui/settings/approval_limits_tab.py" line="29"/>
        <source>Pokok pembiayaan terbesar yang boleh disetujui tiap peran. Di atas batas, pengajuan harus diputus peran yang lebih tinggi. Pemutus tidak pernah boleh menyetujui pengajuannya sendiri.</source>
        <translation>The largest amount financed each role may approve. Above it, a higher role must decide. A decider may never approve their own application.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="112"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/collections/page.py" line="316"/>
        <source>Penugasan kolektor</source>
        <translation>Collector assignment</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="324"/>
        <source>Rekening terpilih</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="329"/>
        <source>Kolektor</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="330"/>
        <source>Tugaskan</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="331"/>
        <source>Nama wilayah</source>
        <translation>Area name</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="332"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="340"/>
        <source>per wilayah</source>
        <translation>by area</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="340"/>
        <source>satu per satu</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="344"/>
        <source>Belum pernah ditugaskan.</source>
        <translation>Never assigned yet.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="345"/>
        <source>Riwayat penugasan rekening ini</source>
        <translation>Assignment history of this account</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="35"/>
        <location filename="../../ui/settings/audit_viewer.py" line="147"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="36"/>
        <location filename="../../ui/settings/audit_viewer.py" line="147"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="36"/>
        <location filename="../../ui/settings/audit_viewer.py" line="148"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="35"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="35"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="36"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="37"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="37"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="148"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="149"/>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="152"/>
        <source>Saring</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="175"/>
        <location filename="../../ui/settings/audit_viewer.py" line="226"/>
        <location filename="../../ui/settings/audit_viewer.py" line="228"/>
        <source>Periksa rantai audit</source>
        <translation>Verify audit chain</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="177"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="192"/>
        <source>(semua)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="218"/>
        <source>{n} baris</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="224"/>
        <source>Rantai audit RUSAK: ada perubahan di luar aplikasi.</source>
        <translation>Audit chain BROKEN: records were changed outside the application.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="229"/>
        <source>Rantai audit utuh: {n} baris. Kepala rantai #{seq} {hash}…</source>
        <translation>Audit chain intact: {n} rows. Chain head #{seq} {hash}…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="234"/>
        <source>Ekspor jejak audit</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/settings/audit_viewer.py" line="235"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="39"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>CashReportTab</name>
    <message>
        <location filename="../../ui/reports/page.py" line="145"/>
        <source>Semua kasir</source>
        <translation>All cashiers</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="150"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="151"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="152"/>
        <source>Cetak laporan kas harian…</source>
        <translation>Print daily cash report…</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <location filename="../../ui/cashier/page.py" line="88"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="96"/>
        <source>No. kontrak, nama nasabah atau NIK…</source>
        <translation>Contract no., customer name or NIK…</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="99"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="99"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="99"/>
        <location filename="../../ui/cashier/page.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="100"/>
        <source>Sisa pokok</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="106"/>
        <source>Kwitansi hari ini</source>
        <translation>Today&apos;s receipts</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="107"/>
        <source>No. kwitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="107"/>
        <source>Kontrak</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="107"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="116"/>
        <source>Laporan kas harian…</source>
        <translation>Daily cash report…</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="117"/>
        <source>Tutup kas…</source>
        <translation>Close the day…</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="126"/>
        <source>Terima pembayaran</source>
        <translation>Receive payment</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="128"/>
        <source>Pilih pinjaman lebih dulu.</source>
        <translation>Select a loan first.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="133"/>
        <source>1 angsuran</source>
        <translation>1 installment</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="134"/>
        <source>Semua tunggakan</source>
        <translation>All arrears</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="135"/>
        <source>Pelunasan</source>
        <translation>Payoff</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="139"/>
        <source>Isi cepat</source>
        <translation>Quick fill</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="141"/>
        <source>Jumlah diterima</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="144"/>
        <source>Simpanan wajib</source>
        <translation>Compulsory savings</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="154"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="156"/>
        <source>No. referensi transfer / payment point</source>
        <translation>Transfer / payment point reference no.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="157"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="163"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="167"/>
        <source>dana masuk lebih awal, tanggal valuta:</source>
        <translation>money arrived earlier, value date:</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="179"/>
        <source>Valuta</source>
        <translation>Value date</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="181"/>
        <source>Hapus denda (supervisor)…</source>
        <translation>Waive late fee (supervisor)…</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="182"/>
        <source>Terima &amp;&amp; cetak kwitansi</source>
        <translation>Receive &amp;&amp; print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="227"/>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="228"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="312"/>
        <source>Tunggakan {n} angsuran: &lt;b&gt;{arrears}&lt;/b&gt;</source>
        <translation>Arrears, {n} installments: &lt;b&gt;{arrears}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="314"/>
        <source>Denda: &lt;b&gt;{fee}&lt;/b&gt;</source>
        <translation>Late fee: &lt;b&gt;{fee}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="316"/>
        <source>Titipan: {adv}</source>
        <translation>Advance: {adv}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="317"/>
        <source>Untuk lunas tunggakan: &lt;b&gt;{all}&lt;/b&gt;</source>
        <translation>To clear the arrears: &lt;b&gt;{all}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="346"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="346"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="350"/>
        <source>{n} kwitansi, jumlah {total}</source>
        <translation>{n} receipts, total {total}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="361"/>
        <source>Mode: PELUNASAN DIPERCEPAT — pinjaman akan ditutup</source>
        <translation>Mode: EARLY PAYOFF — the loan will be closed</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="363"/>
        <source>Denda dihapus {amount} (disetujui {who})</source>
        <translation>Late fee waived {amount} (approved by {who})</translation>
    </message>
</context>
<context>
    <name>CheckerDialog</name>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="47"/>
        <source>Konfirmasi pemulihan</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="49"/>
        <source>Seluruh basis data akan diganti dengan isi cadangan &lt;b&gt;{name}&lt;/b&gt;. File yang sekarang disimpan di sampingnya. Orang kedua (manajer, akuntan atau administrator lain) mengonfirmasi dengan akunnya sendiri.</source>
        <translation>The whole database will be replaced by the contents of backup &lt;b&gt;{name}&lt;/b&gt;. The current file is kept next to it. A second person (manager, accountant or another administrator) confirms with their own account.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="58"/>
        <source>Nama pengguna pemeriksa</source>
        <translation>Checker&apos;s username</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="59"/>
        <source>Kata sandi pemeriksa</source>
        <translation>Checker&apos;s password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="61"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <location filename="../../ui/collections/page.py" line="1248"/>
        <source>Penagihan</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1257"/>
        <source>Daftar kerja hari ini</source>
        <translation>Today&apos;s worklist</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1258"/>
        <source>Prematur dan vintage</source>
        <translation>Premature arrears and vintage</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1259"/>
        <source>Surat peringatan</source>
        <translation>Warning letters</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1260"/>
        <source>Restrukturisasi</source>
        <translation>Restructuring</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1261"/>
        <source>Tarik unit dan hapus buku</source>
        <translation>Repossession and write-off</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1262"/>
        <source>Hasil kolektor</source>
        <translation>Collector results</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1263"/>
        <source>Kualitas portofolio</source>
        <translation>Portfolio quality</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/collections/page.py" line="213"/>
        <source>Hasil kunjungan/telepon {contract}</source>
        <extracomment>Cashier figures (late fees included, one counter view per loan, ~2 ms each at 100.000 loans) are computed for this many rows at a time: about what a screen paints at 1280×800 (issue 18: opens under 0,3 s).</extracomment>
        <translation>Visit/call result {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="225"/>
        <source>Belum ada kontak.</source>
        <translation>No contacts yet.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="240"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="241"/>
        <source>Cara</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="242"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="243"/>
        <source>Janji bayar tanggal</source>
        <translation>Promise to pay on</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="244"/>
        <source>Janji bayar jumlah</source>
        <translation>Promised amount</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="245"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CustomerCollectionHistory</name>
    <message>
        <location filename="../../ui/collections/page.py" line="1217"/>
        <location filename="../../ui/collections/page.py" line="1221"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1217"/>
        <location filename="../../ui/collections/page.py" line="1221"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1217"/>
        <source>Cara</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1217"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1218"/>
        <source>Janji</source>
        <translation>Promised on</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1218"/>
        <location filename="../../ui/collections/page.py" line="1222"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1218"/>
        <source>Status janji</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1218"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1219"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1221"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1221"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/customers/page.py" line="445"/>
        <source>← Daftar nasabah</source>
        <translation>← Customer list</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="450"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="452"/>
        <source>Tampilkan NIK/telepon</source>
        <translation>Show NIK/phone</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="453"/>
        <source>Tercatat di jejak audit</source>
        <translation>Recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="464"/>
        <source>Data</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="465"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="465"/>
        <source>Belum ada pinjaman.</source>
        <translation>No loans yet.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="466"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="466"/>
        <source>Belum ada pembayaran.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="467"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="467"/>
        <source>Belum ada simpanan.</source>
        <translation>No savings yet.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="476"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="480"/>
        <source>Penagihan</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="505"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="506"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="507"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="509"/>
        <source>Tempat/tgl lahir</source>
        <translation>Place/date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="511"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="512"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="514"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="515"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="516"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="518"/>
        <source>Penghasilan/pengeluaran</source>
        <translation>Income/expenses</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="520"/>
        <source>Pasangan</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="521"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="524"/>
        <source>Status rumah</source>
        <translation>Home ownership</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="525"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="526"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="538"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="538"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="538"/>
        <source>Ukuran/lokasi</source>
        <translation>Size/location</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="547"/>
        <source>Lampirkan berkas…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="556"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="566"/>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="573"/>
        <source>Lampirkan berkas</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="574"/>
        <source>Gambar dan PDF (*.jpg *.jpeg *.png *.pdf);;Semua (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="590"/>
        <source>Berkas tidak bisa dibaca: {e}</source>
        <translation>The file cannot be read: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="603"/>
        <source>(sebelumnya {name}, dipindah {date}: {reason})</source>
        <translation>(previously {name}, transferred {date}: {reason})</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="83"/>
        <source>Nasabah baru</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="83"/>
        <source>Ubah data nasabah</source>
        <translation>Edit customer details</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="124"/>
        <source>Nama lengkap*</source>
        <translation>Full name*</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="124"/>
        <source>sesuai KTP</source>
        <translation>as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="125"/>
        <source>NIK*</source>
        <translation>NIK*</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="125"/>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="136"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="137"/>
        <source>Tanggal lahir*</source>
        <translation>Date of birth*</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="138"/>
        <source>Jenis kelamin*</source>
        <translation>Sex*</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="139"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="141"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="142"/>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="143"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="144"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="144"/>
        <source>koperasi</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="155"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="156"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="157"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="162"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="162"/>
        <source>jalan, nomor rumah</source>
        <translation>street, house number</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="166"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="168"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="170"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="173"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="173"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="174"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="174"/>
        <source>Kelurahan/Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="188"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="189"/>
        <source>Telepon*</source>
        <translation>Phone*</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="190"/>
        <source>Telepon 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="191"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="192"/>
        <source>Status rumah</source>
        <translation>Home ownership</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="193"/>
        <source>Alamat &amp;&amp; kontak</source>
        <translation>Address &amp;&amp; contact</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="198"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="199"/>
        <source>Tempat kerja/usaha</source>
        <translation>Employer/business</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="200"/>
        <source>Penghasilan/bulan</source>
        <translation>Income/month</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="201"/>
        <source>Pengeluaran/bulan</source>
        <translation>Expenses/month</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="206"/>
        <source>Nama pasangan</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="207"/>
        <source>NIK pasangan</source>
        <translation>Spouse&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="208"/>
        <source>Telepon pasangan</source>
        <translation>Spouse&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="209"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="210"/>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="211"/>
        <source>Telepon kontak darurat</source>
        <translation>Emergency contact phone</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="216"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="217"/>
        <source>Pekerjaan &amp;&amp; keluarga</source>
        <translation>Work &amp;&amp; family</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="225"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="226"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="336"/>
        <source>Ada isian yang perlu diperbaiki di tab bertanda peringatan.</source>
        <translation>Some fields need correcting on the tabs marked with a warning.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="351"/>
        <source>Periksa KTP nasabah:</source>
        <translation>Check the customer&apos;s KTP:</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="352"/>
        <source>Simpan tetap dengan NIK ini?</source>
        <translation>Save anyway with this NIK?</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="353"/>
        <source>Konfirmasi NIK</source>
        <translation>Confirm NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="359"/>
        <source>Buka data nasabah yang sudah terdaftar?</source>
        <translation>Open the customer already registered?</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="360"/>
        <source>NIK sudah terdaftar</source>
        <translation>NIK already registered</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <location filename="../../ui/customers/customer_model.py" line="35"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_model.py" line="35"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_model.py" line="36"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_model.py" line="36"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_model.py" line="37"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_model.py" line="37"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_model.py" line="38"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_model.py" line="38"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_model.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers/page.py" line="91"/>
        <source>Nasabah</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="93"/>
        <source>Nasabah baru</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="95"/>
        <source>Tindak lanjut hari ini</source>
        <translation>Today&apos;s follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="96"/>
        <source>Impor Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="98"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="100"/>
        <source>Dealer</source>
        <translation>Dealers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="101"/>
        <source>Pindah portofolio</source>
        <translation>Transfer portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="112"/>
        <source>Cari nama, NIK, telepon atau no. anggota (Ctrl+F)</source>
        <translation>Search name, NIK, phone or member no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="119"/>
        <location filename="../../ui/customers/page.py" line="179"/>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="122"/>
        <location filename="../../ui/customers/page.py" line="181"/>
        <source>Semua cabang</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="125"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="131"/>
        <source>Tampilkan NIK</source>
        <translation>Show NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="132"/>
        <source>Menampilkan NIK dan telepon lengkap; tercatat di jejak audit</source>
        <translation>Shows full NIK and phone numbers; recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="213"/>
        <source>{n} nasabah</source>
        <translation>{n} customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="232"/>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="304"/>
        <location filename="../../ui/customers/page.py" line="309"/>
        <source>Ekspor nasabah</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="309"/>
        <source>Menulis data nasabah…</source>
        <translation>Writing the customers…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="312"/>
        <source>{n} nasabah diekspor ke {path}</source>
        <translation>{n} customers exported to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="314"/>
        <source>Ekspor dibatalkan: tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="336"/>
        <source>{n} nasabah dipindahkan</source>
        <translation>{n} customers transferred</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="346"/>
        <location filename="../../ui/customers/page.py" line="353"/>
        <source>Tindak lanjut hari ini ({n})</source>
        <translation>Today&apos;s follow-ups ({n})</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="31"/>
        <source>Kwitansi saya hari ini</source>
        <translation>My receipts today</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="32"/>
        <source>Uang tunai di laci (sistem)</source>
        <translation>Cash in the drawer (system)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="33"/>
        <source>Jatuh tempo hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="34"/>
        <source>Tindak lanjut jatuh tempo</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="35"/>
        <source>Nasabah saya menunggak</source>
        <translation>My customers in arrears</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="36"/>
        <source>Pengajuan saya dalam proses</source>
        <translation>My applications in progress</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="37"/>
        <source>Antrean persetujuan</source>
        <translation>Approval queue</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="38"/>
        <source>Pencairan bulan ini</source>
        <translation>Disbursed this month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="39"/>
        <source>Penagihan bulan ini</source>
        <translation>Collected this month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="40"/>
        <source>Pinjaman menunggak</source>
        <translation>Loans in arrears</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="87"/>
        <source>{n} baris</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="136"/>
        <source>Pencairan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="136"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="137"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="145"/>
        <source>12 bulan terakhir (Rp juta)</source>
        <translation>Last 12 months (Rp million)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="167"/>
        <source>Kualitas portofolio per akhir bulan (%)</source>
        <translation>Portfolio quality by month end (%)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="169"/>
        <source>Kualitas portofolio: belum ada bulan yang ditutup</source>
        <translation>Portfolio quality: no month closed yet</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="177"/>
        <source>NPF bruto</source>
        <translation>Gross NPF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="178"/>
        <source>NPF neto</source>
        <translation>Net NPF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="179"/>
        <source>PAR 30</source>
        <translation>PAR 30</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="204"/>
        <source>Sisa pokok menunggak</source>
        <translation>Principal in arrears</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="211"/>
        <source>Tunggakan per petugas (Rp juta)</source>
        <translation>Arrears by officer (Rp million)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="247"/>
        <source>Beranda</source>
        <extracomment>The main window builds it with ``background=True`` (see :meth:`ui.shell.main_window.MainWindow.page`).</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="249"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="259"/>
        <source>Memuat angka…</source>
        <translation>Loading the figures…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="301"/>
        <source>Angka tidak dapat dibaca: {error}</source>
        <translation>The figures cannot be read: {error}</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="33"/>
        <source>Tutup kas harian</source>
        <translation>Close the cashier&apos;s day</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="36"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="37"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="38"/>
        <source>Penerimaan tunai</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="38"/>
        <source>{amount} ({n} kwitansi)</source>
        <translation>{amount} ({n} receipts)</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="40"/>
        <source>Pengeluaran tunai</source>
        <translation>Cash paid out</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="41"/>
        <source>Transfer / payment point (tidak di laci)</source>
        <translation>Transfer / payment point (not in the drawer)</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="45"/>
        <source>Modal awal laci</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="47"/>
        <source>Hitung uang di laci</source>
        <translation>Count the drawer</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="60"/>
        <source>Seharusnya di laci</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="61"/>
        <source>Hasil hitung</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="62"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="64"/>
        <source>Wajib diisi bila ada selisih</source>
        <translation>Required when there is a difference</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="65"/>
        <source>Alasan selisih</source>
        <translation>Reason for the difference</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="67"/>
        <source>Setelah ditutup, kasir ini tidak bisa menerima atau membatalkan transaksi pada tanggal ini lagi.</source>
        <translation>Once closed, this cashier can no longer receive or reverse payments on this date.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/day_close_dialog.py" line="72"/>
        <source>Tutup kas</source>
        <translation>Close the day</translation>
    </message>
</context>
<context>
    <name>DealerListModel</name>
    <message>
        <location filename="../../ui/customers/dealers.py" line="76"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="76"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="76"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="76"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="96"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="96"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>DealersDialog</name>
    <message>
        <location filename="../../ui/customers/dealers.py" line="269"/>
        <source>Dealer</source>
        <translation>Dealers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="276"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DealersTab</name>
    <message>
        <location filename="../../ui/settings/dealers_tab.py" line="13"/>
        <source>Dealer</source>
        <translation>Dealers</translation>
    </message>
</context>
<context>
    <name>DealersWidget</name>
    <message>
        <location filename="../../ui/customers/dealers.py" line="115"/>
        <source>Cari dealer</source>
        <translation>Search dealers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="131"/>
        <source>Dealer baru</source>
        <translation>New dealer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="141"/>
        <source>Kode*</source>
        <translation>Code*</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="141"/>
        <source>Nama*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="141"/>
        <source>Merek</source>
        <translation>Makes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="142"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="142"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="142"/>
        <location filename="../../ui/customers/dealers.py" line="173"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="143"/>
        <source>Kontak</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="154"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="155"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="158"/>
        <source>Simpan dealer</source>
        <translation>Save dealer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="163"/>
        <source>Sales</source>
        <translation>Salespeople</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="170"/>
        <source>Nama sales</source>
        <translation>Salesperson&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="174"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/customers/dealers.py" line="217"/>
        <source>(nonaktif)</source>
        <translation>(inactive)</translation>
    </message>
</context>
<context>
    <name>DisbursementDialog</name>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="292"/>
        <source>Pencairan {contract}</source>
        <translation>Disbursement {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="294"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="295"/>
        <source>Pokok dibiayai</source>
        <translation>Amount financed</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="298"/>
        <source>Dibayarkan</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="298"/>
        <source> ke dealer</source>
        <translation> to the dealer</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="303"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="310"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="318"/>
        <source>Komisi atau refund dealer, biaya survei: ditangguhkan dan diamortisasi dengan suku bunga efektif</source>
        <translation>Dealer commission or refund, survey cost: deferred and amortised at the effective rate</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="321"/>
        <source>Komisi atau refund dealer, biaya survei: dibebankan langsung (metode pendapatan flat)</source>
        <translation>Dealer commission or refund, survey costs: expensed at once (flat income method)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="323"/>
        <source>Biaya langsung</source>
        <translation>Direct costs</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="328"/>
        <source>Total keluar dari kas/bank</source>
        <translation>Total paid out of cash/bank</translation>
    </message>
    <message>
        <location filename="../../ui/credit/approval_dialog.py" line="331"/>
        <source>Cairkan</source>
        <translation>Disburse</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../ui/customers/page.py" line="401"/>
        <source>Tindak lanjut jatuh tempo</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="405"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="405"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="405"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="406"/>
        <source>Catatan terakhir</source>
        <translation>Last note</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="406"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="414"/>
        <source>(lewat {n} hari)</source>
        <translation>({n} days overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="423"/>
        <source>Tidak ada tindak lanjut yang jatuh tempo hari ini.</source>
        <translation>No follow-ups are due today.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="426"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/shell/login.py" line="485"/>
        <source>Angsur — persiapan pertama</source>
        <translation>Angsur — first-time setup</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="499"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="500"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="501"/>
        <source>Buat kantor &gt;</source>
        <translation>Create office &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="502"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="503"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/customers/page.py" line="628"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="628"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="628"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="629"/>
        <source>Kontak berikutnya</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="641"/>
        <source>Hasil kontak</source>
        <translation>Contact outcome</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="643"/>
        <source>Kontak lagi</source>
        <translation>Contact again on</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="649"/>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>FormTab</name>
    <message>
        <location filename="../../ui/common/form_tab.py" line="30"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="37"/>
        <source>Hari libur</source>
        <translation>Holidays</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="100"/>
        <source>Impor nasabah dari Excel</source>
        <translation>Import customers from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="104"/>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file selected yet.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="106"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="108"/>
        <source>Simpan template…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="127"/>
        <source>Perbarui nasabah yang datanya berbeda</source>
        <translation>Update customers whose details differ</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="129"/>
        <source>Saya sudah memeriksa peringatan NIK dengan KTP</source>
        <translation>I have checked the NIK warnings against the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="131"/>
        <source>Impor baris yang benar saja (baris salah dilewati)</source>
        <translation>Import only the valid rows (invalid rows are skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="137"/>
        <source>Simpan daftar kesalahan…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="139"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="142"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="152"/>
        <source>Berkas nasabah</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="157"/>
        <source>Template impor</source>
        <translation>Import template</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="181"/>
        <source>{total} baris: {new} baru, {same} sudah ada dan sama, {changed} berbeda, {error} salah</source>
        <translation>{total} rows: {new} new, {same} already present and identical, {changed} different, {error} invalid</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="187"/>
        <source>Kolom diabaikan: {cols}</source>
        <translation>Columns ignored: {cols}</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="189"/>
        <source>Tidak ada yang diimpor selama masih ada baris salah.</source>
        <translation>Nothing is imported while invalid rows remain.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="209"/>
        <source>Impor nasabah</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="209"/>
        <source>Mengimpor nasabah…</source>
        <translation>Importing customers…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="212"/>
        <source>Impor dibatalkan: tidak ada nasabah yang disimpan.</source>
        <translation>Import cancelled: no customer was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="224"/>
        <source>Selesai: {created} nasabah baru, {updated} diperbarui, {skipped} dilewati (sama), {refused} baris salah tidak diimpor</source>
        <translation>Done: {created} new customers, {updated} updated, {skipped} skipped (identical), {refused} invalid rows not imported</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="234"/>
        <source>Daftar kesalahan</source>
        <translation>Error list</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="459"/>
        <source>Anggota baru</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="463"/>
        <source>Nama atau NIK nasabah…</source>
        <translation>Customer name or NIK…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="465"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="465"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="470"/>
        <source>Tanggal masuk</source>
        <translation>Join date</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="46"/>
        <source>Jurnal umum baru</source>
        <translation>New general journal entry</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="54"/>
        <source>mis. Bayar listrik kantor bulan November</source>
        <translation>e.g. Office electricity bill for November</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="56"/>
        <source>no. bukti kas / faktur</source>
        <translation>cash voucher / invoice no.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="58"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="59"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="60"/>
        <source>No. bukti</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="63"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="63"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="63"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="64"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="72"/>
        <source>Tambah baris</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="73"/>
        <source>Hapus baris</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="93"/>
        <source>Posting</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="177"/>
        <source>Debit: {amount}</source>
        <translation>Debit: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="178"/>
        <source>Kredit: {amount}</source>
        <translation>Credit: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="181"/>
        <source>Seimbang</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/journal_dialog.py" line="184"/>
        <source>Selisih: {amount}</source>
        <translation>Difference: {amount}</translation>
    </message>
</context>
<context>
    <name>JournalLinesModel</name>
    <message>
        <location filename="../../ui/ledger/page.py" line="300"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="300"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="300"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="300"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="300"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../../ui/ledger/page.py" line="174"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="174"/>
        <source>No. Jurnal</source>
        <translation>Journal no.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="174"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="174"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="175"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="175"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="175"/>
        <source>Dibuat oleh</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="249"/>
        <source>sistem</source>
        <translation>system</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../ui/ledger/page.py" line="80"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="80"/>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="80"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="80"/>
        <source>Kontrol</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="82"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="117"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="131"/>
        <source>(nonaktif)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="381"/>
        <source>Neraca saldo</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="381"/>
        <source>Buku besar per akun</source>
        <translation>General ledger by account</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="382"/>
        <source>Buku kas</source>
        <translation>Cash book</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="382"/>
        <source>Neraca</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="383"/>
        <source>Laba rugi / hasil usaha</source>
        <translation>Income statement / operating results</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="394"/>
        <source>Buku Besar</source>
        <translation>General Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="402"/>
        <source>Saldo per hari ini. Akun kontrol hanya digerakkan buku pembantu (pinjaman, simpanan, titipan). Bagan akun diubah di Pengaturan → Bagan akun.</source>
        <translation>Balances as of today. Control accounts are moved only by the subsidiary ledgers (loans, savings, advances). The chart of accounts is edited in Settings → Chart of accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="407"/>
        <source>Bagan akun</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="413"/>
        <source>Semua sumber</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="417"/>
        <source>Cari nomor, keterangan, referensi…</source>
        <translation>Search number, description, reference…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="419"/>
        <source>Jurnal umum baru</source>
        <translation>New general journal entry</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="420"/>
        <location filename="../../ui/ledger/page.py" line="617"/>
        <source>Balik jurnal</source>
        <translation>Reverse entry</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="424"/>
        <location filename="../../ui/ledger/page.py" line="475"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="424"/>
        <location filename="../../ui/ledger/page.py" line="476"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="460"/>
        <source>Jurnal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="469"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="470"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="471"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="492"/>
        <source>Laporan keuangan</source>
        <translation>Financial statements</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="499"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="499"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="499"/>
        <source>Ditutup oleh</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="500"/>
        <source>Dibuka kembali oleh</source>
        <translation>Reopened by</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="500"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="503"/>
        <source>Tutup bulan</source>
        <translation>Close month</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="504"/>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="505"/>
        <location filename="../../ui/ledger/page.py" line="760"/>
        <source>Tutup tahun buku</source>
        <translation>Close financial year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="510"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="519"/>
        <source>Periode</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="523"/>
        <source>Akhir bulan</source>
        <translation>Month end</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="587"/>
        <source>{n} jurnal</source>
        <translation>{n} journal entries</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="618"/>
        <source>Alasan membalik jurnal {number}:</source>
        <translation>Reason for reversing entry {number}:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="644"/>
        <source>Tanggal awal tidak boleh sesudah tanggal akhir.</source>
        <translation>The start date cannot be after the end date.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="672"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="695"/>
        <source>Berkas tidak dapat ditulis: {error}</source>
        <translation>The file cannot be written: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="713"/>
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="713"/>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="752"/>
        <source>Buka kembali periode</source>
        <translation>Reopen period</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="753"/>
        <source>Alasan membuka kembali periode:</source>
        <translation>Reason for reopening the period:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/page.py" line="761"/>
        <source>Pendapatan dan beban tahun {year} dipindahkan ke laba ditahan / SHU dan semua bulannya ditutup. Lanjutkan?</source>
        <translation>Income and expenses for {year} will be transferred to retained earnings / SHU and all its months closed. Continue?</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../ui/collections/page.py" line="733"/>
        <source>Terbitkan SP yang jatuh tempo…</source>
        <translation>Issue due warning letters…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="735"/>
        <source>Cetak ulang…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="736"/>
        <source>Atur tahap…</source>
        <translation>Set stages…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="739"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="746"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="746"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="746"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="746"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="747"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="747"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="747"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="747"/>
        <source>Diterbitkan oleh</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="773"/>
        <source>Simpan surat peringatan</source>
        <translation>Save warning letters</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="775"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="783"/>
        <source>Surat peringatan</source>
        <translation>Warning letters</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="784"/>
        <source>Terbitkan semua surat peringatan yang jatuh tempo per tanggal ini? Nomor surat diambil berurutan dan tidak dapat dibatalkan.</source>
        <translation>Issue every warning letter due as of this date? Letter numbers are taken in sequence and cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="792"/>
        <source>Tidak ada surat yang jatuh tempo.</source>
        <translation>No letters are due.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="795"/>
        <source>{n} surat diterbitkan: {summary}</source>
        <translation>{n} letters issued: {summary}</translation>
    </message>
</context>
<context>
    <name>LimitsTab</name>
    <message>
        <location filename="../../ui/settings/limits_tab.py" line="22"/>
        <source>Batas &amp; empat mata</source>
        <translation>Limits &amp; four eyes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/limits_tab.py" line="27"/>
        <source>Jumlah terbesar untuk satu pembayaran, pengembalian, penghapusan denda, baris jurnal umum atau penghasilan nasabah. Di atas batas, isian ditolak. Mengubah batas perlu konfirmasi supervisor dengan kata sandinya.</source>
        <translation>The largest amount for one payment, refund, late-fee waiver, general journal line or customer income. Above it, the entry is refused. Changing the ceiling needs a supervisor&apos;s confirmation with their password.</translation>
    </message>
</context>
<context>
    <name>LoanView</name>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="132"/>
        <source>Pilih pinjaman</source>
        <translation>Select a loan</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="136"/>
        <source>Posisi pinjaman</source>
        <translation>Loan position</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="114"/>
        <location filename="../../ui/loans/loan_view.py" line="139"/>
        <source>Sisa pokok</source>
        <extracomment>The captions of models.cashier.payments.payoff_quote&apos;s lines, marked for lupdate and translated where shown.</extracomment>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="114"/>
        <source>Bunga berjalan dan tertunggak</source>
        <translation>Accrued and overdue interest</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="115"/>
        <source>Penalti pelunasan</source>
        <translation>Early payoff penalty</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="115"/>
        <source>Denda</source>
        <translation>Late fees</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="116"/>
        <source>Titipan dipakai</source>
        <translation>Advance applied</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="116"/>
        <source>Bunga yang dibebaskan</source>
        <translation>Interest waived</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="139"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="140"/>
        <source>Denda berjalan</source>
        <translation>Accrued late fee</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="140"/>
        <source>Hari tunggak</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="141"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="141"/>
        <source>Jatuh tempo berikut</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="142"/>
        <source>Titipan</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="142"/>
        <location filename="../../ui/loans/loan_view.py" line="162"/>
        <location filename="../../ui/loans/loan_view.py" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="143"/>
        <source>Restrukturisasi</source>
        <translation>Restructuring</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="161"/>
        <source>Ke</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="161"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="161"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="161"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="161"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="162"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="162"/>
        <source>Denda dibayar</source>
        <translation>Late fee paid</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="162"/>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="165"/>
        <source>No. kwitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="165"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="165"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="165"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="165"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="168"/>
        <source>Jadwal angsuran</source>
        <translation>Installment schedule</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="174"/>
        <source>Batalkan pembayaran…</source>
        <translation>Reverse payment…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="177"/>
        <source>Cetak ulang kwitansi</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="179"/>
        <source>Kembalikan titipan…</source>
        <translation>Refund advance…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="180"/>
        <source>Bayar kembali kelebihan bayar (titipan) kepada nasabah; disetujui supervisor</source>
        <translation>Pay an overpayment (advance) back to the customer; approved by a supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="187"/>
        <source>Cetak kartu angsuran…</source>
        <translation>Print statement…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="191"/>
        <source>Tarik penghapusan denda…</source>
        <translation>Withdraw late-fee waiver…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="200"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="203"/>
        <source>Simulasi pelunasan</source>
        <translation>Payoff quote</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="251"/>
        <source>{n}× (terakhir {date})</source>
        <translation>{n}× (last {date})</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="266"/>
        <source>Lunas {date}</source>
        <translation>Paid {date}</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="267"/>
        <source>Lunas</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="269"/>
        <source>Tertunggak {days} hari</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="272"/>
        <source>Dibayar sebagian</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="274"/>
        <source>Belum jatuh tempo</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="276"/>
        <source> · denda {fee}</source>
        <translation> · late fee {fee}</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="297"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="298"/>
        <source>Dibatalkan: {reason}</source>
        <translation>Reversed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="304"/>
        <source>Titipan dikembalikan</source>
        <translation>Advance refunded</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="314"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="315"/>
        <source>Dasar sisa pokok</source>
        <translation>Remaining principal from</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="321"/>
        <source>Jumlah pelunasan</source>
        <translation>Payoff amount</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="322"/>
        <source>Cetak rincian pelunasan…</source>
        <translation>Print payoff quote…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="326"/>
        <source>Pinjaman sudah ditutup.</source>
        <translation>The loan is already closed.</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="327"/>
        <source>Cetak surat keterangan lunas…</source>
        <translation>Print certificate of settlement…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="334"/>
        <source>Cetak tanda terima penyerahan BPKB…</source>
        <translation>Print BPKB hand-over receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="356"/>
        <source>Batalkan pembayaran</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="357"/>
        <source>Alasan pembatalan kwitansi {no}:</source>
        <translation>Reason for reversing receipt {no}:</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="388"/>
        <source>Tarik penghapusan denda</source>
        <translation>Withdraw late-fee waiver</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="389"/>
        <source>Alasan menarik penghapusan denda {amount}:</source>
        <translation>Reason for withdrawing the waiver of {amount}:</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="396"/>
        <source>Penghapusan denda {amount} ditarik: denda terutang lagi.</source>
        <translation>Waiver of {amount} withdrawn: the late fee is owed again.</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="418"/>
        <source>Titipan {amount} dikembalikan dengan bukti kas keluar {no}.</source>
        <translation>Advance of {amount} refunded with cash-out voucher {no}.</translation>
    </message>
    <message>
        <location filename="../../ui/loans/loan_view.py" line="488"/>
        <source>Rekening pinjaman {no}</source>
        <translation>Loan account {no}</translation>
    </message>
</context>
<context>
    <name>LoansModel</name>
    <message>
        <location filename="../../ui/loans/page.py" line="47"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="47"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="48"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="48"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="49"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="49"/>
        <source>Sisa pokok</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="50"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="50"/>
        <source>Jatuh tempo tertua</source>
        <translation>Oldest due date</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="51"/>
        <source>Hari tunggak</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="51"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <location filename="../../ui/loans/page.py" line="209"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="212"/>
        <source>Cari no. kontrak, nama atau NIK…</source>
        <translation>Search contract no., name or NIK…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="215"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="219"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="221"/>
        <source>Semua kolektibilitas</source>
        <translation>All collectibility classes</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="222"/>
        <source>Menunggak (2–5)</source>
        <translation>In arrears (2–5)</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="223"/>
        <source>Bermasalah / NPL (3–5)</source>
        <translation>Non-performing / NPL (3–5)</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="226"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="227"/>
        <source>Daftar pinjaman per hari ini dengan status dan kolektibilitas yang dipilih: tunggakan, hari tunggak, kolektibilitas, NPF</source>
        <translation>Today&apos;s loan book with the chosen status and collectibility: arrears, days past due, collectibility, NPF</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="264"/>
        <source>{n} pinjaman · sisa pokok {total} · {late} menunggak</source>
        <translation>{n} loans · outstanding principal {total} · {late} in arrears</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="288"/>
        <source>Ekspor dibatalkan: tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="290"/>
        <source>Menulis daftar pinjaman…</source>
        <translation>Writing the loan book…</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="269"/>
        <location filename="../../ui/loans/page.py" line="290"/>
        <source>Ekspor daftar pinjaman</source>
        <translation>Export the loan book</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="270"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/loans/page.py" line="284"/>
        <source>{n} pinjaman; {rows} baris diekspor ke {path}</source>
        <translation>{n} loans; {rows} rows exported to {path}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/shell/login.py" line="555"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="560"/>
        <source>Layar dikunci karena tidak ada kegiatan.</source>
        <translation>The screen was locked after a period of inactivity.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="563"/>
        <source>Masuk kembali sebagai &lt;b&gt;{name}&lt;/b&gt; ({username}), atau ganti pengguna.</source>
        <translation>Sign in again as &lt;b&gt;{name}&lt;/b&gt; ({username}), or switch user.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="572"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="573"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="578"/>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="580"/>
        <source>Keluar aplikasi</source>
        <translation>Quit application</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="582"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/shell/login.py" line="79"/>
        <source>Masuk — Angsur</source>
        <translation>Sign in — Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="86"/>
        <source>Masuk dengan nama pengguna dan kata sandi Anda.</source>
        <translation>Sign in with your username and password.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="91"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="92"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="98"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="99"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="103"/>
        <source>Nasabah</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="104"/>
        <source>Simulasi</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="105"/>
        <source>Pengajuan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="106"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="107"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="108"/>
        <source>Penagihan</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="109"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="110"/>
        <source>Buku Besar</source>
        <translation>General Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="111"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="112"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="120"/>
        <source>Angsur — {office}</source>
        <translation>Angsur — {office}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="156"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="251"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="252"/>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="257"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="262"/>
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="271"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="272"/>
        <source>&amp;Tentang Angsur</source>
        <translation>&amp;About Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="302"/>
        <source>Menunggu meja lain selesai menyimpan… ({s} detik)</source>
        <translation>Waiting for another desk to finish saving… ({s} s)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="313"/>
        <source>Pengguna: {name} — {role}</source>
        <translation>User: {name} — {role}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="315"/>
        <source>Belum masuk</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="281"/>
        <source>Basis data: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="102"/>
        <source>Beranda</source>
        <extracomment>Areas shown only where the office uses them: Simpanan for cooperatives and offices with a savings product. Where each role starts: the first of its keys the user may see (issue 20: start where the role works). The officer, the branch head and the manager start on their dashboard (Beranda, issue 16), the collector on the worklist (Penagihan, issue 15), the cashier at the counter. The window&apos;s size when nothing is remembered: this much of the available screen, never above the design size (1280×800), never below the minimum (980×600).</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="322"/>
        <source>Cadangan: di server (pg_dump)</source>
        <translation>Backups: on the server (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="330"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="330"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../ui/common/money_edit.py" line="198"/>
        <source>Minimal {amount}</source>
        <extracomment>Whole-rupiah digits accepted: 15 is a quadrillion rupiah, far beyond any office yet inside a BIGINT of sen.</extracomment>
        <translation>At least {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/common/money_edit.py" line="201"/>
        <source>Maksimal {amount}</source>
        <translation>At most {amount}</translation>
    </message>
</context>
<context>
    <name>MonthEndTab</name>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="82"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="83"/>
        <source>Jalankan langkah</source>
        <translation>Run step</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="84"/>
        <source>Jalankan semua dan tutup bulan</source>
        <translation>Run all and close the month</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="88"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="94"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="94"/>
        <source>Dijalankan</source>
        <translation>Run at</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="95"/>
        <source>Angka</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="95"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="96"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="96"/>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="96"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="96"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="106"/>
        <source>Jurnal yang akan diposting</source>
        <translation>Journal to be posted</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="115"/>
        <source>Dari \ ke</source>
        <translation>From \ to</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="119"/>
        <source>Matriks roll rate (snapshot akhir bulan)</source>
        <translation>Roll-rate matrix (month-end snapshots)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="122"/>
        <source>Pakai tarif turunan untuk CKPN</source>
        <translation>Use the derived rates for the allowance</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="130"/>
        <source>Setiap langkah menghitung ulang saldo yang seharusnya pada akhir bulan dan hanya memposting selisihnya: menjalankannya lagi tidak memposting dua kali.</source>
        <translation>Each step recomputes the balances the books should hold at the month end and posts only the difference: running it again never posts twice.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="178"/>
        <source>Sudah</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="178"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="208"/>
        <source>Perhatian:</source>
        <translation>Attention:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="210"/>
        <source>Tidak ada selisih: langkah ini tidak akan memposting jurnal.</source>
        <translation>No difference: this step will not post a journal.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="227"/>
        <source>Tarif kerugian turunan (PD × LGD):</source>
        <translation>Derived loss rates (PD × LGD):</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="229"/>
        <source>Belum ada dua snapshot akhir bulan berturut-turut.</source>
        <translation>There are not yet two consecutive month-end snapshots.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="242"/>
        <source>Tutup buku bulan</source>
        <translation>Close the month</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/month_end.py" line="243"/>
        <source>Jalankan semua langkah dan tutup bulan {month}?</source>
        <translation>Run every step and close {month}?</translation>
    </message>
</context>
<context>
    <name>MonthlyPackTab</name>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="26"/>
        <source>Satu buku kerja Excel per bulan yang sudah ditutup: ringkasan, outstanding, pencairan, penagihan, kolektibilitas dan NPF, tunggakan prematur, vintage, kinerja petugas dan dealer, neraca saldo, neraca dan laba rugi.</source>
        <translation>One Excel workbook per closed month: summary, outstanding, disbursements, collections, collectibility and NPF, premature arrears, vintage, officer and dealer performance, trial balance, balance sheet and income statement.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="38"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="39"/>
        <source>Cakupan</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="40"/>
        <source>Paket laporan bulanan…</source>
        <translation>Monthly report pack…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="42"/>
        <source>Dibuat dari snapshot akhir bulan yang disimpan saat tutup buku: paket bulan lalu yang dibuat ulang hari ini tetap sama</source>
        <translation>Built from the month-end snapshot stored at the close: last month&apos;s pack built again today is the same</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="47"/>
        <source>Cetak ringkasan…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="48"/>
        <source>Ringkasan, outstanding per produk dan cabang, umur tunggakan dan kolektibilitas di pratinjau cetak (PDF)</source>
        <translation>Summary, outstanding by product and branch, ageing and collectibility in the print preview (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="67"/>
        <source>Seluruh kantor</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="74"/>
        <source>Anda tidak berhak mengekspor laporan.</source>
        <translation>You are not allowed to export reports.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="76"/>
        <source>Belum ada bulan yang ditutup: paket dibuat dari snapshot tutup buku.</source>
        <translation>No month has been closed yet: the pack is built from the month-end close&apos;s snapshot.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="90"/>
        <source>Simpan paket laporan bulanan</source>
        <translation>Save monthly report pack</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="91"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="107"/>
        <source>Paket {month} ({n} lembar) disimpan ke {path}</source>
        <translation>Pack for {month} ({n} sheets) saved to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="111"/>
        <source>Paket laporan dibatalkan: tidak ada berkas yang ditulis.</source>
        <translation>Report pack cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="113"/>
        <source>Menyusun paket {month}…</source>
        <translation>Building the pack for {month}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="114"/>
        <source>Paket laporan bulanan</source>
        <translation>Monthly report pack</translation>
    </message>
    <message>
        <location filename="../../ui/reports/monthly_pack_tab.py" line="114"/>
        <source>Menyusun paket laporan bulanan…</source>
        <translation>Building the monthly report pack…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="91"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="93"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="32"/>
        <source>mis. PT Mitra Pembiayaan Sejahtera</source>
        <translation>e.g. PT Mitra Pembiayaan Sejahtera</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="35"/>
        <source>Jalan, nomor, kelurahan, kecamatan</source>
        <translation>Street, number, village, district</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="53"/>
        <source>Izin usaha OJK, atau nomor badan hukum koperasi (AHU-…)</source>
        <translation>OJK business licence, or the cooperative&apos;s legal-entity number (AHU-…)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="58"/>
        <source>mis. Kepala Cabang</source>
        <translation>e.g. Branch head</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="62"/>
        <location filename="../../ui/settings/office_profile_form.py" line="144"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="64"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="66"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="75"/>
        <source>Nama resmi*</source>
        <translation>Legal name*</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="76"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="77"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="78"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="79"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="80"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="81"/>
        <source>NPWP</source>
        <translation>Tax number (NPWP)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="82"/>
        <source>Nomor izin OJK / badan hukum</source>
        <translation>OJK licence / legal-entity no.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="83"/>
        <source>Penanda tangan surat</source>
        <translation>Letters signed by</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="84"/>
        <source>Jabatan penanda tangan</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="85"/>
        <source>Kertas kwitansi</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="92"/>
        <location filename="../../ui/settings/office_profile_form.py" line="93"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="148"/>
        <source>Pilih logo kantor</source>
        <translation>Choose the office logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_profile_form.py" line="149"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="34"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
</context>
<context>
    <name>OfficerReportTab</name>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="17"/>
        <source>Mingguan</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="18"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="27"/>
        <source>Saya sendiri</source>
        <translation>Myself</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="32"/>
        <source>Semua wilayah berdampingan</source>
        <translation>All regions side by side</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="33"/>
        <source>Seluruh kantor</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="35"/>
        <source>Petugas: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="37"/>
        <source>Wilayah: {name}</source>
        <translation>Region: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="38"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="39"/>
        <source>Tanggal dalam periode</source>
        <translation>A date in the period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="40"/>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="42"/>
        <source>Cetak PDF…</source>
        <translation>Print PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="43"/>
        <source>Simpan Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="76"/>
        <source>Simpan laporan petugas</source>
        <translation>Save officer&apos;s report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/officer_report_tab.py" line="77"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>OpeningBalanceDialog</name>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="37"/>
        <source>Saldo awal dari neraca saldo</source>
        <translation>Opening balances from a trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="40"/>
        <source>Berkas Excel dengan kolom Kode akun, Debit dan Kredit (saldo per akhir tanggal peralihan). Impor buku pinjaman lebih dulu: akun kontrol harus sama dengan buku pembantunya.</source>
        <translation>An Excel file with the columns Kode akun, Debit and Kredit (balances at the end of the cut-over date). Import the loan book first: control accounts must equal their sub-ledgers.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="47"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="49"/>
        <source>Simpan templat…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="55"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="61"/>
        <source>Tanggal peralihan</source>
        <translation>Cut-over date</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="63"/>
        <source>Pilih berkas, lalu Periksa.</source>
        <translation>Choose a file, then Check.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="68"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="69"/>
        <source>Posting saldo awal</source>
        <translation>Post opening balances</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="70"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="80"/>
        <source>Neraca saldo</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="81"/>
        <location filename="../../ui/ledger/opening_dialog.py" line="89"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="88"/>
        <source>Simpan templat neraca saldo</source>
        <translation>Save the trial balance template</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="107"/>
        <source>&lt;b&gt;{n} masalah; tidak ada yang diposting.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} problems; nothing was posted.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="110"/>
        <source>{rows} akun, debit {debit} = kredit {credit}; {lines} baris jurnal akan diposting.</source>
        <translation>{rows} accounts, debit {debit} = credit {credit}; {lines} journal lines will be posted.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/opening_dialog.py" line="128"/>
        <source>Jurnal saldo awal {number} diposting.</source>
        <translation>Opening journal {number} posted.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../ui/common/page_base.py" line="159"/>
        <source>Data tidak dapat dibaca</source>
        <translation>The data cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/common/page_base.py" line="174"/>
        <source>Bagian ini tidak dapat dibuka.</source>
        <translation>This part cannot be opened.</translation>
    </message>
</context>
<context>
    <name>PapersTab</name>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="34"/>
        <source>Register BPKB</source>
        <translation>BPKB register</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="36"/>
        <source>Cetak register BPKB…</source>
        <translation>Print BPKB register…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="37"/>
        <source>Simpan Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="46"/>
        <source>Kwitansi</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="58"/>
        <source>No. izin pembubuhan tanda Bea Meterai Lunas (bila ada)</source>
        <translation>Permit number for the &quot;Bea Meterai Lunas&quot; mark (if any)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="59"/>
        <source>Simpan pengaturan kwitansi</source>
        <translation>Save receipt settings</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="61"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="62"/>
        <source>Bea meterai (di atas Rp 5.000.000)</source>
        <translation>Stamp duty (over Rp 5.000.000)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="63"/>
        <source>Izin</source>
        <translation>Permit</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="77"/>
        <source>Meterai ditanggung - {product}</source>
        <translation>Stamp duty borne by - {product}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="82"/>
        <source>Templat perjanjian pembiayaan</source>
        <translation>Financing agreement template</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="86"/>
        <source>Kolom yang boleh dipakai: {fields}</source>
        <translation>Fields you may use: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="90"/>
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="110"/>
        <source>Simpan register BPKB</source>
        <translation>Save BPKB register</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="111"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="123"/>
        <source>Pengaturan kwitansi disimpan.</source>
        <translation>Receipt settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="132"/>
        <source>Penanggung bea meterai {product} disimpan.</source>
        <translation>Stamp duty bearer of {product} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/papers_tab.py" line="141"/>
        <source>Templat perjanjian disimpan.</source>
        <translation>Agreement template saved.</translation>
    </message>
</context>
<context>
    <name>PassbookDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="510"/>
        <source>Pengaturan buku tabungan</source>
        <translation>Passbook settings</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="513"/>
        <source>(pengaturan kantor)</source>
        <translation>(office setting)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="516"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="518"/>
        <source>Margin atas (mm)</source>
        <translation>Top margin (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="518"/>
        <source>Margin kiri (mm)</source>
        <translation>Left margin (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="519"/>
        <source>Tinggi baris (mm)</source>
        <translation>Line height (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="519"/>
        <source>Lebar lipatan tengah (mm)</source>
        <translation>Middle fold gap (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="520"/>
        <source>Lebar halaman (mm)</source>
        <translation>Page width (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="520"/>
        <source>Tinggi halaman (mm)</source>
        <translation>Page height (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="521"/>
        <source>Baris per halaman</source>
        <translation>Lines per page</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="521"/>
        <source>Lipatan setelah baris</source>
        <translation>Fold after line</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="522"/>
        <source>Halaman per buku</source>
        <translation>Pages per book</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="536"/>
        <source>Cetak baris uji</source>
        <translation>Print test line</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="537"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="145"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="146"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>PermissionsTab</name>
    <message>
        <location filename="../../ui/settings/permissions_tab.py" line="20"/>
        <source>Hak akses</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../../ui/settings/permissions_tab.py" line="39"/>
        <source>Hak</source>
        <translation>Permission</translation>
    </message>
    <message>
        <location filename="../../ui/settings/permissions_tab.py" line="41"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/settings/permissions_tab.py" line="62"/>
        <source>boleh</source>
        <translation>allowed</translation>
    </message>
    <message>
        <location filename="../../ui/settings/permissions_tab.py" line="63"/>
        <source>tidak</source>
        <translation>not allowed</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/common/page_base.py" line="135"/>
        <source>Bagian ini belum tersedia pada versi ini.</source>
        <translation>This area is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="56"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="56"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="56"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="56"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="57"/>
        <source>Kesalahan / perubahan</source>
        <translation>Errors / changes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="61"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="61"/>
        <source>sudah ada, sama (dilewati)</source>
        <translation>already present, identical (skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="62"/>
        <source>sudah ada, berbeda</source>
        <translation>already present, different</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="62"/>
        <source>salah</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="87"/>
        <source>Peringatan: {m}</source>
        <translation>Warning: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/customers/import_dialog.py" line="89"/>
        <source>berbeda: {fields}</source>
        <translation>different: {fields}</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="107"/>
        <source>Akhir bulan</source>
        <translation>Month end</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="111"/>
        <source>Dari snapshot tutup buku bulan itu, tidak dihitung ulang dari data hari ini</source>
        <translation>From that month&apos;s closing snapshot, not recomputed from today&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="116"/>
        <source>Belum ada bulan yang ditutup: kualitas portofolio dibaca dari snapshot akhir bulan yang ditulis saat tutup buku.</source>
        <translation>No month has been closed yet: portfolio quality is read from the month-end snapshots written by the month-end close.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="122"/>
        <source>NPF bruto</source>
        <translation>Gross NPF</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="123"/>
        <source>NPF neto</source>
        <translation>Net NPF</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="124"/>
        <source>PAR 1</source>
        <translation>PAR 1</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="125"/>
        <source>PAR 30</source>
        <translation>PAR 30</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="126"/>
        <source>PAR 90</source>
        <translation>PAR 90</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="127"/>
        <source>Rasio tertagih</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="133"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="133"/>
        <location filename="../../ui/collections/portfolio_tab.py" line="141"/>
        <source>Rekening</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="133"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="134"/>
        <source>Porsi</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="136"/>
        <source>Dari \ ke</source>
        <translation>From \ to</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="141"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="141"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="141"/>
        <source>Tertagih</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="142"/>
        <source>Rasio</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="143"/>
        <source>Kolektor</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="144"/>
        <source>Petugas kredit</source>
        <translation>Credit officer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="151"/>
        <source>Rasio tertagih = pokok dan bunga diterima bulan itu (angsuran jatuh tempo s.d. akhir bulan) ÷ angsuran jatuh tempo bulan itu. Rekening yang dipindah di tengah bulan dihitung untuk kolektor di akhir bulan.</source>
        <translation>Collection rate = principal and interest received in the month (installments due up to the month end) ÷ installments falling due in the month. An account moved during the month counts for the collector holding it at the month end.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="155"/>
        <source>Outstanding pokok per kolektibilitas</source>
        <translation>Principal outstanding by collectibility</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="156"/>
        <source>Roll rate dari akhir bulan sebelumnya (% outstanding)</source>
        <translation>Roll rates from the previous month end (% of outstanding)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="157"/>
        <source>Baris: ember hari tunggak di akhir bulan sebelumnya; kolom: di akhir bulan ini. Lunas/keluar: lunas, dilunasi dipercepat atau dihapus buku.</source>
        <translation>Rows: days-past-due bucket at the previous month end; columns: at this month end. Paid off/left: paid off, settled early or written off.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="164"/>
        <source>Rasio tertagih per kolektor (pemegang rekening di akhir bulan)</source>
        <translation>Collection rate per collector (holding the account at the month end)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="166"/>
        <source>Rasio tertagih per petugas kredit</source>
        <translation>Collection rate per credit officer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="241"/>
        <source>Kelas 3–5 {npl} dari {total}</source>
        <translation>Classes 3–5: {npl} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="244"/>
        <source>(NPL − CKPN NPL {allowance}) ÷ (outstanding − CKPN NPL); POJK 35/2018</source>
        <translation>(NPL − NPL allowance {allowance}) ÷ (outstanding − NPL allowance); POJK 35/2018</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="248"/>
        <source>Outstanding menunggak lebih dari {days} hari: {amount}</source>
        <translation>Outstanding more than {days} days past due: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="253"/>
        <source>Tertagih {collected} dari jatuh tempo {due}</source>
        <translation>Collected {collected} of {due} due</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="256"/>
        <source>Tidak tercatat untuk bulan ini</source>
        <translation>Not recorded for this month</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="261"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="265"/>
        <source>Stage {stage} (PSAK 71): {loans} rekening, {amount}, CKPN {allowance} ({coverage})</source>
        <translation>Stage {stage} (PSAK 71): {loans} accounts, {amount}, allowance {allowance} ({coverage})</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="272"/>
        <source>Akhir bulan sebelumnya belum ditutup: belum ada perpindahan untuk dihitung.</source>
        <translation>The previous month end has not been closed: there is no movement to count yet.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="279"/>
        <source>{loans} rekening, {amount}</source>
        <translation>{loans} accounts, {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="283"/>
        <source>Dari {previous} ke {current}; pinjaman baru bulan ini: {new}.</source>
        <translation>From {previous} to {current}; new loans this month: {new}.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/portfolio_tab.py" line="301"/>
        <source>Rasio tertagih tidak tercatat untuk bulan ini: bulan itu ditutup sebelum tutup buku mencatatnya.</source>
        <translation>The collection rate was not recorded for this month: the month was closed before the month-end close recorded it.</translation>
    </message>
</context>
<context>
    <name>PrematureTab</name>
    <message>
        <location filename="../../ui/collections/page.py" line="591"/>
        <source>Per petugas</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="592"/>
        <source>Per dealer</source>
        <translation>By dealer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="593"/>
        <source>Per</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="596"/>
        <source>Rincian rekening…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="600"/>
        <source>B{m}</source>
        <translation>M{m}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="601"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="601"/>
        <location filename="../../ui/collections/page.py" line="606"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="601"/>
        <source>FPD %</source>
        <translation>FPD %</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="603"/>
        <source>Persentase rekening menunggak pada bulan ke-1 s.d. 12 (B1–B12); FPD: angsuran pertama tidak dibayar dalam 30 hari</source>
        <translation>Share of accounts in arrears in months 1 to 12 on book (M1–M12); FPD: first installment not paid within 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="606"/>
        <source>Bulan cair</source>
        <translation>Disbursed in</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="607"/>
        <source>Vintage: % rekening 30+ hari menunggak menurut bulan pencairan</source>
        <translation>Vintage: % of accounts 30+ days past due by month of disbursement</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="632"/>
        <source>Rekening prematur: {name}</source>
        <translation>Premature accounts: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="634"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="634"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="634"/>
        <source>Tgl cair</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="634"/>
        <source>Bulan ke</source>
        <translation>Month on book</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="635"/>
        <source>Hari tunggak</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="635"/>
        <source>FPD</source>
        <translation>FPD</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="635"/>
        <source>Bulan menunggak</source>
        <translation>Months in arrears</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="636"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>ProblemTab</name>
    <message>
        <location filename="../../ui/collections/page.py" line="1022"/>
        <source>Catat tarik unit…</source>
        <translation>Record repossession…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1023"/>
        <source>Catat penjualan unit…</source>
        <translation>Record unit sale…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1024"/>
        <source>Usulkan hapus buku…</source>
        <translation>Propose write-off…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1025"/>
        <source>Setujui hapus buku…</source>
        <translation>Approve write-off…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1026"/>
        <source>Terima pembayaran hapus buku…</source>
        <translation>Receive payment on written-off loan…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1037"/>
        <source>Unit tarikan</source>
        <translation>Repossessed units</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1038"/>
        <location filename="../../ui/collections/page.py" line="1044"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1038"/>
        <location filename="../../ui/collections/page.py" line="1046"/>
        <location filename="../../ui/collections/page.py" line="1106"/>
        <location filename="../../ui/collections/page.py" line="1173"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1038"/>
        <location filename="../../ui/collections/page.py" line="1106"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1038"/>
        <source>Tempat</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1039"/>
        <source>Taksiran</source>
        <translation>Valuation</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1039"/>
        <location filename="../../ui/collections/page.py" line="1044"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1039"/>
        <location filename="../../ui/collections/page.py" line="1127"/>
        <source>Harga jual</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1039"/>
        <source>Kelebihan</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1040"/>
        <source>Kekurangan</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1040"/>
        <source>Sisa utang</source>
        <translation>Remaining debt</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1043"/>
        <source>Register hapus buku</source>
        <translation>Write-off register</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1044"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1045"/>
        <source>Diusulkan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1045"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1045"/>
        <source>Disetujui oleh</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1046"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1046"/>
        <source>Tertagih kembali</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1047"/>
        <location filename="../../ui/collections/page.py" line="1144"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1075"/>
        <source>Penagihan</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1076"/>
        <source>Pilih rekening di tab Daftar kerja dulu.</source>
        <translation>Select an account on the Worklist tab first.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1105"/>
        <source>Tarik unit {contract}</source>
        <translation>Repossess unit {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1107"/>
        <source>Tempat penyimpanan</source>
        <translation>Storage place</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1107"/>
        <source>Nilai taksiran</source>
        <translation>Valuation</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1108"/>
        <source>Biaya penarikan</source>
        <translation>Repossession costs</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1108"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1126"/>
        <source>Penjualan unit {contract}</source>
        <translation>Sale of unit {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1127"/>
        <source>Tanggal jual</source>
        <translation>Sale date</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1128"/>
        <source>Biaya penjualan</source>
        <translation>Selling costs</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1128"/>
        <source>Pembeli</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1129"/>
        <source>Bila kurang</source>
        <translation>If short</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1143"/>
        <source>Usulan hapus buku {contract}</source>
        <translation>Write-off proposal {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1156"/>
        <source>Hapus buku</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1157"/>
        <source>Setujui hapus buku {contract}? Sisa pokok dibebankan ke cadangan kerugian; pinjaman tetap ditagih.</source>
        <translation>Approve the write-off of {contract}? The outstanding principal is charged to the loss allowance; the loan is still collected.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1170"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1171"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1172"/>
        <source>Penerimaan hapus buku {contract}</source>
        <translation>Recovery on {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1173"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1173"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="70"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="70"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="70"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="79"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="79"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="287"/>
        <source>Produk simpanan</source>
        <translation>Savings products</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="290"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="290"/>
        <location filename="../../ui/savings/page.py" line="295"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="290"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="297"/>
        <source>Jumlah tetap (pokok/wajib per bulan)</source>
        <translation>Fixed amount (principal / compulsory per month)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="299"/>
        <source>Suku jasa (% setahun)</source>
        <translation>Interest rate (% a year)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="301"/>
        <source>Saldo terendah</source>
        <translation>Lowest balance</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="302"/>
        <source>Saldo rata-rata harian</source>
        <translation>Average daily balance</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="303"/>
        <source>Tanpa jasa</source>
        <translation>No interest</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="304"/>
        <source>Dasar jasa</source>
        <translation>Interest basis</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="306"/>
        <source>Saldo minimum</source>
        <translation>Minimum balance</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="308"/>
        <source>Saldo minimum berjasa</source>
        <translation>Minimum earning balance</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="310"/>
        <source>Batas persetujuan supervisor</source>
        <translation>Supervisor approval limit</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="313"/>
        <source>Jangka waktu (bulan)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="315"/>
        <source>% dari pokok</source>
        <translation>% of the principal</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="316"/>
        <source>% dari jasa yang sudah dibayar</source>
        <translation>% of the interest already paid</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="317"/>
        <source>Penalti pencairan awal</source>
        <translation>Early-break penalty</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="319"/>
        <source>Penalti (%)</source>
        <translation>Penalty (%)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="320"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="379"/>
        <source>Persentase harus berupa angka, misalnya 3 atau 2,5</source>
        <translation>A percentage must be a number, e.g. 3 or 2.5</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="39"/>
        <source>Produk pinjaman</source>
        <translation>Loan products</translation>
    </message>
</context>
<context>
    <name>QuotePage</name>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="167"/>
        <source>Roda dua</source>
        <translation>Two-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="168"/>
        <source>Roda empat</source>
        <translation>Four-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="174"/>
        <source>harga OTR</source>
        <translation>OTR price</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="180"/>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="181"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="200"/>
        <source>% per tahun</source>
        <translation>% per year</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="211"/>
        <source>bulan</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="215"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="216"/>
        <source>Jenis kendaraan</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="218"/>
        <source>Harga OTR / plafon</source>
        <translation>OTR price / loan amount</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="219"/>
        <source>Uang muka (DP)</source>
        <translation>Down payment (DP)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="220"/>
        <source>Suku bunga</source>
        <translation>Interest rate</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="60"/>
        <location filename="../../ui/credit/quote_page.py" line="221"/>
        <source>Tenor</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="60"/>
        <source>Pokok dibiayai</source>
        <translation>Amount financed</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="60"/>
        <location filename="../../ui/credit/quote_page.py" line="128"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="60"/>
        <source>Total angsuran</source>
        <translation>Total installments</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="60"/>
        <source>Total bunga</source>
        <translation>Total interest</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="61"/>
        <source>Bunga efektif
per tahun</source>
        <translation>Effective rate
per year</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="61"/>
        <source>Efektif dengan
biaya per tahun</source>
        <translation>Effective incl.
fees per year</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="61"/>
        <source>Bayar
pertama</source>
        <translation>First
payment</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="90"/>
        <source>{n} bulan</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="128"/>
        <source>Ke</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="128"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="128"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="128"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="129"/>
        <source>Sisa pokok</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="171"/>
        <source>Investasi / modal kerja</source>
        <translation>Investment / working capital</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="172"/>
        <source>Multiguna</source>
        <translation>Multipurpose</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="217"/>
        <source>Tujuan pembiayaan</source>
        <translation>Financing purpose</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="222"/>
        <source>Data simulasi</source>
        <translation>Quote details</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="250"/>
        <source>Salin untuk WhatsApp</source>
        <translation>Copy for WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="251"/>
        <source>Cetak PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="252"/>
        <source>Cetak jadwal</source>
        <translation>Print schedule</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="279"/>
        <source>Simulasi kredit</source>
        <translation>Credit quote</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="281"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="338"/>
        <source>batas produk {low}–{high} %, {method}</source>
        <translation>product range {low}–{high} %, {method}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="340"/>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="340"/>
        <source>efektif</source>
        <translation>effective</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="369"/>
        <source>Isi harga OTR untuk melihat simulasi.</source>
        <translation>Enter the OTR price to see the quote.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="370"/>
        <source>Belum ada produk aktif: buat produk di Pengaturan.</source>
        <translation>No active products yet: create a product in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="404"/>
        <source>Uang muka: {dp} ({pct} %)</source>
        <translation>Down payment: {dp} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="405"/>
        <source>Biaya administrasi: {x}</source>
        <translation>Administration fee: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="407"/>
        <source>Provisi: {x}</source>
        <translation>Provision fee: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="409"/>
        <source>Biaya fidusia: {x}</source>
        <translation>Fiducia fee: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="411"/>
        <source>Asuransi {pct} % per tahun, masuk pokok</source>
        <translation>Insurance {pct} % per year, financed in the principal</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="412"/>
        <source>Asuransi {pct} % per tahun, dibayar di muka</source>
        <translation>Insurance {pct} % per year, paid up front</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="414"/>
        <source>Pembayaran pertama: {x}</source>
        <translation>First payment: {x}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="438"/>
        <source>Jadwal angsuran {n} bulan · total bunga {interest} · total dibayar {total}</source>
        <translation>Installment schedule, {n} months · total interest {interest} · total paid {total}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="448"/>
        <source>Simulasi disalin: tempel di WhatsApp.</source>
        <translation>Quote copied: paste it into WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="452"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/credit/quote_page.py" line="453"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/customers/page.py" line="364"/>
        <source>Pindah portofolio</source>
        <translation>Transfer portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="370"/>
        <source>(nonaktif)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="378"/>
        <source>mis. petugas mengundurkan diri</source>
        <translation>e.g. the officer has resigned</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="379"/>
        <source>Hanya nasabah yang tampil di daftar (sesuai pencarian/filter)</source>
        <translation>Only the customers shown in the list (by the current search/filter)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="380"/>
        <source>Dari petugas</source>
        <translation>From officer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="381"/>
        <source>Ke petugas</source>
        <translation>To officer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="382"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="385"/>
        <source>Pindahkan</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="386"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/cashier/refund_dialog.py" line="30"/>
        <source>Kembalikan titipan — {no}</source>
        <translation>Refund advance — {no}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/refund_dialog.py" line="33"/>
        <source>Titipan yang ada: {amount}</source>
        <translation>Advance held: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/refund_dialog.py" line="40"/>
        <source>mis. kelebihan bayar angsuran terakhir</source>
        <translation>e.g. overpaid last installment</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/refund_dialog.py" line="41"/>
        <source>Jumlah dikembalikan</source>
        <translation>Amount refunded</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/refund_dialog.py" line="42"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/refund_dialog.py" line="43"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../ui/collections/page.py" line="277"/>
        <source>Pengingat WhatsApp {contract}</source>
        <translation>WhatsApp reminder {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="283"/>
        <source>Salin teks</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="285"/>
        <source>Buka WhatsApp</source>
        <translation>Open WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="292"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="173"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="176"/>
        <source>Kartu angsuran</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="178"/>
        <source>Kas harian</source>
        <translation>Daily cash</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="191"/>
        <source>Laporan petugas</source>
        <translation>Officer&apos;s report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="191"/>
        <source>Dokumen nasabah</source>
        <translation>Customer papers</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="192"/>
        <source>Paket laporan bulanan</source>
        <translation>Monthly report pack</translation>
    </message>
</context>
<context>
    <name>ResignDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="124"/>
        <source>Anggota keluar</source>
        <translation>Member leaves</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="124"/>
        <source>Simpanan dipotong untuk pinjaman yang masih berjalan, sisanya dibayarkan; semua rekening ditutup.</source>
        <translation>Savings settle the running loans first, the rest is paid out; every account is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="128"/>
        <source>Keluar</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="129"/>
        <source>Meninggal dunia</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RestructureDialog</name>
    <message>
        <location filename="../../ui/collections/page.py" line="821"/>
        <source>Usulan restrukturisasi {contract}</source>
        <translation>Restructuring proposal {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="830"/>
        <source>tetap</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="832"/>
        <source>kosong: tetap {rate} %</source>
        <translation>empty: unchanged {rate} %</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="834"/>
        <source>Kapitalisasi tunggakan bunga</source>
        <translation>Capitalise overdue interest</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="836"/>
        <source>Angsuran tetap, jangka waktu dipersingkat</source>
        <translation>Keep the installment, shorten the term</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="839"/>
        <source>Bentuk</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="840"/>
        <source>Berlaku mulai</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="841"/>
        <source>Jangka waktu baru (angsuran)</source>
        <translation>New term (installments)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="842"/>
        <source>Bunga baru % per tahun</source>
        <translation>New rate % per year</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="843"/>
        <source>Angsuran baru</source>
        <translation>New installment</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="845"/>
        <source>Pelunasan sebagian</source>
        <translation>Partial prepayment</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="847"/>
        <source>Alasan / kondisi nasabah</source>
        <translation>Reason / customer&apos;s situation</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="853"/>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="857"/>
        <source>Ajukan</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="882"/>
        <source>Pokok baru {principal} (sisa pokok {outstanding}, kapitalisasi {capitalised}, pelunasan sebagian {prepayment}); {tenor} angsuran {installment}, pertama {first}; denda yang dibebaskan {fees}</source>
        <translation>New principal {principal} (outstanding {outstanding}, capitalised {capitalised}, partial prepayment {prepayment}); {tenor} installments of {installment}, first {first}; late fees forgiven {fees}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="891"/>
        <source>; laba (rugi) modifikasi {result}</source>
        <translation>; modification gain (loss) {result}</translation>
    </message>
</context>
<context>
    <name>RestructuringTab</name>
    <message>
        <location filename="../../ui/collections/page.py" line="911"/>
        <source>Setujui…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="912"/>
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="920"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="920"/>
        <source>Bentuk</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="920"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="920"/>
        <source>Berlaku</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="921"/>
        <source>Tenor baru</source>
        <translation>New term</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="921"/>
        <source>Kapitalisasi</source>
        <translation>Capitalised</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="921"/>
        <source>Pelunasan sebagian</source>
        <translation>Partial prepayment</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="922"/>
        <source>Angsuran lama</source>
        <translation>Old installment</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="922"/>
        <source>Angsuran baru</source>
        <translation>New installment</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="922"/>
        <source>Diusulkan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="923"/>
        <source>Diputuskan oleh</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="923"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="940"/>
        <source>Jadwal sebelum restrukturisasi {contract}</source>
        <translation>Schedule before the restructuring of {contract}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="943"/>
        <source>Ke</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="943"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="943"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="943"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="944"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="944"/>
        <source>Pokok dibayar</source>
        <translation>Principal paid</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="944"/>
        <source>Bunga dibayar</source>
        <translation>Interest paid</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="945"/>
        <source>Lunas tanggal</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="983"/>
        <source>Restrukturisasi</source>
        <translation>Restructuring</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="984"/>
        <source>Setujui restrukturisasi {contract}? Sisa jadwal diganti; jadwal lama disimpan.</source>
        <translation>Approve the restructuring of {contract}? The remaining schedule is replaced; the old one is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="989"/>
        <source>Disetujui: {tenor} angsuran {installment}</source>
        <translation>Approved: {tenor} installments of {installment}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1004"/>
        <source>Tolak restrukturisasi</source>
        <translation>Reject restructuring</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1004"/>
        <source>Alasan penolakan</source>
        <translation>Reason for rejection</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../ui/collections/page.py" line="1193"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1195"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1199"/>
        <source>Kolektor</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1199"/>
        <source>Rekening</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1199"/>
        <source>Kontak</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1199"/>
        <source>Janji bayar</source>
        <translation>Promises to pay</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1200"/>
        <source>Tertagih</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="1200"/>
        <source>Penerimaan hapus buku</source>
        <translation>Recoveries</translation>
    </message>
</context>
<context>
    <name>SavingsPage</name>
    <message>
        <location filename="../../ui/savings/page.py" line="599"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="607"/>
        <source>No. anggota, nama atau NIK…</source>
        <translation>Member no., name or NIK…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="610"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="610"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="610"/>
        <location filename="../../ui/savings/page.py" line="622"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="618"/>
        <source>Pilih anggota lebih dulu.</source>
        <translation>Choose a member first.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="621"/>
        <source>No. rekening</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="621"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="621"/>
        <location filename="../../ui/savings/page.py" line="656"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="626"/>
        <source>Anggota baru…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="627"/>
        <source>Pengaturan buku…</source>
        <translation>Passbook settings…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="628"/>
        <source>SHU dan paket RAT…</source>
        <translation>SHU and RAT pack…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="629"/>
        <source>Produk simpanan…</source>
        <translation>Savings products…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="634"/>
        <source>Setor…</source>
        <translation>Deposit…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="635"/>
        <source>Tarik…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="636"/>
        <source>Cetak buku tabungan</source>
        <translation>Print passbook</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="637"/>
        <source>Rekening koran</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="638"/>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="639"/>
        <source>Bayar angsuran…</source>
        <translation>Pay installment…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="640"/>
        <source>Keluar…</source>
        <translation>Leave…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="641"/>
        <source>Berjangka…</source>
        <translation>Time deposit…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="642"/>
        <source>Cairkan berjangka…</source>
        <translation>Cash time deposit…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="655"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="655"/>
        <source>Transaksi</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="655"/>
        <source>No. bukti</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="655"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="656"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="660"/>
        <source>Batalkan transaksi…</source>
        <translation>Reverse transaction…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="662"/>
        <source>Koreksi dengan pembalikan oleh supervisor (bukan kasir yang mencatatnya); transaksi terbaru lebih dulu</source>
        <translation>Corrected by a reversal by a supervisor (not the cashier who recorded it); newest first</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="741"/>
        <source>{no} — {name}; anggota sejak {joined}; simpanan {total}</source>
        <translation>{no} — {name}; member since {joined}; savings {total}</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="745"/>
        <source>Tunggakan simpanan wajib: {months} bulan, {amount}</source>
        <translation>Compulsory savings in arrears: {months} months, {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="753"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="753"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="777"/>
        <source>Tarik simpanan</source>
        <translation>Withdraw savings</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="777"/>
        <source>Setor simpanan</source>
        <translation>Deposit savings</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="817"/>
        <source>Transfer simpanan</source>
        <translation>Savings transfer</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="817"/>
        <source>Ke rekening</source>
        <translation>To account</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="844"/>
        <source>Bayar angsuran</source>
        <translation>Pay installment</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="844"/>
        <source>Anggota ini tidak punya pinjaman aktif.</source>
        <translation>This member has no active loan.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="847"/>
        <source>Bayar angsuran dari simpanan</source>
        <translation>Pay an installment from savings</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="848"/>
        <source>Pinjaman</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="931"/>
        <source>Simpanan berjangka</source>
        <translation>Time deposit</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="931"/>
        <source>Pilih rekening simpanan berjangka yang aktif.</source>
        <translation>Choose an active time deposit account.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="942"/>
        <source>Pencairan sebelum jatuh tempo</source>
        <translation>Breaking before maturity</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="943"/>
        <source>Jatuh tempo {date}. Penalti {penalty}; dibayarkan {net}.</source>
        <translation>Matures {date}. Penalty {penalty}; paid out {net}.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="968"/>
        <source>Batalkan transaksi</source>
        <translation>Reverse transaction</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="968"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for the reversal</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="1053"/>
        <location filename="../../ui/savings/page.py" line="1056"/>
        <location filename="../../ui/savings/page.py" line="1060"/>
        <location filename="../../ui/savings/page.py" line="1066"/>
        <source>Buku tabungan</source>
        <translation>Passbook</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="1053"/>
        <source>Tidak ada transaksi baru untuk dicetak.</source>
        <translation>No new transactions to print.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="1057"/>
        <source>Buku ini sudah penuh: siapkan buku tabungan baru (buku ke-{n}).</source>
        <translation>This book is full: have a new passbook ready (book {n}).</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="1061"/>
        <source>Pencetakan berlanjut ke halaman {page} buku: balik halamannya saat printer mengeluarkan buku.</source>
        <translation>Printing continues on page {page} of the book: turn the page when the printer ejects the book.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="1066"/>
        <source>Apakah buku tercetak dengan benar?</source>
        <translation>Did the passbook print correctly?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/collections/page.py" line="373"/>
        <source>Pengaturan penagihan</source>
        <translation>Collection settings</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="377"/>
        <source>Satu rekening per baris, mis. BCA 123-456-7890 a.n. PT …</source>
        <translation>One account per line, e.g. BCA 123-456-7890 in the name of PT …</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="379"/>
        <source>Rekening pembayaran (pesan WhatsApp)</source>
        <translation>Payment accounts (WhatsApp message)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="380"/>
        <source>FPD: angsuran pertama belum dibayar (hari)</source>
        <translation>FPD: first installment still unpaid (days)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="381"/>
        <source>Janji ingkar tetap di atas (hari)</source>
        <translation>A broken promise stays on top (days)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="382"/>
        <source>Janji bayar paling lama (hari)</source>
        <translation>Longest promise to pay (days)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="383"/>
        <source>Batas waktu dalam surat peringatan (hari)</source>
        <translation>Deadline given in a warning letter (days)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="384"/>
        <source>Angsuran tepat waktu sebelum kolektibilitas membaik</source>
        <translation>On-time installments before the collectibility may improve</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="393"/>
        <source>Batas restrukturisasi supervisor (sisa pokok)</source>
        <translation>Supervisor&apos;s restructuring limit (outstanding principal)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="394"/>
        <source>Batas restrukturisasi manajer (sisa pokok)</source>
        <translation>Manager&apos;s restructuring limit (outstanding principal)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="396"/>
        <source>tanpa batas</source>
        <translation>unlimited</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="37"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <location filename="../../ui/settings/audit_tab.py" line="14"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>SetupChecklist</name>
    <message>
        <location filename="../../ui/shell/setup_checklist.py" line="26"/>
        <source>Kantor siap: pengajuan dapat dicairkan dan angsuran diterima.</source>
        <translation>The office is ready: applications can be disbursed and installments taken.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_checklist.py" line="27"/>
        <source>Sebelum pencairan pertama masih perlu {n} hal:</source>
        <translation>Before the first disbursement, {n} things are still needed:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/setup_checklist.py" line="32"/>
        <source>oleh: {roles}</source>
        <translation>by: {roles}</translation>
    </message>
</context>
<context>
    <name>SetupChecklistPanel</name>
    <message>
        <location filename="../../ui/shell/setup_checklist.py" line="57"/>
        <source>Sembunyikan</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>ShuDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="178"/>
        <source>SHU dan paket RAT</source>
        <translation>SHU and annual meeting (RAT) pack</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="185"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="188"/>
        <source>Dikreditkan ke simpanan sukarela</source>
        <translation>Credited to voluntary savings</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="189"/>
        <source>Dibayar tunai di kasir</source>
        <translation>Paid in cash at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="196"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="196"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="196"/>
        <source>Rata-rata simpanan</source>
        <translation>Average savings</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="197"/>
        <source>Jasa pinjaman dibayar</source>
        <translation>Loan interest paid</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="197"/>
        <source>SHU jasa modal</source>
        <translation>SHU for capital</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="198"/>
        <source>SHU jasa anggota</source>
        <translation>SHU for transactions</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="198"/>
        <source>Jumlah SHU</source>
        <translation>Total SHU</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="202"/>
        <source>Ekspor SHU ke Excel…</source>
        <translation>Export SHU to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="203"/>
        <source>Paket RAT (Excel)…</source>
        <translation>RAT pack (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="204"/>
        <source>Paket RAT (PDF)…</source>
        <translation>RAT pack (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="205"/>
        <location filename="../../ui/savings/page.py" line="266"/>
        <source>Bagikan SHU</source>
        <translation>Distribute SHU</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="207"/>
        <source>Persentase AD/ART…</source>
        <translation>Bylaws percentages…</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="235"/>
        <source>SHU {year}: {pool} — {status}</source>
        <translation>SHU {year}: {pool} — {status}</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="256"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="267"/>
        <source>Bagikan SHU tahun {year} sesuai keputusan RAT? Jurnalnya tidak dapat diubah.</source>
        <translation>Distribute the SHU of {year} as the annual meeting decided? Its journal cannot be changed.</translation>
    </message>
</context>
<context>
    <name>ShuPartsDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="400"/>
        <source>Pembagian SHU menurut AD/ART</source>
        <translation>SHU split by the bylaws</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="405"/>
        <source>Bagian</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="405"/>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="405"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="437"/>
        <source>Jumlah: {total}% (harus 100%)</source>
        <translation>Total: {total}% (must be 100%)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="439"/>
        <source>Persentase harus berupa angka</source>
        <translation>Percentages must be numbers</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <location filename="../../ui/collections/page.py" line="657"/>
        <source>Tahap surat peringatan</source>
        <translation>Warning-letter stages</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="659"/>
        <source>Isian teks: {nama} {alamat} {kontrak} {tanggal} {jatuh_tempo} {hari} {angsuran_tertunggak} {tunggakan} {denda} {total} {batas} {kantor}</source>
        <translation>Text fields: {nama} {alamat} {kontrak} {tanggal} {jatuh_tempo} {hari} {angsuran_tertunggak} {tunggakan} {denda} {total} {batas} {kantor}</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="667"/>
        <source>Tambah tahap</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="670"/>
        <source>Hapus tahap ini</source>
        <translation>Remove this stage</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="690"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="691"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="692"/>
        <source>Paling sedikit hari tunggak</source>
        <translation>At least days past due</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="693"/>
        <source>Paling sedikit angsuran tertunggak</source>
        <translation>At least installments overdue</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="694"/>
        <source>Hari setelah surat sebelumnya</source>
        <translation>Days after the previous letter</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="695"/>
        <source>Isi surat</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="697"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <location filename="../../ui/reports/page.py" line="68"/>
        <source>Satu kontrak</source>
        <translation>One contract</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="69"/>
        <source>Semua pinjaman aktif seorang petugas</source>
        <translation>All active loans of an officer</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="70"/>
        <source>Semua pinjaman aktif satu wilayah</source>
        <translation>All active loans in a region</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="71"/>
        <source>Semua pinjaman aktif</source>
        <translation>All active loans</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="76"/>
        <source>No. kontrak, mis. BDG/2026/00001</source>
        <translation>Contract no., e.g. BDG/2026/00001</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="91"/>
        <source>Kode wilayah, mis. 32.73 (kota) atau 32.73.05 (kecamatan)</source>
        <translation>Region code, e.g. 32.73 (city) or 32.73.05 (district)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="97"/>
        <source>Posisi per</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="98"/>
        <source>Cetak kartu angsuran…</source>
        <translation>Print statements…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="130"/>
        <source>Tidak ada pinjaman aktif untuk pilihan ini.</source>
        <translation>No active loans for this choice.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="132"/>
        <source>{n} kartu angsuran</source>
        <translation>{n} statements</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../ui/cashier/page.py" line="50"/>
        <source>Persetujuan penghapusan denda</source>
        <translation>Late fee waiver approval</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="55"/>
        <source>Denda dihapus</source>
        <translation>Late fee waived</translation>
    </message>
    <message>
        <location filename="../../ui/cashier/page.py" line="56"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="29"/>
        <source>Survei dan analisis 5C — {number}</source>
        <translation>Survey and 5C analysis — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="40"/>
        <source>{customer} · {product} · angsuran {installment} × {tenor}</source>
        <translation>{customer} · {product} · installment {installment} × {tenor}</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="45"/>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="51"/>
        <source>Tanggal kunjungan</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="55"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="58"/>
        <source>Penghasilan dan kewajiban per bulan</source>
        <translation>Monthly income and obligations</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="61"/>
        <source>Penghasilan utama</source>
        <translation>Main income</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="62"/>
        <source>Penghasilan pasangan</source>
        <translation>Spouse&apos;s income</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="63"/>
        <source>Penghasilan lain</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="64"/>
        <source>Biaya rumah tangga</source>
        <translation>Household expenses</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="65"/>
        <source>Angsuran utang lain</source>
        <translation>Installments on other debts</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="73"/>
        <source>di mana, berapa, sisa berapa bulan (SLIK)</source>
        <translation>where, how much, how many months left (SLIK)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="74"/>
        <source>Utang yang ada</source>
        <translation>Existing debts</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="78"/>
        <source>Kemampuan bayar</source>
        <translation>Repayment capacity</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="81"/>
        <source>Analisis 5C (nilai 1–5)</source>
        <translation>5C analysis (score 1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="99"/>
        <source>Kelengkapan dokumen</source>
        <translation>Document checklist</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="112"/>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="117"/>
        <source>syarat atau catatan untuk pemutus</source>
        <translation>conditions or notes for the approver</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="118"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="123"/>
        <source>Simpan survei</source>
        <translation>Save survey</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="157"/>
        <source>Isi penghasilan dan biaya untuk menghitung kemampuan bayar.</source>
        <translation>Enter income and expenses to calculate the repayment capacity.</translation>
    </message>
    <message>
        <location filename="../../ui/credit/survey_form.py" line="160"/>
        <source>Penghasilan bersih {net}; angsuran = &lt;b style=&apos;color:{colour}&apos;&gt;{ratio} %&lt;/b&gt; (batas produk {limit} %)</source>
        <translation>Net income {net}; installment = &lt;b style=&apos;color:{colour}&apos;&gt;{ratio} %&lt;/b&gt; (product limit {limit} %)</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="51"/>
        <source>Pasang bagan akun standar</source>
        <translation>Install the standard chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="53"/>
        <source>Administrator, manajer atau akuntan; administrator hanya selama buku besar belum berisi jurnal</source>
        <translation>Administrator, manager or accountant; the administrator only while the ledger holds no journal</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="55"/>
        <source>Impor saldo awal (neraca saldo)…</source>
        <translation>Import opening balances (trial balance)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="57"/>
        <source>Kantor pindahan: saldo buku lama per tanggal peralihan, dari Excel</source>
        <translation>An office moving in: the old books&apos; balances at the cut-over date, from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="72"/>
        <source>akun kontrol (hanya digerakkan buku pembantu)</source>
        <translation>control account (moved only by the subsidiary ledgers)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="73"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="74"/>
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="53"/>
        <source>Metode pengakuan pendapatan, tabel kolektibilitas dan cadangan kerugian (CKPN). Perubahan metode pendapatan hanya berlaku untuk pinjaman yang dicairkan sesudahnya.</source>
        <translation>How income is recognised, the collectibility table and the loss allowance (CKPN). A change of income method applies only to loans disbursed afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="58"/>
        <source>Pendapatan bunga</source>
        <translation>Interest income</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="63"/>
        <location filename="../../ui/settings/accounting_tab.py" line="96"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="67"/>
        <source>Bunga kredit bermasalah (kelas 3–5)</source>
        <translation>Interest on non-performing loans (classes 3–5)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="70"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="76"/>
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="76"/>
        <source>Sampai hari ke-</source>
        <translation>Up to day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="80"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="84"/>
        <source>Di atas batas terakhir: Macet (kelas 5).</source>
        <translation>Beyond the last bound: Loss (class 5).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="87"/>
        <source>Cadangan kerugian (CKPN)</source>
        <translation>Loss allowance (CKPN)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="97"/>
        <source>Tarif kelas 1–5 (%)</source>
        <translation>Rates for classes 1–5 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="98"/>
        <source>Tarif stage 1–3 (%)</source>
        <translation>Rates for stages 1–3 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="99"/>
        <source>Agunan diperhitungkan (% harga OTR)</source>
        <translation>Collateral counted (% of OTR price)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="100"/>
        <source>LGD (%)</source>
        <translation>LGD (%)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounting_tab.py" line="103"/>
        <location filename="../../ui/settings/accounts_tab.py" line="75"/>
        <location filename="../../ui/settings/products_tab.py" line="245"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="78"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="80"/>
        <location filename="../../ui/settings/products_tab.py" line="186"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="81"/>
        <location filename="../../ui/settings/products_tab.py" line="187"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="82"/>
        <location filename="../../ui/settings/holidays_tab.py" line="61"/>
        <location filename="../../ui/settings/products_tab.py" line="188"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="83"/>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="117"/>
        <source>(tanpa induk)</source>
        <translation>(no parent)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="136"/>
        <source>Akun baru: isi kode, nama dan jenis.</source>
        <translation>New account: enter the code, name and type.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="154"/>
        <source>Saldo hari ini: {amount}</source>
        <translation>Balance today: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts_tab.py" line="174"/>
        <source>Tersimpan: {account}</source>
        <translation>Saved: {account}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="73"/>
        <source>Cadangan otomatis harian</source>
        <translation>Daily automatic backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="75"/>
        <source>Buat cadangan setiap hari saat aplikasi dibuka</source>
        <translation>Make a backup every day when the application starts</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="78"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="85"/>
        <source> file</source>
        <translation> files</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="86"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="90"/>
        <location filename="../../ui/settings/backup_tab.py" line="144"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="92"/>
        <source>Simpan sebanyak</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="99"/>
        <source>Cadangan dan pemulihan</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="104"/>
        <location filename="../../ui/settings/backup_tab.py" line="171"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="106"/>
        <source>Pulihkan dari file…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="109"/>
        <location filename="../../ui/settings/backup_tab.py" line="190"/>
        <source>Periksa basis data</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="110"/>
        <source>Semua pemeriksaan &apos;check&apos;: integritas, kunci asing, jejak audit, buku besar, pinjaman</source>
        <translation>Every &apos;check&apos; test: integrity, foreign keys, audit trail, ledger, loans</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="118"/>
        <source>Cadangan dibuat dengan API cadangan SQLite, aman walau kasir sedang mencatat pembayaran. Simpan salinan di luar komputer ini (flashdisk, folder bersama) — basis datanya sendiri jangan ditaruh di folder bersama atau OneDrive.</source>
        <translation>Backups use SQLite&apos;s backup API, safe even while a cashier is recording payments. Keep copies off this computer (USB drive, shared folder) — but never put the database itself in a shared folder or OneDrive.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="136"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="137"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="155"/>
        <source>Pengaturan cadangan disimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="168"/>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup created: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="171"/>
        <source>Menyalin basis data…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="174"/>
        <source>Pencadangan dibatalkan: tidak ada berkas yang ditulis.</source>
        <translation>Backup cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="185"/>
        <source>Semua {n} pemeriksaan lulus.</source>
        <translation>All {n} checks passed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="188"/>
        <source>{n} pemeriksaan GAGAL:</source>
        <translation>{n} checks FAILED:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="190"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="192"/>
        <source>Pemeriksaan dibatalkan.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="195"/>
        <location filename="../../ui/settings/backup_tab.py" line="227"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="196"/>
        <source>Cadangan Angsur (*.db);;Semua file (*)</source>
        <translation>Angsur backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="217"/>
        <source>Pemulihan dari aplikasi hanya untuk basis data SQLite.</source>
        <translation>Restoring from the application works only for SQLite databases.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="227"/>
        <source>Memeriksa cadangan sebelum dipulihkan…</source>
        <translation>Checking the backup before it is restored…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="235"/>
        <source>Pemulihan dibatalkan: basis data tidak diubah.</source>
        <translation>Restore cancelled: the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="240"/>
        <source>Cadangan DITOLAK, basis data tidak diubah: {reason}</source>
        <translation>Backup REFUSED, the database was not changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_tab.py" line="251"/>
        <source>Basis data dipulihkan dari {source} ({checks} pemeriksaan lulus). File lama disimpan sebagai {kept}.</source>
        <translation>Database restored from {source} ({checks} checks passed). The old file was kept as {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/permissions_tab.py" line="78"/>
        <source>Hak setiap peran, seperti yang ditegakkan oleh aplikasi. Tindakan bertanda &quot;pembuat ≠ pemeriksa&quot; juga membutuhkan orang kedua. Peran diubah di tab Pengguna.</source>
        <translation>The permissions of each role, as the application enforces them. Actions marked &quot;maker ≠ checker&quot; also need a second person. Roles are changed on the Users tab.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="108"/>
        <source>Simpan band NPF</source>
        <translation>Save NPF band</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="109"/>
        <source>NPF perusahaan</source>
        <translation>Company NPF</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="110"/>
        <source>NPF perusahaan (menentukan DP minimum, POJK 35/2018 Pasal 20)</source>
        <translation>Company NPF (sets the minimum down payment, POJK 35/2018 Art. 20)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="114"/>
        <source>Menentukan DP minimum (POJK 35/2018 Pasal 20).</source>
        <translation>Sets the minimum down payment (POJK 35/2018 art. 20).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="136"/>
        <source>bulanan</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="136"/>
        <source>mingguan</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="137"/>
        <source>dua mingguan</source>
        <translation>fortnightly</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="147"/>
        <source>dibiayai (masuk pokok)</source>
        <translation>financed (added to principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="152"/>
        <source>ke sen terdekat</source>
        <translation>to the nearest sen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="152"/>
        <source>ke rupiah terdekat</source>
        <translation>to the nearest rupiah</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="153"/>
        <source>ke atas, kelipatan Rp 100</source>
        <translation>up, to a multiple of Rp 100</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="153"/>
        <source>ke atas, kelipatan Rp 1.000</source>
        <translation>up, to a multiple of Rp 1.000</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="154"/>
        <source>ke Rp 100 terdekat</source>
        <translation>to the nearest Rp 100</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="154"/>
        <source>ke bawah, rupiah penuh</source>
        <translation>down, to whole rupiah</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="162"/>
        <source>jatuh tempo dihitung dari hari kerja berikutnya</source>
        <translation>due dates count from the next working day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="163"/>
        <source>Jatuh tempo pada hari libur atau hari Minggu dihitung dari hari kerja berikutnya untuk masa tenggang, denda dan hari tunggak</source>
        <translation>A due date on a holiday or a Sunday counts from the next working day for grace days, late fees and days past due</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="166"/>
        <source>Sisa pokok menurut tabel angsuran (flat)</source>
        <translation>Remaining principal from the installment table (flat)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="167"/>
        <source>Sisa pokok menurut tabel efektif (anuitas)</source>
        <translation>Remaining principal from the effective table (annuity)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="173"/>
        <source>DP minimum (%) per band NPF</source>
        <translation>Minimum down payment (%) per NPF band</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="175"/>
        <source>Roda dua</source>
        <translation>Two-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="176"/>
        <source>Roda empat investasi</source>
        <translation>Four-wheel investment</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="177"/>
        <source>Roda empat multiguna</source>
        <translation>Four-wheel multipurpose</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="189"/>
        <source>Metode bunga</source>
        <translation>Interest method</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="190"/>
        <source>Frekuensi</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="192"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="192"/>
        <source>standar</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="193"/>
        <source>maks</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="196"/>
        <location filename="../../ui/settings/products_tab.py" line="209"/>
        <source>% per tahun</source>
        <translation>% per year</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="198"/>
        <source>Suku bunga</source>
        <translation>Interest rate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="204"/>
        <source>Tenor (angsuran)</source>
        <translation>Term (installments)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="205"/>
        <source>Biaya administrasi</source>
        <translation>Administration fee</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="206"/>
        <source>Provisi (% pokok)</source>
        <translation>Provision (% of principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="212"/>
        <source>Asuransi</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="213"/>
        <source>Biaya fidusia</source>
        <translation>Fiducia fee</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="216"/>
        <source>‰ per hari, tenggang</source>
        <translation>‰ per day, grace period</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="218"/>
        <source>hari</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="220"/>
        <source>Denda</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="223"/>
        <source>% angsuran atau</source>
        <translation>% of installment or</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="225"/>
        <source>Batas denda</source>
        <translation>Late fee cap</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="226"/>
        <source>Pembulatan angsuran</source>
        <translation>Installment rounding</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="227"/>
        <source>Urutan alokasi</source>
        <translation>Allocation order</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="228"/>
        <source>Hari libur</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="229"/>
        <source>Pelunasan dipercepat</source>
        <translation>Early payoff</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="230"/>
        <source>Penalti pelunasan (% sisa pokok)</source>
        <translation>Early payoff penalty (% of outstanding principal)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="231"/>
        <source>Rasio angsuran/penghasilan maks. (%)</source>
        <translation>Max. installment/income ratio (%)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="234"/>
        <source>Pemetaan jurnal (JSON)</source>
        <translation>Journal mapping (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="244"/>
        <source>Produk baru</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="246"/>
        <location filename="../../ui/settings/products_tab.py" line="338"/>
        <location filename="../../ui/settings/users_tab.py" line="186"/>
        <location filename="../../ui/settings/users_tab.py" line="221"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/products_tab.py" line="338"/>
        <location filename="../../ui/settings/users_tab.py" line="221"/>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="161"/>
        <source>Setiap orang masuk dengan akunnya sendiri; peran menentukan apa yang boleh dilakukan (lihat tab Hak akses). Akun tidak dihapus, hanya dinonaktifkan, agar jejak audit tetap utuh.</source>
        <translation>Everyone signs in with their own account; the role decides what they may do (see the Permissions tab). Accounts are never deleted, only deactivated, so that the audit trail stays intact.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="183"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="184"/>
        <source>Ubah peran…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="185"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="258"/>
        <source>Ubah peran {name}</source>
        <translation>Change role of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="261"/>
        <source>Peran baru</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="274"/>
        <source>Kata sandi baru untuk {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="287"/>
        <source>Kata sandi {name} sudah diganti. Sampaikan secara langsung, jangan lewat pesan.</source>
        <translation>{name}&apos;s password has been changed. Tell them in person, not by message.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/approval_limits_tab.py" line="38"/>
        <source>tanpa batas</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="45"/>
        <source>Libur nasional dan cuti bersama. Produk yang memindahkan jatuh tempo menghitung tenggang, denda dan hari tunggak dari hari kerja berikutnya.</source>
        <translation>Public holidays and collective leave. Products that move due dates count grace, late fee and days past due from the next working day.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="54"/>
        <source>Isi dari kalender pemerintah</source>
        <translation>Fill from the government calendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="56"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="61"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="61"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="61"/>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="72"/>
        <source>mis. Cuti bersama Idul Fitri</source>
        <translation>e.g. Eid al-Fitr collective leave</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="77"/>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="79"/>
        <source>Simpan hari libur</source>
        <translation>Save holiday</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="92"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/holidays_tab.py" line="92"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="42"/>
        <source>Simpan profil</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="45"/>
        <source>Kantor (kop surat dan kwitansi)</source>
        <translation>Office (letterhead and receipts)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="53"/>
        <location filename="../../ui/settings/office_tab.py" line="66"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="60"/>
        <source>kosong: alamat kantor yang dicetak</source>
        <translation>empty: the office&apos;s address is printed</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="63"/>
        <source>Simpan cabang</source>
        <translation>Save branch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="67"/>
        <location filename="../../ui/settings/office_tab.py" line="74"/>
        <source>Nama cabang</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="68"/>
        <source>Alamat cabang</source>
        <translation>Branch address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="69"/>
        <location filename="../../ui/settings/office_tab.py" line="74"/>
        <source>Telepon cabang</source>
        <translation>Branch phone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/office_tab.py" line="118"/>
        <source>Profil tersimpan; dokumen berikutnya memakai kop ini.</source>
        <translation>Profile saved; the next documents carry this letterhead.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/limits_tab.py" line="34"/>
        <source>Batas satu jumlah</source>
        <translation>Limit on one amount</translation>
    </message>
    <message>
        <location filename="../../ui/settings/limits_tab.py" line="36"/>
        <source>Yang menyetujui pengajuan boleh juga mencairkannya</source>
        <translation>The approver of an application may also disburse it</translation>
    </message>
</context>
<context>
    <name>TimeDepositDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="141"/>
        <source>Simpanan berjangka baru</source>
        <translation>New time deposit</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="146"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="148"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="152"/>
        <source>Jangka waktu (bulan)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="154"/>
        <source>Dicairkan</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="155"/>
        <source>Diperpanjang otomatis (ARO)</source>
        <translation>Rolled over automatically (ARO)</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="156"/>
        <source>Saat jatuh tempo</source>
        <translation>At maturity</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="158"/>
        <source>Setoran tunai</source>
        <translation>Cash deposit</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="161"/>
        <source>Dana dari</source>
        <translation>Funds from</translation>
    </message>
</context>
<context>
    <name>TxnDialog</name>
    <message>
        <location filename="../../ui/savings/page.py" line="50"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="52"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="53"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="54"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="56"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="58"/>
        <source>Keterangan</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/savings/page.py" line="61"/>
        <source>Di atas batas produk, supervisor menyetujui dengan login sendiri:</source>
        <translation>Above the product&apos;s limit a supervisor approves with their own login:</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="113"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="121"/>
        <source>(semua cabang)</source>
        <translation>(all branches)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="125"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="126"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="127"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="128"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="41"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="67"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="67"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="68"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="68"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="69"/>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="77"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="78"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="80"/>
        <source>terkunci s/d {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_tab.py" line="151"/>
        <source>kedua kata sandi tidak sama</source>
        <translation>the two passwords do not match</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../ui/collections/page.py" line="104"/>
        <source>Janji</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="104"/>
        <source>No. kontrak</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="105"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="105"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="106"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="106"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="107"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="107"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="108"/>
        <source>Ditagih (kasir)</source>
        <translation>Due (cashier)</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="108"/>
        <source>Bulan ke</source>
        <translation>Month on book</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="109"/>
        <source>Kontak terakhir</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="109"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="110"/>
        <source>Kolektor</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="110"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
</context>
<context>
    <name>WorklistTab</name>
    <message>
        <location filename="../../ui/collections/page.py" line="434"/>
        <source>Semua kolektor</source>
        <translation>All collectors</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="435"/>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="441"/>
        <source>Wilayah (kelurahan, kecamatan, kota)…</source>
        <translation>Area (village, district, city)…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="443"/>
        <source>Semua umur tunggakan</source>
        <translation>All arrears ages</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="446"/>
        <source>Per</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="458"/>
        <source>Catat kontak…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="459"/>
        <source>WhatsApp…</source>
        <translation>WhatsApp…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="460"/>
        <source>Cetak rute…</source>
        <translation>Print route…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="461"/>
        <source>Tugaskan…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="462"/>
        <source>Usulkan restrukturisasi…</source>
        <translation>Propose restructuring…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="467"/>
        <source>Pengaturan…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="510"/>
        <source>{n} rekening; {broken} janji ingkar di atas</source>
        <translation>{n} accounts; {broken} broken promises on top</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="525"/>
        <source>Penagihan</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="525"/>
        <source>Pilih rekening di daftar dulu.</source>
        <translation>Select an account in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="554"/>
        <source>Simpan rute kunjungan</source>
        <translation>Save visit route</translation>
    </message>
    <message>
        <location filename="../../ui/collections/page.py" line="555"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="205"/>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="206"/>
        <source>Administrator mengelola pengguna dan pengaturan. Pilih kata sandi sendiri (minimal 8 karakter); tidak ada kata sandi bawaan.</source>
        <translation>The administrator manages users and settings. Choose your own password (at least 8 characters); there is no default password.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="216"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="216"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="217"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="217"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>_CashPage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="327"/>
        <source>Akun kas dan bank</source>
        <translation>Cash and bank accounts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="328"/>
        <source>Pembayaran tunai masuk ke akun kas; transfer dan pencairan lewat akun bank. Beri nama sesuai rekening Anda, mis. &quot;Bank BRI 0123-01-000456-30-1&quot;.</source>
        <translation>Cash payments go to the cash account; transfers and disbursements through the bank account. Name them after your accounts, e.g. &quot;Bank BRI 0123-01-000456-30-1&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="335"/>
        <source>Akun kas</source>
        <translation>Cash account</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="335"/>
        <source>Akun bank</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="337"/>
        <source>Nama akun kas</source>
        <translation>Cash account name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="339"/>
        <source>Nama akun bank</source>
        <translation>Bank account name</translation>
    </message>
</context>
<context>
    <name>_ChartPage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="260"/>
        <source>Bagan akun dan produk</source>
        <translation>Chart of accounts and products</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="261"/>
        <source>Pasang bawaan untuk jenis kantor Anda. Akun dan produk dapat diubah nanti di Pengaturan; yang tidak dicentang tidak dipasang.</source>
        <translation>Install the defaults for your kind of office. Accounts and products can be changed later in Settings; what is unticked is left out.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="264"/>
        <source>Pasang bagan akun standar</source>
        <translation>Install the standard chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="267"/>
        <source>Produk pinjaman</source>
        <translation>Loan products</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="274"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="284"/>
        <source>Pasang bagan akun standar ({kind})</source>
        <translation>Install the standard chart of accounts ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="290"/>
        <source>{code} — {name}
{kind}, bunga {rate} % setahun ({method}), tenor {low}–{high}, biaya admin {fee}</source>
        <translation>{code} — {name}
{kind}, interest {rate} % a year ({method}), tenor {low}–{high}, admin fee {fee}</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="457"/>
        <source>Siap dipakai?</source>
        <translation>Ready to use?</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="161"/>
        <source>Kantor dan cabang pertama</source>
        <translation>Office and first branch</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="165"/>
        <source>mis. PT Mitra Pembiayaan Sejahtera</source>
        <translation>e.g. PT Mitra Pembiayaan Sejahtera</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="174"/>
        <source>mis. Cabang Bandung</source>
        <translation>e.g. Bandung Branch</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="175"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="175"/>
        <source>Jenis kantor</source>
        <translation>Office type</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="176"/>
        <source>Kode cabang</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="176"/>
        <source>Nama cabang</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="181"/>
        <source>Jenis kantor menentukan bagan akun, produk dan penggolongan kolektibilitas yang dipasang pada langkah berikutnya.</source>
        <translation>The kind of office decides the chart of accounts, products and collectibility classes installed in the next steps.</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="231"/>
        <source>Profil kantor untuk kop surat</source>
        <translation>Office profile for the letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="232"/>
        <source>Dicetak di setiap kwitansi, simulasi, kontrak dan surat. Bisa diubah nanti di Pengaturan → Profil kantor.</source>
        <translation>Printed on every receipt, quote, contract and letter. It can be changed later in Settings → Office profile.</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="136"/>
        <source>Selamat datang di Angsur</source>
        <translation>Welcome to Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="137"/>
        <source>Basis data ini masih kosong. Siapkan kantor Anda, atau coba Angsur dengan data contoh.</source>
        <translation>This database is still empty. Set up your office, or try Angsur with sample data.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="140"/>
        <source>Siapkan kantor baru</source>
        <translation>Set up a new office</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="141"/>
        <source>Buat data contoh (kantor demo dengan nasabah dan pinjaman rekaan)</source>
        <translation>Create sample data (a demo office with fictitious customers and loans)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="148"/>
        <source>Data contoh memakai pengguna demo (admin, kasir, cmo1, …) dengan kata sandi &lt;b&gt;angsur-demo&lt;/b&gt;. Jangan dipakai untuk data sungguhan.</source>
        <translation>The sample data uses demo users (admin, kasir, cmo1, …) with the password &lt;b&gt;angsur-demo&lt;/b&gt;. Do not use it for real data.</translation>
    </message>
</context>
<context>
    <name>_UsersPage</name>
    <message>
        <location filename="../../ui/shell/login.py" line="388"/>
        <source>Pengguna pertama</source>
        <translation>First users</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="389"/>
        <source>Buat sedikitnya kasir, petugas kredit dan supervisor: pengajuan dibuat petugas, disetujui dan dicairkan orang lain, angsuran diterima kasir.</source>
        <translation>Create at least a cashier, a credit officer and a supervisor: an officer makes the application, someone else approves and disburses it, the cashier takes the installments.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="392"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="392"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="392"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="392"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="412"/>
        <source>Kata sandi minimal 8 karakter; sampaikan kepada masing-masing secara langsung. Pengguna lain dapat ditambah nanti di Pengaturan → Pengguna.</source>
        <translation>Passwords have at least 8 characters; hand them over in person. More users can be added later in Settings → Users.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/shell/app.py" line="59"/>
        <source>Basis data bermasalah</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="60"/>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="76"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="145"/>
        <source>Membuat cadangan harian…</source>
        <translation>Making the daily backup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="149"/>
        <source>Cadangan harian dibuat: {file}</source>
        <translation>Daily backup made: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="166"/>
        <source>Cadangan harian gagal: {error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="178"/>
        <source>Basis data gagal diperiksa</source>
        <translation>The database failed its checks</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="184"/>
        <source>Pulihkan cadangan terakhir yang baik…</source>
        <translation>Restore the newest good backup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/app.py" line="186"/>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../ui/common/i18n.py" line="46"/>
        <source>OK</source>
        <extracomment>Qt ships no Indonesian translation of its own buttons (no qtbase_id.qm), so an Indonesian UI showed &quot;Close&quot;, &quot;Cancel&quot;, &quot;Yes&quot;. Each standard button still wearing Qt&apos;s English text gets ours when its box is shown.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="46"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="47"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="47"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="48"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="48"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="49"/>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="49"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="50"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="50"/>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="51"/>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="51"/>
        <source>Batalkan</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="52"/>
        <source>Coba lagi</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/common/i18n.py" line="52"/>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/common/dialogs.py" line="25"/>
        <source>Periksa isian berikut:</source>
        <translation>Please check the following fields:</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="38"/>
        <source>Berkas {path} tidak dapat ditulis atau dibaca: {reason}.</source>
        <translation>The file {path} cannot be written or read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="40"/>
        <source>Berkas tidak dapat ditulis atau dibaca: {reason}.</source>
        <translation>A file cannot be written or read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="43"/>
        <source>Terjadi kesalahan yang tidak terduga: {error}. Tidak ada data yang tersimpan sebagian.</source>
        <translation>An unexpected error occurred: {error}. Nothing was partially saved.</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="51"/>
        <source>Tidak dapat disimpan</source>
        <translation>Could not be saved</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="81"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="82"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/credit/application_form.py" line="45"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/common/jobs.py" line="94"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/common/jobs.py" line="112"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/common/label_texts.py" line="8"/>
        <source>&apos;{value}&apos; bukan pilihan yang dikenal ({options})</source>
        <translation>&apos;{value}&apos; is not a known choice ({options})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="14"/>
        <source>1–30 hari</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="16"/>
        <source>31–60 hari</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="18"/>
        <source>61–90 hari</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="21"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="22"/>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="23"/>
        <source>A5 (setengah A4)</source>
        <translation>A5 (half an A4)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="24"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="25"/>
        <source>Akhir bulan</source>
        <translation>Month end</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="26"/>
        <source>Akrual bunga efektif</source>
        <translation>Effective interest accrual</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="27"/>
        <source>Akrual pendapatan bunga efektif</source>
        <translation>Effective interest accruals</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="28"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="29"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="30"/>
        <source>Akun bank</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="31"/>
        <source>Akun induk</source>
        <translation>Parent account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="32"/>
        <source>Akun kas</source>
        <translation>Cash account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="33"/>
        <source>Akun kontrol</source>
        <translation>Control account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="34"/>
        <source>Akun terkunci sampai {time} karena terlalu banyak percobaan gagal. Hubungi administrator.</source>
        <translation>The account is locked until {time} after too many failed attempts. Contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="35"/>
        <source>Akuntan</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="36"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="37"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="38"/>
        <source>Alasan lain (lihat keterangan).</source>
        <translation>Other reason (see remarks).</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="39"/>
        <source>Alasan status</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="40"/>
        <source>Amortisasi provisi dan administrasi</source>
        <translation>Fee amortisation (provision and admin)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="41"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="42"/>
        <source>Angsuran bunga</source>
        <translation>Interest installment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="43"/>
        <source>Angsuran disesuaikan dengan penghasilan bersih pemohon.</source>
        <translation>The installment is adjusted to the applicant&apos;s net income.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="44"/>
        <source>Angsuran pokok</source>
        <translation>Principal installment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="45"/>
        <source>Aset</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="47"/>
        <source>BPKB / STNK</source>
        <translation>BPKB / STNK</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="53"/>
        <source>BPR (POJK 33/2018, POJK 1/2024)</source>
        <translation>Rural bank (POJK 33/2018, POJK 1/2024)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="54"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="55"/>
        <source>Bank umum (POJK 40/2019)</source>
        <translation>Commercial bank (POJK 40/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="56"/>
        <source>Baris jurnal</source>
        <translation>Journal lines</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="57"/>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="58"/>
        <source>Batas persetujuan</source>
        <translation>Approval limit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="59"/>
        <source>Bayar angsuran</source>
        <translation>Installment payment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="60"/>
        <source>Beban</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="61"/>
        <source>Belum kawin</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="62"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="63"/>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="64"/>
        <source>Biaya administrasi</source>
        <translation>Administration fee</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="65"/>
        <source>Biaya fidusia (dititipkan untuk notaris)</source>
        <translation>Fiducia fee (held for the notary)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="68"/>
        <source>Buat pengguna kasir (menerima angsuran)</source>
        <translation>Create a cashier user (takes installments)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="69"/>
        <source>Buat pengguna petugas kredit (membuat pengajuan)</source>
        <translation>Create a credit officer user (makes applications)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="70"/>
        <source>Buat pengguna supervisor atau manajer (menyetujui dan mencairkan; orang lain dari pembuat pengajuan)</source>
        <translation>Create a supervisor or manager user (approves and disburses; someone other than who made the application)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="71"/>
        <source>Bukti tempat tinggal (PBB / rekening listrik)</source>
        <translation>Proof of residence (PBB / electricity bill)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="72"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="73"/>
        <source>Bunga akrual dibalik (kelas 3–5)</source>
        <translation>Accrued interest reversed (classes 3–5)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="75"/>
        <source>Bunga dibebaskan</source>
        <translation>Interest waived</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="79"/>
        <source>Bunga efektif diakui</source>
        <translation>Effective interest recognised</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="80"/>
        <source>Bunga kredit bermasalah ke rekening tangguhan</source>
        <translation>Non-performing interest to the suspense account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="81"/>
        <source>Bunga tangguhan diakui saat diterima</source>
        <translation>Suspended interest recognised when received</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="82"/>
        <source>Bunga tangguhan dihapus dengan piutang bunga</source>
        <translation>Suspended interest cleared against accrued interest</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="83"/>
        <source>Bunga → denda → pokok</source>
        <translation>Interest → late fee → principal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="84"/>
        <source>Bunga → pokok → denda</source>
        <translation>Interest → principal → late fee</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="85"/>
        <source>Cabang</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="86"/>
        <source>Cadangan kerugian (CKPN)</source>
        <translation>Loss allowance (CKPN)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="87"/>
        <source>Cadangan yang dibutuhkan</source>
        <translation>Allowance required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="88"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="89"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="90"/>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="91"/>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="92"/>
        <source>Cetak &quot;Bea Meterai Lunas&quot;</source>
        <translation>Print &quot;Bea Meterai Lunas&quot; (stamp duty paid)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="7"/>
        <source>&apos;{text}&apos; bukan jumlah uang: tulis angka, titik di antara ribuan dan koma sebelum sen (mis. 1.250.000 atau 1.250.000,50)</source>
        <translation>&apos;{text}&apos; is not an amount: use digits, dots between thousands and a comma before sen (e.g. 1.250.000 or 1.250.000,50)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="9"/>
        <source>(tanpa dealer)</source>
        <translation>(no dealer)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="10"/>
        <source>(tanpa kolektor)</source>
        <translation>(no collector)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="11"/>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="12"/>
        <source>121–180</source>
        <translation>121–180</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="13"/>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="15"/>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="17"/>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="19"/>
        <source>91–120</source>
        <translation>91–120</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="20"/>
        <source>&gt;180</source>
        <translation>&gt;180</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="46"/>
        <source>Awalan {prefix} bukan nomor HP (nomor HP diawali 081–083 atau 085–089)</source>
        <translation>Prefix {prefix} is not a mobile number (mobile numbers start with 081–083 or 085–089)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="48"/>
        <source>BPKB berstatus {status_label}: mutasi tidak dapat diterapkan.</source>
        <translation>The BPKB is {status_label}: the movement cannot be applied.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="49"/>
        <source>BPKB berstatus {status_label}: tidak dapat &apos;{movement_labels}&apos;.</source>
        <translation>The BPKB is {status_label}: &apos;{movement_labels}&apos; is not possible.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="50"/>
        <source>BPKB hanya diserahkan setelah pinjaman lunas (kontrak belum ditutup).</source>
        <translation>The BPKB is handed over only after the loan is paid off (the contract is not closed yet).</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="51"/>
        <source>BPKB kontrak {contract} sudah diterima ({status}): serahkan kembali dulu sebelum membatalkan.</source>
        <translation>The BPKB of contract {contract} has already been received ({status}): hand it back first before cancelling.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="52"/>
        <source>BPKB {bpkb} pinjaman {contract} sudah diserahkan ke nasabah: pelunasan tidak dapat dibatalkan sebelum BPKB kembali ke kantor.</source>
        <translation>BPKB {bpkb} of loan {contract} has been handed to the customer: the payoff cannot be cancelled until the BPKB is back at the office.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="66"/>
        <source>Biaya langsung pemberian pinjaman (beban)</source>
        <translation>Direct loan origination costs (expense)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="67"/>
        <source>Biaya langsung pemberian pinjaman ditangguhkan</source>
        <translation>Direct loan origination costs deferred</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="74"/>
        <source>Bunga akrual dikapitalisasi ke pokok</source>
        <translation>Accrued interest capitalised into principal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="76"/>
        <source>Bunga dikapitalisasi diakui saat pokok dibayar</source>
        <translation>Capitalised interest recognised as principal is paid</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="77"/>
        <source>Bunga dikapitalisasi dikeluarkan saat hapus buku</source>
        <translation>Capitalised interest taken out at write-off</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="78"/>
        <source>Bunga dikapitalisasi ditangguhkan</source>
        <translation>Capitalised interest deferred</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="93"/>
        <source>Continuous form (9½ × 5½ inci)</source>
        <translation>Continuous form (9½ × 5½ in)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="94"/>
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="95"/>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="96"/>
        <source>DP (%) harus antara 0 dan kurang dari 100</source>
        <translation>the down payment (%) is between 0 and less than 100</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="97"/>
        <source>DP harus jumlah uang yang tidak negatif</source>
        <translation>the down payment must be an amount that is not negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="98"/>
        <source>DP harus lebih kecil dari harga OTR</source>
        <translation>the down payment must be below the OTR price</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="99"/>
        <source>Daftar hitam</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="100"/>
        <source>Dalam Perhatian Khusus</source>
        <translation>Special mention</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="101"/>
        <source>Data pemohon (alamat, pekerjaan atau penghasilan) tidak dapat dipastikan saat survei.</source>
        <translation>The applicant&apos;s details (address, occupation or income) could not be confirmed during the survey.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="102"/>
        <source>Datang ke kantor</source>
        <translation>Came to the office</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="103"/>
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="104"/>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="105"/>
        <source>Dealer mobil</source>
        <translation>Car dealer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="106"/>
        <source>Dealer motor</source>
        <translation>Motorcycle dealer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="107"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="108"/>
        <source>Denda</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="109"/>
        <source>Denda keterlambatan</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="110"/>
        <source>Denda → bunga → pokok</source>
        <translation>Late fee → interest → principal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="111"/>
        <source>Denda → pokok → bunga</source>
        <translation>Late fee → principal → interest</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="112"/>
        <source>Di gudang</source>
        <translation>In storage</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="113"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="114"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="115"/>
        <source>Dicairkan</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="116"/>
        <source>Dikeluarkan dari neraca (catatan)</source>
        <translation>Taken off the balance sheet (memo)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="117"/>
        <source>Dikembalikan ke petugas</source>
        <translation>Returned to the officer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="118"/>
        <source>Dipinjam</source>
        <translation>Lent out</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="119"/>
        <source>Diragukan</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="120"/>
        <source>Diserahkan ke nasabah</source>
        <translation>Handed over to the customer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="121"/>
        <source>Diserahkan ke pembeli unit tarikan</source>
        <translation>Handed to the buyer of the repossessed unit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="122"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="123"/>
        <source>Disetujui dengan syarat (tawaran ulang)</source>
        <translation>Approved with conditions (counter-offer)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="124"/>
        <source>Disimpan</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="125"/>
        <source>Disurvei</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="126"/>
        <source>Ditandai untuk hapus buku</source>
        <translation>Marked for write-off</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="127"/>
        <source>Ditawar ulang</source>
        <translation>Counter-offered</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="128"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="129"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="130"/>
        <source>Diusulkan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="131"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="132"/>
        <source>Dokumen wajib belum lengkap atau tidak sesuai dengan data pengajuan.</source>
        <translation>Required documents are incomplete or do not match the application.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="133"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="134"/>
        <source>Ekspor data pribadi nasabah (dicatat)</source>
        <translation>Export customers&apos; personal data (logged)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="135"/>
        <source>Ekspor laporan ke Excel/PDF</source>
        <translation>Export reports to Excel/PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="136"/>
        <source>Ekuitas</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="137"/>
        <source>Elektronik</source>
        <translation>Electronics</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="138"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="139"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="140"/>
        <source>Hanya nomor Indonesia (+62) yang diterima</source>
        <translation>Only Indonesian numbers (+62) are accepted</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="141"/>
        <source>Hapus buku</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="142"/>
        <source>Hapus buku (pembuat ≠ pemeriksa)</source>
        <translation>Write off loans (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="143"/>
        <source>Hapus buku (tetap ditagih)</source>
        <translation>Written off (still collected)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="144"/>
        <source>Hasil verifikasi karakter dan riwayat pembayaran kredit sebelumnya belum memenuhi syarat.</source>
        <translation>The character check and previous credit payment history do not meet the requirements.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="145"/>
        <source>Hubungan kontak darurat</source>
        <translation>Emergency contact&apos;s relationship</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="146"/>
        <source>Impor nasabah dari Excel</source>
        <translation>Import customers from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="147"/>
        <source>Jabatan penanda tangan</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="148"/>
        <source>Jaminan (agunan)</source>
        <translation>Collateral</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="149"/>
        <source>Janji bayar</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="150"/>
        <source>Janji berjalan</source>
        <translation>Promise open</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="151"/>
        <source>Janji ditepati</source>
        <translation>Promise kept</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="152"/>
        <source>Janji ingkar</source>
        <translation>Promise broken</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="153"/>
        <source>Janji jatuh tempo hari ini</source>
        <translation>Promise due today</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="154"/>
        <source>Jasa simpanan</source>
        <translation>Savings interest</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="155"/>
        <source>Jatuh tempo hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="156"/>
        <source>Jenis akun</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="157"/>
        <source>Jenis kantor</source>
        <translation>Kind of office</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="158"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="159"/>
        <source>Jenis kendaraan</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="160"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="161"/>
        <source>Jurnal umum</source>
        <translation>General journal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="162"/>
        <source>Jurnal umum manual</source>
        <translation>Manual general journal entries</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="163"/>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="164"/>
        <source>KTP pemohon (dan pasangan)</source>
        <translation>Applicant&apos;s KTP (and spouse&apos;s)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="165"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="166"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="167"/>
        <source>Kapasitas (kemampuan bayar)</source>
        <translation>Capacity (ability to repay)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="168"/>
        <source>Kapitalisasi tunggakan</source>
        <translation>Capitalise arrears</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="169"/>
        <source>Karakter (watak)</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="170"/>
        <source>Kartu Keluarga</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="171"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="172"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="173"/>
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="174"/>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="175"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="176"/>
        <source>Keluar</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="177"/>
        <source>Kelurahan/Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="178"/>
        <source>Kemampuan bayar belum mencukupi: angsuran melebihi batas yang aman dari penghasilan bersih pemohon.</source>
        <translation>Insufficient repayment capacity: the installment exceeds the safe share of the applicant&apos;s net income.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="179"/>
        <source>Kendaraan atau jaminan tidak memenuhi syarat pembiayaan.</source>
        <translation>The vehicle or collateral does not qualify for financing.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="180"/>
        <source>Kertas kwitansi</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="181"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="182"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="183"/>
        <source>Kode cabang</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="184"/>
        <source>Kode kabupaten/kota {digits} di {label} tidak sah (digit 3–4 harus 01–29 untuk kabupaten atau 71–79 untuk kota)</source>
        <translation>Regency/city code {digits} in {label} is not valid (digits 3–4 must be 01–29 for a regency or 71–79 for a city)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="185"/>
        <source>Kode kecamatan {district} tidak ada di daftar wilayah sekarang; NIK yang terbit sebelum pemekaran wilayah tetap memakai kode lama, jadi cocokkan dengan KTP</source>
        <translation>District code {district} is not in today&apos;s region list; a NIK issued before a region split keeps the old code, so check it against the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="186"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="187"/>
        <source>Kode pos harus 5 digit angka (sekarang {code})</source>
        <translation>The postal code has 5 digits (now {code})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="188"/>
        <source>Kode pos wajib diisi</source>
        <translation>The postal code is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="189"/>
        <source>Kode pos {code} tidak ada (kode pos Indonesia 10110–99999)</source>
        <translation>Postal code {code} does not exist (Indonesian postal codes are 10110–99999)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="190"/>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="191"/>
        <source>Kolektor</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="192"/>
        <source>Kondisi (ekonomi dan usaha)</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="193"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="194"/>
        <source>Kontrak</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="195"/>
        <source>Koperasi (Permenkop)</source>
        <translation>Cooperative (Permenkop)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="196"/>
        <source>Koreksi</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="197"/>
        <source>Koreksi amortisasi provisi dan administrasi</source>
        <translation>Fee amortisation correction</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="198"/>
        <source>Kotak meterai tempel Rp 10.000</source>
        <translation>Box for a Rp 10.000 duty stamp</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="199"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="200"/>
        <source>Kredit modal kerja</source>
        <translation>Working capital loan</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="201"/>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="202"/>
        <source>Kurang Lancar</source>
        <translation>Substandard</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="203"/>
        <source>Laba modifikasi pinjaman (restrukturisasi)</source>
        <translation>Loan modification gain (restructuring)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="204"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="205"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="206"/>
        <source>Lancar</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="207"/>
        <source>Lancar 0</source>
        <translation>Current 0</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="208"/>
        <source>Langkah belum dijalankan</source>
        <translation>Steps not yet run</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="209"/>
        <source>Layak dengan syarat</source>
        <translation>Eligible with conditions</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="210"/>
        <source>Layak disetujui</source>
        <translation>Eligible for approval</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="211"/>
        <source>Lebih dari 90 hari</source>
        <translation>More than 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="212"/>
        <source>Lengkapi profil kantor (nama resmi, alamat, telepon, NPWP, nomor izin, penanda tangan) untuk kop surat dan kwitansi</source>
        <translation>Complete the office profile (legal name, address, phone, tax number, licence, signatory) for the letterhead and receipts</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="213"/>
        <source>Liabilitas</source>
        <translation>Liabilities</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="214"/>
        <source>Libur kantor</source>
        <translation>Office holiday</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="215"/>
        <source>Libur nasional</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="216"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="217"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="218"/>
        <source>Lunas dipercepat</source>
        <translation>Paid off early</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="219"/>
        <source>Lunas/keluar</source>
        <translation>Paid off / left</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="220"/>
        <source>MELEBIHI batas</source>
        <translation>ABOVE the limit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="221"/>
        <source>Macet</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="222"/>
        <source>Manajer</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="223"/>
        <source>Masalah ditemukan</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="224"/>
        <source>Masih ada mutasi yang belum ditandatangani pemeriksa: selesaikan dulu.</source>
        <translation>A movement still awaits the checker&apos;s signature: finish it first.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="225"/>
        <source>Melihat NIK dan telepon tanpa sensor (dicatat)</source>
        <translation>See NIK and phone numbers unmasked (logged)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="226"/>
        <source>Melihat buku besar dan laporan keuangan</source>
        <translation>View the general ledger and financial statements</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="227"/>
        <source>Melihat jejak audit</source>
        <translation>View the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="228"/>
        <source>Melihat laporan</source>
        <translation>View reports</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="229"/>
        <source>Melihat nasabah (petugas: portofolio sendiri)</source>
        <translation>View customers (officers: own portfolio)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="230"/>
        <source>Melihat semua portofolio</source>
        <translation>View all portfolios</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="231"/>
        <source>Memasang bagan akun dan produk standar saat persiapan kantor</source>
        <translation>Install the standard chart of accounts and products while setting the office up</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="232"/>
        <source>Membatalkan pembayaran (pembuat ≠ pemeriksa)</source>
        <translation>Reverse payments (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="233"/>
        <source>Membuat cadangan</source>
        <translation>Make backups</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="234"/>
        <source>Membuat dan mengajukan permohonan kredit</source>
        <translation>Create and submit credit applications</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="235"/>
        <source>Membuat kontrak</source>
        <translation>Make contracts</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="236"/>
        <source>Membuka kembali periode (pembuat ≠ pemeriksa)</source>
        <translation>Reopen periods (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="237"/>
        <source>Memindahkan portofolio antar petugas</source>
        <translation>Move portfolios between officers</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="238"/>
        <source>Memulihkan dari cadangan (pembuat ≠ pemeriksa)</source>
        <translation>Restore from a backup (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="239"/>
        <source>Menambah/mengubah nasabah (petugas: portofolio sendiri)</source>
        <translation>Add/edit customers (officers: own portfolio)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="240"/>
        <source>Mencairkan pinjaman (pembuat ≠ pemeriksa)</source>
        <translation>Disburse loans (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="241"/>
        <source>Mencatat mutasi BPKB/jaminan</source>
        <translation>Record BPKB/collateral movements</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="242"/>
        <source>Mencatat penarikan unit jaminan</source>
        <translation>Record the repossession of a unit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="243"/>
        <source>Mencatat penjualan unit tarikan dan menyelesaikan pinjaman</source>
        <translation>Record the sale of a repossessed unit and settle the loan</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="244"/>
        <source>Mencatat tindak lanjut nasabah</source>
        <translation>Log customer follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="245"/>
        <source>Menerbitkan surat peringatan (SP1–SP3, somasi) secara massal</source>
        <translation>Issue warning letters (SP1–SP3, formal demand) in batch</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="246"/>
        <source>Menerima pembayaran angsuran</source>
        <translation>Take installment payments</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="247"/>
        <source>Menerima pembayaran atas pinjaman hapus buku</source>
        <translation>Receive payments on written-off loans</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="248"/>
        <source>Mengatur produk pinjaman</source>
        <translation>Set up loan products</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="249"/>
        <source>Mengelola dealer</source>
        <translation>Manage dealers</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="250"/>
        <source>Mengelola pengguna</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="251"/>
        <source>Menghapus denda dengan alasan</source>
        <translation>Waive late fees with a reason</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="252"/>
        <source>Mengubah bagan akun</source>
        <translation>Change the chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="253"/>
        <source>Mengubah pengaturan</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="254"/>
        <source>Mengubah peran pengguna (pembuat ≠ pemeriksa)</source>
        <translation>Change user roles (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="255"/>
        <source>Mengusulkan hapus buku</source>
        <translation>Propose a write-off</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="256"/>
        <source>Mengusulkan restrukturisasi (jadwal ulang, syarat ulang, kapitalisasi tunggakan, pelunasan sebagian)</source>
        <translation>Propose a restructuring (reschedule, recondition, capitalise arrears, partial prepayment)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="257"/>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="258"/>
        <source>Menolak bayar</source>
        <translation>Refused to pay</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="259"/>
        <source>Menugaskan rekening ke kolektor (per wilayah atau satu per satu)</source>
        <translation>Assign accounts to collectors (by area or one by one)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="260"/>
        <source>Menunggu dari dealer</source>
        <translation>Awaiting from dealer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="261"/>
        <source>Menyetujui penarikan simpanan di atas batas, pembatalan, anggota keluar (pembuat ≠ pemeriksa)</source>
        <translation>Approve savings withdrawals above the limit, reversals, member resignations (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="262"/>
        <source>Menyetujui restrukturisasi dalam batas (pembuat ≠ pemeriksa)</source>
        <translation>Approve restructurings within the limit (maker ≠ checker)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="263"/>
        <source>Menyetujui/menolak permohonan (bukan milik sendiri)</source>
        <translation>Approve/reject applications (not one&apos;s own)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="264"/>
        <source>Milik keluarga/orang tua</source>
        <translation>Family/parents&apos; home</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="265"/>
        <source>Milik sendiri</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="266"/>
        <source>Modal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="267"/>
        <source>Motor &amp; mobil</source>
        <translation>Motorcycles &amp; cars</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="268"/>
        <source>Mutasi ini sudah ditandatangani.</source>
        <translation>This movement is already signed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="269"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="270"/>
        <source>NIK menunjukkan {said}, formulir menyebut {form}; periksa KTP dan konfirmasi</source>
        <translation>The NIK says {said}, the form says {form}; check the KTP and confirm</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="271"/>
        <source>NIK pasangan</source>
        <translation>Spouse&apos;s NIK</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="272"/>
        <source>NIK pasangan tidak sah: {problem}</source>
        <translation>The spouse&apos;s NIK is not valid: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="273"/>
        <source>NIK wajib diisi</source>
        <translation>The NIK is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="274"/>
        <source>NIK {nik} sudah terdaftar atas nama {full_name}</source>
        <translation>NIK {nik} is already registered to {full_name}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="275"/>
        <source>NPF 1–3 %</source>
        <translation>NPF 1–3 %</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="276"/>
        <source>NPF 3–5 %</source>
        <translation>NPF 3–5 %</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="277"/>
        <source>NPF &gt; 5 %</source>
        <translation>NPF &gt; 5 %</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="278"/>
        <source>NPF bruto %</source>
        <translation>Gross NPF %</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="279"/>
        <source>NPF neto %</source>
        <translation>Net NPF %</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="280"/>
        <source>NPF ≤ 1 %</source>
        <translation>NPF ≤ 1 %</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="281"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="282"/>
        <source>NPWP format lama tidak sah: digit ke-9 (digit periksa) tidak cocok dengan 8 digit pertama</source>
        <translation>Old-format NPWP not valid: the 9th (check) digit does not match the first 8 digits</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="283"/>
        <source>NPWP hanya boleh berisi angka (boleh dengan titik dan -)</source>
        <translation>The NPWP holds digits only (dots and - allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="284"/>
        <source>NPWP harus 15 atau 16 digit</source>
        <translation>the tax number (NPWP) has 15 or 16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="285"/>
        <source>NPWP harus 16 digit, atau 15 digit format lama (sekarang {n})</source>
        <translation>The NPWP has 16 digits, or 15 in the old format (now {n})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="286"/>
        <source>NPWP wajib diisi</source>
        <translation>The NPWP is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="287"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="288"/>
        <source>Nama cabang</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="289"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="290"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="291"/>
        <source>Nama pasangan</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="292"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="293"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="294"/>
        <source>Nama resmi</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="295"/>
        <source>Nasabah</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="296"/>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="297"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="298"/>
        <source>No. anggota {member_no} sudah dipakai nasabah lain</source>
        <translation>Member no. {member_no} is used by another customer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="299"/>
        <source>No. anggota {number} sudah dipakai</source>
        <translation>Member no. {number} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="300"/>
        <source>Nomor HP harus 10–13 digit termasuk 0 di depan (sekarang {digits})</source>
        <translation>A mobile number has 10–13 digits including the leading 0 (now {digits})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="301"/>
        <source>Nomor izin</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="302"/>
        <source>Nomor rangka</source>
        <translation>Chassis number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="303"/>
        <source>Nomor salah</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="304"/>
        <source>Nomor telepon hanya boleh berisi angka (boleh dengan spasi, -, titik, kurung, dan + di depan)</source>
        <translation>A phone number may contain only digits (spaces, -, dots, brackets and a leading + are allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="305"/>
        <source>Nomor telepon harus diawali 0, 62, +62, atau 0062</source>
        <translation>A phone number must start with 0, 62, +62 or 0062</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="306"/>
        <source>Nomor telepon rumah/kantor harus 9–12 digit termasuk kode area (sekarang {digits})</source>
        <translation>A home/office phone number has 9–12 digits including the area code (now {digits})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="307"/>
        <source>Nomor telepon tidak dikenal: diawali 08 untuk HP atau kode area (021, 022, 0274 …)</source>
        <translation>Unknown phone number: start with 08 for a mobile or with an area code (021, 022, 0274 …)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="308"/>
        <source>Nomor telepon wajib diisi</source>
        <translation>The phone number is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="309"/>
        <source>Nomor urut NIK (digit 13–16) tidak boleh 0000</source>
        <translation>The NIK&apos;s serial (digits 13–16) may not be 0000</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="310"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="311"/>
        <source>PPh final jasa simpanan</source>
        <translation>Final tax on savings interest</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="312"/>
        <source>PPh jasa</source>
        <translation>Interest tax</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="313"/>
        <source>Pasang bagan akun</source>
        <translation>Install the chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="314"/>
        <source>Payment point</source>
        <translation>Payment point</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="315"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="316"/>
        <source>Pekerjaan atau usaha pemohon belum stabil (kurang dari satu tahun berjalan).</source>
        <translation>The applicant&apos;s job or business is not yet stable (less than one year).</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="317"/>
        <source>Pelunasan</source>
        <translation>Payoff</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="318"/>
        <source>Pelunasan bunga akrual oleh angsuran</source>
        <translation>Accrued interest cleared by installment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="319"/>
        <source>Pelunasan dipercepat</source>
        <translation>Early payoff</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="320"/>
        <source>Pelunasan dipercepat (pokok)</source>
        <translation>Early payoff (principal)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="321"/>
        <source>Pelunasan sebagian</source>
        <translation>Partial prepayment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="322"/>
        <source>Pemakaian titipan</source>
        <translation>Advance applied</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="323"/>
        <source>Pembagian flat saat diterima (koperasi kecil)</source>
        <translation>Flat split when received (small cooperative)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="324"/>
        <source>Pembalikan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="325"/>
        <source>Pembalikan akrual bunga</source>
        <translation>Interest accrual reversal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="326"/>
        <source>Pembalikan bunga kredit bermasalah</source>
        <translation>Non-accrual reversals</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="327"/>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="328"/>
        <source>Pembentukan (beban)</source>
        <translation>Provided (expense)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="329"/>
        <source>Pemberi referensi</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="330"/>
        <source>Pembiayaan kendaraan</source>
        <translation>Vehicle financing</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="331"/>
        <source>Pemeriksaan rekonsiliasi</source>
        <translation>Reconciliation checks</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="332"/>
        <source>Pemulihan</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="333"/>
        <source>Pemulihan cadangan kerugian piutang</source>
        <translation>Loss allowance release</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="334"/>
        <source>Penagihan: kunjungan, janji bayar, SP</source>
        <translation>Collections: visits, promises to pay, warning letters (SP)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="335"/>
        <source>Penalti</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="336"/>
        <source>Penalti pelunasan</source>
        <translation>Early payoff penalty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="337"/>
        <source>Penalti pelunasan dipercepat</source>
        <translation>Early payoff penalty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="338"/>
        <source>Penalti simpanan berjangka</source>
        <translation>Time deposit penalty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="339"/>
        <source>Penanda tangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="340"/>
        <source>Penarikan</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="341"/>
        <source>Penarikan simpanan</source>
        <translation>Savings withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="342"/>
        <source>Pencairan</source>
        <translation>Disbursement</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="343"/>
        <source>Pencairan pinjaman</source>
        <translation>Loan disbursement</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="344"/>
        <source>Pendapatan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="345"/>
        <source>Penerimaan hapus buku</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="346"/>
        <source>Penerimaan piutang hapus buku</source>
        <translation>Recovery of written-off loans</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="347"/>
        <source>Pengajuan {app} berstatus {status_label}: survei tidak dapat diubah lagi.</source>
        <translation>Application {app} is {status_label}: the survey can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="348"/>
        <source>Pengajuan {app} sudah diganti versi yang lebih baru: buka versi terakhir.</source>
        <translation>Application {app} was replaced by a newer version: open the latest one.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="349"/>
        <source>Pengajuan {number} berstatus {status}: belum disetujui, tidak dapat dicairkan.</source>
        <translation>Application {number} is {status}: not approved yet, it cannot be disbursed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="350"/>
        <source>Pengajuan {number} berstatus {status}: buat kontraknya dulu sebelum pencairan.</source>
        <translation>Application {number} is {status}: make its contract first, before disbursement.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="351"/>
        <source>Pengajuan {number} berstatus {status}: hanya pengajuan berstatus Diajukan yang dapat diputuskan.</source>
        <translation>Application {number} is {status}: only submitted applications can be decided.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="352"/>
        <source>Pengajuan {number} berstatus {status}: isi hasil survei dulu sebelum diajukan.</source>
        <translation>Application {number} is {status}: enter the survey results first, before submitting.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="353"/>
        <source>Pengajuan {number} berstatus {status}: kontrak hanya untuk pengajuan yang sudah disetujui.</source>
        <translation>Application {number} is {status}: contracts are only for approved applications.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="354"/>
        <source>Pengajuan {number} berstatus {status}: tidak dapat diajukan lagi.</source>
        <translation>Application {number} is {status}: it cannot be submitted again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="355"/>
        <source>Pengajuan {number} berstatus {status}: tidak dapat dibuatkan kontrak.</source>
        <translation>Application {number} is {status}: no contract can be made for it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="356"/>
        <source>Pengajuan {number} berstatus {status}: tidak dapat diubah lagi (minta atasan mengembalikannya bila perlu diubah).</source>
        <translation>Application {number} is {status}: it can no longer be changed (ask a superior to return it if it needs changes).</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="357"/>
        <source>Pengajuan {number} berstatus {status}: tidak dapat diubah lagi.</source>
        <translation>Application {number} is {status}: it can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="358"/>
        <source>Pengajuan {number} berstatus {status}: tidak dapat diubah lagi. Perubahan syarat hanya lewat tawaran ulang oleh pemutus.</source>
        <translation>Application {number} is {status}: it can no longer be changed. Terms change only through a counter-offer by the decision maker.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="359"/>
        <source>Pengajuan {number} berstatus {status}: tidak dapat {verb}.</source>
        <translation>Application {number} is {status}: it cannot be {verb}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="360"/>
        <source>Pengeluaran/bulan</source>
        <translation>Expenses/month</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="361"/>
        <source>Pengembalian titipan</source>
        <translation>Advance refund</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="362"/>
        <source>Penghapusan denda</source>
        <translation>Late fee waiver</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="363"/>
        <source>Penghasilan utama</source>
        <translation>Main income</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="364"/>
        <source>Penghasilan/bulan</source>
        <translation>Income/month</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="365"/>
        <source>Penjadwalan ulang</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="366"/>
        <source>Penutupan</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="367"/>
        <source>Penyesuaian pembulatan</source>
        <translation>Rounding adjustment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="368"/>
        <source>Penyisihan kerugian piutang</source>
        <translation>Loan loss provision</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="369"/>
        <source>Per kolektibilitas setelah agunan (PPKA)</source>
        <translation>By collectibility after collateral (PPKA)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="370"/>
        <source>Per stage PSAK 71 (ECL)</source>
        <translation>By PSAK 71 stage (ECL)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="371"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="372"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="373"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="374"/>
        <source>Persyaratan ulang</source>
        <translation>Recondition</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="375"/>
        <source>Perusahaan pembiayaan (POJK 35/2018)</source>
        <translation>Multifinance company (POJK 35/2018)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="376"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="377"/>
        <source>Petugas Kredit (CMO/AO)</source>
        <translation>Credit Officer (CMO/AO)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="378"/>
        <source>Pindah alamat</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="379"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="380"/>
        <source>Pinjaman anggota</source>
        <translation>Member loan</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="381"/>
        <source>Pinjaman berhenti diakru</source>
        <translation>Loans put on non-accrual</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="382"/>
        <source>Pinjaman bruto</source>
        <translation>Gross loans</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="383"/>
        <source>Pinjaman dalam snapshot</source>
        <translation>Loans in the snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="384"/>
        <source>Pinjaman dengan selisih</source>
        <translation>Loans with a difference</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="385"/>
        <source>Pinjaman tunai</source>
        <translation>Cash loan</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="386"/>
        <source>Pinjaman {contract_no} belum lunas: BPKB belum dapat diserahkan.</source>
        <translation>Loan {contract_no} is not paid off: the BPKB cannot be handed over yet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="387"/>
        <source>Pinjamkan</source>
        <translation>Lend out</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="388"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="389"/>
        <source>Pokok → bunga → denda</source>
        <translation>Principal → interest → late fee</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="390"/>
        <source>Pokok → denda → bunga</source>
        <translation>Principal → late fee → interest</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="391"/>
        <source>Premi asuransi</source>
        <translation>Insurance premium</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="392"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="393"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="394"/>
        <source>Provisi</source>
        <translation>Provision fee</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="395"/>
        <source>Provisi dan administrasi ditangguhkan</source>
        <translation>Deferred provision and admin fees</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="396"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="397"/>
        <source>RT/RW hanya angka, misalnya 003</source>
        <translation>RT/RW are digits only, e.g. 003</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="398"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="399"/>
        <source>Referensi</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="400"/>
        <source>Rekening bunga tangguhan (2109)</source>
        <translation>Interest suspense account (2109)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="401"/>
        <source>Rekening koran</source>
        <translation>Bank statement</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="402"/>
        <source>Rekening koran 3 bulan</source>
        <translation>3 months&apos; bank statements</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="403"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="404"/>
        <source>Restrukturisasi</source>
        <translation>Restructuring</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="405"/>
        <source>Riwayat kredit pemohon memerlukan uang muka yang lebih besar.</source>
        <translation>The applicant&apos;s credit history calls for a larger down payment.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="406"/>
        <source>Rugi modifikasi pinjaman (restrukturisasi)</source>
        <translation>Loan modification loss (restructuring)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="407"/>
        <source>Rumah dinas</source>
        <translation>Company housing</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="408"/>
        <source>Rusak</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="409"/>
        <source>Rusak berat</source>
        <translation>Wrecked</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="410"/>
        <source>SHU</source>
        <translation>SHU (surplus share)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="411"/>
        <source>SHU anggota ini sudah dibayar</source>
        <translation>this member&apos;s SHU is already paid</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="412"/>
        <source>SHU anggota: dikreditkan ke sukarela atau dibayar tunai</source>
        <translation>members&apos; SHU: credited to voluntary savings or paid in cash</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="413"/>
        <source>SHU tahun {year} belum dibagikan</source>
        <translation>the SHU of {year} has not been distributed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="414"/>
        <source>SHU tahun {year} dibagikan sesudah tahun bukunya berakhir</source>
        <translation>the SHU of {year} is distributed after its financial year ends</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="415"/>
        <source>SHU tahun {year} sudah dibagikan</source>
        <translation>the SHU of {year} is already distributed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="416"/>
        <source>Saldo awal</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="417"/>
        <source>Salesman</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="418"/>
        <source>Sel NIK berisi {type}, bukan teks 16 digit</source>
        <translation>The NIK cell holds a {type}, not 16 digits of text</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="419"/>
        <source>Selisih pembulatan</source>
        <translation>Rounding difference</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="420"/>
        <source>Serahkan ke nasabah</source>
        <translation>Hand over to the customer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="421"/>
        <source>Serahkan ke pembeli unit tarikan</source>
        <translation>Hand to the buyer of the repossessed unit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="422"/>
        <source>Setengah A4 (210 × 148 mm)</source>
        <translation>Half A4 (210 × 148 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="423"/>
        <source>Setoran</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="424"/>
        <source>Setoran simpanan</source>
        <translation>Savings deposit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="425"/>
        <source>Setoran/penarikan simpanan</source>
        <translation>Savings deposits/withdrawals</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="426"/>
        <source>Sewa/kontrak</source>
        <translation>Rented/leased</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="427"/>
        <source>Siapkan sedikitnya satu produk pinjaman aktif</source>
        <translation>Prepare at least one active loan product</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="428"/>
        <source>Simpan di brankas</source>
        <translation>Store in the safe</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="429"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="430"/>
        <source>Simpanan Berjangka</source>
        <translation>Time deposit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="431"/>
        <source>Simpanan Pokok</source>
        <translation>Principal savings</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="432"/>
        <source>Simpanan Sukarela</source>
        <translation>Voluntary savings</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="433"/>
        <source>Simpanan Wajib</source>
        <translation>Compulsory savings</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="434"/>
        <source>Slip gaji</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="435"/>
        <source>Slip gaji / SKU (surat keterangan usaha)</source>
        <translation>Payslip / SKU (business certificate)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="436"/>
        <source>Stage 1 (≤ 30 hari)</source>
        <translation>Stage 1 (≤ 30 days)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="437"/>
        <source>Stage 2 (31–90 hari)</source>
        <translation>Stage 2 (31–90 days)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="438"/>
        <source>Stage 3 (&gt; 90 hari)</source>
        <translation>Stage 3 (&gt; 90 days)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="439"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="440"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="441"/>
        <source>Status rumah</source>
        <translation>Home ownership</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="442"/>
        <source>Sudah bayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="443"/>
        <source>Suku bunga efektif (PSAK 71 / SAK EP)</source>
        <translation>Effective interest (PSAK 71 / SAK EP)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="444"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="445"/>
        <source>Supervisor / Kepala Cabang</source>
        <translation>Supervisor / Branch Head</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="446"/>
        <source>Syarat</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="447"/>
        <source>Tahun kendaraan</source>
        <translation>Vehicle year</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="448"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="449"/>
        <source>Tanggal kunjungan</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="450"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="451"/>
        <source>Tanggal lahir di NIK (digit 7–12: {digits}) tidak sah: {problem}</source>
        <translation>The birth date in the NIK (digits 7–12: {digits}) is not valid: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="452"/>
        <source>Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir di formulir ({form_date}); periksa KTP dan konfirmasi. NIK tidak pernah diganti, jadi perbedaan ini tidak menolak NIK</source>
        <translation>The birth date in the NIK ({nik_date}) differs from the form&apos;s ({form_date}); check the KTP and confirm. A NIK is never changed, so this difference does not refuse the NIK</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="453"/>
        <source>Tarik unit</source>
        <translation>Repossession</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="454"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="455"/>
        <source>Telepon 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="456"/>
        <source>Telepon kontak darurat</source>
        <translation>Emergency contact phone</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="457"/>
        <source>Telepon pasangan</source>
        <translation>Spouse&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="458"/>
        <source>Tempat kerja/usaha</source>
        <translation>Employer/business</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="459"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="460"/>
        <source>Tempat tinggal pemohon belum tetap atau di luar wilayah layanan cabang.</source>
        <translation>The applicant has no permanent residence or lives outside the branch&apos;s service area.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="461"/>
        <source>Tenor</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="462"/>
        <source>Tenor diperpendek untuk mengurangi risiko pembiayaan.</source>
        <translation>The term is shortened to reduce the financing risk.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="463"/>
        <source>Tentukan akun kas dan akun bank</source>
        <translation>Choose the cash and bank accounts</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="464"/>
        <source>Terima BPKB</source>
        <translation>Receive BPKB</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="465"/>
        <source>Terjual</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="466"/>
        <source>Tetap ditagih (piutang)</source>
        <translation>Keep collecting (receivable)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="467"/>
        <source>Tidak ada snapshot akhir bulan {month}: bulan itu belum ditutup</source>
        <translation>No month-end snapshot for {month}: that month has not been closed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="468"/>
        <source>Tidak bertemu</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="469"/>
        <source>Tidak layak</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="470"/>
        <source>Titipan</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="471"/>
        <source>Titipan (kelebihan bayar)</source>
        <translation>Advance (overpayment)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="472"/>
        <source>Titipan dipakai</source>
        <translation>Advance applied</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="473"/>
        <source>Titipan jatuh tempo</source>
        <translation>Advances due</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="474"/>
        <source>Titipan yang bisa dipakai</source>
        <translation>Advances that can be applied</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="475"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="476"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="477"/>
        <source>Transfer keluar</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="478"/>
        <source>Transfer masuk</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="479"/>
        <source>Tujuan penggunaan dana</source>
        <translation>Purpose of the loan</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="480"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="481"/>
        <source>Tutup buku</source>
        <translation>Year-end closing</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="482"/>
        <source>Tutup buku bulan</source>
        <translation>Close the month</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="483"/>
        <source>Tutup buku bulanan/tahunan</source>
        <translation>Month-end/year-end closing</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="484"/>
        <source>Uang muka perlu ditambah agar angsuran sesuai dengan kemampuan bayar pemohon.</source>
        <translation>The down payment must be raised so that the installment fits the applicant&apos;s repayment capacity.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="485"/>
        <source>Ulangi kata sandi</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="486"/>
        <source>Unit tidak ditemukan</source>
        <translation>Unit not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="487"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="488"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="489"/>
        <source>ada selisih kas: alasan wajib diisi</source>
        <translation>the cash count differs: a reason is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="490"/>
        <source>administrator pertama sudah ada; masuk dengan akun administrator</source>
        <translation>the first administrator exists; log in with the administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="491"/>
        <source>administrator terakhir tidak boleh dinonaktifkan</source>
        <translation>the last administrator may not be deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="492"/>
        <source>administrator terakhir tidak boleh kehilangan perannya</source>
        <translation>the last administrator may not lose the role</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="493"/>
        <source>akun bank harus lain dari akun kas</source>
        <translation>the bank account must differ from the cash account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="494"/>
        <source>akun buku besar wajib diisi</source>
        <translation>the ledger account is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="495"/>
        <source>akun induk harus berjenis sama</source>
        <translation>the parent account must be of the same type</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="496"/>
        <source>akun ini dikendalikan buku pembantu dan harus tetap akun kontrol</source>
        <translation>this account is driven by a sub-ledger and must stay a control account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="497"/>
        <source>akun kontrol {code}: neraca saldo {tb}, buku pembantu {sub}; impor buku pinjaman (atau simpanan) dulu, atau perbaiki angka di berkas</source>
        <translation>control account {code}: trial balance {tb}, sub-ledger {sub}; import the loan book (or savings) first, or correct the figure in the file</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="498"/>
        <source>akun {code} adalah akun induk; isi saldo di akun rinciannya</source>
        <translation>account {code} is a heading; put the balance on its detail accounts</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="499"/>
        <source>akun {code} harus akun aset yang aktif dan bukan akun induk</source>
        <translation>account {code} must be an active asset account, not a heading</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="500"/>
        <source>akun {code} masih bersaldo; nolkan dulu saldonya</source>
        <translation>account {code} still has a balance; bring it to zero first</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="501"/>
        <source>akun {code} sudah ada di baris {other}</source>
        <translation>account {code} is already on row {other}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="502"/>
        <source>akun {code} sudah berisi jurnal dan tidak bisa menjadi akun induk</source>
        <translation>account {code} already holds journals and cannot become a heading</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="503"/>
        <source>akun {code} tidak ada di bagan akun</source>
        <translation>account {code} is not in the chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="504"/>
        <source>akun {code} tidak aktif</source>
        <translation>account {code} is inactive</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="505"/>
        <source>alamat email tidak sah</source>
        <translation>not a valid email address</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="506"/>
        <source>alamat email tidak sah (contoh: kantor@contoh.co.id)</source>
        <translation>not a valid email address (example: office@example.co.id)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="507"/>
        <source>alamat paling panjang 300 huruf</source>
        <translation>the address has at most 300 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="508"/>
        <source>alasan (kondisi nasabah) wajib diisi</source>
        <translation>a reason (the customer&apos;s situation) is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="509"/>
        <source>alasan daftar hitam wajib diisi</source>
        <translation>a reason for the blacklist is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="510"/>
        <source>alasan hapus buku wajib diisi</source>
        <translation>a reason for the write-off is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="511"/>
        <source>alasan keluar wajib diisi</source>
        <translation>a reason for leaving is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="512"/>
        <source>alasan membuka kembali periode wajib diisi</source>
        <translation>a reason for reopening the period is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="513"/>
        <source>alasan pembalikan wajib diisi</source>
        <translation>a reason for the reversal is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="514"/>
        <source>alasan pembatalan wajib diisi</source>
        <translation>a reason for the cancellation is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="515"/>
        <source>alasan pemindahan wajib diisi</source>
        <translation>a reason for the transfer is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="516"/>
        <source>alasan penarikan wajib diisi</source>
        <translation>a reason for the withdrawal is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="517"/>
        <source>alasan pencairan sebelum jatuh tempo wajib diisi</source>
        <translation>a reason for cashing before maturity is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="518"/>
        <source>alasan pengembalian wajib diisi</source>
        <translation>a reason for the refund is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="519"/>
        <source>alasan penggantian buku wajib diisi</source>
        <translation>a reason for replacing the passbook is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="520"/>
        <source>alasan penghapusan denda wajib diisi</source>
        <translation>a reason for waiving the late fee is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="521"/>
        <source>alasan penolakan wajib diisi</source>
        <translation>a reason for the rejection is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="522"/>
        <source>anggota belum punya rekening simpanan sukarela untuk menerima jasa</source>
        <translation>the member has no voluntary savings account to receive the interest</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="523"/>
        <source>anggota {member_no} sudah punya rekening {kind}</source>
        <translation>member {member_no} already has a {kind} account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="524"/>
        <source>anggota {member_no} sudah tidak aktif</source>
        <translation>member {member_no} is no longer active</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="525"/>
        <source>anggota {member_no} tidak aktif</source>
        <translation>member {member_no} is not active</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="526"/>
        <source>anggota {member_no} tidak aktif ({status})</source>
        <translation>member {member_no} is not active ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="527"/>
        <source>anggota {member_no} tidak punya rekening simpanan wajib</source>
        <translation>member {member_no} has no mandatory savings account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="528"/>
        <source>anggota {member_no} tidak punya rekening sukarela untuk SHU</source>
        <translation>member {member_no} has no voluntary savings account for the SHU</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="529"/>
        <source>angka terlalu besar</source>
        <translation>number too large</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="530"/>
        <source>angsuran baru harus lebih dari nol</source>
        <translation>the new installment must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="531"/>
        <source>angsuran kontrak {wanted} tidak cocok dengan jadwal dari pokok, bunga dan tenor (menurut produk {installment}); periksa bunga, tenor atau angsuran</source>
        <translation>the contract installment {wanted} does not match the schedule from principal, interest and tenor (the product gives {installment}); check the interest, tenor or installment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="532"/>
        <source>angsuran terlalu kecil untuk 240 bulan</source>
        <translation>the installment is too small for 240 months</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="533"/>
        <source>angsuran {installment} = {ratio} % dari penghasilan bersih {income} ({verdict} {limit} %)</source>
        <translation>installment {installment} = {ratio} % of net income {income} ({verdict} {limit} %)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="534"/>
        <source>aturan DP bukan JSON yang sah</source>
        <translation>the down-payment rules are not valid JSON</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="535"/>
        <source>aturan DP harus berupa tabel band NPF → jenis kendaraan → %</source>
        <translation>the down-payment rules must be a table NPF band → vehicle type → %</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="536"/>
        <source>aturan pembulatan tidak dikenal ({rules})</source>
        <translation>unknown rounding rule ({rules})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="537"/>
        <source>bagan akun tidak menunjuk akun laba ditahan / SHU tahun berjalan</source>
        <translation>the chart names no retained-earnings / current-year surplus account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="538"/>
        <source>band NPF harus salah satu dari {bands}</source>
        <translation>the NPF band must be one of {bands}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="539"/>
        <source>band NPF tidak dikenal: {band} ({bands})</source>
        <translation>unknown NPF band: {band} ({bands})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="540"/>
        <source>band {band}: harus tabel jenis kendaraan → %</source>
        <translation>band {band}: must be a table vehicle type → %</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="541"/>
        <source>baris judul tidak ditemukan: perlu kolom Kode akun, Debit dan Kredit</source>
        <translation>no header row found: the columns Kode akun, Debit and Kredit are needed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="542"/>
        <source>baris per halaman minimal 1</source>
        <translation>at least 1 line per page</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="543"/>
        <source>baris terakhir melewati tepi bawah halaman</source>
        <translation>the last line runs past the bottom edge of the page</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="544"/>
        <source>baris {i} ({label}): akun {account} tidak ada</source>
        <translation>row {i} ({label}): account {account} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="545"/>
        <source>baris {i}: akun {account} tidak aktif</source>
        <translation>row {i}: account {account} is inactive</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="546"/>
        <source>baris {i}: akun {code} tidak ada</source>
        <translation>row {i}: account {code} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="547"/>
        <source>baris {i}: isi debit ATAU kredit (tepat satu, lebih dari nol)</source>
        <translation>row {i}: fill in debit OR credit (exactly one, above zero)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="548"/>
        <source>baris {i}: persentase tidak boleh negatif</source>
        <translation>line {i}: the percentage may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="549"/>
        <source>baris {i}: persentase tidak terbaca</source>
        <translation>line {i}: the percentage cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="550"/>
        <source>baris {i}: {account} adalah akun induk; pilih akun rinciannya</source>
        <translation>row {i}: {account} is a heading; choose one of its detail accounts</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="551"/>
        <source>baris {i}: {account} adalah akun kontrol yang hanya digerakkan buku pembantu (pinjaman, simpanan, titipan)</source>
        <translation>row {i}: {account} is a control account moved only by its sub-ledger (loans, savings, overpayments)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="552"/>
        <source>baris {row}: jumlah tidak boleh negatif</source>
        <translation>row {row}: the amount may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="553"/>
        <source>baris {row}: jumlah tidak sah ({exc})</source>
        <translation>row {row}: not a valid amount ({exc})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="554"/>
        <source>basis data ini sudah punya kantor</source>
        <translation>this database already has an office</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="555"/>
        <source>batas hari harus naik dan tidak negatif</source>
        <translation>the day bounds must rise and not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="556"/>
        <source>batas harus di atas nol dan paling banyak {limit}</source>
        <translation>the limit must be above zero and at most {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="557"/>
        <source>batas kolektibilitas harus pasangan (kelas, hari)</source>
        <translation>collectibility bounds must be pairs (class, days)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="558"/>
        <source>batas persetujuan tidak boleh negatif</source>
        <translation>an approval limit may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="559"/>
        <source>batas tidak boleh negatif</source>
        <translation>the limit cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="560"/>
        <source>belum ada dua snapshot akhir bulan berturut-turut</source>
        <translation>there are no two consecutive month-end snapshots yet</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="561"/>
        <source>berisi karakter kendali yang tidak terlihat (mis. ESC, NUL); ketik ulang isinya</source>
        <translation>contains invisible control characters (e.g. ESC, NUL); type it again</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="562"/>
        <source>berkas lebih dari 10 MB; simpan di folder kantor dan lampirkan lokasinya</source>
        <translation>the file is over 10 MB; keep it in the office folder and attach its location</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="563"/>
        <source>berkas tidak berisi satu baris saldo pun</source>
        <translation>the file holds no balance row</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="564"/>
        <source>berkas tidak bisa dibaca sebagai .xlsx: {exc}</source>
        <translation>the file cannot be read as .xlsx: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="565"/>
        <source>berkas {path} bukan buku kerja Excel (.xlsx): {error}</source>
        <translation>the file {path} is not an Excel workbook (.xlsx): {error}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="566"/>
        <source>berkas {path} tidak ada</source>
        <translation>the file {path} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="567"/>
        <source>biaya di muka harus lebih kecil dari pokok pinjaman</source>
        <translation>upfront fees must be below the principal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="568"/>
        <source>biaya di muka tidak boleh negatif</source>
        <translation>upfront fees may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="569"/>
        <source>biaya langsung tidak boleh negatif</source>
        <translation>direct costs may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="570"/>
        <source>biaya langsung {cost} harus lebih kecil dari bunga dan biaya yang diterima dari pinjaman ini ({earned}): suku bunga efektif tidak boleh nol atau negatif</source>
        <translation>direct costs {cost} must be less than the interest and fees this loan brings ({earned}): the effective rate may not be zero or negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="571"/>
        <source>biaya langsung {cost} melebihi pokok pinjaman {principal}</source>
        <translation>direct costs {cost} exceed the loan principal {principal}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="572"/>
        <source>biaya penjualan harus di antara nol dan harga jual</source>
        <translation>the selling costs must be between zero and the sale price</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="573"/>
        <source>biaya tidak boleh negatif</source>
        <translation>costs may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="574"/>
        <source>bukan angka terhingga: {value}</source>
        <translation>not a finite number: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="575"/>
        <source>bukan angka: {value}</source>
        <translation>not a number: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="576"/>
        <source>bukan jumlah rupiah: {value}</source>
        <translation>not a rupiah amount: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="577"/>
        <source>bukan jumlah uang</source>
        <translation>not an amount of money</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="578"/>
        <source>bukan jumlah uang (atau terlalu besar)</source>
        <translation>not an amount of money (or too large)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="579"/>
        <source>bukan jumlah uang ({problem})</source>
        <translation>not an amount of money ({problem})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="580"/>
        <source>bukan jumlah uang: {value}</source>
        <translation>not an amount: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="581"/>
        <source>bukan kolom produk</source>
        <translation>not a product field</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="582"/>
        <source>bukan tanggal (dd/mm/yyyy)</source>
        <translation>not a date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="583"/>
        <source>buku besar sudah berisi transaksi ({number}, {day}): saldo awal harus dimasukkan sebelum transaksi pertama</source>
        <translation>the ledger already holds transactions ({number}, {day}): opening balances go in before the first transaction</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="584"/>
        <source>buku tabungan sudah dicetak dari meja lain; cetak ulang rencananya</source>
        <translation>the passbook was printed from another desk; plan the printing again</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="585"/>
        <source>bulan</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="586"/>
        <source>bulan 1–12 dan tahun empat angka</source>
        <translation>month 1–12 and a four-digit year</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="587"/>
        <source>bulan ditulis YYYY-MM, mis. 2026-03</source>
        <translation>write the month as YYYY-MM, e.g. 2026-03</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="588"/>
        <source>bulan {month} tidak mungkin</source>
        <translation>month {month} is impossible</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="589"/>
        <source>bulan {month}/{year} belum berakhir</source>
        <translation>month {month}/{year} has not ended</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="590"/>
        <source>bunga harus angka (persen per tahun)</source>
        <translation>the interest rate must be a number (percent a year)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="591"/>
        <source>bunga harus antara {low} dan {high} % per tahun</source>
        <translation>the interest rate is between {low} and {high} % a year</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="592"/>
        <source>bunga maksimum lebih kecil dari minimum</source>
        <translation>the maximum rate is below the minimum</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="593"/>
        <source>bunga standar harus di antara minimum dan maksimum</source>
        <translation>the standard rate must lie between the minimum and the maximum</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="594"/>
        <source>cabang wajib dipilih</source>
        <translation>choose a branch</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="595"/>
        <source>cairkan dulu simpanan berjangka {number} (jatuh tempo atau sebelum jatuh tempo dengan penalti)</source>
        <translation>pay out time deposit {number} first (at maturity, or early with a penalty)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="596"/>
        <source>cara bayar tidak dikenal: {method}</source>
        <translation>unknown payment method: {method}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="597"/>
        <source>cara bayar tunai atau transfer</source>
        <translation>payment method: cash or transfer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="598"/>
        <source>cara bea meterai tidak dikenal: {stamp_mode}</source>
        <translation>unknown stamp-duty method: {stamp_mode}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="599"/>
        <source>cara kontak tidak dikenal</source>
        <translation>unknown contact method</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="600"/>
        <source>cara setor tidak dikenal: {method}</source>
        <translation>unknown deposit method: {method}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="601"/>
        <source>cara tarik tidak dikenal: {method}</source>
        <translation>unknown withdrawal method: {method}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="602"/>
        <source>catatan hasil kontak wajib diisi</source>
        <translation>a note on the contact&apos;s outcome is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="603"/>
        <source>catatan paling panjang 2000 huruf</source>
        <translation>notes are at most 2000 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="604"/>
        <source>dalam batas</source>
        <translation>within the limit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="605"/>
        <source>dana harus dari rekening anggota sendiri</source>
        <translation>the money must come from the member&apos;s own account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="606"/>
        <source>dasar jasa: saldo terendah, saldo rata-rata harian atau tanpa</source>
        <translation>interest basis: lowest balance, average daily balance or none</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="607"/>
        <source>dasar sisa pokok pelunasan harus schedule atau effective</source>
        <translation>the payoff&apos;s remaining-principal basis must be schedule or effective</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="608"/>
        <source>data nasabah baru saja diubah orang lain; buka ulang</source>
        <translation>the customer was just changed by someone else; open it again</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="609"/>
        <source>data nasabah baru saja diubah orang lain; buka ulang lalu ulangi perubahan</source>
        <translation>the customer was just changed by someone else; open it again and repeat the change</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="610"/>
        <source>dealer tidak ditemukan</source>
        <translation>dealer not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="611"/>
        <source>denda yang bisa dihapus paling banyak {amount}</source>
        <translation>at most {amount} of late fees can be waived</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="612"/>
        <source>diajukan</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="613"/>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="614"/>
        <source>dibatalkan: tidak ada yang disimpan</source>
        <translation>cancelled: nothing was saved</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="615"/>
        <source>dibuatkan kontrak</source>
        <translation>given a contract</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="616"/>
        <source>dicairkan</source>
        <translation>disbursed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="617"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="618"/>
        <source>disurvei</source>
        <translation>surveyed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="619"/>
        <source>ditawar ulang</source>
        <translation>counter-offered</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="620"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="621"/>
        <source>dokumen tidak dikenal: {codes}</source>
        <translation>unknown documents: {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="622"/>
        <source>dokumen tidak ditemukan</source>
        <translation>document not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="623"/>
        <source>dokumen wajib belum ada: {documents}</source>
        <translation>required documents are missing: {documents}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="624"/>
        <source>efektif anuitas</source>
        <translation>effective annuity</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="625"/>
        <source>efektif menurun</source>
        <translation>effective declining balance</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="626"/>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="627"/>
        <source>folder tidak dapat ditulisi: {reason}</source>
        <translation>the folder cannot be written to: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="628"/>
        <source>frekuensi tidak dikenal (monthly, weekly, biweekly)</source>
        <translation>unknown frequency (monthly, weekly, biweekly)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="629"/>
        <source>halaman per buku minimal 1</source>
        <translation>at least 1 page per book</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="630"/>
        <source>hanya pinjaman aktif</source>
        <translation>active loans only</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="631"/>
        <source>hanya pinjaman aktif yang dapat dihapusbukukan</source>
        <translation>only active loans can be written off</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="632"/>
        <source>hanya pinjaman aktif yang dapat direstrukturisasi</source>
        <translation>only active loans can be restructured</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="633"/>
        <source>harga OTR / plafon harus lebih dari nol</source>
        <translation>the OTR price / limit must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="634"/>
        <source>harga jual harus lebih dari nol</source>
        <translation>the sale price must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="635"/>
        <source>harga tidak boleh lebih kecil dari satu sen</source>
        <translation>the price may not be smaller than one sen</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="636"/>
        <source>hari tenggang denda harus 0–90</source>
        <translation>late-fee grace days are 0–90</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="637"/>
        <source>hari yang belum tiba tidak bisa ditutup</source>
        <translation>a day that has not come yet cannot be closed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="638"/>
        <source>hari {day} tidak mungkin (01–31 untuk laki-laki, 41–71 untuk perempuan)</source>
        <translation>day {day} is impossible (01–31 for men, 41–71 for women)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="639"/>
        <source>harus ada tepat satu bagian {label}</source>
        <translation>there must be exactly one {label} part</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="640"/>
        <source>harus angka 0–100</source>
        <translation>must be a number 0–100</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="641"/>
        <source>harus angka lebih dari nol</source>
        <translation>must be a number above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="642"/>
        <source>harus antara {low} dan {high}</source>
        <translation>must be between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="643"/>
        <source>harus berupa angka</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="644"/>
        <source>harus bilangan bulat</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="645"/>
        <source>harus bilangan bulat 0 sampai tenor</source>
        <translation>must be a whole number from 0 to the tenor</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="646"/>
        <source>harus bilangan bulat 1–360</source>
        <translation>must be a whole number 1–360</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="647"/>
        <source>harus lebih dari nol</source>
        <translation>must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="648"/>
        <source>harus setelah tanggal cair</source>
        <translation>must be after the disbursement date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="649"/>
        <source>hasil kontak tidak dikenal</source>
        <translation>unknown contact result</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="650"/>
        <source>impor buku pinjaman membutuhkan pengguna yang berhak</source>
        <translation>importing a loan book needs an authorised user</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="651"/>
        <source>impor nasabah membutuhkan pengguna yang masuk</source>
        <translation>importing customers needs a logged-in user</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="652"/>
        <source>investasi</source>
        <translation>investment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="653"/>
        <source>isi DP sebagai jumlah atau persen, bukan keduanya</source>
        <translation>give the down payment as an amount or a percentage, not both</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="654"/>
        <source>isi debit ATAU kredit, tidak keduanya</source>
        <translation>fill in debit OR credit, not both</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="655"/>
        <source>isi jangka waktu baru atau angsuran baru</source>
        <translation>give a new term or a new installment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="656"/>
        <source>isi jumlah pelunasan sebagian</source>
        <translation>give the partial payoff amount</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="657"/>
        <source>isi nama pemberi referensi</source>
        <translation>fill in who referred the customer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="658"/>
        <source>isi salah satu: angsuran lunas ATAU total dibayar</source>
        <translation>fill in one of them: installments paid OR total paid</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="659"/>
        <source>isi sel diawali &apos;{mark}&apos; dan akan dibaca spreadsheet sebagai rumus; hapus tanda itu atau awali dengan huruf</source>
        <translation>the cell starts with &apos;{mark}&apos; and a spreadsheet would read it as a formula; remove the sign or start with a letter</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="660"/>
        <source>isi suku bunga baru</source>
        <translation>give the new interest rate</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="661"/>
        <source>isian profil tidak dikenal: {names}</source>
        <translation>unknown profile fields: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="662"/>
        <source>jadwal angsuran kosong</source>
        <translation>the installment schedule is empty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="663"/>
        <source>jadwal baru lebih pendek dari angsuran lama yang masih dirujuk pembayaran yang dibatalkan; pilih tenor yang lebih panjang</source>
        <translation>the new schedule is shorter than the old installments still referred to by cancelled payments; choose a longer tenor</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="664"/>
        <source>jadwal tidak dapat dibuat: {problem}</source>
        <translation>the schedule cannot be built: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="665"/>
        <source>jaminan #{key} tidak ditemukan</source>
        <translation>collateral #{key} not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="666"/>
        <source>jangka waktu baru 1–240 angsuran</source>
        <translation>the new term is 1–240 installments</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="667"/>
        <source>jangka waktu harus lebih dari nol bulan</source>
        <translation>the term must be more than zero months</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="668"/>
        <source>janji bayar terlalu jauh (lihat pengaturan penagihan)</source>
        <translation>the promise to pay is too far ahead (see the collection settings)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="669"/>
        <source>jatuh tempo pertama harus setelah tanggal pencairan</source>
        <translation>the first due date must come after the disbursement date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="670"/>
        <source>jenis akun harus aset, liabilitas, ekuitas, pendapatan atau beban</source>
        <translation>the account type must be asset, liability, equity, income or expense</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="671"/>
        <source>jenis dealer tidak dikenal</source>
        <translation>unknown dealer kind</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="672"/>
        <source>jenis dokumen tidak dikenal</source>
        <translation>unknown document kind</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="673"/>
        <source>jenis hari libur tidak dikenal: {kind}</source>
        <translation>unknown kind of holiday: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="674"/>
        <source>jenis kantor harus salah satu dari {kinds}</source>
        <translation>the kind of office must be one of {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="675"/>
        <source>jenis kantor tidak dikenal: {kind}</source>
        <translation>unknown kind of office: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="676"/>
        <source>jenis kantor tidak dikenal: {office_kind}</source>
        <translation>unknown kind of office: {office_kind}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="677"/>
        <source>jenis kelamin L (laki-laki) atau P (perempuan)</source>
        <translation>sex L (male) or P (female)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="678"/>
        <source>jenis kendaraan tidak dikenal: {vtype}</source>
        <translation>unknown vehicle type: {vtype}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="679"/>
        <source>jenis kontak: telepon, kunjungan, whatsapp atau catatan</source>
        <translation>contact kind: phone, visit, whatsapp or note</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="680"/>
        <source>jenis mutasi tidak dikenal</source>
        <translation>unknown movement kind</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="681"/>
        <source>jenis produk harus salah satu dari {kinds}</source>
        <translation>the product kind must be one of {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="682"/>
        <source>jenis restrukturisasi tidak dikenal</source>
        <translation>unknown kind of restructuring</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="683"/>
        <source>jenis simpanan harus salah satu dari {join_kinds}</source>
        <translation>the savings kind must be one of {join_kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="684"/>
        <source>jumlah &apos;{value}&apos; tidak dikenal; tulis misalnya 3.500.000</source>
        <translation>amount &apos;{value}&apos; not understood; write e.g. 3.500.000</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="685"/>
        <source>jumlah belum diisi</source>
        <translation>the amount is empty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="686"/>
        <source>jumlah cadangan yang disimpan 1–365</source>
        <translation>backups kept: 1–365</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="687"/>
        <source>jumlah harus lebih dari nol</source>
        <translation>the amount must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="688"/>
        <source>jumlah janji bayar harus lebih dari nol</source>
        <translation>the promised amount must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="689"/>
        <source>jumlah lembar/keping Rp {face} harus bilangan bulat ≥ 0</source>
        <translation>the number of Rp {face} notes/coins must be a whole number ≥ 0</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="690"/>
        <source>jumlah paling teliti sampai sen</source>
        <translation>amounts go to the sen at most</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="691"/>
        <source>jumlah pelunasan per {date} adalah {amount}; hitung ulang</source>
        <translation>the payoff amount on {date} is {amount}; calculate again</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="692"/>
        <source>jumlah pembayaran harus lebih dari nol</source>
        <translation>the payment must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="693"/>
        <source>jumlah penarikan harus lebih dari nol</source>
        <translation>the withdrawal must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="694"/>
        <source>jumlah pengembalian harus lebih dari nol</source>
        <translation>the refund must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="695"/>
        <source>jumlah pengembalian melebihi titipan yang ada ({amount})</source>
        <translation>the refund exceeds the overpayment held ({amount})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="696"/>
        <source>jumlah persentase pembagian SHU harus 100% (sekarang {now_pct}%) — AD/ART</source>
        <translation>the SHU distribution percentages must add up to 100% (now {now_pct}%) — bylaws</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="697"/>
        <source>jumlah pokok jadwal tidak sama dengan pokok pinjaman</source>
        <translation>the schedule&apos;s principal does not add up to the loan&apos;s principal</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="698"/>
        <source>jumlah setoran harus lebih dari nol</source>
        <translation>the deposit must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="699"/>
        <source>jumlah tidak boleh negatif</source>
        <translation>the amount may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="700"/>
        <source>jumlah tidak boleh negatif; pindahkan ke sisi lainnya</source>
        <translation>an amount may not be negative; move it to the other side</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="701"/>
        <source>jumlah tidak sah: {exc}</source>
        <translation>not a valid amount: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="702"/>
        <source>jurnal membutuhkan sedikitnya dua baris</source>
        <translation>a journal needs at least two lines</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="703"/>
        <source>jurnal tidak seimbang: debit {total_debit} ≠ kredit {total_credit} (selisih {diff})</source>
        <translation>the journal does not balance: debit {total_debit} ≠ credit {total_credit} (difference {diff})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="704"/>
        <source>jurnal tutup buku tidak dibalik; buka kembali periodenya</source>
        <translation>a closing journal is not reversed; reopen its period</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="705"/>
        <source>jurnal {number} dibuat oleh buku pembantu ({label}); batalkan transaksinya dari menu asalnya</source>
        <translation>journal {number} was made by a sub-ledger ({label}); cancel its transaction where it was made</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="706"/>
        <source>jurnal {number} sudah pernah dibalik</source>
        <translation>journal {number} was already reversed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="707"/>
        <source>kas harian kasir ini untuk {date} sudah ditutup: tidak bisa menerima atau membatalkan transaksi pada hari itu lagi</source>
        <translation>this cashier&apos;s cash day {date} is closed: no more transactions can be taken or cancelled on that day</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="708"/>
        <source>kas {who} tanggal {date} sudah ditutup</source>
        <translation>the cash of {who} for {date} is already closed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="709"/>
        <source>kata sandi lama salah</source>
        <translation>the current password is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="710"/>
        <source>kata sandi minimal 8 karakter</source>
        <translation>a password has at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="711"/>
        <source>kata sandi paling panjang 128 karakter</source>
        <translation>a password has at most 128 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="712"/>
        <source>kata sandi tidak boleh sama dengan nama pengguna</source>
        <translation>the password may not be the user name</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="713"/>
        <source>kedua kata sandi tidak sama</source>
        <translation>the two passwords differ</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="714"/>
        <source>kelas harus naik, antara 1 dan 4 (kelas 5 Macet di atas batas terakhir)</source>
        <translation>classes must rise, between 1 and 4 (class 5 Loss lies above the last bound)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="715"/>
        <source>kelas pertama harus 1 (Lancar)</source>
        <translation>the first class must be 1 (Current)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="716"/>
        <source>kertas kwitansi harus A4 atau A5</source>
        <translation>receipt paper is A4 or A5</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="717"/>
        <source>keterangan jurnal wajib diisi</source>
        <translation>the journal description is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="718"/>
        <source>kode akun 1–20 huruf/angka (boleh titik dan tanda hubung)</source>
        <translation>account code 1–20 letters/digits (dots and hyphens allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="719"/>
        <source>kode akun kosong</source>
        <translation>the account code is empty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="720"/>
        <source>kode akun {code} sudah dipakai</source>
        <translation>account code {code} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="721"/>
        <source>kode cabang 1–8 huruf/angka tanpa spasi</source>
        <translation>branch code 1–8 letters/digits without spaces</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="722"/>
        <source>kode dealer 1–12 huruf/angka</source>
        <translation>dealer code 1–12 letters/digits</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="723"/>
        <source>kode dealer {code} sudah dipakai</source>
        <translation>dealer code {code} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="724"/>
        <source>kode petugas wajib diisi</source>
        <translation>the officer code is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="725"/>
        <source>kode petugas {code} tidak ada atau tidak aktif</source>
        <translation>officer code {code} does not exist or is not active</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="726"/>
        <source>kode produk 1–16 huruf/angka (boleh - dan _)</source>
        <translation>product code 1–16 letters/digits (- and _ allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="727"/>
        <source>kode produk wajib diisi</source>
        <translation>the product code is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="728"/>
        <source>kode produk {code} sudah dipakai</source>
        <translation>product code {code} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="729"/>
        <source>kode wilayah tidak ada di daftar Kemendagri</source>
        <translation>the region code is not in the Kemendagri list</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="730"/>
        <source>kode wilayah tidak dikenal: {code}</source>
        <translation>unknown region code: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="731"/>
        <source>kode wilayah {code} tidak dikenal</source>
        <translation>unknown region code {code}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="732"/>
        <source>kolom ini tidak dapat diubah</source>
        <translation>this field cannot be changed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="733"/>
        <source>kolom saldo melewati tepi kanan halaman</source>
        <translation>the balance column runs past the right edge of the page</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="734"/>
        <source>kolom tidak ada di baris judul</source>
        <translation>the column is missing from the header row</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="735"/>
        <source>kolom tidak dikenal: {{{n}}}</source>
        <translation>unknown field: {{{n}}}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="736"/>
        <source>kolom tidak dikenal; diabaikan</source>
        <translation>unknown column; ignored</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="737"/>
        <source>kolom wajib tidak ada di baris judul</source>
        <translation>a required column is missing from the header row</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="738"/>
        <source>kondisi unit tidak dikenal</source>
        <translation>unknown condition of the unit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="739"/>
        <source>kunci transaksi {key} sudah dipakai untuk {action}</source>
        <translation>transaction key {key} was already used for {action}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="740"/>
        <source>kurung kurawal tidak seimbang: {exc}</source>
        <translation>unbalanced braces: {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="741"/>
        <source>kwitansi {receipt_no} lebih baru dan masih berlaku: batalkan yang terbaru lebih dulu</source>
        <translation>receipt {receipt_no} is newer and still valid: cancel the latest first</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="742"/>
        <source>kwitansi {receipt_no} sudah dibatalkan</source>
        <translation>receipt {receipt_no} is already cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="743"/>
        <source>kwitansi {receipt_no} tidak ditemukan</source>
        <translation>receipt {receipt_no} not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="744"/>
        <source>lampirkan isi berkas atau lokasi berkas (salah satu)</source>
        <translation>attach the file&apos;s content or its location (one of them)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="745"/>
        <source>langkah tidak dikenal: {step}</source>
        <translation>unknown step: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="746"/>
        <source>laporan bulan {month} ditolak: bulan itu belum ditutup (laporan bulanan hanya dibuat dari bulan yang sudah ditutup, dengan snapshot pinjaman yang disimpan saat tutup buku)</source>
        <translation>report for {month} refused: that month is not closed (monthly reports are built only from closed months, with the loan snapshot stored at the close)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="747"/>
        <source>laporan bulan {month} ditolak: snapshot akhir bulan tidak memuat pinjaman cabang ini</source>
        <translation>report for {month} refused: the month-end snapshot holds no loans of this branch</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="748"/>
        <source>laporan bulan {month} ditolak: tidak ada snapshot pinjaman akhir bulan (laporan bulanan hanya dibuat dari snapshot yang disimpan saat tutup buku)</source>
        <translation>report for {month} refused: there is no month-end loan snapshot (monthly reports are built only from the snapshot stored at the close)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="749"/>
        <source>lebih dari total angsuran ({total})</source>
        <translation>more than the installments&apos; total ({total})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="750"/>
        <source>lipatan tengah harus di antara baris halaman (0 = tanpa lipatan)</source>
        <translation>the centre fold must fall between the page&apos;s lines (0 = no fold)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="751"/>
        <source>logo harus berkas PNG atau JPEG</source>
        <translation>the logo must be a PNG or JPEG file</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="752"/>
        <source>logo paling besar {kb} KB</source>
        <translation>the logo is at most {kb} KB</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="753"/>
        <source>margin tidak boleh negatif</source>
        <translation>margins may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="754"/>
        <source>masa tenggang harus bilangan bulat</source>
        <translation>the grace period must be a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="755"/>
        <source>masa tenggang harus lebih pendek dari tenor</source>
        <translation>the grace period must be shorter than the tenor</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="756"/>
        <source>masa tenggang tanpa bunga menghasilkan angsuran Rp 0</source>
        <translation>a grace period without interest gives an installment of Rp 0</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="757"/>
        <source>masa tenggang tidak boleh negatif</source>
        <translation>the grace period may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="758"/>
        <source>masih ada bunga yang ditangguhkan pada pinjaman bermasalah; ubah pilihan ini saat tidak ada yang ditangguhkan</source>
        <translation>non-performing loans still have suspended interest; change this choice when nothing is suspended</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="759"/>
        <source>membatalkan jaminan membutuhkan pengguna yang masuk</source>
        <translation>cancelling collateral needs a logged-in user</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="760"/>
        <source>membuat pengguna membutuhkan administrator yang masuk</source>
        <translation>creating users needs a logged-in administrator</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="761"/>
        <source>memposting jurnal membutuhkan pengguna yang masuk</source>
        <translation>posting a journal needs a signed-in user</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="762"/>
        <source>memulihkan cadangan perlu dikonfirmasi orang kedua (empat mata)</source>
        <translation>restoring a backup needs a second person&apos;s confirmation (four eyes)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="763"/>
        <source>mengatur produk membutuhkan pengguna yang masuk</source>
        <translation>managing products needs a logged-in user</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="764"/>
        <source>menukar berkas basis data</source>
        <translation>swapping the database files</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="765"/>
        <source>menyalin cadangan untuk diperiksa</source>
        <translation>copying the backup to check it</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="766"/>
        <source>metode CKPN tidak dikenal: {method}</source>
        <translation>unknown allowance (CKPN) method: {method}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="767"/>
        <source>metode bunga tidak dikenal (flat, annuity, equal-principal)</source>
        <translation>unknown interest method (flat, annuity, equal-principal)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="768"/>
        <source>metode pendapatan tidak dikenal: {method}</source>
        <translation>unknown income method: {method}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="769"/>
        <source>minggu</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="770"/>
        <source>modal awal tidak boleh negatif</source>
        <translation>the opening float cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="771"/>
        <source>multiguna</source>
        <translation>multipurpose</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="772"/>
        <source>mutasi jaminan tidak ditemukan</source>
        <translation>collateral movement not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="773"/>
        <source>nama akun wajib diisi (paling panjang 120 huruf)</source>
        <translation>the account name is required (at most 120 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="774"/>
        <source>nama berkas wajib diisi</source>
        <translation>the file name is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="775"/>
        <source>nama cabang wajib diisi</source>
        <translation>branch name is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="776"/>
        <source>nama dan jabatan penanda tangan paling panjang 80 huruf</source>
        <translation>the signatory&apos;s name and title have at most 80 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="777"/>
        <source>nama dealer wajib diisi</source>
        <translation>the dealer name is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="778"/>
        <source>nama hari libur wajib diisi</source>
        <translation>the holiday&apos;s name is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="779"/>
        <source>nama kantor paling panjang 120 huruf</source>
        <translation>the office name has at most 120 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="780"/>
        <source>nama kantor wajib diisi</source>
        <translation>the office name is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="781"/>
        <source>nama lengkap wajib diisi (paling panjang 80 huruf)</source>
        <translation>the full name is required (at most 80 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="782"/>
        <source>nama pembeli wajib diisi</source>
        <translation>the buyer&apos;s name is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="783"/>
        <source>nama pengguna &apos;{username}&apos; sudah dipakai</source>
        <translation>the user name &apos;{username}&apos; is taken</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="784"/>
        <source>nama pengguna 1–32 huruf/angka (boleh titik dan garis bawah)</source>
        <translation>user name 1–32 letters/digits (dots and underscores allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="785"/>
        <source>nama produk wajib diisi (paling panjang 80 huruf)</source>
        <translation>the product name is required (at most 80 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="786"/>
        <source>nama resmi kantor wajib diisi</source>
        <translation>the office&apos;s legal name is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="787"/>
        <source>nama resmi paling panjang 120 huruf</source>
        <translation>the legal name has at most 120 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="788"/>
        <source>nama sales wajib diisi</source>
        <translation>the salesperson&apos;s name is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="789"/>
        <source>nama wilayah wajib diisi</source>
        <translation>the area&apos;s name is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="790"/>
        <source>nasabah ada di daftar hitam: pengajuan tidak dapat dibuat</source>
        <translation>the customer is blacklisted: no application can be made</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="791"/>
        <source>nasabah dengan NIK {nik} belum ada; impor nasabah dulu (import customers)</source>
        <translation>there is no customer with NIK {nik} yet; import the customers first (import customers)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="792"/>
        <source>nasabah tidak ditemukan</source>
        <translation>customer not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="793"/>
        <source>nasabah tidak punya nomor telepon</source>
        <translation>the customer has no phone number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="794"/>
        <source>neraca saldo tidak seimbang: debit {debit}, kredit {credit}, selisih {diff}</source>
        <translation>the trial balance does not balance: debit {debit}, credit {credit}, difference {diff}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="795"/>
        <source>nilai taksiran harus lebih dari nol</source>
        <translation>the appraised value must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="796"/>
        <source>nilai {aspect} antara {low} dan {high}</source>
        <translation>the {aspect} score is between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="797"/>
        <source>nomor BPKB wajib diisi saat diterima</source>
        <translation>the BPKB number is required when it is received</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="798"/>
        <source>nomor izin paling panjang 80 karakter</source>
        <translation>the licence number has at most 80 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="799"/>
        <source>nomor kontrak wajib diisi (paling panjang 32 karakter)</source>
        <translation>the contract number is required (at most 32 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="800"/>
        <source>nomor kontrak {contract_no} sudah dipakai</source>
        <translation>contract number {contract_no} is taken</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="801"/>
        <source>nomor sertifikat fidusia wajib diisi</source>
        <translation>the fiducia certificate number is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="802"/>
        <source>paling panjang 500 huruf</source>
        <translation>at most 500 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="803"/>
        <source>paling panjang {limit} huruf</source>
        <translation>at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="804"/>
        <source>paling sedikit satu tahap surat</source>
        <translation>at least one letter stage</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="805"/>
        <source>pasang bagan akun dulu</source>
        <translation>install the chart of accounts first</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="806"/>
        <source>pecahan tidak dikenal: {face}</source>
        <translation>unknown denomination: {face}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="807"/>
        <source>pelunasan sebagian harus kurang dari sisa pokok (gunakan pelunasan)</source>
        <translation>a partial payoff must be less than the outstanding principal (use payoff)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="808"/>
        <source>pembagian SHU tidak sama dengan jumlah SHU</source>
        <translation>the SHU split does not add up to the SHU</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="809"/>
        <source>pembatalan membuat saldo rekening {number} negatif</source>
        <translation>the reversal would make account {number} negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="810"/>
        <source>penagih harus kolektor, petugas kredit atau supervisor aktif</source>
        <translation>the collector must be an active collector, credit officer or supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="811"/>
        <source>penalti: persen dari pokok atau dari jasa yang sudah dibayar</source>
        <translation>penalty: a percentage of the principal or of the interest paid</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="812"/>
        <source>penanggung bea meterai tidak dikenal: {bearer}</source>
        <translation>unknown stamp-duty bearer: {bearer}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="813"/>
        <source>pengajuan #{id} tidak ditemukan</source>
        <translation>application #{id} not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="814"/>
        <source>pengaturan tidak dikenal</source>
        <translation>unknown setting</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="815"/>
        <source>pengelompokan tidak dikenal: {by}</source>
        <translation>unknown grouping: {by}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="816"/>
        <source>pengguna &apos;{username}&apos; tidak ada</source>
        <translation>user &apos;{username}&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="817"/>
        <source>pengguna tanpa login</source>
        <translation>a user who is not logged in</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="818"/>
        <source>penghapusan denda ini sudah ditarik</source>
        <translation>this late-fee waiver has already been withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="819"/>
        <source>penghasilan bersih tidak mencukupi (nol atau negatif)</source>
        <translation>net income is insufficient (zero or negative)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="820"/>
        <source>penghasilan utama harus lebih dari nol</source>
        <translation>the main income must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="821"/>
        <source>peran tidak dikenal</source>
        <translation>unknown role</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="822"/>
        <source>periode 12/{year} sudah ditutup; buka kembali dulu untuk menutup tahun buku</source>
        <translation>period 12/{year} is closed; reopen it first to close the year</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="823"/>
        <source>periode dua mingguan</source>
        <translation>fortnight</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="824"/>
        <source>periode {month} sudah ditutup: saldo awal tidak bisa diposting di dalamnya</source>
        <translation>period {month} is closed: opening balances cannot be posted in it</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="825"/>
        <source>periode {month}/{year} memiliki jurnal yang belum diposting: {numbers}</source>
        <translation>period {month}/{year} has unposted journals: {numbers}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="826"/>
        <source>periode {month}/{year} sudah ditutup</source>
        <translation>period {month}/{year} is closed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="827"/>
        <source>periode {month}/{year} sudah ditutup: tidak bisa memposting jurnal bertanggal di dalamnya</source>
        <translation>period {month}/{year} is closed: no journal dated in it can be posted</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="828"/>
        <source>periode {month}/{year} tidak sedang ditutup</source>
        <translation>period {month}/{year} is not closed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="829"/>
        <source>periode {period_end} sudah ditutup; buka kembali dulu untuk menjalankan ulang</source>
        <translation>period {period_end} is already closed; reopen it first to run again</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="830"/>
        <source>periode {period} sudah ditutup: pilih tanggal berlaku pada periode yang masih terbuka</source>
        <translation>period {period} is closed: choose an effective date in an open period</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="831"/>
        <source>peristiwa tidak dikenal: {event}</source>
        <translation>unknown event: {event}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="832"/>
        <source>persentase 0–100</source>
        <translation>a percentage 0–100</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="833"/>
        <source>persentase tidak boleh negatif</source>
        <translation>a percentage cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="834"/>
        <source>petugas hanya boleh menambah/mengubah nasabah di portofolionya sendiri</source>
        <translation>an officer may add or change customers of their own portfolio only</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="835"/>
        <source>petugas hanya boleh mengubah nasabah di portofolionya sendiri</source>
        <translation>an officer may change customers of their own portfolio only</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="836"/>
        <source>petugas pemilik nasabah wajib dipilih</source>
        <translation>choose the officer who owns the customer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="837"/>
        <source>petugas tidak ada atau bukan petugas kredit/kolektor</source>
        <translation>no such officer, or not a credit officer/collector</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="838"/>
        <source>petugas tujuan sama dengan petugas asal</source>
        <translation>the receiving officer is the same as the current one</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="839"/>
        <source>pilih alasan dari daftar</source>
        <translation>choose a reason from the list</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="840"/>
        <source>pilih dealer asal order</source>
        <translation>choose the dealer the order came from</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="841"/>
        <source>pilih jenis kendaraan (roda dua / roda empat)</source>
        <translation>choose the vehicle type (two or four wheels)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="842"/>
        <source>pilih nasabah</source>
        <translation>choose a customer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="843"/>
        <source>pilih paling sedikit satu tenor</source>
        <translation>choose at least one tenor</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="844"/>
        <source>pilih produk pinjaman</source>
        <translation>choose a loan product</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="845"/>
        <source>pilih rekomendasi petugas</source>
        <translation>choose the officer&apos;s recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="846"/>
        <source>pilih: tetap ditagih atau hapus buku</source>
        <translation>choose: keep collecting or write off</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="847"/>
        <source>pilihan tidak dikenal: {mode}</source>
        <translation>unknown option: {mode}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="848"/>
        <source>pindah petugas lewat Pindah Portofolio (tercatat di riwayat)</source>
        <translation>move officers through Move portfolio (recorded in the history)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="849"/>
        <source>pinjaman #{loan_id} tidak ditemukan</source>
        <translation>loan #{loan_id} not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="850"/>
        <source>pinjaman tidak aktif lagi</source>
        <translation>the loan is no longer active</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="851"/>
        <source>pinjaman {contract_no} sudah ditutup ({status})</source>
        <translation>loan {contract_no} is closed ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="852"/>
        <source>pinjaman {contract_no} tidak memegang titipan</source>
        <translation>loan {contract_no} holds no overpayment</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="853"/>
        <source>pinjaman {contract} bukan milik anggota {member}: angsuran dibayar dari simpanan pemiliknya sendiri</source>
        <translation>loan {contract} does not belong to member {member}: installments are paid from the owner&apos;s own savings</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="854"/>
        <source>pokok pinjaman harus berupa angka</source>
        <translation>the principal must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="855"/>
        <source>pokok pinjaman harus lebih dari nol</source>
        <translation>the loan principal must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="856"/>
        <source>pokok pinjaman terlalu kecil untuk tenor ini (setiap angsuran harus memuat pokok)</source>
        <translation>the principal is too small for this tenor (every installment must carry principal)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="857"/>
        <source>pokok pinjaman tidak boleh lebih kecil dari satu sen</source>
        <translation>the principal may not be smaller than one sen</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="858"/>
        <source>pokok pinjaman tidak wajar (lebih dari {amount})</source>
        <translation>an implausible principal (more than {amount})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="859"/>
        <source>pokok simpanan berjangka harus lebih dari nol</source>
        <translation>the time deposit&apos;s principal must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="860"/>
        <source>produk simpanan {code} tidak ada</source>
        <translation>savings product {code} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="861"/>
        <source>produk standar tidak dikenal: {codes}</source>
        <translation>unknown standard products: {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="862"/>
        <source>produk {key} tidak ditemukan</source>
        <translation>product {key} not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="863"/>
        <source>produk {name} sudah tidak aktif</source>
        <translation>product {name} is no longer active</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="864"/>
        <source>produk {product} tidak dikenal</source>
        <translation>unknown product {product}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="865"/>
        <source>rekening asal dan tujuan sama</source>
        <translation>the source and target accounts are the same</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="866"/>
        <source>rekening simpanan #{account_id} tidak ada</source>
        <translation>savings account #{account_id} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="867"/>
        <source>rekening {number} sudah ditutup</source>
        <translation>account {number} is closed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="868"/>
        <source>rekonsiliasi gagal: {problems}</source>
        <translation>reconciliation failed: {problems}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="869"/>
        <source>roda dua</source>
        <translation>two-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="870"/>
        <source>roda empat</source>
        <translation>four-wheeler</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="871"/>
        <source>saat jatuh tempo: diperpanjang (rollover) atau dicairkan</source>
        <translation>at maturity: rolled over or paid out</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="872"/>
        <source>saldo awal neraca saldo sudah pernah diposting</source>
        <translation>the trial balance&apos;s opening balances were already posted</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="873"/>
        <source>saldo minimum {minimum} harus tetap tersisa (ketentuan produk {product}); paling banyak {most}</source>
        <translation>the minimum balance {minimum} must remain (rule of product {product}); at most {most}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="874"/>
        <source>saldo tidak cukup ({balance})</source>
        <translation>the balance is not enough ({balance})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="875"/>
        <source>sales tidak ditemukan</source>
        <translation>salesperson not found</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="876"/>
        <source>salesman bukan dari dealer yang dipilih</source>
        <translation>the salesperson is not from the chosen dealer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="877"/>
        <source>sebutkan --user: tidak ada akuntan atau manajer aktif</source>
        <translation>name --user: there is no active accountant or manager</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="878"/>
        <source>sel berisi angka, bukan teks: Excel sudah membuang angka 0 di depan atau digit terakhir. Format kolom sebagai Teks dan ketik ulang</source>
        <translation>the cell holds a number, not text: Excel has already dropped the leading 0 or the last digits. Format the column as Text and type it again</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="879"/>
        <source>simpanan berjangka hanya dicairkan saat jatuh tempo atau dengan pencairan sebelum jatuh tempo (penalti)</source>
        <translation>a time deposit is paid out only at maturity or by an early payout (penalty)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="880"/>
        <source>simpanan berjangka harus punya jangka waktu (bulan)</source>
        <translation>a time deposit needs a term (months)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="881"/>
        <source>simpanan berjangka tidak menerima setoran tambahan; buka bilyet baru</source>
        <translation>a time deposit takes no further deposits; open a new certificate</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="882"/>
        <source>simpanan berjangka {number} baru jatuh tempo {maturity}; sebelum itu hanya bisa dicairkan dengan penalti</source>
        <translation>time deposit {number} matures only on {maturity}; before then it can be paid out only with a penalty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="883"/>
        <source>simpanan pokok dibayar sekali saja (AD/ART)</source>
        <translation>the principal savings is paid once only (bylaws)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="884"/>
        <source>simpanan pokok sebesar {amount} (AD/ART)</source>
        <translation>the principal savings are {amount} (bylaws)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="885"/>
        <source>simpanan pokok/wajib harus punya jumlah tetap</source>
        <translation>principal and mandatory savings need a fixed amount</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="886"/>
        <source>simpanan wajib dibayar per bulan {amount} (atau kelipatannya)</source>
        <translation>the mandatory savings are paid monthly, {amount} (or a multiple)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="887"/>
        <source>sisa pokok menurut tabel angsuran (flat)</source>
        <translation>remaining principal from the installment table (flat)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="888"/>
        <source>sisa pokok menurut tabel efektif (anuitas)</source>
        <translation>remaining principal from the effective table (annuity)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="889"/>
        <source>sisa yang dapat ditagih {left}</source>
        <translation>what can still be collected: {left}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="890"/>
        <source>status harus aktif, nonaktif atau blacklist</source>
        <translation>status must be active, inactive or blacklist</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="891"/>
        <source>status keluar: resigned atau deceased</source>
        <translation>leaving status: resigned or deceased</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="892"/>
        <source>suku bunga baru 0–100 % setahun</source>
        <translation>the new rate is 0–100 % a year</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="893"/>
        <source>suku bunga harus antara 0 dan 100 % per tahun</source>
        <translation>the interest rate is between 0 and 100 % a year</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="894"/>
        <source>suku bunga harus berupa angka</source>
        <translation>the interest rate must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="895"/>
        <source>suku jasa tidak boleh negatif</source>
        <translation>the interest rate may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="896"/>
        <source>sumber jurnal tidak dikenal: {source}</source>
        <translation>unknown journal source: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="897"/>
        <source>sumber jurnal {source} tidak dapat diposting oleh pengguna</source>
        <translation>journal source {source} cannot be posted by a user</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="898"/>
        <source>sumber order: dealer, datang langsung atau referensi</source>
        <translation>order source: dealer, walk-in or referral</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="899"/>
        <source>tabel kolektibilitas kosong</source>
        <translation>the collectibility table is empty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="900"/>
        <source>tabel kolektibilitas tidak dikenal: {preset}</source>
        <translation>unknown collectibility table: {preset}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="901"/>
        <source>tahap pertama perlu batas hari atau jumlah angsuran</source>
        <translation>the first stage needs a days bound or a number of installments</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="902"/>
        <source>tahap {n}: bilangan bulat tidak negatif</source>
        <translation>stage {n}: a whole number, not negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="903"/>
        <source>tahap {n}: isi surat wajib diisi</source>
        <translation>stage {n}: the letter&apos;s text is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="904"/>
        <source>tahap {n}: isian tidak dikenal {exc}</source>
        <translation>stage {n}: unknown entry {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="905"/>
        <source>tahap {n}: kode 1–10 huruf/angka</source>
        <translation>stage {n}: a code of 1–10 letters/digits</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="906"/>
        <source>tahap {n}: kode {name} dipakai dua kali</source>
        <translation>stage {n}: code {name} is used twice</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="907"/>
        <source>tahun buku {year} belum ditutup: SHU dibagi dari hasil tahun yang sudah ditutup</source>
        <translation>financial year {year} is not closed: the SHU is distributed from a closed year&apos;s result</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="908"/>
        <source>tahun buku {year} sudah ditutup</source>
        <translation>the financial year {year} is closed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="909"/>
        <source>tahun kendaraan antara 1980 dan {year}</source>
        <translation>the vehicle year is between 1980 and {year}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="910"/>
        <source>tahun kendaraan harus angka</source>
        <translation>the vehicle year must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="911"/>
        <source>tahun kendaraan wajib diisi</source>
        <translation>the vehicle year is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="912"/>
        <source>tahun {year} tidak menghasilkan SHU untuk dibagi</source>
        <translation>{year} produced no SHU to distribute</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="913"/>
        <source>tanggal &apos;{text}&apos; tidak dikenal; tulis dd/mm/yyyy</source>
        <translation>date &apos;{text}&apos; not understood; write dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="914"/>
        <source>tanggal akhir bulan wajib diisi</source>
        <translation>the month-end date is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="915"/>
        <source>tanggal berlaku sebelum pencairan</source>
        <translation>the effective date is before the disbursement</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="916"/>
        <source>tanggal berlaku tidak boleh sesudah hari ini</source>
        <translation>the effective date may not be after today</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="917"/>
        <source>tanggal cair di masa depan</source>
        <translation>the disbursement date is in the future</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="918"/>
        <source>tanggal fidusia tidak boleh di masa depan</source>
        <translation>the fiducia date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="919"/>
        <source>tanggal fidusia tidak boleh sebelum tanggal kontrak</source>
        <translation>the fiducia date may not be before the contract date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="920"/>
        <source>tanggal harus YYYY-MM-DD</source>
        <translation>the date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="921"/>
        <source>tanggal harus hari terakhir bulan</source>
        <translation>the date must be the last day of a month</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="922"/>
        <source>tanggal janji bayar tidak boleh sebelum tanggal kontak</source>
        <translation>the promised date may not be before the contact date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="923"/>
        <source>tanggal janji bayar wajib diisi</source>
        <translation>the promised date is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="924"/>
        <source>tanggal jual sebelum tanggal penarikan</source>
        <translation>the sale date is before the repossession date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="925"/>
        <source>tanggal jurnal wajib diisi</source>
        <translation>the journal date is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="926"/>
        <source>tanggal kontak berikutnya tidak boleh lewat</source>
        <translation>the next contact date may not be in the past</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="927"/>
        <source>tanggal kontak sebelum pinjaman dicairkan</source>
        <translation>the contact date is before the loan was disbursed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="928"/>
        <source>tanggal kontak tidak boleh di masa depan</source>
        <translation>the contact date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="929"/>
        <source>tanggal kontrak tidak boleh sebelum tanggal persetujuan</source>
        <translation>the contract date may not be before the approval date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="930"/>
        <source>tanggal kunjungan tidak boleh di masa depan</source>
        <translation>the visit date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="931"/>
        <source>tanggal kunjungan tidak valid</source>
        <translation>not a valid visit date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="932"/>
        <source>tanggal lahir tidak mungkin</source>
        <translation>an impossible birth date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="933"/>
        <source>tanggal pembayaran sebelum pembayaran terakhir ({last_payment_on}); batalkan dulu yang lebih baru</source>
        <translation>the payment date is before the last payment ({last_payment_on}); cancel the newer one first</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="934"/>
        <source>tanggal pembayaran sebelum pencairan ({disbursed_on})</source>
        <translation>the payment date is before the disbursement ({disbursed_on})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="935"/>
        <source>tanggal pembayaran tidak boleh di masa depan</source>
        <translation>the payment date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="936"/>
        <source>tanggal pembayaran wajib diisi</source>
        <translation>the payment date is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="937"/>
        <source>tanggal penarikan di luar masa pinjaman</source>
        <translation>the repossession date is outside the loan&apos;s life</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="938"/>
        <source>tanggal pencairan terlalu jauh di masa depan</source>
        <translation>the disbursement date is too far ahead</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="939"/>
        <source>tanggal pencairan tidak boleh sebelum tanggal kontrak</source>
        <translation>the disbursement date may not be before the contract date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="940"/>
        <source>tanggal pengembalian sebelum pembayaran terakhir ({last_payment_on})</source>
        <translation>the refund date is before the last payment ({last_payment_on})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="941"/>
        <source>tanggal pengembalian tidak boleh di masa depan</source>
        <translation>the refund date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="942"/>
        <source>tanggal pengembalian wajib diisi</source>
        <translation>the refund date is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="943"/>
        <source>tanggal saldo awal wajib diisi</source>
        <translation>the opening-balance date is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="944"/>
        <source>tanggal sebelum hapus buku</source>
        <translation>the date is before the write-off</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="945"/>
        <source>tanggal sebelum rekening dibuka ({opened_on})</source>
        <translation>the date is before the account was opened ({opened_on})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="946"/>
        <source>tanggal sebelum transaksi terakhir rekening ini ({last}): saldo harian harus urut</source>
        <translation>the date is before this account&apos;s last transaction ({last}): daily balances must be in order</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="947"/>
        <source>tanggal transaksi tidak boleh di masa depan</source>
        <translation>the transaction date may not be in the future</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="948"/>
        <source>tanggal transaksi wajib diisi</source>
        <translation>the transaction date is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="949"/>
        <source>tanggal valuta lebih dari setahun sebelum pembukuan</source>
        <translation>the value date is more than a year before the booking</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="950"/>
        <source>tanggal valuta sebelum pembayaran terakhir ({date}); batalkan dulu yang lebih baru</source>
        <translation>the value date is before the last payment ({date}); cancel the newer one first</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="951"/>
        <source>tanggal valuta sebelum pencairan ({date})</source>
        <translation>the value date is before the disbursement ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="952"/>
        <source>tanggal valuta tidak boleh setelah tanggal pembukuan</source>
        <translation>the value date may not be after the booking date</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="953"/>
        <source>tanggal valuta wajib diisi</source>
        <translation>the value date is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="954"/>
        <source>tanggal wajib diisi</source>
        <translation>the date is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="955"/>
        <source>tanggal {date} tidak ada di kalender</source>
        <translation>date {date} does not exist in the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="956"/>
        <source>tarif {k}: 0–100 % dengan paling banyak dua desimal</source>
        <translation>rate {k}: 0–100 % with at most two decimals</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="957"/>
        <source>telepon hanya angka, spasi, tanda hubung dan +, 5–32 karakter</source>
        <translation>a phone number has only digits, spaces, hyphens and +, 5–32 characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="958"/>
        <source>tempat penyimpanan wajib diisi</source>
        <translation>the storage place is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="959"/>
        <source>templat perjanjian tidak boleh kosong</source>
        <translation>the agreement template may not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="960"/>
        <source>tenor harus antara 1 dan {max} angsuran</source>
        <translation>the tenor is between 1 and {max} installments</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="961"/>
        <source>tenor harus bilangan bulat</source>
        <translation>the tenor must be a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="962"/>
        <source>tenor maksimum lebih kecil dari minimum</source>
        <translation>the maximum tenor is below the minimum</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="963"/>
        <source>tenor wajib diisi (jumlah angsuran)</source>
        <translation>the tenor is required (number of installments)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="964"/>
        <source>tenor {n} di luar batas produk ({tenor_min}–{tenor_max})</source>
        <translation>tenor {n} is outside the product&apos;s range ({tenor_min}–{tenor_max})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="965"/>
        <source>this database has no office yet: run the first-start wizard or &apos;main.py demo&apos;</source>
        <translation>this database has no office yet: run the first-start wizard or &apos;main.py demo&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="966"/>
        <source>tidak ada denda yang dihapus</source>
        <translation>no late fee is waived</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="967"/>
        <source>tidak ada kode akun bebas 2190–2199 untuk bunga ditangguhkan: tambahkan akun &apos;{name}&apos; di bagan akun</source>
        <translation>no free account code 2190–2199 for deferred interest: add the account &apos;{name}&apos; to the chart of accounts</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="968"/>
        <source>tidak ada saldo yang perlu diposting: buku besar sudah sama dengan neraca saldo</source>
        <translation>nothing to post: the ledger already equals the trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="969"/>
        <source>tidak ada sisa pokok untuk dihapusbukukan</source>
        <translation>there is no outstanding principal to write off</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="970"/>
        <source>tidak boleh negatif</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="971"/>
        <source>tidak dapat menonaktifkan akun sendiri</source>
        <translation>you cannot deactivate your own account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="972"/>
        <source>tidak sehat, NPF ≤ 5 %</source>
        <translation>not healthy, NPF ≤ 5 %</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="973"/>
        <source>tinggi baris harus lebih dari nol</source>
        <translation>the line height must be above zero</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="974"/>
        <source>tingkat wilayah tidak dikenal</source>
        <translation>unknown region level</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="975"/>
        <source>titipan dari kwitansi {receipt_no} sudah dikembalikan ke nasabah: kwitansi ini tidak dapat dibatalkan lagi</source>
        <translation>the overpayment from receipt {receipt_no} was refunded to the customer: this receipt can no longer be cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="976"/>
        <source>titipan dikembalikan tunai atau transfer bank, bukan {method}</source>
        <translation>an overpayment is refunded in cash or by bank transfer, not {method}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="977"/>
        <source>total debit {debit} ≠ total kredit {credit}</source>
        <translation>total debit {debit} ≠ total credit {credit}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="978"/>
        <source>transaksi lebih baru ({kind} {date}) masih berlaku di rekening ini: batalkan yang terbaru dulu</source>
        <translation>a newer transaction ({kind} {date}) still stands on this account: cancel the newest first</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="979"/>
        <source>transaksi {id} sudah dibatalkan</source>
        <translation>transaction {id} is already reversed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="980"/>
        <source>tujuan pembiayaan: investasi atau multiguna</source>
        <translation>financing purpose: investment or multipurpose</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="981"/>
        <source>tuliskan alasan pembatalan</source>
        <translation>write the reason for the cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="982"/>
        <source>tuliskan apa yang perlu dilengkapi</source>
        <translation>write what needs to be completed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="983"/>
        <source>tuliskan catatan untuk hasil ini</source>
        <translation>write a note for this result</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="984"/>
        <source>tuliskan kepada siapa BPKB dipinjamkan</source>
        <translation>write to whom the BPKB is lent</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="985"/>
        <source>tuliskan keterangan untuk alasan lain</source>
        <translation>describe the other reason</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="986"/>
        <source>tuliskan tujuan penggunaan dana</source>
        <translation>write what the money is for</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="987"/>
        <source>tunggakan bunga {amount} harus dibayar dulu atau dikapitalisasi</source>
        <translation>the overdue interest {amount} must be paid first or capitalised</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="988"/>
        <source>tutup buku ditolak: langkah belum dijalankan: {steps}</source>
        <translation>closing the books refused: steps not run yet: {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="989"/>
        <source>ubah paling sedikit satu syarat: uang muka, tenor atau bunga</source>
        <translation>change at least one term: down payment, tenor or interest</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="990"/>
        <source>ukuran kertas tidak dikenal: {paper}</source>
        <translation>unknown paper size: {paper}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="991"/>
        <source>unit ini sudah terjual</source>
        <translation>this unit is already sold</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="992"/>
        <source>unit {contract_no} sudah tercatat ditarik</source>
        <translation>the unit of {contract_no} is already recorded as repossessed</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="993"/>
        <source>urutan alokasi harus memuat fee, interest dan principal masing-masing sekali</source>
        <translation>the allocation order must hold fee, interest and principal once each</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="994"/>
        <source>usulan hapus buku {contract_no} sudah menunggu persetujuan</source>
        <translation>a write-off proposal for {contract_no} is already awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="995"/>
        <source>usulan ini sudah diputuskan</source>
        <translation>this proposal has already been decided</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="996"/>
        <source>usulan restrukturisasi {contract_no} sudah menunggu persetujuan</source>
        <translation>a restructuring proposal for {contract_no} is already awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="997"/>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="998"/>
        <source>wajib diisi (paling panjang 32 karakter)</source>
        <translation>required (at most 32 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="999"/>
        <source>{amount} melebihi batas {ceiling} untuk satu jumlah; periksa angkanya (batas dapat diubah administrator dengan konfirmasi supervisor)</source>
        <translation>{amount} exceeds the limit of {ceiling} for one amount; check the figure (an administrator can change the limit with a supervisor&apos;s confirmation)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1000"/>
        <source>{code} bukan produk simpanan berjangka</source>
        <translation>{code} is not a time deposit product</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1001"/>
        <source>{contract_no} bukan pinjaman hapus buku</source>
        <translation>{contract_no} is not a written-off loan</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1002"/>
        <source>{contract_no} tidak aktif lagi</source>
        <translation>{contract_no} is no longer active</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1003"/>
        <source>{contract_no} tidak aktif lagi: hapus buku dibatalkan</source>
        <translation>{contract_no} is no longer active: the write-off is cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1004"/>
        <source>{contract} muncul lebih dari sekali di berkas</source>
        <translation>{contract} appears more than once in the file</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1005"/>
        <source>{contract} sudah ada di Angsur</source>
        <translation>{contract} already exists in Angsur</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1006"/>
        <source>{event}: akun debit dan kredit tidak boleh sama</source>
        <translation>{event}: the debit and credit accounts may not be the same</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1007"/>
        <source>{event}: akun {side} {rule} tidak ada</source>
        <translation>{event}: the {side} account {rule} does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1008"/>
        <source>{event}: belum ada aturan jurnal untuk peristiwa ini</source>
        <translation>{event}: no journal rule for this event yet</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1009"/>
        <source>{event}: isi dengan akun debit dan akun kredit</source>
        <translation>{event}: fill in a debit and a credit account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1010"/>
        <source>{event}: jumlah tidak boleh negatif</source>
        <translation>{event}: the amount may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1011"/>
        <source>{fields} wajib diisi sebelum kontrak</source>
        <translation>{fields} required before the contract</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1012"/>
        <source>{full_name} sudah menjadi anggota</source>
        <translation>{full_name} is already a member</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1013"/>
        <source>{full_name}: pengajuan {app} milik petugas lain</source>
        <translation>{full_name}: application {app} belongs to another officer</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1014"/>
        <source>{kind} tidak dapat ditarik selama masih menjadi anggota (AD/ART; diambil saat keluar)</source>
        <translation>{kind} cannot be withdrawn while a member (bylaws; taken out on leaving)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1015"/>
        <source>{kind} tidak dibatalkan di kasir</source>
        <translation>{kind} is not reversed at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1016"/>
        <source>{label} bukan JSON yang sah</source>
        <translation>{label} is not valid JSON</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1017"/>
        <source>{label} diawali kode provinsi {province} yang tidak ada (digit 1–2 harus salah satu dari 38 kode provinsi Kemendagri)</source>
        <translation>{label} starts with province code {province}, which does not exist (digits 1–2 must be one of the 38 Kemendagri province codes)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1018"/>
        <source>{label} hanya boleh berisi angka</source>
        <translation>{label} may hold digits only</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1019"/>
        <source>{label} harus 16 digit angka (sekarang {n})</source>
        <translation>{label} must be 16 digits (now {n})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1020"/>
        <source>{label} harus antara 0 dan {max}</source>
        <translation>{label} must be between 0 and {max}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1021"/>
        <source>{label} harus berupa angka</source>
        <translation>{label} must be a number</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1022"/>
        <source>{label} harus berupa jumlah uang</source>
        <translation>{label} must be an amount of money</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1023"/>
        <source>{label} harus berupa objek JSON</source>
        <translation>{label} must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1024"/>
        <source>{label} harus bilangan bulat 1–{max}</source>
        <translation>{label} must be a whole number 1–{max}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1025"/>
        <source>{label} harus jumlah uang</source>
        <translation>{label} must be an amount of money</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1026"/>
        <source>{label} paling banyak empat angka desimal</source>
        <translation>{label} has at most four decimals</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1027"/>
        <source>{label} paling panjang {limit} huruf</source>
        <translation>{label} has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1028"/>
        <source>{label} tidak boleh lebih kecil dari satu sen</source>
        <translation>{label} may not be smaller than one sen</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1029"/>
        <source>{label} tidak boleh negatif</source>
        <translation>{label} may not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1030"/>
        <source>{label} wajib diisi</source>
        <translation>{label} is required</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1031"/>
        <source>{name}: akun {codes} berisi {ledger} tetapi buku pembantunya berjumlah {subledger} (selisih {diff})</source>
        <translation>{name}: accounts {codes} hold {ledger} but the sub-ledger totals {subledger} (difference {diff})</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1032"/>
        <source>{name}: wilayah kerja harus kabupaten/kota atau kecamatan</source>
        <translation>{name}: a work area must be a regency/city or a district</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1033"/>
        <source>{number} bukan simpanan berjangka yang aktif</source>
        <translation>{number} is not an active time deposit</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1034"/>
        <source>{number} sudah jatuh tempo {maturity_date}: cairkan tanpa penalti</source>
        <translation>{number} matured on {maturity_date}: pay it out without a penalty</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1035"/>
        <source>{n} nasabah bukan portofolio petugas asal</source>
        <translation>{n} customers are not in the current officer&apos;s portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1036"/>
        <source>{value} terlalu besar untuk sebuah jumlah uang</source>
        <translation>{value} is too large to be an amount</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1037"/>
        <source>{value} terlalu besar untuk sebuah jumlah uang (paling banyak {limit} rupiah)</source>
        <translation>{value} is too large to be an amount (at most {limit} rupiah)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1038"/>
        <source>{what} di atas {limit} perlu persetujuan orang kedua (supervisor) — batas persetujuan produk {product}</source>
        <translation>{what} above {limit} needs a second person&apos;s approval (supervisor) — approval limit of product {product}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1039"/>
        <source>{what}: akun pemeriksa sudah dinonaktifkan</source>
        <translation>{what}: the checker&apos;s account has been deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1040"/>
        <source>{what}: akun penyetuju sudah dinonaktifkan</source>
        <translation>{what}: the approver&apos;s account has been deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1041"/>
        <source>{what}: kata sandi penyetuju salah</source>
        <translation>{what}: the approver&apos;s password is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1042"/>
        <source>{what}: pemeriksa harus orang lain dari pembuatnya (empat mata)</source>
        <translation>{what}: the checker must be someone other than the maker (four eyes)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1043"/>
        <source>{what}: pemeriksa wajib masuk dengan akunnya (empat mata)</source>
        <translation>{what}: the checker must log in with their own account (four eyes)</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1044"/>
        <source>{what}: penyetuju harus membuktikan dengan kata sandinya</source>
        <translation>{what}: the approver must confirm with their password</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1045"/>
        <source>{what}: penyetuju wajib masuk dengan akunnya</source>
        <translation>{what}: the approver must sign in with their own account</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1046"/>
        <source>{what}: yang menyetujui tidak boleh juga mencairkan (empat mata); kantor dapat mengizinkannya di Pengaturan</source>
        <translation>{what}: whoever approved may not also disburse (four eyes); the office can allow it in Settings</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1047"/>
        <source>{who} tidak berhak: {what}</source>
        <translation>{who} may not: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1048"/>
        <source>{who}: akun ini sudah dinonaktifkan; hubungi administrator</source>
        <translation>{who}: this account has been deactivated; contact the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1049"/>
        <source>{who}: pokok pembiayaan {amount} melebihi batas persetujuan {limit}; ajukan ke manajer.</source>
        <translation>{who}: amount financed {amount} is above the approval limit {limit}; refer it to the manager.</translation>
    </message>
    <message>
        <location filename="../../ui/common/label_texts.py" line="1050"/>
        <source>{who}: sisa pokok {principal} melebihi batas persetujuan restrukturisasi {limit}</source>
        <translation>{who}: the outstanding principal {principal} exceeds the restructuring approval limit {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_errors.py" line="68"/>
        <location filename="../../ui/common/labels.py" line="54"/>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../ui/shell/login.py" line="126"/>
        <source>Perusahaan pembiayaan (leasing)</source>
        <translation>Finance company (leasing)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="127"/>
        <source>BPR (Bank Perekonomian Rakyat)</source>
        <translation>BPR (Bank Perekonomian Rakyat)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="128"/>
        <source>Koperasi simpan pinjam</source>
        <translation>Savings and loan cooperative</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/common/printing.py" line="42"/>
        <source>Printer tidak dapat dibuka</source>
        <translation>The printer cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/common/printing.py" line="82"/>
        <source>Pratinjau cetak — {name}</source>
        <translation>Print preview — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/common/printing.py" line="84"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/common/printing.py" line="96"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/printing.py" line="98"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../ui/reports/report_actions.py" line="56"/>
        <source>Mencetak kartu angsuran…</source>
        <translation>Printing statements…</translation>
    </message>
</context>
</TS>
