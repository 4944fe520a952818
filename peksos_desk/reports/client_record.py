"""The client record (*rekam data klien*): everything the store holds about one client, for the client's own
copy (UU PDP: the rights of access and to a copy), on the one page template.

Identity, consent and guardian, PPKS categories; each case with its stage history, assessment, intervention
plan and every session with its note (signed or draft) and addenda; the fee arrangement, invoices and payments;
the attached documents by name (their files travel beside this PDF in the export). Marked *RAHASIA*; the PDF's
metadata name the client code only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from peksos_desk.domain.dates import PractitionerZone, format_date, format_datetime, format_time, to_local
from peksos_desk.domain.money import format_rupiah
from peksos_desk.domain.note_templates import is_blank
from peksos_desk.domain.ppks import ppks_by_code
from peksos_desk.domain.practice import NOTE_SECTION_LABELS, AssessmentSection, NoteFormat
from peksos_desk.domain.text import Language, Text
from peksos_desk.reports.labels import label
from peksos_desk.reports.template import (
    CONTENT_WIDTH,
    Logo,
    build_document,
    data_table,
    heading,
    key_values,
    mark_box,
    para,
    separator,
    sign_off,
    signature_block,
    styles,
    text_block,
)

if TYPE_CHECKING:
    from peksos_desk.services.billing import FeeArrangementView
    from peksos_desk.services.cases import CaseView
    from peksos_desk.services.export import CaseRecord, ClientRecordDocument, InvoiceRecord
    from peksos_desk.services.profile import Profile
    from peksos_desk.services.sessions import SessionView

Out = Path | str | BinaryIO

_WORDS: dict[str, Text] = {
    "title": Text("Rekam Data Klien", "Client Record"),
    "subtitle": Text("{code} — salinan untuk klien (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi)",
                     "{code} — the client's copy (Indonesian Law No. 27 of 2022 on Personal Data Protection)"),
    "identity": Text("Identitas", "Identity"),
    "nickname": Text("Nama panggilan", "Nickname"),
    "nik": Text("NIK", "NIK"),
    "kk": Text("Nomor KK", "Family card (KK) number"),
    "bpjs": Text("Nomor BPJS", "BPJS number"),
    "birth": Text("Tempat, tanggal lahir", "Place and date of birth"),
    "sex": Text("Jenis kelamin", "Sex"),
    "address": Text("Alamat", "Address"),
    "city": Text("Kota/kabupaten", "City/regency"),
    "phone": Text("Telepon", "Phone"),
    "registered": Text("Terdaftar sejak", "Registered"),
    "archived": Text("Diarsipkan", "Archived"),
    "yes": Text("Ya", "Yes"),
    "no": Text("Tidak", "No"),
    "notes": Text("Catatan", "Notes"),
    "guardian_consent": Text("Orang tua/wali dan persetujuan", "Parent or guardian, and consent"),
    "guardian": Text("Orang tua/wali", "Parent or guardian"),
    "guardian_relation": Text("Hubungan", "Relation"),
    "guardian_phone": Text("Telepon wali", "Guardian's phone"),
    "consent": Text("Persetujuan (informed consent)", "Consent"),
    "consent_given": Text("Diberikan pada {date}", "Given on {date}"),
    "consent_missing": Text("Belum tercatat", "Not recorded"),
    "ppks": Text("Kategori PPKS", "PPKS categories"),
    "ppks_none": Text("Tidak ada kategori yang dicatat.", "No category is recorded."),
    "cases": Text("Kasus", "Cases"),
    "no_cases": Text("Belum ada kasus.", "No cases."),
    "case_heading": Text("Kasus {number}", "Case {number}"),
    "referral_source": Text("Sumber rujukan", "Referral source"),
    "termination_summary": Text("Ringkasan terminasi", "Termination summary"),
    "referred_to": Text("Dirujuk ke", "Referred to"),
    "referral_reason": Text("Alasan rujukan", "Reason for referral"),
    "history": Text("Riwayat tahap", "Stage history"),
    "col_from": Text("Dari tahap", "From"),
    "col_to": Text("Ke tahap", "To"),
    "col_note": Text("Catatan", "Note"),
    "assessment": Text("Asesmen", "Assessment"),
    "assessment_none": Text("Asesmen belum ditulis.", "No assessment was written."),
    "goals": Text("Rencana intervensi", "Intervention plan"),
    "goals_none": Text("Belum ada tujuan intervensi.", "No intervention goals."),
    "col_goal": Text("Tujuan dan kegiatan", "Goal and activities"),
    "col_responsible": Text("Penanggung jawab", "Responsible"),
    "col_target": Text("Target", "Target"),
    "col_status": Text("Status", "Status"),
    "sessions": Text("Sesi", "Sessions"),
    "fees": Text("Pengaturan tarif", "Fee arrangement"),
    "fees_none": Text("Tarif standar (tidak ada pengaturan khusus).", "Standard fees (no special arrangement)."),
    "col_from_date": Text("Berlaku mulai", "From"),
    "col_kind": Text("Jenis", "Kind"),
    "col_reason": Text("Alasan", "Reason"),
    "reduction": Text("{kind} {percent}%", "{kind} {percent}%"),
    "invoices": Text("Tagihan dan pembayaran", "Invoices and payments"),
    "invoices_none": Text("Tidak ada tagihan.", "No invoices."),
    "draft": Text("Draf", "Draft"),
    "shared_note": Text("Tagihan ini juga menagihkan layanan klien lain; hanya baris milik klien ini yang "
                        "ditampilkan, tanpa jumlah dan pembayaran seluruh tagihan.",
                        "This invoice also bills other clients' services; only this client's lines are shown, "
                        "without the whole invoice's totals and payments."),
    "payments": Text("Pembayaran", "Payments"),
    "col_receipt": Text("Kuitansi", "Receipt"),
    "attachments": Text("Lampiran", "Attachments"),
    "attachments_none": Text("Tidak ada lampiran.", "No attachments."),
    "col_title": Text("Judul", "Title"),
    "col_file": Text("Berkas dalam ekspor", "File in the export"),
    "erased": Text("DATA KLIEN INI TELAH DIHAPUS ATAS PERMINTAAN", "THIS CLIENT'S DATA WAS ERASED ON REQUEST"),
    "erased_note": Text("Dihapus {when}. Yang tersisa hanya catatan keuangan yang wajib disimpan 10 tahun, "
                        "tanpa identitas.",
                        "Erased {when}. Only the money records the law keeps for 10 years remain, without identity."),
    "certified": Text("Disusun dari data yang tersimpan dalam Peksos Desk pada tanggal cetak.",
                      "Compiled from the records kept in Peksos Desk on the date printed."),
}


def _w(key: str, language: Language, **values: object) -> str:
    text = _WORDS[key]
    return (text.format(**values) if values else text).render(language)


def build_client_record(document: ClientRecordDocument, profile: Profile, out: Out, *, language: Language = "id",
                        printed_on: date, logo: Logo | None = None) -> int:
    """Write the client record (see the module's docstring). Returns the number of pages."""
    client = document.client
    zone = document.zone
    s = styles()
    story: list[Flowable] = [
        para(_w("title", language).upper(), s.title),
        para(_w("subtitle", language, code=client.code), s.subtitle),
    ]
    if document.erasure is not None:
        story.append(mark_box(_w("erased", language), note=_w(
            "erased_note", language, when=format_datetime(document.erasure.erased_at, zone, language))))
    story += _identity(document, language)
    story += _cases(document.cases, zone, language)
    story += _fees(document.fee_arrangements, language)
    story += _invoices(document.invoices, language)
    story += _attachments(document, language)
    sign_off(story, signature_block(profile, language, on=printed_on, zone=zone, note=_w("certified", language)))
    title = f"{_w('title', language)} {client.code}"
    return build_document(out, profile=profile, title=title, language=language, printed_on=printed_on,
                          confidential=True, story=story, subject=_w("title", language), logo=logo)


def _dash(text: str | None, language: Language) -> str:
    return text.strip() if text and text.strip() else label("empty", language)


def _identity(document: ClientRecordDocument, language: Language) -> list[Flowable]:
    client = document.client
    birth = ", ".join(part for part in (client.birth_place.strip(),
                                        format_date(client.birth_date, language) if client.birth_date else "")
                      if part)
    rows: list[tuple[str, str | Flowable]] = [
        (label("client_name", language), client.full_name),
        (_w("nickname", language), _dash(client.nickname, language)),
        (label("client_code", language), client.code),
        (_w("nik", language), _dash(client.nik, language)),
        (_w("kk", language), _dash(client.kk_number, language)),
        (_w("bpjs", language), _dash(client.bpjs_number, language)),
        (_w("birth", language), _dash(birth, language)),
        (label("age", language), label("age_years", language, n=client.age) if client.age is not None
         else label("empty", language)),
        (_w("sex", language), client.sex.label.render(language) if client.sex else label("empty", language)),
        (_w("address", language), _dash(client.address, language)),
        (_w("city", language), _dash(client.city, language)),
        (_w("phone", language), _dash(client.phone, language)),
    ]
    if client.created_at is not None:
        rows.append((_w("registered", language), format_date(to_local(client.created_at, document.zone).date(),
                                                              language)))
    rows.append((_w("archived", language), _w("yes" if client.archived else "no", language)))
    out: list[Flowable] = [heading(_w("identity", language)), key_values(rows)]
    if client.notes.strip():
        out += [heading(_w("notes", language), level=2), *text_block(client.notes)]
    consent = (_w("consent_given", language, date=format_date(client.consent_date, language))
               if client.consent_given and client.consent_date else _w("consent_missing", language))
    out += [heading(_w("guardian_consent", language)), key_values([
        (_w("guardian", language), _dash(client.guardian_name, language)),
        (_w("guardian_relation", language), _dash(client.guardian_relation, language)),
        (_w("guardian_phone", language), _dash(client.guardian_phone, language)),
        (_w("consent", language), consent),
    ])]
    out.append(heading(_w("ppks", language)))
    if client.ppks_codes:
        out += [para(f"{code}. {ppks_by_code(code).label.render(language)}", styles().body_left)
                for code in client.ppks_codes]
    else:
        out.append(para(_w("ppks_none", language)))
    return out


def _cases(cases: Sequence[CaseRecord], zone: PractitionerZone, language: Language) -> list[Flowable]:
    out: list[Flowable] = [heading(_w("cases", language))]
    if not cases:
        return [*out, para(_w("no_cases", language))]
    for record in cases:
        case = record.case
        out += [separator(), heading(_w("case_heading", language, number=case.number)), key_values(_case_rows(
            case, language))]
        out += _history(case, language)
        out += _assessment(case, language)
        out += _goals(case, language)
        out.append(heading(_w("sessions", language), level=2))
        if not record.sessions:
            out.append(para(label("no_sessions", language), styles().small))
        for number, session in enumerate(sorted(record.sessions, key=lambda item: (item.starts_at, item.id)),
                                         start=1):
            out += _session(session, number, zone, language)
    return out


def _case_rows(case: CaseView, language: Language) -> list[tuple[str, str | Flowable]]:
    rows: list[tuple[str, str | Flowable]] = [
        (label("field_of_practice", language), case.field_of_practice.label.render(language)),
        (label("setting", language), case.setting.label.render(language)),
        (label("opened_on", language), format_date(case.opened_on, language)),
        (label("closed_on", language), format_date(case.closed_on, language) if case.closed_on
         else label("empty", language)),
        (label("stage_now", language), case.stage.label.render(language)),
        (_w("referral_source", language), _dash(case.referral_source, language)),
        (label("presenting_problem", language), _dash(case.presenting_problem, language)),
    ]
    for key, value in (("termination_summary", case.termination_summary), ("referred_to", case.referred_to),
                       ("referral_reason", case.referral_reason)):
        if value.strip():
            rows.append((_w(key, language), value))
    return rows


def _history(case: CaseView, language: Language) -> list[Flowable]:
    rows = [[format_date(event.occurred_on, language),
             event.from_stage.label.render(language) if event.from_stage else label("empty", language),
             event.to_stage.label.render(language), event.note]
            for event in case.history]
    widths = [32 * mm, 40 * mm, 40 * mm, CONTENT_WIDTH - 112 * mm]
    return [heading(_w("history", language), level=2), data_table(
        [label("col_date", language), _w("col_from", language), _w("col_to", language), _w("col_note", language)],
        rows, widths)]


def _assessment(case: CaseView, language: Language) -> list[Flowable]:
    out: list[Flowable] = [heading(_w("assessment", language), level=2)]
    written = [(section, case.assessment.get(section, "")) for section in AssessmentSection]
    written = [(section, text) for section, text in written if text.strip()]
    if not written:
        return [*out, para(_w("assessment_none", language), styles().small)]
    for section, text in written:
        out += [para(section.label.render(language), styles().lead), *text_block(text)]
    return out


def _goals(case: CaseView, language: Language) -> list[Flowable]:
    out: list[Flowable] = [heading(_w("goals", language), level=2)]
    if not case.goals:
        return [*out, para(_w("goals_none", language), styles().small)]
    rows = []
    for goal in case.goals:
        what = goal.description + (f" — {goal.activities}" if goal.activities.strip() else "")
        rows.append([what, _dash(goal.responsible, language),
                     format_date(goal.target_date, language) if goal.target_date else label("empty", language),
                     f"{goal.status.label.render(language)} ({goal.progress}%)"])
    widths = [CONTENT_WIDTH - 102 * mm, 36 * mm, 30 * mm, 36 * mm]
    return [*out, data_table([_w("col_goal", language), _w("col_responsible", language), _w("col_target", language),
                              _w("col_status", language)], rows, widths)]


def _session(session: SessionView, number: int, zone: PractitionerZone, language: Language) -> list[Flowable]:
    s = styles()
    start, end = to_local(session.starts_at, zone), to_local(session.ends_at, zone)
    facts = [f"{format_time(start.time(), language)}–{format_time(end.time(), language)} {zone.abbreviation}",
             session.place.label.render(language), session.service_type_name,
             session.attendance.label.render(language)]
    if session.fee is not None:
        facts.append(format_rupiah(session.fee))
    out: list[Flowable] = [
        heading(label("session_n_on", language, n=number, date=format_date(start.date(), language, weekday=True)),
                level=2),
        para(" · ".join(fact for fact in facts if fact), s.small),
    ]
    sections = NoteFormat(session.note_format).sections
    if all(is_blank(session.note.get(key, "")) for key in sections):
        out.append(para(label("no_note", language), s.small))
    else:
        if session.signed_at is None:
            out.append(para(label("draft_mark", language), s.small))
        for key in sections:
            text = session.note.get(key, "")
            out.append(para(NOTE_SECTION_LABELS[key].render(language), s.lead))
            out += [para(label("section_blank", language), s.small)] if is_blank(text) else text_block(text)
    if session.signed_at is not None:
        out.append(para(label("signed_line", language, when=format_datetime(session.signed_at, zone, language)),
                        s.small))
    for index, addendum in enumerate(sorted(session.addenda, key=lambda item: (item.written_at, item.id)), start=1):
        out.append(para(label("addendum_n", language, n=index,
                              when=format_datetime(addendum.written_at, zone, language)), s.lead))
        out.append(para(f"{label('reason', language)}: {addendum.reason}", s.body_left))
        out += text_block(addendum.content)
    out.append(Spacer(1, 4))
    return out


def _fees(arrangements: Sequence[FeeArrangementView], language: Language) -> list[Flowable]:
    out: list[Flowable] = [heading(_w("fees", language))]
    if not arrangements:
        return [*out, para(_w("fees_none", language))]
    rows = []
    for item in sorted(arrangements, key=lambda a: (a.valid_from, a.id)):
        kind = item.kind.label.render(language)
        if item.reduction_percent is not None:
            kind = _w("reduction", language, kind=kind, percent=item.reduction_percent)
        rows.append([format_date(item.valid_from, language), kind, _dash(item.reason, language)])
    return [*out, data_table([_w("col_from_date", language), _w("col_kind", language), _w("col_reason", language)],
                             rows, [32 * mm, 56 * mm, CONTENT_WIDTH - 88 * mm])]


def _invoices(invoices: Sequence[InvoiceRecord], language: Language) -> list[Flowable]:
    out: list[Flowable] = [heading(_w("invoices", language))]
    if not invoices:
        return [*out, para(_w("invoices_none", language))]
    s = styles()
    for record in invoices:
        invoice = record.invoice
        number = invoice.number or _w("draft", language)
        facts = [invoice.status.label.render(language), invoice.payer_name]
        if invoice.issue_date:
            facts.append(format_date(invoice.issue_date, language))
        out += [heading(f"{label('invoice_title', language)} {number}", level=2),
                para(" · ".join(fact for fact in facts if fact), s.small)]
        rows = [[format_date(line.service_date, language) if line.service_date else label("empty", language),
                 line.description, str(line.quantity), format_rupiah(line.amount)] for line in invoice.lines]
        out.append(data_table([label("col_date", language), label("col_description", language),
                               label("col_qty", language), label("col_amount", language)], rows,
                              [32 * mm, CONTENT_WIDTH - 84 * mm, 14 * mm, 38 * mm], numeric=(2, 3)))
        if record.shared:
            out.append(para(_w("shared_note", language), s.small))
        else:
            totals = [(label("invoice_total", language), format_rupiah(invoice.total)),
                      (label("paid_so_far", language), format_rupiah(invoice.paid))]
            if invoice.discount:
                totals.insert(0, (label("discount", language), format_rupiah(invoice.discount)))
            if invoice.balance:
                totals.append((label("balance_due", language), format_rupiah(invoice.balance)))
            out.append(key_values(totals, label_width=45 * mm))
        if record.payments and not record.shared:
            out.append(para(_w("payments", language), s.lead))
            out.append(data_table(
                [label("col_date", language), _w("col_receipt", language), label("col_method", language),
                 label("col_amount", language)],
                [[format_date(p.paid_on, language), p.receipt_number, p.method.label.render(language),
                  format_rupiah(p.amount)] for p in record.payments],
                [32 * mm, 50 * mm, CONTENT_WIDTH - 120 * mm, 38 * mm], numeric=(3,)))
    return out


def _attachments(document: ClientRecordDocument, language: Language) -> list[Flowable]:
    out: list[Flowable] = [heading(_w("attachments", language))]
    if not document.attachments:
        return [*out, para(_w("attachments_none", language))]
    rows = [[item.title, format_date(item.document_date, language) if item.document_date else label("empty", language),
             document.attachment_files.get(item.id, item.file_name)] for item in document.attachments]
    return [*out, data_table([_w("col_title", language), label("col_date", language), _w("col_file", language)],
                             rows, [60 * mm, 32 * mm, CONTENT_WIDTH - 92 * mm])]
