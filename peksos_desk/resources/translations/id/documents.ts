<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="42" />
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="47" />
        <source>◀ &amp;Previous page</source>
        <translation>◀ Halaman &amp;sebelumnya</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="48" />
        <source>&amp;Next page ▶</source>
        <translation>Halaman &amp;berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="50" />
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="51" />
        <source>Zoom &amp;in</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="52" />
        <source>&amp;Fit width</source>
        <translation>Pas &amp;lebar</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="53" />
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="54" />
        <source>&amp;Save as…</source>
        <translation>Simpan seb&amp;agai…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="55" />
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="104" />
        <source>Page {0} of {1}</source>
        <translation>Halaman {0} dari {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="120" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="120" />
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dijalankan.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="138" />
        <location filename="../../../ui/dialogs/document_viewer.py" line="148" />
        <source>Save document</source>
        <translation>Simpan dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="139" />
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/document_viewer.py" line="149" />
        <source>The document could not be saved: {0}</source>
        <translation>Dokumen tidak dapat disimpan: {0}</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../../ui/print_actions.py" line="25" />
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="26" />
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
        <location filename="../../../ui/print_actions.py" line="94" />
        <source>Receipt {0}</source>
        <translation>Kuitansi {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="102" />
        <source>Income — {0}</source>
        <translation>Pendapatan — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="120" />
        <source>Social report — {0}</source>
        <translation>Laporan sosial — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="132" />
        <source>blank</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="134" />
        <source>Intake form — {0}</source>
        <translation>Formulir pendataan — {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/print_actions.py" line="147" />
        <source>Assessment form — {0}</source>
        <translation>Formulir asesmen — {0}</translation>
    </message>
</context>
</TS>