"""The key file: the data key opens with the password or the recovery code, and with nothing else."""

from __future__ import annotations

import json
import re
import stat
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from peksos_desk.domain.errors import KeyFileError, NotAStore, PasswordRequired, WrongPassword
from peksos_desk.store import keys
from peksos_desk.store.schema import open_database

PASSWORD = "kopi jendela hujan 47"
CODE_PATTERN = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}$")


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)


@pytest.fixture
def store(tmp_path):
    return tmp_path / "praktik.db"


def test_the_data_key_opens_with_the_password_and_with_the_recovery_code(store):
    data_key, code = keys.create_key_file(store, PASSWORD)
    assert len(data_key) == 32
    assert CODE_PATTERN.match(code)
    assert keys.unlock(store, PASSWORD) == data_key
    assert keys.unlock_with_recovery(store, code) == data_key
    assert keys.key_file_for(store).name == "praktik.db.keys"


def test_each_key_file_has_its_own_random_key_and_code(tmp_path):
    first = keys.create_key_file(tmp_path / "a.db", PASSWORD)
    second = keys.create_key_file(tmp_path / "b.db", PASSWORD)
    assert first[0] != second[0] and first[1] != second[1]
    a, b = (json.loads(keys.key_file_for(tmp_path / name).read_text()) for name in ("a.db", "b.db"))
    assert a["slots"]["password"]["kdf"]["salt"] != b["slots"]["password"]["kdf"]["salt"]


def test_the_key_file_holds_no_key_or_password_in_the_clear(store):
    data_key, code = keys.create_key_file(store, PASSWORD)
    raw = keys.key_file_for(store).read_bytes()
    for secret in (data_key, data_key.hex().encode(), PASSWORD.encode(), code.encode(), code.replace("-", "").encode()):
        assert secret not in raw
    document = json.loads(raw)
    assert document["format"] == "peksos-desk-keys" and document["version"] == keys.VERSION
    assert document["slots"]["password"]["kdf"]["algorithm"] == "argon2id"
    assert document["slots"]["recovery"]["cipher"] == "aes-256-gcm"
    assert document["created"] == document["changed"]


def test_the_key_file_is_private(store):
    keys.create_key_file(store, PASSWORD)
    assert stat.S_IMODE(keys.key_file_for(store).stat().st_mode) == 0o600
    assert [p.name for p in store.parent.iterdir()] == ["praktik.db.keys"]  # no temporary file left


def test_production_key_derivation_costs_what_it_should():
    assert keys.PRODUCTION_KDF.memory_kib >= 64 * 1024 and keys.PRODUCTION_KDF.time_cost >= 3


def test_a_wrong_password_is_refused_and_says_the_recovery_code_can_help(store):
    keys.create_key_file(store, PASSWORD)
    with pytest.raises(WrongPassword) as caught:
        keys.unlock(store, "kopi jendela hujan 48")
    assert "salah" in str(caught.value) and "kode pemulihan" in str(caught.value)
    with pytest.raises(WrongPassword):
        keys.unlock(store, "")


def test_the_password_is_compared_after_unicode_normalisation(store):
    keys.create_key_file(store, "caf\u00e9 jendela hujan")
    assert keys.unlock(store, "cafe\u0301 jendela hujan")


@pytest.mark.parametrize("typed", [
    lambda code: code.lower(),
    lambda code: code.replace("-", ""),
    lambda code: " ".join(code.split("-")),
    lambda code: code.replace("1", "l").replace("0", "o"),
])
def test_the_recovery_code_is_typed_back_in_any_case_with_or_without_dashes(store, typed):
    data_key, code = keys.create_key_file(store, PASSWORD)
    assert keys.unlock_with_recovery(store, typed(code)) == data_key


def test_a_mistyped_recovery_code_is_caught_by_its_check_symbols(store):
    _, code = keys.create_key_file(store, PASSWORD)
    wrong = "Z" if code[0] != "Z" else "Y"
    with pytest.raises(WrongPassword) as caught:
        keys.unlock_with_recovery(store, wrong + code[1:])
    assert "salah ketik" in str(caught.value)
    with pytest.raises(WrongPassword) as caught:
        keys.unlock_with_recovery(store, code[:-6])
    assert "30 karakter" in str(caught.value)
    with pytest.raises(WrongPassword) as caught:
        keys.unlock_with_recovery(store, code[:-1] + "U")
    assert "tanpa U" in str(caught.value)


@given(st.text(max_size=40))
def test_anything_typed_as_a_recovery_code_is_accepted_or_refused_clearly(text):
    try:
        code = keys.normalize_recovery_code(text)
    except WrongPassword as exc:
        assert str(exc)
    else:
        assert len(code) == keys.RECOVERY_SYMBOLS and set(code) <= set(keys.CROCKFORD)


def test_another_stores_recovery_code_does_not_open_this_one(tmp_path):
    keys.create_key_file(tmp_path / "a.db", PASSWORD)
    _, other = keys.create_key_file(tmp_path / "b.db", PASSWORD)
    with pytest.raises(WrongPassword) as caught:
        keys.unlock_with_recovery(tmp_path / "a.db", other)
    assert "tidak membuka" in str(caught.value)


def test_changing_the_password_keeps_the_data_key_and_the_recovery_code(store):
    created = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
    data_key, code = keys.create_key_file(store, PASSWORD, clock=lambda: created)
    keys.change_password(store, data_key, "teh sore gerimis 12", clock=lambda: created + timedelta(days=3))
    with pytest.raises(WrongPassword):
        keys.unlock(store, PASSWORD)
    assert keys.unlock(store, "teh sore gerimis 12") == data_key
    assert keys.unlock_with_recovery(store, code) == data_key
    document = json.loads(keys.key_file_for(store).read_text())
    assert document["created"] == "2026-03-02T02:00:00Z" and document["changed"] == "2026-03-05T02:00:00Z"
    assert stat.S_IMODE(keys.key_file_for(store).stat().st_mode) == 0o600


def test_a_key_that_is_not_the_stores_is_never_wrapped(store):
    keys.create_key_file(store, PASSWORD)
    before = keys.key_file_for(store).read_bytes()
    with pytest.raises(ValueError, match="does not belong"):
        keys.change_password(store, b"\x01" * 32, "teh sore gerimis 12")
    assert keys.key_file_for(store).read_bytes() == before


def test_a_new_recovery_code_replaces_the_old_one(store):
    data_key, old = keys.create_key_file(store, PASSWORD)
    new = keys.reset_recovery_code(store, data_key)
    assert new != old and CODE_PATTERN.match(new)
    with pytest.raises(WrongPassword):
        keys.unlock_with_recovery(store, old)
    assert keys.unlock_with_recovery(store, new) == data_key
    assert keys.unlock(store, PASSWORD) == data_key


def test_password_and_code_are_replaced_together(store):
    data_key, old = keys.create_key_file(store, PASSWORD)
    new = keys.replace_password_and_recovery_code(store, data_key, "teh sore gerimis 12")
    with pytest.raises(WrongPassword):
        keys.unlock(store, PASSWORD)
    with pytest.raises(WrongPassword):
        keys.unlock_with_recovery(store, old)
    assert keys.unlock(store, "teh sore gerimis 12") == keys.unlock_with_recovery(store, new) == data_key


def test_every_flipped_byte_of_the_key_file_is_reported_as_damage_not_as_a_wrong_password(store):
    keys.create_key_file(store, PASSWORD)
    path = keys.key_file_for(store)
    original = path.read_bytes()
    for offset in range(len(original)):
        damaged = bytearray(original)
        damaged[offset] ^= 0x01
        path.write_bytes(bytes(damaged))
        with pytest.raises(KeyFileError) as caught:
            keys.unlock(store, PASSWORD)
        assert "rusak" in str(caught.value), offset
    path.write_bytes(original)
    assert keys.unlock(store, PASSWORD)


def test_a_damaged_key_file_says_so_in_english_too(store):
    from peksos_desk.domain.text import set_language

    keys.create_key_file(store, PASSWORD)
    path = keys.key_file_for(store)
    path.write_bytes(path.read_bytes()[:-40])
    set_language("en")
    with pytest.raises(KeyFileError) as caught:
        keys.unlock_with_recovery(store, "0" * 30)
    assert "damaged" in str(caught.value) and "backup" in str(caught.value)


def test_a_key_file_asking_for_absurd_memory_is_treated_as_damaged(store):
    keys.create_key_file(store, PASSWORD)
    path = keys.key_file_for(store)
    document = json.loads(path.read_text())
    del document["checksum"]
    document["slots"]["password"]["kdf"]["memory_kib"] = 1 << 40
    document["checksum"] = keys._checksum(document)
    path.write_text(json.dumps(document))
    with pytest.raises(KeyFileError, match="rusak"):
        keys.unlock(store, PASSWORD)


def test_a_key_file_from_a_newer_version_is_refused_and_left_alone(store):
    keys.create_key_file(store, PASSWORD)
    path = keys.key_file_for(store)
    document = json.loads(path.read_text())
    del document["checksum"]
    document["version"] = keys.VERSION + 1
    document["checksum"] = keys._checksum(document)
    path.write_text(json.dumps(document))
    before = path.read_bytes()
    with pytest.raises(KeyFileError) as caught:
        keys.unlock(store, PASSWORD)
    assert "lebih baru" in str(caught.value) and "Perbarui" in str(caught.value)
    assert path.read_bytes() == before


def test_an_existing_key_file_is_never_overwritten(store):
    keys.create_key_file(store, PASSWORD)
    before = keys.key_file_for(store).read_bytes()
    with pytest.raises(KeyFileError, match="tidak ditimpa"):
        keys.create_key_file(store, PASSWORD)
    assert keys.key_file_for(store).read_bytes() == before


def test_copying_the_key_file_beside_a_backup(tmp_path, store):
    data_key, code = keys.create_key_file(store, PASSWORD)
    copy = tmp_path / "backups" / "praktik-2026-03-02.db"
    copy.parent.mkdir()
    keys.copy_key_file(store, copy)
    assert keys.key_file_for(copy).read_bytes() == keys.key_file_for(store).read_bytes()
    assert stat.S_IMODE(keys.key_file_for(copy).stat().st_mode) == 0o600
    assert keys.unlock(copy, PASSWORD) == keys.unlock_with_recovery(copy, code) == data_key


def test_a_damaged_key_file_is_not_copied_into_a_backup(tmp_path, store):
    keys.create_key_file(store, PASSWORD)
    keys.key_file_for(store).write_text("{}")
    with pytest.raises(KeyFileError):
        keys.copy_key_file(store, tmp_path / "copy.db")
    assert not keys.key_file_for(tmp_path / "copy.db").exists()


# -- the store and its key file ---------------------------------------------------------------------------------


def test_an_encrypted_store_is_recognised_by_its_key_file(store):
    assert not keys.is_encrypted(store)
    data_key, _ = keys.create_key_file(store, PASSWORD)
    assert keys.is_encrypted(store)
    open_database(store, key=data_key).close()
    assert keys.is_encrypted(store)
    assert not keys.has_plain_header(store)


def test_a_plain_store_beside_a_left_over_key_file_is_still_plain(tmp_path, store):
    open_database(store).close()
    keys.create_key_file(store, PASSWORD)  # e.g. a conversion stopped between its two renames
    assert not keys.is_encrypted(store)
    open_database(store).close()


def test_an_encrypted_store_needs_its_key(store):
    data_key, _ = keys.create_key_file(store, PASSWORD)
    database = open_database(store, key=data_key)
    assert database.is_encrypted and database.key == data_key
    database.close()
    with pytest.raises(PasswordRequired):
        open_database(store)


def test_a_key_file_of_another_store_does_not_fit(tmp_path, store):
    data_key, _ = keys.create_key_file(store, PASSWORD)
    open_database(store, key=data_key).close()
    other = tmp_path / "other.db"
    other_key, _ = keys.create_key_file(other, PASSWORD)
    before = store.read_bytes()
    with pytest.raises(KeyFileError) as caught:
        open_database(store, key=other_key)
    assert "tidak cocok" in str(caught.value)
    assert store.read_bytes() == before


def test_an_encrypted_store_without_its_key_file_says_the_key_file_is_missing(store):
    data_key, _ = keys.create_key_file(store, PASSWORD)
    open_database(store, key=data_key).close()
    keys.key_file_for(store).unlink()
    before = store.read_bytes()
    with pytest.raises(KeyFileError) as caught:
        open_database(store)
    assert "praktik.db.keys" in str(caught.value) and "cadangan" in str(caught.value)
    assert store.read_bytes() == before


def test_random_bytes_of_odd_length_are_still_not_a_store(tmp_path):
    path = tmp_path / "foto.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 1000)
    with pytest.raises(NotAStore):
        open_database(path)


def test_an_encrypted_store_is_copied_aside_encrypted_with_its_key_file_before_an_upgrade(tmp_path, store, monkeypatch,
                                                                                        clock):
    from peksos_desk.store import schema
    from peksos_desk.store.database import raw_connect

    data_key, code = keys.create_key_file(store, PASSWORD)
    database = open_database(store, key=data_key)
    with database.write() as session:
        session.execute(text("INSERT INTO service_type (code, name, default_fee, default_duration_minutes, active,"
                             " created_at, updated_at) VALUES ('K', 'Konsultasi Rahmawati', 1, 60, 1, '2026-01-01',"
                             " '2026-01-01')"))
    database.close()
    on_disk = schema.head_revision()
    monkeypatch.setattr(schema, "head_revision", lambda: "9000_next")
    open_database(store, key=data_key, clock=clock).close()
    [copy] = tmp_path.glob(f"praktik.before-upgrade-{on_disk}-*.db")
    assert b"Rahmawati" not in copy.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert keys.is_encrypted(copy) and keys.unlock_with_recovery(copy, code) == data_key
    connection = raw_connect(copy, data_key)
    assert connection.execute("SELECT name FROM service_type").fetchall() == [("Konsultasi Rahmawati",)]
    connection.close()
