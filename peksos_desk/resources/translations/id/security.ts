<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="50" />
        <location filename="../../../ui/dialogs/change_password.py" line="53" />
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="58" />
        <source>&amp;Current password</source>
        <translation>Kata sandi &amp;saat ini</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="57" />
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="54" />
        <source>Type the password you use now, then the new one twice. Your recovery code stays the same.</source>
        <translation>Ketik kata sandi yang Anda pakai sekarang, lalu kata sandi baru dua kali. Kode pemulihan Anda tetap sama.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="70" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="72" />
        <source>&amp;Change password</source>
        <translation>&amp;Ganti kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="88" />
        <source>Type the password you use now.</source>
        <translation>Ketik kata sandi yang Anda pakai sekarang.</translation>
    </message>
</context>
<context>
    <name>EncryptStoreDialog</name>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="74" />
        <location filename="../../../ui/dialogs/encrypt_store.py" line="80" />
        <source>Encrypt this store</source>
        <translation>Enkripsikan data ini</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="81" />
        <source>&lt;p&gt;The records in this store are kept &lt;b&gt;unencrypted&lt;/b&gt;: anyone who copies the file can read them. Encrypting rewrites the file so that only your password (or the recovery code you get next) opens it.&lt;/p&gt;&lt;p&gt;Your work is saved first, and the store is closed for a moment while it is converted. If anything goes wrong, the store stays exactly as it is now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Catatan dalam data ini disimpan &lt;b&gt;tanpa enkripsi&lt;/b&gt;: siapa pun yang menyalin berkasnya dapat membacanya. Enkripsi menulis ulang berkas itu sehingga hanya kata sandi Anda (atau kode pemulihan yang Anda terima sesudahnya) yang dapat membukanya.&lt;/p&gt;&lt;p&gt;Pekerjaan Anda disimpan lebih dulu, lalu data ditutup sebentar selama diubah. Jika ada yang gagal, data tetap persis seperti sekarang.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="87" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="89" />
        <source>&amp;Encrypt</source>
        <translation>&amp;Enkripsikan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="105" />
        <source>Encrypting</source>
        <translation>Sedang mengenkripsi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="108" />
        <source>Encrypting your records…</source>
        <translation>Mengenkripsi catatan Anda…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="110" />
        <source>This takes a moment for a large store. Please do not switch the computer off.</source>
        <translation>Untuk data yang besar, ini perlu sedikit waktu. Jangan matikan komputer.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="115" />
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="134" />
        <source>Your latest changes could not be saved, so nothing was encrypted. Look at the message on the page, then try again.</source>
        <translation>Perubahan terakhir Anda tidak dapat disimpan, jadi tidak ada yang dienkripsi. Lihat pesan di halaman itu, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/encrypt_store.py" line="171" />
        <source>The store was encrypted, but could not be opened again: {0} After writing the code down, close Peksos Desk and start it again with your new password.</source>
        <translation>Data sudah dienkripsi, tetapi tidak dapat dibuka kembali: {0} Setelah mencatat kode ini, tutup Peksos Desk lalu jalankan lagi dengan kata sandi baru Anda.</translation>
    </message>
</context>
<context>
    <name>EncryptionMarker</name>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="60" />
        <source>DEMO DATA — not encrypted, not for real clients</source>
        <translation>DATA DEMO — tidak terenkripsi, bukan untuk klien sungguhan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="61" />
        <source>Invented records for looking around. Your own practice is kept in another store.</source>
        <translation>Catatan rekaan untuk melihat-lihat. Data praktik Anda sendiri disimpan terpisah.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="65" />
        <source>Not encrypted</source>
        <translation>Tidak terenkripsi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="66" />
        <source>Anyone who copies this store's file can read it. Encrypt it in Settings → Security.</source>
        <translation>Siapa pun yang menyalin berkas data ini dapat membacanya. Enkripsikan di Pengaturan → Keamanan.</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../../../ui/widgets/lock_screen.py" line="279" />
        <source>&amp;Lock</source>
        <translation>K&amp;unci</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/lock_screen.py" line="282" />
        <source>Hide your records until the password is typed ({0})</source>
        <translation>Sembunyikan catatan Anda sampai kata sandi diketik ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/lock_screen.py" line="286" />
        <location filename="../../../ui/widgets/lock_screen.py" line="289" />
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/lock_screen.py" line="358" />
        <source>Peksos Desk — locked</source>
        <translation>Peksos Desk — terkunci</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../../ui/widgets/lock_screen.py" line="142" />
        <source>Peksos Desk is locked</source>
        <translation>Peksos Desk terkunci</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/lock_screen.py" line="144" />
        <source>Your records are hidden until you type your password. Everything you were doing is kept as you left it, unsaved typing included.</source>
        <translation>Catatan Anda disembunyikan sampai Anda mengetik kata sandi. Semua yang sedang Anda kerjakan tetap seperti yang Anda tinggalkan, termasuk ketikan yang belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/lock_screen.py" line="147" />
        <source>Your records are hidden. This store is not encrypted, so no password is asked: anyone at this computer can unlock it. To protect it with a password, choose Settings → Security → Encrypt this store.</source>
        <translation>Catatan Anda disembunyikan. Data ini tidak terenkripsi, jadi tidak ada kata sandi yang diminta: siapa pun di komputer ini dapat membukanya. Untuk melindunginya dengan kata sandi, pilih Pengaturan → Keamanan → Enkripsikan data ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/lock_screen.py" line="167" />
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="126" />
        <location filename="../../../ui/dialogs/change_password.py" line="145" />
        <source>New recovery code</source>
        <translation>Kode pemulihan baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="131" />
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="132" />
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="134" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="136" />
        <source>&amp;Make a new code</source>
        <translation>&amp;Buat kode baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="147" />
        <source>Make a new recovery code when the one you wrote down is lost, or someone else may have seen it. &lt;b&gt;The old code stops working at once.&lt;/b&gt; Type your password to go on.</source>
        <translation>Buat kode pemulihan baru jika catatan kode Anda hilang, atau mungkin sudah dilihat orang lain. &lt;b&gt;Kode lama langsung tidak berlaku.&lt;/b&gt; Ketik kata sandi Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="154" />
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/change_password.py" line="165" />
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <location filename="../../../ui/widgets/password_field.py" line="51" />
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/password_field.py" line="51" />
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/password_field.py" line="52" />
        <source>Hide the password</source>
        <translation>Sembunyikan kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/password_field.py" line="52" />
        <source>Show the password as you type</source>
        <translation>Tampilkan kata sandi saat diketik</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="70" />
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="80" />
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="84" />
        <source>&amp;Forgot password?</source>
        <translation>&amp;Lupa kata sandi?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="92" />
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="115" />
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="151" />
        <source>Too many wrong tries. Next try in {0} s.</source>
        <translation>Terlalu banyak percobaan yang salah. Coba lagi dalam {0} detik.</translation>
    </message>
</context>
<context>
    <name>PasswordSetupPage</name>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="90" />
        <source>Choose a password</source>
        <translation>Pilih kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="92" />
        <source>&lt;p&gt;Your records will be stored &lt;b&gt;encrypted&lt;/b&gt;: without this password nobody can read them, even with the laptop or the file in their hands.&lt;/p&gt;&lt;p&gt;Choose something long that you will remember: a few unrelated words are easier to remember and harder to guess than a short word with symbols.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Catatan Anda akan disimpan &lt;b&gt;terenkripsi&lt;/b&gt;: tanpa kata sandi ini tidak ada yang dapat membacanya, sekalipun laptop atau berkasnya ada di tangan mereka.&lt;/p&gt;&lt;p&gt;Pilih sesuatu yang panjang dan mudah Anda ingat: beberapa kata yang tidak berhubungan lebih mudah diingat dan lebih sulit ditebak daripada satu kata pendek dengan simbol.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="100" />
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="102" />
        <source>Repeat the new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="107" />
        <source>Password strength</source>
        <translation>Kekuatan kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="115" />
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="117" />
        <source>&amp;Repeat it</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="159" />
        <source>At least {0} characters. Not your name, not a common word with a number added.</source>
        <translation>Paling sedikit {0} karakter. Bukan nama Anda, bukan kata umum yang ditambah angka.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="163" />
        <source>Too easy to guess: {0}</source>
        <translation>Terlalu mudah ditebak: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="165" />
        <source>Acceptable. Longer is stronger: {0} characters or four words make it strong.</source>
        <translation>Cukup. Makin panjang makin kuat: {0} karakter atau empat kata membuatnya kuat.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="168" />
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="177" />
        <source>The two passwords match.</source>
        <translation>Kedua kata sandi sama.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="180" />
        <source>Not the same as the first one yet.</source>
        <translation>Belum sama dengan yang pertama.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="189" />
        <source>Type a new password.</source>
        <translation>Ketik kata sandi baru.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="196" />
        <source>The second password is not the same as the first. Type it again (or press Show to compare).</source>
        <translation>Kata sandi kedua tidak sama dengan yang pertama. Ketik lagi (atau tekan Tampilkan untuk membandingkan).</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="233" />
        <source>Your recovery code</source>
        <translation>Kode pemulihan Anda</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="235" />
        <source>&lt;p&gt;If you ever forget your password, this code is &lt;b&gt;the only way&lt;/b&gt; back into your records. Nobody else can recover them: not a colleague, not the makers of Peksos Desk.&lt;/p&gt;&lt;p&gt;Write it on paper (or print it) and keep it somewhere safe, away from this laptop. It is shown only now; a new one can be made in Settings while you know the password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jika suatu saat Anda lupa kata sandi, kode ini adalah &lt;b&gt;satu-satunya jalan&lt;/b&gt; untuk membuka kembali catatan Anda. Tidak ada orang lain yang dapat memulihkannya: bukan rekan kerja, bukan pembuat Peksos Desk.&lt;/p&gt;&lt;p&gt;Tulis di kertas (atau cetak) dan simpan di tempat yang aman, jauh dari laptop ini. Kode ini hanya ditampilkan sekarang; kode baru dapat dibuat di Pengaturan selama Anda masih ingat kata sandinya.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="252" />
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="254" />
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="264" />
        <source>I have &amp;written it down and put it in a safe place</source>
        <translation>Saya sudah &amp;mencatatnya dan menyimpannya di tempat yang aman</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="269" />
        <source>&amp;Continue</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="272" />
        <source>Tick the box above to continue.</source>
        <translation>Centang kotak di atas untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="290" />
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="316" />
        <source>Copied. Paste it only somewhere safe; the clipboard is emptied in {0} minutes.</source>
        <translation>Tersalin. Tempelkan hanya di tempat yang aman; papan klip dikosongkan dalam {0} menit.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="340" />
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dijalankan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="348" />
        <source>Sent to the printer.</source>
        <translation>Terkirim ke printer.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="373" />
        <source>Peksos Desk — recovery code</source>
        <translation>Peksos Desk — kode pemulihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="374" />
        <source>This code opens your Peksos Desk records if you forget the password. Keep this page somewhere safe, away from the laptop, where only you can find it.</source>
        <translation>Kode ini membuka catatan Peksos Desk Anda jika Anda lupa kata sandi. Simpan lembar ini di tempat yang aman, jauh dari laptop, yang hanya Anda ketahui.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="380" />
        <source>How to use it: when Peksos Desk asks for the password, choose "Forgot password?", type this code (capital or small letters, with or without the dashes) and choose a new password. You are then given a new code, and this one stops working.</source>
        <translation>Cara memakainya: saat Peksos Desk meminta kata sandi, pilih "Lupa kata sandi?", ketik kode ini (huruf besar atau kecil, dengan atau tanpa tanda hubung) lalu pilih kata sandi baru. Sesudah itu Anda menerima kode baru, dan kode ini tidak berlaku lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/password_setup.py" line="383" />
        <source>Anyone who has this code and the computer can read your records. Do not photograph it, do not send it by message or e-mail.</source>
        <translation>Siapa pun yang memegang kode ini dan komputernya dapat membaca catatan Anda. Jangan memotretnya, jangan mengirimnya lewat pesan atau e-mail.</translation>
    </message>
</context>
<context>
    <name>RecoveryResetPage</name>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="175" />
        <source>Reset the password with the recovery code</source>
        <translation>Atur ulang kata sandi dengan kode pemulihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="177" />
        <source>Type the recovery code you wrote down when the password was chosen (capital or small letters, with or without the dashes), then a new password. Afterwards you get a new recovery code: the old one stops working.</source>
        <translation>Ketik kode pemulihan yang Anda catat saat memilih kata sandi (huruf besar atau kecil, dengan atau tanpa tanda hubung), lalu kata sandi baru. Sesudahnya Anda menerima kode pemulihan baru: kode lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="181" />
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="183" />
        <source>Recovery &amp;code</source>
        <translation>&amp;Kode pemulihan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="203" />
        <source>&amp;Back</source>
        <translation>Kem&amp;bali</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="205" />
        <source>&amp;Reset password</source>
        <translation>&amp;Atur ulang kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="223" />
        <source>Type the recovery code you wrote down.</source>
        <translation>Ketik kode pemulihan yang Anda catat.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="244" />
        <source>Too many wrong tries. Next try in {0} s.</source>
        <translation>Terlalu banyak percobaan yang salah. Coba lagi dalam {0} detik.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="97" />
        <source>&amp;Security</source>
        <translation>Kea&amp;manan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="102" />
        <source>&amp;Change password…</source>
        <translation>&amp;Ganti kata sandi…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="104" />
        <source>New &amp;recovery code…</source>
        <translation>Kode &amp;pemulihan baru…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="106" />
        <source>&amp;Encrypt this store…</source>
        <translation>&amp;Enkripsikan data ini…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="113" />
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="114" />
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="115" />
        <source>Lock after minutes without use</source>
        <translation>Kunci setelah sekian menit tidak dipakai</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="118" />
        <source>Lock &amp;after</source>
        <translation>Kunci s&amp;etelah</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="120" />
        <source>Minutes without keyboard or mouse use before Peksos Desk hides your records behind the lock screen (0: never). Lock at any time with Ctrl+L.</source>
        <translation>Berapa menit tanpa sentuhan papan ketik atau mouse sebelum Peksos Desk menyembunyikan catatan Anda di balik layar kunci (0: tidak pernah). Kunci kapan saja dengan Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="145" />
        <source>Lock screen</source>
        <translation>Layar kunci</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="161" />
        <source>This store is encrypted</source>
        <translation>Data ini terenkripsi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="162" />
        <source>Your records can only be read with your password or your recovery code. Keep the recovery code on paper, away from this laptop.</source>
        <translation>Catatan Anda hanya dapat dibaca dengan kata sandi atau kode pemulihan Anda. Simpan kode pemulihan di kertas, jauh dari laptop ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="164" />
        <source>This store is not encrypted</source>
        <translation>Data ini tidak terenkripsi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="165" />
        <source>Anyone who copies the file can read your records. Encrypt it to protect them with a password.</source>
        <translation>Siapa pun yang menyalin berkasnya dapat membaca catatan Anda. Enkripsikan untuk melindunginya dengan kata sandi.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="166" />
        <source>Demo data: not encrypted</source>
        <translation>Data demo: tidak terenkripsi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="167" />
        <source>This store holds invented records and needs no password. Your own practice is kept in another store, encrypted when you set it up.</source>
        <translation>Data ini berisi catatan rekaan dan tidak memerlukan kata sandi. Data praktik Anda sendiri disimpan terpisah, terenkripsi sejak Anda menyiapkannya.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="169" />
        <source>Store on a database server</source>
        <translation>Data di server basis data</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="170" />
        <source>This store is kept on a PostgreSQL server: its protection (accounts, passwords, disk encryption) is managed there, not in Peksos Desk.</source>
        <translation>Data ini disimpan di server PostgreSQL: perlindungannya (akun, kata sandi, enkripsi disk) diatur di sana, bukan di Peksos Desk.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="200" />
        <source>Password changed. Use the new one from now on; your recovery code still works.</source>
        <translation>Kata sandi sudah diganti. Pakai yang baru mulai sekarang; kode pemulihan Anda tetap berlaku.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="210" />
        <source>A new recovery code was made; the old one no longer works.</source>
        <translation>Kode pemulihan baru sudah dibuat; kode lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/security_settings.py" line="224" />
        <source>The store is encrypted. From now on Peksos Desk asks your password when it starts and when it is unlocked.</source>
        <translation>Data sudah terenkripsi. Mulai sekarang Peksos Desk meminta kata sandi Anda saat dibuka dan saat kuncinya dibuka.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="275" />
        <source>Peksos Desk — password</source>
        <translation>Peksos Desk — kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="283" />
        <source>&amp;Open Peksos Desk</source>
        <translation>&amp;Buka Peksos Desk</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="292" />
        <source>Your records are encrypted</source>
        <translation>Catatan Anda terenkripsi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="293" />
        <source>Type your password to open them.</source>
        <translation>Ketik kata sandi Anda untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="297" />
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/unlock_dialog.py" line="300" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
</TS>