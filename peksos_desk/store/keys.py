"""The key file beside an encrypted store: the store's data key, wrapped under the password and the recovery code.

An encrypted store (SQLCipher) is opened with a random 256-bit *data key* that never changes and is never
written anywhere in the clear. The key file ``<store>.keys`` holds it twice, each time encrypted (AES-256-GCM)
under a key derived with argon2id: once from the password, once from the recovery code. Changing the password
re-wraps the same data key, so the store itself is not rewritten; losing both the password and the recovery
code loses the data, by design.

The file is JSON (format, version, key-derivation parameters, salts, nonces, wrapped keys, a key check and
timestamps) with a SHA-256 checksum over its content, so that a damaged file is told apart from a wrong
password. It is written atomically (temporary file, fsync, rename, fsync of the folder) with mode 0600.

A store file is *encrypted* when its key file exists and the file does not begin with SQLite's plain-text
header (see :func:`is_encrypted`): a conversion interrupted between writing the key file and replacing the
store leaves a plain store that is still recognised as plain.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from datetime import UTC
from functools import cache
from pathlib import Path
from typing import Any

import sqlcipher3
from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peksos_desk.domain.errors import KeyFileError, WeakPassword, WrongPassword
from peksos_desk.domain.text import Text
from peksos_desk.store.database import KEY_BYTES, Clock, system_clock

FORMAT = "peksos-desk-keys"
VERSION = 1
SUFFIX = ".keys"
SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
NONCE_BYTES = 12
PASSWORD_SLOT, RECOVERY_SLOT = "password", "recovery"

# Crockford's base32: no I, L, O or U, so that a code read aloud or copied by hand is not misread.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = {"I": "1", "L": "1", "O": "0"}
RECOVERY_RANDOM_SYMBOLS = 28  # 140 random bits
RECOVERY_CHECK_SYMBOLS = 2  # 10 bits that catch a typing mistake before the slow key derivation
RECOVERY_GROUP = 5
RECOVERY_SYMBOLS = RECOVERY_RANDOM_SYMBOLS + RECOVERY_CHECK_SYMBOLS


@dataclass(frozen=True)
class KdfParameters:
    """argon2id's cost: passes over memory, memory in KiB, lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int


# ~0.4 s and 128 MiB on a 2-core laptop: slow enough that guessing passwords from a stolen key file is costly.
PRODUCTION_KDF = KdfParameters(time_cost=4, memory_kib=128 * 1024, parallelism=2)
# For the test suite only (milliseconds). Tests switch to it in a fixture:
#     monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)
# Deliberately not settable from the environment, so no user can be talked into weak key files.
TEST_KDF = KdfParameters(time_cost=1, memory_kib=8, parallelism=1)
kdf_parameters: KdfParameters = PRODUCTION_KDF

# What a key file may ask for when it is read: beyond these it is damaged or hostile (a huge memory cost
# would hang the app).
_KDF_LIMITS = KdfParameters(time_cost=64, memory_kib=4 * 1024 * 1024, parallelism=16)


@cache
def quiet_sqlcipher() -> None:
    """Stop SQLCipher printing "hmac check failed" to stderr on a wrong key (a process-wide setting)."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()


quiet_sqlcipher()


def key_file_for(store: Path) -> Path:
    """Where the key file of ``store`` lives: beside it, named ``<store>.keys``."""
    store = Path(store)
    return store.with_name(store.name + SUFFIX)


def has_plain_header(store: Path) -> bool:
    """Whether ``store`` begins like an unencrypted SQLite file (SQLCipher's first bytes are random)."""
    try:
        with Path(store).open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def looks_encrypted(store: Path) -> bool:
    """Whether a file without a key file could be an encrypted store: whole pages, a header that is not text."""
    try:
        size = Path(store).stat().st_size
        with Path(store).open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    printable = sum(32 <= byte < 127 or byte in (9, 10, 13) for byte in head)
    return size >= 512 and size % 512 == 0 and head != SQLITE_HEADER and printable < len(head)


def missing_key_file(store: Path) -> KeyFileError:
    """The error for an encrypted store (or what looks like one) whose key file is not beside it."""
    name = key_file_for(store).name
    return KeyFileError(Text(
        f"{store} bukan data Peksos Desk biasa. Jika ini data terenkripsi, berkas kuncinya ({name}) tidak ada di "
        f"sampingnya; tanpa berkas itu data tidak dapat dibuka. Kembalikan berkas kunci ke folder yang sama, atau "
        f"pulihkan data beserta berkas kuncinya dari cadangan. Tidak ada yang diubah.",
        f"{store} is not a plain Peksos Desk store. If it is an encrypted store, its key file ({name}) is not "
        f"beside it, and without that file it cannot be opened. Put the key file back in the same folder, or "
        f"restore the store with its key file from a backup. Nothing was changed."))


def is_encrypted(store: Path) -> bool:
    """Whether the store at ``store`` is (or, while being created, will be) an encrypted file.

    It is when its key file exists and the store does not begin with SQLite's plain header.
    """
    return key_file_for(store).is_file() and not has_plain_header(store)


# -- passwords and recovery codes ------------------------------------------------------------------------------


def _password_bytes(password: str) -> bytes:
    # NFC: the same password typed on two keyboards (é as one or two code points) opens the same store.
    if not password:
        raise WeakPassword(Text("Kata sandi tidak boleh kosong.", "The password must not be empty."))
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _check_symbols(body: str) -> str:
    bits = int.from_bytes(hashlib.sha256(body.encode("ascii")).digest()[:2], "big") >> 6
    return CROCKFORD[bits >> 5] + CROCKFORD[bits & 31]


def new_recovery_code() -> str:
    """A fresh recovery code, grouped for reading: ``7KQ2M-X4R9T-...`` (140 random bits plus a check)."""
    body = "".join(secrets.choice(CROCKFORD) for _ in range(RECOVERY_RANDOM_SYMBOLS))
    return format_recovery_code(body + _check_symbols(body))


def format_recovery_code(code: str) -> str:
    """A normalized code in groups of five joined by dashes."""
    return "-".join(code[i:i + RECOVERY_GROUP] for i in range(0, len(code), RECOVERY_GROUP))


def normalize_recovery_code(typed: str) -> str:
    """The code as typed back (any case, with or without dashes or spaces) in its canonical form.

    Raises:
        WrongPassword: the text cannot be a recovery code (a wrong length, a character that is never in a code,
            or a typing mistake caught by the check symbols).
    """
    symbols = []
    for typed_char in typed.upper():
        if typed_char in "- \t\r\n":
            continue
        char = _CROCKFORD_ALIASES.get(typed_char, typed_char)
        if char not in CROCKFORD:
            raise WrongPassword(Text(
                "Kode pemulihan hanya berisi angka, huruf (tanpa U) dan tanda hubung; yang diketik berisi karakter "
                "lain.",
                "A recovery code holds only digits, letters (no U) and dashes; what was typed has another "
                "character."))
        symbols.append(char)
    code = "".join(symbols)
    if len(code) != RECOVERY_SYMBOLS:
        raise WrongPassword(Text(
            f"Kode pemulihan terdiri dari {RECOVERY_SYMBOLS} karakter (6 kelompok berisi 5); yang diketik "
            f"{len(code)} karakter.",
            f"A recovery code has {RECOVERY_SYMBOLS} characters (6 groups of 5); {len(code)} were typed."))
    if _check_symbols(code[:RECOVERY_RANDOM_SYMBOLS]) != code[RECOVERY_RANDOM_SYMBOLS:]:
        raise WrongPassword(Text(
            "Kode pemulihan salah ketik. Periksa setiap kelompok dengan kode yang Anda catat.",
            "The recovery code has a typing mistake. Check each group against the code you wrote down."))
    return code


# -- the file ----------------------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _now(clock: Clock) -> str:
    return clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _derive(secret: bytes, salt: bytes, params: KdfParameters) -> bytes:
    return hash_secret_raw(secret, salt, time_cost=params.time_cost, memory_cost=params.memory_kib,
                           parallelism=params.parallelism, hash_len=KEY_BYTES, type=Type.ID,
                           version=ARGON2_VERSION)


def _associated_data(slot: str) -> bytes:
    # Binds each wrapped key to its slot and the format version.
    return f"{FORMAT}/{VERSION}/{slot}".encode("ascii")


def _key_check(data_key: bytes) -> str:
    # Proves a data key is this file's before it is wrapped anew: a wrong key written here would lock the
    # store for good. An HMAC of a random 256-bit key reveals nothing usable about it.
    return hmac.new(data_key, b"peksos-desk data key check", hashlib.sha256).hexdigest()[:32]


def _wrap(data_key: bytes, secret: bytes, slot: str) -> dict[str, Any]:
    params = kdf_parameters
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(_derive(secret, salt, params)).encrypt(nonce, data_key, _associated_data(slot))
    return {"kdf": {"algorithm": "argon2id", "version": ARGON2_VERSION, **asdict(params), "salt": _b64(salt)},
            "cipher": "aes-256-gcm", "nonce": _b64(nonce), "wrapped_key": _b64(wrapped)}


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class _Slot:
    params: KdfParameters
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class _KeyFile:
    body: dict[str, Any]
    slots: dict[str, _Slot]
    key_check: str


def _damaged(path: Path) -> KeyFileError:
    return KeyFileError(Text(
        f"Berkas kunci {path} rusak, sehingga data terenkripsi di sampingnya tidak dapat dibuka. Pulihkan berkas "
        f"kunci (beserta datanya) dari cadangan. Tidak ada yang diubah.",
        f"The key file {path} is damaged, so the encrypted store beside it cannot be opened. Restore the key file "
        f"(with its store) from a backup. Nothing was changed."))


def _read(store: Path) -> _KeyFile:
    return _parse(key_file_for(store), _read_bytes(store))


def _read_bytes(store: Path) -> bytes:
    path = key_file_for(store)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise missing_key_file(store) from None
    except OSError as exc:
        raise KeyFileError(Text(f"Berkas kunci {path} tidak dapat dibaca: {exc.strerror}.",
                                f"The key file {path} cannot be read: {exc.strerror}.")) from exc


def _parse(path: Path, raw: bytes) -> _KeyFile:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged(path) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _damaged(path)
    body = {name: value for name, value in document.items() if name != "checksum"}
    if not hmac.compare_digest(str(document.get("checksum", "")), _checksum(body)):
        raise _damaged(path)
    version = body.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise KeyFileError(Text(
            f"Berkas kunci {path} dibuat oleh versi Peksos Desk yang lebih baru (format {version}). Perbarui "
            f"aplikasi untuk membuka data ini; tidak ada yang diubah.",
            f"The key file {path} was written by a newer version of Peksos Desk (format {version}). Update the "
            f"app to open this store; nothing was changed."))
    try:
        if version != VERSION:
            raise ValueError(version)
        slots = {name: _parse_slot(body["slots"][name]) for name in (PASSWORD_SLOT, RECOVERY_SLOT)}
        key_check = body["key_check"]
        if not isinstance(key_check, str):
            raise ValueError(key_check)
    except (KeyError, TypeError, ValueError):
        raise _damaged(path) from None
    return _KeyFile(body, slots, key_check)


def _parse_slot(slot: dict[str, Any]) -> _Slot:
    kdf = slot["kdf"]
    if kdf["algorithm"] != "argon2id" or kdf["version"] != ARGON2_VERSION or slot["cipher"] != "aes-256-gcm":
        raise ValueError("unknown algorithm")
    params = KdfParameters(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
    if not (1 <= params.time_cost <= _KDF_LIMITS.time_cost and 1 <= params.parallelism <= _KDF_LIMITS.parallelism
            and 8 * params.parallelism <= params.memory_kib <= _KDF_LIMITS.memory_kib):
        raise ValueError("key derivation parameters out of range")
    salt = base64.b64decode(kdf["salt"], validate=True)
    nonce = base64.b64decode(slot["nonce"], validate=True)
    wrapped = base64.b64decode(slot["wrapped_key"], validate=True)
    if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES or len(wrapped) != KEY_BYTES + 16:
        raise ValueError("wrong sizes")
    return _Slot(params, salt, nonce, wrapped)


def _open_slot(keyfile: _KeyFile, slot: str, secret: bytes) -> bytes | None:
    found = keyfile.slots[slot]
    try:
        data_key = AESGCM(_derive(secret, found.salt, found.params)).decrypt(
            found.nonce, found.wrapped, _associated_data(slot))
    except InvalidTag:
        return None
    if not hmac.compare_digest(_key_check(data_key), keyfile.key_check):
        return None
    return data_key


def _write(store: Path, body: dict[str, Any]) -> None:
    document = {**body, "checksum": _checksum(body)}
    _write_atomically(key_file_for(store), (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii"))


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise KeyFileError(Text(f"Berkas kunci {path} tidak dapat ditulis: {exc.strerror}.",
                                f"The key file {path} cannot be written: {exc.strerror}.")) from exc
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)  # against a umask or an inherited ACL
        os.replace(temporary, path)
        _fsync_folder(path.parent)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise KeyFileError(Text(f"Berkas kunci {path} tidak dapat ditulis: {exc.strerror}. Berkas lama tidak diubah.",
                                f"The key file {path} cannot be written: {exc.strerror}. The old one was not "
                                f"changed.")) from exc


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder itself is on disk (not possible on every platform).
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


# -- operations --------------------------------------------------------------------------------------------------


def create_key_file(store: Path, password: str, *, clock: Clock = system_clock) -> tuple[bytes, str]:
    """A new data key for ``store``, wrapped in a new key file; returns the key and the recovery code to show.

    The password is not judged here (see ``services.security``); it only must not be empty.

    Raises:
        KeyFileError: a key file is already there (it is never overwritten) or cannot be written.
    """
    store = Path(store)
    path = key_file_for(store)
    if path.exists():
        raise KeyFileError(Text(
            f"Sudah ada berkas kunci {path}; berkas itu tidak ditimpa.",
            f"There is already a key file {path}; it was not overwritten."))
    secret = _password_bytes(password)
    data_key, code = secrets.token_bytes(KEY_BYTES), new_recovery_code()
    now = _now(clock)
    body = {"format": FORMAT, "version": VERSION, "created": now, "changed": now, "key_check": _key_check(data_key),
            "slots": {PASSWORD_SLOT: _wrap(data_key, secret, PASSWORD_SLOT),
                      RECOVERY_SLOT: _wrap(data_key, normalize_recovery_code(code).encode("ascii"), RECOVERY_SLOT)}}
    _write(store, body)
    return data_key, code


def unlock(store: Path, password: str) -> bytes:
    """The data key of ``store``, unwrapped with its password.

    Raises:
        WrongPassword: the password does not open the key file.
        KeyFileError: the key file is missing, damaged, or from a newer version.
    """
    keyfile = _read(Path(store))
    data_key = _open_slot(keyfile, PASSWORD_SLOT, _password_bytes(password)) if password else None
    if data_key is None:
        raise WrongPassword()
    return data_key


def unlock_with_recovery(store: Path, code: str) -> bytes:
    """The data key of ``store``, unwrapped with the recovery code (any case, dashes optional).

    Raises:
        WrongPassword: the code is mistyped, or is not (or no longer) this store's code.
        KeyFileError: the key file is missing, damaged, or from a newer version.
    """
    keyfile = _read(Path(store))
    data_key = _open_slot(keyfile, RECOVERY_SLOT, normalize_recovery_code(code).encode("ascii"))
    if data_key is None:
        raise WrongPassword(Text(
            "Kode pemulihan ini tidak membuka data ini. Mungkin kode itu milik data lain, atau sudah diganti "
            "dengan kode yang lebih baru.",
            "This recovery code does not open this store. It may belong to another store, or it was replaced "
            "by a newer code."))
    return data_key


def _rewrap(store: Path, data_key: bytes, *, password: str | None, recovery: bool, clock: Clock) -> str | None:
    keyfile = _read(Path(store))
    if len(data_key) != KEY_BYTES or not hmac.compare_digest(_key_check(data_key), keyfile.key_check):
        raise ValueError("this data key does not belong to the store's key file")
    body = json.loads(json.dumps(keyfile.body))
    code = None
    if password is not None:
        body["slots"][PASSWORD_SLOT] = _wrap(data_key, _password_bytes(password), PASSWORD_SLOT)
    if recovery:
        code = new_recovery_code()
        body["slots"][RECOVERY_SLOT] = _wrap(data_key, normalize_recovery_code(code).encode("ascii"), RECOVERY_SLOT)
    body["changed"] = _now(clock)
    _write(Path(store), body)
    return code


def change_password(store: Path, data_key: bytes, new_password: str, *, clock: Clock = system_clock) -> None:
    """Wrap the data key under a new password; the old password stops working, the recovery code does not."""
    _rewrap(store, data_key, password=new_password, recovery=False, clock=clock)


def reset_recovery_code(store: Path, data_key: bytes, *, clock: Clock = system_clock) -> str:
    """A new recovery code for ``store``; the old code stops working. Returns the new code to show once."""
    code = _rewrap(store, data_key, password=None, recovery=True, clock=clock)
    assert code is not None
    return code


def replace_password_and_recovery_code(store: Path, data_key: bytes, new_password: str, *,
                                       clock: Clock = system_clock) -> str:
    """A new password and a new recovery code in one atomic write (after a reset with the old code)."""
    code = _rewrap(store, data_key, password=new_password, recovery=True, clock=clock)
    assert code is not None
    return code


def copy_key_file(store: Path, target_store: Path) -> None:
    """Put the key file of ``store`` beside ``target_store`` (a backup copy): the same wrapped keys, checked.

    Raises:
        KeyFileError: the source key file is missing or damaged, or the copy cannot be written.
    """
    raw = _read_bytes(Path(store))
    _parse(key_file_for(Path(store)), raw)  # never copy a damaged file into a backup
    _write_atomically(key_file_for(Path(target_store)), raw)
