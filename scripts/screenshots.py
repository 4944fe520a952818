"""Write a PNG of every page and dialog, in Indonesian and English, at 1366×768 (the common laptop screen).

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR] [--only GLOB ...]   (``make screenshots``)
The store is fresh demo data, encrypted, in a temporary folder; nothing of the user's is touched. ``--only``
writes only the pictures whose name matches one of the patterns (e.g. ``--only '3[3-9]-*' '4?-*'``).
"""

from __future__ import annotations

import argparse
import fnmatch
import io
import math
import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PEKSOS_DESK_HOME"] = tempfile.mkdtemp(prefix="peksos-shots-")

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QScrollArea, QWidget

from peksos_desk.domain.institutions import InstitutionKind
from peksos_desk.domain.stages import CaseStage, MoveKind
from peksos_desk.services.app import Services
from peksos_desk.services.backups import BackupKind
from peksos_desk.services.demo import generate_demo
from peksos_desk.services.institutions import InstitutionInput
from peksos_desk.services.sessions import NoteStatus
from peksos_desk.store import keys
from peksos_desk.ui.app import AppController, make_application
from peksos_desk.ui.prompter import RecordingPrompter
from peksos_desk.ui.settings import Settings

WIDTH, HEIGHT = 1366, 768
PASSWORD = "kopi pagi di teras rumah"  # the demo store's password (the screenshots type it)
keys.kdf_parameters = keys.TEST_KDF  # a store opened in a blink: these pictures are not about key stretching


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def grab_dialog(app: QApplication, dialog: QDialog, path: Path) -> None:
    dialog.show()
    settle(app)
    for edit in dialog.findChildren(QLineEdit):
        edit.deselect()  # a password typed by the script shows as dots, not as a selection
    grab(app, dialog, path)
    dialog.reject()
    dialog.deleteLater()


# -- made-up files for the attachments and the letterhead (drawn with Pillow and ReportLab) -----------------


def _font(size: int, bold: bool = False) -> object:
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(f"/usr/share/fonts/truetype/dejavu/{name}", size)
    except OSError:
        return ImageFont.load_default(size)


def _png(image: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")  # type: ignore[attr-defined]
    return out.getvalue()


def scanned_letter_png() -> bytes:
    """A "scan" of a village letter: a page with a heading, typed lines, a stamp and a signature."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (1240, 1754), (250, 248, 242))
    draw = ImageDraw.Draw(page)
    draw.text((620, 120), "PEMERINTAH KOTA BANDUNG", font=_font(40, True), fill=(30, 30, 30), anchor="mm")
    draw.text((620, 175), "KELURAHAN SUKAMAJU — RUKUN TETANGGA 04 / RW 07", font=_font(28), fill=(30, 30, 30),
              anchor="mm")
    draw.line((120, 220, 1120, 220), fill=(30, 30, 30), width=5)
    draw.text((620, 300), "SURAT KETERANGAN DOMISILI", font=_font(36, True), fill=(20, 20, 20), anchor="mm")
    draw.text((620, 345), "Nomor: 045/RT04/XI/2026", font=_font(26), fill=(40, 40, 40), anchor="mm")
    lines = ["Yang bertanda tangan di bawah ini, Ketua RT 04 RW 07 Kelurahan",
             "Sukamaju, menerangkan bahwa warga tersebut di bawah ini benar",
             "berdomisili di wilayah kami sejak tahun 2019 dan dikenal",
             "berkelakuan baik di lingkungan.", "",
             "Surat keterangan ini dibuat untuk keperluan pendampingan sosial dan",
             "dapat dipergunakan sebagaimana mestinya."]
    for number, line in enumerate(lines):
        draw.text((140, 440 + number * 48), line, font=_font(27), fill=(45, 45, 45))
    draw.text((760, 1020), "Bandung, 20 November 2026", font=_font(27), fill=(45, 45, 45))
    draw.text((820, 1066), "Ketua RT 04", font=_font(27), fill=(45, 45, 45))
    draw.ellipse((700, 1110, 900, 1310), outline=(70, 80, 160), width=6)
    draw.text((800, 1210), "RT 04", font=_font(34, True), fill=(70, 80, 160), anchor="mm")
    draw.line([(820, 1250), (870, 1190), (900, 1260), (950, 1180), (990, 1240)], fill=(20, 30, 90), width=4)
    draw.text((820, 1330), "H. Asep Saepudin", font=_font(27, True), fill=(45, 45, 45))
    return _png(page.rotate(-0.6, expand=False, fillcolor=(235, 235, 230)))


def report_card_pdf() -> bytes:
    """A one-page school report (rapor) as a PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=True)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawCentredString(297, 780, "LAPORAN HASIL BELAJAR — SEMESTER GANJIL 2025/2026")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(60, 740, "SMP Negeri 3 Baleendah, Kelas VIII")
    for row, (subject, score) in enumerate((("Pendidikan Agama", 82), ("Bahasa Indonesia", 78),
                                            ("Matematika", 71), ("IPAS", 75), ("Seni Budaya", 88))):
        pdf.drawString(80, 700 - row * 22, subject)
        pdf.drawRightString(400, 700 - row * 22, str(score))
    pdf.drawString(60, 560, "Catatan wali kelas: kehadiran membaik sejak Oktober.")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def logo_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (360, 360), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 350, 350), fill=(0, 105, 112, 255))
    draw.ellipse((40, 40, 320, 320), outline=(255, 255, 255, 255), width=6)
    draw.text((180, 165), "SWK", font=_font(92, True), fill=(255, 255, 255, 255), anchor="mm")
    draw.text((180, 250), "PEKSOS", font=_font(30, True), fill=(255, 255, 255, 255), anchor="mm")
    return _png(image)


def signature_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 220), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    # Loops drawn as one pen stroke: x moves on while y swings, with a few loops (a cursive hand, roughly).
    stroke = []
    for step in range(0, 400):
        t = step / 400
        x = 50 + 470 * t + 28 * math.sin(t * 9 * math.pi)
        y = 120 - 55 * math.sin(t * 9 * math.pi + 0.6) * (1 - 0.6 * t) - 20 * t
        stroke.append((x, y))
    draw.line(stroke, fill=(20, 30, 110, 255), width=5, joint="curve")
    draw.line([(70, 185), (330, 170), (540, 178)], fill=(20, 30, 110, 255), width=4, joint="curve")
    return _png(image)


# -- the gallery --------------------------------------------------------------------------------------------


def main(out: Path, only: Sequence[str] = ()) -> int:
    def wanted(name: str) -> bool:
        return not only or any(fnmatch.fnmatch(name, pattern) for pattern in only)

    app = make_application()
    home = Path(os.environ["PEKSOS_DESK_HOME"])
    store = home / "demo.db"
    # A clock the script can turn back, so that the backups listed in Settings were made on different days.
    late = [timedelta(0)]
    services, _code = Services.create(store, password=PASSWORD, actor="sri",
                                      clock=lambda: datetime.now(UTC) - late[0])
    generate_demo(services.db, clients=60, sessions=700, seed=7)
    controller = AppController(app, Settings(home / "settings-id.ini"), RecordingPrompter())
    controller.services = services
    now = services.db.clock()
    cases = services.cases.list_cases(open_only=False, limit=500).rows
    in_intervention = next(c for c in cases if c.stage is CaseStage.INTERVENSI)
    sessions = services.sessions.summaries_between(now - timedelta(days=400), now)
    signed = next(s for s in reversed(sessions) if s.note_status is NoteStatus.SIGNED)
    draft = next((s for s in reversed(sessions) if s.note_status is NoteStatus.DRAFT), signed)
    client = services.clients.get(in_intervention.client_id)
    # The attachments, the referral letter and the erasure belong to a child of school age.
    today = services.cases.today()
    child_case = next((c for c in cases if c.stage is CaseStage.INTERVENSI
                       and school_age(services, c.client_id, today)), in_intervention)
    child = services.clients.get(child_case.client_id)
    add_extras(services, child.id, child_case.id, late)
    for language in ("id", "en"):
        folder = out / language
        folder.mkdir(parents=True, exist_ok=True)
        controller.set_language(language)
        # Column widths saved by the window of the other language would cut this one's titles.
        controller.settings = Settings(home / f"settings-{language}.ini")
        window = controller.show_window()
        window.resize(WIDTH, HEIGHT)
        shots: list[tuple[str, Callable[[], None]]] = [
            ("01-home", lambda w=window: w.show_page("home")),
            ("02-clients", lambda w=window: w.show_page("clients")),
            ("03-client", lambda w=window: w.show_client(client.id)),
            ("04-cases", lambda w=window: (w.show_page("cases"), w.page("cases").show_list())),
            ("05-case-history", lambda w=window: w.show_case(in_intervention.id)),
            ("06-case-assessment", lambda w=window: w.page("cases").detail.tabs.setCurrentIndex(1)),
            ("07-case-plan", lambda w=window: w.page("cases").detail.tabs.setCurrentIndex(2)),
            ("08-case-sessions", lambda w=window: w.page("cases").detail.tabs.setCurrentIndex(3)),
            ("09-schedule", lambda w=window: (w.show_page("schedule"), w.page("schedule").show_diary())),
            ("10-session-draft", lambda w=window: w.show_session(draft.id)),
            ("11-session-signed", lambda w=window: w.show_session(signed.id)),
            ("15-finance-unbilled", lambda w=window: (w.show_page("finance"), w.page("finance").show_tab("unbilled"))),
            ("16-finance-invoices", lambda w=window: w.page("finance").show_tab("invoices")),
            ("17-finance-payers", lambda w=window: w.page("finance").show_tab("payers")),
            ("18-finance-income", lambda w=window: w.page("finance").show_tab("income")),
            ("12-settings-profile",
             lambda w=window: (w.show_page("settings"), w.page("settings").tabs.setCurrentIndex(0))),
            ("13-settings-fees", lambda w=window: w.page("settings").tabs.setCurrentIndex(1)),
            ("14-settings-preferences", lambda w=window: w.page("settings").tabs.setCurrentIndex(2)),
            ("41-settings-institutions", lambda w=window: w.page("settings").tabs.setCurrentIndex(3)),
            ("42-settings-security", lambda w=window: w.page("settings").tabs.setCurrentIndex(4)),
            ("43-settings-backups", lambda w=window: w.page("settings").tabs.setCurrentIndex(5)),
            ("44-settings-audit-log", lambda w=window: w.page("settings").tabs.setCurrentIndex(6)),
            ("45-settings-profile-images", lambda w=window: scroll_to_images(w)),
            ("33-search-results", lambda w=window: (w.show_page("home"), search(app, w, "kekerasan"))),
            ("38-client-attachments", lambda w=window: (w.search_box.close_popup(), w.search_box.clear(),
                                                        w.show_client(child.id), show_attachments(w))),
            ("34-lock-screen", lambda w=window: (w.show_page("home"), w.lock_guard.lock())),
        ]
        for name, show in shots:
            show()
            if wanted(name):
                grab(app, window, folder / f"{name}.png")
        window.lock_guard.unlock_with(PASSWORD)
        dialogs(app, window, folder, wanted, old=(client.id, in_intervention.id), new=(child.id, child_case.id),
                signed_id=signed.id, store=store)
        window.close()
    controller.close()
    return 0


def school_age(services: Services, client_id: int, today: date) -> bool:
    born = services.clients.get(client_id).birth_date
    return born is not None and 9 <= (today - born).days // 365 <= 15


def add_extras(services: Services, client_id: int, case_id: int, late: list[timedelta]) -> None:
    """What the demo data lacks for the new pictures: two attachments, a letterhead, institutions, backups."""
    services.attachments.add(client_id, file_name="surat-domisili-rt04.png", data=scanned_letter_png(),
                             title="Surat keterangan domisili RT 04", document_date=date(2026, 11, 20))
    services.attachments.add(client_id, file_name="rapor-semester-ganjil.pdf", data=report_card_pdf(),
                             title="Rapor semester ganjil 2025/2026", case_id=case_id,
                             document_date=date(2026, 1, 9), notes="Dari wali kelas, diserahkan oleh ibu klien.")
    services.profile.set_image("logo", file_name="logo.png", data=logo_png())
    services.profile.set_image("signature", file_name="tanda-tangan.png", data=signature_png())
    for data in (
        InstitutionInput("UPTD PPA Kota Bandung", InstitutionKind.UPTD_PPA, "Jl. Tamansari No. 76", "Bandung",
                         "Ibu Rina Marlina, S.Psi.", "022 4231 789", "uptdppa@bandung.go.id"),
        InstitutionInput("Dinas Sosial Kota Bandung", InstitutionKind.SOCIAL_AFFAIRS, "Jl. Babakan Karet",
                         "Bandung", "Bpk. Dadang Suherman", "022 6032 551"),
        InstitutionInput("Puskesmas Sukamaju", InstitutionKind.PUSKESMAS, "Jl. Sukamaju Raya No. 12", "Bandung",
                         "dr. Wulan Sari", "022 7201 118"),
        InstitutionInput("RSUD Kota Bandung — Poli Jiwa", InstitutionKind.HOSPITAL, "Jl. Rumah Sakit No. 22",
                         "Bandung", "", "022 7811 794"),
        InstitutionInput("LK3 Bina Keluarga", InstitutionKind.LK3, "Jl. Cijerah No. 5", "Cimahi",
                         "Ibu Sri Mulyani", "0812 2233 4455"),
    ):
        services.institutions.create(data)
    # Backups made earlier are automatic ones: a manual backup is logged, and the log would then go back in time.
    for days, kind in ((9, BackupKind.DAILY), (6, BackupKind.CLOSE), (3, BackupKind.DAILY), (2, BackupKind.CLOSE),
                       (1, BackupKind.DAILY), (0, BackupKind.MANUAL)):
        late[0] = timedelta(days=days, hours=-(9 + days % 4)) if days else timedelta(0)  # in working hours
        services.backups.backup_now(kind=kind)
    late[0] = timedelta(0)


def scroll_to_images(window: QWidget) -> None:
    page = window.page("settings")  # type: ignore[attr-defined]
    page.tabs.setCurrentIndex(0)
    images = page.profile_images
    scroll = next(area for area in page.profile_tab.findChildren(QScrollArea))
    QApplication.processEvents()
    scroll.ensureWidgetVisible(images, 0, 8)


def show_attachments(window: QWidget) -> None:
    detail = window.page("clients").detail  # type: ignore[attr-defined]
    tabs = detail.bottom_tabs
    tabs.setCurrentWidget(detail.attachments)
    detail.attachments.view.selectRow(0)


def search(app: QApplication, window: QWidget, text: str) -> None:
    box = window.search_box  # type: ignore[attr-defined]
    window.activateWindow()
    box.focus_search()
    box.setText(text)
    box.run_search()
    settle(app)


def dialogs(app: QApplication, window: QWidget, folder: Path, wanted: Callable[[str], bool], *,
            old: tuple[int, int], new: tuple[int, int], signed_id: int, store: Path) -> None:
    """The dialogs: ``old`` is the (client, case) of the first pictures, ``new`` the child's of the later ones."""
    from peksos_desk.domain.stages import allowed_moves
    from peksos_desk.ui.dialogs.addendum_dialog import AddendumDialog
    from peksos_desk.ui.dialogs.client_form import ClientFormDialog
    from peksos_desk.ui.dialogs.erase_client_dialog import EraseClientDialog
    from peksos_desk.ui.dialogs.first_run import FirstRunDialog
    from peksos_desk.ui.dialogs.goal_dialog import GoalDialog
    from peksos_desk.ui.dialogs.image_viewer import ImageViewer
    from peksos_desk.ui.dialogs.new_case import NewCaseDialog
    from peksos_desk.ui.dialogs.pdf_password_dialog import PdfPasswordDialog
    from peksos_desk.ui.dialogs.referral_dialog import ReferralDialog
    from peksos_desk.ui.dialogs.service_type_dialog import ServiceTypeDialog
    from peksos_desk.ui.dialogs.session_dialog import SessionDialog
    from peksos_desk.ui.dialogs.stage_move import StageMoveDialog
    from peksos_desk.ui.dialogs.unlock_dialog import UnlockDialog

    context = window.context  # type: ignore[attr-defined]
    services: Services = context.services
    client = services.clients.get(old[0])
    case = services.cases.get(old[1])
    child_id, child_case_id = new
    today = services.cases.today()

    def shot(name: str, make: Callable[[], QDialog]) -> None:
        if wanted(name):
            grab_dialog(app, make(), folder / f"{name}.png")

    shot("20-dialog-client-form", lambda: ClientFormDialog(context, client, window))
    shot("21-dialog-new-client", lambda: ClientFormDialog(context, None, window))
    shot("22-dialog-new-case", lambda: NewCaseDialog(context, client, window))
    for number, kind in enumerate((MoveKind.FORWARD, MoveKind.BACK, MoveKind.TERMINATE, MoveKind.REFER), 23):
        targets = [stage for move, stage in allowed_moves(case.stage) if move is kind]
        shot(f"{number}-dialog-stage-{kind.value}",
             lambda kind=kind, targets=targets: StageMoveDialog(context, case, kind, targets, today=today,
                                                                parent=window))
    shot("27-dialog-goal", lambda: GoalDialog(context, case.id, opened_on=case.opened_on, today=today, parent=window))
    shot("28-dialog-schedule-session", lambda: SessionDialog(context, window))
    shot("29-dialog-addendum", lambda: AddendumDialog(context, services.sessions.get(signed_id), window))
    shot("30-dialog-service-type", lambda: ServiceTypeDialog(context, None, window))
    shot("31-dialog-first-run", lambda: FirstRunDialog(context, window))

    def first_run_form() -> QDialog:
        dialog = FirstRunDialog(context, window)
        dialog.start_set_up()
        return dialog

    shot("32-dialog-first-run-form", first_run_form)

    # The first run of a new, encrypted store: the password page, then the recovery code.
    def new_store(password: str) -> tuple[Services, str | None]:
        path = Path(tempfile.mkdtemp(prefix="first-run-", dir=store.parent)) / "peksos-desk.db"
        return Services.create(path, password=password, actor="screenshots")

    def first_run_password() -> QDialog:
        dialog = FirstRunDialog(None, window, create=new_store)
        dialog.start_set_up()
        dialog.form.widgets["full_name"].setText("Dra. Sri Wahyuni Kartikasari")
        dialog.show_password()
        dialog.setup.password.edit.setText(PASSWORD)
        dialog.setup.repeat.edit.setText(PASSWORD)
        return dialog

    shot("35-dialog-first-run-password", first_run_password)
    if wanted("36-dialog-first-run-recovery-code"):
        dialog = first_run_password()
        dialog.create_store()
        dialog.show()
        grab(app, dialog, folder / "36-dialog-first-run-recovery-code.png")
        created = dialog.created
        dialog.code_page.written_down.setChecked(True)
        dialog.code_page.confirm()
        dialog.deleteLater()
        if created is not None:
            created.close()
    shot("37-dialog-unlock", lambda: UnlockDialog(str(store), window))

    attachments = services.attachments.list_for_client(child_id)
    image = next(item for item in attachments if item.is_image)
    shot("39-image-viewer",
         lambda: ImageViewer(context, services.attachments.content(image.id).data, image.title, window))

    def referral() -> QDialog:
        dialog = ReferralDialog(context, child_case_id, window)
        dialog.select_institution(next(i.id for i in services.institutions.list() if i.name.startswith("UPTD")))
        if not dialog.reason.toPlainText().strip():
            dialog.reason.setPlainText(
                "Klien membutuhkan asesmen psikologis lanjutan dan pendampingan keluarga yang tidak dapat kami "
                "berikan sendiri. Mohon kabari kami jadwal penerimaan klien.")
        dialog.letter_number.setText("012/PS/XI/2026")
        dialog.set_enclosed([item.id for item in attachments])
        return dialog

    shot("40-dialog-referral-letter", referral)
    shot("46-dialog-erase-client",
         lambda: EraseClientDialog(context, services.erasure.preview(child_id), window))

    def pdf_password() -> QDialog:
        dialog = PdfPasswordDialog(window, file_name="/media/sri/FLASHDISK/Rujukan KS-2025-0019.pdf")
        dialog.password.edit.setText("mawar merah 2026")
        return dialog

    shot("47-dialog-pdf-password", pdf_password)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--only", nargs="+", default=(), metavar="GLOB", help="only the pictures named like this")
    arguments = parser.parse_args()
    raise SystemExit(main(arguments.out, arguments.only))
