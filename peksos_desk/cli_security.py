"""Passwords on the command line: opening encrypted stores, and ``change-password``, ``reset-password``,
``new-recovery-code`` and ``encrypt``.

Every command that opens a store takes its password from the environment variable ``PEKSOS_DESK_PASSWORD``
or, on a terminal, asks for it without echo (a few tries, with a growing wait after each wrong one). A new
password comes from ``PEKSOS_DESK_NEW_PASSWORD`` or is asked twice; a recovery code from
``PEKSOS_DESK_RECOVERY_CODE`` or is asked. Nothing secret is ever taken from the command line itself, where
the shell history and the process list would keep it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from peksos_desk.domain.errors import PasswordRequired, StoreError, WeakPassword, WrongPassword
from peksos_desk.domain.text import Text

if TYPE_CHECKING:
    from peksos_desk.services.app import Services

PASSWORD_VARIABLE = "PEKSOS_DESK_PASSWORD"
NEW_PASSWORD_VARIABLE = "PEKSOS_DESK_NEW_PASSWORD"
RECOVERY_CODE_VARIABLE = "PEKSOS_DESK_RECOVERY_CODE"
EXIT_WEAK = 2
TRIES = 5

T = TypeVar("T")

# Replaced in tests: how a secret is asked, whether a person is at a terminal, how the wait is waited.
ask_secret: Callable[[str], str] = getpass.getpass
sleep: Callable[[float], None] = time.sleep


def interactive() -> bool:
    """Whether a person can be asked (a terminal on standard input)."""
    return sys.stdin is not None and sys.stdin.isatty()


def add_security_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                         store: argparse.ArgumentParser) -> None:
    """The sub-commands about the store's password."""
    commands.add_parser("change-password", parents=[store],
                        help=f"change the password of an encrypted store (asks the current and the new one; or "
                             f"{PASSWORD_VARIABLE} and {NEW_PASSWORD_VARIABLE})")
    commands.add_parser("reset-password", parents=[store],
                        help=f"set a new password with the recovery code and print a new recovery code (asks "
                             f"them; or {RECOVERY_CODE_VARIABLE} and {NEW_PASSWORD_VARIABLE})")
    commands.add_parser("new-recovery-code", parents=[store],
                        help="replace the recovery code (asks the password) and print the new one")
    commands.add_parser("encrypt", parents=[store],
                        help=f"encrypt a plain store file in place (asks the new password; or "
                             f"{NEW_PASSWORD_VARIABLE}) and print its recovery code")


SECURITY_COMMANDS = frozenset({"change-password", "reset-password", "new-recovery-code", "encrypt"})


def with_password(target: str, attempt: Callable[[str | None], T], *, what: Text | None = None) -> T:
    """Run ``attempt`` with the store's password (``None`` for a plain store or a server).

    The password comes from ``PEKSOS_DESK_PASSWORD`` (one try) or is asked on a terminal (up to five tries,
    waiting 0, 1, 2, 4 ... seconds after the wrong ones).

    Raises:
        PasswordRequired: the store is encrypted, the variable is not set and no one can be asked.
        WrongPassword: the password given (or every one typed) is wrong.
    """
    from peksos_desk.services.app import store_is_encrypted
    from peksos_desk.services.security import UnlockThrottle

    if not store_is_encrypted(target):
        return attempt(None)
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return attempt(given)
    if not interactive():
        raise PasswordRequired(Text(
            f"Data {target} terenkripsi. Jalankan perintah ini di terminal agar kata sandinya ditanyakan, atau "
            f"isi variabel lingkungan {PASSWORD_VARIABLE}.",
            f"The store {target} is encrypted. Run this command in a terminal to be asked its password, or set "
            f"the environment variable {PASSWORD_VARIABLE}."))
    throttle = UnlockThrottle()
    prompt = str(what or Text("Kata sandi data: ", "Store password: "))
    for _ in range(TRIES):
        password = ask_secret(prompt)
        try:
            result = attempt(password)
        except WrongPassword as exc:
            delay = throttle.record_failure()
            if throttle.failures >= TRIES:
                raise
            _say(str(exc))
            if delay:
                _say(str(Text(f"Tunggu {delay:.0f} detik sebelum mencoba lagi.",
                              f"Wait {delay:.0f} seconds before trying again.")))
                sleep(delay)
            continue
        throttle.record_success()
        return result
    raise WrongPassword()  # not reached: the last failure re-raises


def open_services(target: str) -> Services:
    """The services over the store at ``target``, with its password when it is encrypted (see ``with_password``)."""
    from peksos_desk.services.app import Services

    return with_password(target, lambda password: Services.open(target, password=password))


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _new_password(check: Callable[[str], None]) -> str:
    """A new password from ``PEKSOS_DESK_NEW_PASSWORD``, or asked twice on a terminal until it is good."""
    given = os.environ.get(NEW_PASSWORD_VARIABLE)
    if given:
        check(given)
        return given
    if not interactive():
        raise PasswordRequired(Text(
            f"Kata sandi baru diperlukan: jalankan perintah ini di terminal, atau isi variabel lingkungan "
            f"{NEW_PASSWORD_VARIABLE}.",
            f"A new password is needed: run this command in a terminal, or set the environment variable "
            f"{NEW_PASSWORD_VARIABLE}."))
    _say(str(Text("Pilih kata sandi baru: paling sedikit 10 karakter; beberapa kata yang tidak berhubungan mudah "
                  "diingat dan sulit ditebak.",
                  "Choose a new password: at least 10 characters; a few unrelated words are easy to remember and "
                  "hard to guess.")))
    for _ in range(TRIES):
        first = ask_secret(str(Text("Kata sandi baru: ", "New password: ")))
        try:
            check(first)
        except WeakPassword as exc:
            _say(str(exc))
            continue
        if ask_secret(str(Text("Ulangi kata sandi baru: ", "Repeat the new password: "))) == first:
            return first
        _say(str(Text("Kedua kata sandi tidak sama; ulangi.", "The two passwords differ; try again.")))
    raise WeakPassword(Text("Kata sandi baru tidak ditetapkan; tidak ada yang diubah.",
                            "No new password was set; nothing was changed."))


def _show_recovery_code(code: str) -> None:
    print(str(Text(
        f"Kode pemulihan:\n\n    {code}\n\nTulis kode ini di kertas dan simpan di tempat aman, terpisah dari laptop. "
        f"Kode ini hanya ditampilkan sekali. Jika Anda lupa kata sandi, hanya kode ini yang dapat membuka data; "
        f"tanpa keduanya data tidak dapat dibuka oleh siapa pun.",
        f"Recovery code:\n\n    {code}\n\nWrite this code on paper and keep it somewhere safe, away from the "
        f"laptop. It is shown only once. If you forget the password, only this code can open the store; without "
        f"both, no one can open it.")))


def _require_encrypted(target: str) -> None:
    from peksos_desk.services.app import store_is_encrypted

    if not store_is_encrypted(target):
        raise StoreError(Text(
            f"Data {target} tidak terenkripsi, jadi tidak memiliki kata sandi. Enkripsikan dengan "
            f"'peksos-desk encrypt --db {target}'.",
            f"The store {target} is not encrypted, so it has no password. Encrypt it with "
            f"'peksos-desk encrypt --db {target}'."))


def run_security(command: str, target: str) -> int:
    """Run one of :data:`SECURITY_COMMANDS` on the store at ``target``; returns the exit code."""
    try:
        if command == "change-password":
            return _change_password(target)
        if command == "reset-password":
            return _reset_password(target)
        if command == "new-recovery-code":
            return _new_recovery_code(target)
        return _encrypt(target)
    except WeakPassword as exc:
        _say(f"peksos-desk: {exc}")
        return EXIT_WEAK


def _change_password(target: str) -> int:
    from peksos_desk.services.app import Services

    _require_encrypted(target)
    services, current = with_password(target, lambda password: (Services.open(target, password=password), password),
                                      what=Text("Kata sandi saat ini: ", "Current password: "))
    try:
        assert current is not None
        new = _new_password(services.security.check_password_strength)
        services.security.change_password(current, new)
    finally:
        services.close()
    print(str(Text("Kata sandi sudah diganti. Kode pemulihan tetap sama.",
                   "The password was changed. The recovery code stays the same.")))
    return 0


def _reset_password(target: str) -> int:
    from peksos_desk.services.app import Services
    from peksos_desk.services.security import UnlockThrottle

    _require_encrypted(target)
    code = os.environ.get(RECOVERY_CODE_VARIABLE)
    throttle = UnlockThrottle()
    while True:
        if not code:
            if not interactive():
                raise PasswordRequired(Text(
                    f"Kode pemulihan diperlukan: jalankan perintah ini di terminal, atau isi variabel lingkungan "
                    f"{RECOVERY_CODE_VARIABLE}.",
                    f"The recovery code is needed: run this command in a terminal, or set the environment variable "
                    f"{RECOVERY_CODE_VARIABLE}."))
            code = ask_secret(str(Text("Kode pemulihan (mis. 7KQ2M-...): ", "Recovery code (e.g. 7KQ2M-...): ")))
        try:
            services = Services.open(target, recovery_code=code)
            break
        except WrongPassword as exc:
            delay = throttle.record_failure()
            if os.environ.get(RECOVERY_CODE_VARIABLE) or not interactive() or throttle.failures >= TRIES:
                raise
            _say(str(exc))
            if delay:
                sleep(delay)
            code = None
    try:
        new = _new_password(services.security.check_password_strength)
        new_code = services.security.reset_password_with_recovery(code, new)
    finally:
        services.close()
    print(str(Text("Kata sandi baru sudah ditetapkan. Kode pemulihan lama tidak berlaku lagi.",
                   "The new password is set. The old recovery code no longer works.")))
    _show_recovery_code(new_code)
    return 0


def _new_recovery_code(target: str) -> int:
    from peksos_desk.services.app import Services

    _require_encrypted(target)
    services, password = with_password(target, lambda given: (Services.open(target, password=given), given))
    try:
        assert password is not None
        code = services.security.new_recovery_code(password)
    finally:
        services.close()
    print(str(Text("Kode pemulihan lama tidak berlaku lagi.", "The old recovery code no longer works.")))
    _show_recovery_code(code)
    return 0


def _encrypt(target: str) -> int:
    from pathlib import Path

    from peksos_desk.services.app import demo_store_location, store_is_encrypted
    from peksos_desk.services.security import encrypt_existing_store, password_problem, practitioner_name
    from peksos_desk.store.database import to_url

    url = to_url(target)
    if url.get_backend_name() != "sqlite":
        from peksos_desk.store.schema import server_not_encrypted

        raise server_not_encrypted()
    path = Path(str(url.database))
    if path == demo_store_location().expanduser().resolve():
        raise StoreError(Text("Data demo tidak dienkripsi: isinya rekaan belaka.",
                              "The demo store is not encrypted: everything in it is made up."))
    if store_is_encrypted(path):
        raise StoreError(Text(f"Data {path} sudah terenkripsi.", f"The store {path} is already encrypted."))
    if not path.is_file():
        raise StoreError(Text(f"Berkas {path} tidak ada.", f"The file {path} does not exist."))
    names = [practitioner_name(path)]

    def check(password: str) -> None:
        problem = password_problem(password, names)
        if problem is not None:
            raise WeakPassword(problem)

    password = _new_password(check)
    code = encrypt_existing_store(path, password)
    print(str(Text(f"Data {path} sekarang terenkripsi. Tanpa kata sandi atau kode pemulihan, isinya tidak dapat "
                   f"dibaca.",
                   f"The store {path} is now encrypted. Without the password or the recovery code its contents "
                   f"cannot be read.")))
    _show_recovery_code(code)
    return 0
