"""The real program in a subprocess, as a script or a lawyer at a terminal would run it."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casedesk.storage.migrations import LATEST_SCHEMA_VERSION
from casedesk.storage.vault import open_vault
from tests.conftest import PASSPHRASE, run_cli


def casedesk(*args: str, passphrase: str | None = PASSPHRASE, lang: str = "en_US.UTF-8", **env: str):
    environment = {**os.environ, "LANG": lang, "LC_ALL": lang, **env}
    environment.pop("CASEDESK_PASSPHRASE", None)
    if passphrase is not None:
        environment["CASEDESK_PASSPHRASE"] = passphrase
    result = subprocess.run([sys.executable, "-m", "casedesk", *args], capture_output=True, text=True,
                            env=environment, stdin=subprocess.DEVNULL, timeout=120)
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def vault_path(tmp_path):
    path = tmp_path / "vault"
    assert casedesk("init", str(path)).returncode == 0
    return path


def test_init_add_search_show_verify(vault_path):
    added = casedesk("add", str(vault_path), "--name", "María José Íñiguez Rodríguez",
                     "--national-id", "V-12.345.678", "--arrested", "3 dic 2020",
                     "--facility", "Rodeo I", "--status", "Privado de libertad")
    assert added.returncode == 0, added.stderr
    case_id = added.stdout.strip()

    found = json.loads(casedesk("search", str(vault_path), "IÑIGUEZ", "--json").stdout)
    assert [(c["id"], c["name"], c["national_id"], c["status"]) for c in found] == [
        (case_id, "María José Íñiguez Rodríguez", "V-12345678", "detained")]
    assert json.loads(casedesk("search", str(vault_path), "12.345.678", "--json").stdout)[0]["id"] == case_id

    shown = json.loads(casedesk("show", str(vault_path), case_id[:8], "--json").stdout)
    assert shown["case"]["facility"] == "Rodeo I" and shown["case"]["arrest_date"] == "2020-12-03"

    verified = casedesk("verify", str(vault_path), "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout) == {
        "ok": True, "problems": [], "audit_entries": 4, "audit_head": json.loads(verified.stdout)["audit_head"]}


def test_output_speaks_spanish_when_the_locale_does(vault_path):
    case_id = casedesk("add", str(vault_path), "--name", "Ana Pérez", "--arrested", "2024-01-05").stdout.strip()
    shown = casedesk("show", str(vault_path), case_id, lang="es_VE.UTF-8")
    assert "Situación:" in shown.stdout and "Detenido/a" in shown.stdout
    wrong = casedesk("show", str(vault_path), case_id, passphrase="esta no es la frase", lang="es_VE.UTF-8")
    assert wrong.returncode == 3 and "no abre esta bóveda" in wrong.stderr


def test_exit_codes_say_what_happened(vault_path, tmp_path):
    assert casedesk("search", str(vault_path), "x", passphrase="not the right one").returncode == 3
    assert casedesk("search", str(vault_path)).returncode == 2                       # usage
    assert casedesk("show", str(vault_path), "ffffffff").returncode == 1               # no such case
    assert casedesk("add", str(vault_path), "--name", "Ana", "--arrested", "31/02/2024").returncode == 1

    with open_vault(vault_path, PASSPHRASE):
        busy = casedesk("search", str(vault_path), "x")
    assert busy.returncode == 5 and "already open" in busy.stderr

    short = casedesk("init", str(tmp_path / "short"), passphrase="elevenchars")
    assert short.returncode == 1 and "at least 12" in short.stderr
    assert not (tmp_path / "short").exists()


def test_a_damaged_vault_exits_4_with_a_sentence(vault_path):
    assert casedesk("demo", str(vault_path), "--cases", "100").returncode == 0
    database = vault_path / "casedesk.db"
    data = bytearray(database.read_bytes())
    data[5 * 4096 + 77] ^= 0x40
    database.write_bytes(bytes(data))
    damaged = casedesk("verify", str(vault_path), "--json")
    assert damaged.returncode == 4
    assert json.loads(damaged.stdout)["ok"] is False
    assert "page(s) 6 failed" in damaged.stderr


def test_passwd_changes_the_passphrase(vault_path):
    new = "another long passphrase"
    assert casedesk("passwd", str(vault_path), CASEDESK_NEW_PASSPHRASE=new).returncode == 0
    assert casedesk("status", str(vault_path)).returncode == 3
    assert casedesk("status", str(vault_path), passphrase=new).returncode == 0


def test_without_a_passphrase_or_a_terminal_it_says_how_to_give_one(vault_path):
    result = casedesk("status", str(vault_path), passphrase=None)
    assert result.returncode == 2 and "CASEDESK_PASSPHRASE" in result.stderr


def test_status_counts_cases_by_status(vault_path):
    assert casedesk("demo", str(vault_path), "--cases", "50").returncode == 0
    status = json.loads(casedesk("status", str(vault_path), "--json").stdout)
    assert status["cases"] == 50 and sum(status["by_status"].values()) == 50
    assert status["schema_version"] == LATEST_SCHEMA_VERSION


def _handles_sigterm(pid: int) -> bool:
    """Has the process installed its SIGTERM handler (the window is being set up)? Linux's
    /proc says which signals a process catches; elsewhere, assume so after the vault exists."""
    try:
        caught = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                      if line.startswith("SigCgt:"))
    except (OSError, StopIteration):
        return True
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


def test_with_no_command_the_window_starts_on_a_demo_vault_and_exits_cleanly(tmp_path):
    """The real program, as `make run` starts it, under the offscreen platform."""
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("CASEDESK_PASSPHRASE", None)
    app = subprocess.Popen([sys.executable, "-m", "casedesk"], env=environment, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    demo = tmp_path / "data" / "CaseDesk" / "demo-vault" / "vault.json"
    try:
        deadline = time.monotonic() + 120
        while not (demo.exists() and _handles_sigterm(app.pid)) and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1)                              # the start window is up and idle
        assert app.poll() is None, app.communicate()
        app.send_signal(signal.SIGTERM)
        _, stderr = app.communicate(timeout=30)
    finally:
        if app.poll() is None:                     # a failed check leaves no window running
            app.kill()
            app.communicate()
    assert app.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert not (demo.parent / "casedesk.db-wal").exists()      # the vault was closed, not abandoned


def test_the_benchmark_reports_every_figure_against_plain_sqlite():
    result = casedesk("bench", "--cases", "300", "--json", passphrase=None)
    figures = json.loads(result.stdout)
    for key in ("unlock_s", "insert_s", "insert_plain_s", "search_ms_median", "search_ms_p95",
                "first_page_ms", "db_bytes"):
        assert figures[key] > 0
    assert figures["kdf"]["test_only"] is True        # the suite's switch is visible in the result


def test_the_version_comes_from_the_package():
    from casedesk import __version__
    assert casedesk("--version").stdout.strip() == f"CaseDesk {__version__}"


def test_files_that_cannot_be_read_or_would_be_overwritten_get_a_sentence(vault_path, tmp_path):
    missing = casedesk("releases", "match", str(vault_path), str(tmp_path / "no-such-list.txt"))
    assert missing.returncode == 1 and "cannot be read" in missing.stderr
    (tmp_path / "censo.csv").write_text("existing")
    taken = casedesk("census", str(vault_path), "--csv", str(tmp_path / "censo.csv"))
    assert taken.returncode == 1 and "already exists" in taken.stderr
    assert (tmp_path / "censo.csv").read_text() == "existing"


def test_the_program_never_writes_core_dumps(tmp_path):
    import subprocess
    import sys
    script = ("import resource, casedesk.cli as cli; cli.main(['status', 'no-such-vault']); "
              "print(resource.getrlimit(resource.RLIMIT_CORE))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "(0, 0)"


def test_the_self_test_runs_the_whole_chain_and_says_ok():
    out = run_cli("self-test")
    assert out.strip().splitlines()[-1] == "OK" and "FAIL" not in out
    assert "make a dossier" in out and "verify everything" in out


def test_names_and_titles_cannot_drive_the_terminal(vault_path, tmp_path):
    """Issue 14, finding 7: a name or an evidence title holding an escape sequence (clear the
    screen, set the window title, right-to-left override) was printed raw by search, show and
    evidence list. Now every such character is shown as a visible code; JSON keeps the text."""
    hostile = "Ana\x1b[2J\x1b]0;owned\x07 P\u202eérez\rLuis"
    case_id = casedesk("add", str(vault_path), "--name", hostile, "--facility", "Rodeo\x1b[31m I").stdout.strip()
    photo = tmp_path / "foto\x1b[2J.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    assert casedesk("evidence", "add", str(vault_path), case_id, str(photo)).returncode == 0
    outputs = {
        "search": casedesk("search", str(vault_path), "Ana"),
        "show": casedesk("show", str(vault_path), case_id),
        "evidence list": casedesk("evidence", "list", str(vault_path), case_id),
    }
    for command, result in outputs.items():
        assert result.returncode == 0, (command, result.stderr)
        for raw in ("\x1b", "\x07", "\u202e", "\r"):
            assert raw not in result.stdout + result.stderr, (command, raw, result.stdout)
        assert "\\x1b[2J" in result.stdout, (command, result.stdout)
    assert "\\u202e" in outputs["search"].stdout and "Rodeo\\x1b[31m I" in outputs["show"].stdout
    stored = json.loads(casedesk("show", str(vault_path), case_id, "--json").stdout)
    assert "\x1b[2J" in stored["person"]["given_names"] + stored["person"]["surnames"]      # JSON keeps the text


def test_an_argument_that_is_not_utf8_is_named_with_exit_code_2(vault_path):
    """Issue 14, finding 7: invalid UTF-8 in an argument ended in "unexpected internal error"."""
    environment = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "CASEDESK_PASSPHRASE": PASSPHRASE}
    result = subprocess.run([sys.executable, "-m", "casedesk", "search", str(vault_path).encode(), b"P\xe9rez\xff"],
                            capture_output=True, env=environment, stdin=subprocess.DEVNULL, timeout=120, check=False)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in stderr and "internal error" not in stderr
    assert "Argument 3 is not valid text (UTF-8): P\\xe9rez\\xff" in stderr
    spanish = subprocess.run([sys.executable, "-m", "casedesk", "search", str(vault_path), b"\xff"],
                             capture_output=True, env={**environment, "LANG": "es_VE.UTF-8", "LC_ALL": "es_VE.UTF-8"},
                             stdin=subprocess.DEVNULL, timeout=120, check=False)
    assert spanish.returncode == 2 and "El argumento 3 no es texto válido (UTF-8)" in spanish.stderr.decode()
    wrong_passphrase = subprocess.run([sys.executable, "-m", "casedesk", "search", str(vault_path), "Pérez"],
                                      capture_output=True, env={**environment, "CASEDESK_PASSPHRASE": b"\xff\xfe"},
                                      stdin=subprocess.DEVNULL, timeout=120, check=False)
    assert wrong_passphrase.returncode == 2 and b"CASEDESK_PASSPHRASE is not valid text" in wrong_passphrase.stderr


def test_a_workbook_that_aborted_the_reader_is_refused_by_import_with_a_sentence(vault_path, tmp_path):
    """Issue 14, finding 4, as a lawyer meets it: `import` on the 1.6 KB workbook with a cell at
    XFD1048576 aborted with a Rust backtrace; now it exits 1 with one sentence per language."""
    from tests import hostile_files
    hostile = tmp_path / "lista.xlsx"
    hostile.write_bytes(hostile_files.xlsx(hostile_files.cell("A1", "Nombre") + '<row r="1048576">'
                                           + hostile_files.cell("XFD1048576", "x") + "</row>"))
    english = casedesk("import", str(vault_path), str(hostile), "--status-date", "2025-12-29")
    assert english.returncode == 1 and "panicked" not in english.stderr and "memory allocation" not in english.stderr
    assert english.stderr.strip().splitlines()[-1].startswith("lista.xlsx was not opened: a sheet has a cell at XFD1048576")
    spanish = casedesk("import", str(vault_path), str(hostile), "--status-date", "2025-12-29", lang="es_VE.UTF-8")
    assert spanish.returncode == 1 and "lista.xlsx no se abrió: una hoja tiene una celda en XFD1048576" in spanish.stderr
