<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="41" />
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="75" />
        <source>Add addendum</source>
        <translation>Tambah adendum</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="46" />
        <source>Addendum to the signed note of the session of {0} at {1} with {2}. The note stays as it was signed; the addendum is kept below it with today's date and its reason.</source>
        <translation>Adendum untuk catatan sesi {0} pukul {1} bersama {2} yang sudah ditandatangani. Catatan itu tetap seperti saat ditandatangani; adendum disimpan di bawahnya dengan tanggal hari ini dan alasannya.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="53" />
        <source>Reason for the addendum</source>
        <translation>Alasan adendum</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="54" />
        <source>e.g. wrong school name written; information received later</source>
        <translation>mis. salah tulis nama sekolah; informasi baru diterima kemudian</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="57" />
        <source>Addendum</source>
        <translation>Isi adendum</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="59" />
        <source>The correction or the added information, in full.</source>
        <translation>Koreksi atau informasi tambahan, selengkapnya.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="60" />
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="62" />
        <source>&amp;Addendum:</source>
        <translation>&amp;Isi adendum:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/addendum_dialog.py" line="77" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DiaryModel</name>
    <message>
        <location filename="../../../ui/models/sessions.py" line="58" />
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="58" />
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="58" />
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="58" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="58" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="59" />
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="59" />
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="59" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="143" />
        <source>no sessions</source>
        <translation>tidak ada sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="145" />
        <source>1 session</source>
        <translation>1 sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="147" />
        <source>{0} sessions</source>
        <translation>{0} sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="149" />
        <source>{0} · today · {1}</source>
        <translation>{0} · hari ini · {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="150" />
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="171" />
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="174" />
        <source>{0} min</source>
        <translation>{0} menit</translation>
    </message>
    <message>
        <location filename="../../../ui/models/sessions.py" line="196" />
        <source>Signed on {0}</source>
        <translation>Ditandatangani pada {0}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="142" />
        <source>Note format</source>
        <translation>Format catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="145" />
        <source>Note f&amp;ormat:</source>
        <translation>&amp;Format catatan:</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="149" />
        <source>Draft status</source>
        <translation>Status draf</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="166" />
        <location filename="../../../ui/widgets/note_editor.py" line="318" />
        <source>Insert template</source>
        <translation>Sisipkan templat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="237" />
        <source>The draft was not saved: {0} Your text is still here.</source>
        <translation>Draf tidak tersimpan: {0} Teks Anda tetap ada di sini.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="319" />
        <source>Insert headed prompts for {0} at the cursor (Ctrl+Shift+T)</source>
        <translation>Sisipkan butir-butir panduan untuk {0} di posisi kursor (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="352" />
        <source>Change note format</source>
        <translation>Ganti format catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="353" />
        <source>In {0} the note has other sections: text from sections it does not have moves into its first section, under a heading saying where it came from. Nothing is deleted.

Change the format?</source>
        <translation>Dalam format {0} catatan punya bagian yang berbeda: teks dari bagian yang tidak ada di format itu dipindah ke bagian pertamanya, di bawah judul yang menyebut asalnya. Tidak ada yang dihapus.

Ganti formatnya?</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="380" />
        <source>Drafts are saved as you type.</source>
        <translation>Draf disimpan otomatis selagi Anda mengetik.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/note_editor.py" line="382" />
        <source>Draft saved {0}</source>
        <translation>Draf tersimpan {0}</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="74" />
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="80" />
        <source>Week shown</source>
        <translation>Minggu yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="85" />
        <source>◀ Previous week</source>
        <translation>◀ Minggu lalu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="86" />
        <source>Previous week (Ctrl+PgUp)</source>
        <translation>Minggu sebelumnya (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="88" />
        <source>&amp;This week</source>
        <translation>&amp;Minggu ini</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="89" />
        <source>Back to this week and today (Ctrl+T)</source>
        <translation>Kembali ke minggu ini dan hari ini (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="91" />
        <source>Next week ▶</source>
        <translation>Minggu depan ▶</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="92" />
        <source>Next week (Ctrl+PgDown)</source>
        <translation>Minggu berikutnya (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="94" />
        <source>Only &amp;unsigned notes</source>
        <translation>Hanya catatan &amp;belum ditandatangani</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="95" />
        <source>Every session, from any week, whose note still waits for a signature</source>
        <translation>Semua sesi, dari minggu mana pun, yang catatannya masih menunggu tanda tangan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="98" />
        <source>&amp;Schedule a session…</source>
        <translation>&amp;Jadwalkan sesi…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="99" />
        <source>Schedule a session (Ctrl+N)</source>
        <translation>Jadwalkan sesi (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="118" />
        <source>Sessions of the week</source>
        <translation>Sesi minggu ini</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="151" />
        <source>Enter or double-click opens a session.</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka sesi.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="199" />
        <source>Only &amp;unsigned notes ({0})</source>
        <translation>Hanya catatan &amp;belum ditandatangani ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="202" />
        <source>Notes waiting for a signature, oldest first</source>
        <translation>Catatan yang menunggu tanda tangan, dari yang terlama</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="203" />
        <source>No note is waiting for a signature.</source>
        <translation>Tidak ada catatan yang menunggu tanda tangan.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="258" />
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="285" />
        <source>Leave the session?</source>
        <translation>Tinggalkan sesi ini?</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/schedule.py" line="286" />
        <source>The note's last changes could not be saved. If you leave now, they are lost.

Leave anyway?</source>
        <translation>Perubahan terakhir pada catatan tidak dapat disimpan. Jika Anda pergi sekarang, perubahan itu hilang.

Tetap tinggalkan?</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="67" />
        <source>Reschedule session</source>
        <translation>Jadwal ulang sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="67" />
        <source>Schedule a session</source>
        <translation>Jadwalkan sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="85" />
        <location filename="../../../ui/dialogs/session_dialog.py" line="270" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="90" />
        <source>&amp;Case:</source>
        <translation>&amp;Kasus:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="98" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="101" />
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="110" />
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="117" />
        <source>Start &amp;time:</source>
        <translation>&amp;Jam mulai:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="123" />
        <source>Service type</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="129" />
        <source>{0} (no longer offered)</source>
        <translation>{0} (tidak ditawarkan lagi)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="131" />
        <source>No service type (not billed)</source>
        <translation>Tanpa jenis layanan (tidak ditagih)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="132" />
        <source>&amp;Service type:</source>
        <translation>Jenis &amp;layanan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="139" />
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="140" />
        <source>Duration in minutes</source>
        <translation>Durasi dalam menit</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="143" />
        <source>D&amp;uration:</source>
        <translation>&amp;Durasi:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="149" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="152" />
        <source>&amp;Place:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="158" />
        <source>Note format</source>
        <translation>Format catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="162" />
        <source>Note f&amp;ormat:</source>
        <translation>&amp;Format catatan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="178" />
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="178" />
        <source>Schedule</source>
        <translation>Jadwalkan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="181" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="201" />
        <source>There is no open case yet: open a case first, then schedule its sessions.</source>
        <translation>Belum ada kasus yang berjalan: buka kasus dulu, lalu jadwalkan sesinya.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="241" />
        <source>Choose a case from the list: type part of its number or of the client's name until one case is left.</source>
        <translation>Pilih kasus dari daftar: ketik sebagian nomor kasus atau nama klien sampai tersisa satu kasus.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="282" />
        <source>Type a case number or a client's name</source>
        <translation>Ketik nomor kasus atau nama klien</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/session_dialog.py" line="287" />
        <source>{0} · {1} · {2} min</source>
        <translation>{0} · {1} · {2} menit</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="67" />
        <source>← Back to the schedule</source>
        <translation>← Kembali ke jadwal</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="68" />
        <source>Back to the schedule (Alt+Left, Esc)</source>
        <translation>Kembali ke jadwal (Alt+Kiri, Esc)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="73" />
        <source>&amp;Reschedule…</source>
        <translation>Jadwal &amp;ulang…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="80" />
        <source>&amp;Print note…</source>
        <translation>C&amp;etak catatan…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="81" />
        <source>Preview and print this session's case note (PDF)</source>
        <translation>Pratinjau dan cetak catatan kasus sesi ini (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="92" />
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="93" />
        <source>Open the client's record</source>
        <translation>Buka data klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="95" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="96" />
        <source>Open the case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="103" />
        <source>Client:</source>
        <translation>Klien:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="104" />
        <source>Case:</source>
        <translation>Kasus:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="105" />
        <source>When:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="107" />
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="108" />
        <source>Service:</source>
        <translation>Layanan:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="109" />
        <source>Fee:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="120" />
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="123" />
        <source>Attendance:</source>
        <translation>Kehadiran:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="127" />
        <source>&amp;Attended</source>
        <translation>&amp;Hadir</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="128" />
        <source>Did &amp;not attend</source>
        <translation>&amp;Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="129" />
        <source>Cance&amp;lled</source>
        <translation>&amp;Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="149" />
        <source>Session note</source>
        <translation>Catatan sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="151" />
        <source>&amp;Sign note</source>
        <translation>T&amp;andatangani catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="152" />
        <source>Sign the note (Ctrl+Enter); it cannot be changed afterwards</source>
        <translation>Tandatangani catatan (Ctrl+Enter); sesudahnya catatan tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="168" />
        <source>Addenda</source>
        <translation>Adendum</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="171" />
        <source>A&amp;dd addendum…</source>
        <translation>Tambah ade&amp;ndum…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="250" />
        <source>Sign note</source>
        <translation>Tandatangani catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="251" />
        <source>Sign the note of this session now?

Once signed, the note can no longer be changed. Corrections are added afterwards as addenda, each with its date and reason.</source>
        <translation>Tandatangani catatan sesi ini sekarang?

Setelah ditandatangani, catatan tidak dapat diubah lagi. Koreksi ditambahkan sesudahnya sebagai adendum, masing-masing dengan tanggal dan alasannya.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="256" />
        <source>The note was not signed because its last changes could not be saved.</source>
        <translation>Catatan tidak ditandatangani karena perubahan terakhirnya tidak dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="312" />
        <source>Signed on {0}. This note can no longer be changed; to correct or complete it, add an addendum.</source>
        <translation>Ditandatangani pada {0}. Catatan ini tidak dapat diubah lagi; untuk mengoreksi atau melengkapinya, tambahkan adendum.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="320" />
        <source>Session with {0}</source>
        <translation>Sesi bersama {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="324" />
        <source>{0}, {1}–{2} {3} ({4} min)</source>
        <translation>{0}, {1}–{2} {3} ({4} menit)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="328" />
        <source>none (not billed)</source>
        <translation>tidak ada (tidak ditagih)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="330" />
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="353" />
        <source>&lt;b&gt;Addendum {0}&lt;/b&gt; · {1}&lt;br&gt;Reason: {2}</source>
        <translation>&lt;b&gt;Adendum {0}&lt;/b&gt; · {1}&lt;br&gt;Alasan: {2}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/session_page.py" line="365" />
        <source>No addenda.</source>
        <translation>Belum ada adendum.</translation>
    </message>
</context>
</TS>