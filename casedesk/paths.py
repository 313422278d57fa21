"""Where CaseDesk keeps things on this computer (paths only: never a case name)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "CaseDesk"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_vault_dir() -> Path:
    return data_dir() / "vault"


def demo_vault_dir() -> Path:
    """The demo vault `make run` opens: synthetic cases only, under a published passphrase."""
    return data_dir() / "demo-vault"


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a frozen bundle (sys._MEIPASS)."""
    import sys
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base.joinpath("resources", *parts)
