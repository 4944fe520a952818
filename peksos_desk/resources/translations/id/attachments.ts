<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="64" />
        <source>Add attachment</source>
        <translation>Tambah lampiran</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="64" />
        <source>Attachment details</source>
        <translation>Rincian lampiran</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="75" />
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="108" />
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="76" />
        <source>File: {0}</source>
        <translation>Berkas: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="77" />
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="86" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="87" />
        <source>e.g. Consent form signed by the mother, School report semester 1</source>
        <translation>mis. Surat persetujuan ditandatangani ibu, Rapor semester 1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="88" />
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="90" />
        <source>&amp;Dated:</source>
        <translation>Ber&amp;tanggal:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="91" />
        <source>The document has a date</source>
        <translation>Dokumen ini bertanggal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="96" />
        <source>Document date</source>
        <translation>Tanggal dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="97" />
        <source>The date written on the document (a letter's date, a report's date)</source>
        <translation>Tanggal yang tertulis pada dokumen (tanggal surat, tanggal rapor)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="105" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="106" />
        <source>None — the client's own document</source>
        <translation>Tidak ada — dokumen klien sendiri</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="110" />
        <source>{0} (closed)</source>
        <translation>{0} (ditutup)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="115" />
        <source>&amp;Case:</source>
        <translation>&amp;Kasus:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="120" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="121" />
        <source>Optional: where the document came from, what matters in it</source>
        <translation>Opsional: dari mana dokumen ini, apa yang penting di dalamnya</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="122" />
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="199" />
        <source>to case {0}</source>
        <translation>pada kasus {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="200" />
        <source>to the client</source>
        <translation>pada klien</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="202" />
        <source>This file is already attached {0} as "{1}" (added {2}).

Add it again anyway?</source>
        <translation>Berkas ini sudah dilampirkan {0} dengan judul "{1}" (ditambahkan {2}).

Tetap lampirkan lagi?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_dialog.py" line="179" />
        <source>Same file</source>
        <translation>Berkas yang sama</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="49" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="50" />
        <source>{0}
File: {1}</source>
        <translation>{0}
Berkas: {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="51" />
        <source>Document date</source>
        <translation>Tanggal dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="53" />
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="53" />
        <source>Client (no case)</source>
        <translation>Klien (tanpa kasus)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="55" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="56" />
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="98" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="190" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="429" />
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="121" />
        <source>No attachments</source>
        <translation>Belum ada lampiran</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="127" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="232" />
        <source>Attach scanned documents or photos (PDF, PNG, JPEG; up to {0} each)</source>
        <translation>Lampirkan hasil pindaian dokumen atau foto (PDF, PNG, JPEG; paling besar {0} per berkas)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="130" />
        <source>&amp;Open</source>
        <translation>L&amp;ihat</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="131" />
        <source>Show the attachment (or double-click it)</source>
        <translation>Tampilkan lampiran (atau klik dua kali)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="134" />
        <source>Write a copy of the file to a folder you choose</source>
        <translation>Simpan salinan berkas ke folder pilihan Anda</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="126" />
        <source>A&amp;dd…</source>
        <translation>&amp;Lampirkan…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="133" />
        <source>Sa&amp;ve a copy…</source>
        <translation>Simpan &amp;salinan…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="136" />
        <source>Ed&amp;it details…</source>
        <translation>Ubah &amp;rincian…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="138" />
        <source>Re&amp;move…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="163" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="172" />
        <source>Restore the client from the archive first</source>
        <translation>Pulihkan klien dari arsip terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="174" />
        <source>A closed case can no longer change; attach new documents to the client.</source>
        <translation>Kasus yang sudah ditutup tidak dapat diubah lagi; lampirkan dokumen baru pada klien.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="197" />
        <source>No documents are attached to this case yet.</source>
        <translation>Belum ada dokumen yang dilampirkan pada kasus ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="199" />
        <source>No documents are attached to this client yet.</source>
        <translation>Belum ada dokumen yang dilampirkan pada klien ini.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="200" />
        <source>Scanned consent forms, school reports, court letters and photos (PDF, PNG or JPEG) are kept inside the practice's store. Use Add… or drag files here.</source>
        <translation>Hasil pindaian surat persetujuan, rapor sekolah, surat pengadilan, dan foto (PDF, PNG, atau JPEG) disimpan di dalam data praktik. Gunakan Lampirkan… atau seret berkas ke sini.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="203" />
        <source>{0} of {1} used by this client</source>
        <translation>{0} dari {1} terpakai untuk klien ini</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="236" />
        <source>A closed case can no longer change.</source>
        <translation>Kasus yang sudah ditutup tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="239" />
        <source>Change the title, date, case or notes</source>
        <translation>Ubah judul, tanggal, kasus, atau catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="247" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="256" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="274" />
        <source>Attach files</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="248" />
        <source>PDF and images ({0})</source>
        <translation>PDF dan gambar ({0})</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="266" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="269" />
        <source>{0}: the file cannot be read ({1}).</source>
        <translation>{0}: berkas tidak dapat dibaca ({1}).</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="342" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="359" />
        <source>Open attachment</source>
        <translation>Lihat lampiran</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="359" />
        <source>The file could not be prepared for viewing: {0}</source>
        <translation>Berkas tidak dapat disiapkan untuk ditampilkan: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="375" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="384" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="387" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="390" />
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="376" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="387" />
        <source>The copy could not be saved in {0}: {1}. Choose another folder.</source>
        <translation>Salinan tidak dapat disimpan di {0}: {1}. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="390" />
        <source>Saved as {0}.</source>
        <translation>Tersimpan sebagai {0}.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="409" />
        <source>Remove the attachment "{0}" ({1})? The file is deleted from the store and cannot be brought back.</source>
        <translation>Hapus lampiran "{0}" ({1})? Berkas dihapus dari data praktik dan tidak dapat dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="411" />
        <location filename="../../../ui/widgets/attachments_panel.py" line="416" />
        <source>Remove attachment</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/attachments_panel.py" line="430" />
        <source>Attachments ({0})</source>
        <translation>Lampiran ({0})</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="78" />
        <location filename="../../../ui/dialogs/image_viewer.py" line="83" />
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="86" />
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="87" />
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="88" />
        <source>&amp;Fit to window</source>
        <translation>&amp;Pas jendela</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="89" />
        <source>&amp;Actual size</source>
        <translation>Ukuran &amp;asli</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="90" />
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="92" />
        <source>Zoom</source>
        <translation>Perbesaran</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="95" />
        <source>Zoom in (Ctrl++ or Ctrl+mouse wheel)</source>
        <translation>Perbesar (Ctrl++ atau Ctrl+roda tetikus)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="96" />
        <source>Zoom out (Ctrl+- or Ctrl+mouse wheel)</source>
        <translation>Perkecil (Ctrl+- atau Ctrl+roda tetikus)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="97" />
        <source>Show the whole image (Ctrl+9)</source>
        <translation>Tampilkan seluruh gambar (Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="98" />
        <source>One image pixel to one screen pixel (Ctrl+0)</source>
        <translation>Satu piksel gambar untuk satu piksel layar (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="118" />
        <source>This image cannot be shown. Save a copy and open it with another program, or attach a new scan.</source>
        <translation>Gambar ini tidak dapat ditampilkan. Simpan salinannya dan buka dengan program lain, atau lampirkan hasil pindaian baru.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/image_viewer.py" line="169" />
        <source>{0}% — {1} × {2} pixels</source>
        <translation>{0}% — {1} × {2} piksel</translation>
    </message>
</context>
</TS>