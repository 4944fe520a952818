<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../../ui/models/audit.py" line="44" />
        <source>Date and time</source>
        <translation>Tanggal dan waktu</translation>
    </message>
    <message>
        <location filename="../../../ui/models/audit.py" line="44" />
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../../ui/models/audit.py" line="44" />
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/audit.py" line="44" />
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <location filename="../../../ui/models/audit.py" line="45" />
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../ui/models/audit.py" line="45" />
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../../ui/models/audit.py" line="150" />
        <source>This record is no longer in the store</source>
        <translation>Data ini sudah tidak ada dalam penyimpanan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/audit.py" line="152" />
        <source>Double-click or press Enter to open the record</source>
        <translation>Klik dua kali atau tekan Enter untuk membuka data ini</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="59" />
        <source>Every change to a record is logged here with who made it and when, never what it says. The log cannot be changed or deleted.</source>
        <translation>Setiap perubahan data dicatat di sini: siapa yang melakukannya dan kapan, tanpa isinya. Catatan audit tidak dapat diubah atau dihapus.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="64" />
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="65" />
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="66" />
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="67" />
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="68" />
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="69" />
        <source>C&amp;lear filters</source>
        <translation>&amp;Kosongkan saringan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="70" />
        <source>Clear the filters</source>
        <translation>Kosongkan saringan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="74" />
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="74" />
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="75" />
        <source>Record t&amp;ype:</source>
        <translation>&amp;Jenis data:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="76" />
        <source>Acti&amp;on:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="76" />
        <source>W&amp;ho:</source>
        <translation>&amp;Oleh:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="86" />
        <source>Audit log</source>
        <translation>Catatan audit</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="103" />
        <source>Number of entries</source>
        <translation>Jumlah catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="104" />
        <source>&amp;Open record</source>
        <translation>&amp;Buka data</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="105" />
        <source>Open the record of the selected entry</source>
        <translation>Buka data dari catatan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="107" />
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="108" />
        <source>Export the entries shown as CSV</source>
        <translation>Ekspor catatan yang ditampilkan sebagai CSV</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="109" />
        <source>Save the entries the filters show as a CSV file for a spreadsheet</source>
        <translation>Simpan catatan yang ditampilkan saringan sebagai berkas CSV untuk lembar kerja</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="141" />
        <source>Au&amp;dit log</source>
        <translation>Catatan au&amp;dit</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="148" />
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="157" />
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/audit_log_view.py" line="227" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="227" />
        <source>1 entry</source>
        <translation>1 catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="240" />
        <source>This record is no longer in the store</source>
        <translation>Data ini sudah tidak ada dalam penyimpanan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="242" />
        <source>Open the client, case or session this entry is about (Enter)</source>
        <translation>Buka klien, kasus, atau sesi yang dicatat (Enter)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="267" />
        <location filename="../../../ui/widgets/audit_log_view.py" line="278" />
        <location filename="../../../ui/widgets/audit_log_view.py" line="282" />
        <location filename="../../../ui/widgets/audit_log_view.py" line="288" />
        <source>Export the audit log</source>
        <translation>Ekspor catatan audit</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="267" />
        <source>audit-log-{0}.csv</source>
        <translation>catatan-audit-{0}.csv</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="268" />
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="283" />
        <source>The file could not be written: {0}. Choose another folder.</source>
        <translation>Berkas tidak dapat ditulis: {0}. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/audit_log_view.py" line="286" />
        <source>1 entry was written to {0}.</source>
        <translation>1 catatan ditulis ke {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/audit_log_view.py" line="287" />
        <source>%n entries were written to {0}.</source>
        <translation>
            <numerusform>%n catatan ditulis ke {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPrivacyActions</name>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="224" />
        <source>&amp;Personal data</source>
        <translation>Pri&amp;vasi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="225" />
        <source>The client's personal data: export a copy or erase</source>
        <translation>Data pribadi klien: ekspor salinan atau hapus</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="226" />
        <source>A copy of everything about the client, or erasure on request (UU Pelindungan Data Pribadi)</source>
        <translation>Salinan seluruh data tentang klien, atau penghapusan atas permintaan (UU Pelindungan Data Pribadi)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="229" />
        <source>E&amp;xport data…</source>
        <translation>E&amp;kspor data…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="231" />
        <source>E&amp;rase client…</source>
        <translation>&amp;Hapus data klien…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="259" />
        <source>This client's data was erased on request on {0} ({1}).</source>
        <translation>Data klien ini telah dihapus atas permintaan pada {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="267" />
        <source>Export the client's data</source>
        <translation>Ekspor data klien</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="270" />
        <source>ZIP files (*.zip)</source>
        <translation>Berkas ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="286" />
        <source>The file could not be written: {0}. Choose another folder.</source>
        <translation>Berkas tidak dapat ditulis: {0}. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="290" />
        <source>Everything about {0} was saved in {1}: the client record (PDF), the data (JSON) and {2} attachment(s).

The file holds sensitive personal data and is not encrypted: hand it only to the client or their guardian, by a safe means, and delete copies you no longer need.</source>
        <translation>Seluruh data tentang {0} disimpan di {1}: rekam data klien (PDF), data (JSON), dan {2} lampiran.

Berkas ini memuat data pribadi yang sensitif dan tidak dienkripsi: serahkan hanya kepada klien atau walinya, melalui cara yang aman, dan hapus salinan yang tidak diperlukan lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="304" />
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="316" />
        <source>Erase client</source>
        <translation>Hapus data klien</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="317" />
        <source>The personal data of client {0} was erased ({1}). The money records stay, anonymised.

Backups made before {2} still hold the data until they are rotated out or deleted.</source>
        <translation>Data pribadi klien {0} telah dihapus ({1}). Catatan keuangan tetap disimpan tanpa identitas.

Cadangan yang dibuat sebelum {2} masih memuat data itu sampai tergantikan oleh cadangan baru atau dihapus.</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="56" />
        <source>Erase the data of client {0}</source>
        <translation>Hapus data klien {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="62" />
        <source>&lt;b&gt;Erase the personal data of {0} ({1})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hapus data pribadi {0} ({1})&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="68" />
        <source>Do this when the client (or their parent or guardian) asks for their data to be deleted, as UU No. 27/2022 on Personal Data Protection allows. It cannot be undone. Export the client's data first if they want a copy.</source>
        <translation>Lakukan ini bila klien (atau orang tua/walinya) meminta datanya dihapus, sebagaimana diatur UU No. 27/2022 tentang Pelindungan Data Pribadi. Penghapusan tidak dapat dibatalkan. Ekspor data klien lebih dahulu bila klien menginginkan salinannya.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="72" />
        <source>The identity: name, nickname, NIK, KK and BPJS numbers, birth date and place, sex, address, phone, guardian and notes; the PPKS categories.</source>
        <translation>Identitas: nama, nama panggilan, NIK, nomor KK dan BPJS, tempat dan tanggal lahir, jenis kelamin, alamat, telepon, wali, dan catatan; kategori PPKS.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="74" />
        <source>The text of {0} case(s): presenting problem, referral, summaries, stage notes, assessment and intervention goals.</source>
        <translation>Isi teks {0} kasus: masalah yang dihadapi, rujukan, ringkasan, catatan perpindahan tahap, asesmen, dan tujuan intervensi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="76" />
        <source>The notes of {0} session(s) and {1} addendum(s), signed ones included.</source>
        <translation>Catatan {0} sesi dan {1} adendum, termasuk yang sudah ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="78" />
        <source>{0} attachment(s), and the client's entries in the search.</source>
        <translation>{0} lampiran, dan data klien dalam indeks pencarian.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="81" />
        <source>The client code, as "Klien terhapus {0}", archived; the cases and sessions as dated entries without text (stages, attendance, fees).</source>
        <translation>Kode klien, sebagai "Klien terhapus {0}", diarsipkan; kasus dan sesi sebagai catatan bertanggal tanpa isi teks (tahap, kehadiran, tarif).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="83" />
        <source>{0} issued invoice(s) and {1} payment(s) with their numbers and amounts: money records are kept for 10 years (UU KUP). Where they named the client, they now say "Klien terhapus {2}".</source>
        <translation>{0} tagihan terbit dan {1} pembayaran beserta nomor dan jumlahnya: catatan keuangan wajib disimpan 10 tahun (UU KUP). Nama klien di dalamnya diganti menjadi "Klien terhapus {2}".</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="86" />
        <source>That consent was given and when, and the audit log (it names records by number only).</source>
        <translation>Keterangan bahwa persetujuan pernah diberikan dan tanggalnya, serta catatan audit (yang hanya menyebut nomor data).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="88" />
        <source>&lt;b&gt;Removed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dihapus:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="89" />
        <source>&lt;b&gt;Kept:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tetap disimpan:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="92" />
        <source>{0} open case(s) will be closed today; scheduled sessions are cancelled.</source>
        <translation>{0} kasus yang masih berjalan akan ditutup hari ini; sesi yang terjadwal dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="97" />
        <source>This client still owes {0} on {1}. You can still erase: the invoices stay and payments can still be recorded on them, but the name and address to collect the money will be gone. Collect or void them first if you can.</source>
        <translation>Klien ini masih memiliki tagihan {0} pada {1}. Penghapusan tetap dapat dilakukan: tagihannya tetap ada dan pembayaran masih dapat dicatat, tetapi nama dan alamat untuk menagihnya akan hilang. Bila memungkinkan, tagih atau batalkan tagihan itu lebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="105" />
        <source>Backups made before now still hold this client's data until they are rotated out or deleted; copies printed or sent earlier are not affected. Mentions of the client in other clients' records are not searched for: check them yourself.</source>
        <translation>Cadangan yang dibuat sebelum saat ini masih memuat data klien ini sampai tergantikan oleh cadangan baru atau dihapus; salinan yang sudah dicetak atau dikirim tidak terpengaruh. Penyebutan klien ini dalam data klien lain tidak dicari: periksalah sendiri.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="117" />
        <source>Reason for the erasure</source>
        <translation>Alasan penghapusan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="121" />
        <source>Type the client code to confirm</source>
        <translation>Ketik kode klien untuk konfirmasi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="125" />
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="126" />
        <source>&amp;Type the client code {0} to confirm:</source>
        <translation>&amp;Ketik kode klien {0} untuk konfirmasi:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="135" />
        <source>&amp;Erase permanently</source>
        <translation>&amp;Hapus selamanya</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="139" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_client_dialog.py" line="177" />
        <source>Type the client code {0} exactly to confirm.</source>
        <translation>Ketik kode klien {0} persis untuk konfirmasi.</translation>
    </message>
</context>
</TS>