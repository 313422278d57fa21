"""User settings: typed, with defaults, unknown keys rejected, and never any case data.

Stored as JSON in the platform's config folder. They hold paths and preferences only; saved
filters and drafts, which may hold a name, live inside the vault.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from platformdirs import user_config_path

from casedesk.domain.errors import InvalidInput
from casedesk.storage.header import write_atomically

LANGUAGES = ("system", "es", "en")
DENSITIES = ("comfortable", "compact")
THEMES = ("system", "light", "dark")
MAX_RECENT_VAULTS = 8


@dataclass
class Settings:
    language: str = "system"
    idle_minutes: int = 5
    default_vault: str | None = None
    table_density: str = "comfortable"
    recent_vaults: list[str] = field(default_factory=list)
    window_geometry: str | None = None    # Qt's saveGeometry() in base64: sizes, not data
    theme: str = "system"
    case_columns: list[str] | None = None  # names of the case list's visible columns

    def __post_init__(self) -> None:
        problems = []
        if self.language not in LANGUAGES:
            problems.append(f"language must be one of {', '.join(LANGUAGES)}")
        if not isinstance(self.idle_minutes, int) or not 1 <= self.idle_minutes <= 60:
            problems.append("idle_minutes must be a whole number from 1 to 60")
        if self.table_density not in DENSITIES:
            problems.append(f"table_density must be one of {', '.join(DENSITIES)}")
        if self.theme not in THEMES:
            problems.append(f"theme must be one of {', '.join(THEMES)}")
        if self.case_columns is not None and not (isinstance(self.case_columns, list)
                                                  and all(isinstance(c, str) for c in self.case_columns)):
            problems.append("case_columns must be a list of column names")
        if not (isinstance(self.recent_vaults, list) and all(isinstance(p, str) for p in self.recent_vaults)):
            problems.append("recent_vaults must be a list of folder paths")
        if problems:
            raise InvalidInput("Invalid settings: " + "; ".join(problems) + ".",
                               "Configuración no válida: " + "; ".join(problems) + ".")

    def remember_vault(self, folder: Path | str) -> None:
        """Put a vault folder first in the recent list (its path only)."""
        path = str(Path(folder).resolve())
        self.recent_vaults = [path] + [p for p in self.recent_vaults if p != path][: MAX_RECENT_VAULTS - 1]


def settings_file() -> Path:
    return user_config_path("CaseDesk", appauthor=False) / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults when there are none or the file is unreadable.

    Raises:
        InvalidInput: the file names a key that does not exist or a value out of range, so a
            typo is reported instead of silently ignored.
    """
    path = path or settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    unknown = set(data) - {f.name for f in fields(Settings)}
    if unknown:
        names = ", ".join(sorted(unknown))
        raise InvalidInput(f"Unknown settings in {path}: {names}.", f"Configuración desconocida en {path}: {names}.")
    return Settings(**data)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(path, json.dumps(asdict(settings), indent=2, ensure_ascii=False).encode("utf-8"))
