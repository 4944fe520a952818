<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ClientCasesModel</name>
    <message>
        <location filename="../../../ui/models/clients.py" line="244" />
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="245" />
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="247" />
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="249" />
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="251" />
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="90" />
        <source>Cases and sessions</source>
        <translation>Kasus dan sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="114" />
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Kembali ke daftar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="115" />
        <source>Back to the client list</source>
        <translation>Kembali ke daftar klien</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="116" />
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Kembali ke daftar klien (Alt+Kiri atau Esc)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="126" />
        <source>ARCHIVED</source>
        <translation>DIARSIPKAN</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="128" />
        <source>This client is archived</source>
        <translation>Klien ini diarsipkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="132" />
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="133" />
        <source>Edit the client</source>
        <translation>Ubah data klien</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="135" />
        <source>New &amp;case…</source>
        <translation>Kasus &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="136" />
        <source>Open a new case for the client</source>
        <translation>Buka kasus baru untuk klien</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="138" />
        <source>&amp;Schedule session</source>
        <translation>&amp;Jadwalkan sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="139" />
        <source>Schedule a session</source>
        <translation>Jadwalkan sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="144" />
        <source>Intake f&amp;orm…</source>
        <translation>Formulir pen&amp;dataan…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="145" />
        <source>Preview and print the formulir pendataan klien, filled (PDF)</source>
        <translation>Pratinjau dan cetak formulir pendataan klien yang sudah terisi (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="188" />
        <source>Cases of the client</source>
        <translation>Kasus klien</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="193" />
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="194" />
        <source>Double-click or press Enter to open a case.</source>
        <translation>Klik ganda atau tekan Enter untuk membuka kasus.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="204" />
        <source>Sessions of the client</source>
        <translation>Sesi klien</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="208" />
        <source>Session timeline</source>
        <translation>Riwayat sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="209" />
        <source>Double-click or press Enter to open a session and its note.</source>
        <translation>Klik ganda atau tekan Enter untuk membuka sesi dan catatannya.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="244" />
        <source>Cases ({0})</source>
        <translation>Kasus ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="247" />
        <source>Session timeline ({0})</source>
        <translation>Riwayat sesi ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="271" />
        <source>{0} years old</source>
        <translation>{0} tahun</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="274" />
        <source>{0} open cases</source>
        <translation>{0} kasus aktif</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="275" />
        <source>1 open case</source>
        <translation>1 kasus aktif</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="286" />
        <source>Restore the client from the archive first</source>
        <translation>Pulihkan klien dari arsip terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="287" />
        <source>&amp;Restore from archive</source>
        <translation>&amp;Pulihkan dari arsip</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="287" />
        <source>&amp;Archive</source>
        <translation>&amp;Arsipkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="288" />
        <source>Restore the client from the archive</source>
        <translation>Pulihkan klien dari arsip</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="289" />
        <source>Archive the client</source>
        <translation>Arsipkan klien</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="298" />
        <source>Open a case first: sessions belong to a case</source>
        <translation>Buka kasus terlebih dahulu: setiap sesi termasuk dalam sebuah kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_detail.py" line="302" />
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
</context>
<context>
    <name>ClientFeesGroup</name>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="26" />
        <source>Fees and balance</source>
        <translation>Tarif dan saldo</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="33" />
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="33" />
        <source>Not yet billed</source>
        <translation>Belum ditagihkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="34" />
        <source>Owed on invoices</source>
        <translation>Terutang pada tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="41" />
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="42" />
        <source>Change fee arran&amp;gement…</source>
        <translation>Ubah &amp;tarif…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="43" />
        <source>Change the client's fee arrangement</source>
        <translation>Ubah pengaturan tarif klien</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="58" />
        <source>Restore the client from the archive first</source>
        <translation>Pulihkan klien dari arsip terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="73" />
        <source>{0} (1 session)</source>
        <translation>{0} (1 sesi)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="75" />
        <source>{0} ({1} sessions)</source>
        <translation>{0} ({1} sesi)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="83" />
        <source>Standard fee</source>
        <translation>Tarif standar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="85" />
        <source>Standard fee since {0}</source>
        <translation>Tarif standar sejak {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="87" />
        <source>Reduced by {0} % since {1}</source>
        <translation>Keringanan {0} % sejak {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="90" />
        <source>Free since {0}</source>
        <translation>Gratis sejak {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_fees.py" line="91" />
        <source>{0}. Reason: {1}</source>
        <translation>{0}. Alasan: {1}</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="87" />
        <source>New client</source>
        <translation>Klien baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="88" />
        <source>Edit client — {0}</source>
        <translation>Ubah data klien — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="114" />
        <source>Save the client</source>
        <translation>Simpan data klien</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="158" />
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="163" />
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="164" />
        <source>As on the identity card, if there is one</source>
        <translation>Sesuai KTP, jika ada</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="165" />
        <source>Nickname</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="166" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="167" />
        <source>16 digits; leave empty when the client has none</source>
        <translation>16 digit; kosongkan jika klien tidak memiliki NIK</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="170" />
        <source>NIK check</source>
        <translation>Pemeriksaan NIK</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="174" />
        <source>NIK differs from the data entered</source>
        <translation>NIK berbeda dengan data yang diisi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="175" />
        <source>Fill &amp;birth date and sex from NIK</source>
        <translation>Isi tan&amp;ggal lahir dan jenis kelamin dari NIK</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="176" />
        <source>Fill birth date and sex from NIK</source>
        <translation>Isi tanggal lahir dan jenis kelamin dari NIK</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="185" />
        <source>Family card (KK) number</source>
        <translation>Nomor Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="186" />
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="187" />
        <source>BPJS number</source>
        <translation>Nomor BPJS</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="189" />
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="190" />
        <source>&amp;Unknown</source>
        <translation>Tidak &amp;diketahui</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="191" />
        <source>Birth date unknown</source>
        <translation>Tanggal lahir tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="192" />
        <source>Many clients do not know their birth date: leave it unknown rather than guess.</source>
        <translation>Banyak klien tidak tahu tanggal lahirnya: biarkan tidak diketahui daripada menebak.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="196" />
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="203" />
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="205" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="206" />
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="210" />
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="213" />
        <source>City or regency</source>
        <translation>Kota atau kabupaten</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="214" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="215" />
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="217" />
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="218" />
        <source>N&amp;ickname:</source>
        <translation>Nama &amp;panggilan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="219" />
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="220" />
        <source>&amp;KK number:</source>
        <translation>Nomor &amp;KK:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="221" />
        <source>BP&amp;JS number:</source>
        <translation>Nomor BP&amp;JS:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="222" />
        <source>Birth &amp;date:</source>
        <translation>&amp;Tanggal lahir:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="223" />
        <source>Birth p&amp;lace:</source>
        <translation>Te&amp;mpat lahir:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="224" />
        <source>Se&amp;x:</source>
        <translation>Jenis kelam&amp;in:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="225" />
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="226" />
        <source>&amp;City/regency:</source>
        <translation>Kota/ka&amp;bupaten:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="227" />
        <source>&amp;Phone:</source>
        <translation>Telep&amp;on:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="236" />
        <source>PPKS categories</source>
        <translation>Kategori PPKS</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="246" />
        <source>Parent's or guardian's name</source>
        <translation>Nama orang tua/wali</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="247" />
        <source>Relation to the client</source>
        <translation>Hubungan dengan klien</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="248" />
        <source>e.g. mother, uncle, foster parent</source>
        <translation>mis. ibu, paman, orang tua asuh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="249" />
        <source>Parent's or guardian's phone</source>
        <translation>Telepon orang tua/wali</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="255" />
        <source>Rela&amp;tion:</source>
        <translation>&amp;Hubungan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="256" />
        <source>Guardian's p&amp;hone:</source>
        <translation>T&amp;elepon wali:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="263" />
        <source>Informed consent given</source>
        <translation>Persetujuan (informed consent) diberikan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="264" />
        <source>Consent date</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="269" />
        <source>Note&amp;s</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="271" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="266" />
        <source>Consent dat&amp;e:</source>
        <translation>Tanggal perset&amp;ujuan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="259" />
        <source>Informed consent</source>
        <translation>Persetujuan (informed consent)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="262" />
        <source>C&amp;onsent given</source>
        <translation>Per&amp;setujuan diberikan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="274" />
        <source>Anything worth knowing before meeting the client: how to reach them safely, language, who came with them.</source>
        <translation>Hal yang perlu diketahui sebelum bertemu klien: cara menghubunginya dengan aman, bahasa, siapa yang mendampingi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="369" />
        <source>Valid NIK: born {0}, {1}; issued in {2}.</source>
        <translation>NIK valid: lahir {0}, {1}; diterbitkan di {2}.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="374" />
        <source>Correct the NIK first (or leave it empty).</source>
        <translation>Perbaiki NIK terlebih dahulu (atau kosongkan).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="411" />
        <source>{0} years old</source>
        <translation>{0} tahun</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="414" />
        <source>Parent or guardian — required</source>
        <translation>Orang tua/wali — wajib diisi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="415" />
        <source>The client is under 18: a parent's or guardian's name is required, and they give consent for the child's data.</source>
        <translation>Klien berusia di bawah 18 tahun: nama orang tua/wali wajib diisi, dan merekalah yang memberi persetujuan atas data anak.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="418" />
        <source>&amp;Guardian's name (required):</source>
        <translation>Nama &amp;wali (wajib):</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="420" />
        <source>Parent or guardian</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="421" />
        <source>Needed for clients under 18.</source>
        <translation>Wajib diisi untuk klien di bawah 18 tahun.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="423" />
        <source>&amp;Guardian's name:</source>
        <translation>Nama &amp;wali:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_form.py" line="424" />
        <source>Required</source>
        <translation>Wajib diisi</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../../ui/models/clients.py" line="39" />
        <source>{0} (+{1})</source>
        <translation>{0} (+{1})</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="73" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="73" />
        <source>Client code</source>
        <translation>Kode klien</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="73" />
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="73" />
        <source>PPKS categories</source>
        <translation>Kategori PPKS</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="74" />
        <source>Open cases</source>
        <translation>Kasus aktif</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="74" />
        <source>Last session</source>
        <translation>Sesi terakhir</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="181" />
        <source>{0} (archived)</source>
        <translation>{0} (diarsipkan)</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="198" />
        <source>Nickname: {0}</source>
        <translation>Nama panggilan: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="200" />
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="203" />
        <source>Birth date unknown</source>
        <translation>Tanggal lahir tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="232" />
        <source>This column cannot be sorted</source>
        <translation>Kolom ini tidak dapat diurutkan</translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="28" />
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="31" />
        <source>Nickname</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="31" />
        <source>Age and birth date</source>
        <translation>Usia dan tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="32" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="32" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="32" />
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="33" />
        <source>BPJS number</source>
        <translation>Nomor BPJS</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="33" />
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="34" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="36" />
        <location filename="../../../ui/widgets/client_record.py" line="46" />
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="38" />
        <location filename="../../../ui/widgets/client_record.py" line="39" />
        <source>PPKS categories</source>
        <translation>Kategori PPKS</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="42" />
        <source>Parent or guardian and consent</source>
        <translation>Orang tua/wali dan persetujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="44" />
        <source>Parent or guardian</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="44" />
        <source>Informed consent</source>
        <translation>Persetujuan (informed consent)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="48" />
        <location filename="../../../ui/widgets/client_record.py" line="49" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="80" />
        <source>Birth date unknown</source>
        <translation>Tanggal lahir tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="82" />
        <source>{0} years — born {1}</source>
        <translation>{0} tahun — lahir {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="84" />
        <source>{0}, in {1}</source>
        <translation>{0}, di {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="86" />
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="87" />
        <source>None recorded</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="97" />
        <source>No category chosen</source>
        <translation>Belum ada kategori yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="102" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="104" />
        <source>{0}, phone {1}</source>
        <translation>{0}, telepon {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="108" />
        <source>Missing: required for a client under 18</source>
        <translation>Belum diisi: wajib untuk klien di bawah 18 tahun</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="114" />
        <source>Given on {0}</source>
        <translation>Diberikan pada {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_record.py" line="117" />
        <source>Not recorded yet</source>
        <translation>Belum dicatat</translation>
    </message>
</context>
<context>
    <name>ClientTimelineModel</name>
    <message>
        <location filename="../../../ui/models/clients.py" line="262" />
        <source>Date and time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="264" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="265" />
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="266" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="267" />
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="269" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="279" />
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <location filename="../../../ui/models/clients.py" line="281" />
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../../ui/pages/clients.py" line="86" />
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="93" />
        <source>Number of clients</source>
        <translation>Jumlah klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="96" />
        <location filename="../../../ui/pages/clients.py" line="125" />
        <source>Search clients</source>
        <translation>Cari klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="97" />
        <source>Name, nickname, client code, NIK or phone</source>
        <translation>Nama, nama panggilan, kode klien, NIK atau telepon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="100" />
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="102" />
        <source>Show archi&amp;ved clients</source>
        <translation>&amp;Tampilkan klien yang diarsipkan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="103" />
        <source>Show archived clients</source>
        <translation>Tampilkan klien yang diarsipkan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="105" />
        <source>&amp;New client…</source>
        <translation>Klien ba&amp;ru…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="106" />
        <source>Register a new client</source>
        <translation>Daftarkan klien baru</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="107" />
        <source>Register a new client ({0})</source>
        <translation>Daftarkan klien baru ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="109" />
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="110" />
        <source>Open the selected client</source>
        <translation>Buka klien yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="111" />
        <source>Open the selected client (Enter or double-click)</source>
        <translation>Buka klien yang dipilih (Enter atau klik ganda)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="112" />
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="113" />
        <source>Edit the selected client</source>
        <translation>Ubah data klien yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="114" />
        <location filename="../../../ui/pages/clients.py" line="293" />
        <source>&amp;Archive</source>
        <translation>&amp;Arsipkan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="120" />
        <source>New client</source>
        <translation>Klien baru</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="132" />
        <source>Client list</source>
        <translation>Daftar klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="165" />
        <source>Blank &amp;intake form…</source>
        <translation>Formulir pendataan &amp;kosong…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="166" />
        <source>Preview and print an empty formulir pendataan klien to fill in by hand, e.g. on a home visit (PDF)</source>
        <translation>Pratinjau dan cetak formulir pendataan klien kosong untuk diisi tangan, mis. saat kunjungan rumah (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="234" />
        <source>1 client found</source>
        <translation>1 klien ditemukan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="234" />
        <source>{0} clients found</source>
        <translation>{0} klien ditemukan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="236" />
        <source>1 client</source>
        <translation>1 klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="236" />
        <source>{0} clients</source>
        <translation>{0} klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="242" />
        <source>No client matches “{0}”. The search looks in names, nicknames, client codes, NIK and phone numbers.</source>
        <translation>Tidak ada klien yang cocok dengan “{0}”. Pencarian melihat nama, nama panggilan, kode klien, NIK dan nomor telepon.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="245" />
        <source>Archived clients are left out unless “Show archived clients” is ticked.</source>
        <translation>Klien yang diarsipkan tidak ikut dicari kecuali “Tampilkan klien yang diarsipkan” dicentang.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="247" />
        <source>No clients yet. Register the first one with “New client” ({0}).</source>
        <translation>Belum ada klien. Daftarkan klien pertama dengan “Klien baru” ({0}).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="293" />
        <source>&amp;Restore from archive</source>
        <translation>&amp;Pulihkan dari arsip</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="294" />
        <source>Restore the selected client from the archive</source>
        <translation>Pulihkan klien yang dipilih dari arsip</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="295" />
        <source>Archive the selected client</source>
        <translation>Arsipkan klien yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="324" />
        <location filename="../../../ui/pages/clients.py" line="363" />
        <location filename="../../../ui/pages/clients.py" line="382" />
        <source>Client not found</source>
        <translation>Klien tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="385" />
        <source>Restore client</source>
        <translation>Pulihkan klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="386" />
        <source>Bring {0} ({1}) back to the daily client list?</source>
        <translation>Kembalikan {0} ({1}) ke daftar klien harian?</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="388" />
        <source>Archive client</source>
        <translation>Arsipkan klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="389" />
        <source>Archive {0} ({1})? Archived clients leave the daily list; their records are kept and they can be restored at any time.</source>
        <translation>Arsipkan {0} ({1})? Klien yang diarsipkan keluar dari daftar harian; datanya tetap tersimpan dan dapat dipulihkan kapan saja.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="396" />
        <source>Cannot restore the client</source>
        <translation>Klien tidak dapat dipulihkan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients.py" line="397" />
        <source>Cannot archive the client</source>
        <translation>Klien tidak dapat diarsipkan</translation>
    </message>
</context>
<context>
    <name>FeeArrangementDialog</name>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="45" />
        <source>Fee arrangement</source>
        <translation>Pengaturan tarif</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="49" />
        <source>The fee applies to sessions attended from the date below on. Sessions already attended keep the fee they were recorded with.</source>
        <translation>Tarif ini berlaku untuk sesi yang dihadiri mulai tanggal di bawah. Sesi yang sudah dihadiri tetap memakai tarif saat dicatat.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="54" />
        <source>Kind of fee</source>
        <translation>Jenis tarif</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="61" />
        <source>Reduction in percent</source>
        <translation>Keringanan dalam persen</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="62" />
        <source>30 % means the client pays 70 % of the standard fee.</source>
        <translation>30 % berarti klien membayar 70 % dari tarif standar.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="64" />
        <source>Reason for the reduced or free fee</source>
        <translation>Alasan keringanan atau tarif gratis</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="65" />
        <source>e.g. Income below the regional minimum wage; three children.</source>
        <translation>mis. Penghasilan di bawah UMR; tiga anak.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="72" />
        <source>Valid from</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="76" />
        <source>&amp;Fee:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="76" />
        <source>&amp;Reduction:</source>
        <translation>&amp;Keringanan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="77" />
        <source>R&amp;eason (unless standard):</source>
        <translation>&amp;Alasan (kecuali standar):</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="78" />
        <source>&amp;Valid from:</source>
        <translation>&amp;Berlaku sejak:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="91" />
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="92" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/fee_arrangement_dialog.py" line="136" />
        <source>The fee arrangement was not saved</source>
        <translation>Pengaturan tarif tidak disimpan</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="64" />
        <source>New case — {0}</source>
        <translation>Kasus baru — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="67" />
        <source>The case opens at its first stage, engagement (pendekatan awal), for {0} ({1}).</source>
        <translation>Kasus dibuka pada tahap pertama, pendekatan awal, untuk {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="72" />
        <source>Field of practice</source>
        <translation>Bidang praktik</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="77" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="82" />
        <source>Opened on</source>
        <translation>Tanggal dibuka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="91" />
        <source>Presenting problem</source>
        <translation>Masalah yang dihadapi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="94" />
        <source>What brings the client, in their words and yours: the situation, since when, who is involved.</source>
        <translation>Apa yang membawa klien, menurut klien dan menurut Anda: situasinya, sejak kapan, siapa yang terlibat.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="97" />
        <source>Referral source</source>
        <translation>Sumber rujukan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="99" />
        <source>e.g. P2TP2A, Puskesmas, school, came on their own</source>
        <translation>mis. P2TP2A, Puskesmas, sekolah, datang sendiri</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="103" />
        <source>&amp;Field of practice:</source>
        <translation>&amp;Bidang praktik:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="104" />
        <source>&amp;Setting:</source>
        <translation>&amp;Setting:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="105" />
        <source>&amp;Opened on:</source>
        <translation>&amp;Tanggal dibuka:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="106" />
        <source>&amp;Presenting problem:</source>
        <translation>&amp;Masalah yang dihadapi:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="107" />
        <source>&amp;Referral source:</source>
        <translation>Sumber &amp;rujukan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/new_case.py" line="117" />
        <source>Open the case</source>
        <translation>Buka kasus</translation>
    </message>
</context>
<context>
    <name>PpksPicker</name>
    <message>
        <location filename="../../../ui/widgets/client_ppks.py" line="31" />
        <source>Type to filter, e.g. anak, 19, violence</source>
        <translation>Ketik untuk menyaring, mis. anak, 19, kekerasan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_ppks.py" line="32" />
        <source>Filter PPKS categories</source>
        <translation>Saring kategori PPKS</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_ppks.py" line="34" />
        <source>Filte&amp;r:</source>
        <translation>Ca&amp;ri:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_ppks.py" line="37" />
        <source>PPKS categories</source>
        <translation>Kategori PPKS</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_ppks.py" line="49" />
        <source>PPKS categories chosen</source>
        <translation>Kategori PPKS yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_ppks.py" line="116" />
        <source>No category chosen</source>
        <translation>Belum ada kategori yang dipilih</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_ppks.py" line="117" />
        <source>1 category chosen</source>
        <translation>1 kategori dipilih</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/client_ppks.py" line="118" />
        <source>{0} categories chosen</source>
        <translation>{0} kategori dipilih</translation>
    </message>
</context>
</TS>