"""Build every PDF document with realistic Indonesian content, in both languages, for looking at.

Usage: python scripts/render_samples.py [OUT_DIR]   (default /tmp/peksos-samples)
No store is opened: the read models are built by hand. Render pages to PNG with e.g.
``pdftoppm -png -r 60 -f 1 -l 2 OUT_DIR/catatan-kasus-sesi-id.pdf OUT_DIR/png/sesi-id``.
"""

from __future__ import annotations

import io
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from peksos_desk.domain.billing import (
    AgeingBucket,
    InvoiceStatus,
    PayerKind,
    PaymentMethod,
    ageing_bucket,
    needs_meterai,
)
from peksos_desk.domain.money import terbilang_rupiah
from peksos_desk.domain.practice import Attendance, FieldOfPractice, NoteFormat, PracticeSetting, SessionPlace, Sex
from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.domain.text import LANGUAGES, Language
from peksos_desk.reports.case_notes import build_case_note, build_case_notes
from peksos_desk.reports.income import build_income_statement
from peksos_desk.reports.invoice import build_invoice
from peksos_desk.reports.receipt import build_receipt
from peksos_desk.services.cases import CaseView, StageEvent
from peksos_desk.services.clients import ClientView
from peksos_desk.services.finance import (
    AgeingLine,
    AgeingReport,
    BucketTotal,
    DocumentPayment,
    IncomeStatement,
    InvoiceDocument,
    InvoiceDocumentLine,
    MethodIncome,
    ReceiptDocument,
    ServiceTypeIncome,
)
from peksos_desk.services.profile import Profile
from peksos_desk.services.sessions import Addendum, SessionView

PRINTED_ON = date(2026, 3, 2)

PROFILE = Profile(
    full_name="Rahmawati Kusumaningrum", degree="S.Tr.Sos., M.Kesos.",
    competence_certificate="LSPS/PS/2021/00871", str_number="32.73.2.1.0045.2022",
    sipps_number="503/0172/SIPPS/DPMPTSP/2024", institution_name="LKS Harapan Bunda Mandiri",
    institution_accreditation="A (Unggul), BALKS No. 114/BALKS/XI/2023",
    address="Jl. Terusan Jakarta No. 45, Kel. Antapani Kidul, Kec. Antapani", city="Bandung",
    phone="0812-2045-7781", email="rahmawati.peksos@gmail.com", time_zone="WIB",
    bank_name="Bank Rakyat Indonesia (BRI) KCP Antapani", bank_account_number="0521-01-004417-50-9",
    bank_account_holder="Rahmawati Kusumaningrum",
)

CLIENT = ClientView(
    full_name="Ni Komang Ayu Sri Wahyuningsih Pratiwi Dewi", nickname="Komang", birth_date=date(1994, 8, 17),
    birth_place="Singaraja", sex=Sex.FEMALE, address="Gg. Sukaluyu III No. 7, RT 04/RW 11, Cibeunying Kaler",
    city="Bandung", phone="0857-2211-3094", ppks_codes=(19, 23), consent_given=True,
    consent_date=date(2024, 2, 26), id=17, code="KL-000017", age=31, open_cases=1,
)



def _event(before: CaseStage | None, after: CaseStage, move: MoveKind | None, day: date, note: str = "") -> StageEvent:
    return StageEvent(before, after, move, day, note, datetime(day.year, day.month, day.day, 9, tzinfo=UTC))


HISTORY = (
    _event(None, CaseStage.PENDEKATAN_AWAL, None, date(2024, 2, 26)),
    _event(CaseStage.PENDEKATAN_AWAL, CaseStage.ASESMEN, MoveKind.FORWARD, date(2024, 3, 18)),
    _event(CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, MoveKind.FORWARD, date(2024, 5, 6)),
    _event(CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI, MoveKind.FORWARD, date(2024, 5, 20)),
    _event(CaseStage.INTERVENSI, CaseStage.ASESMEN, MoveKind.BACK, date(2025, 6, 2),
           "Suami kembali ke rumah; risiko perlu dinilai ulang."),
    _event(CaseStage.ASESMEN, CaseStage.RENCANA_INTERVENSI, MoveKind.FORWARD, date(2025, 6, 30)),
    _event(CaseStage.RENCANA_INTERVENSI, CaseStage.INTERVENSI, MoveKind.FORWARD, date(2025, 7, 7)),
)

CASE = CaseView(
    id=5, number="KS/2025/0005", client_id=CLIENT.id, client_name=CLIENT.full_name, client_code=CLIENT.code,
    field_of_practice=FieldOfPractice.FAMILY, setting=PracticeSetting.COMMUNITY, opened_on=date(2024, 2, 26),
    closed_on=None, stage=CaseStage.INTERVENSI,
    presenting_problem=("Kekerasan dalam rumah tangga yang berulang sejak 2023; klien tinggal bersama dua anak "
                        "(7 dan 4 tahun) di rumah kontrakan dan bergantung secara ekonomi pada suami. Klien takut "
                        "pulang setelah kejadian terakhir dan dirujuk oleh UPTD PPA Kota Bandung."),
    referral_source="UPTD PPA Kota Bandung", stage_changed_at=datetime(2025, 7, 7, 9, tzinfo=UTC),
    termination_summary="", referred_to="", referral_reason="", history=HISTORY, assessment={}, goals=(),
)

_DATA = [
    "Klien datang tepat waktu bersama anak bungsunya yang kemudian dititipkan di ruang bermain.",
    "Klien menyampaikan bahwa suaminya kembali marah-marah karena uang belanja dianggap habis terlalu cepat.",
    "Klien mengatakan, \"Saya sudah capek, Bu, tapi saya tidak mau anak-anak kehilangan bapaknya.\"",
    "Klien tampak lelah, berbicara pelan, sesekali menangis ketika menceritakan kejadian hari Sabtu.",
    "Kakak ipar klien (via telepon) membenarkan bahwa pertengkaran terdengar sampai ke rumah tetangga.",
    "Klien melaporkan sudah dua minggu berjualan kue basah di depan SD tempat anak sulungnya bersekolah.",
    "Tidak tampak luka fisik baru; klien menyatakan tidak ada kekerasan fisik sejak sesi terakhir.",
    "Klien menyebut ketidakbertanggungjawaban suami sebagai sumber utama kekhawatirannya.",
]
_ASSESSMENT = [
    "Risiko kekerasan fisik dinilai sedang; rencana keselamatan masih dipahami dan dapat diulang oleh klien.",
    "Klien menunjukkan kemajuan terhadap tujuan 2 (kemandirian ekonomi): penghasilan harian sekitar Rp60.000.",
    "Kekuatan klien: jaringan pengajian di RW, hubungan baik dengan wali kelas anak, keterampilan membuat kue.",
    "Klien masih ambivalen tentang pelaporan ke kepolisian; keputusan tetap dihormati sebagai hak klien.",
    "Gejala kecemasan berkurang dibandingkan asesmen awal (skala subjektif 8 menjadi 5 dari 10).",
]
_PLAN = [
    "- Mengulang rencana keselamatan dan memperbarui nomor darurat (UPTD PPA, Polsek, kakak ipar).",
    "- Koordinasi dengan Puskesmas Sukaluyu untuk konseling psikologis klien (rujukan tertulis).",
    "- Klien mencatat pemasukan dan pengeluaran harian sebagai bahan diskusi sesi berikutnya.",
    "- Kunjungan rumah bersama pendamping PKH untuk memastikan bantuan sosial anak tetap diterima.",
    "- Sesi berikutnya: Selasa pukul 10.00 di kantor LKS.",
]


def _paragraphs(rng: random.Random, pool: list[str], count: int) -> str:
    return "\n".join(rng.sample(pool, k=min(count, len(pool))))


def _long_note() -> dict[str, str]:
    """A note of several pages: a home visit written up at length."""
    rng = random.Random(7)
    data = ["Apa yang dikatakan dan diamati:"]
    for block in range(9):
        data.append(f"Bagian {block + 1}. " + " ".join(rng.sample(_DATA, k=len(_DATA))))
        data.append("")
    data += ["- " + line for line in rng.sample(_DATA, k=4)]
    assessment = ["Penilaian pekerja sosial:"] + [" ".join(rng.sample(_ASSESSMENT, k=5)) for _ in range(6)]
    plan = ["Rencana tindak lanjut:", *_PLAN, "", "Catatan koordinasi: " + " ".join(_ASSESSMENT)]
    return {"data": "\n".join(data), "assessment": "\n\n".join(assessment), "plan": "\n".join(plan)}


def _session(number: int, starts_at: datetime, note: dict[str, str], *, signed: bool = True,
             note_format: NoteFormat = NoteFormat.DAP, attendance: Attendance = Attendance.ATTENDED,
             place: SessionPlace = SessionPlace.OFFICE, addenda: tuple[Addendum, ...] = ()) -> SessionView:
    return SessionView(
        id=100 + number, case_id=CASE.id, case_number=CASE.number, client_id=CLIENT.id, client_name=CLIENT.full_name,
        starts_at=starts_at, duration_minutes=60 if place is not SessionPlace.HOME_VISIT else 90, place=place,
        attendance=attendance, service_type_id=1, service_type_name="Konseling individu", fee=250_000,
        note_format=note_format, note=note, note_saved_at=starts_at + timedelta(hours=2),
        signed_at=starts_at + timedelta(hours=3, minutes=12) if signed else None, addenda=addenda,
    )


def hundred_sessions() -> list[SessionView]:
    """A case of 100 weekly sessions: mostly DAP, some SOAP and free notes, a few missed, the last a draft."""
    rng = random.Random(2025)
    sessions = []
    start = datetime(2024, 3, 1, 2, 0, tzinfo=UTC)
    for number in range(1, 101):
        starts_at = start + timedelta(days=7 * (number - 1), hours=rng.choice((0, 2, 4)))
        kind = number % 10
        attendance = Attendance.NO_SHOW if kind == 7 else Attendance.ATTENDED
        note_format = NoteFormat.SOAP if kind == 3 else NoteFormat.FREE if kind == 5 else NoteFormat.DAP
        if attendance is Attendance.NO_SHOW:
            note = {key: "" for key in note_format.sections}
            note[note_format.sections[0]] = "Klien tidak hadir dan tidak memberi kabar; dihubungi via WhatsApp."
        elif note_format is NoteFormat.SOAP:
            note = {"subjective": _paragraphs(rng, _DATA, 2), "objective": _paragraphs(rng, _DATA, 2),
                    "assessment": _paragraphs(rng, _ASSESSMENT, 2), "plan": _paragraphs(rng, _PLAN, 2)}
        elif note_format is NoteFormat.FREE:
            note = {"narrative": " ".join(rng.sample(_DATA + _ASSESSMENT, k=6))}
        else:
            note = {"data": _paragraphs(rng, _DATA, 3), "assessment": _paragraphs(rng, _ASSESSMENT, 2),
                    "plan": _paragraphs(rng, _PLAN, 2)}
        addenda = ()
        if number in (12, 58):
            addenda = (Addendum(number, starts_at + timedelta(days=2), "Koreksi nama sekolah anak",
                                "Tertulis SD Negeri 045 Sukaluyu; yang benar SD Negeri 054 Sukaluyu."),)
        sessions.append(_session(number, starts_at, note, signed=number != 100, note_format=note_format,
                                 attendance=attendance, addenda=addenda,
                                 place=SessionPlace.HOME_VISIT if kind == 4 else SessionPlace.OFFICE))
    return sessions


def logo() -> bytes:
    """A stand-in logo for the LKS: a green disc with its initials."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), fill="#2e7d5b")
    draw.ellipse((40, 40, 200, 200), outline="white", width=10)
    draw.rectangle((112, 60, 128, 180), fill="white")
    draw.rectangle((60, 112, 180, 128), fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


# -- money documents -------------------------------------------------------------------------------------

LONG_PAYER = "Lembaga Kesejahteraan Sosial Anak Harapan Bunda Nusantara Kabupaten Bandung Barat"


def _invoice(lines: tuple[InvoiceDocumentLine, ...], *, status: InvoiceStatus = InvoiceStatus.ISSUED,
             payer: tuple[str, str, PayerKind] = (CLIENT.full_name, f"{CLIENT.address}\n{CLIENT.city}",
                                                   PayerKind.CLIENT),
             codes_only: bool = False, discount: int = 0, discount_reason: str = "", notes: str = "",
             payments: tuple[DocumentPayment, ...] = (), void_reason: str = "") -> InvoiceDocument:
    subtotal = sum(line.amount for line in lines)
    total = subtotal - discount
    paid = sum(payment.amount for payment in payments)
    if status is InvoiceStatus.ISSUED and paid:
        status = InvoiceStatus.PAID if paid >= total else InvoiceStatus.PARTLY_PAID
    issued = status is not InvoiceStatus.DRAFT
    return InvoiceDocument(
        invoice_id=12, number="INV/2026/0012" if issued else None, status=status,
        issue_date=date(2026, 3, 2) if issued else None, due_date=date(2026, 3, 16) if issued else None,
        period_start=date(2026, 2, 1), period_end=date(2026, 2, 28), payer_name=payer[0], payer_address=payer[1],
        payer_kind=payer[2], privacy_codes_only=codes_only, lines=lines, subtotal=subtotal, discount=discount,
        discount_reason=discount_reason, total=total, total_in_words=terbilang_rupiah(total), paid=paid,
        balance=total - paid if status.is_outstanding else 0, notes=notes, void_reason=void_reason,
        payments=payments)


def _client_invoice(**options: object) -> InvoiceDocument:
    """Four sessions in February at a sliding-scale discount, partly paid."""
    lines = tuple(InvoiceDocumentLine(n, date(2026, 2, 3) + timedelta(days=7 * (n - 1)),
                                      "Konseling individu" if n != 3 else "Kunjungan rumah (termasuk transport)",
                                      CLIENT.full_name, 1, 250_000 if n != 3 else 350_000,
                                      250_000 if n != 3 else 350_000) for n in range(1, 5))
    return _invoice(lines, discount=110_000, discount_reason="keringanan 10% (tarif berjenjang)",
                    **options)  # type: ignore[arg-type]


def _institution_invoice(*, big: bool = False) -> InvoiceDocument:
    """An LKS that asked for client codes only: twelve sessions with three children (one line in the
    billions when ``big``)."""
    codes = ("KL-000017", "KL-000023", "KL-000031")
    lines = [InvoiceDocumentLine(n, date(2026, 2, 2) + timedelta(days=2 * n), "Pendampingan psikososial anak",
                                 codes[n % 3], 1, 350_000, 350_000) for n in range(1, 13)]
    if big:
        lines.append(InvoiceDocumentLine(13, date(2026, 2, 27), "Program pendampingan psikososial seluruh anak asuh "
                                         "selama satu tahun anggaran", "", 1, 1_234_567_890, 1_234_567_890))
    notes = "Tagihan ini mengikuti Perjanjian Kerja Sama No. 014/LKS-HBN/I/2026.\nMohon konfirmasi setelah transfer."
    return _invoice(tuple(lines), payer=(LONG_PAYER, "Jl. Raya Padalarang No. 118, Kec. Padalarang\n"
                                         "Kabupaten Bandung Barat 40553", PayerKind.LKS), codes_only=True, notes=notes)


def _receipt(amount: int, received_from: str = CLIENT.full_name) -> ReceiptDocument:
    return ReceiptDocument(
        payment_id=7, number="KW/2026/0007", received_from=received_from, amount=amount,
        amount_in_words=terbilang_rupiah(amount), purpose="Pembayaran jasa pekerjaan sosial, tagihan INV/2026/0012",
        place="Bandung", date=date(2026, 3, 2), method=PaymentMethod.BANK_TRANSFER, reference="BRI 2603021187",
        invoice_number="INV/2026/0012", needs_meterai=needs_meterai(amount),
        meterai_duty=10_000 if needs_meterai(amount) else 0)


def _income_statement(unpaid: int = 40) -> IncomeStatement:
    """March 2026, with ``unpaid`` invoices still owed at the month's end."""
    rng = random.Random(3)
    as_of = date(2026, 3, 31)
    payers = (CLIENT.full_name, LONG_PAYER, "Siti Aminah", "RSUD Kota Bandung", "Budi Santoso",
              "SD Negeri 054 Sukaluyu")
    lines = []
    for n in range(unpaid):
        due = as_of - timedelta(days=5 * n - 10)
        total = rng.choice((250_000, 350_000, 750_000, 1_000_000, 4_200_000))
        paid = total // 2 if n % 4 == 1 else 0
        days = (as_of - due).days
        lines.append(AgeingLine(100 + n, f"INV/2026/{n + 1:04d}", n % 6, payers[n % 6], due - timedelta(days=14), due,
                                total, paid, total - paid, days, ageing_bucket(days)))
    buckets = tuple(BucketTotal(bucket, sum(1 for line in lines if line.bucket is bucket),
                                sum(line.balance for line in lines if line.bucket is bucket))
                    for bucket in AgeingBucket)
    by_type = (ServiceTypeIncome(1, "Konseling individu", 6_750_000),
               ServiceTypeIncome(2, "Asesmen dan laporan sosial untuk pengadilan", 4_500_000),
               ServiceTypeIncome(3, "Kunjungan rumah", 2_100_000), ServiceTypeIncome(None, "Lain-lain", 450_000))
    by_method = (MethodIncome(PaymentMethod.CASH, 6, 1_850_000),
                 MethodIncome(PaymentMethod.BANK_TRANSFER, 14, 11_350_000),
                 MethodIncome(PaymentMethod.QRIS, 2, 600_000))
    return IncomeStatement(2026, 3, date(2026, 3, 1), as_of, received=13_800_000, payments=22,
                           by_service_type=by_type, by_method=by_method, invoiced=16_250_000, invoices_issued=19,
                           outstanding=AgeingReport(as_of, tuple(lines), buckets))


def money_jobs(language: Language, emblem: bytes) -> dict[str, Callable[[Path], int]]:
    """The money documents: invoices in every state, kuitansi with and without meterai, the statement."""
    printed = {"language": language, "printed_on": PRINTED_ON}
    paid_part = (DocumentPayment(date(2026, 3, 5), "KW/2026/0007", PaymentMethod.BANK_TRANSFER, 600_000),)
    paid_all = (*paid_part, DocumentPayment(date(2026, 3, 9), "KW/2026/0009", PaymentMethod.CASH, 400_000))
    return {
        f"tagihan-{language}.pdf": lambda out: build_invoice(_client_invoice(payments=paid_part), PROFILE, out,
                                                             logo=emblem, **printed),
        f"tagihan-lunas-{language}.pdf": lambda out: build_invoice(_client_invoice(payments=paid_all), PROFILE, out,
                                                                   **printed),
        f"tagihan-lks-{language}.pdf": lambda out: build_invoice(_institution_invoice(), PROFILE, out, **printed),
        f"tagihan-miliar-{language}.pdf": lambda out: build_invoice(_institution_invoice(big=True), PROFILE, out,
                                                                    **printed),
        f"tagihan-draf-{language}.pdf": lambda out: build_invoice(_client_invoice(status=InvoiceStatus.DRAFT),
                                                                  PROFILE, out, **printed),
        f"tagihan-batal-{language}.pdf": lambda out: build_invoice(_client_invoice(
            status=InvoiceStatus.VOID, void_reason="Salah pembayar: seharusnya ditagihkan ke LKS"), PROFILE, out,
            **printed),
        f"kuitansi-{language}.pdf": lambda out: build_receipt(_receipt(1_500_000), PROFILE, out, **printed),
        f"kuitansi-meterai-{language}.pdf": lambda out: build_receipt(_receipt(5_000_001), PROFILE, out, logo=emblem,
                                                                      **printed),
        f"kuitansi-miliar-{language}.pdf": lambda out: build_receipt(_receipt(1_234_567_890, LONG_PAYER), PROFILE, out,
                                                                     **printed),
        f"pendapatan-{language}.pdf": lambda out: build_income_statement(_income_statement(), PROFILE, out, **printed),
    }


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    when = datetime(2026, 2, 24, 3, 0, tzinfo=UTC)
    addenda = (Addendum(1, when + timedelta(days=1, hours=1, minutes=30), "Informasi tambahan dari sekolah",
                        "Wali kelas anak sulung (Ibu Sri Hartati) menyampaikan bahwa anak dua kali tidak "
                        "masuk sekolah pada minggu yang sama. Informasi ini melengkapi bagian Data."),
               Addendum(2, when + timedelta(days=3, hours=5), "Koreksi waktu kejadian",
                        "Kejadian yang diceritakan klien terjadi pada Jumat malam, bukan Sabtu malam."))
    long_note = _session(31, when, _long_note(), place=SessionPlace.HOME_VISIT, addenda=addenda)
    short = {"data": "\n".join(_DATA[:4]), "assessment": "\n".join(_ASSESSMENT[:2]), "plan": "\n".join(_PLAN[:3])}
    draft = _session(32, when + timedelta(days=3), short, signed=False)
    many = hundred_sessions()
    emblem = logo()
    for language in LANGUAGES:
        jobs = {
            f"catatan-kasus-sesi-{language}.pdf": lambda out, lang=language: build_case_note(
                long_note, CASE, CLIENT, PROFILE, out, language=lang, printed_on=PRINTED_ON, number=31,
                logo=emblem),
            f"catatan-kasus-draf-{language}.pdf": lambda out, lang=language: build_case_note(
                draft, CASE, CLIENT, PROFILE, out, language=lang, printed_on=PRINTED_ON, number=32),
            f"catatan-kasus-100-sesi-{language}.pdf": lambda out, lang=language: build_case_notes(
                many, CASE, CLIENT, PROFILE, out, language=lang, printed_on=PRINTED_ON),
        }
        jobs.update(money_jobs(language, emblem))
        for name, build in jobs.items():
            began = time.perf_counter()
            pages = build(out_dir / name)
            print(f"{out_dir / name}: {pages} pages, {(time.perf_counter() - began) * 1000:.0f} ms")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/peksos-samples"))
