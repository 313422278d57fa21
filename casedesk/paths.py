"""Where CaseDesk keeps things on this computer (paths only: never a case name)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path, user_documents_path

APP_NAME = "CaseDesk"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_vault_dir() -> Path:
    return data_dir() / "vault"


# Folders that a sync client uploads as they change: a live database there gets copied half-written
# and "conflicted copies" appear. The vault is encrypted, but it is no place for it by default.
_SYNCED_FOLDER_NAMES = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "mobile documents")


def documents_dir() -> Path:
    """The user's documents folder (Documents, Documentos, Mis documentos…), as the platform names it."""
    return user_documents_path()


def proposed_vault_dir(documents: Path | None = None) -> Path:
    """A folder to propose for a new vault: "CaseDesk" in the documents folder, where a lawyer
    finds it again and copies it to a backup drive; "CaseDesk 2", "CaseDesk 3"… when that name
    already holds files. When the documents folder is kept in step by a sync client (OneDrive
    moves Documents there on many Windows laptops), the proposal is CaseDesk's own data folder.
    """
    base = documents or documents_dir()
    if any(name in part.lower() for part in base.parts for name in _SYNCED_FOLDER_NAMES):
        base = data_dir() / "vaults"
    for number in range(1, 1000):
        candidate = base / (APP_NAME if number == 1 else f"{APP_NAME} {number}")
        if _free_for_a_vault(candidate):
            return candidate
    import secrets
    return base / f"{APP_NAME} {secrets.token_hex(3)}"


def _free_for_a_vault(folder: Path) -> bool:
    try:
        return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))
    except OSError:            # unreadable: not ours to propose
        return False


def demo_vault_dir() -> Path:
    """The demo vault `make run` opens: synthetic cases only, under a published passphrase."""
    return data_dir() / "demo-vault"


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a frozen bundle (sys._MEIPASS)."""
    import sys
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base.joinpath("resources", *parts)
