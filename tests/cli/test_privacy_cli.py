"""``peksos-desk export-client``: one client's whole record as a ZIP, with a warning that it is sensitive."""

from __future__ import annotations

import json
import zipfile

import pytest

from peksos_desk.cli import EXIT_OK, EXIT_STORE, main
from peksos_desk.services.app import Services
from tests.services.factories import new_case, new_client


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "praktik.db"
    services = Services.open(path, actor="t")
    client = new_client(services)
    new_case(services, client.id)
    services.close()
    return path, client


def test_a_client_is_exported_by_code_with_a_warning(store, tmp_path, capsys):
    path, client = store
    out = tmp_path / "salinan.zip"
    assert main(["export-client", client.code.lower(), "--db", str(path), "--out", str(out)]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert "tidak dienkripsi" in captured.err and "UU No. 27 Tahun 2022" in captured.err
    with zipfile.ZipFile(out) as archive:
        assert {"README.txt", "record.pdf", "data.json"} <= set(archive.namelist())
        assert json.loads(archive.read("data.json"))["client"]["code"] == client.code
    assert not list(tmp_path.glob(".peksos-*"))


def test_by_id_in_english_to_the_default_name(store, tmp_path, capsys, monkeypatch):
    path, client = store
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "en", "export-client", str(client.id), "--db", str(path)]) == EXIT_OK
    written = tmp_path / f"data-klien-{client.code}.zip"
    assert capsys.readouterr().out.strip() == str(written) and written.exists()
    with zipfile.ZipFile(written) as archive:
        assert "Copy of the personal data" in archive.read("README.txt").decode()


def test_an_unknown_client_or_folder_is_said_plainly(store, tmp_path, capsys):
    path, client = store
    assert main(["export-client", "KL-999999", "--db", str(path)]) == EXIT_STORE
    assert "KL-999999 tidak ditemukan" in capsys.readouterr().err
    assert main(["--lang", "en", "export-client", client.code, "--db", str(path),
                 "--out", str(tmp_path / "nowhere" / "x.zip")]) == EXIT_STORE
    assert "does not exist" in capsys.readouterr().err
