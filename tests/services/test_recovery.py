"""The recovery key: it unlocks through its own slot, a wrong one does not, and after recovery
the old passphrase no longer works. The sheet reads back with its words in both languages."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from casedesk.domain.errors import WrongPassphrase
from casedesk.services.cases import NewCase, add_case, find_case
from casedesk.services.recovery import mark_reminded, new_recovery_sheet, should_remind
from casedesk.storage.header import HEADER_FILE
from casedesk.storage.vault import has_recovery_key, open_vault, recover_with_key
from tests.conftest import PASSPHRASE, file_digests, run_cli

NEW = "una frase nueva bastante larga"


def test_the_recovery_key_opens_a_vault_whose_passphrase_is_lost(vault, vault_dir):
    case = add_case(vault, NewCase.named("Ana Pérez"))
    words, pdf = new_recovery_sheet(vault, PASSPHRASE)
    assert len(words.split()) == 16 and has_recovery_key(vault_dir)
    header_tokens = set(re.findall(r"[\w+/=-]+", (vault_dir / HEADER_FILE).read_text()))
    assert not header_tokens & set(words.split())                            # only wrapped keys in the header
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert all(word in text for word in words.split())
    assert "Hoja de recuperación" in text and "recovery sheet" in text
    vault.lock()
    before = file_digests(vault_dir)
    with pytest.raises(WrongPassphrase):
        recover_with_key(vault_dir, " ".join(reversed(words.split())), NEW)
    assert file_digests(vault_dir) == before                                  # a wrong key changes nothing
    typed = words.upper().replace(" ", "  -\n", 3)                             # as typed from paper
    recover_with_key(vault_dir, typed, NEW)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)                                      # the old passphrase is gone
    with open_vault(vault_dir, NEW):
        assert find_case(case).person.full_name == "Ana Pérez"


def test_a_new_sheet_cancels_the_old_one_and_needs_the_passphrase(vault, vault_dir):
    first, _ = new_recovery_sheet(vault, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        new_recovery_sheet(vault, "not the passphrase at all")
    second, _ = new_recovery_sheet(vault, PASSPHRASE)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        recover_with_key(vault_dir, first, NEW)
    recover_with_key(vault_dir, second, NEW)


def test_a_reminder_comes_once_a_week_after_creation_without_a_sheet(vault):
    assert not should_remind(vault)
    vault.header.created_at = (datetime.now(timezone.utc) - timedelta(days=8)).isoformat()
    assert should_remind(vault)
    mark_reminded()
    assert not should_remind(vault)


def test_the_command_line_writes_a_sheet_and_recovers(tmp_path):
    import os
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    run_cli("recovery-sheet", folder, "-o", str(tmp_path / "hoja.pdf"))
    text = " ".join(PdfReader(tmp_path / "hoja.pdf").pages[0].extract_text().split())
    words = [line.split(". ", 1)[1] for line in PdfReader(tmp_path / "hoja.pdf").pages[0].extract_text().splitlines()
             if ". " in line and line.split(". ", 1)[0].strip().isdigit()]
    assert len(words) == 16 and "CaseDesk" in text
    os.environ["CASEDESK_RECOVERY_KEY"] = " ".join(words)
    os.environ["CASEDESK_NEW_PASSPHRASE"] = NEW
    try:
        run_cli("recover", folder)
    finally:
        del os.environ["CASEDESK_RECOVERY_KEY"], os.environ["CASEDESK_NEW_PASSPHRASE"]
    run_cli("status", folder, expect=3)                                        # the old passphrase: refused
