<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AutomaticBackups</name>
    <message>
        <location filename="../../../ui/backup_runner.py" line="201"/>
        <source>Making the daily backup…</source>
        <translation>Membuat cadangan harian…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="213"/>
        <source>Daily backup made: {0}</source>
        <translation>Cadangan harian dibuat: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="220"/>
        <source>The daily backup was not made: {0}</source>
        <translation>Cadangan harian tidak dibuat: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="224"/>
        <location filename="../../../ui/backup_runner.py" line="260"/>
        <source>Backup not made</source>
        <translation>Cadangan tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="225"/>
        <source>The daily backup was not made.

{0}

Your data is safe in the store; the app tries again later. You can change the backup folder in Settings → Backups.</source>
        <translation>Cadangan harian tidak dibuat.

{0}

Data Anda tetap aman di penyimpanan; aplikasi mencoba lagi nanti. Folder cadangan dapat diganti di Pengaturan → Cadangan.</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="241"/>
        <source>Making a backup before closing…</source>
        <translation>Membuat cadangan sebelum menutup…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="242"/>
        <source>Peksos Desk</source>
        <translation>Peksos Desk</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="261"/>
        <source>The backup on closing was not made.

{0}

Peksos Desk closes anyway; your data is safe in the store.</source>
        <translation>Cadangan saat menutup tidak dibuat.

{0}

Peksos Desk tetap ditutup; data Anda aman di penyimpanan.</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <location filename="../../../ui/backup_runner.py" line="68"/>
        <source>The work stopped because of an unexpected error; nothing was changed. The details are in the log.</source>
        <translation>Pekerjaan berhenti karena kesalahan tak terduga; tidak ada yang diubah. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="102"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="103"/>
        <source>Peksos Desk</source>
        <translation>Peksos Desk</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_runner.py" line="125"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="52"/>
        <location filename="../../../ui/widgets/backup_settings.py" line="54"/>
        <source>Password of the backup</source>
        <translation>Kata sandi cadangan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="56"/>
        <source>The backup {0} is encrypted. Enter the password this store had when the backup was made; the recovery code of that time works too.</source>
        <translation>Cadangan {0} terenkripsi. Masukkan kata sandi yang dipakai data ini saat cadangan dibuat; kode pemulihan pada waktu itu juga dapat dipakai.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="92"/>
        <source>A backup is a complete copy of your records, made while you keep working. Keep backups on a USB drive or another disk, so they survive if this laptop is lost or broken. An encrypted store&apos;s backups are encrypted too: each has its key file beside it, and opens only with the password the store had when the backup was made.</source>
        <translation>Cadangan adalah salinan lengkap catatan Anda, dibuat sambil Anda tetap bekerja. Simpan cadangan di diska USB atau disk lain, agar tetap ada jika laptop ini hilang atau rusak. Cadangan dari data terenkripsi juga terenkripsi: masing-masing disertai berkas kuncinya, dan hanya terbuka dengan kata sandi yang berlaku saat cadangan dibuat.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="101"/>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="102"/>
        <source>C&amp;hoose folder…</source>
        <translation>Pi&amp;lih folder…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="113"/>
        <source>Back up &amp;automatically: when Peksos Desk closes, and once a day</source>
        <translation>Cadangkan otomati&amp;s: saat Peksos Desk ditutup, dan sekali sehari</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="114"/>
        <source>Automatic backups</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="123"/>
        <source>Automatic backups keep the newest of each of the last 7 days, 4 weeks and 12 months; backups you make yourself are kept apart, the last 10.</source>
        <translation>Dari cadangan otomatis disimpan yang terbaru untuk setiap 7 hari, 4 minggu, dan 12 bulan terakhir; cadangan yang Anda buat sendiri disimpan terpisah, 10 yang terakhir.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="132"/>
        <source>Backups in the folder</source>
        <translation>Cadangan di folder</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="145"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="147"/>
        <source>&amp;Verify…</source>
        <translation>P&amp;eriksa…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="148"/>
        <source>Check that the selected backup (or a file you choose) is whole and can be restored</source>
        <translation>Periksa apakah cadangan yang dipilih (atau berkas yang Anda pilih) utuh dan dapat dipulihkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="104"/>
        <source>Use the defa&amp;ult folder</source>
        <translation>Pakai folder &amp;bawaan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="110"/>
        <source>Backup f&amp;older:</source>
        <translation>&amp;Folder cadangan:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="151"/>
        <source>Res&amp;tore…</source>
        <translation>P&amp;ulihkan…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="152"/>
        <source>Replace your records with the selected backup (or a file you choose); the current store is kept aside</source>
        <translation>Ganti catatan Anda dengan cadangan yang dipilih (atau berkas yang Anda pilih); data saat ini disimpan di samping</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="185"/>
        <source>Bac&amp;kups</source>
        <translation>Cada&amp;ngan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="191"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="192"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="193"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="195"/>
        <source>Encrypted</source>
        <translation>Terenkripsi</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="195"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="195"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="196"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="207"/>
        <source>Choose the backup folder</source>
        <translation>Pilih folder cadangan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="213"/>
        <source>Backups go to {0} from now on.</source>
        <translation>Mulai sekarang cadangan disimpan di {0}.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="219"/>
        <source>Backups go to the default folder beside the store.</source>
        <translation>Cadangan disimpan di folder bawaan, di samping data.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="225"/>
        <source>Automatic backups are on.</source>
        <translation>Cadangan otomatis aktif.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="226"/>
        <source>Automatic backups are off. Remember to back up yourself, to a drive kept apart from this laptop.</source>
        <translation>Cadangan otomatis mati. Ingatlah mencadangkan sendiri, ke drive yang disimpan terpisah dari laptop ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="247"/>
        <source>Last backup: {0} ({1}).</source>
        <translation>Cadangan terakhir: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="250"/>
        <source>The folder is not there now. Plug in its drive, or choose another folder.</source>
        <translation>Folder itu sekarang tidak ada. Pasang drivenya, atau pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="253"/>
        <source>No backup in this folder yet.</source>
        <translation>Belum ada cadangan di folder ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="280"/>
        <source>Making a backup…</source>
        <translation>Membuat cadangan…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="282"/>
        <source>Making a backup of your records…</source>
        <translation>Membuat cadangan catatan Anda…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="292"/>
        <source>Backup made: {0}</source>
        <translation>Cadangan dibuat: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="294"/>
        <source>The backup was cancelled; no file was left behind.</source>
        <translation>Pencadangan dibatalkan; tidak ada berkas yang tertinggal.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="296"/>
        <source>The backup was not made.</source>
        <translation>Cadangan tidak dibuat.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="297"/>
        <source>Backup not made</source>
        <translation>Cadangan tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="308"/>
        <source>Peksos Desk backups (*.db);;All files (*)</source>
        <translation>Cadangan Peksos Desk (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="324"/>
        <source>{0} — clients: {1}, cases: {2}, sessions: {3}</source>
        <translation>{0} — klien: {1}, kasus: {2}, sesi: {3}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="333"/>
        <source>Choose a backup to verify</source>
        <translation>Pilih cadangan yang akan diperiksa</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="340"/>
        <location filename="../../../ui/widgets/backup_settings.py" line="370"/>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="348"/>
        <source>The backup is whole and can be restored.

{0}</source>
        <translation>Cadangan utuh dan dapat dipulihkan.

{0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="350"/>
        <source>It was made by an older version; restoring it upgrades it.</source>
        <translation>Cadangan ini dibuat oleh versi lama; saat dipulihkan, datanya diperbarui.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="351"/>
        <source>Backup verified: {0}</source>
        <translation>Cadangan diperiksa: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="352"/>
        <source>Backup verified</source>
        <translation>Cadangan diperiksa</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="354"/>
        <source>The backup did not pass its check.</source>
        <translation>Cadangan tidak lolos pemeriksaan.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="355"/>
        <source>Backup not usable</source>
        <translation>Cadangan tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="363"/>
        <source>Choose a backup to restore</source>
        <translation>Pilih cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="380"/>
        <location filename="../../../ui/widgets/backup_settings.py" line="415"/>
        <location filename="../../../ui/widgets/backup_settings.py" line="420"/>
        <source>Backup not restored</source>
        <translation>Cadangan tidak dipulihkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="385"/>
        <source>Restore this backup?

{0}

Everything now in your store {1} will be replaced by the backup: what you recorded after {2} will no longer be shown. The current store is not deleted: it is kept beside it as {3}.before-restore-&lt;time&gt;{4}.</source>
        <translation>Pulihkan cadangan ini?

{0}

Seluruh isi data Anda {1} akan diganti dengan cadangan ini: yang Anda catat setelah {2} tidak akan tampil lagi. Data saat ini tidak dihapus: disimpan di sampingnya sebagai {3}.before-restore-&lt;waktu&gt;{4}.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="389"/>
        <source>the backup was made</source>
        <translation>cadangan dibuat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="391"/>
        <source>After the restore, the store opens with the password it had when the backup was made.</source>
        <translation>Setelah dipulihkan, data dibuka dengan kata sandi yang berlaku saat cadangan dibuat.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="394"/>
        <source>The backup was made by an older version; it is upgraded when restored.</source>
        <translation>Cadangan ini dibuat oleh versi lama; datanya diperbarui saat dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="395"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="396"/>
        <source>Nothing was restored.</source>
        <translation>Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="403"/>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="413"/>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Pemulihan dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="425"/>
        <source>The backup was restored: {0}</source>
        <translation>Cadangan dipulihkan: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="427"/>
        <source>Your previous store is kept as {0}.</source>
        <translation>Data Anda sebelumnya disimpan sebagai {0}.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="429"/>
        <source>From now on the store opens with the password it had when the backup was made.</source>
        <translation>Mulai sekarang data dibuka dengan kata sandi yang berlaku saat cadangan dibuat.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/backup_settings.py" line="432"/>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
</context>
</TS>
