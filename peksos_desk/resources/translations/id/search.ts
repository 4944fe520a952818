<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="275"/>
        <source>Search clients, cases, notes (Ctrl+K)</source>
        <translation>Cari klien, kasus, catatan (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="276"/>
        <source>Search clients, cases and notes</source>
        <translation>Cari klien, kasus, dan catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="292"/>
        <source>Search everything</source>
        <translation>Cari di semua data</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="325"/>
        <source>Type at least two letters or digits.</source>
        <translation>Ketik paling sedikit dua huruf atau angka.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="327"/>
        <source>Nothing found for “{0}”.</source>
        <translation>Tidak ada hasil untuk “{0}”.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="425"/>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="147"/>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="179"/>
        <source>archived</source>
        <translation>diarsipkan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="181"/>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="189"/>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="190"/>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="199"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/search_box.py" line="213"/>
        <source>{0} — {1} of {2}</source>
        <translation>{0} — {1} dari {2}</translation>
    </message>
</context>
</TS>
