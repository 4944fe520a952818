"""Paper forms for the first visits: the *formulir pendataan klien* (intake form) and the *formulir asesmen*.

Each form prints either blank, with ruled lines, digit boxes and checkboxes to fill in by hand on a home visit,
or filled from the record (then every page is marked *RAHASIA*, and empty fields keep their lines so they can
be completed by hand). The intake form lists the 26 PPKS categories (Permensos 8/2012) as a checklist and
ends with the consent (UU No. 27/2022: a child's data needs the parent's or guardian's consent) and
signature boxes for the client, the parent or guardian and the practitioner. The assessment form has one
section per :class:`AssessmentSection`, strengths included.

Client names stay out of the PDF's metadata: the file's properties show the client code or case number only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from peksos_desk.domain.dates import format_date
from peksos_desk.domain.ppks import PPKS_CATEGORIES
from peksos_desk.domain.practice import AssessmentSection, Sex
from peksos_desk.domain.stages import CaseStage
from peksos_desk.domain.text import Language, Text
from peksos_desk.reports.fonts import BOLD
from peksos_desk.reports.labels import label
from peksos_desk.reports.template import (
    CONTENT_WIDTH,
    Logo,
    build_document,
    full_name,
    heading,
    para,
    sign_off,
    signature_block,
    styles,
    table,
    text_block,
)

if TYPE_CHECKING:
    from peksos_desk.services.cases import CaseView
    from peksos_desk.services.clients import ClientView
    from peksos_desk.services.profile import Profile

Out = Path | str | BinaryIO

_LINE = colors.HexColor("#8a8a8a")
_BOX = colors.HexColor("#333333")
_LINE_GAP = 8 * mm
"""Room for one handwritten line."""
_LABEL_WIDTH = 46 * mm
_DIGIT = 5.6 * mm
_SPLIT_LINES = 5
"""A block of more writing lines than this may run on to the next page."""

_WORDS: dict[str, Text] = {
    "intake_title": Text("Formulir Pendataan Klien", "Client Intake Form"),
    "assessment_title": Text("Formulir Asesmen", "Assessment Form"),
    "blank_note": Text("Setelah diisi, formulir ini berisi data pribadi klien dan bersifat RAHASIA.",
                       "Once filled in, this form holds the client's personal data and is CONFIDENTIAL."),
    "filled_note": Text("Diisi dari catatan Peksos Desk; bagian yang kosong dapat dilengkapi dengan tangan.",
                        "Filled from the Peksos Desk record; empty fields can be completed by hand."),
    "intake_date": Text("Tanggal pendataan", "Date of intake"),
    "intake_place": Text("Tempat pendataan", "Place of intake"),
    "client_code": Text("Kode klien", "Client code"),
    "section_identity": Text("A. Identitas Klien", "A. Client's Identity"),
    "section_guardian": Text("B. Orang Tua / Wali", "B. Parent / Guardian"),
    "section_ppks": Text("C. Kategori PPKS", "C. PPKS Category"),
    "section_consent": Text("D. Persetujuan", "D. Consent"),
    "section_notes": Text("E. Catatan", "E. Notes"),
    "ppks_hint": Text("Beri tanda ✓ pada semua kategori yang sesuai (Permensos No. 8 Tahun 2012); "
                      "klien dapat masuk lebih dari satu kategori.",
                      "Tick every category that fits (Permensos No. 8 of 2012); a client may fit more than one."),
    "full_name": Text("Nama lengkap", "Full name"),
    "nickname": Text("Nama panggilan", "Nickname"),
    "nik": Text("NIK", "NIK (national ID no.)"),
    "kk": Text("No. Kartu Keluarga (KK)", "Family card (KK) no."),
    "bpjs": Text("No. BPJS", "BPJS no."),
    "birth_place": Text("Tempat lahir", "Place of birth"),
    "birth_date": Text("Tanggal lahir", "Date of birth"),
    "date_parts": Text("tgl / bln / thn", "day / month / year"),
    "sex": Text("Jenis kelamin", "Sex"),
    "address": Text("Alamat", "Address"),
    "city": Text("Kota / kabupaten", "City / regency"),
    "phone": Text("No. telepon / HP", "Phone"),
    "no_nik": Text("Tanpa NIK", "No NIK"),
    "guardian_name": Text("Nama orang tua / wali", "Parent's / guardian's name"),
    "guardian_relation": Text("Hubungan dengan klien", "Relation to the client"),
    "guardian_phone": Text("No. telepon / HP wali", "Guardian's phone"),
    "consent_text": Text(
        "Saya telah mendapat penjelasan tentang layanan pekerjaan sosial yang akan diberikan, dan menyetujui "
        "bahwa data pribadi saya (atau anak/orang yang saya wakili) dicatat dan diproses oleh pekerja sosial "
        "untuk keperluan layanan ini saja, dijaga kerahasiaannya, dan tidak diberikan kepada pihak lain tanpa "
        "persetujuan saya kecuali diwajibkan undang-undang (UU No. 27 Tahun 2022 tentang Pelindungan Data "
        "Pribadi). Saya berhak melihat, membetulkan dan meminta salinan data tersebut.",
        "I have been told about the social-work service to be given, and I agree that my personal data (or that "
        "of the child or person I represent) is recorded and processed by the social worker for this service "
        "only, kept confidential, and not given to anyone else without my consent unless the law requires it "
        "(Law No. 27 of 2022 on Personal Data Protection). I may see, correct and ask for a copy of that data."),
    "consent_child": Text("Untuk klien anak (di bawah 18 tahun), persetujuan diberikan oleh orang tua/wali.",
                          "For a child client (under 18), the parent or guardian gives the consent."),
    "agree": Text("Setuju", "I agree"),
    "disagree": Text("Tidak setuju", "I do not agree"),
    "consent_date": Text("Tanggal persetujuan", "Date of consent"),
    "sign_client": Text("Klien,", "Client,"),
    "sign_guardian": Text("Orang tua / wali,", "Parent / guardian,"),
    "sign_worker": Text("Pekerja sosial,", "Social worker,"),
    "name_blank": Text("(nama jelas)", "(name in full)"),
    "case_number": Text("Nomor kasus", "Case number"),
    "assessment_date": Text("Tanggal asesmen", "Date of assessment"),
    "assessment_place": Text("Tempat asesmen", "Place of assessment"),
    "assessor": Text("Pekerja sosial", "Social worker"),
    "not_written": Text("(belum diisi)", "(not yet written)"),
    "sign_place_date": Text("Tempat, tanggal", "Place, date"),
}

_PROMPTS: dict[AssessmentSection, Text] = {
    AssessmentSection.IDENTITY: Text("Nama, NIK, tempat/tanggal lahir, jenis kelamin, alamat, agama, suku, "
                                     "status perkawinan.",
                                     "Name, NIK, place/date of birth, sex, address, religion, ethnicity, "
                                     "marital status."),
    AssessmentSection.REFERRAL_SOURCE: Text("Siapa yang merujuk atau melaporkan, kapan, dan alasannya.",
                                            "Who referred or reported the client, when, and why."),
    AssessmentSection.PRESENTING_PROBLEM: Text("Masalah menurut klien dan menurut pihak lain; sejak kapan; "
                                               "apa yang sudah dicoba.",
                                               "The problem as the client and others see it; since when; "
                                               "what has been tried."),
    AssessmentSection.DATA_SOURCES: Text("Orang yang diwawancarai, dokumen yang dibaca, observasi, kunjungan "
                                         "rumah.",
                                         "People interviewed, documents read, observation, home visits."),
    AssessmentSection.FAMILY: Text("Susunan keluarga dan relasinya (genogram, ekomap), pengasuhan, kondisi "
                                   "rumah dan ekonomi.",
                                   "Household members and relationships (genogram, ecomap), care, housing and "
                                   "income."),
    AssessmentSection.EDUCATION: Text("Pendidikan terakhir, sekolah sekarang, prestasi dan kesulitan belajar.",
                                      "Schooling completed, current school, achievements and difficulties."),
    AssessmentSection.WORK: Text("Pekerjaan, penghasilan, keterampilan, riwayat kerja.",
                                 "Work, income, skills, work history."),
    AssessmentSection.HEALTH: Text("Kesehatan fisik dan mental, disabilitas, obat, BPJS, layanan kesehatan.",
                                   "Physical and mental health, disability, medication, BPJS, health services."),
    AssessmentSection.SPIRITUALITY: Text("Agama/kepercayaan, kegiatan ibadah, makna dan harapan.",
                                         "Religion or belief, worship, meaning and hope."),
    AssessmentSection.LEGAL_STATUS: Text("Dokumen kependudukan, perkara hukum, status perwalian atau pengasuhan.",
                                         "Civil documents, legal proceedings, guardianship or custody."),
    AssessmentSection.STRENGTHS: Text("Kekuatan pribadi, dukungan keluarga dan komunitas, sumber daya yang "
                                      "dapat dimanfaatkan.",
                                      "Personal strengths, family and community support, resources that can "
                                      "be used."),
    AssessmentSection.ANALYSIS: Text("Ringkasan masalah, faktor risiko dan pelindung, kebutuhan, rekomendasi.",
                                     "Summary of the problem, risk and protective factors, needs, "
                                     "recommendations."),
}

_SECTION_LINES: dict[AssessmentSection, int] = {
    AssessmentSection.IDENTITY: 3, AssessmentSection.REFERRAL_SOURCE: 3, AssessmentSection.PRESENTING_PROBLEM: 8,
    AssessmentSection.DATA_SOURCES: 4, AssessmentSection.FAMILY: 9, AssessmentSection.EDUCATION: 4,
    AssessmentSection.WORK: 4, AssessmentSection.HEALTH: 5, AssessmentSection.SPIRITUALITY: 3,
    AssessmentSection.LEGAL_STATUS: 3, AssessmentSection.STRENGTHS: 8, AssessmentSection.ANALYSIS: 10,
}
"""Handwriting lines per section on the blank assessment form."""


def _w(key: str, language: Language) -> str:
    return _WORDS[key].render(language)


# -- the documents ---------------------------------------------------------------------------------------

def build_intake_form(client: ClientView | None, profile: Profile, out: Out, *, language: Language = "id",
                      printed_on: date, logo: Logo | None = None) -> int:
    """Write the *formulir pendataan klien*: blank when ``client`` is None, else filled from the record
    (and marked *RAHASIA*). Returns the number of pages."""
    s = styles()
    filled = client is not None
    title = _w("intake_title", language)
    story: list[Flowable] = [para(title.upper(), s.title),
                             para(_w("filled_note" if filled else "blank_note", language), s.subtitle)]
    story.append(_fields([
        (_w("client_code", language), _value(client.code if client else "")),
        (_w("intake_date", language), _date_value(None, language)),
        (_w("intake_place", language), _value("")),
    ]))
    story += [heading(_w("section_identity", language)), _fields(_identity_rows(client, language))]
    story += [heading(_w("section_guardian", language)), _fields([
        (_w("guardian_name", language), _value(client.guardian_name if client else "")),
        (_w("guardian_relation", language), _value(client.guardian_relation if client else "")),
        (_w("guardian_phone", language), _value(client.guardian_phone if client else "")),
    ])]
    story += [heading(_w("section_ppks", language)), para(_w("ppks_hint", language), _hint()),
              _ppks_checklist(set(client.ppks_codes) if client else set(), language)]
    story += _consent(client, profile, language)
    story += [heading(_w("section_notes", language))]
    notes = client.notes.strip() if client else ""
    story += [*text_block(notes), _lines(2)] if notes else [_lines(3)]
    subject = _w("intake_title", language)
    return build_document(out, profile=profile, title=f"{subject} {client.code}" if client else subject,
                          language=language, printed_on=printed_on, confidential=filled, story=story,
                          subject=subject, logo=logo)


def build_assessment_form(case: CaseView | None, client: ClientView | None, profile: Profile, out: Out, *,
                          language: Language = "id", printed_on: date, logo: Logo | None = None,
                          signature: Logo | None = None) -> int:
    """Write the *formulir asesmen*: every :class:`AssessmentSection` (strengths included), with writing
    space when ``case`` is None (the header then carries ``client``'s name when given), else filled from
    the case's assessment and marked *RAHASIA*. Returns the number of pages."""
    s = styles()
    filled = case is not None or client is not None
    title = _w("assessment_title", language)
    story: list[Flowable] = [para(title.upper(), s.title),
                             para(_w("filled_note" if filled else "blank_note", language), s.subtitle)]
    name = client.full_name if client else case.client_name if case else ""
    code = client.code if client else case.client_code if case else ""
    story.append(_fields([
        (label("client_name", language), _value(name)),
        (_w("client_code", language), _value(code)),
        (_w("case_number", language), _value(case.number if case else "")),
        (_w("assessment_date", language), _date_value(_assessed_on(case), language)),
        (_w("assessment_place", language), _value("")),
        (_w("assessor", language), _value(full_name(profile))),
    ]))
    for number, section in enumerate(AssessmentSection, start=1):
        story += [heading(f"{number}. {section.label.render(language)}"),
                  para(_PROMPTS[section].render(language), _hint())]
        story += _assessment_body(section, case, client, language)
    if case is not None:
        sign_off(story, signature_block(profile, language, on=printed_on, signature=signature))
    else:
        story += [Spacer(1, 6 * mm), _signature_boxes([(_w("sign_worker", language), full_name(profile))],
                                                      language, place_line=True)]
    subject = _w("assessment_title", language)
    return build_document(out, profile=profile, title=f"{subject} {case.number}" if case else subject,
                          language=language, printed_on=printed_on, confidential=filled, story=story,
                          subject=subject, logo=logo)


# -- intake pieces ---------------------------------------------------------------------------------------

def _identity_rows(client: ClientView | None, language: Language) -> list[tuple[str, Flowable]]:
    c = client
    nik = c.nik if c else ""
    nik_row: Flowable = _digits(nik, 16)
    if not nik:
        nik_row = _boxed(_inline([_digits("", 16), _Check(False), para(_w("no_nik", language), styles().table_cell)],
                                  [16 * _DIGIT + 4 * mm, 5.5 * mm, None]))
    return [
        (_w("full_name", language), _value(c.full_name if c else "")),
        (_w("nickname", language), _value(c.nickname if c else "")),
        (_w("nik", language), nik_row),
        (_w("kk", language), _digits(c.kk_number if c else "", 16)),
        (_w("bpjs", language), _value(c.bpjs_number if c else "")),
        (_w("birth_place", language), _value(c.birth_place if c else "")),
        (_w("birth_date", language), _date_value(c.birth_date if c else None, language)),
        (_w("sex", language), _choices([(Sex.MALE.label.render(language), bool(c and c.sex is Sex.MALE)),
                                        (Sex.FEMALE.label.render(language), bool(c and c.sex is Sex.FEMALE))])),
        (_w("address", language), _value(c.address if c else "")),
        ("", _value("")),
        (_w("city", language), _value(c.city if c else "")),
        (_w("phone", language), _value(c.phone if c else "")),
    ]


def _ppks_checklist(checked: set[int], language: Language) -> Flowable:
    s = styles()
    cell_style = ParagraphStyle("ppks", s.table_cell, leading=11)
    half = (len(PPKS_CATEGORIES) + 1) // 2
    column = (CONTENT_WIDTH - 6 * mm) / 2

    def item(index: int) -> Flowable | str:
        if index >= len(PPKS_CATEGORIES):
            return ""
        category = PPKS_CATEGORIES[index]
        return _inline([_Check(category.code in checked),
                        para(f"{category.code}. {category.label.render(language)}", cell_style)],
                       [6 * mm, column - 6 * mm], valign="TOP")

    rows = [[item(i), "", item(i + half)] for i in range(half)]
    checklist = table(rows, [column, 6 * mm, column], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
    ], hAlign="LEFT")
    # One row around it: a one-row table never splits, so the 26 categories stay on one page.
    return table([[checklist]], [CONTENT_WIDTH], hAlign="LEFT", spaceBefore=2)


def _consent(client: ClientView | None, profile: Profile, language: Language) -> list[Flowable]:
    s = styles()
    given = client is not None and client.consent_given
    return [
        heading(_w("section_consent", language)),
        para(_w("consent_text", language), s.body),
        para(_w("consent_child", language), _hint()),
        Spacer(1, 2),
        _fields([
            ("", _choices([(_w("agree", language), given), (_w("disagree", language), False)])),
            (_w("consent_date", language), _date_value(client.consent_date if client else None, language)),
        ]),
        Spacer(1, 4 * mm),
        _signature_boxes([(_w("sign_client", language), client.full_name if client else ""),
                          (_w("sign_guardian", language), client.guardian_name if client else ""),
                          (_w("sign_worker", language), full_name(profile))], language),
    ]


# -- assessment pieces -----------------------------------------------------------------------------------

def _assessed_on(case: CaseView | None) -> date | None:
    """The day the case last moved into the assessment stage, if it did."""
    if case is None:
        return None
    days = [event.occurred_on for event in case.history if event.to_stage == CaseStage.ASESMEN]
    return max(days) if days else None


def _assessment_body(section: AssessmentSection, case: CaseView | None, client: ClientView | None,
                     language: Language) -> list[Flowable]:
    text = case.assessment.get(section, "").strip() if case else ""
    if section is AssessmentSection.REFERRAL_SOURCE and not text and case:
        text = case.referral_source.strip()
    if section is AssessmentSection.PRESENTING_PROBLEM and not text and case:
        text = case.presenting_problem.strip()
    out: list[Flowable] = []
    if section is AssessmentSection.IDENTITY:
        out.append(_fields([row for row in _identity_rows(client, language)
                            if row[0] not in (_w("kk", language), _w("bpjs", language), "")]))
    if text:
        return [*out, *text_block(text)]
    if out and client is not None:  # the record's identity is shown; room for what it does not hold
        return [*out, _lines(2)]
    if case is not None:
        return [*out, para(_w("not_written", language), styles().small), _lines(3)]
    return [*out, _lines(_SECTION_LINES[section])]


# -- form parts ------------------------------------------------------------------------------------------

def _hint() -> ParagraphStyle:
    return ParagraphStyle("form_hint", styles().small, spaceAfter=2, keepWithNext=1)


def _value(text: str) -> Flowable:
    return para(text.strip() or " ", styles().table_cell)


def _fields(rows: Sequence[tuple[str, Flowable]]) -> Flowable:
    """Label and a line to write on (or the recorded value on that line), one field a row."""
    s = styles()
    data = [[para(key, s.label), value] for key, value in rows]
    lined = [("LINEBELOW", (1, i), (1, i), 0.5, _LINE) for i, (_, value) in enumerate(rows)
             if not getattr(value, "_peksos_boxed", False)]
    return table(data, [_LABEL_WIDTH, CONTENT_WIDTH - _LABEL_WIDTH], [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),
        *lined,
    ], hAlign="LEFT")


def _digits(text: str, count: int) -> Flowable:
    """``count`` boxes, one digit each (NIK, KK), with the recorded digits in them."""
    digits = [ch for ch in text.strip() if not ch.isspace()][:count]
    style = ParagraphStyle("digit", styles().table_cell, alignment=TA_CENTER, fontSize=10)
    cells = [para(digits[i] if i < len(digits) else " ", style) for i in range(count)]
    return _boxed(table([cells], [_DIGIT] * count, rowHeights=[6.4 * mm], commands=[
        ("GRID", (0, 0), (-1, -1), 0.6, _BOX), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LINEAFTER", (5, 0), (5, 0), 1.4, _BOX), ("LINEAFTER", (11, 0), (11, 0), 1.4, _BOX),
    ], hAlign="LEFT"))


def _date_value(day: date | None, language: Language) -> Flowable:
    """A recorded date written out, or boxes for day, month and year with a small hint."""
    if day is not None:
        return _value(format_date(day, language))
    s = styles()
    slash = para("/", ParagraphStyle("slash", s.table_cell, alignment=TA_CENTER))
    boxes = [_digits("", 2), slash, _digits("", 2), slash, _digits("", 4),
             para(_w("date_parts", language), ParagraphStyle("parts", s.small, leftIndent=3 * mm))]
    return _boxed(_inline(boxes, [2 * _DIGIT, 4 * mm, 2 * _DIGIT, 4 * mm, 4 * _DIGIT, None]))


def _choices(options: Sequence[tuple[str, bool]]) -> Flowable:
    """Checkboxes in a row, each with its text; the recorded choice ticked."""
    s = styles()
    parts: list[Flowable] = []
    widths: list[float | None] = []
    for text, checked in options:
        parts += [_Check(checked), para(text, s.table_cell)]
        widths += [5.5 * mm, 40 * mm]
    return _boxed(_inline(parts, widths))


def _inline(parts: Sequence[Flowable], widths: Sequence[float | None], *, valign: str = "MIDDLE") -> Flowable:
    known = sum(width for width in widths if width is not None)
    rest = max(CONTENT_WIDTH - _LABEL_WIDTH - known, 20 * mm)
    return table([list(parts)], [width if width is not None else rest for width in widths],
                 [("VALIGN", (0, 0), (-1, -1), valign)], hAlign="LEFT")


def _boxed(flowable: Flowable) -> Flowable:
    """Mark a field's value as drawn with its own boxes: no writing line under it."""
    flowable._peksos_boxed = True
    return flowable


def _signature_boxes(signers: Sequence[tuple[str, str]], language: Language, *,
                     place_line: bool = False) -> Flowable:
    """A ruled box per signer: who signs, room to sign, and the name (or a line for it)."""
    s = styles()
    caption = ParagraphStyle("sign_caption", s.table_cell, alignment=TA_CENTER)
    name_style = ParagraphStyle("sign_name", s.table_cell, alignment=TA_CENTER, fontName=BOLD)
    hint = ParagraphStyle("sign_hint", s.small, alignment=TA_CENTER)
    width = CONTENT_WIDTH / 3 if len(signers) > 1 else 75 * mm
    cells: list[list[Flowable]] = []
    for who, name in signers:
        rows: list[list[Any]] = []
        if place_line:
            rows.append([para(f"{_w('sign_place_date', language)}: ....................", hint)])
        rows += [[para(who, caption)], [""],
                 [para(name, name_style) if name.strip() else para(" ", caption)],
                 [para(_w("name_blank", language), hint)]]
        # The signing room and the name's room are the same in every box, so the names line up.
        heights: list[float | None] = [None] * len(rows)
        heights[-3], heights[-2] = 20 * mm, 14 * mm
        cells.append([table(rows, [width - 6 * mm], [
            ("LINEBELOW", (0, len(rows) - 2), (0, len(rows) - 2), 0.5, _LINE),
            ("VALIGN", (0, len(rows) - 2), (0, len(rows) - 2), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ], rowHeights=heights)])
    box = table([[cell[0] for cell in cells]], [width] * len(signers), [
        ("BOX", (0, 0), (-1, -1), 0.8, _BOX), ("INNERGRID", (0, 0), (-1, -1), 0.8, _BOX),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ], hAlign="RIGHT" if len(signers) == 1 else "CENTER")
    return box


class _Check(Flowable):  # type: ignore[misc]
    """A checkbox, ticked (✓) when ``checked``."""

    SIZE = 3.8 * mm

    def __init__(self, checked: bool) -> None:
        super().__init__()
        self.checked = checked

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return self.SIZE, self.SIZE

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(_BOX)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.SIZE, self.SIZE)
        if self.checked:
            canvas.setFillColor(colors.black)
            canvas.setFont(BOLD, 10)
            canvas.drawCentredString(self.SIZE / 2, 0.7 * mm, "✓")


def _lines(count: int) -> Flowable:
    """``count`` dotted lines to write on by hand; a table, so a long block splits between lines across pages
    and a heading above keeps only with its first line."""
    lines = table([[""] for _ in range(count)], [CONTENT_WIDTH], [
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, _LINE, None, (1, 1.5)),
    ], rowHeights=[_LINE_GAP] * count, hAlign="LEFT")
    if count > _SPLIT_LINES:
        return lines
    return table([[lines]], [CONTENT_WIDTH], hAlign="LEFT")  # one row: a short block stays whole
