"""``peksos-desk backup`` and ``peksos-desk restore``: what a user at a terminal or a script sees and gets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from peksos_desk import cli_security
from peksos_desk.cli import EXIT_OK, EXIT_PASSWORD, EXIT_STORE, main
from peksos_desk.services.app import Services
from peksos_desk.store import keys
from peksos_desk.store.schema import open_database
from tests.services.factories import new_client

PASSWORD = "kata-sandi-yang-panjang-9"


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)
    monkeypatch.delenv("PEKSOS_DESK_PASSWORD", raising=False)


def plain_store(tmp_path: Path, *names: str) -> Path:
    store = tmp_path / "data" / "praktik.db"
    store.parent.mkdir(parents=True, exist_ok=True)
    services = Services(open_database(store), actor="sri")
    for name in names:
        new_client(services, full_name=name)
    services.close()
    return store


def clients_in(store: Path, key: bytes | None = None) -> list[str]:
    services = Services(open_database(store, key=key), actor="sri")
    try:
        return sorted(c.full_name for c in services.clients.list_clients("").rows)
    finally:
        services.close()


def add_client(store: Path, name: str, key: bytes | None = None) -> None:
    services = Services(open_database(store, key=key), actor="sri")
    new_client(services, full_name=name)
    services.close()


def only_backup(folder: Path) -> Path:
    found = sorted(folder.glob("*.backup-*.db"))
    assert len(found) == 1, found
    return found[0]


def test_backup_to_a_folder_and_list_it(tmp_path, capsys):
    store = plain_store(tmp_path, "Siti Aminah")
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--db", str(store), "--to", str(usb)]) == EXIT_OK
    made = only_backup(usb)
    assert f"Cadangan dibuat: {made}" in capsys.readouterr().out
    assert main(["--lang", "en", "backup", "--list", "--db", str(store), "--to", str(usb)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Backups in" in out and made.name in out and "manual" in out


def test_backup_without_a_folder_goes_beside_the_store(tmp_path):
    store = plain_store(tmp_path, "Siti Aminah")
    assert main(["backup", "--db", str(store)]) == EXIT_OK
    only_backup(store.parent / "backups")


def test_a_missing_folder_is_reported(tmp_path, capsys):
    store = plain_store(tmp_path)
    assert main(["--lang", "en", "backup", "--db", str(store), "--to", str(tmp_path / "no" / "usb")]) == EXIT_STORE
    assert "is not there. Plug in its drive" in capsys.readouterr().err


def test_restore_asks_on_a_terminal_and_keeps_the_current_store(tmp_path, monkeypatch, capsys):
    store = plain_store(tmp_path, "Siti Aminah")
    assert main(["backup", "--db", str(store)]) == EXIT_OK
    made = only_backup(store.parent / "backups")
    add_client(store, "Dewi Lestari")
    monkeypatch.setattr(cli_security, "interactive", lambda: True)
    answers = iter(["tidak", "ya"])
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or next(answers))
    capsys.readouterr()

    assert main(["restore", str(made), "--db", str(store)]) == 1  # declined
    out = capsys.readouterr().out
    assert "1 klien" in out and "akan diganti" in out and "praktik.before-restore-<waktu>.db" in out
    assert clients_in(store) == ["Dewi Lestari", "Siti Aminah"]

    assert main(["restore", str(made), "--db", str(store)]) == EXIT_OK
    out = capsys.readouterr().out
    assert clients_in(store) == ["Siti Aminah"]
    kept = next(store.parent.glob("praktik.before-restore-*.db"))
    assert f"Data sebelumnya disimpan sebagai {kept}" in out
    assert clients_in(kept) == ["Dewi Lestari", "Siti Aminah"]
    assert len(asked) == 2


def test_restore_in_a_script_needs_yes(tmp_path, capsys):
    store = plain_store(tmp_path, "Siti Aminah")
    main(["backup", "--db", str(store)])
    made = only_backup(store.parent / "backups")
    add_client(store, "Dewi Lestari")
    assert main(["restore", str(made), "--db", str(store)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert clients_in(store) == ["Dewi Lestari", "Siti Aminah"]
    assert main(["restore", str(made), "--db", str(store), "--yes"]) == EXIT_OK
    assert clients_in(store) == ["Siti Aminah"]


def test_an_encrypted_backup_and_its_password(tmp_path, monkeypatch, capsys):
    store = tmp_path / "data" / "praktik.db"
    store.parent.mkdir(parents=True)
    services, _code = Services.create(store, password=PASSWORD)
    new_client(services, full_name="Siti Aminah")
    key = services.db.key
    services.close()
    monkeypatch.setenv("PEKSOS_DESK_PASSWORD", PASSWORD)
    assert main(["backup", "--db", str(store)]) == EXIT_OK
    made = only_backup(store.parent / "backups")
    assert keys.key_file_for(made).exists()
    add_client(store, "Dewi Lestari", key)

    monkeypatch.setenv("PEKSOS_DESK_PASSWORD", "salah-sama-sekali")
    capsys.readouterr()
    assert main(["restore", str(made), "--db", str(store), "--yes"]) == EXIT_PASSWORD
    assert "tidak membuka cadangan" in capsys.readouterr().err
    assert clients_in(store, key) == ["Dewi Lestari", "Siti Aminah"]

    monkeypatch.setenv("PEKSOS_DESK_PASSWORD", PASSWORD)
    assert main(["restore", str(made), "--db", str(store), "--yes"]) == EXIT_OK
    assert clients_in(store, key) == ["Siti Aminah"]
    assert next(store.parent.glob("praktik.before-restore-*.db.keys")).exists()


def test_restore_rescues_a_store_that_no_longer_opens(tmp_path, capsys):
    store = plain_store(tmp_path, "Siti Aminah")
    main(["backup", "--db", str(store)])
    made = only_backup(store.parent / "backups")
    store.write_bytes(b"\0" * 4096)  # the store is ruined
    assert main(["check", "--db", str(store)]) == EXIT_STORE
    assert main(["restore", str(made), "--db", str(store), "--yes"]) == EXIT_OK
    assert clients_in(store) == ["Siti Aminah"]
    assert next(store.parent.glob("praktik.before-restore-*.db")).read_bytes() == b"\0" * 4096


def test_restore_onto_a_new_laptop(tmp_path):
    store = plain_store(tmp_path, "Siti Aminah")
    main(["backup", "--db", str(store)])
    made = only_backup(store.parent / "backups")
    fresh = tmp_path / "laptop-baru" / "data" / "praktik.db"
    assert main(["restore", str(made), "--db", str(fresh), "--yes"]) == EXIT_OK
    assert clients_in(fresh) == ["Siti Aminah"]
    assert sorted(p.name for p in fresh.parent.iterdir()) == ["praktik.db"]


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path, capsys):
    store = plain_store(tmp_path, *(f"Klien {n:02d}" for n in range(30)))
    main(["backup", "--db", str(store)])
    made = only_backup(store.parent / "backups")
    with made.open("r+b") as handle:
        handle.truncate(made.stat().st_size // 2)
    before = sorted(p.name for p in store.parent.iterdir())
    assert main(["--lang", "en", "restore", str(made), "--db", str(store), "--yes"]) == EXIT_STORE
    assert "damaged or incomplete" in capsys.readouterr().err
    assert sorted(p.name for p in store.parent.iterdir()) == before
    assert len(clients_in(store)) == 30


def test_a_backup_from_a_newer_version_is_refused(tmp_path, capsys):
    store = plain_store(tmp_path)
    main(["backup", "--db", str(store)])
    made = only_backup(store.parent / "backups")
    connection = sqlite3.connect(made)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    assert main(["restore", str(made), "--db", str(store), "--yes"]) == EXIT_STORE
    assert "versi Peksos Desk yang lebih baru" in capsys.readouterr().err


def test_a_postgresql_store_is_left_to_the_server(store_url, tmp_path, capsys):
    if "://" not in store_url:
        pytest.skip("the PostgreSQL answer")
    open_database(store_url).close()
    assert main(["--lang", "en", "backup", "--db", store_url, "--to", str(tmp_path)]) == EXIT_STORE
    assert "pg_dump" in capsys.readouterr().err
    assert main(["restore", str(tmp_path / "x.db"), "--db", store_url, "--yes"]) == EXIT_STORE
    assert "pg_dump" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
