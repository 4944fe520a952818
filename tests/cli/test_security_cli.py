"""Encrypted stores on the command line: the password from the environment or a terminal, and the commands."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from peksos_desk import cli_security
from peksos_desk.cli import EXIT_OK, EXIT_PASSWORD, EXIT_STORE, EXIT_USAGE, main
from peksos_desk.services.app import Services, store_is_encrypted
from peksos_desk.store import keys
from tests.services.factories import new_client

PASSWORD = "kopi jendela hujan 47"
NEW_PASSWORD = "teh sore gerimis 12"
CODE = re.compile(r"[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){5}")


@pytest.fixture(autouse=True)
def quiet_environment(monkeypatch, tmp_path):
    monkeypatch.setattr(keys, "kdf_parameters", keys.TEST_KDF)
    for name in (cli_security.PASSWORD_VARIABLE, cli_security.NEW_PASSWORD_VARIABLE,
                 cli_security.RECOVERY_CODE_VARIABLE):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PEKSOS_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(cli_security, "interactive", lambda: False)


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "praktik.db"
    services, code = Services.create(path, password=PASSWORD)
    new_client(services, full_name="Siti Rahmawati")
    services.close()
    return path, code


class Terminal:
    """A person at a terminal: types the answers given, in order; the waits are recorded, not waited."""

    def __init__(self, monkeypatch, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []
        self.waits: list[float] = []
        monkeypatch.setattr(cli_security, "interactive", lambda: True)
        monkeypatch.setattr(cli_security, "ask_secret", self.ask)
        monkeypatch.setattr(cli_security, "sleep", self.waits.append)

    def ask(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


def opens_with(path, password):
    services = Services.open(path, password=password)
    try:
        return [row.full_name for row in services.clients.list_clients().rows]
    finally:
        services.close()


def test_check_takes_the_password_from_the_environment(store, monkeypatch, capsys):
    path, _ = store
    monkeypatch.setenv(cli_security.PASSWORD_VARIABLE, PASSWORD)
    assert main(["check", "--db", str(path)]) == EXIT_OK
    assert "Integritas: baik" in capsys.readouterr().out


def test_a_wrong_password_exits_4_with_a_clear_message(store, monkeypatch, capsys):
    path, _ = store
    monkeypatch.setenv(cli_security.PASSWORD_VARIABLE, "kopi jendela hujan 48")
    assert main(["check", "--db", str(path)]) == EXIT_PASSWORD
    err = capsys.readouterr().err
    assert "Kata sandi salah" in err and "kode pemulihan" in err
    assert "Traceback" not in err


def test_without_a_terminal_or_the_variable_the_command_says_how_to_give_the_password(store, capsys):
    path, _ = store
    assert main(["--lang", "en", "check", "--db", str(path)]) == EXIT_PASSWORD
    err = capsys.readouterr().err
    assert "encrypted" in err and cli_security.PASSWORD_VARIABLE in err


def test_on_a_terminal_the_password_is_asked_and_the_wait_grows_after_each_wrong_one(store, monkeypatch, capsys):
    path, _ = store
    terminal = Terminal(monkeypatch, "salah satu", "salah dua", "salah tiga", PASSWORD)
    assert main(["check", "--db", str(path)]) == EXIT_OK
    assert terminal.waits == [1.0, 2.0]
    assert terminal.prompts == ["Kata sandi data: "] * 4
    err = capsys.readouterr().err
    assert err.count("Kata sandi salah") == 3 and "Tunggu 2 detik" in err


def test_five_wrong_passwords_on_a_terminal_give_up_with_exit_4(store, monkeypatch, capsys):
    path, _ = store
    terminal = Terminal(monkeypatch, *[f"salah ke-{n}" for n in range(5)])
    assert main(["demo", "--db", str(path), "--clients", "1", "--sessions", "0"]) == EXIT_PASSWORD
    assert terminal.waits == [1.0, 2.0, 4.0]
    assert terminal.answers == []
    assert "Kata sandi salah" in capsys.readouterr().err


def test_print_opens_an_encrypted_store_with_the_password(store, monkeypatch, capsys, tmp_path):
    path, _ = store
    monkeypatch.setenv(cli_security.PASSWORD_VARIABLE, PASSWORD)
    assert main(["print", "intake-form", "--db", str(path), "--out", str(tmp_path / "form.pdf")]) == EXIT_OK
    assert (tmp_path / "form.pdf").read_bytes().startswith(b"%PDF")


def test_change_password(store, monkeypatch, capsys):
    path, code = store
    monkeypatch.setenv(cli_security.PASSWORD_VARIABLE, PASSWORD)
    monkeypatch.setenv(cli_security.NEW_PASSWORD_VARIABLE, NEW_PASSWORD)
    assert main(["change-password", "--db", str(path)]) == EXIT_OK
    assert "sudah diganti" in capsys.readouterr().out
    assert opens_with(path, NEW_PASSWORD) == ["Siti Rahmawati"]
    with pytest.raises(Exception, match="salah"):
        opens_with(path, PASSWORD)
    assert keys.unlock_with_recovery(path, code) == keys.unlock(path, NEW_PASSWORD)


def test_change_password_on_a_terminal_asks_twice_and_explains_a_weak_one(store, monkeypatch, capsys):
    path, _ = store
    Terminal(monkeypatch, PASSWORD, "rahasia", NEW_PASSWORD, "teh sore gerimis 13", NEW_PASSWORD, NEW_PASSWORD)
    assert main(["change-password", "--db", str(path)]) == EXIT_OK
    err = capsys.readouterr().err
    assert "paling sedikit 10" in err and "tidak sama" in err
    assert opens_with(path, NEW_PASSWORD) == ["Siti Rahmawati"]


def test_a_weak_new_password_from_the_environment_exits_2_and_changes_nothing(store, monkeypatch, capsys):
    path, _ = store
    before = keys.key_file_for(path).read_bytes()
    monkeypatch.setenv(cli_security.PASSWORD_VARIABLE, PASSWORD)
    monkeypatch.setenv(cli_security.NEW_PASSWORD_VARIABLE, "password2026")
    assert main(["change-password", "--db", str(path)]) == EXIT_USAGE
    assert "terlalu umum" in capsys.readouterr().err
    assert keys.key_file_for(path).read_bytes() == before


def test_a_plain_store_has_no_password_to_change(tmp_path, capsys):
    path = tmp_path / "plain.db"
    Services.create(path, password=None)[0].close()
    assert main(["change-password", "--db", str(path)]) == EXIT_STORE
    assert "peksos-desk encrypt" in capsys.readouterr().err


def test_reset_password_with_the_recovery_code_prints_a_new_code(store, monkeypatch, capsys):
    path, old_code = store
    monkeypatch.setenv(cli_security.RECOVERY_CODE_VARIABLE, old_code.lower())
    monkeypatch.setenv(cli_security.NEW_PASSWORD_VARIABLE, NEW_PASSWORD)
    assert main(["reset-password", "--db", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    new_code = CODE.search(out).group(0)
    assert new_code != old_code and "tidak berlaku lagi" in out and "kertas" in out
    assert opens_with(path, NEW_PASSWORD) == ["Siti Rahmawati"]
    with pytest.raises(Exception, match="tidak membuka"):
        keys.unlock_with_recovery(path, old_code)
    assert keys.unlock_with_recovery(path, new_code) == keys.unlock(path, NEW_PASSWORD)


def test_reset_password_on_a_terminal_asks_the_code_again_after_a_typo(store, monkeypatch, capsys):
    path, code = store
    typo = ("Z" if code[0] != "Z" else "Y") + code[1:]
    terminal = Terminal(monkeypatch, typo, code, NEW_PASSWORD, NEW_PASSWORD)
    assert main(["--lang", "en", "reset-password", "--db", str(path)]) == EXIT_OK
    assert "typing mistake" in capsys.readouterr().err
    assert terminal.prompts[0].startswith("Recovery code")
    assert opens_with(path, NEW_PASSWORD) == ["Siti Rahmawati"]


def test_a_wrong_recovery_code_exits_4(store, monkeypatch, capsys):
    path, _ = store
    other = tmp_code()
    monkeypatch.setenv(cli_security.RECOVERY_CODE_VARIABLE, other)
    monkeypatch.setenv(cli_security.NEW_PASSWORD_VARIABLE, NEW_PASSWORD)
    assert main(["reset-password", "--db", str(path)]) == EXIT_PASSWORD
    assert "tidak membuka" in capsys.readouterr().err


def tmp_code() -> str:
    return keys.new_recovery_code()


def test_new_recovery_code(store, monkeypatch, capsys):
    path, old_code = store
    monkeypatch.setenv(cli_security.PASSWORD_VARIABLE, PASSWORD)
    assert main(["new-recovery-code", "--db", str(path)]) == EXIT_OK
    new_code = CODE.search(capsys.readouterr().out).group(0)
    assert keys.unlock_with_recovery(path, new_code) == keys.unlock(path, PASSWORD)
    with pytest.raises(Exception, match="tidak membuka"):
        keys.unlock_with_recovery(path, old_code)


def test_encrypt_converts_a_plain_store_and_prints_its_recovery_code(tmp_path, monkeypatch, capsys):
    path = tmp_path / "praktik.db"
    services, _ = Services.create(path, password=None)
    new_client(services, full_name="Siti Rahmawati")
    services.close()
    monkeypatch.setenv(cli_security.NEW_PASSWORD_VARIABLE, PASSWORD)
    assert main(["encrypt", "--db", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    code = CODE.search(out).group(0)
    assert "sekarang terenkripsi" in out
    assert store_is_encrypted(path)
    assert opens_with(path, PASSWORD) == ["Siti Rahmawati"]
    assert keys.unlock_with_recovery(path, code)
    assert main(["encrypt", "--db", str(path)]) == EXIT_STORE
    assert "sudah terenkripsi" in capsys.readouterr().err


def test_encrypt_on_a_terminal_asks_the_new_password_twice(tmp_path, monkeypatch, capsys):
    path = tmp_path / "praktik.db"
    Services.create(path, password=None)[0].close()
    Terminal(monkeypatch, PASSWORD, PASSWORD)
    assert main(["encrypt", "--db", str(path)]) == EXIT_OK
    assert opens_with(path, PASSWORD) == []


def test_the_demo_store_stays_plain(tmp_path, monkeypatch, capsys):
    from peksos_desk.services.app import demo_store_location

    demo = demo_store_location()
    Services.create(demo, password=None)[0].close()
    monkeypatch.setenv(cli_security.NEW_PASSWORD_VARIABLE, PASSWORD)
    assert main(["encrypt", "--db", str(demo)]) == EXIT_STORE
    assert "demo" in capsys.readouterr().err
    assert not store_is_encrypted(demo)


def test_encrypt_refuses_a_server_store(monkeypatch, capsys):
    monkeypatch.setenv(cli_security.NEW_PASSWORD_VARIABLE, PASSWORD)
    assert main(["encrypt", "--db", "postgresql+psycopg://sri@127.0.0.1:1/praktik"]) == EXIT_STORE
    assert "PostgreSQL" in capsys.readouterr().err


def test_sqlcipher_prints_nothing_when_a_key_file_does_not_fit(tmp_path):
    # The real command in its own process: a key file beside the wrong store makes SQLCipher try a wrong key,
    # which it would report on stderr ("hmac check failed") unless silenced.
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for path in (first, second):
        Services.create(path, password=PASSWORD)[0].close()
    keys.key_file_for(first).write_bytes(keys.key_file_for(second).read_bytes())  # b's key file beside a
    environment = {"PATH": "/usr/bin:/bin", cli_security.PASSWORD_VARIABLE: PASSWORD,
                   "PEKSOS_DESK_HOME": str(tmp_path / "home")}
    for command in ("check", "demo"):
        result = subprocess.run([sys.executable, "-m", "peksos_desk", command, "--db", str(first)], check=False,
                                capture_output=True, text=True, env=environment, timeout=120)
        assert result.returncode == EXIT_STORE, result.stderr
        assert "tidak cocok" in result.stderr
        assert "hmac" not in result.stderr.lower() and "ERROR" not in result.stderr
        assert "Traceback" not in result.stderr
