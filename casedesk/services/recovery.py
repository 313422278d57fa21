"""The recovery key, and the sheet it is printed on."""

from __future__ import annotations

from datetime import datetime, timezone

from casedesk.reports.recovery import build_recovery_sheet
from casedesk.services.dossiers import vault_fingerprint
from casedesk.storage.audit import AuditTrail
from casedesk.storage.models import VaultMeta
from casedesk.storage.vault import RECOVERY_SLOT, Vault, add_recovery_key

_REMINDED = "recovery_reminded"
REMIND_AFTER_DAYS = 7


def new_recovery_sheet(vault: Vault, passphrase: str) -> tuple[str, bytes]:
    """A new recovery key (the old one stops working) and its sheet, made in memory."""
    words = add_recovery_key(vault, passphrase)
    AuditTrail(vault.actor).write("create", "recovery_key", vault.header.vault_id, {"recovery_key": [None, "new"]})
    return words, build_recovery_sheet(words, vault_fingerprint=vault_fingerprint(vault),
                                       made_at=datetime.now(timezone.utc))


def should_remind(vault: Vault) -> bool:
    """Once, a week after the vault was created, if it still has no recovery key."""
    if vault.header.slot(RECOVERY_SLOT) is not None or VaultMeta.get_or_none(VaultMeta.key == _REMINDED):
        return False
    created = datetime.fromisoformat(vault.header.created_at)
    return (datetime.now(timezone.utc) - created).days >= REMIND_AFTER_DAYS


def mark_reminded() -> None:
    VaultMeta.insert(key=_REMINDED, value=datetime.now(timezone.utc).isoformat()).on_conflict_replace().execute()
