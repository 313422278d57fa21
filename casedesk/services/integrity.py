"""`casedesk verify`: is the database whole and is the audit chain unbroken?"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Callable

from casedesk.services.evidence import check_evidence
from casedesk.storage.audit import verify_audit_chain
from casedesk.storage.database import check_integrity
from casedesk.storage.vault import Vault


@dataclass
class VerifyReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    audit_head: str = ""

    def to_json(self) -> dict:
        return asdict(self)


def verify_vault(vault: Vault, *, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    """Check every page's HMAC, SQLite's own integrity and foreign keys, every evidence file
    (decrypted and re-hashed), and the audit chain."""
    problems = check_integrity(vault.db, full=True)
    if not problems:
        problems += check_evidence(vault, progress=progress)
    chain = verify_audit_chain()
    if not chain.ok:
        problems.append(f"audit log entry {chain.first_broken_entry} {chain.reason}; "
                        "the history after it cannot be trusted")
    return VerifyReport(not problems, problems, chain.entries, chain.head)
