"""Syncthing as the team folder's transport (issue 17).

Two kinds of test live here, and they are kept apart on purpose:

- FAKE SYNCTHING (no marker): `local_status` against a tiny `http.server` on 127.0.0.1 that
  imitates a few of Syncthing's REST answers, to pin down refusals, a wrong API key, an answer
  that is not JSON, a port that never answers, and the rule that nothing is sent off the machine.
  These say nothing about whether real Syncthing answers like that.
- REAL SYNCTHING (marker `syncthing`): two real Syncthing daemons on 127.0.0.1, each with its
  own home in tmp_path and no discovery, relays, NAT, announcements, usage reporting or upgrades.
  The test introduces them to each other and shares one folder entirely through their REST API,
  then checks that a file travels, that `local_status` sees the folder as shared and up to date,
  and — end to end — that a case added in vault A reaches vault B through `team sync`.
  Skipped only when the `syncthing` binary is not installed.
"""

from __future__ import annotations

import hashlib
import http.client
import http.server
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from casedesk.services import syncthing
from casedesk.services.syncthing import (
    RemoteDevice,
    SyncthingReport,
    describe,
    local_status,
)
from tests.conftest import run_cli

FOLDER_ID = "casedesk-team"
DEADLINE = 60.0   # seconds any one wait on the real daemons may take before the test fails

# ---------------------------------------------------------------------------------------------
# FAKE SYNCTHING: a stand-in HTTP server, not Syncthing

FAKE_KEY = "fake-api-key-0123456789"
ME = "AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA"
ANA = "BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB"
LUIS = "CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC"


def fake_answers(team_folder: Path, *, luis_connected: bool = True, luis_completion: float = 100,
                 need: int = 0) -> dict[str, Any]:
    """Answers shaped like Syncthing 1.19's, for a folder shared with two colleagues."""
    return {
        "/rest/system/ping": {"ping": "pong"},
        "/rest/system/version": {"version": "v1.19.2-ds1", "os": "linux", "arch": "amd64"},
        "/rest/system/status": {"myID": ME},
        "/rest/config/folders": [
            {"id": "other", "label": "Photos", "path": str(team_folder.parent / "photos"), "paused": False,
             "type": "sendreceive", "devices": [{"deviceID": ME}]},
            {"id": FOLDER_ID, "label": "Equipo", "path": str(team_folder), "paused": False, "type": "sendreceive",
             "devices": [{"deviceID": ME}, {"deviceID": ANA}, {"deviceID": LUIS}]},
        ],
        "/rest/config/devices": [{"deviceID": ME, "name": "mine"}, {"deviceID": ANA, "name": "ana-laptop"},
                                 {"deviceID": LUIS, "name": "luis-pc"}],
        "/rest/system/connections": {"connections": {
            ME: {"connected": False, "paused": False},
            ANA: {"connected": True, "paused": False, "address": "127.0.0.1:22001"},
            LUIS: {"connected": luis_connected, "paused": False}}},
        f"/rest/db/status?folder={FOLDER_ID}": {"state": "idle" if not need else "syncing", "needTotalItems": need,
                                                "needBytes": need * 1000, "errors": 0, "pullErrors": 0},
        f"/rest/db/completion?folder={FOLDER_ID}&device={ANA}": {"completion": 100, "needBytes": 0, "needItems": 0},
        f"/rest/db/completion?folder={FOLDER_ID}&device={LUIS}": {"completion": luis_completion,
                                                                  "needBytes": 0 if luis_completion == 100 else 5000,
                                                                  "needItems": 0 if luis_completion == 100 else 2},
    }


@dataclass
class FakeSyncthing:
    url: str
    answers: dict[str, Any]
    requests: list[tuple[str, str, str]]   # (path, X-API-Key, Host)


@pytest.fixture
def fake_syncthing() -> Iterator[FakeSyncthing]:
    """A FAKE: http.server on 127.0.0.1 answering from `answers`; 403 without the right key,
    like Syncthing's CSRF check; raw bytes are sent as they are."""
    state = FakeSyncthing("", {}, [])

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, self.headers.get("X-API-Key", ""), self.headers.get("Host", "")))
            if self.headers.get("X-API-Key") != FAKE_KEY:
                self._send(403, b"CSRF Error\n", "text/plain")
            elif self.path not in state.answers:
                self._send(404, b"404 page not found\n", "text/plain")
            else:
                answer = state.answers[self.path]
                self._send(200, answer if isinstance(answer, bytes) else json.dumps(answer).encode(), "application/json")

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


REAL_CONFIG_LOCATIONS = syncthing.config_locations


@pytest.fixture(autouse=True)
def no_syncthing_settings_from_the_machine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Neither the developer's own Syncthing nor their environment may answer for a test."""
    monkeypatch.delenv(syncthing.URL_ENV, raising=False)
    monkeypatch.delenv(syncthing.API_KEY_ENV, raising=False)
    monkeypatch.setattr(syncthing, "config_locations", lambda: [tmp_path / "no-syncthing-here" / "config.xml"])


def test_fake_folder_shared_and_up_to_date(fake_syncthing: FakeSyncthing, tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    fake_syncthing.answers = fake_answers(team)

    report = local_status(team, url=fake_syncthing.url, api_key=FAKE_KEY)

    assert report is not None and report.problem == "" and not report.inside_folder
    assert (report.version, report.folder_id, report.folder_label) == ("v1.19.2-ds1", FOLDER_ID, "Equipo")
    assert report.shared_with == ("ana-laptop", "luis-pc")
    assert report.devices[0] == RemoteDevice(ANA, "ana-laptop", connected=True, completion=100.0, need_bytes=0,
                                             need_items=0)
    assert report.up_to_date
    assert describe(report, "es") == "Syncthing 1.19.2 comparte esta carpeta con 2 equipos; al día."
    assert describe(report, "en") == "Syncthing 1.19.2 shares this folder with 2 computers; up to date."
    assert json.loads(json.dumps(report.to_json()))["shared_with"] == ["ana-laptop", "luis-pc"]
    # The key went only to our fake, and every request named the loopback host.
    assert {key for _, key, _ in fake_syncthing.requests} == {FAKE_KEY}
    assert all(host.startswith("127.0.0.1:") for _, _, host in fake_syncthing.requests)


def test_fake_team_folder_inside_a_synced_folder_is_found(fake_syncthing: FakeSyncthing, tmp_path: Path) -> None:
    team = tmp_path / "Sync"
    fake_syncthing.answers = fake_answers(team)
    (team / "casedesk").mkdir(parents=True)
    (tmp_path / "Sync-other").mkdir()

    inside = local_status(team / "casedesk", url=fake_syncthing.url, api_key=FAKE_KEY)
    beside = local_status(tmp_path / "Sync-other", url=fake_syncthing.url, api_key=FAKE_KEY)

    assert inside is not None and inside.folder_id == FOLDER_ID and inside.inside_folder
    assert beside is not None and beside.problem == syncthing.PROBLEM_FOLDER_NOT_SHARED
    assert describe(beside, "en").startswith("Syncthing 1.19.2 is running, but it does not keep this folder")


def test_fake_colleague_offline_or_behind_or_still_receiving(fake_syncthing: FakeSyncthing, tmp_path: Path) -> None:
    fake_syncthing.answers = fake_answers(tmp_path, luis_connected=False)
    offline = local_status(tmp_path, url=fake_syncthing.url, api_key=FAKE_KEY)
    fake_syncthing.answers = fake_answers(tmp_path, luis_completion=80)
    behind = local_status(tmp_path, url=fake_syncthing.url, api_key=FAKE_KEY)
    fake_syncthing.answers = fake_answers(tmp_path, need=3)
    receiving = local_status(tmp_path, url=fake_syncthing.url, api_key=FAKE_KEY)

    assert offline is not None and not offline.up_to_date
    assert describe(offline, "es") == ("Syncthing 1.19.2 comparte esta carpeta con 2 equipos; ahora sin conexión: "
                                       "luis-pc. Los cambios les llegarán al conectarse.")
    assert behind is not None and not behind.up_to_date
    assert describe(behind, "en") == "Syncthing 1.19.2 shares this folder with 2 computers; still sending: luis-pc 80 %."
    assert receiving is not None and (receiving.state, receiving.need_items, receiving.need_bytes) == ("syncing", 3, 3000)
    assert describe(receiving, "es").endswith("; todavía recibiendo (3 elementos, 3,0 kB).")


def test_fake_wrong_or_missing_api_key_is_a_reason_not_a_traceback(fake_syncthing: FakeSyncthing,
                                                                   tmp_path: Path) -> None:
    fake_syncthing.answers = fake_answers(tmp_path)

    wrong = local_status(tmp_path, url=fake_syncthing.url, api_key="not-the-key")
    missing = local_status(tmp_path, url=fake_syncthing.url)

    assert wrong is not None and wrong.problem == syncthing.PROBLEM_FORBIDDEN and "403" in wrong.detail
    assert "refused CaseDesk's API key" in describe(wrong, "en")
    assert missing is not None and missing.problem == syncthing.PROBLEM_NO_API_KEY
    assert syncthing.API_KEY_ENV in describe(missing, "es")


def test_fake_answer_that_is_not_json(fake_syncthing: FakeSyncthing, tmp_path: Path) -> None:
    fake_syncthing.answers = {**fake_answers(tmp_path), "/rest/system/ping": b"<html>router login</html>"}
    not_json = local_status(tmp_path, url=fake_syncthing.url, api_key=FAKE_KEY)
    fake_syncthing.answers = {**fake_answers(tmp_path), "/rest/config/folders": {"not": "a list"}}
    wrong_shape = local_status(tmp_path, url=fake_syncthing.url, api_key=FAKE_KEY)
    fake_syncthing.answers = {**fake_answers(tmp_path), "/rest/config/folders": [
        {"id": "odd", "path": "/tmp/\u0000odd", "devices": {"not": "a list"}}, {"id": 7, "path": None}]}
    odd_folders = local_status(tmp_path, url=fake_syncthing.url, api_key=FAKE_KEY)

    assert not_json is not None and not_json.problem == syncthing.PROBLEM_BAD_ANSWER and "not JSON" in not_json.detail
    assert describe(not_json, "en").startswith(f"Something answers at {fake_syncthing.url}, but not like Syncthing")
    assert wrong_shape is not None and wrong_shape.problem == syncthing.PROBLEM_BAD_ANSWER
    assert wrong_shape.version == "v1.19.2-ds1"          # what was learnt before the odd answer is kept
    assert odd_folders is not None and odd_folders.problem == syncthing.PROBLEM_FOLDER_NOT_SHARED


def test_fake_nothing_listening_or_nothing_answering_is_none(tmp_path: Path) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        closed_port = closed.getsockname()[1]
    with socket.socket() as silent:                     # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        started = time.monotonic()
        mute = local_status(tmp_path, url=f"http://127.0.0.1:{silent.getsockname()[1]}", api_key=FAKE_KEY,
                            timeout=0.3)
        waited = time.monotonic() - started

    assert local_status(tmp_path, url=f"http://127.0.0.1:{closed_port}", api_key=FAKE_KEY) is None
    assert mute is None and waited < 5
    assert describe(None, "es") == "Syncthing no está en marcha en este equipo."
    assert describe(None, "en") == "Syncthing is not running on this computer."


@pytest.mark.parametrize("address", [
    "http://192.0.2.10:8384", "http://syncthing.example.org:8384", "http://localhost.evil.example:8384",
    "http://127.0.0.1.nip.io:8384", "http://[2001:db8::1]:8384", "ftp://127.0.0.1:8384",
    "http://user:secret@127.0.0.1:8384"])
def test_fake_addresses_off_this_machine_are_never_contacted(address: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def no_connection(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"contacted {args}")
    monkeypatch.setattr(http.client.HTTPConnection, "connect", no_connection)
    monkeypatch.setattr(socket, "create_connection", no_connection)

    report = local_status(tmp_path, url=address, api_key=FAKE_KEY)

    assert report is not None and not report.reachable and report.problem == syncthing.PROBLEM_NOT_LOCAL
    assert "was not contacted" in describe(report, "en")


def test_fake_proxy_settings_in_the_environment_are_ignored(fake_syncthing: FakeSyncthing, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://192.0.2.1:3128")
    fake_syncthing.answers = fake_answers(tmp_path)

    report = local_status(tmp_path, url=fake_syncthing.url, api_key=FAKE_KEY)

    assert report is not None and report.up_to_date


def test_fake_address_and_key_found_in_config_xml_or_environment(fake_syncthing: FakeSyncthing, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    fake_syncthing.answers = fake_answers(tmp_path)
    port = fake_syncthing.url.rsplit(":", 1)[1]
    config = tmp_path / "state" / "syncthing" / "config.xml"
    config.parent.mkdir(parents=True)
    config.write_text(f'<configuration version="36"><gui enabled="true" tls="false"><address>0.0.0.0:{port}'
                      f'</address><apikey>{FAKE_KEY}</apikey></gui></configuration>')
    monkeypatch.setattr(syncthing, "config_locations", lambda: [tmp_path / "missing.xml", config])

    from_config = local_status(tmp_path)
    monkeypatch.setattr(syncthing, "config_locations", list)
    monkeypatch.setenv(syncthing.URL_ENV, fake_syncthing.url)
    monkeypatch.setenv(syncthing.API_KEY_ENV, FAKE_KEY)
    from_environment = local_status(tmp_path)

    assert from_config is not None and from_config.up_to_date and from_config.url == fake_syncthing.url
    assert from_environment is not None and from_environment.up_to_date


def test_fake_config_pointing_elsewhere_or_broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lan = tmp_path / "lan.xml"
    lan.write_text("<configuration><gui><address>192.168.1.20:8384</address><apikey>k</apikey></gui>"
                   "</configuration>")
    broken = tmp_path / "broken.xml"
    broken.write_text("<configuration><gui><address>")
    monkeypatch.setattr(syncthing, "config_locations", lambda: [broken, lan])
    # Nothing may answer on the default port for this test to mean anything.
    monkeypatch.setattr(syncthing, "DEFAULT_URL", f"http://127.0.0.1:{_free_ports(1)[0]}")

    report = local_status(tmp_path)

    assert report is not None and report.problem == syncthing.PROBLEM_NOT_LOCAL
    assert report.detail == "http://192.168.1.20:8384"


def test_config_locations_follow_the_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))

    assert REAL_CONFIG_LOCATIONS("linux") == [tmp_path / "xdg-state" / "syncthing" / "config.xml",
                                              tmp_path / ".local" / "state" / "syncthing" / "config.xml",
                                              tmp_path / ".config" / "syncthing" / "config.xml"]
    assert REAL_CONFIG_LOCATIONS("darwin") == [
        tmp_path / "Library" / "Application Support" / "Syncthing" / "config.xml"]
    assert REAL_CONFIG_LOCATIONS("win32")[0] == tmp_path / "local" / "Syncthing" / "config.xml"


# ---------------------------------------------------------------------------------------------
# REAL SYNCTHING: two daemons on 127.0.0.1

SYNCTHING = shutil.which("syncthing")
needs_syncthing = pytest.mark.skipif(SYNCTHING is None, reason="the syncthing binary is not installed "
                                                               "(apt-get install syncthing)")


def _free_ports(count: int) -> list[int]:
    """Ports nothing listens on right now (held open together so they differ)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for each in sockets:
            each.bind(("127.0.0.1", 0))
        return [each.getsockname()[1] for each in sockets]
    finally:
        for each in sockets:
            each.close()


def _wait_for(what: str, check: Callable[[], Any], *, deadline: float = DEADLINE,
              explain: Callable[[], str] = lambda: "") -> Any:
    """Poll `check` until it returns something true; fail with `what` after `deadline` seconds."""
    give_up = time.monotonic() + deadline
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > give_up:
            pytest.fail(f"Waited {deadline:.0f} s for {what}.\n{explain()}")
        time.sleep(0.25)


@dataclass
class Daemon:
    """One real Syncthing, its home folder and its REST API."""

    name: str
    home: Path
    gui_port: int
    sync_port: int
    api_key: str
    process: subprocess.Popen | None = None
    device_id: str = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.gui_port}"

    @property
    def log(self) -> Path:
        return self.home / "test-syncthing.log"

    def call(self, method: str, path: str, body: Any = None, timeout: float = 10) -> Any:
        """One REST call; raises on anything but 200 (http.client: no proxy from the environment)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.gui_port, timeout=timeout)
        try:
            data = None if body is None else json.dumps(body).encode()
            headers = {"X-API-Key": self.api_key, "Content-Type": "application/json"}
            connection.request(method, path, body=data, headers=headers)
            response = connection.getresponse()
            text = response.read()
        finally:
            connection.close()
        if response.status != 200:
            raise AssertionError(f"{self.name}: {method} {path} → HTTP {response.status}: {text[:300]!r}")
        return json.loads(text) if text.strip() else None

    def answers(self) -> bool:
        try:
            return self.call("GET", "/rest/system/ping", timeout=2) == {"ping": "pong"}
        except (OSError, http.client.HTTPException, AssertionError):
            return False

    def log_tail(self, lines: int = 30) -> str:
        try:
            return f"--- {self.name} log ---\n" + "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return f"--- {self.name}: no log ---"


def _generate(home: Path) -> None:
    """Keys and a default config.xml: `syncthing generate` (1.19+; 2.x dropped its
    --no-default-folder), or `serve --generate` before 1.19."""
    environment = {**os.environ, "STNODEFAULTFOLDER": "1"}
    output = ""
    for command in (["generate", f"--home={home}", "--no-default-folder"], ["generate", f"--home={home}"],
                    ["serve", f"--generate={home}", "--no-default-folder"]):
        result = subprocess.run([SYNCTHING, *command], check=False, capture_output=True, text=True, timeout=60,
                                stdin=subprocess.DEVNULL, env=environment)
        output += result.stdout + result.stderr
        if result.returncode == 0 and (home / "config.xml").exists():
            return
    pytest.fail(f"syncthing could not generate a config in {home}:\n{output}")


def _isolate(daemon: Daemon) -> None:
    """Before the first start: GUI and sync on loopback ports, and nothing that reaches out to
    the internet or the LAN (global discovery, relays, NAT, local announcements, usage and crash
    reports, upgrades)."""
    config = daemon.home / "config.xml"
    tree = ElementTree.parse(config)
    gui = tree.getroot().find("gui")
    assert gui is not None
    gui.set("tls", "false")
    _set(gui, "address", f"127.0.0.1:{daemon.gui_port}")
    _set(gui, "apikey", daemon.api_key)
    options = tree.getroot().find("options")
    assert options is not None
    for old in options.findall("listenAddress"):
        options.remove(old)
    _set(options, "listenAddress", f"tcp://127.0.0.1:{daemon.sync_port}")
    for name, value in {"globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
                        "relaysEnabled": "false", "natEnabled": "false", "urAccepted": "-1",
                        "autoUpgradeIntervalH": "0", "startBrowser": "false", "crashReportingEnabled": "false",
                        "reconnectionIntervalS": "1", "restartOnWakeup": "false"}.items():
        _set(options, name, value)
    tree.write(config)


def _set(parent: ElementTree.Element, tag: str, value: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ElementTree.SubElement(parent, tag)
    element.text = value


def _start(daemon: Daemon) -> None:
    environment = {**os.environ, "STNORESTART": "1", "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1",
                   "HOME": str(daemon.home)}
    for proxy in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        environment.pop(proxy, None)
    with open(daemon.log, "wb") as log:
        daemon.process = subprocess.Popen(
            [SYNCTHING, "serve", f"--home={daemon.home}", "--no-browser", "--no-restart", "--no-upgrade",
             "--logflags=0"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=environment,
            start_new_session=True)
    def answers() -> bool:
        if daemon.process.poll() is not None:
            pytest.fail(f"{daemon.name} exited with {daemon.process.returncode}.\n{daemon.log_tail()}")
        return daemon.answers()
    _wait_for(f"{daemon.name}'s REST API", answers, explain=daemon.log_tail)
    daemon.device_id = daemon.call("GET", "/rest/system/status")["myID"]


def _stop(daemon: Daemon) -> None:
    """Shut down politely, then kill its process group if it is still there (it was started in
    a session of its own; with --no-restart Syncthing runs as one process, no monitor)."""
    process = daemon.process
    if process is None:
        return
    if process.poll() is None:
        try:
            daemon.call("POST", "/rest/system/shutdown", timeout=3)
        except (OSError, http.client.HTTPException, AssertionError, ValueError):
            pass
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            pass
    if process.poll() is None:                  # still ours and not reaped: its group is its own
        try:
            if os.name == "posix":
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
        except (ProcessLookupError, PermissionError):
            pass
    process.wait(10)


@dataclass
class Pair:
    a: Daemon
    b: Daemon
    folder_a: Path
    folder_b: Path

    def logs(self) -> str:
        return self.a.log_tail() + "\n" + self.b.log_tail()

    def share(self, folder_id: str, label: str, path_a: Path, path_b: Path) -> None:
        """One folder shared between A and B, configured on each side through the REST API."""
        for here, there, path in ((self.a, self.b, path_a), (self.b, self.a, path_b)):
            here.call("POST", "/rest/config/folders", {
                "id": folder_id, "label": label, "path": str(path), "type": "sendreceive",
                "devices": [{"deviceID": here.device_id}, {"deviceID": there.device_id}],
                "fsWatcherEnabled": True, "fsWatcherDelayS": 1, "rescanIntervalS": 60})

    def scan(self, daemon: Daemon, folder_id: str = FOLDER_ID) -> None:
        """Ask for a scan now rather than wait for the file watcher (inotify may be missing in CI)."""
        daemon.call("POST", f"/rest/db/scan?folder={folder_id}")


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """Two real Syncthings on 127.0.0.1 sharing one folder, introduced through their REST API."""
    if SYNCTHING is None:
        pytest.skip("the syncthing binary is not installed (apt-get install syncthing)")
    root = tmp_path_factory.mktemp("syncthing")
    ports = _free_ports(4)
    # B's home is laid out as $XDG_STATE_HOME/syncthing so that config discovery can be tried on it.
    a = Daemon("laptop-a", root / "home-a", ports[0], ports[1], secrets.token_urlsafe(24))
    b = Daemon("laptop-b", root / "state-b" / "syncthing", ports[2], ports[3], secrets.token_urlsafe(24))
    started: list[Daemon] = []
    try:
        for daemon in (a, b):
            _generate(daemon.home)
            _isolate(daemon)
            started.append(daemon)
            _start(daemon)
        for here, there in ((a, b), (b, a)):
            here.call("PATCH", f"/rest/config/devices/{here.device_id}", {"name": here.name})
            here.call("POST", "/rest/config/devices", {
                "deviceID": there.device_id, "name": there.name,
                "addresses": [f"tcp://127.0.0.1:{there.sync_port}"], "autoAcceptFolders": False})
        shared = Pair(a, b, root / "shared-a", root / "shared-b")
        shared.share(FOLDER_ID, "CaseDesk team", shared.folder_a, shared.folder_b)

        def connected() -> bool:
            return bool(a.call("GET", "/rest/system/connections")["connections"][b.device_id]["connected"]
                        and b.call("GET", "/rest/system/connections")["connections"][a.device_id]["connected"])
        _wait_for("the two daemons to connect", connected, explain=shared.logs)
        yield shared
    finally:
        for daemon in started:
            _stop(daemon)


@needs_syncthing
@pytest.mark.syncthing
def test_a_file_written_in_a_reaches_b(pair: Pair) -> None:
    note = pair.folder_a / "hello-from-a.txt"
    note.write_text("Synthetic note — no real person.\n", encoding="utf-8")
    pair.scan(pair.a)

    arrived = pair.folder_b / "hello-from-a.txt"
    _wait_for("the file to reach B", lambda: arrived.exists() and arrived.read_bytes() == note.read_bytes(),
              explain=pair.logs)


@needs_syncthing
@pytest.mark.syncthing
def test_local_status_sees_the_real_folder_shared_and_up_to_date(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    (pair.folder_b / "hello-from-b.txt").write_text("Synthetic.\n", encoding="utf-8")
    pair.scan(pair.b)
    _wait_for("B's file to reach A", lambda: (pair.folder_a / "hello-from-b.txt").exists(), explain=pair.logs)

    on_a = _wait_for("A to report the folder up to date", _up_to_date(pair.a, pair.folder_a), explain=pair.logs)
    on_b = _wait_for("B to report the folder up to date", _up_to_date(pair.b, pair.folder_b), explain=pair.logs)

    assert (on_a.folder_id, on_a.folder_label, on_a.shared_with) == (FOLDER_ID, "CaseDesk team", ("laptop-b",))
    assert (on_b.folder_id, on_b.shared_with, on_b.state, on_b.need_items) == (FOLDER_ID, ("laptop-a",), "idle", 0)
    assert on_b.devices[0].connected and on_b.devices[0].completion == 100
    assert on_b.device_id == pair.b.device_id and not on_b.paused and on_b.error == ""
    assert re.fullmatch(r"Syncthing \d+\.\d+\.\d+ comparte esta carpeta con 1 equipo; al día\.", describe(on_b, "es"))
    assert re.fullmatch(r"Syncthing \d+\.\d+\.\d+ shares this folder with 1 computer; up to date\.",
                        describe(on_a, "en"))

    # With no address or key given, B's own config.xml is found where Syncthing keeps it
    # ($XDG_STATE_HOME/syncthing on Linux); a folder inside the shared one counts as shared.
    (pair.folder_b / "sub").mkdir(exist_ok=True)
    if sys.platform.startswith("linux"):
        monkeypatch.setattr(syncthing, "config_locations", REAL_CONFIG_LOCATIONS)
        monkeypatch.setenv("XDG_STATE_HOME", str(pair.b.home.parent))
    else:
        monkeypatch.setattr(syncthing, "config_locations", lambda: [pair.b.home / "config.xml"])
    found = local_status(pair.folder_b / "sub")
    assert found is not None and found.url == pair.b.url and found.folder_id == FOLDER_ID and found.up_to_date

    # A wrong key against the real daemon: a reason, not a traceback.
    refused = local_status(pair.folder_b, url=pair.b.url, api_key="wrong-key")
    assert refused is not None and refused.problem == syncthing.PROBLEM_FORBIDDEN


def _two_colleague_vaults(tmp_path: Path) -> tuple[Path, Path]:
    """Vaults A and B made with the real CLI, each holding the other's verified exchange key."""
    vault_a, vault_b = tmp_path / "vault-a", tmp_path / "vault-b"
    for vault, name in ((vault_a, "Abogada A"), (vault_b, "Abogado B")):
        run_cli("init", str(vault))
        run_cli("bundle", "identity", str(vault), "--name", name, "--export", str(tmp_path / f"{vault.name}.key"))
    run_cli("bundle", "add-colleague", str(vault_a), str(tmp_path / "vault-b.key"), "--verified-by", "test lawyer")
    run_cli("bundle", "add-colleague", str(vault_b), str(tmp_path / "vault-a.key"), "--verified-by", "test lawyer")
    return vault_a, vault_b


def _assert_case_in(vault: Path, case_id: str) -> None:
    found = json.loads(run_cli("search", str(vault), "Carmen Sintética", "--json"))
    assert [(case["id"], case["name"]) for case in found] == [(case_id, "Carmen Sintética Prueba")]
    shown = json.loads(run_cli("show", str(vault), case_id, "--json"))
    assert shown["case"]["facility"] == "Centro Ficticio" and shown["case"]["arrest_date"] == "2024-03-05"


def _finished_files(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder` except Syncthing's own partial downloads
    (`.syncthing.NAME.tmp`), which come and go while we look."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")) if folder.exists() else []:
        if path.name.startswith(".syncthing.") and path.name.endswith(".tmp"):
            continue
        try:
            if path.is_file():
                found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
        except FileNotFoundError:
            continue                     # renamed or removed by Syncthing between listing and reading
    return found


def _carried(pair: Pair, here: Path, there: Path) -> Callable[[], bool]:
    """Every finished file under `here` (A's side) is under `there` (B's side), byte for byte."""
    def check() -> bool:
        sent, arrived = _finished_files(here), _finished_files(there)
        return bool(sent) and all(arrived.get(name) == digest for name, digest in sent.items())
    return check


@needs_syncthing
@pytest.mark.syncthing
def test_a_bundle_from_vault_a_travels_through_syncthing_into_vault_b(pair: Pair, tmp_path: Path) -> None:
    """The transport alone, with the bundle commands that exist today (no team.py needed)."""
    vault_a, vault_b = _two_colleague_vaults(tmp_path)
    case_id = run_cli("add", str(vault_a), "--name", "Carmen Sintética Prueba", "--arrested", "2024-03-05",
                      "--facility", "Centro Ficticio").strip()
    outbox_a, outbox_b = pair.folder_a / "by-hand", pair.folder_b / "by-hand"
    outbox_a.mkdir()
    run_cli("bundle", "export", str(vault_a), case_id, "-o", str(outbox_a / "to-b.cdbundle"),
            "--to", str(tmp_path / "vault-b.key"))
    pair.scan(pair.a)

    _wait_for("the bundle to reach B", _carried(pair, outbox_a, outbox_b), explain=pair.logs)

    run_cli("bundle", "import", str(vault_b), str(outbox_b / "to-b.cdbundle"))
    _assert_case_in(vault_b, case_id)




def _up_to_date(daemon: Daemon, folder: Path) -> Callable[[], SyncthingReport | None]:
    def check() -> SyncthingReport | None:
        report = local_status(folder, url=daemon.url, api_key=daemon.api_key)
        return report if report is not None and report.up_to_date else None
    return check


@needs_syncthing
@pytest.mark.syncthing
def test_a_case_added_in_vault_a_reaches_vault_b_through_team_sync(pair: Pair, tmp_path: Path) -> None:
    """End to end, set up as a team would: the team folder is itself the Syncthing folder."""
    vault_a, vault_b = _two_colleague_vaults(tmp_path)
    team_a, team_b = tmp_path / "team-a", tmp_path / "team-b"
    pair.share("casedesk-team-e2e", "Equipo CaseDesk", team_a, team_b)
    _wait_for("Syncthing to create both team folders", lambda: team_a.is_dir() and team_b.is_dir(),
              explain=pair.logs)
    run_cli("team", "join", str(vault_a), str(team_a))
    run_cli("team", "join", str(vault_b), str(team_b))

    case_id = run_cli("add", str(vault_a), "--name", "Carmen Sintética Prueba", "--arrested", "2024-03-05",
                      "--facility", "Centro Ficticio").strip()
    sent = json.loads(run_cli("team", "sync", str(vault_a), "--json"))
    assert isinstance(sent, dict)
    pair.scan(pair.a, "casedesk-team-e2e")
    _wait_for("A's team files to reach B", _carried(pair, team_a, team_b), explain=pair.logs)

    received = json.loads(run_cli("team", "sync", str(vault_b), "--json"))
    assert isinstance(received, dict)
    _assert_case_in(vault_b, case_id)

    # What B wrote back (acknowledgements) travels too, and then both Syncthings report the team
    # folder shared and up to date: no file that the two sides fight over.
    pair.scan(pair.b, "casedesk-team-e2e")
    on_b = _wait_for("B to report the team folder up to date", _up_to_date(pair.b, team_b), explain=pair.logs)
    on_a = _wait_for("A to report the team folder up to date", _up_to_date(pair.a, team_a), explain=pair.logs)
    assert on_b.folder_id == on_a.folder_id == "casedesk-team-e2e" and not on_b.inside_folder
    assert (on_a.shared_with, on_b.shared_with) == (("laptop-b",), ("laptop-a",))
