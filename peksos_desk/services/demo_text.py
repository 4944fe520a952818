"""Word lists and sentence fragments for the demo data: Indonesian names, places and note text.

The names are common names of one region or community put together at random (a Balinese birth-order name
with a Balinese given name, a Batak given name with a marga, ...); the places are real regencies and districts,
so that addresses and NIK region codes look right. Everything else is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- names ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameGroup:
    """How people of one region or community are commonly named, and where they come from."""

    key: str
    weight: int
    male: tuple[str, ...]
    female: tuple[str, ...]
    male_second: tuple[str, ...] = ()
    female_second: tuple[str, ...] = ()
    second_rate: float = 0.0
    family: tuple[str, ...] = ()
    family_rate: float = 0.0
    male_prefix: tuple[str, ...] = ()
    female_prefix: tuple[str, ...] = ()
    prefix_rate: float = 0.0
    origins: tuple[tuple[str, str], ...] = ()
    """(place of birth, Kemendagri regency code of 4 digits) of the group's home regions."""
    religions: tuple[str, ...] = ("Islam",)
    boy_nicknames: tuple[str, ...] = ()
    girl_nicknames: tuple[str, ...] = ()


NAME_GROUPS: tuple[NameGroup, ...] = (
    NameGroup(
        "sunda", 34,
        male=("Asep", "Ujang", "Dadang", "Cecep", "Deden", "Dede", "Yayan", "Ade", "Iwan", "Tatang", "Aceng",
              "Didin", "Jajang", "Rizal", "Agus", "Hendra", "Rudi", "Yusuf", "Rizki", "Ilham", "Fajar", "Gilang"),
        female=("Euis", "Neneng", "Iis", "Yati", "Entin", "Imas", "Cucu", "Nining", "Elis", "Tati", "Lilis",
                "Nenden", "Rina", "Wulan", "Dewi", "Sinta", "Siti", "Resti", "Nurul", "Anisa", "Yuyun"),
        male_second=("Saepudin", "Suherman", "Sunandar", "Supriatna", "Hidayat", "Permana", "Kusnadi", "Rustandi",
                     "Sumarna", "Gunawan", "Nugraha", "Firmansyah", "Ramdani", "Mulyana"),
        female_second=("Komariah", "Rohaeni", "Nurhayati", "Kurniasih", "Sumiati", "Rosita", "Mulyani", "Suryati",
                       "Aisyah", "Maryani", "Hasanah", "Sopiah", "Rahmawati", "Nurjanah"),
        second_rate=0.75,
        origins=(("Bandung", "3273"), ("Soreang", "3204"), ("Garut", "3205"), ("Tasikmalaya", "3278"),
                 ("Sumedang", "3211"), ("Cianjur", "3203"), ("Sukabumi", "3272"), ("Cimahi", "3277"),
                 ("Bogor", "3271"), ("Subang", "3213"), ("Kuningan", "3208"), ("Majalengka", "3210"),
                 ("Purwakarta", "3214"), ("Ciamis", "3207")),
        boy_nicknames=("Ujang", "Jang", "Encep"), girl_nicknames=("Neng", "Eneng", "Nyai"),
    ),
    NameGroup(
        "jawa", 22,
        male=("Budi", "Slamet", "Agus", "Bambang", "Joko", "Sugeng", "Wahyu", "Eko", "Dwi", "Heru", "Bayu",
              "Anton", "Yanto", "Suryadi", "Teguh", "Sutrisno", "Rudi", "Dimas", "Adi", "Arif", "Wisnu", "Sutarno"),
        female=("Sri", "Siti", "Endang", "Sumarni", "Dewi", "Ratna", "Kartini", "Suparmi", "Tutik", "Yuliani",
                "Puji", "Retno", "Ayu", "Indah", "Fitri", "Rini", "Sulastri", "Tumini", "Wartini", "Sarmi"),
        male_second=("Santoso", "Prasetyo", "Nugroho", "Wibowo", "Susanto", "Saputra", "Kurniawan", "Setiawan",
                     "Pratama", "Hidayat", "Purnomo", "Haryanto", "Widodo", "Raharjo"),
        female_second=("Lestari", "Rahayu", "Wahyuni", "Handayani", "Wulandari", "Astuti", "Purwanti", "Suryani",
                       "Ningsih", "Anggraini", "Safitri", "Rahmawati", "Kusumawati", "Winarsih"),
        second_rate=0.7,
        origins=(("Semarang", "3374"), ("Surakarta", "3372"), ("Yogyakarta", "3471"), ("Sleman", "3404"),
                 ("Klaten", "3310"), ("Boyolali", "3309"), ("Kebumen", "3305"), ("Purworejo", "3306"),
                 ("Tegal", "3376"), ("Cilacap", "3301"), ("Surabaya", "3578"), ("Malang", "3573"),
                 ("Kediri", "3571"), ("Madiun", "3577"), ("Brebes", "3329"), ("Cirebon", "3274")),
        religions=("Islam", "Islam", "Islam", "Islam", "Kristen Protestan", "Katolik"),
        boy_nicknames=("Le", "Thole"), girl_nicknames=("Nduk", "Genduk"),
    ),
    NameGroup(
        "umum", 10,
        male=("Muhammad", "Ahmad", "Abdul", "Rizki", "Fadli", "Hafiz", "Ilham", "Faisal", "Yusuf", "Ridwan",
              "Hasan", "Reza", "Rafi", "Aldi", "Dimas", "Arya"),
        female=("Siti", "Nur", "Aisyah", "Fatimah", "Nabila", "Zahra", "Putri", "Salsabila", "Khairunnisa",
                "Aulia", "Annisa", "Rahma", "Amelia", "Nadia"),
        male_second=("Fauzi", "Ramadhan", "Maulana", "Firmansyah", "Hakim", "Rahman", "Syahputra", "Akbar",
                     "Hidayatullah", "Alfarizi", "Pratama"),
        female_second=("Aminah", "Nurhaliza", "Azzahra", "Rahmawati", "Maharani", "Fitriani", "Khadijah",
                       "Ramadhani", "Puspita", "Amalia"),
        second_rate=0.85,
        origins=(("Jakarta", "3175"), ("Jakarta", "3174"), ("Jakarta", "3172"), ("Jakarta", "3173"),
                 ("Bekasi", "3275"), ("Depok", "3276"), ("Tangerang", "3671"), ("Palembang", "1671"),
                 ("Pekanbaru", "1471"), ("Banjarmasin", "6371"), ("Pontianak", "6171"),
                 ("Bandar Lampung", "1871"), ("Jambi", "1571")),
    ),
    NameGroup(
        "batak", 7,
        male=("Maruli", "Hotman", "Togar", "Lamhot", "Parulian", "Jonggi", "Benget", "Sahat", "Tigor", "Rudolf",
              "Samuel", "Daniel", "Andreas", "Martua", "Roy", "Hotlan"),
        female=("Tiurma", "Dameria", "Lasma", "Rosmawati", "Romauli", "Nurmaida", "Sondang", "Tiomina", "Ruth",
                "Yohana", "Fransiska", "Debora", "Rotua", "Hotmaida"),
        family=("Simanjuntak", "Siregar", "Nasution", "Hutagalung", "Sitompul", "Situmorang", "Sinaga", "Lubis",
                "Harahap", "Pardede", "Simatupang", "Panjaitan", "Tambunan", "Manurung", "Sihombing", "Ginting",
                "Tarigan", "Sembiring", "Purba", "Napitupulu", "Silalahi", "Pasaribu", "Hutapea", "Sitorus"),
        family_rate=0.95,
        origins=(("Medan", "1271"), ("Tarutung", "1202"), ("Balige", "1212"), ("Pematangsiantar", "1272"),
                 ("Sibolga", "1273"), ("Kabanjahe", "1206"), ("Pangururan", "1217")),
        religions=("Kristen Protestan", "Kristen Protestan", "Katolik", "Islam"),
        boy_nicknames=("Ucok",), girl_nicknames=("Butet",),
    ),
    NameGroup(
        "minang", 6,
        male=("Afrizal", "Yusrizal", "Zulkifli", "Nofrizal", "Hendri", "Febrian", "Rahmat", "Syafrizal", "Edi",
              "Irwan", "Doni", "Fauzan", "Hanif", "Ridwan"),
        female=("Erni", "Yenni", "Rosnida", "Nurhayati", "Desi", "Fitria", "Yelmi", "Rahmi", "Syafrida", "Elvina",
                "Nova", "Wirda", "Yusnaini"),
        male_second=("Putra", "Syahputra", "Hidayat", "Saputra", "Efendi", "Anwar", "Hamdani"),
        female_second=("Yanti", "Wati", "Susanti", "Fitriani", "Yulianti", "Rahmadani"),
        second_rate=0.6,
        family=("Chaniago", "Tanjung", "Koto", "Piliang", "Sikumbang", "Jambak"),
        family_rate=0.15,
        origins=(("Padang", "1371"), ("Bukittinggi", "1375"), ("Payakumbuh", "1376"), ("Lubuk Basung", "1306"),
                 ("Pariaman", "1377"), ("Solok", "1372"), ("Batusangkar", "1304")),
    ),
    NameGroup(
        "tionghoa", 5,
        male=("Hendra", "Yohanes", "Stefanus", "Budi", "Robert", "Kevin", "Steven", "Jonathan", "Felix", "Willy",
              "Edward", "Michael", "Hengky", "Andi"),
        female=("Lina", "Susanti", "Melinda", "Lily", "Yenny", "Meiliana", "Jessica", "Cindy", "Maria", "Veronica",
                "Natalia", "Lanny", "Vivian", "Grace"),
        family=("Wijaya", "Halim", "Tanoto", "Gunawan", "Salim", "Hartono", "Kusuma", "Setiawan", "Tanuwijaya",
                "Lim", "Tan", "Liem", "Ong", "Sutanto", "Tjandra", "Hermawan", "Sugiarto", "Kurniawan"),
        family_rate=0.85,
        origins=(("Jakarta", "3173"), ("Bandung", "3273"), ("Medan", "1271"), ("Pontianak", "6171"),
                 ("Singkawang", "6172"), ("Semarang", "3374"), ("Surabaya", "3578"), ("Pangkalpinang", "1971")),
        religions=("Buddha", "Kristen Protestan", "Katolik", "Konghucu"),
    ),
    NameGroup(
        "bugis", 3,
        male=("Muhammad", "Syamsuddin", "Ilham", "Fadli", "Rusdi", "Hasanuddin", "Arifin", "Jamaluddin", "Basri",
              "Haerul", "Akbar", "Sudirman", "Irfan"),
        female=("Hasnawati", "Nurhaedah", "Sitti", "Rosmiati", "Hasnah", "Nurjannah", "Sulfiana", "Husnul",
                "Ratnawati", "Asmawati", "Nurul"),
        male_second=("Ramli", "Amir", "Saleh", "Syarif", "Hamzah", "Latif", "Rahman"),
        female_second=("Hamzah", "Amir", "Rahman", "Syam", "Rasyid"),
        second_rate=0.6,
        male_prefix=("Andi",), female_prefix=("Andi",), prefix_rate=0.12,
        origins=(("Makassar", "7371"), ("Watampone", "7308"), ("Parepare", "7372"), ("Sengkang", "7313"),
                 ("Sungguminasa", "7306"), ("Sidenreng", "7314")),
    ),
    NameGroup(
        "bali", 2,
        male=("Sudarsana", "Artawan", "Suastika", "Suardana", "Wirawan", "Mahendra", "Sukadana", "Adnyana",
              "Budiarta", "Ariawan", "Darmawan", "Suparta"),
        female=("Ayu Lestari", "Sukerti", "Suarni", "Ariani", "Sudiasih", "Kartika", "Ayu Puspita", "Sumartini",
                "Astiti", "Rusmini", "Sriasih"),
        male_prefix=("I Wayan", "I Made", "I Nyoman", "I Ketut", "I Putu", "I Gede", "I Kadek", "I Komang"),
        female_prefix=("Ni Wayan", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Luh", "Ni Kadek",
                       "Ni Komang"),
        prefix_rate=1.0,
        origins=(("Denpasar", "5171"), ("Gianyar", "5104"), ("Tabanan", "5102"), ("Singaraja", "5108"),
                 ("Amlapura", "5107"), ("Mangupura", "5103")),
        religions=("Hindu",),
    ),
    NameGroup(
        "papua", 3,
        male=("Yohanis", "Markus", "Yakobus", "Petrus", "Nikolaus", "Yulianus", "Simon", "Agustinus", "Otniel",
              "Demianus", "Frans", "Elias", "Benny", "Herman"),
        female=("Yakomina", "Maria", "Martha", "Yuliana", "Ester", "Agustina", "Dorkas", "Selina", "Naomi",
                "Rebeka", "Yosina", "Ribka"),
        family=("Wenda", "Kogoya", "Tabuni", "Wanimbo", "Murib", "Yikwa", "Rumbiak", "Mandowen", "Kambu",
                "Karubaba", "Rumbewas", "Ayomi", "Sawaki", "Wonda", "Mote", "Pigai", "Douw", "Gobai", "Kossay"),
        family_rate=1.0,
        origins=(("Jayapura", "9171"), ("Sentani", "9103"), ("Wamena", "9102"), ("Nabire", "9104"),
                 ("Biak", "9106"), ("Timika", "9109"), ("Manokwari", "9202"), ("Sorong", "9271")),
        religions=("Kristen Protestan", "Kristen Protestan", "Katolik"),
    ),
    NameGroup(
        "minahasa", 2,
        male=("Jefry", "Stenly", "Meiky", "Frangky", "Roy", "Jimmy", "Hendrik", "Richard", "Yopie", "Novry"),
        female=("Maria", "Stella", "Meity", "Vonny", "Grace", "Deasy", "Lenny", "Olivia", "Christin", "Sherly"),
        family=("Lumowa", "Wowor", "Rumengan", "Sondakh", "Tumbelaka", "Mandagi", "Pangemanan", "Runtuwene",
                "Lumentut", "Kaunang", "Mamahit", "Tangkau"),
        family_rate=1.0,
        origins=(("Manado", "7171"), ("Bitung", "7172"), ("Tomohon", "7173"), ("Tondano", "7102")),
        religions=("Kristen Protestan", "Kristen Protestan", "Katolik"),
    ),
    NameGroup(
        "maluku", 2,
        male=("Yosias", "Abraham", "Yakob", "Semuel", "Hasan", "Ruslan", "Julius", "Fredrik", "Marthen"),
        female=("Yuliana", "Magdalena", "Nona", "Feby", "Hana", "Siti", "Welhelmina", "Elsye"),
        family=("Pattinama", "Latuconsina", "Pattiasina", "Tuhumury", "Sahetapy", "Leleury", "Manuputty",
                "Tuasikal", "Latumahina", "Tahapary"),
        family_rate=1.0,
        origins=(("Ambon", "8171"), ("Masohi", "8101"), ("Tual", "8172")),
        religions=("Kristen Protestan", "Islam"),
    ),
    NameGroup(
        "ntt", 2,
        male=("Yosef", "Fransiskus", "Yohanes", "Paulus", "Aloysius", "Kornelis", "Matius", "Gabriel", "Emanuel"),
        female=("Maria", "Theresia", "Yuliana", "Agustina", "Katarina", "Fransiska", "Veronika", "Bernadeta",
                "Modesta", "Elisabeth"),
        family=("Bria", "Nahak", "Seran", "Tefa", "Kolo", "Manek", "Bere", "Lake", "Tallo", "Ndun", "Pello",
                "Fanggidae"),
        family_rate=1.0,
        origins=(("Kupang", "5371"), ("Atambua", "5304"), ("Kefamenanu", "5303"), ("Soe", "5302"),
                 ("Ende", "5308"), ("Maumere", "5307")),
        religions=("Katolik", "Katolik", "Kristen Protestan"),
    ),
    NameGroup(
        "aceh", 2,
        male=("Muhammad", "Zulfikar", "Mahdi", "Iskandar", "Munawar", "Khairul", "Rizal", "Mukhlis", "Fakhrurrazi"),
        female=("Nurul", "Rahmah", "Yusnidar", "Mutia", "Safrina", "Nurlaila", "Zahrah", "Cut Nyak"),
        male_second=("Abdullah", "Ibrahim", "Yunus", "Husaini", "Daud"),
        female_second=("Husna", "Fitri", "Zahra", "Maulida"),
        second_rate=0.7,
        male_prefix=("Teuku",), female_prefix=("Cut",), prefix_rate=0.08,
        origins=(("Banda Aceh", "1171"), ("Lhokseumawe", "1173"), ("Bireuen", "1111"), ("Sigli", "1107")),
    ),
)

# Names that are titles or common first parts rather than what a person is called.
NOT_A_NICKNAME = frozenset({"Muhammad", "Ahmad", "Abdul", "Siti", "Sitti", "Nur", "Sri", "Andi", "Teuku", "Cut",
                            "I", "Ni"})

# -- where clients live (the practice is in Bandung) ----------------------------------------------------------


@dataclass(frozen=True)
class Residence:
    city: str
    """As the client form's city field holds it."""
    short: str
    """As a place of birth is written."""
    code: str
    """Kemendagri regency/city code, 4 digits."""
    weight: int
    village_word: str
    districts: tuple[tuple[str, tuple[str, ...]], ...]
    """(kecamatan, its kelurahan or desa)."""


RESIDENCES: tuple[Residence, ...] = (
    Residence("Kota Bandung", "Bandung", "3273", 52, "Kel.", (
        ("Coblong", ("Dago", "Lebakgede", "Sekeloa")), ("Cicendo", ("Pasirkaliki", "Sukaraja", "Arjuna")),
        ("Bojongloa Kaler", ("Kopo", "Babakan Tarogong", "Suka Asih")),
        ("Antapani", ("Antapani Kidul", "Antapani Tengah")), ("Kiaracondong", ("Babakan Sari", "Kebonjayanti")),
        ("Sukajadi", ("Pasteur", "Sukagalih", "Sukawarna")), ("Ujungberung", ("Pasanggrahan", "Cigending")),
        ("Babakan Ciparay", ("Sukahaji", "Margahayu Utara")), ("Bandung Kulon", ("Cijerah", "Caringin")),
        ("Batununggal", ("Kebon Gedang", "Binong", "Maleer")), ("Cibeunying Kidul", ("Sukamaju", "Padasuka")),
        ("Andir", ("Ciroyom", "Dunguscariang", "Garuda")), ("Regol", ("Ciateul", "Pungkur", "Balonggede")))),
    Residence("Kabupaten Bandung", "Bandung", "3204", 12, "Desa", (
        ("Baleendah", ("Andir", "Manggahang", "Jelekong")), ("Dayeuhkolot", ("Citeureup", "Pasawahan")),
        ("Margahayu", ("Sulaeman", "Margahayu Tengah")), ("Soreang", ("Pamekaran", "Sekarwangi")))),
    Residence("Kota Cimahi", "Cimahi", "3277", 8, "Kel.", (
        ("Cimahi Tengah", ("Baros", "Karangmekar")), ("Cimahi Selatan", ("Leuwigajah", "Utama", "Cibeber")),
        ("Cimahi Utara", ("Citeureup", "Cipageran")))),
    Residence("Kabupaten Bandung Barat", "Padalarang", "3217", 6, "Desa", (
        ("Lembang", ("Jayagiri", "Cikahuripan")), ("Padalarang", ("Kertajaya", "Laksanamekar")),
        ("Ngamprah", ("Cilame", "Bojongkoneng")))),
    Residence("Kabupaten Sumedang", "Sumedang", "3211", 4, "Desa", (
        ("Jatinangor", ("Cikeruh", "Hegarmanah", "Cibeusi")), ("Sumedang Utara", ("Mulyasari", "Margamukti")))),
    Residence("Kabupaten Garut", "Garut", "3205", 3, "Kel.", (
        ("Garut Kota", ("Ciwalen", "Pakuwon")), ("Tarogong Kidul", ("Sukagalih", "Haurpanggung")))),
    Residence("Kota Jakarta Timur", "Jakarta", "3175", 3, "Kel.", (
        ("Jatinegara", ("Bidara Cina", "Cipinang Besar Utara")), ("Kramat Jati", ("Cawang", "Batu Ampar")),
        ("Duren Sawit", ("Klender", "Pondok Bambu")))),
    Residence("Kota Bekasi", "Bekasi", "3275", 3, "Kel.", (
        ("Bekasi Timur", ("Aren Jaya", "Margahayu")), ("Bantargebang", ("Ciketing Udik", "Sumur Batu")))),
    Residence("Kota Tasikmalaya", "Tasikmalaya", "3278", 2, "Kel.", (
        ("Cihideung", ("Yudanegara", "Nagarawangi")), ("Tawang", ("Empangsari", "Kahuripan")))),
    Residence("Kota Cirebon", "Cirebon", "3274", 2, "Kel.", (
        ("Kejaksan", ("Kebonbaru", "Sukapura")), ("Lemahwungkuk", ("Panjunan", "Pegambiran")))),
)

STREETS = (
    "Jl. Melati", "Jl. Kenanga", "Jl. Mawar", "Jl. Flamboyan", "Jl. Anggrek", "Jl. Cempaka", "Jl. Dahlia",
    "Jl. Kamboja", "Jl. Merpati", "Jl. Cendrawasih", "Jl. Kutilang", "Jl. Nusantara", "Jl. Pahlawan",
    "Jl. Pemuda", "Jl. Sukamaju", "Jl. Sukarame", "Jl. Kebon Jeruk", "Jl. Kebon Kelapa", "Jl. Pasar Baru",
    "Jl. Sukaluyu", "Jl. Babakan", "Gg. Mesjid", "Gg. Bakti", "Gg. Damai", "Gg. Sejahtera", "Gg. Rukun",
    "Gg. Haji Umar", "Gg. Saluyu", "Gg. Mushola", "Gg. Pelita", "Gg. Sukarasa",
)

PHONE_PREFIXES = ("0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0856", "0857", "0858",
                  "0877", "0878", "0881", "0882", "0895", "0896", "0897")

# -- guardians -------------------------------------------------------------------------------------------------

# (relation as the client form holds it, the guardian's sex, shares the client's family name, weight, how a note
# names them: "diantar {kin}")
CHILD_GUARDIANS: tuple[tuple[str, str, bool, int, str], ...] = (
    ("Ibu kandung", "P", False, 45, "ibunya"),
    ("Ayah kandung", "L", True, 22, "ayahnya"),
    ("Nenek", "P", False, 12, "neneknya"),
    ("Kakek", "L", True, 3, "kakeknya"),
    ("Paman", "L", True, 4, "pamannya"),
    ("Bibi", "P", False, 5, "bibinya"),
    ("Kakak kandung", "P", True, 3, "kakaknya"),
    ("Pengasuh LKSA", "P", False, 2, "pengasuhnya"),
)
ELDERLY_CONTACTS: tuple[tuple[str, str, bool, int, str], ...] = (
    ("Anak kandung", "P", True, 5, "anaknya"),
    ("Anak kandung", "L", True, 4, "anaknya"),
    ("Menantu", "P", False, 2, "menantunya"),
    ("Keponakan", "L", False, 1, "keponakannya"),
)
# Family members an adult client's notes mention, by the client's sex.
ADULT_KIN = {"P": ("suaminya", "kakaknya", "ibunya", "adiknya"), "L": ("istrinya", "kakaknya", "ibunya", "adiknya")}

# -- cases ---------------------------------------------------------------------------------------------------

REFERRAL_SOURCES = (
    "P2TP2A Kota", "UPTD PPA", "Puskesmas setempat", "Sekolah (guru BK)", "Dinas Sosial", "Datang sendiri",
    "Rujukan rumah sakit", "Ketua RT/RW", "Pekerja Sosial Masyarakat", "LK3", "Bapas (pembimbing kemasyarakatan)",
    "Keluarga klien", "TKSK kecamatan",
)
REFERRAL_TARGETS = (
    "UPTD PPA Kota", "Puskesmas Kecamatan", "RSJ Provinsi", "LBH APIK", "Balai Rehabilitasi Sosial",
    "Panti Sosial Tresna Werdha", "Dinas Sosial Kabupaten", "Klinik Pratama (konseling psikologis)",
)
# Presenting problems by the client's age group (as ``demo.PPKS_BY_AGE``).
PROBLEMS = {
    "child": (
        "Anak sering tidak masuk sekolah dan menunjukkan tanda-tanda penelantaran.",
        "Anak mengalami kekerasan fisik berulang dari ayah tiri; guru melihat memar di lengan.",
        "Korban kekerasan seksual, membutuhkan pendampingan psikososial dan hukum.",
        "Anak ditinggal ibu yang bekerja sebagai pekerja migran; diasuh bergantian oleh tetangga.",
        "Anak dengan disabilitas intelektual belum mendapat layanan pendidikan yang sesuai.",
        "Anak mengamen di perempatan hingga malam dan sudah setahun tidak bersekolah.",
        "Balita kurang gizi; ibu tunggal dengan penghasilan tidak tetap.",
    ),
    "youth": (
        "Anak berhadapan dengan hukum (pencurian), menjalani diversi.",
        "Remaja penyalahguna NAPZA, orang tua meminta rehabilitasi sosial.",
        "Remaja korban perundungan di sekolah, menolak berangkat sekolah dan menarik diri.",
        "Korban kekerasan seksual, membutuhkan pendampingan psikososial dan hukum.",
        "Remaja terlibat tawuran antarsekolah; Bapas meminta laporan sosial untuk diversi.",
    ),
    "adult": (
        "Kekerasan dalam rumah tangga; klien takut pulang ke rumah.",
        "Korban perdagangan orang, kembali dari luar negeri dalam keadaan trauma.",
        "Penyandang disabilitas fisik kehilangan pekerjaan dan dukungan keluarga.",
        "Keluarga dengan konflik berat, ancaman perceraian, anak-anak terdampak.",
        "Orang dengan HIV mengalami stigma di lingkungan kerja dan keluarga.",
        "Pekerja migran pulang tanpa upah dan mengalami kekerasan oleh majikan.",
        "Ibu tunggal dengan penghasilan tidak tetap, terjerat utang pinjaman daring.",
        "Mantan warga binaan ditolak bekerja dan dijauhi tetangga setelah bebas bersyarat.",
    ),
    "elderly": (
        "Lansia tinggal sendiri tanpa pengasuhan, kesehatan menurun.",
        "Lansia dengan gejala demensia; keluarga kewalahan dan klien beberapa kali keluar rumah tanpa diketahui.",
        "Lansia terlantar ditemukan tidur di pos ronda; tidak ada keluarga yang diketahui.",
        "Lansia mengalami penelantaran dan kekerasan verbal dari anak yang tinggal serumah.",
    ),
}
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
