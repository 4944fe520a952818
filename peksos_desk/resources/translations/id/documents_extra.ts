<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>InstitutionDialog</name>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="45" />
        <source>New referral institution</source>
        <translation>Lembaga rujukan baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="46" />
        <source>Edit referral institution</source>
        <translation>Ubah lembaga rujukan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="49" />
        <source>A service you refer clients to. Its name, address and contact person are printed on the referral letter's address block.</source>
        <translation>Layanan tempat Anda merujuk klien. Nama, alamat, dan narahubungnya dicetak pada alamat tujuan surat rujukan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="55" />
        <source>e.g. UPTD PPA Kota Bandung</source>
        <translation>mis. UPTD PPA Kota Bandung</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="61" />
        <source>street and number, district</source>
        <translation>jalan dan nomor, kecamatan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="65" />
        <source>e.g. Bandung</source>
        <translation>mis. Bandung</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="68" />
        <source>e.g. Ibu Dewi Lestari, S.Psi.</source>
        <translation>mis. Ibu Dewi Lestari, S.Psi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="71" />
        <source>e.g. 022-4231-000</source>
        <translation>mis. 022-4231-000</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="76" />
        <source>opening hours, what they need with a referral, …</source>
        <translation>jam layanan, berkas yang diminta bersama rujukan, …</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="84" />
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="84" />
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="85" />
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="85" />
        <source>Cit&amp;y or regency</source>
        <translation>&amp;Kota/kabupaten</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="86" />
        <source>&amp;Contact person</source>
        <translation>Nara&amp;hubung</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="87" />
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="87" />
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/institution_dialog.py" line="88" />
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>InstitutionDirectory</name>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="79" />
        <source>The services you refer clients to: Dinas Sosial, UPTD PPA, Puskesmas, LKS and others. A referral letter is addressed to one of them.</source>
        <translation>Layanan tempat Anda merujuk klien: Dinas Sosial, UPTD PPA, Puskesmas, LKS, dan lainnya. Surat rujukan ditujukan kepada salah satunya.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="85" />
        <source>Search institutions</source>
        <translation>Cari lembaga</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="86" />
        <source>Name, city, contact person or address</source>
        <translation>Nama, kota, narahubung, atau alamat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="88" />
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="90" />
        <source>Show &amp;inactive institutions</source>
        <translation>Tampilkan lembaga &amp;nonaktif</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="103" />
        <source>Referral institutions</source>
        <translation>Lembaga rujukan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="128" />
        <source>&amp;Add institution…</source>
        <translation>Tambah &amp;lembaga…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="130" />
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="132" />
        <location filename="../../../ui/widgets/institution_directory.py" line="207" />
        <source>Make i&amp;nactive</source>
        <translation>Non&amp;aktifkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="177" />
        <source>No institution matches “{0}”.</source>
        <translation>Tidak ada lembaga yang cocok dengan “{0}”.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="179" />
        <source>The directory is empty. Add the services you refer clients to.</source>
        <translation>Direktori masih kosong. Tambahkan layanan tempat Anda merujuk klien.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="208" />
        <source>Make &amp;active</source>
        <translation>&amp;Aktifkan lagi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="250" />
        <source>“{0}” is active again.</source>
        <translation>“{0}” aktif kembali.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="251" />
        <source>“{0}” is inactive now: referral letters no longer offer it.</source>
        <translation>“{0}” kini nonaktif: tidak lagi ditawarkan untuk surat rujukan.</translation>
    </message>
</context>
<context>
    <name>InstitutionModel</name>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="46" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="47" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="48" />
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="49" />
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="50" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="51" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="51" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/institution_directory.py" line="51" />
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <location filename="../../../ui/dialogs/pdf_password_dialog.py" line="77" />
        <source>Protect with a password</source>
        <translation>Lindungi dengan kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pdf_password_dialog.py" line="79" />
        <source>The saved copy opens only with this password (AES-256 encryption). Tell the receiver the password another way, for example by phone, never in the e-mail that carries the file. The password is not kept: write it down if you need it.</source>
        <translation>Salinan yang disimpan hanya dapat dibuka dengan kata sandi ini (enkripsi AES-256). Beri tahu penerima kata sandinya lewat jalur lain, misalnya telepon, jangan lewat email yang membawa berkasnya. Kata sandi tidak disimpan: catat bila Anda memerlukannya.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pdf_password_dialog.py" line="84" />
        <source>File: {0}</source>
        <translation>Berkas: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pdf_password_dialog.py" line="89" />
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pdf_password_dialog.py" line="91" />
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/pdf_password_dialog.py" line="95" />
        <source>At least %n characters; a short sentence is easier to remember than a jumble.</source>
        <translation>
            <numerusform>Paling sedikit %n karakter; sebuah kalimat pendek lebih mudah diingat daripada deretan huruf acak.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pdf_password_dialog.py" line="102" />
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pdf_password_dialog.py" line="102" />
        <source>&amp;Again</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pdf_password_dialog.py" line="119" />
        <source>Protect and &amp;save</source>
        <translation>Lindungi dan &amp;simpan</translation>
    </message>
</context>
<context>
    <name>ProfileImagePicker</name>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="48" />
        <source>Letterhead logo</source>
        <translation>Logo kop surat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="48" />
        <source>Signature image</source>
        <translation>Gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="62" />
        <source>Printed at the left of every document's letterhead. PNG or JPEG, up to 2 MB.</source>
        <translation>Dicetak di kiri kop surat setiap dokumen. PNG atau JPEG, paling besar 2 MB.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="64" />
        <source>Your signature scanned on white paper, or a PNG with a transparent background; printed above your name in every signature block. PNG or JPEG, up to 2 MB.</source>
        <translation>Pindaian tanda tangan Anda di atas kertas putih, atau PNG berlatar transparan; dicetak di atas nama Anda pada setiap blok tanda tangan. PNG atau JPEG, paling besar 2 MB.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="70" />
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="71" />
        <location filename="../../../ui/widgets/profile_images.py" line="129" />
        <source>Choose the letterhead logo</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="72" />
        <location filename="../../../ui/widgets/profile_images.py" line="129" />
        <source>Choose the signature image</source>
        <translation>Pilih gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="74" />
        <location filename="../../../ui/widgets/profile_images.py" line="166" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="75" />
        <source>Remove the letterhead logo</source>
        <translation>Hapus logo kop surat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="76" />
        <source>Remove the signature image</source>
        <translation>Hapus gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="115" />
        <source>No logo</source>
        <translation>Belum ada logo</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="115" />
        <source>No signature image</source>
        <translation>Belum ada gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="116" />
        <source>Documents leave its room empty.</source>
        <translation>Dokumen dicetak tanpa logo.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="117" />
        <source>Documents leave room to sign by hand.</source>
        <translation>Dokumen menyisakan ruang untuk tanda tangan basah.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="124" />
        <source>{0}, {1} × {2} pixels</source>
        <translation>{0}, {1} × {2} piksel</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="130" />
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="147" />
        <source>{0} could not be read: {1}</source>
        <translation>{0} tidak dapat dibaca: {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="154" />
        <source>Logo saved: new documents print it.</source>
        <translation>Logo tersimpan: dokumen baru mencetaknya.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="155" />
        <source>Signature image saved: new documents print it above your name.</source>
        <translation>Gambar tanda tangan tersimpan: dokumen baru mencetaknya di atas nama Anda.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="163" />
        <source>Remove the letterhead logo? New documents are printed without it.</source>
        <translation>Hapus logo kop surat? Dokumen baru dicetak tanpa logo.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="165" />
        <source>Remove the signature image? New documents leave room to sign by hand.</source>
        <translation>Hapus gambar tanda tangan? Dokumen baru menyisakan ruang untuk tanda tangan basah.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="176" />
        <source>Logo removed.</source>
        <translation>Logo dihapus.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="176" />
        <source>Signature image removed.</source>
        <translation>Gambar tanda tangan dihapus.</translation>
    </message>
</context>
<context>
    <name>ProfileImagesGroup</name>
    <message>
        <location filename="../../../ui/widgets/profile_images.py" line="192" />
        <source>Logo and signature</source>
        <translation>Logo dan tanda tangan</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="68" />
        <source>Referral letter — {0}</source>
        <translation>Surat rujukan — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="71" />
        <source>Refer {0} (case {1}) to another service. The letter gives the receiving service only what it needs: the client's name, age and sex, the case number, the reason and a short summary.</source>
        <translation>Rujuk {0} (kasus {1}) ke layanan lain. Surat hanya memuat yang diperlukan layanan penerima: nama, usia, dan jenis kelamin klien, nomor kasus, alasan, dan ringkasan singkat.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="77" />
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="81" />
        <source>&amp;New institution…</source>
        <translation>Lembaga bar&amp;u…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="95" />
        <source>Reason for the referral</source>
        <translation>Alasan rujukan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="97" />
        <source>Why the client needs this service, and what you ask of it</source>
        <translation>Mengapa klien memerlukan layanan ini, dan apa yang Anda mohonkan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="101" />
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="103" />
        <source>e.g. 012/PS/III/2026 — left empty, a line to write it in</source>
        <translation>mis. 012/PS/III/2026 — bila kosong, disediakan garis untuk ditulis tangan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="106" />
        <source>Enclosures</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="108" />
        <source>No attachments are kept for this client yet; attach documents on the client's or the case's page to send them along.</source>
        <translation>Belum ada lampiran untuk klien ini; lampirkan dokumen di halaman klien atau kasus agar dapat disertakan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="119" />
        <source>&amp;To</source>
        <translation>&amp;Kepada</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="120" />
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="121" />
        <source>Letter n&amp;umber</source>
        <translation>&amp;Nomor surat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="122" />
        <source>&amp;Enclosures</source>
        <translation>&amp;Lampiran</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="139" />
        <source>&amp;Make the letter</source>
        <translation>&amp;Buat surat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="167" />
        <source>Choose an institution…</source>
        <translation>Pilih lembaga…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="168" />
        <source>The directory is empty: add an institution</source>
        <translation>Direktori masih kosong: tambahkan lembaga</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="196" />
        <source>Not in the list? Add it with “New institution…”.</source>
        <translation>Tidak ada di daftar? Tambahkan dengan “Lembaga baru…”.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="199" />
        <source>Attn. {0}</source>
        <translation>u.p. {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="201" />
        <source>No address in the directory yet.</source>
        <translation>Alamatnya belum tercatat di direktori.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="237" />
        <source>undated</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="239" />
        <source>client record</source>
        <translation>data klien</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="241" />
        <source>this case</source>
        <translation>kasus ini</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="243" />
        <source>case {0}</source>
        <translation>kasus {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/referral_dialog.py" line="244" />
        <source>{0} — {1} ({2})</source>
        <translation>{0} — {1} ({2})</translation>
    </message>
</context>
</TS>