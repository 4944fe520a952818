<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="48" />
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="53" />
        <source>◀ &amp;Previous page</source>
        <translation>◀ Halaman &amp;sebelumnya</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="54" />
        <source>&amp;Next page ▶</source>
        <translation>Halaman &amp;berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="56" />
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="57" />
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="58" />
        <source>&amp;Fit width</source>
        <translation>Pas &amp;lebar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="59" />
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="60" />
        <source>&amp;Save as…</source>
        <translation>Simpan seb&amp;agai…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="61" />
        <source>Protect &amp;with a password</source>
        <translation>Lindungi &amp;dengan kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="62" />
        <source>The saved copy opens only with a password you choose (AES-256)</source>
        <translation>Salinan yang disimpan hanya terbuka dengan kata sandi pilihan Anda (AES-256)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="64" />
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="115" />
        <source>Page {0} of {1}</source>
        <translation>Halaman {0} dari {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="131" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="131" />
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dijalankan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="154" />
        <location filename="../../../ui/dialogs/document_viewer.py" line="228" />
        <source>Save document</source>
        <translation>Simpan dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="155" />
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="178" />
        <source>{0} is on a removable drive, so the document leaves this computer. Protect the copy with a password?</source>
        <translation>{0} berada di diska lepas, jadi dokumen ini keluar dari komputer ini. Lindungi salinannya dengan kata sandi?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="180" />
        <source>{0} is on a network share, so other computers can read the document. Protect the copy with a password?</source>
        <translation>{0} berada di folder jaringan, jadi komputer lain dapat membaca dokumen ini. Lindungi salinannya dengan kata sandi?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="182" />
        <source>{0} is in a folder that a cloud service copies to the internet. Protect the copy with a password?</source>
        <translation>{0} berada di folder yang disalin layanan awan ke internet. Lindungi salinannya dengan kata sandi?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="185" />
        <source>Protect with a password</source>
        <translation>Lindungi dengan kata sandi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="229" />
        <source>The document could not be saved: {0}</source>
        <translation>Dokumen tidak dapat disimpan: {0}</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../../ui/print_actions.py" line="25" />
        <location filename="../../../ui/print_actions.py" line="176" />
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="26" />
        <location filename="../../../ui/print_actions.py" line="177" />
        <source>The document could not be made: {0}</source>
        <translation>Dokumen tidak dapat dibuat: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="51" />
        <source>Case note — {0}</source>
        <translation>Catatan kasus — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="69" />
        <source>Case notes — {0}</source>
        <translation>Catatan kasus — {0} (semua sesi)</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="85" />
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="86" />
        <source>Invoice {0}</source>
        <translation>Tagihan {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="95" />
        <source>Receipt {0}</source>
        <translation>Kuitansi {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="104" />
        <source>Income — {0}</source>
        <translation>Pendapatan — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="124" />
        <source>Social report — {0}</source>
        <translation>Laporan sosial — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="138" />
        <location filename="../../../ui/print_actions.py" line="155" />
        <source>blank</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="140" />
        <source>Intake form — {0}</source>
        <translation>Formulir pendataan — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="157" />
        <source>Assessment form — {0}</source>
        <translation>Formulir asesmen — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="184" />
        <source>Referral letter — {0}</source>
        <translation>Surat rujukan — {0}</translation>
    </message>
</context>
</TS>