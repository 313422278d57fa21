from datetime import date

from casedesk.services.search import CaseQuery, SortBy
from casedesk.services.workspace import (
    delete_filter, discard_draft, drafts, save_draft, save_filter, saved_filters,
)
from casedesk.storage.vault import open_vault
from tests.conftest import CANARY, PASSPHRASE


def test_drafts_survive_closing_the_vault_and_stay_encrypted(vault, vault_dir):
    save_draft("case:new:1", {"surnames": f"Pérez {CANARY}", "notes": "a medio escribir"})
    save_draft("case:new:1", {"surnames": f"Pérez {CANARY}", "notes": "a medio escribir, más"})
    vault.lock()
    assert not any(CANARY.encode() in p.read_bytes() for p in vault_dir.rglob("*") if p.is_file())
    with open_vault(vault_dir, PASSPHRASE):
        assert drafts() == {"case:new:1": {"surnames": f"Pérez {CANARY}", "notes": "a medio escribir, más"}}
        discard_draft("case:new:1")
        assert drafts() == {}


def test_saved_filters_come_back_as_they_were(vault):
    query = CaseQuery(text="pérez", statuses=frozenset({"detained", "house_arrest"}), nationality="Venezuela",
                      arrested_from=date(2024, 1, 1), sort_by=SortBy.ARREST_DATE, descending=True)
    save_filter("  Detenidos  2024 ", query)
    assert saved_filters() == {"Detenidos 2024": query}
    delete_filter("Detenidos 2024")
    assert saved_filters() == {}
