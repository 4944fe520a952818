"""The store's password and recovery code: judging, checking and changing them, and encrypting a plain store.

The data key never changes: a new password or recovery code re-wraps it in the key file (``store.keys``), so
nothing in the store is rewritten. Converting a plain store writes an encrypted copy beside it, checks the
copy, and only then puts it in the original's place (see :func:`encrypt_existing_store`).
"""

from __future__ import annotations

import contextlib
import hmac
import itertools
import logging
import os
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import sqlcipher3

from peksos_desk.domain.errors import (
    KeyFileError,
    NotAStore,
    StoreError,
    StoreLocked,
    WeakPassword,
    WrongPassword,
)
from peksos_desk.domain.text import Text
from peksos_desk.services.base import Service
from peksos_desk.store import keys
from peksos_desk.store.database import Clock, Database, key_literal, raw_connect, system_clock
from peksos_desk.store.schema import key_does_not_fit, probe_sqlite

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 10
BUSY_SECONDS = 2.0  # how long a conversion waits for another program to let go of the store

# Words a guesser tries first (Indonesian and English), and the app's own vocabulary. A password made only of
# these (and digits or symbols) is refused.
_COMMON_WORDS_TEXT = """
    password passwort passw0rd katasandi sandi rahasia kunci masuk login admin administrator root user
    qwerty qwertyuiop asdf asdfgh asdfghjkl zxcvbnm abc abcdef abcdefghij
    iloveyou love cinta sayang sayangku kasih bismillah alhamdulillah allah insyaallah subhanallah amin
    indonesia jakarta bandung surabaya semarang yogyakarta jogja medan makassar bali merdeka garuda pancasila
    welcome selamat letmein changeme default secret rahasiaku dragon monkey sunshine princess football superman
    batman master shadow hello halo test testing coba percobaan
    peksos pekerja sosial pekerjasosial klien kasus praktik praktek catatan desk
"""
COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})


def password_problem(password: str, names: Iterable[str] = ()) -> Text | None:
    """Why ``password`` is too easy to guess, or ``None`` when it will do.

    ``names`` are the practitioner's own names (a guesser knows them from every letterhead).
    """
    text = unicodedata.normalize("NFC", password)
    if len(text) < MIN_PASSWORD_LENGTH:
        return Text(f"Kata sandi harus paling sedikit {MIN_PASSWORD_LENGTH} karakter; yang ini {len(text)}.",
                    f"The password must have at least {MIN_PASSWORD_LENGTH} characters; this one has {len(text)}.")
    if len(set(text)) == 1:
        return Text("Kata sandi tidak boleh hanya satu karakter yang diulang.",
                    "The password must not be one character repeated.")
    if _repeats_a_short_pattern(text):
        return Text("Kata sandi tidak boleh berupa pola pendek yang diulang (seperti 'abcabcabc').",
                    "The password must not be a short pattern repeated (like 'abcabcabc').")
    if _is_a_sequence(text.lower()):
        return Text("Kata sandi tidak boleh berupa urutan sederhana (seperti '1234567890' atau 'abcdefghij').",
                    "The password must not be a simple sequence (like '1234567890' or 'abcdefghij').")
    name_words = {word for name in names for word in re.findall(r"[a-z]+", _fold(name)) if len(word) >= 3}
    folded = _fold(text)
    # "p@ssw0rd2026": digits and symbols inside a word stand for letters; those around it are padding.
    leet = "".join(re.sub(r"^[^a-z]+|[^a-z]+$", "", run).translate(_LEET)
                   for run in re.findall(r"[a-z0-9@$!]+", folded))
    letters = "".join(re.findall(r"[a-z]+", leet))
    plain_letters = "".join(re.findall(r"[a-z]+", folded))
    for candidate in {letters, plain_letters}:
        if candidate and name_words and _made_of(candidate, name_words):
            return Text("Kata sandi tidak boleh berupa nama Anda sendiri: nama itu tertera di setiap kop surat.",
                        "The password must not be your own name: it is on every letterhead.")
        if candidate and _made_of(candidate, COMMON_WORDS | name_words):
            return Text("Kata sandi ini terlalu umum (kata yang mudah ditebak ditambah angka atau simbol). Pakai "
                        "beberapa kata yang tidak berhubungan, misalnya 'kopi jendela hujan 47'.",
                        "This password is too common (an easily guessed word plus digits or symbols). Use a few "
                        "unrelated words, for example 'coffee window rain 47'.")
    return None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _repeats_a_short_pattern(text: str) -> bool:
    return any(len(text) >= 2 * size and (text[:size] * (len(text) // size + 1))[:len(text)] == text
               for size in range(1, 5))


def _is_a_sequence(text: str) -> bool:
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return steps in ({1}, {-1}) or text in ("1234567890", "0987654321")


def _made_of(letters: str, words: frozenset[str] | set[str]) -> bool:
    """Whether ``letters`` splits entirely into ``words``."""
    reachable = [True] + [False] * len(letters)
    for end in range(1, len(letters) + 1):
        reachable[end] = any(reachable[start] and letters[start:end] in words for start in range(end))
    return reachable[-1]


class UnlockThrottle:
    """How long to wait before the next try after failed passwords: 0, 0, 1, 2, 4, 8, ... up to 30 seconds.

    The GUI's lock screen and the CLI keep one per store. ``clock`` is monotonic seconds (replaced in tests).
    """

    MAX_DELAY = 30.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self._failed_at = 0.0

    @staticmethod
    def delay_after(failures: int) -> float:
        """The wait after ``failures`` failed tries in a row."""
        if failures < 2:
            return 0.0
        return float(min(2 ** (failures - 2), UnlockThrottle.MAX_DELAY))

    @property
    def delay(self) -> float:
        """The wait after the failures so far, counted from the last failure."""
        return self.delay_after(self.failures)

    def record_failure(self) -> float:
        """Count a failed try; returns the seconds before the next try may be made."""
        self.failures += 1
        self._failed_at = self._clock()
        return self.delay

    def record_success(self) -> None:
        """The right password was given: no more waiting."""
        self.failures = 0
        self._failed_at = 0.0

    def remaining(self) -> float:
        """Seconds still to wait before the next try may be made (0 when it may be made now)."""
        if not self.failures:
            return 0.0
        return max(0.0, self._failed_at + self.delay - self._clock())

    def may_try(self) -> bool:
        return self.remaining() <= 0


class SecurityService(Service):
    """The password and recovery code of the open (encrypted) store."""

    def __init__(self, db: Database, actor: str) -> None:
        super().__init__(db, actor)

    def _store(self) -> tuple[Path, bytes]:
        if not self.db.is_encrypted or self.db.key is None or not self.db.url.database:
            raise StoreError(Text(
                "Data ini tidak terenkripsi, jadi tidak memiliki kata sandi. Enkripsikan dulu (menu Pengaturan "
                "atau perintah 'peksos-desk encrypt').",
                "This store is not encrypted, so it has no password. Encrypt it first (Settings, or the command "
                "'peksos-desk encrypt')."))
        return Path(self.db.url.database), self.db.key

    def _names(self) -> list[str]:
        from peksos_desk.services.profile import ProfileService

        return [ProfileService(self.db, self.actor).get().full_name]

    def check_password_strength(self, password: str) -> None:
        """Refuse a password that is easy to guess.

        Raises:
            WeakPassword: shorter than 10 characters, one character repeated, a pattern or sequence, the
                practitioner's own name, or common words plus digits; the message says which.
        """
        problem = password_problem(password, self._names())
        if problem is not None:
            raise WeakPassword(problem)

    def verify(self, password: str) -> bool:
        """Whether ``password`` is the store's password (for the lock screen); ~0.4 s by design."""
        path, data_key = self._store()
        try:
            found = keys.unlock(path, password)
        except WrongPassword:
            return False
        return hmac.compare_digest(found, data_key)

    def change_password(self, current: str, new: str) -> None:
        """Replace the password; the recovery code keeps working.

        Raises:
            WrongPassword: ``current`` is not the password.
            WeakPassword: ``new`` is too easy to guess (or the same as the current one).
        """
        path, data_key = self._store()
        self.check_password_strength(new)
        if not self.verify(current):
            raise WrongPassword()
        if new == current:
            raise WeakPassword(Text("Kata sandi baru sama dengan yang lama; pilih yang lain.",
                                    "The new password is the same as the current one; choose another."))
        keys.change_password(path, data_key, new, clock=self.db.clock)
        self._record("password_changed")

    def reset_password_with_recovery(self, code: str, new: str) -> str:
        """Set a new password with the recovery code; returns a NEW recovery code (the old one stops working).

        Raises:
            WrongPassword: the code is mistyped, or not (or no longer) this store's code.
            WeakPassword: ``new`` is too easy to guess.
        """
        path, data_key = self._store()
        keys.normalize_recovery_code(code)  # a typing mistake is reported before anything slow happens
        self.check_password_strength(new)
        found = keys.unlock_with_recovery(path, code)
        if not hmac.compare_digest(found, data_key):
            raise key_does_not_fit(path)
        new_code = keys.replace_password_and_recovery_code(path, data_key, new, clock=self.db.clock)
        self._record("password_reset_with_recovery_code")
        return new_code

    def new_recovery_code(self, password: str) -> str:
        """Replace the recovery code (e.g. when the written one was lost); returns the new code to show once.

        Raises:
            WrongPassword: ``password`` is not the store's password.
        """
        path, data_key = self._store()
        if not self.verify(password):
            raise WrongPassword()
        code = keys.reset_recovery_code(path, data_key, clock=self.db.clock)
        self._record("recovery_code_replaced")
        return code

    def _record(self, action: str) -> None:
        with self.db.write() as session:
            self._audit(session, action, "store", None)


# -- converting a plain store -------------------------------------------------------------------------------------


def _conversion_failed(path: Path, reason: Text) -> StoreError:
    return StoreError(Text(
        f"Enkripsi {path} dihentikan: {reason.id} Data tidak diubah dan tetap dapat dibuka seperti biasa.",
        f"Encrypting {path} was stopped: {reason.en} The store was not changed and opens as before."))


def _row_counts(connection: Any, schema: str) -> dict[str, int]:
    tables = [row[0] for row in connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in tables}


def _export(plain: Any, target: Path, data_key: bytes) -> dict[str, int]:
    """Copy every table, index, trigger and the header fields into the encrypted file; returns the row counts."""
    plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"{key_literal(data_key)}\"", (str(target),))
    try:
        plain.execute("BEGIN IMMEDIATE")  # no one writes to the plain store while it is copied and counted
        try:
            plain.execute("SELECT sqlcipher_export('encrypted')")
            for pragma in ("application_id", "user_version"):
                value = int(plain.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                plain.execute(f"PRAGMA encrypted.{pragma} = {value}")
            counts = _row_counts(plain, "main")
            plain.execute("COMMIT")
        except BaseException:
            plain.execute("ROLLBACK")
            raise
    finally:
        plain.execute("DETACH DATABASE encrypted")
    return counts


def _verify_integrity(target: Path, data_key: bytes) -> None:
    connection = raw_connect(target, data_key)
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()
    if result != ["ok"]:
        raise _CopyRejected(Text("salinan terenkripsi tidak lolos pemeriksaan integritas.",
                                 "the encrypted copy failed its integrity check."))


def _verify_counts(target: Path, data_key: bytes, expected: dict[str, int]) -> None:
    connection = raw_connect(target, data_key)
    try:
        found = _row_counts(connection, "main")
    finally:
        connection.close()
    if found != expected:
        raise _CopyRejected(Text("jumlah baris salinan terenkripsi tidak sama dengan aslinya.",
                                 "the encrypted copy does not hold the same number of rows as the original."))


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _replace(temporary: Path, path: Path) -> None:
    """Put the key file and then the encrypted copy in place; each rename is atomic."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise _StoreBusy()  # someone wrote since the copy: their change would be lost
    os.replace(keys.key_file_for(temporary), keys.key_file_for(path))
    try:
        os.replace(temporary, path)
    except OSError:
        keys.key_file_for(path).unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):
        descriptor = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _overwrite(descriptor: int, size: int) -> None:
    """Overwrite the old plain file's bytes (already unlinked) before they are released.

    This defeats an undelete tool; on SSDs and copy-on-write file systems old blocks may still survive, which is
    why new stores are encrypted from the start.
    """
    chunk = b"\0" * (1 << 20)
    written = 0
    while written < size:
        written += os.pwrite(descriptor, chunk[:min(size - written, len(chunk))], written)
    os.fsync(descriptor)


def _discard(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def practitioner_name(path: Path) -> str:
    """The practitioner's name in a plain store file (read-only), for judging a new password; '' if none."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT full_name FROM practitioner_profile WHERE id = 1").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return ""
    return str(row[0]) if row and row[0] else ""


def encrypt_existing_store(path: Path | str, password: str, *, clock: Clock = system_clock) -> str:
    """Encrypt a plain store file in place; returns its new recovery code (show it once, to be written down).

    The store must be closed. An encrypted copy is written beside it (``sqlcipher_export``), checked (integrity
    and every table's row count), and then the key file and the copy replace the original by atomic renames;
    the old plain bytes are overwritten. If any step fails, the original is left as it was.

    Raises:
        WeakPassword: the password is too easy to guess.
        StoreLocked: the store is open in another program (nothing changed).
        StoreError: the store is already encrypted, not a store, or a step failed (nothing changed).
    """
    path = Path(path).expanduser().resolve()
    if keys.is_encrypted(path):
        raise StoreError(Text(f"Data {path} sudah terenkripsi.", f"The store {path} is already encrypted."))
    found = probe_sqlite(path)
    if found is None or found.empty or found.revision is None:
        raise NotAStore(Text(f"{path} bukan berkas data Peksos Desk; tidak ada yang dienkripsi.",
                             f"{path} is not a Peksos Desk store; nothing was encrypted."))
    problem = password_problem(password, [practitioner_name(path)])
    if problem is not None:
        raise WeakPassword(problem)
    temporary = path.with_name(f".{path.name}.encrypting")
    scratch = (temporary, keys.key_file_for(temporary), temporary.with_name(temporary.name + "-journal"))
    _discard(*scratch)  # what an interrupted earlier attempt left
    try:
        code = _prepare_encrypted_copy(path, temporary, password, clock)
        old = os.open(path, os.O_RDWR)  # kept open to overwrite the plain bytes once they have no name
        try:
            size = os.fstat(old).st_size
            _replace(temporary, path)
        except BaseException:
            os.close(old)
            raise
    except _StoreBusy as exc:
        _discard(*scratch)
        raise StoreLocked(Text(
            f"Enkripsi {path} dihentikan: data sedang dibuka oleh program lain (atau jendela Peksos Desk lain). "
            f"Tutup program itu lalu coba lagi. Data tidak diubah.",
            f"Encrypting {path} was stopped: the store is open in another program (or another Peksos Desk window). "
            f"Close it and try again. The store was not changed.")) from exc
    except _CopyRejected as exc:
        _discard(*scratch)
        raise _conversion_failed(path, exc.reason) from exc
    except KeyFileError:
        _discard(*scratch)
        raise
    except (OSError, sqlite3.DatabaseError, sqlcipher3.DatabaseError) as exc:
        _discard(*scratch)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise _conversion_failed(path, Text(f"{reason}.", f"{reason}.")) from exc
    # From here on the store is encrypted: nothing below may fail the conversion (the code must reach the user).
    try:
        _overwrite(old, size)
    except OSError as exc:
        log.warning("could not overwrite the old plain store file: %s", exc.strerror)
    finally:
        os.close(old)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        _discard(leftover)  # the plain store's empty WAL and its index; the encrypted store makes its own
    return code


class _StoreBusy(Exception):
    """Another connection holds the plain store."""


class _CopyRejected(Exception):
    """The encrypted copy failed a check."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


def _prepare_encrypted_copy(path: Path, temporary: Path, password: str, clock: Clock) -> str:
    """The checked encrypted copy at ``temporary`` with its key file; returns the recovery code."""
    # No key: SQLCipher reads a plain file as SQLite. A read-write connection, so that closing it removes the
    # WAL and its index even when a read-only look before left them.
    plain = sqlcipher3.connect(str(path), isolation_level=None, timeout=BUSY_SECONDS)
    try:
        busy = plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        wal = path.with_name(path.name + "-wal")
        if busy or (wal.exists() and wal.stat().st_size):
            raise _StoreBusy()  # someone still reads or writes: what is in their WAL must not be left behind
        data_key, code = keys.create_key_file(temporary, password, clock=clock)
        expected = _export(plain, temporary, data_key)
    finally:
        plain.close()
    _verify_integrity(temporary, data_key)
    _verify_counts(temporary, data_key, expected)
    os.chmod(temporary, 0o600)
    _fsync(temporary)
    return code
