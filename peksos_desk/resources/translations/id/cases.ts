<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AssessmentEditor</name>
    <message>
        <location filename="../../../ui/widgets/assessment_editor.py" line="46" />
        <source>Assessment save state</source>
        <translation>Status penyimpanan asesmen</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/assessment_editor.py" line="48" />
        <source>&amp;Save assessment</source>
        <translation>&amp;Simpan asesmen</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/assessment_editor.py" line="49" />
        <source>Save every changed section (Ctrl+S)</source>
        <translation>Simpan semua bagian yang diubah (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/assessment_editor.py" line="153" />
        <source>{0} (not saved)</source>
        <translation>{0} (belum disimpan)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/assessment_editor.py" line="166" />
        <source>1 section changed and not saved yet.</source>
        <translation>1 bagian diubah dan belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/assessment_editor.py" line="167" />
        <source>{0} sections changed and not saved yet.</source>
        <translation>{0} bagian diubah dan belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/assessment_editor.py" line="170" />
        <source>Every section is saved.</source>
        <translation>Semua bagian sudah disimpan.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="114" />
        <source>← &amp;Case list</source>
        <translation>← &amp;Daftar kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="115" />
        <source>Back to the case list (Alt+Left)</source>
        <translation>Kembali ke daftar kasus (Alt+Kiri)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="128" />
        <source>C&amp;lose case</source>
        <translation>Tutup &amp;kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="129" />
        <source>Archive the case: it is kept for the record and can no longer change.</source>
        <translation>Arsipkan kasus: kasus tetap tersimpan sebagai catatan dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="137" />
        <source>Case closed</source>
        <translation>Kasus ditutup</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="146" />
        <location filename="../../../ui/pages/case_detail.py" line="240" />
        <source>Stage history</source>
        <translation>Riwayat tahap</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="149" />
        <location filename="../../../ui/pages/case_detail.py" line="584" />
        <source>Assessment</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="150" />
        <source>Intervention plan</source>
        <translation>Rencana intervensi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="151" />
        <location filename="../../../ui/pages/case_detail.py" line="316" />
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="188" />
        <source>Field of practice</source>
        <translation>Bidang praktik</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="189" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="190" />
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="191" />
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="192" />
        <source>Referral source</source>
        <translation>Sumber rujukan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="194" />
        <source>Client:</source>
        <translation>Klien:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="194" />
        <source>Referral source:</source>
        <translation>Sumber rujukan:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="195" />
        <source>Field:</source>
        <translation>Bidang:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="195" />
        <source>Setting:</source>
        <translation>Setting:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="196" />
        <source>Opened:</source>
        <translation>Dibuka:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="196" />
        <source>Closed:</source>
        <translation>Ditutup:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="205" />
        <source>Presenting problem</source>
        <translation>Masalah yang dihadapi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="206" />
        <source>Presenting problem:</source>
        <translation>Masalah yang dihadapi:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="209" />
        <source>Payer</source>
        <translation>Pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="210" />
        <source>Change &amp;payer…</source>
        <translation>Ubah &amp;pembayar…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="211" />
        <source>Change who pays for the case</source>
        <translation>Ubah siapa yang membayar kasus ini</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="217" />
        <source>Payer:</source>
        <translation>Pembayar:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="229" />
        <source>Current stage</source>
        <translation>Tahap saat ini</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="250" />
        <source>Outcome</source>
        <translation>Hasil akhir</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="258" />
        <source>&amp;Add goal</source>
        <translation>&amp;Tambah tujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="260" />
        <source>&amp;Edit goal</source>
        <translation>&amp;Ubah tujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="272" />
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="288" />
        <source>&amp;Schedule session</source>
        <translation>&amp;Jadwalkan sesi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="290" />
        <source>Double-click a session (or press Enter) to open its note.</source>
        <translation>Klik dua kali pada sesi (atau tekan Enter) untuk membuka catatannya.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="292" />
        <source>&amp;Print case notes…</source>
        <translation>C&amp;etak catatan kasus…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="293" />
        <source>Preview and print every session note of this case (PDF)</source>
        <translation>Pratinjau dan cetak semua catatan sesi kasus ini (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="297" />
        <source>Social &amp;report…</source>
        <translation>Lapora&amp;n sosial…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="298" />
        <source>Preview and print the laporan sosial of this case (PDF)</source>
        <translation>Pratinjau dan cetak laporan sosial kasus ini (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="301" />
        <source>Assessment &amp;form…</source>
        <translation>For&amp;mulir asesmen…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="302" />
        <source>Preview and print the formulir asesmen of this case (PDF)</source>
        <translation>Pratinjau dan cetak formulir asesmen kasus ini (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="305" />
        <source>Referral le&amp;tter…</source>
        <translation>Surat rujuk&amp;an…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="306" />
        <source>Write a surat rujukan to an institution of the referral directory (PDF)</source>
        <translation>Buat surat rujukan ke lembaga dalam direktori rujukan (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="354" />
        <source>Case {0} — {1}</source>
        <translation>Kasus {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="355" />
        <location filename="../../../ui/pages/case_detail.py" line="409" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="356" />
        <source>Open client {0}</source>
        <translation>Buka klien {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="357" />
        <source>Open the client's page</source>
        <translation>Buka halaman klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="361" />
        <source>— (open)</source>
        <translation>— (masih berjalan)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="366" />
        <source>A closed case can no longer change.</source>
        <translation>Kasus yang sudah ditutup tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="367" />
        <source>Choose who pays for the sessions of this case</source>
        <translation>Pilih siapa yang membayar sesi kasus ini</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="371" />
        <source>Closed on {0}. This case is kept for the record and can no longer change.</source>
        <translation>Ditutup pada {0}. Kasus ini tersimpan sebagai arsip dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="378" />
        <source>Now at stage {0} of 7: {1} — since {2} ({3}).</source>
        <translation>Saat ini pada tahap {0} dari 7: {1} — sejak {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="380" />
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="380" />
        <source>{0} days</source>
        <translation>{0} hari</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="390" />
        <source>1 goal is past its target date</source>
        <translation>1 tujuan melewati tanggal target</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="392" />
        <source>{0} goals are past their target date</source>
        <translation>{0} tujuan melewati tanggal target</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="396" />
        <source>A closed case gets no new sessions.</source>
        <translation>Kasus yang sudah ditutup tidak mendapat sesi baru.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="411" />
        <source>The client ({0})</source>
        <translation>Klien sendiri ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="420" />
        <source>Referred to {0}. Reason: {1}</source>
        <translation>Dirujuk ke {0}. Alasan: {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="422" />
        <source>Termination summary: {0}</source>
        <translation>Ringkasan terminasi: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="440" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="445" />
        <source>Move the case to: {0}</source>
        <translation>Pindahkan kasus ke: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="451" />
        <source>A referred case makes no further moves; close it when the referral is done.</source>
        <translation>Kasus yang sudah dirujuk tidak berpindah tahap lagi; tutup kasus setelah rujukan selesai.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="476" />
        <source>Close case</source>
        <translation>Tutup kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="477" />
        <source>Close case {0} of {1}? A closed case is kept for the record but can no longer change, and no new sessions can be scheduled for it.</source>
        <translation>Tutup kasus {0} atas nama {1}? Kasus yang ditutup tetap tersimpan sebagai arsip, tetapi tidak dapat diubah lagi dan tidak dapat dijadwalkan sesi baru.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="484" />
        <source>The case was not closed</source>
        <translation>Kasus tidak ditutup</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="584" />
        <source>Assessment *</source>
        <translation>Asesmen *</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="593" />
        <source>Unsaved assessment</source>
        <translation>Asesmen belum disimpan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="594" />
        <source>The assessment of case {0} has changes that are not saved. Leave without saving them?</source>
        <translation>Asesmen kasus {0} memiliki perubahan yang belum disimpan. Tinggalkan tanpa menyimpannya?</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/case_detail.py" line="604" />
        <source>The assessment was not saved</source>
        <translation>Asesmen tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../../ui/models/cases.py" line="48" />
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="49" />
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="51" />
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="53" />
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="54" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="56" />
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="57" />
        <source>Days in stage</source>
        <translation>Hari di tahap ini</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="106" />
        <source>{0} (closed)</source>
        <translation>{0} (ditutup)</translation>
    </message>
</context>
<context>
    <name>CasePayerDialog</name>
    <message>
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="33" />
        <source>Payer of case {0}</source>
        <translation>Pembayar kasus {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="37" />
        <source>Sessions not yet invoiced are billed to the payer chosen here. Add family members and institutions under Finance → Payers.</source>
        <translation>Sesi yang belum masuk tagihan ditagihkan kepada pembayar yang dipilih di sini. Tambahkan anggota keluarga dan lembaga di Keuangan → Pembayar.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="41" />
        <source>Payer</source>
        <translation>Pembayar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="45" />
        <source>The client pays</source>
        <translation>Klien membayar sendiri</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="47" />
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="51" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="57" />
        <source>&amp;Payer:</source>
        <translation>&amp;Pembayar:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="63" />
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="64" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/case_payer_dialog.py" line="90" />
        <source>The payer was not changed</source>
        <translation>Pembayar tidak diubah</translation>
    </message>
</context>
<context>
    <name>CaseSessionsModel</name>
    <message>
        <location filename="../../../ui/models/cases.py" line="202" />
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="204" />
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="205" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="206" />
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="207" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="214" />
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="216" />
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="217" />
        <source>Not written</source>
        <translation>Belum ditulis</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../../ui/pages/cases.py" line="75" />
        <location filename="../../../ui/pages/cases.py" line="120" />
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="80" />
        <source>&amp;Blank assessment form…</source>
        <translation>&amp;Formulir asesmen kosong…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="81" />
        <source>Preview and print an empty formulir asesmen to fill in by hand (PDF)</source>
        <translation>Pratinjau dan cetak formulir asesmen kosong untuk diisi tangan (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="92" />
        <source>Case number or client name</source>
        <translation>Nomor kasus atau nama klien</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="93" />
        <source>Search cases</source>
        <translation>Cari kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="97" />
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="102" />
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="103" />
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="105" />
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="108" />
        <source>S&amp;tage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="112" />
        <source>Show c&amp;losed cases</source>
        <translation>Tampilkan kasus yang &amp;ditutup</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="153" />
        <source>Number of cases</source>
        <translation>Jumlah kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="155" />
        <source>Press Enter or double-click to open a case.</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka kasus.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="187" />
        <source>1 case</source>
        <translation>1 kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="187" />
        <source>{0} cases</source>
        <translation>{0} kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="189" />
        <source>No case matches the search and the stage chosen.</source>
        <translation>Tidak ada kasus yang cocok dengan pencarian dan tahap yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="191" />
        <source>No cases yet.</source>
        <translation>Belum ada kasus.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="193" />
        <source>No open cases.</source>
        <translation>Tidak ada kasus yang sedang berjalan.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/cases.py" line="225" />
        <location filename="../../../ui/pages/cases.py" line="253" />
        <source>The case cannot be shown</source>
        <translation>Kasus tidak dapat ditampilkan</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="50" />
        <source>Edit goal</source>
        <translation>Ubah tujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="50" />
        <source>Add goal</source>
        <translation>Tambah tujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="61" />
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="62" />
        <source>What should be different, e.g. the child attends school again.</source>
        <translation>Apa yang diharapkan berubah, mis. anak kembali bersekolah.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="63" />
        <source>&amp;Goal:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="68" />
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="69" />
        <source>How: home visits, meeting with the school, referral...</source>
        <translation>Caranya: kunjungan rumah, pertemuan dengan sekolah, rujukan...</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="70" />
        <source>&amp;Activities:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="74" />
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="75" />
        <source>e.g. the social worker, the client's mother, the school</source>
        <translation>mis. pekerja sosial, ibu klien, pihak sekolah</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="76" />
        <source>&amp;Responsible:</source>
        <translation>&amp;Penanggung jawab:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="78" />
        <source>&amp;Target date:</source>
        <translation>Tanggal ta&amp;rget:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="79" />
        <source>Has a target date</source>
        <translation>Ada tanggal target</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="84" />
        <source>Target date</source>
        <translation>Tanggal target</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="89" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="92" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="97" />
        <source>Progress in percent</source>
        <translation>Kemajuan dalam persen</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="102" />
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/goal_dialog.py" line="108" />
        <source>&amp;Progress:</source>
        <translation>Ke&amp;majuan:</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../../ui/models/cases.py" line="146" />
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="148" />
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="149" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="151" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="153" />
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="170" />
        <source>{0} — overdue</source>
        <translation>{0} — lewat target</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="175" />
        <source>Past its target date and not yet achieved.</source>
        <translation>Sudah melewati tanggal target dan belum tercapai.</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="181" />
        <source>{0}

Activities:
{1}</source>
        <translation>{0}

Kegiatan:
{1}</translation>
    </message>
</context>
<context>
    <name>StageHistoryModel</name>
    <message>
        <location filename="../../../ui/models/cases.py" line="115" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="117" />
        <source>From → to</source>
        <translation>Dari → ke</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="118" />
        <source>Kind of move</source>
        <translation>Jenis perpindahan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="119" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="128" />
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/models/cases.py" line="134" />
        <source>Case opened</source>
        <translation>Kasus dibuka</translation>
    </message>
</context>
<context>
    <name>StageMoveDialog</name>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="58" />
        <source>{0} — case {1}</source>
        <translation>{0} — kasus {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="70" />
        <source>Stage to move to</source>
        <translation>Tahap tujuan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="75" />
        <source>Back &amp;to stage:</source>
        <translation>Kembali &amp;ke tahap:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="85" />
        <source>Date of the move</source>
        <translation>Tanggal perpindahan tahap</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="86" />
        <source>Between the previous move ({0}) and today.</source>
        <translation>Antara perpindahan sebelumnya ({0}) dan hari ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="88" />
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="94" />
        <source>&amp;Reason for re-assessment (required):</source>
        <translation>&amp;Alasan asesmen ulang (wajib):</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="95" />
        <source>Reason for re-assessment</source>
        <translation>Alasan asesmen ulang</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="96" />
        <source>What came up that needs the case assessed again?</source>
        <translation>Apa yang muncul sehingga kasus perlu diases ulang?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="98" />
        <source>&amp;Note (optional):</source>
        <translation>&amp;Catatan (opsional):</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="99" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="103" />
        <source>Termination summary</source>
        <translation>Ringkasan terminasi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="104" />
        <source>Goals reached, the client's situation now, any follow-up agreed.</source>
        <translation>Tujuan yang tercapai, keadaan klien saat ini, tindak lanjut yang disepakati.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="107" />
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="108" />
        <source>e.g. UPTD PPA Kota Bandung</source>
        <translation>mis. UPTD PPA Kota Bandung</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="113" />
        <source>Reason for referral</source>
        <translation>Alasan rujukan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="116" />
        <source>Termination &amp;summary (required):</source>
        <translation>&amp;Ringkasan terminasi (wajib):</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="120" />
        <source>Referred &amp;to (required):</source>
        <translation>Di&amp;rujuk ke (wajib):</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="121" />
        <source>&amp;Reason for referral (required):</source>
        <translation>&amp;Alasan rujukan (wajib):</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/stage_move.py" line="158" />
        <source>Case {0}, {1}: from {2} to {3}.</source>
        <translation>Kasus {0}, {1}: dari {2} ke {3}.</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="77" />
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="101" />
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="102" />
        <source>current stage</source>
        <translation>tahap saat ini</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="103" />
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="104" />
        <source>reached before the case stepped back</source>
        <translation>pernah dicapai sebelum kasus kembali ke tahap sebelumnya</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="105" />
        <source>skipped: the case ended before it</source>
        <translation>dilewati: kasus berakhir sebelum tahap ini</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="106" />
        <source>does not apply: the case was referred</source>
        <translation>tidak berlaku: kasus sudah dirujuk</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="120" />
        <source>Case stage</source>
        <translation>Tahap kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="152" />
        <source>No case shown.</source>
        <translation>Tidak ada kasus yang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="154" />
        <source>Stage {0} of {1}: {2}.</source>
        <translation>Tahap {0} dari {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="157" />
        <source>Stepped back for re-assessment; reached before: {0}.</source>
        <translation>Kembali untuk asesmen ulang; tahap yang pernah dicapai: {0}.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="160" />
        <source>Stages not gone through: {0}.</source>
        <translation>Tahap yang tidak dilalui: {0}.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="162" />
        <source>The case is closed.</source>
        <translation>Kasus sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/stage_stepper.py" line="279" />
        <source>{0}. {1}: {2}</source>
        <translation>{0}. {1}: {2}</translation>
    </message>
</context>
</TS>