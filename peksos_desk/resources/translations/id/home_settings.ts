<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../../ui/models/home.py" line="30" />
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="35" />
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="36" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="37" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="38" />
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="51" />
        <source>Time ({0})</source>
        <translation>Waktu ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="59" />
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/models/home.py" line="62" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="64" />
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>BillingSettingsGroup</name>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="26" />
        <source>Invoices and receipts</source>
        <translation>Tagihan dan kuitansi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="28" />
        <source>Invoice number pattern</source>
        <translation>Pola nomor tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="30" />
        <source>Receipt number pattern</source>
        <translation>Pola nomor kuitansi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="33" />
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="34" />
        <source>Days until an invoice is due</source>
        <translation>Jumlah hari sampai tagihan jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="35" />
        <source>Save &amp;numbering</source>
        <translation>Simpan pe&amp;nomoran</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="42" />
        <source>{year} is the year of issue, {seq:04d} the number within it (0001, 0002 …). Numbers already given never change.</source>
        <translation>{year} adalah tahun terbit, {seq:04d} nomor urut dalam tahun itu (0001, 0002 …). Nomor yang sudah diberikan tidak pernah berubah.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="47" />
        <source>&amp;Invoice numbers:</source>
        <translation>Nomor ta&amp;gihan:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="48" />
        <source>Re&amp;ceipt numbers:</source>
        <translation>Nomor kui&amp;tansi:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="49" />
        <source>Invoices d&amp;ue after:</source>
        <translation>Jatuh tem&amp;po setelah:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/billing_settings.py" line="82" />
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="69" />
        <location filename="../../../ui/dialogs/first_run.py" line="88" />
        <source>Welcome to Peksos Desk</source>
        <translation>Selamat datang di Peksos Desk</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="76" />
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="94" />
        <source>&lt;p&gt;Peksos Desk keeps the records of an independent social-work practice: clients, cases through their stages, sessions and signed notes, fees, invoices and receipts, and the letters and reports you print.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stays on this laptop.&lt;/b&gt; Nothing is sent over the internet; back it up to a disk of your own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Peksos Desk menyimpan catatan praktik pekerjaan sosial mandiri: klien, kasus beserta tahapannya, sesi dan catatan yang ditandatangani, tarif, tagihan dan kuitansi, serta surat dan laporan yang Anda cetak.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data Anda tetap di laptop ini.&lt;/b&gt; Tidak ada yang dikirim lewat internet; cadangkan ke diska milik Anda sendiri.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="102" />
        <source>&amp;Set up my practice</source>
        <translation>&amp;Siapkan praktik saya</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="103" />
        <source>Enter your name, registration and licence numbers and your address for the letterhead. A default fee schedule is added; you can change everything later in Settings.</source>
        <translation>Isi nama, nomor STR dan SIPPS, serta alamat Anda untuk kop surat. Daftar tarif bawaan ditambahkan; semuanya dapat diubah nanti di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="107" />
        <source>&amp;Try with demo data</source>
        <translation>&amp;Coba dengan data contoh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="108" />
        <source>Look around with invented clients and cases, kept apart from your own records. You can set up your practice afterwards.</source>
        <translation>Jelajahi aplikasi dengan klien dan kasus rekaan, terpisah dari catatan Anda sendiri. Praktik Anda dapat disiapkan sesudahnya.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="111" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="128" />
        <source>Your practice</source>
        <translation>Praktik Anda</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="133" />
        <source>Only your name is required now. The rest appears on your letters and invoices; Settings holds more fields, such as your e-mail and bank account.</source>
        <translation>Saat ini hanya nama yang wajib diisi. Isian lain tampil pada surat dan tagihan Anda; Pengaturan memuat isian lainnya, seperti email dan rekening bank.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="140" />
        <location filename="../../../ui/dialogs/first_run.py" line="164" />
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="143" />
        <source>Save and &amp;start</source>
        <translation>Simpan dan &amp;mulai</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="143" />
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="166" />
        <source>&amp;Create my encrypted store</source>
        <translation>&amp;Buat data terenkripsi saya</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/first_run.py" line="234" />
        <source>Save and &amp;continue</source>
        <translation>Simpan dan &amp;lanjutkan</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../../ui/pages/home.py" line="168" />
        <source>Set up the practice profile…</source>
        <translation>Siapkan profil praktik…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="174" />
        <source>active clients</source>
        <translation>klien aktif</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="174" />
        <source>open cases</source>
        <translation>kasus berjalan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="175" />
        <source>sessions today</source>
        <translation>sesi hari ini</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="176" />
        <source>sessions in the next 7 days</source>
        <translation>sesi 7 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="177" />
        <source>notes to sign</source>
        <translation>catatan perlu ditandatangani</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="185" />
        <source>Today's &amp;sessions</source>
        <translation>&amp;Sesi hari ini</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="185" />
        <source>No sessions today.</source>
        <translation>Tidak ada sesi hari ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="188" />
        <source>The coming &amp;7 days</source>
        <translation>&amp;7 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="188" />
        <source>No sessions in the coming week.</source>
        <translation>Tidak ada sesi dalam seminggu ke depan.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="191" />
        <source>Cases &amp;waiting on their next step</source>
        <translation>Kasus yang &amp;menunggu langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="192" />
        <source>No case is waiting: assessments, goals and endings are up to date.</source>
        <translation>Tidak ada kasus yang menunggu: asesmen, tujuan intervensi dan penutupan kasus sudah beres.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="195" />
        <source>&amp;Notes waiting for your signature</source>
        <translation>Catatan yang menunggu &amp;tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="195" />
        <source>Every note of an attended session is signed.</source>
        <translation>Semua catatan sesi yang dihadiri sudah ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="283" />
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="287" />
        <source>Your practice is not set up yet</source>
        <translation>Praktik Anda belum disiapkan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="289" />
        <source>Today is {0}</source>
        <translation>Hari ini {0}</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <location filename="../../../ui/pages/home.py" line="132" />
        <source>({0})</source>
        <translation>({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/home.py" line="136" />
        <source>Showing the first {0}; {1} more are not listed.</source>
        <translation>Menampilkan {0} pertama; {1} lainnya tidak dicantumkan.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="153" />
        <source>Social worker</source>
        <translation>Pekerja sosial</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="154" />
        <source>Registration and licence</source>
        <translation>Registrasi dan izin praktik</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="157" />
        <source>Institution and contact</source>
        <translation>Lembaga dan kontak</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="159" />
        <source>Bank account for invoices</source>
        <translation>Rekening bank untuk tagihan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="164" />
        <source>F&amp;ull name</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="165" />
        <source>&amp;Degree</source>
        <translation>&amp;Gelar</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="166" />
        <source>Speciali&amp;sations</source>
        <translation>&amp;Spesialisasi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="167" />
        <source>&amp;Competence certificate (LSPS)</source>
        <translation>Sertifikat &amp;kompetensi (LSPS)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="168" />
        <source>Certificate valid until</source>
        <translation>Sertifikat berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="169" />
        <source>S&amp;TR number</source>
        <translation>Nomor S&amp;TR</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="170" />
        <source>STR valid until</source>
        <translation>STR berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="171" />
        <source>S&amp;IPPS number</source>
        <translation>Nomor S&amp;IPPS</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="172" />
        <source>SIPPS valid until</source>
        <translation>SIPPS berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="173" />
        <source>I&amp;nstitution</source>
        <translation>&amp;Lembaga</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="174" />
        <source>BALKS &amp;accreditation</source>
        <translation>&amp;Akreditasi BALKS</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="175" />
        <source>Add&amp;ress</source>
        <translation>Ala&amp;mat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="176" />
        <source>Cit&amp;y</source>
        <translation>K&amp;ota</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="177" />
        <source>&amp;Phone</source>
        <translation>Tele&amp;pon</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="178" />
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="179" />
        <source>&amp;Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="180" />
        <source>Acc&amp;ount number</source>
        <translation>Nomor &amp;rekening</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="181" />
        <source>Account ho&amp;lder</source>
        <translation>Atas nama rekening</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="182" />
        <source>Time &amp;zone</source>
        <translation>Zona &amp;waktu</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="187" />
        <source>e.g. Sri Wahyuni</source>
        <translation>mis. Sri Wahyuni</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="188" />
        <source>e.g. S.Tr.Sos., M.Kesos.</source>
        <translation>mis. S.Tr.Sos., M.Kesos.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="189" />
        <source>e.g. child protection, family counselling</source>
        <translation>mis. perlindungan anak, konseling keluarga</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="190" />
        <source>as written on the certificate</source>
        <translation>sesuai yang tertulis pada STR</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="191" />
        <source>as written on the licence</source>
        <translation>sesuai yang tertulis pada SIPPS</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="192" />
        <source>e.g. LKS Harapan Bunda (leave empty if you practise alone)</source>
        <translation>mis. LKS Harapan Bunda (kosongkan bila praktik mandiri)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="193" />
        <source>e.g. A</source>
        <translation>mis. A</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="194" />
        <source>street, RT/RW, village, district</source>
        <translation>jalan, RT/RW, kelurahan/desa, kecamatan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="195" />
        <source>e.g. Bandung</source>
        <translation>mis. Bandung</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="196" />
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_form.py" line="197" />
        <source>e.g. sri@example.org</source>
        <translation>mis. sri@contoh.or.id</translation>
    </message>
</context>
<context>
    <name>ServiceTypeDialog</name>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="44" />
        <source>New service type</source>
        <translation>Jenis layanan baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="44" />
        <source>Edit service type</source>
        <translation>Ubah jenis layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="47" />
        <source>The default fee and duration are filled in when a session of this service is scheduled. A session that has taken place keeps the fee it was given.</source>
        <translation>Tarif dan durasi bawaan terisi saat sesi layanan ini dijadwalkan. Sesi yang sudah berlangsung tetap memakai tarif yang dicatat saat itu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="53" />
        <source>e.g. KONS</source>
        <translation>mis. KONS</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="54" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="57" />
        <source>e.g. Family counselling</source>
        <translation>mis. Konseling keluarga</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="58" />
        <source>Service name</source>
        <translation>Nama layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="60" />
        <source>e.g. Rp250.000</source>
        <translation>mis. Rp250.000</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="61" />
        <source>Default fee</source>
        <translation>Tarif bawaan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="67" />
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="68" />
        <source>Duration in minutes</source>
        <translation>Durasi dalam menit</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="72" />
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="72" />
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="73" />
        <source>Default &amp;fee</source>
        <translation>&amp;Tarif bawaan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="73" />
        <source>&amp;Duration</source>
        <translation>&amp;Durasi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_type_dialog.py" line="77" />
        <source>Letters, digits, - and _; shown on invoices next to the service.</source>
        <translation>Huruf, angka, - dan _; tampil di tagihan di samping nama layanan.</translation>
    </message>
</context>
<context>
    <name>ServiceTypeModel</name>
    <message>
        <location filename="../../../ui/models/fees.py" line="24" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../../ui/models/fees.py" line="25" />
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/fees.py" line="26" />
        <source>Default fee</source>
        <translation>Tarif bawaan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/fees.py" line="27" />
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/models/fees.py" line="27" />
        <source>%n min</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/models/fees.py" line="29" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/models/fees.py" line="29" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../ui/models/fees.py" line="29" />
        <source>Retired</source>
        <translation>Tidak ditawarkan</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="80" />
        <source>Practice &amp;profile</source>
        <translation>&amp;Profil praktik</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="81" />
        <source>&amp;Fee schedule</source>
        <translation>Daftar &amp;tarif</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="82" />
        <source>P&amp;references</source>
        <translation>P&amp;referensi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="83" />
        <source>Referral &amp;institutions</source>
        <translation>Lembaga ru&amp;jukan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="99" />
        <source>What your letters, reports, invoices and receipts show in their letterhead and signature block.</source>
        <translation>Yang ditampilkan pada kop dan blok tanda tangan surat, laporan, tagihan dan kuitansi Anda.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="107" />
        <source>Unsaved changes</source>
        <translation>Ada perubahan yang belum disimpan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="108" />
        <location filename="../../../ui/pages/settings_page.py" line="113" />
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="150" />
        <location filename="../../../ui/pages/settings_page.py" line="154" />
        <source>Not saved</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="158" />
        <source>Profile saved.</source>
        <translation>Profil tersimpan.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="166" />
        <source>The services you offer with their default fee and duration. A retired service is no longer offered for new sessions; sessions already held keep their fee.</source>
        <translation>Layanan yang Anda tawarkan beserta tarif dan durasi bawaannya. Layanan yang tidak ditawarkan lagi tidak dapat dipilih untuk sesi baru; sesi yang sudah berlangsung tetap memakai tarifnya.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="174" />
        <source>Fee schedule</source>
        <translation>Daftar tarif</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="189" />
        <source>The fee schedule is empty. Install the default schedule (consultation, assessment, home visit, accompaniment, social report) and adjust its fees, or add your own services.</source>
        <translation>Daftar tarif masih kosong. Pasang daftar bawaan (konsultasi, asesmen, kunjungan rumah, pendampingan, laporan sosial) lalu sesuaikan tarifnya, atau tambahkan layanan Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="192" />
        <source>&amp;Add service…</source>
        <translation>&amp;Tambah layanan…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="194" />
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="196" />
        <location filename="../../../ui/pages/settings_page.py" line="248" />
        <source>&amp;Retire</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="198" />
        <source>Install the &amp;default schedule</source>
        <translation>Pasang daftar &amp;bawaan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="249" />
        <source>&amp;Offer again</source>
        <translation>Tawarkan &amp;lagi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="303" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="308" />
        <source>Language of documents</source>
        <translation>Bahasa dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="316" />
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="330" />
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="331" />
        <source>The window is rebuilt in the chosen language at once; save your work in other pages first.</source>
        <translation>Jendela langsung disusun ulang dalam bahasa yang dipilih; simpan dulu pekerjaan Anda di halaman lain.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="332" />
        <source>&amp;Documents in</source>
        <translation>Bahasa &amp;dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="333" />
        <source>Case notes, reports, letters, invoices and receipts are printed in this language.</source>
        <translation>Catatan kasus, laporan, surat, tagihan dan kuitansi dicetak dalam bahasa ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="334" />
        <source>&amp;Time zone</source>
        <translation>&amp;Zona waktu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="335" />
        <source>Session times and "today" follow this zone. Stored in the practice profile.</source>
        <translation>Waktu sesi dan "hari ini" mengikuti zona ini. Disimpan dalam profil praktik.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="336" />
        <source>Your data</source>
        <translation>Data Anda</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="337" />
        <source>Peksos Desk keeps your records in this store on this computer; nothing is sent anywhere.</source>
        <translation>Peksos Desk menyimpan catatan Anda di berkas data ini pada komputer ini; tidak ada yang dikirim ke mana pun.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="391" />
        <source>Save the practice profile first: {0}</source>
        <translation>Simpan profil praktik terlebih dahulu: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="398" />
        <source>Time zone saved: {0}.</source>
        <translation>Zona waktu tersimpan: {0}.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="415" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>UnsignedNoteModel</name>
    <message>
        <location filename="../../../ui/models/home.py" line="107" />
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="109" />
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="110" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="111" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="111" />
        <source>Draft saved</source>
        <translation>Draf tersimpan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="111" />
        <source>Not written yet</source>
        <translation>Belum ditulis</translation>
    </message>
</context>
<context>
    <name>WaitingCaseModel</name>
    <message>
        <location filename="../../../ui/models/home.py" line="74" />
        <source>Waiting for</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="75" />
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="76" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="77" />
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="78" />
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="84" />
        <source>Assessment not finished 14 days after intake</source>
        <translation>Asesmen belum selesai 14 hari setelah intake</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/models/home.py" line="86" />
        <source>%n intervention goal(s) past the target date</source>
        <translation>
            <numerusform>%n tujuan intervensi melewati tanggal target</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="87" />
        <source>Ended ({0}) but not closed</source>
        <translation>Sudah berakhir ({0}) tetapi belum ditutup</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="92" />
        <source>Opened on {0} and no assessment written yet.</source>
        <translation>Dibuka pada {0} dan belum ada asesmen yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="94" />
        <source>The earliest target date was {0}. Update the goals' progress or set a new target.</source>
        <translation>Tanggal target paling awal {0}. Perbarui kemajuan tujuan atau tetapkan target baru.</translation>
    </message>
    <message>
        <location filename="../../../ui/models/home.py" line="96" />
        <source>The case ended on {0}. Close it to archive the record.</source>
        <translation>Kasus berakhir pada {0}. Tutup kasus untuk mengarsipkan catatannya.</translation>
    </message>
</context>
</TS>