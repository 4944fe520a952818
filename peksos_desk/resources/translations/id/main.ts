<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../../ui/app.py" line="78" />
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="79" />
        <source>Something went wrong inside Peksos Desk. Everything already saved is safe; if you were typing, check the last field. A report without any client data was written to:
{0}</source>
        <translation>Terjadi kesalahan di dalam Peksos Desk. Semua yang sudah tersimpan aman; jika Anda sedang mengetik, periksa isian terakhir. Laporan tanpa data klien apa pun ditulis ke:
{0}</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="205" />
        <source>--smoke on an encrypted store reads its password from PEKSOS_DESK_PASSWORD.</source>
        <translation>--smoke pada data terenkripsi membaca kata sandinya dari PEKSOS_DESK_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/main_window.py" line="55" />
        <source>Peksos Desk — demo data</source>
        <translation>Peksos Desk — data demo</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="55" />
        <source>Peksos Desk</source>
        <translation>Peksos Desk</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="60" />
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="91" />
        <location filename="../../../ui/main_window.py" line="256" />
        <source>Store: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="146" />
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="147" />
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="148" />
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="149" />
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="150" />
        <source>Finance</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="151" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="217" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="220" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="225" />
        <source>&amp;Go</source>
        <translation>&amp;Pindah</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="232" />
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="238" />
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="239" />
        <source>&amp;About Peksos Desk</source>
        <translation>&amp;Tentang Peksos Desk</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="250" />
        <source>About Peksos Desk</source>
        <translation>Tentang Peksos Desk</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="251" />
        <source>Peksos Desk {0}
Case management for an independent social worker.
Store: {1}</source>
        <translation>Peksos Desk {0}
Pengelolaan kasus untuk pekerja sosial mandiri.
Data: {1}</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="320" />
        <source>Unsaved work</source>
        <translation>Pekerjaan belum tersimpan</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="321" />
        <source>Some of your last changes could not be saved (see the message on the page). Quit anyway and lose them?</source>
        <translation>Sebagian perubahan terakhir Anda tidak dapat disimpan (lihat pesan di halaman). Tetap keluar dan kehilangan perubahan itu?</translation>
    </message>
</context>
<context>
    <name>self.app</name>
    <message>
        <location filename="../../../ui/app.py" line="100" />
        <source>Peksos Desk</source>
        <translation>Peksos Desk</translation>
    </message>
</context>
</TS>