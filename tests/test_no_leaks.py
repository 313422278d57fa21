"""The canary: a distinctive name goes through everything a lawyer does, with DEBUG logging
on; then every byte under the vault, the settings, data, cache and log folders and the temp
directory is searched for it, with the vault open and after closing. It must be nowhere."""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path

from casedesk.services.backups import make_backup
from casedesk.services.bundles import import_bundle, make_bundle, my_public_key
from casedesk.services.cases import NewCase, NewContact, add_case, update_case
from casedesk.services.census import census_as_of, make_census_pdf
from casedesk.services.dossiers import make_dossier
from casedesk.services.evidence import add_evidence, list_evidence, view_evidence
from casedesk.services.filings import draft_filing
from casedesk.services.importing import import_file
from casedesk.services.search import search_cases
from casedesk.settings import Settings, save_settings
from casedesk.storage.vault import create_vault
from tests.conftest import CANARY, PASSPHRASE

CONTACT_CANARY = "Qwvmadrina"
NOTE_CANARY = "Xjotanota"


def _needles() -> list[bytes]:
    words = [CANARY, CONTACT_CANARY, NOTE_CANARY, "27123817"]
    return [form.encode(encoding) for word in words for form in {word, word.lower(), word.upper()}
            for encoding in ("utf-8", "utf-16-le", "utf-16-be")]


def _holding(roots: list[Path]) -> list[str]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(needle in data for needle in _needles()):
                    found.append(str(path))
    return found


def test_the_canary_is_nowhere_on_disk_after_a_day_of_work(tmp_path, monkeypatch, caplog):
    roots = {name: tmp_path / name for name in ("data", "config", "cache", "state", "tmp")}
    for name, folder in roots.items():
        folder.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(roots["data"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(roots["config"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(roots["cache"]))
    monkeypatch.setenv("XDG_STATE_HOME", str(roots["state"]))
    monkeypatch.setenv("TMPDIR", str(roots["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(roots["tmp"]))
    caplog.set_level(logging.DEBUG)
    outside = tmp_path / "outside"           # where the lawyer's own files and chosen exports live
    outside.mkdir()
    (outside / "testimonio.txt").write_text(f"Declaración de {CANARY}: detenido sin orden", encoding="utf-8")
    (outside / "lista.csv").write_text(f"Nombre;Cédula;Estatus\nRosa {CANARY}ez;V-9.999.991;Detenida\n",
                                       encoding="utf-8")
    vault_dir = tmp_path / "vault"
    vault = create_vault(vault_dir, PASSPHRASE)
    case = add_case(vault, NewCase.named(f"Ana {CANARY} Pérez", national_id="V-27.123.817",
                                         person_notes=f"nota {NOTE_CANARY}",
                                         contacts=[NewContact(f"Madre {CONTACT_CANARY}", phones="+58 412 555 0101")]))
    update_case(vault, case, notes=f"estrategia {NOTE_CANARY}")
    assert search_cases(CANARY)[0].id == case
    add_evidence(vault, case, outside / "testimonio.txt")
    assert CANARY.encode() in view_evidence(vault, list_evidence(case)[0]["id"])
    (outside / "dossier.pdf").write_bytes(make_dossier(vault, [case], password="clave larga del expediente"))
    census_as_of(date.today())
    (outside / "censo.pdf").write_bytes(make_census_pdf(vault, date.today(), password="clave larga del censo"))
    draft_filing(vault, case, "decaimiento", outside / "escrito.docx")     # a DOCX: not encrypted, by its nature
    make_backup(vault)
    bundle = make_bundle(vault, [case], recipients=[my_public_key("yo")], with_evidence=True)
    (outside / "paquete.casedesk").write_bytes(bundle)
    import_bundle(vault, outside / "paquete.casedesk")
    import_file(vault, outside / "lista.csv")
    save_settings(Settings(recent_vaults=[str(vault_dir)]))

    watched = [vault_dir, *roots.values()]
    assert _holding(watched) == []                                       # open
    assert any((roots["config"]).rglob("*")), "settings were written where expected"
    for name in ("dossier.pdf", "censo.pdf", "paquete.casedesk"):       # the shared files are encrypted too
        assert not any(needle in (outside / name).read_bytes() for needle in _needles()), name
    vault.lock()
    assert _holding(watched) == []                                       # closed
    for word in (CANARY, CONTACT_CANARY, NOTE_CANARY, "27123817", PASSPHRASE):
        assert word not in caplog.text                                   # nor in DEBUG logs
