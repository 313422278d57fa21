"""Three real vaults that know each other and share one team folder, for the team sync tests."""

from __future__ import annotations

from pathlib import Path


from casedesk.domain.normalize import parse_date
from casedesk.services import team
from casedesk.services.bundles import add_colleague, my_public_key
from casedesk.services.cases import NewCase
from casedesk.storage.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE

NAMES = {"a": "Abogada Ana", "b": "Abogado Beto", "c": "Coordinación"}


def make_team_of_three(tmp_path: Path) -> tuple[Path, Path]:
    """Vaults a, b and c, each knowing the other two (fingerprints checked), all joined to one folder."""
    keys = {}
    for name in NAMES:
        with create_vault(tmp_path / name, PASSPHRASE, actor=NAMES[name]):
            keys[name] = my_public_key(NAMES[name])
    shared = tmp_path / "equipo"
    for name in NAMES:
        with open_member(tmp_path, name) as vault:
            for other in NAMES:
                if other != name:
                    add_colleague(vault, keys[other], verified_by="llamada")
            team.join(vault, shared)
    return tmp_path, shared


def open_member(root: Path, name: str):
    return open_vault(root / name, PASSPHRASE, actor=NAMES[name])


def pass_of(root: Path, name: str) -> dict:
    with open_member(root, name) as vault:
        return team.sync_pass(vault)


def case_named(given: str, surnames: str, **fields) -> NewCase:
    return NewCase.named(f"{given} {surnames}", arrest_date=parse_date("2025-01-09"), **fields)
