"""``peksos-desk backup`` and ``peksos-desk restore``.

``backup`` makes a manual backup of the store (encrypted like it) into ``--to FOLDER`` or the default folder
(``backups`` beside the store) and rotates that folder; ``--list`` shows the backups there. ``restore BACKUP``
checks the backup (integrity, password, schema) first, says what will be replaced and where the current store is
kept, asks for confirmation on a terminal (``--yes`` answers it for scripts), keeps the current store aside and
puts the backup in its place. Restore works even when the current store no longer opens (damaged, its key file
lost): that is when it is needed most.

Passwords come as for every command (``cli_security``): ``PEKSOS_DESK_PASSWORD`` or asked without echo.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peksos_desk.domain.errors import StoreError
from peksos_desk.domain.text import Text, current_language

if TYPE_CHECKING:
    from peksos_desk.services.backups import BackupCheck, BackupInfo

EXIT_OK, EXIT_DECLINED = 0, 1


def add_backup_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                       store: argparse.ArgumentParser) -> None:
    """The ``backup`` and ``restore`` sub-commands."""
    backup = commands.add_parser(
        "backup", parents=[store],
        help="back the store up now (encrypted like the store), into --to FOLDER or the backups folder beside it")
    backup.add_argument("--to", metavar="FOLDER", type=Path, default=None,
                        help="the folder to write the backup to, e.g. a USB drive (default: 'backups' beside the "
                             "store)")
    backup.add_argument("--list", action="store_true", help="list the backups in the folder instead of making one")
    restore = commands.add_parser(
        "restore", parents=[store],
        help="replace the store with a backup, after checking it; the current store is kept aside")
    restore.add_argument("backup", metavar="BACKUP", type=Path, help="the backup file (…backup-<time>-<kind>.db)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation (for scripts)")


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{done * 100 // total:3d}%", end="", file=sys.stderr, flush=True)


def run_backup(args: argparse.Namespace, target: str) -> int:
    """Make (or with ``--list``, list) backups of the store at ``target``."""
    from peksos_desk.cli_security import open_services

    services = open_services(target)
    try:
        if not services.backups.supported:
            raise StoreError(services.backups.unsupported_message())
        if args.list:
            return _list(services.backups.list_backups(args.to), args.to or services.backups.default_folder())
        made = services.backups.backup_now(args.to, progress=_progress)
    finally:
        services.close()
        if sys.stderr.isatty():
            print("\r", end="", file=sys.stderr)
    print(str(Text("Cadangan dibuat: {p} ({s}{e}).", "Backup made: {p} ({s}{e}).").format(
        p=made.path, s=_megabytes(made.size),
        e=str(Text(", terenkripsi; berkas kunci di sampingnya", ", encrypted; its key file is beside it"))
        if made.encrypted else "")))
    return EXIT_OK


def _list(backups: list[BackupInfo], folder: Path | None) -> int:
    if not backups:
        print(str(Text("Belum ada cadangan di {f}.", "No backups in {f} yet.").format(f=folder)))
        return EXIT_OK
    print(str(Text("Cadangan di {f} (terbaru dahulu):", "Backups in {f} (newest first):").format(f=folder)))
    for found in backups:
        lock = f"  ({Text('terenkripsi', 'encrypted')})" if found.encrypted else ""
        print(f"  {_local(found.created)}  {found.kind.label!s:<13} {_megabytes(found.size):>9}  "
              f"{found.path.name}{lock}")
    return EXIT_OK


def run_restore(args: argparse.Namespace, target: str) -> int:
    """Restore ``args.backup`` into the store at ``target``."""
    from peksos_desk.cli_security import interactive, with_password
    from peksos_desk.services import backups
    from peksos_desk.store.database import to_url

    url = to_url(target)
    if url.get_backend_name() != "sqlite":
        from peksos_desk.services.app import Services

        services = Services.open(target)
        try:
            raise StoreError(services.backups.unsupported_message())
        finally:
            services.close()
    store = Path(str(url.database))
    backup: Path = args.backup.expanduser().resolve()
    check = with_password(str(backup), lambda password: (backups.verify_backup(backup, password), password),
                          what=Text("Kata sandi cadangan (saat dibuat): ", "Backup password (when it was made): "))
    verified, password = check
    print(_describe(verified, store))
    if not args.yes:
        if not interactive():
            print(str(Text("Tidak ada yang diubah. Untuk memulihkan tanpa pertanyaan, tambahkan --yes.",
                           "Nothing was changed. To restore without being asked, add --yes.")), file=sys.stderr)
            return EXIT_DECLINED
        answer = input(str(Text("Pulihkan? Ketik 'ya' untuk melanjutkan: ", "Restore? Type 'yes' to go on: ")))
        if answer.strip().lower() not in ("ya", "yes", "y"):
            print(str(Text("Dibatalkan; tidak ada yang diubah.", "Cancelled; nothing was changed.")))
            return EXIT_DECLINED
    prepared = backups.prepare_restore(store, backup, password, _progress)
    current_key = _current_key(store)
    result, database = backups.finish_restore(store, prepared, current_key=current_key)
    database.close()
    lines = [str(Text("Dipulihkan: {s} sekarang berisi cadangan {b}.",
                      "Restored: {s} now holds the backup {b}.").format(s=store, b=backup.name))]
    if result.kept_aside is not None:
        lines.append(str(Text("Data sebelumnya disimpan sebagai {a}.", "The previous store is kept as {a}.")
                         .format(a=result.kept_aside)))
    if result.password_from_backup:
        lines.append(str(Text("Data ini sekarang dibuka dengan kata sandi yang berlaku saat cadangan dibuat.",
                              "The store now opens with the password it had when the backup was made.")))
    print("\n".join(lines))
    return EXIT_OK


def _current_key(store: Path) -> bytes | None:
    """The data key of the store being replaced when its password is at hand (never asked: it may be lost)."""
    import os

    from peksos_desk.cli_security import PASSWORD_VARIABLE
    from peksos_desk.domain.errors import PeksosError
    from peksos_desk.store import keys

    given = os.environ.get(PASSWORD_VARIABLE)
    if not given or not keys.is_encrypted(store):
        return None
    try:
        return keys.unlock(store, given)
    except PeksosError:
        return None


def _describe(check: BackupCheck, store: Path) -> str:
    en = current_language() == "en"
    when = _local(check.created) if check.created else check.path.name
    kind = f" ({check.kind.label})" if check.kind else ""
    lines = [
        str(Text("Cadangan {w}{k} utuh: {c} klien, {k2} kasus, {s} sesi{e}.",
                 "The backup of {w}{k} is whole: clients {c}, cases {k2}, sessions {s}{e}.").format(
            w=when, k=kind, c=check.clients, k2=check.cases, s=check.sessions,
            e=(", encrypted" if en else ", terenkripsi") if check.encrypted else "")),
    ]
    if check.needs_upgrade:
        lines.append(str(Text("Cadangan ini dari versi lama; data akan diperbarui saat dibuka.",
                              "This backup is from an older version; the store will be upgraded when opened.")))
    lines.append(str(Text(
        "Semua isi data {s} akan diganti dengan cadangan ini. Data saat ini disimpan di sampingnya sebagai "
        "{n}.before-restore-<waktu>{x}.",
        "Everything in the store {s} will be replaced by this backup. The current store is kept beside it as "
        "{n}.before-restore-<time>{x}.").format(s=store, n=store.stem, x=store.suffix)))
    return "\n".join(lines)
