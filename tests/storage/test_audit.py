import pytest

from casedesk.services.cases import NewCase, add_case, update_case
from casedesk.services.integrity import verify_vault
from casedesk.storage.audit import GENESIS_HASH, chain_hash, verify_audit_chain
from casedesk.storage.models import AuditEntry, database


def test_every_change_is_chained_to_the_one_before(vault):
    case_id = add_case(vault, NewCase.named("Carmen Colmenares", facility="Ramo Verde"))
    update_case(vault, case_id, notes="Visita del 3 de marzo")
    entries = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [e.action for e in entries] == ["create", "create", "create", "update"]
    assert entries[0].previous_hash == GENESIS_HASH
    for before, after in zip(entries, entries[1:]):
        assert after.previous_hash == before.entry_hash
    report = verify_audit_chain()
    assert report.ok and report.entries == 4 and report.head == entries[-1].entry_hash
    assert all(e.actor == "test lawyer" for e in entries)


def test_the_log_refuses_updates_and_deletes(vault):
    add_case(vault, NewCase.named("Óscar Ibáñez"))
    with pytest.raises(Exception, match="append-only"):
        database.execute_sql("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(Exception, match="append-only"):
        database.execute_sql("DELETE FROM audit_log")


def test_a_rewritten_entry_is_named_by_verify(vault):
    for name in ("Ana Pérez", "Luis Páez", "Inés Marcano"):
        add_case(vault, NewCase.named(name))
    # Someone with the key bypasses the triggers and edits history.
    database.execute_sql("DROP TRIGGER audit_log_is_append_only_update")
    database.execute_sql("UPDATE audit_log SET changes = replace(changes, 'Páez', 'Paz') WHERE id = 3")
    report = verify_audit_chain()
    assert not report.ok and report.first_broken_entry == 3
    summary = verify_vault(vault)
    assert not summary.ok and "audit log entry 3" in summary.problems[0]


def test_a_removed_entry_breaks_the_chain_at_the_next_one(vault):
    for name in ("Ana Pérez", "Luis Páez"):
        add_case(vault, NewCase.named(name))
    database.execute_sql("DROP TRIGGER audit_log_is_append_only_delete")
    database.execute_sql("DELETE FROM audit_log WHERE id = 2")
    assert verify_audit_chain().first_broken_entry == 3


def test_the_hash_covers_the_previous_hash_and_the_entry():
    entry = {"at": "2026-01-01T00:00:00+00:00", "actor": "a", "action": "create", "entity": "person",
             "entity_uuid": "u", "changes": {"surnames": [None, "Núñez"]}}
    assert chain_hash(GENESIS_HASH, entry) != chain_hash("1" * 64, entry)
    assert chain_hash(GENESIS_HASH, entry) != chain_hash(GENESIS_HASH, {**entry, "actor": "b"})
