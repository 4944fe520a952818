"""Word lists and sentence fragments for the demo data: Indonesian names, places and note text."""

from __future__ import annotations

GIVEN_FEMALE = (
    "Siti", "Sri", "Dewi", "Ayu", "Putri", "Nur", "Rina", "Wulan", "Indah", "Ratna", "Lestari", "Fitri", "Yuni",
    "Endang", "Suci", "Maria", "Agnes", "Theresia", "Ni Made", "Ni Komang", "Ni Luh", "Butet", "Rosmawati",
    "Melati", "Nurhaliza", "Aisyah", "Kartini", "Wahyuni", "Sulastri", "Mei Ling", "Lili", "Yohana", "Martha",
    "Fransiska", "Nurul", "Anisa", "Salsabila", "Nabila", "Intan", "Rahmawati", "Hartini", "Sumarni",
)
GIVEN_MALE = (
    "Budi", "Agus", "Ahmad", "Muhammad", "Rizky", "Dimas", "Eko", "Bambang", "Joko", "Slamet", "Hendra",
    "Yohanes", "Petrus", "Markus", "I Made", "I Wayan", "I Ketut", "I Gede", "Andi", "La Ode", "Teuku", "Ucok",
    "Rahmat", "Fajar", "Arif", "Bayu", "Dedi", "Surya", "Hadi", "Wahyu", "Yusuf", "Ilham", "Kevin", "Hendrik",
    "Frans", "Daniel", "Tono", "Sutrisno", "Mulyadi", "Haris", "Yosep", "Naftali",
)
FAMILY = (
    "", "", "", "Santoso", "Wijaya", "Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Pardede",
    "Hutapea", "Saragih", "Tanjung", "Chaniago", "Piliang", "Koto", "Daeng", "Pratama", "Saputra", "Setiawan",
    "Kusuma", "Wibowo", "Hidayat", "Rahman", "Gunawan", "Halim", "Tanoto", "Wenda", "Kogoya", "Mandacan",
    "Rumbiak", "Pasaribu", "Sitompul", "Nainggolan", "Manurung", "Sembiring", "Ginting", "Tarigan",
    "Purnamasari", "Hasibuan", "Maharani", "Susanto", "Permana", "Nugroho", "Kurniawan",
)
CITIES = (
    ("Kota Bandung", "32", "73"), ("Kota Bekasi", "32", "75"), ("Kabupaten Garut", "32", "05"),
    ("Kota Surabaya", "35", "78"), ("Kabupaten Malang", "35", "07"), ("Kota Semarang", "33", "74"),
    ("Kota Yogyakarta", "34", "71"), ("Kabupaten Sleman", "34", "04"), ("Kota Medan", "12", "71"),
    ("Kota Padang", "13", "71"), ("Kota Makassar", "73", "71"), ("Kota Denpasar", "51", "71"),
    ("Jakarta Timur", "31", "75"), ("Jakarta Selatan", "31", "74"), ("Kota Kupang", "53", "71"),
    ("Kota Jayapura", "91", "71"), ("Kota Pontianak", "61", "71"), ("Kota Palembang", "16", "71"),
)
STREETS = (
    "Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Ahmad Yani", "Gg. Melati", "Jl. Kenanga",
    "Jl. Cempaka Putih", "Jl. Pahlawan", "Gg. Masjid", "Jl. Raya Cibiru", "Jl. Kartini", "Jl. Imam Bonjol",
)
KELURAHAN = ("Sukamaju", "Cibeunying", "Mekarsari", "Sukajadi", "Tegalrejo", "Kebon Jeruk", "Panakkukang",
             "Sanur Kaja", "Pasir Kaliki", "Karang Anyar")
RELATIONS_FOR_MINORS = ("Ibu", "Ayah", "Nenek", "Paman", "Bibi", "Kakak", "Wali panti")
REFERRAL_SOURCES = (
    "P2TP2A Kota", "UPTD PPA", "Puskesmas setempat", "Sekolah (guru BK)", "Dinas Sosial", "Datang sendiri",
    "Rujukan rumah sakit", "Ketua RT/RW", "Pekerja Sosial Masyarakat", "LK3", "Bapas (pembimbing kemasyarakatan)",
    "Keluarga klien", "TKSK kecamatan",
)
REFERRAL_TARGETS = (
    "UPTD PPA Kota", "Puskesmas Kecamatan", "RSJ Provinsi", "LBH APIK", "Balai Rehabilitasi Sosial",
    "Panti Sosial Tresna Werdha", "Dinas Sosial Kabupaten", "Klinik Pratama (konseling psikologis)",
)
PROBLEMS = (
    "Kekerasan dalam rumah tangga; klien takut pulang ke rumah.",
    "Anak sering tidak masuk sekolah dan menunjukkan tanda-tanda penelantaran.",
    "Lansia tinggal sendiri tanpa pengasuhan, kesehatan menurun.",
    "Anak berhadapan dengan hukum (pencurian), menjalani diversi.",
    "Korban perdagangan orang, kembali dari luar negeri dalam keadaan trauma.",
    "Penyandang disabilitas fisik kehilangan pekerjaan dan dukungan keluarga.",
    "Keluarga dengan konflik berat, ancaman perceraian, anak-anak terdampak.",
    "Korban kekerasan seksual, membutuhkan pendampingan psikososial dan hukum.",
    "Remaja penyalahguna NAPZA, orang tua meminta rehabilitasi sosial.",
    "Ibu tunggal dengan penghasilan tidak tetap, anak balita kurang gizi.",
    "Orang dengan HIV mengalami stigma di lingkungan kerja dan keluarga.",
    "Pekerja migran pulang tanpa upah dan mengalami kekerasan oleh majikan.",
)
OPENERS = (
    "Klien datang tepat waktu diantar {kin}.", "Sesi dilakukan di rumah klien bersama {kin}.",
    "Klien hadir sendiri, tampak lelah dan berbicara pelan.", "Klien datang terlambat 15 menit karena hujan.",
    "Sesi berlangsung di ruang konseling lembaga.", "Klien menyambut dengan ramah dan tampak lebih tenang.",
)
DATA = (
    "Klien menyampaikan bahwa situasi di rumah masih tegang sejak pertemuan terakhir.",
    "Klien menceritakan pertengkaran dengan {kin} pada akhir pekan lalu.",
    "Klien mengatakan sudah dua malam tidak bisa tidur nyenyak.",
    "{Kin} klien menambahkan bahwa nafsu makan klien menurun.",
    "Klien menunjukkan hasil pemeriksaan dari puskesmas.",
    "Klien mulai mau bercerita tentang pengalaman masa kecilnya.",
    "Klien sudah kembali bersekolah tiga hari dalam seminggu.",
    "Klien menyebut adanya ancaman dari pelaku melalui pesan singkat.",
    "Klien mengikuti latihan relaksasi napas dengan baik.",
    "Klien melaporkan sudah mendaftar program pelatihan kerja di BLK.",
    "Tetangga melaporkan keributan di rumah klien dua hari lalu.",
    "Klien tampak menghindari kontak mata ketika membicarakan pelaku.",
    "Klien membawa dokumen kependudukan yang diminta pada sesi sebelumnya.",
    "Klien mengatakan, \"Saya ingin anak-anak tetap sekolah, apa pun yang terjadi.\"",
)
ASSESSMENT = (
    "Risiko kekerasan berulang masih tinggi; faktor pelindung berupa dukungan keluarga besar.",
    "Klien menunjukkan kemajuan dalam mengelola emosi dibanding sesi sebelumnya.",
    "Kebutuhan dasar terpenuhi sebagian; akses layanan kesehatan masih terbatas.",
    "Tanda-tanda trauma masih tampak; perlu pendampingan psikososial lanjutan.",
    "Motivasi klien untuk berubah cukup baik; hambatan utama adalah ekonomi keluarga.",
    "Relasi klien dengan pengasuh membaik, komunikasi lebih terbuka.",
    "Klien belum siap menempuh jalur hukum; keselamatan tetap menjadi prioritas.",
)
PLAN = (
    "Kunjungan rumah minggu depan untuk bertemu seluruh anggota keluarga.",
    "Koordinasi dengan wali kelas mengenai kehadiran klien.",
    "Merujuk klien ke puskesmas untuk pemeriksaan lanjutan.",
    "Menyusun rencana keselamatan bersama klien.",
    "Mendampingi klien mengurus KIS/BPJS di kantor desa.",
    "Temu bahas kasus dengan P2TP2A dan UPTD PPA.",
    "Melanjutkan latihan keterampilan pengasuhan positif bersama orang tua.",
    "Menghubungi Dinas Sosial terkait bantuan sosial untuk keluarga.",
)
STRENGTHS = (
    "Klien memiliki dukungan kuat dari kakak perempuannya dan komunitas gereja/masjid setempat.",
    "Klien rajin, mampu menjahit, dan memiliki keinginan kuat agar anak-anaknya bersekolah.",
    "Keluarga besar bersedia menampung sementara; tokoh masyarakat peduli.",
    "Klien cerdas, berprestasi di sekolah, dan memiliki sahabat yang mendukung.",
)
SECTION_TEXT = {
    "identitas": "Data identitas sesuai KTP/KK; domisili sesuai alamat terdaftar.",
    "sumber_rujukan": "Dirujuk dengan surat pengantar; informasi awal diterima melalui telepon.",
    "masalah": "Masalah utama sesuai keterangan intake; klien dan keluarga membenarkan.",
    "sumber_data": "Wawancara klien, keluarga, wali kelas, dan catatan puskesmas.",
    "keluarga": "Klien tinggal bersama {kin}; relasi keluarga tegang namun masih saling peduli.",
    "pendidikan": "Pendidikan terakhir SMP; sempat putus sekolah satu tahun.",
    "pekerjaan": "Bekerja serabutan dengan penghasilan tidak tetap, sekitar Rp1.500.000 per bulan.",
    "kesehatan": "Keluhan sakit kepala dan sulit tidur; belum pernah mendapat layanan psikologis.",
    "spiritualitas": "Aktif dalam kegiatan keagamaan; merasa mendapat kekuatan dari doa.",
    "status_hukum": "Laporan polisi belum dibuat; klien mempertimbangkan setelah aman.",
    "analisis": "Masalah berakar pada relasi kuasa dalam keluarga dan kerentanan ekonomi.",
}
GOALS = (
    "Klien memiliki rencana keselamatan yang dipahami seluruh anggota keluarga.",
    "Anak kembali bersekolah secara teratur (minimal 90% kehadiran).",
    "Klien memperoleh layanan kesehatan dan jaminan BPJS.",
    "Keluarga menerapkan pola pengasuhan tanpa kekerasan.",
    "Klien memiliki penghasilan tetap melalui usaha mikro.",
    "Klien terhubung dengan kelompok dukungan sebaya.",
)
ADDENDUM_REASONS = ("Salah tulis nama sekolah", "Tanggal kejadian keliru", "Informasi tambahan dari keluarga",
                    "Koreksi nama fasilitas kesehatan")
