"""Ask the Syncthing running on this computer whether it keeps the team folder in step (issue 17).

CaseDesk has no network protocol of its own: a team folder is kept in step by Syncthing, a shared
drive or a USB stick. When it is Syncthing, `casedesk team doctor` asks the local Syncthing's REST
API which of its folders holds the team folder, whom it is shared with, whether those computers
are connected, and whether everything has arrived.

Three rules, because the doctor runs on a lawyer's laptop:

- Only the loopback interface is ever contacted (127.0.0.0/8, ::1, "localhost" — which is
  contacted as 127.0.0.1). An address elsewhere is refused without a single packet being sent:
  the API key is a secret and the doctor must not send anything off the machine. For the same
  reason proxies from the environment (``http_proxy``…) are ignored and redirects are not followed
  — ``http.client`` is used directly rather than ``urllib.request``, which honours both.
- Nothing here raises: a refused connection, a timeout, a 403, an answer that is not JSON all end
  in ``None`` ("nothing answered") or in a report whose ``problem`` says what went wrong.
- Standard library only.

The API key and GUI address come, in this order, from the arguments, from the environment
(``CASEDESK_SYNCTHING_URL``, ``CASEDESK_SYNCTHING_API_KEY``), or from Syncthing's own
``config.xml`` in the places Syncthing keeps it on each platform.

Endpoints and JSON fields checked against Syncthing v1.19.2 (``lib/api/api.go``,
``lib/model/folder_summary.go``, ``lib/model/model.go``) and the REST docs; fields added later
(``remoteState`` in 1.20) are read when present.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import os
import ssl
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree

URL_ENV = "CASEDESK_SYNCTHING_URL"
API_KEY_ENV = "CASEDESK_SYNCTHING_API_KEY"
DEFAULT_URL = "http://127.0.0.1:8384"

# Syncthing's config.xml for a handful of folders is a few kilobytes; its API answers for one
# folder are smaller still. Anything far larger is not what we asked for.
_MAX_CONFIG_BYTES = 4 * 1024 * 1024
_MAX_ANSWER_BYTES = 16 * 1024 * 1024

# What `problem` can say (a code; `describe` turns it into a sentence).
PROBLEM_NOT_LOCAL = "not_local"              # the address is not this computer: not contacted
PROBLEM_UNSUPPORTED_ADDRESS = "unsupported_address"  # e.g. a unix socket GUI address
PROBLEM_GUI_DISABLED = "gui_disabled"        # config.xml turns the GUI and its REST API off
PROBLEM_NO_API_KEY = "no_api_key"            # Syncthing answers but we have no key for it
PROBLEM_FORBIDDEN = "forbidden"              # Syncthing refused the key we have (HTTP 403)
PROBLEM_BAD_ANSWER = "bad_answer"            # something answers, but not like Syncthing
PROBLEM_FOLDER_NOT_SHARED = "folder_not_shared"  # Syncthing runs but does not hold this folder


@dataclass(frozen=True)
class RemoteDevice:
    """Another computer the folder is shared with, as the local Syncthing sees it.

    ``completion`` is the percentage (0–100) of the folder that device has, according to what
    it last told us; ``None`` when Syncthing would not say. ``remote_state`` is "valid",
    "notSharing", "paused" or "unknown" on Syncthing ≥ 1.20 and "" before.
    """

    device_id: str
    name: str
    connected: bool
    paused: bool = False
    completion: float | None = None
    need_bytes: int | None = None
    need_items: int | None = None
    remote_state: str = ""

    @property
    def up_to_date(self) -> bool:
        return (self.connected and not self.paused and self.completion is not None
                and self.completion >= 100 and self.remote_state in ("", "valid"))


@dataclass(frozen=True)
class SyncthingReport:
    """What the local Syncthing says about the team folder.

    ``reachable`` is False only when Syncthing was not contacted at all (``problem`` is
    "not_local", "unsupported_address" or "gui_disabled"). ``problem`` is "" when the report
    is complete; ``detail`` carries the technical text (HTTP status, parser message) in English.
    ``folder_path`` is the Syncthing folder that holds the team folder — the team folder itself,
    or a folder above it (``inside_folder``).
    """

    reachable: bool
    url: str
    problem: str = ""
    detail: str = ""
    version: str = ""
    device_id: str = ""
    folder_id: str | None = None
    folder_label: str = ""
    folder_path: str = ""
    folder_type: str = ""
    inside_folder: bool = False
    paused: bool = False
    state: str = ""
    need_items: int = 0
    need_bytes: int = 0
    error: str = ""
    devices: tuple[RemoteDevice, ...] = field(default_factory=tuple)

    @property
    def shared_with(self) -> tuple[str, ...]:
        """The names of the other computers the folder is shared with."""
        return tuple(device.name for device in self.devices)

    @property
    def up_to_date(self) -> bool:
        """True when the folder is shared, nothing is missing here, and every other computer is
        connected and has all of it."""
        return (not self.problem and self.folder_id is not None and not self.paused
                and not self.error and self.state == "idle" and self.need_items == 0
                and bool(self.devices) and all(device.up_to_date for device in self.devices))

    def to_json(self) -> dict[str, Any]:
        """Plain data for ``team doctor --json``."""
        data = asdict(self)
        data["devices"] = [asdict(device) for device in self.devices]
        data["shared_with"] = list(self.shared_with)
        data["up_to_date"] = self.up_to_date
        return data


# ---------------------------------------------------------------------------------------------
# Finding Syncthing: config.xml, environment, arguments


def config_locations(platform: str | None = None) -> list[Path]:
    """Where Syncthing keeps config.xml for the current user on this platform (``sys.platform``
    unless given), most likely first. (Syncthing ≥ 1.27 moved the Linux default from ~/.config
    to ~/.local/state; both are looked at, the newer first, since a leftover old copy may remain
    after the move.)"""
    platform = platform or sys.platform
    home = Path.home()
    places: list[Path] = []
    if platform == "win32":
        for variable in ("LOCALAPPDATA", "APPDATA"):
            if os.environ.get(variable):
                places.append(Path(os.environ[variable]) / "Syncthing")
        places.append(home / "AppData" / "Local" / "Syncthing")
    elif platform == "darwin":
        places.append(home / "Library" / "Application Support" / "Syncthing")
    else:
        if os.environ.get("XDG_STATE_HOME"):
            places.append(Path(os.environ["XDG_STATE_HOME"]) / "syncthing")
        places.append(home / ".local" / "state" / "syncthing")
        if os.environ.get("XDG_CONFIG_HOME"):
            places.append(Path(os.environ["XDG_CONFIG_HOME"]) / "syncthing")
        places.append(home / ".config" / "syncthing")
    unique: list[Path] = []
    for place in places:
        if place / "config.xml" not in unique:
            unique.append(place / "config.xml")
    return unique


@dataclass(frozen=True)
class _GuiConfig:
    url: str            # "" when the address is not usable (see problem)
    api_key: str
    problem: str = ""
    shown_address: str = ""


def read_gui_config(config_file: Path) -> _GuiConfig | None:
    """The GUI/REST URL and API key from one Syncthing config.xml; None when the file is missing
    or unreadable."""
    try:
        with open(config_file, "rb") as stream:
            content = stream.read(_MAX_CONFIG_BYTES + 1)
        if len(content) > _MAX_CONFIG_BYTES:
            return None
        root = ElementTree.fromstring(content)
    except (OSError, ElementTree.ParseError, ValueError):
        return None
    gui = root.find("gui")
    if gui is None:
        return None
    address = (gui.findtext("address") or "").strip()
    api_key = (gui.findtext("apikey") or "").strip()
    tls = (gui.get("tls") or "").strip().lower() == "true"
    if gui.get("enabled", "true").strip().lower() == "false":
        return _GuiConfig("", api_key, PROBLEM_GUI_DISABLED, str(config_file))
    return _gui_url(address or "127.0.0.1:8384", api_key, tls)


def _gui_url(address: str, api_key: str, tls: bool) -> _GuiConfig:
    """Turn Syncthing's <gui><address> into a URL on the loopback interface."""
    if address.startswith(("unix:", "/")):
        return _GuiConfig("", api_key, PROBLEM_UNSUPPORTED_ADDRESS, address)
    if "://" not in address:
        address = ("https://" if tls else "http://") + address
    try:
        parts = urlsplit(address)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return _GuiConfig("", api_key, PROBLEM_UNSUPPORTED_ADDRESS, address)
    scheme = "https" if tls else (parts.scheme or "http")
    # Listening on every interface includes loopback: ask there.
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1"
    shown_host = f"[{host}]" if ":" in host else host
    url = f"{scheme}://{shown_host}:{port or 8384}"
    if _loopback_host(url) is None:
        return _GuiConfig("", api_key, PROBLEM_NOT_LOCAL, url)
    return _GuiConfig(url, api_key)


def _loopback_host(url: str) -> tuple[str, str, int] | None:
    """(scheme, host to connect to, port) when the URL names this computer; None otherwise."""
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or parts.username or parts.password:
        return None
    if host in ("localhost", "localhost."):
        host = "127.0.0.1"     # never trust name resolution to stay on this machine
    else:
        try:
            if not ipaddress.ip_address(host).is_loopback:
                return None
        except ValueError:
            return None
    return parts.scheme, host, port or (443 if parts.scheme == "https" else 8384)


# ---------------------------------------------------------------------------------------------
# Talking to it


class _NoAnswer(Exception):
    """Nothing answered (refused, timed out, connection dropped)."""


class _BadStatus(Exception):
    def __init__(self, status: int, text: str) -> None:
        super().__init__(f"HTTP {status}: {text}")
        self.status = status


class _BadAnswer(Exception):
    """An answer that is not the JSON Syncthing sends."""


class _Client:
    def __init__(self, url: str, api_key: str | None, timeout: float) -> None:
        target = _loopback_host(url)
        if target is None:                       # checked by the caller; never contact it
            raise ValueError(url)
        self.scheme, self.host, self.port = target
        self.api_key = api_key
        self.timeout = timeout

    def get(self, path: str, **query: str) -> Any:
        if query:
            path += "?" + "&".join(f"{key}={quote(value, safe='')}" for key, value in query.items())
        if self.scheme == "https":
            # Syncthing's GUI certificate is self-signed; the connection never leaves loopback.
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            connection: http.client.HTTPConnection = http.client.HTTPSConnection(
                self.host, self.port, timeout=self.timeout, context=context)
        else:
            connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        headers = {"Accept": "application/json"}
        if self.api_key:
            headers["X-API-Key"] = self.api_key
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            body = response.read(_MAX_ANSWER_BYTES + 1)
        except (OSError, http.client.HTTPException, ssl.SSLError) as failure:
            raise _NoAnswer(str(failure) or type(failure).__name__) from None
        finally:
            connection.close()
        if response.status != 200:
            text = body[:200].decode("utf-8", "replace").strip()
            raise _BadStatus(response.status, text)
        if len(body) > _MAX_ANSWER_BYTES:
            raise _BadAnswer(f"{path}: answer too large")
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError) as failure:
            raise _BadAnswer(f"{path}: not JSON ({failure})") from None


def _candidates(url: str | None, api_key: str | None) -> list[_GuiConfig]:
    """Addresses and keys to try, in order; explicit ones (argument, then environment) win."""
    url = url or os.environ.get(URL_ENV) or None
    api_key = api_key or os.environ.get(API_KEY_ENV) or None
    configs = [config for config in map(read_gui_config, config_locations()) if config is not None]
    found: list[_GuiConfig] = []
    if url:
        keys = [api_key] if api_key else [config.api_key for config in configs if config.api_key]
        target = _loopback_host(url)
        shown = url if "://" in url else "http://" + url
        if target is None:
            return [_GuiConfig("", "", PROBLEM_NOT_LOCAL, shown)]
        found = [_GuiConfig(shown.rstrip("/"), key) for key in keys or [""]]
    else:
        for config in configs:
            found.append(_GuiConfig(config.url, api_key or config.api_key, config.problem,
                                    config.shown_address))
        if not any(config.url for config in found):
            found.append(_GuiConfig(DEFAULT_URL, api_key or ""))
    unique: list[_GuiConfig] = []
    for candidate in found:
        if candidate not in unique:
            unique.append(candidate)
    return unique


def local_status(folder: Path, *, url: str | None = None, api_key: str | None = None,
                 timeout: float = 2.0) -> SyncthingReport | None:
    """Ask the Syncthing on this computer about the team folder.

    Args:
        folder: the team folder (any path inside a Syncthing folder, or the folder itself).
        url: Syncthing's GUI/REST address; default from ``CASEDESK_SYNCTHING_URL`` or config.xml.
            Only loopback addresses are contacted.
        api_key: Syncthing's API key; default from ``CASEDESK_SYNCTHING_API_KEY`` or config.xml.
        timeout: seconds to wait for each answer.

    Returns:
        None when no Syncthing answers on this computer; otherwise a report, whose ``problem``
        says why it stops short (address not on this computer, key refused, folder not shared…).
    """
    refusal: SyncthingReport | None = None
    forbidden: SyncthingReport | None = None
    for candidate in _candidates(url, api_key):
        if not candidate.url:
            refusal = refusal or SyncthingReport(False, candidate.shown_address, candidate.problem,
                                                 candidate.shown_address)
            continue
        client = _Client(candidate.url, candidate.api_key or None, timeout)
        try:
            client.get("/rest/system/ping")
        except _NoAnswer:
            continue
        except _BadStatus as failure:
            problem = PROBLEM_FORBIDDEN if failure.status in (401, 403) else PROBLEM_BAD_ANSWER
            if problem == PROBLEM_FORBIDDEN and not candidate.api_key:
                problem = PROBLEM_NO_API_KEY
            report = SyncthingReport(True, candidate.url, problem, str(failure))
            if problem == PROBLEM_BAD_ANSWER:
                return report
            forbidden = forbidden or report
            continue
        except _BadAnswer as failure:
            return SyncthingReport(True, candidate.url, PROBLEM_BAD_ANSWER, str(failure))
        return _folder_report(client, candidate.url, Path(folder))
    return forbidden or refusal


def _folder_report(client: _Client, url: str, folder: Path) -> SyncthingReport:
    """The full report once Syncthing has answered a ping with our key."""
    partial: dict[str, Any] = {}
    try:
        version = client.get("/rest/system/version")
        partial["version"] = str(_mapping(version).get("version", ""))
        my_id = str(_mapping(client.get("/rest/system/status")).get("myID", ""))
        partial["device_id"] = my_id
        folders = _sequence(client.get("/rest/config/folders"))
        chosen = _matching_folder(folders, folder)
        if chosen is None:
            return SyncthingReport(True, url, PROBLEM_FOLDER_NOT_SHARED, str(folder), **partial)
        folder_id = str(chosen.get("id", ""))
        partial.update(folder_id=folder_id, folder_label=str(chosen.get("label") or ""),
                       folder_path=str(chosen.get("path") or ""), folder_type=str(chosen.get("type") or ""),
                       inside_folder=_comparable(Path(str(chosen.get("path")))) != _comparable(folder),
                       paused=bool(chosen.get("paused")))
        names = {str(device.get("deviceID")): str(device.get("name") or "")
                 for device in map(_mapping, _sequence(client.get("/rest/config/devices")))}
        connections = _mapping(_mapping(client.get("/rest/system/connections")).get("connections") or {})
        status = _mapping(client.get("/rest/db/status", folder=folder_id))
        partial.update(state=str(status.get("state") or ""),
                       need_items=_count(status.get("needTotalItems", status.get("needFiles"))),
                       need_bytes=_count(status.get("needBytes")),
                       error=str(status.get("error") or ""))
        if not partial["error"] and _count(status.get("errors", status.get("pullErrors"))):
            partial["error"] = _first_folder_error(client, folder_id)
        devices = []
        for shared in map(_mapping, _sequence(chosen.get("devices") or [])):
            device_id = str(shared.get("deviceID") or "")
            if not device_id or device_id == my_id:
                continue
            connection = _mapping(connections.get(device_id) or {})
            completion = _mapping(client.get("/rest/db/completion", folder=folder_id, device=device_id))
            percent = completion.get("completion")
            devices.append(RemoteDevice(
                device_id=device_id,
                name=names.get(device_id) or device_id.split("-")[0],
                connected=bool(connection.get("connected")),
                paused=bool(connection.get("paused")),
                completion=float(percent) if isinstance(percent, (int, float)) else None,
                need_bytes=_count(completion.get("needBytes")),
                need_items=_count(completion.get("needItems")),
                remote_state=str(completion.get("remoteState") or "")))
        partial["devices"] = tuple(devices)
    except _NoAnswer as failure:
        return SyncthingReport(True, url, PROBLEM_BAD_ANSWER, f"Syncthing stopped answering: {failure}",
                               **partial)
    except (_BadStatus, _BadAnswer) as failure:
        problem = PROBLEM_FORBIDDEN if isinstance(failure, _BadStatus) and failure.status in (401, 403) \
            else PROBLEM_BAD_ANSWER
        return SyncthingReport(True, url, problem, str(failure), **partial)
    return SyncthingReport(True, url, **partial)


def _first_folder_error(client: _Client, folder_id: str) -> str:
    answer = _mapping(client.get("/rest/folder/errors", folder=folder_id, perpage="1"))
    for item in map(_mapping, _sequence(answer.get("errors") or [])):
        return f"{item.get('path', '')}: {item.get('error', '')}".strip(": ")
    return ""


def _matching_folder(folders: list[Any], team_folder: Path) -> dict[str, Any] | None:
    """The Syncthing folder that is the team folder or holds it (the deepest such one)."""
    wanted = _comparable(team_folder)
    best: tuple[int, dict[str, Any]] | None = None
    for candidate in map(_mapping, folders):
        raw = str(candidate.get("path") or "")
        if not raw:
            continue
        path = _comparable(Path(raw))
        if wanted == path or path in wanted.parents:
            depth = len(path.parts)
            if best is None or depth > best[0]:
                best = (depth, candidate)
    return best[1] if best else None


def _comparable(path: Path) -> Path:
    """A path as it can be compared: ~ expanded, links resolved, case folded where the
    platform ignores case."""
    try:
        resolved = path.expanduser().resolve()
    except (OSError, RuntimeError, ValueError):      # ValueError: a NUL inside a path from the API
        resolved = path.expanduser().absolute()
    return Path(os.path.normcase(str(resolved)))


def _mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _BadAnswer(f"expected a JSON object, got {type(value).__name__}")
    return value


def _sequence(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _BadAnswer(f"expected a JSON list, got {type(value).__name__}")
    return value


def _count(value: Any) -> int:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


# ---------------------------------------------------------------------------------------------
# Saying it


def describe(report: SyncthingReport | None, language: str = "es") -> str:
    """One or two plain sentences about the report, in Spanish ("es") or English, for the
    doctor to print: "Syncthing 1.19.2 comparte esta carpeta con 2 equipos; al día." """
    spanish = language == "es"

    def say(en: str, es: str) -> str:
        return es if spanish else en

    if report is None:
        return say("Syncthing is not running on this computer.",
                   "Syncthing no está en marcha en este equipo.")
    if report.problem == PROBLEM_NOT_LOCAL:
        return say(f"CaseDesk only asks the Syncthing on this computer; {report.detail} is another "
                   "computer, so it was not contacted.",
                   f"CaseDesk solo consulta el Syncthing de este equipo; {report.detail} es otro "
                   "equipo, así que no se le ha preguntado.")
    if report.problem == PROBLEM_UNSUPPORTED_ADDRESS:
        return say(f"CaseDesk cannot reach Syncthing's interface at “{report.detail}”; set "
                   f"{URL_ENV} to its http://127.0.0.1 address.",
                   f"CaseDesk no puede llegar a la interfaz de Syncthing en «{report.detail}»; "
                   f"ponga su dirección http://127.0.0.1 en {URL_ENV}.")
    if report.problem == PROBLEM_GUI_DISABLED:
        return say("Syncthing's web interface is turned off, so CaseDesk cannot ask it about this folder.",
                   "La interfaz web de Syncthing está desactivada, así que CaseDesk no puede preguntarle "
                   "por esta carpeta.")
    if report.problem == PROBLEM_NO_API_KEY:
        return say(f"Syncthing is running, but CaseDesk could not find its API key; set {API_KEY_ENV} "
                   "(Syncthing shows it under Actions → Settings → GUI).",
                   f"Syncthing está en marcha, pero CaseDesk no encuentra su clave de API; póngala en "
                   f"{API_KEY_ENV} (Syncthing la muestra en Acciones → Ajustes → Interfaz).")
    if report.problem == PROBLEM_FORBIDDEN:
        return say(f"Syncthing is running, but it refused CaseDesk's API key; check {API_KEY_ENV}.",
                   f"Syncthing está en marcha, pero rechazó la clave de API de CaseDesk; revise "
                   f"{API_KEY_ENV}.")
    if report.problem == PROBLEM_BAD_ANSWER and not report.version:
        return say(f"Something answers at {report.url}, but not like Syncthing ({report.detail}).",
                   f"Algo responde en {report.url}, pero no como Syncthing ({report.detail}).")
    name = f"Syncthing {_short_version(report.version)}".strip()
    if report.problem == PROBLEM_FOLDER_NOT_SHARED:
        return say(f"{name} is running, but it does not keep this folder in step: add the folder "
                   "in Syncthing and share it with your colleagues.",
                   f"{name} está en marcha, pero no sincroniza esta carpeta: añádala en Syncthing y "
                   "compártala con sus colegas.")
    if report.problem:
        return say(f"{name} answered only in part ({report.detail}).",
                   f"{name} respondió solo en parte ({report.detail}).")
    if not report.devices:
        return say(f"{name} keeps this folder, but shares it with no other computer.",
                   f"{name} tiene esta carpeta, pero no la comparte con ningún otro equipo.")
    count = len(report.devices)
    head = say(f"{name} shares this folder with {count} {'computer' if count == 1 else 'computers'}",
               f"{name} comparte esta carpeta con {count} {'equipo' if count == 1 else 'equipos'}")
    if report.up_to_date:
        return head + say("; up to date.", "; al día.")
    if report.paused:
        return head + say(", but the folder is paused.", ", pero la carpeta está en pausa.")
    if report.error:
        return head + say(f"; Syncthing reports a problem: {report.error}",
                          f"; Syncthing informa de un problema: {report.error}")
    offline = [device.name for device in report.devices if not device.connected or device.paused]
    if offline:
        names = ", ".join(offline)
        return head + say(f"; not connected now: {names}. Changes reach them when they connect.",
                          f"; ahora sin conexión: {names}. Los cambios les llegarán al conectarse.")
    not_sharing = [device.name for device in report.devices if device.remote_state == "notSharing"]
    if not_sharing:
        return head + say(f"; {', '.join(not_sharing)} has not accepted it yet.",
                          f"; {', '.join(not_sharing)} aún no la ha aceptado.")
    if report.need_items or report.state not in ("idle", ""):
        return head + say(f"; still receiving ({report.need_items} items, {_size(report.need_bytes, language)}).",
                          f"; todavía recibiendo ({report.need_items} elementos, "
                          f"{_size(report.need_bytes, language)}).")
    behind = [device for device in report.devices if not device.up_to_date]
    shown = ", ".join(f"{device.name} {_percent(device.completion)}" for device in behind)
    return head + say(f"; still sending: {shown}.", f"; todavía enviando: {shown}.")


def _short_version(version: str) -> str:
    """"v1.19.2-ds1" (Debian) → "1.19.2"."""
    return version.lstrip("v").split("-")[0].split("+")[0]


def _size(count: int, language: str) -> str:
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if count >= size:
            shown = f"{count / size:.1f} {unit}"
            return shown.replace(".", ",") if language == "es" else shown
    return f"{count} B"


def _percent(value: float | None) -> str:
    return "?" if value is None else f"{value:.0f} %"
