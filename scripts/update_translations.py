"""Re-extract the UI's strings into the per-area Indonesian sources (``pyside6-lupdate -no-obsolete``).

Each area owns its files; new strings arrive as unfinished entries to translate (``tests/ui/test_translations.py``
fails until they are). Usage: ``.venv/bin/python scripts/update_translations.py [AREA ...]``
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "peksos_desk" / "ui"
TARGET = ROOT / "peksos_desk" / "resources" / "translations" / "id"

AREAS: dict[str, tuple[str, ...]] = {
    "main": ("app.py", "main_window.py"),
    "home_settings": ("pages/home.py", "pages/settings_page.py", "dialogs/first_run.py",
                      "dialogs/service_type_dialog.py", "widgets/profile_form.py", "models/home.py", "models/fees.py",
                      "widgets/billing_settings.py"),
    "clients": ("pages/clients.py", "dialogs/client_form.py", "dialogs/new_case.py", "models/clients.py",
                "dialogs/fee_arrangement_dialog.py", "widgets/client_*.py"),
    "cases": ("pages/cases.py", "pages/case_detail.py", "dialogs/goal_dialog.py", "dialogs/stage_move.py",
              "dialogs/case_payer_dialog.py", "models/cases.py", "widgets/assessment_editor.py",
              "widgets/stage_stepper.py"),
    "sessions": ("pages/schedule.py", "pages/session_page.py", "dialogs/session_dialog.py",
                 "dialogs/addendum_dialog.py", "models/sessions.py", "widgets/note_editor.py"),
    "documents": ("dialogs/document_viewer.py", "documents.py", "print_actions.py"),
    "documents_extra": ("dialogs/referral_dialog.py", "dialogs/institution_dialog.py", "dialogs/pdf_password_dialog.py",
                        "widgets/institution_directory.py", "widgets/profile_images.py"),
    "finance": ("pages/finance.py", "dialogs/invoice_editor.py", "dialogs/payment_dialog.py",
                "dialogs/payer_dialog.py", "dialogs/void_dialog.py", "models/finance.py", "widgets/finance_*.py"),
    "attachments": ("widgets/attachments_panel.py", "dialogs/attachment_dialog.py", "dialogs/image_viewer.py"),
    "privacy": ("widgets/audit_log_view.py", "models/audit.py", "dialogs/erase_client_dialog.py"),
    "search": ("widgets/search_box.py",),
    "security": ("dialogs/password_setup.py", "dialogs/unlock_dialog.py", "dialogs/change_password.py",
                 "dialogs/encrypt_store.py", "widgets/lock_screen.py", "widgets/password_field.py",
                 "widgets/security_settings.py"),
    "backups": ("widgets/backup_settings.py", "backup_runner.py"),
}


def files_of(area: str) -> list[Path]:
    """The existing files of an area."""
    return sorted({path for pattern in AREAS[area] for path in UI.glob(pattern)})


def main(areas: list[str]) -> int:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    for area in areas or list(AREAS):
        files = files_of(area)
        if files:
            subprocess.run([str(lupdate), *map(str, files), "-ts", str(TARGET / f"{area}.ts"), "-no-obsolete",
                            "-target-language", "id_ID"], check=True, capture_output=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
