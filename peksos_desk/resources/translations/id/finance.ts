<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AgeingBucketModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="292"/>
        <source>Days past due</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="294"/>
        <source>Invoices</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="295"/>
        <source>Outstanding</source>
        <translation>Sisa tagihan</translation>
    </message>
</context>
<context>
    <name>AgeingLinesModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="307"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="308"/>
        <source>Payer</source>
        <translation>Pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="309"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="310"/>
        <source>Days past due</source>
        <translation>Terlambat (hari)</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="311"/>
        <source>Balance</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="315"/>
        <source>not yet due</source>
        <translation>belum jatuh tempo</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../../ui/pages/finance.py" line="57"/>
        <source>Finance</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/finance.py" line="69"/>
        <source>&amp;Unbilled</source>
        <translation>&amp;Belum ditagih</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/finance.py" line="70"/>
        <source>In&amp;voices</source>
        <translation>&amp;Tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/finance.py" line="71"/>
        <source>Pa&amp;yers</source>
        <translation>Pe&amp;mbayar</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/finance.py" line="72"/>
        <source>In&amp;come</source>
        <translation>Pe&amp;ndapatan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/finance.py" line="73"/>
        <source>Attended sessions that are on no invoice yet</source>
        <translation>Sesi yang sudah dihadiri tetapi belum masuk tagihan mana pun</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/finance.py" line="151"/>
        <location filename="../../../ui/pages/finance.py" line="175"/>
        <source>Invoice not found</source>
        <translation>Tagihan tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>IncomeTab</name>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="59"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="63"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="70"/>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="72"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ Sebe&amp;lumnya</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="73"/>
        <source>Previous month</source>
        <translation>Bulan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="75"/>
        <source>N&amp;ext ▶</source>
        <translation>Beri&amp;kutnya ▶</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="76"/>
        <source>Next month</source>
        <translation>Bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="78"/>
        <source>&amp;This month</source>
        <translation>Bulan &amp;ini</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="80"/>
        <source>Print income &amp;statement…</source>
        <translation>Cetak laporan pen&amp;dapatan…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="81"/>
        <source>Preview and print this month&apos;s income statement (PDF)</source>
        <translation>Pratinjau dan cetak laporan pendapatan bulan ini (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="98"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="99"/>
        <source>Invoiced</source>
        <translation>Ditagihkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="100"/>
        <source>Outstanding</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="109"/>
        <source>Income by service</source>
        <translation>Pendapatan menurut layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="111"/>
        <source>Income by payment method</source>
        <translation>Pendapatan menurut cara bayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="113"/>
        <source>Outstanding by age</source>
        <translation>Piutang menurut umur</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="115"/>
        <source>Outstanding invoices</source>
        <translation>Tagihan yang belum lunas</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="118"/>
        <source>Double-click (or Enter) opens the invoice</source>
        <translation>Klik dua kali (atau Enter) untuk membuka tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="120"/>
        <source>By &amp;service</source>
        <translation>Menurut la&amp;yanan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="121"/>
        <source>By payment &amp;method</source>
        <translation>Menurut &amp;cara bayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="122"/>
        <source>Owed by &amp;age (umur piutang)</source>
        <translation>&amp;Umur piutang</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="123"/>
        <source>Outstanding &amp;invoices</source>
        <translation>Tagihan belu&amp;m lunas</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="179"/>
        <source>Income this month — {0}</source>
        <translation>Pendapatan bulan ini — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="181"/>
        <source>Income of {0}</source>
        <translation>Pendapatan {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="183"/>
        <source>1 payment</source>
        <translation>1 pembayaran</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="184"/>
        <source>{0} payments</source>
        <translation>{0} pembayaran</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="185"/>
        <source>1 invoice issued</source>
        <translation>1 tagihan diterbitkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="186"/>
        <source>{0} invoices issued</source>
        <translation>{0} tagihan diterbitkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="190"/>
        <source>on {0}, 1 invoice</source>
        <translation>per {0}, 1 tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="191"/>
        <source>on {0}, {1} invoices</source>
        <translation>per {0}, {1} tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_income.py" line="196"/>
        <source>Received is counted by the date money came in; a payment on an invoice of several services is shared among them in proportion to its lines. Invoiced leaves void invoices out.</source>
        <translation>Diterima dihitung menurut tanggal uang masuk; pembayaran atas tagihan berisi beberapa layanan dibagi ke layanan-layanan itu sebanding dengan baris tagihannya. Ditagihkan tidak menghitung tagihan yang dibatalkan.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="102"/>
        <source>&amp;Lines</source>
        <translation>&amp;Baris</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="103"/>
        <source>&amp;Unbilled sessions</source>
        <translation>&amp;Sesi belum ditagih</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="104"/>
        <source>&amp;Payments</source>
        <translation>&amp;Pembayaran</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="105"/>
        <source>Attended sessions of this payer that are on no invoice yet</source>
        <translation>Sesi pembayar ini yang sudah dihadiri tetapi belum masuk tagihan mana pun</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="131"/>
        <source>Pre&amp;view / print…</source>
        <translation>Pratin&amp;jau / cetak…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="132"/>
        <source>Preview and print the invoice (PDF) ({0})</source>
        <translation>Pratinjau dan cetak tagihan (PDF) ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="135"/>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Hapus draf…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="137"/>
        <source>&amp;Save draft</source>
        <translation>Simpan &amp;draf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="141"/>
        <source>&amp;Issue invoice…</source>
        <translation>&amp;Terbitkan tagihan…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="142"/>
        <source>Give the invoice its number; it can never change afterwards</source>
        <translation>Beri tagihan nomornya; sesudah itu tagihan tidak dapat diubah lagi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="144"/>
        <source>&amp;Record payment…</source>
        <translation>&amp;Catat pembayaran…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="146"/>
        <source>V&amp;oid invoice…</source>
        <translation>Batalk&amp;an tagihan…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="148"/>
        <source>Copy into a &amp;new draft</source>
        <translation>Salin ke dra&amp;f baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="149"/>
        <source>A new draft for the same payer with this invoice&apos;s lines, to correct and issue again</source>
        <translation>Draf baru untuk pembayar yang sama dengan baris-baris tagihan ini, untuk diperbaiki lalu diterbitkan lagi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="152"/>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="177"/>
        <source>Invoice lines</source>
        <translation>Baris tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="187"/>
        <source>Re&amp;move line</source>
        <translation>Hapus ba&amp;ris</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="188"/>
        <source>Take the selected line off the draft (Delete); a session&apos;s line makes the session unbilled again</source>
        <translation>Hapus baris yang dipilih dari draf (Delete); sesi pada baris itu kembali belum ditagih</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="192"/>
        <source>Add a line typed by hand</source>
        <translation>Tambah baris yang diketik sendiri</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="195"/>
        <source>Line description</source>
        <translation>Uraian baris</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="196"/>
        <source>e.g. Penyusunan laporan sosial</source>
        <translation>mis. Penyusunan laporan sosial</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="198"/>
        <source>Line service type</source>
        <translation>Jenis layanan baris</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="199"/>
        <source>The income statement counts the line under this service</source>
        <translation>Laporan pendapatan menghitung baris ini pada layanan tersebut</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="202"/>
        <source>Line client</source>
        <translation>Klien baris</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="205"/>
        <source>Line quantity</source>
        <translation>Banyaknya</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="207"/>
        <source>Line unit price</source>
        <translation>Harga satuan baris</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="208"/>
        <source>e.g. Rp750.000</source>
        <translation>mis. Rp750.000</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="212"/>
        <source>&amp;Add line</source>
        <translation>T&amp;ambah baris</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="215"/>
        <source>Descri&amp;ption:</source>
        <translation>Ura&amp;ian:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="216"/>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Layanan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="222"/>
        <source>&amp;Qty:</source>
        <translation>Ban&amp;yaknya:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="222"/>
        <source>Unit pr&amp;ice:</source>
        <translation>Har&amp;ga satuan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="223"/>
        <source>For c&amp;lient:</source>
        <translation>Untuk &amp;klien:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="244"/>
        <source>Tick the sessions to bill on this invoice, then add them.</source>
        <translation>Centang sesi yang akan ditagihkan di tagihan ini, lalu tambahkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="250"/>
        <source>Unbilled sessions of this payer</source>
        <translation>Sesi pembayar ini yang belum ditagih</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="259"/>
        <source>Add &amp;ticked sessions</source>
        <translation>Tambahkan sesi yang di&amp;centang</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="261"/>
        <source>Tick a&amp;ll</source>
        <translation>Centang se&amp;mua</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="263"/>
        <source>Tick &amp;none</source>
        <translation>Kos&amp;ongkan centang</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="279"/>
        <source>Payments on this invoice</source>
        <translation>Pembayaran atas tagihan ini</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="286"/>
        <source>Print &amp;kuitansi…</source>
        <translation>Cetak &amp;kuitansi…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="287"/>
        <source>Preview and print the kuitansi of the selected payment</source>
        <translation>Pratinjau dan cetak kuitansi pembayaran yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="298"/>
        <source>Discount, dates and note</source>
        <translation>Diskon, tanggal dan catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="300"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="301"/>
        <source>Rp0</source>
        <translation>Rp0</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="306"/>
        <source>Reason for the discount</source>
        <translation>Alasan diskon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="307"/>
        <source>e.g. Keringanan: keluarga tidak mampu</source>
        <translation>mis. Keringanan: keluarga tidak mampu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="311"/>
        <source>Issue date</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="316"/>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="319"/>
        <source>Invoice note</source>
        <translation>Catatan tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="320"/>
        <source>Printed on the invoice, e.g. payment to BRI 0123-01-000456-30-1 a.n. Sri Wahyuni</source>
        <translation>Tercetak di tagihan, mis. pembayaran ke BRI 0123-01-000456-30-1 a.n. Sri Wahyuni</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="326"/>
        <source>&amp;Reason:</source>
        <translation>A&amp;lasan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="332"/>
        <source>D&amp;ue:</source>
        <translation>Jatuh tem&amp;po:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="339"/>
        <source>Disc&amp;ount:</source>
        <translation>Disko&amp;n:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="340"/>
        <source>Issue da&amp;te:</source>
        <translation>Tanggal t&amp;erbit:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="341"/>
        <source>&amp;Note:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="369"/>
        <source>Invoice {0}</source>
        <translation>Tagihan {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="370"/>
        <source>Invoice {0} — {1}</source>
        <translation>Tagihan {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="372"/>
        <source>Draft invoice</source>
        <translation>Draf tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="373"/>
        <source>Draft invoice — {0}</source>
        <translation>Draf tagihan — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="379"/>
        <source>&amp;Lines ({0})</source>
        <translation>&amp;Baris ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="384"/>
        <source>&amp;Unbilled sessions ({0})</source>
        <translation>&amp;Sesi belum ditagih ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="390"/>
        <source>&amp;Payments ({0})</source>
        <translation>&amp;Pembayaran ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="406"/>
        <source>To: &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>Kepada: &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="410"/>
        <source>clients named by code only</source>
        <translation>klien ditulis dengan kodenya saja</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="416"/>
        <source>Period: {0} – {1}</source>
        <translation>Periode: {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="419"/>
        <source>Issued: {0}</source>
        <translation>Terbit: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="421"/>
        <source>Due: {0}</source>
        <translation>Jatuh tempo: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="423"/>
        <source>Not yet numbered: the number is given when the invoice is issued.</source>
        <translation>Belum bernomor: nomor diberikan saat tagihan diterbitkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="425"/>
        <source>A draft without lines is discarded when it is closed.</source>
        <translation>Draf tanpa baris dibuang saat ditutup.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="432"/>
        <source>&lt;b&gt;Voided&lt;/b&gt; {0}: {1}</source>
        <translation>&lt;b&gt;Dibatalkan&lt;/b&gt; {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="434"/>
        <source>Discount: {0}</source>
        <translation>Diskon: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="436"/>
        <source>Note: {0}</source>
        <translation>Catatan: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="438"/>
        <source>An issued invoice never changes; to correct it, void it and issue a new one.</source>
        <translation>Tagihan yang sudah diterbitkan tidak pernah berubah; untuk memperbaikinya, batalkan lalu terbitkan tagihan baru.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="440"/>
        <source>Payments were received on this invoice, so it can no longer be voided.</source>
        <translation>Tagihan ini sudah menerima pembayaran, jadi tidak dapat dibatalkan lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="462"/>
        <source>Other (no service type)</source>
        <translation>Lain-lain (tanpa jenis layanan)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="475"/>
        <source>No particular client</source>
        <translation>Tidak untuk klien tertentu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="499"/>
        <source>{0} ticked: {1}</source>
        <translation>{0} dicentang: {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="513"/>
        <source>Payments were received on this invoice: it can no longer be voided</source>
        <translation>Tagihan ini sudah menerima pembayaran: tidak dapat dibatalkan lagi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="565"/>
        <source>The draft cannot be saved</source>
        <translation>Draf tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="584"/>
        <source>The line cannot be added</source>
        <translation>Baris tidak dapat ditambahkan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="609"/>
        <source>The line cannot be removed</source>
        <translation>Baris tidak dapat dihapus</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="626"/>
        <source>The sessions cannot be added</source>
        <translation>Sesi tidak dapat ditambahkan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="637"/>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="638"/>
        <source>Delete this draft invoice to {0}? Its sessions become unbilled again.</source>
        <translation>Hapus draf tagihan kepada {0} ini? Sesi-sesinya kembali belum ditagih.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="644"/>
        <source>The draft cannot be deleted</source>
        <translation>Draf tidak dapat dihapus</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="659"/>
        <source>Issue invoice</source>
        <translation>Terbitkan tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="660"/>
        <source>Issue this invoice to {0} for {1}, dated {2}?

It gets the next invoice number and can never change again: a mistake is corrected by voiding the invoice and issuing a new one.</source>
        <translation>Terbitkan tagihan ini kepada {0} sebesar {1}, bertanggal {2}?

Tagihan mendapat nomor berikutnya dan tidak dapat diubah lagi: kesalahan diperbaiki dengan membatalkan tagihan lalu menerbitkan yang baru.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="673"/>
        <source>The invoice cannot be issued</source>
        <translation>Tagihan tidak dapat diterbitkan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="710"/>
        <source>No new draft can be made</source>
        <translation>Draf baru tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="743"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum tersimpan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/invoice_editor.py" line="744"/>
        <source>The discount or the note cannot be saved (see the message). Close and lose them?</source>
        <translation>Diskon atau catatan tidak dapat disimpan (lihat pesannya). Tutup dan buang perubahan itu?</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="195"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="196"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="198"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="199"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="200"/>
        <source>Qty</source>
        <translation>Banyak</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="201"/>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="203"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="208"/>
        <source>{0} — a session attended on {1}</source>
        <translation>{0} — sesi yang dihadiri pada {1}</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="152"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="152"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="153"/>
        <source>Payer</source>
        <translation>Pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="155"/>
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="156"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="157"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="158"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="159"/>
        <source>Balance</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="160"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="161"/>
        <source>Days overdue</source>
        <translation>Hari terlambat</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="55"/>
        <source>Show invoices</source>
        <translation>Tampilkan tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="56"/>
        <source>All invoices</source>
        <translation>Semua tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="57"/>
        <source>Not yet paid in full</source>
        <translation>Belum lunas</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="61"/>
        <source>S&amp;how:</source>
        <translation>Tampil&amp;kan:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="64"/>
        <location filename="../../../ui/widgets/finance_invoices.py" line="74"/>
        <source>Search invoices</source>
        <translation>Cari tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="65"/>
        <source>Invoice number or payer</source>
        <translation>Nomor tagihan atau pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="67"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="84"/>
        <source>Invoice list</source>
        <translation>Daftar tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="112"/>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="113"/>
        <source>Open the selected invoice (Enter or double-click)</source>
        <translation>Buka tagihan yang dipilih (Enter atau klik dua kali)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="115"/>
        <source>&amp;Record payment…</source>
        <translation>Catat &amp;pembayaran…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="117"/>
        <source>Pre&amp;view / print…</source>
        <translation>Pratin&amp;jau / cetak…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="168"/>
        <source>1 invoice</source>
        <translation>1 tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="168"/>
        <source>{0} invoices</source>
        <translation>{0} tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="172"/>
        <source>Outstanding in this list: {0} on 1 invoice</source>
        <translation>Belum dibayar dalam daftar ini: {0} pada 1 tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="173"/>
        <source>Outstanding in this list: {0} on {1} invoices</source>
        <translation>Belum dibayar dalam daftar ini: {0} pada {1} tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="175"/>
        <source>overdue: {0}</source>
        <translation>lewat jatuh tempo: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="178"/>
        <source>Showing the latest {0} invoices; choose a status to see others.</source>
        <translation>Menampilkan {0} tagihan terbaru; pilih status untuk melihat yang lain.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="184"/>
        <source>No invoice number or payer holds “{0}”.</source>
        <translation>Tidak ada nomor tagihan atau pembayar yang memuat “{0}”.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="186"/>
        <source>No invoices yet. Create one from the Unbilled tab, or for a payer from the Payers tab.</source>
        <translation>Belum ada tagihan. Buat dari tab Belum ditagih, atau untuk seorang pembayar dari tab Pembayar.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_invoices.py" line="189"/>
        <source>No invoices with this status.</source>
        <translation>Tidak ada tagihan dengan status ini.</translation>
    </message>
</context>
<context>
    <name>MethodIncomeModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="278"/>
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="279"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="280"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
</context>
<context>
    <name>PayerDialog</name>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="56"/>
        <source>New payer</source>
        <translation>Pembayar baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="56"/>
        <source>Edit payer</source>
        <translation>Ubah pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="59"/>
        <source>Who receives invoices: a family member who pays for a client, or an institution that engages you — a hospital, school, LKS, company or the Dinas Sosial. A client who pays for themselves needs no form: they are billed under their own name.</source>
        <translation>Siapa yang menerima tagihan: anggota keluarga yang membayar untuk klien, atau lembaga yang memakai jasa Anda — rumah sakit, sekolah, LKS, perusahaan atau Dinas Sosial. Klien yang membayar sendiri tidak perlu formulir ini: tagihannya atas nama klien sendiri.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="65"/>
        <source>Who pays</source>
        <translation>Siapa membayar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="70"/>
        <source>A family member</source>
        <translation>Anggota keluarga</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="71"/>
        <source>An institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="73"/>
        <source>Kind of institution</source>
        <translation>Jenis lembaga</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="78"/>
        <source>Payer&apos;s name</source>
        <translation>Nama pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="79"/>
        <source>e.g. RSUD Kota Bandung, Instalasi Rehabilitasi Medik</source>
        <translation>mis. RSUD Kota Bandung, Instalasi Rehabilitasi Medik</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="82"/>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="83"/>
        <source>e.g. Kepala Unit Pelayanan Sosial</source>
        <translation>mis. Kepala Unit Pelayanan Sosial</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="85"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="90"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="92"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="93"/>
        <source>e.g. 022-4201234</source>
        <translation>mis. 022-4201234</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="95"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="96"/>
        <source>Name clients by their &amp;code only on this payer&apos;s invoices</source>
        <translation>Sebut klien hanya dengan k&amp;odenya di tagihan untuk pembayar ini</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="97"/>
        <source>Clients by code only</source>
        <translation>Klien dengan kode saja</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="98"/>
        <source>An institution often needs no client names: the invoice then shows each client&apos;s code (e.g. KL-0012) instead.</source>
        <translation>Lembaga sering tidak memerlukan nama klien: tagihan lalu menampilkan kode tiap klien (mis. KL-0012) sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="103"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Lembaga:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="106"/>
        <source>&amp;Who pays:</source>
        <translation>&amp;Siapa membayar:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="107"/>
        <source>C&amp;ontact person:</source>
        <translation>Nara&amp;hubung:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="107"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="108"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="108"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="108"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payer_dialog.py" line="118"/>
        <source>The name and address follow the client&apos;s record; change them there.</source>
        <translation>Nama dan alamat mengikuti data klien; ubahlah di sana.</translation>
    </message>
</context>
<context>
    <name>PayerModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="237"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="238"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="239"/>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="240"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="241"/>
        <source>Clients shown as</source>
        <translation>Klien ditulis sebagai</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="241"/>
        <source>Codes only</source>
        <translation>Kode saja</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="242"/>
        <source>Names</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="243"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="243"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="243"/>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>PayersTab</name>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="45"/>
        <source>Clients who pay for themselves appear here once they are first billed. Add family members and institutions that pay, and name them as a case&apos;s payer on the case page.</source>
        <translation>Klien yang membayar sendiri muncul di sini setelah pertama kali ditagih. Tambahkan anggota keluarga dan lembaga yang membayar, lalu tetapkan sebagai pembayar kasus di halaman kasus.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="52"/>
        <source>Payers</source>
        <translation>Pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="62"/>
        <source>Show &amp;inactive payers</source>
        <translation>Tampilkan pembayar &amp;nonaktif</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="63"/>
        <source>Show inactive payers</source>
        <translation>Tampilkan pembayar nonaktif</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="66"/>
        <source>Show payers</source>
        <translation>Tampilkan pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="67"/>
        <source>All payers</source>
        <translation>Semua pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="68"/>
        <source>Institutions and family members</source>
        <translation>Lembaga dan anggota keluarga</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="69"/>
        <source>Clients who pay for themselves</source>
        <translation>Klien yang membayar sendiri</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="71"/>
        <source>S&amp;how:</source>
        <translation>Tampil&amp;kan:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="74"/>
        <source>Search payers</source>
        <translation>Cari pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="75"/>
        <source>Name, city or contact person</source>
        <translation>Nama, kota atau narahubung</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="78"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="80"/>
        <source>&amp;New payer…</source>
        <translation>Pembayar &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="81"/>
        <source>Add a family member or an institution that pays ({0})</source>
        <translation>Tambahkan anggota keluarga atau lembaga yang membayar ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="84"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="86"/>
        <location filename="../../../ui/widgets/finance_payers.py" line="157"/>
        <source>&amp;Deactivate</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="88"/>
        <source>New in&amp;voice…</source>
        <translation>Tagihan ba&amp;ru…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="89"/>
        <source>An empty draft invoice for this payer, for lines typed by hand or sessions added later</source>
        <translation>Draf tagihan kosong untuk pembayar ini, untuk baris yang diketik sendiri atau sesi yang ditambahkan kemudian</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="92"/>
        <source>New payer</source>
        <translation>Pembayar baru</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="156"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktifkan lagi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_payers.py" line="189"/>
        <source>{0} is inactive now: no new invoices or cases for them. Tick “Show inactive payers” to see or reactivate them.</source>
        <translation>{0} sekarang nonaktif: tidak ada tagihan atau kasus baru untuknya. Centang “Tampilkan pembayar nonaktif” untuk melihat atau mengaktifkannya lagi.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="64"/>
        <source>Record a payment — {0}</source>
        <translation>Catat pembayaran — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="67"/>
        <source>Invoice &lt;b&gt;{0}&lt;/b&gt; to {1}&lt;br&gt;Total {2} · paid so far {3} · &lt;b&gt;balance {4}&lt;/b&gt;</source>
        <translation>Tagihan &lt;b&gt;{0}&lt;/b&gt; kepada {1}&lt;br&gt;Total {2} · sudah dibayar {3} · &lt;b&gt;sisa tagihan {4}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="77"/>
        <source>Date received</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="84"/>
        <source>Amount received</source>
        <translation>Jumlah diterima</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="85"/>
        <source>e.g. Rp250.000</source>
        <translation>mis. Rp250.000</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="88"/>
        <source>Amount in words</source>
        <translation>Jumlah dalam huruf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="90"/>
        <source>Payment method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="96"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="97"/>
        <source>Transfer or QRIS reference (optional)</source>
        <translation>Referensi transfer atau QRIS (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="100"/>
        <source>Received from</source>
        <translation>Diterima dari</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="101"/>
        <source>The kuitansi&apos;s “Sudah terima dari”</source>
        <translation>“Sudah terima dari” pada kuitansi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="105"/>
        <source>&amp;Date received:</source>
        <translation>&amp;Tanggal diterima:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="105"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="106"/>
        <source>&amp;Method:</source>
        <translation>&amp;Cara bayar:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="107"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referensi:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="108"/>
        <source>Received &amp;from:</source>
        <translation>Diterima &amp;dari:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="131"/>
        <source>Receipt number</source>
        <translation>Nomor kuitansi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="132"/>
        <source>&amp;Print kuitansi…</source>
        <translation>C&amp;etak kuitansi…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="133"/>
        <source>Preview and print the kuitansi (PDF)</source>
        <translation>Pratinjau dan cetak kuitansi (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="140"/>
        <source>&amp;Save payment</source>
        <translation>&amp;Simpan pembayaran</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="143"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="179"/>
        <source>The payment cannot be recorded</source>
        <translation>Pembayaran tidak dapat dicatat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="198"/>
        <source>Payment of {0} recorded. Kuitansi number: &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>Pembayaran {0} dicatat. Nomor kuitansi: &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="200"/>
        <source>The invoice is paid in full.</source>
        <translation>Tagihan sudah lunas.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="201"/>
        <source>Still to pay: {0}</source>
        <translation>Sisa tagihan: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="203"/>
        <source>Stick a {0} meterai on the printed kuitansi and sign across it (or use an e-meterai).</source>
        <translation>Tempelkan meterai {0} pada kuitansi yang dicetak dan tanda tangani di atasnya (atau pakai e-meterai).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="209"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="214"/>
        <source>Kuitansi {0}</source>
        <translation>Kuitansi {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/payment_dialog.py" line="226"/>
        <source>A kuitansi above {0} needs a {1} meterai (bea meterai): stick it on the printed kuitansi, or use an e-meterai.</source>
        <translation>Kuitansi di atas {0} memerlukan meterai {1} (bea meterai): tempelkan pada kuitansi yang dicetak, atau pakai e-meterai.</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="220"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="221"/>
        <source>Receipt no.</source>
        <translation>No. kuitansi</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="222"/>
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="223"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="224"/>
        <source>Received from</source>
        <translation>Diterima dari</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="225"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>ServiceIncomeModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="265"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="265"/>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="266"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../../ui/widgets/finance_widgets.py" line="99"/>
        <source>Total in words</source>
        <translation>Total dalam huruf</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_widgets.py" line="103"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_widgets.py" line="104"/>
        <source>Balance</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_widgets.py" line="105"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_widgets.py" line="110"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_widgets.py" line="110"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_widgets.py" line="145"/>
        <source>The discount is more than the subtotal.</source>
        <translation>Diskon lebih besar daripada subtotal.</translation>
    </message>
</context>
<context>
    <name>UnbilledPayersModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="47"/>
        <source>Payer</source>
        <translation>Pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="48"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="49"/>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="50"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>UnbilledSessionsModel</name>
    <message>
        <location filename="../../../ui/models/finance.py" line="76"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="77"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="77"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="79"/>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="80"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/finance.py" line="81"/>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
</context>
<context>
    <name>UnbilledTab</name>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="47"/>
        <source>Attended sessions with a fee that are on no invoice yet, by who pays for them. Choose a payer, tick the sessions to bill, and create the invoice: it starts as a draft you can still change.</source>
        <translation>Sesi bertarif yang sudah dihadiri tetapi belum masuk tagihan, menurut siapa yang membayarnya. Pilih pembayar, centang sesi yang akan ditagihkan, lalu buat tagihannya: tagihan dimulai sebagai draf yang masih dapat diubah.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="55"/>
        <source>Payers with unbilled sessions</source>
        <translation>Pembayar dengan sesi belum ditagih</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="64"/>
        <source>Nothing to bill: sessions appear here once they are marked attended and their service has a fee.</source>
        <translation>Tidak ada yang perlu ditagih: sesi muncul di sini setelah dicatat hadir dan layanannya bertarif.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="66"/>
        <source>&amp;Payers</source>
        <translation>&amp;Pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="78"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="82"/>
        <source>Period from</source>
        <translation>Periode dari</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="86"/>
        <source>Period until</source>
        <translation>Periode sampai</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="90"/>
        <source>Sessions &amp;of:</source>
        <translation>Sesi &amp;dari:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="92"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="104"/>
        <source>Unbilled sessions of the payer</source>
        <translation>Sesi pembayar yang belum ditagih</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="119"/>
        <source>Tick a&amp;ll</source>
        <translation>Centang &amp;semua</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="121"/>
        <source>Tick &amp;none</source>
        <translation>&amp;Kosongkan centang</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="124"/>
        <source>&amp;Create invoice…</source>
        <translation>Buat ta&amp;gihan…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="125"/>
        <source>Make a draft invoice of the ticked sessions for this payer</source>
        <translation>Buat draf tagihan berisi sesi yang dicentang untuk pembayar ini</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="172"/>
        <source>1 session · {0}</source>
        <translation>1 sesi · {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="173"/>
        <source>{0} sessions · {1} in all</source>
        <translation>{0} sesi · seluruhnya {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="186"/>
        <source>Any date</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="187"/>
        <source>Last month ({0})</source>
        <translation>Bulan lalu ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="188"/>
        <source>This month ({0})</source>
        <translation>Bulan ini ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="189"/>
        <source>Dates of my choice</source>
        <translation>Tanggal pilihan sendiri</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="221"/>
        <source>Choose a payer to see their sessions.</source>
        <translation>Pilih pembayar untuk melihat sesinya.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="225"/>
        <source>Unbilled sessions of {0}</source>
        <translation>Sesi {0} yang belum ditagih</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="282"/>
        <source>Tick at least one session to bill.</source>
        <translation>Centang paling sedikit satu sesi untuk ditagihkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="296"/>
        <source>The invoice cannot be created</source>
        <translation>Tagihan tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/finance_unbilled.py" line="314"/>
        <source>{0} of {1} ticked: {2}</source>
        <translation>{0} dari {1} dicentang: {2}</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="31"/>
        <source>Void invoice {0}</source>
        <translation>Batalkan tagihan {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="34"/>
        <source>Invoice {0} to {1} for {2} will be marked void. It keeps its number, which stays in the books with your reason; the sessions on it can be billed again on a new invoice. An invoice on which payments were received cannot be voided.</source>
        <translation>Tagihan {0} kepada {1} sebesar {2} akan ditandai batal. Nomornya tetap dan tetap tercatat bersama alasan Anda; sesi di dalamnya dapat ditagihkan lagi di tagihan baru. Tagihan yang sudah menerima pembayaran tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="40"/>
        <source>Reason for voiding</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="41"/>
        <source>e.g. Wrong payer: the sessions are paid by the school, not the family.</source>
        <translation>mis. Salah pembayar: sesi dibayar oleh sekolah, bukan keluarga.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="45"/>
        <source>&amp;Reason for voiding (required):</source>
        <translation>&amp;Alasan pembatalan (wajib):</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="51"/>
        <source>&amp;Void invoice</source>
        <translation>&amp;Batalkan tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Jangan batalkan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="70"/>
        <source>Write why the invoice is voided: the reason stays in the books with its number.</source>
        <translation>Tuliskan mengapa tagihan dibatalkan: alasannya tetap tercatat bersama nomornya.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="74"/>
        <source>Void invoice</source>
        <translation>Batalkan tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="75"/>
        <source>Void invoice {0}? This cannot be undone; the number stays in the books marked void.</source>
        <translation>Batalkan tagihan {0}? Ini tidak dapat diurungkan; nomornya tetap tercatat dengan tanda batal.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/void_dialog.py" line="84"/>
        <source>The invoice cannot be voided</source>
        <translation>Tagihan tidak dapat dibatalkan</translation>
    </message>
</context>
</TS>
