"""Verifying what is claimed about a case ("released on 8 January"), one claim at a time.

A claim starts `reported`, becomes `under_verification` with its first checked source and
ends `verified`, `disputed` or `retracted`. Verified needs two independent confirming
sources: two of different kinds (a release order and the family, not two press notes).
Only a verified claim changes the timeline, so only it moves the census.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casedesk.domain.errors import InvalidInput, NotFound
from casedesk.domain.normalize import FuzzyDate
from casedesk.domain.vocabulary import (
    EVENT_OF_CLAIM, ClaimKind, DatePrecision, SourceKind, Status, VerificationState,
)
from casedesk.services.cases import NewEvent, add_event, find_case
from casedesk.storage.audit import AuditTrail, diff, snapshot
from casedesk.storage.models import (
    CheckEvidence, Contact, DetentionCase, Evidence, Event, Verification, VerificationCheck, database, utc_now,
)
from casedesk.storage.vault import Vault

REQUIRED_SOURCES = 2
OPEN_STATES = (VerificationState.REPORTED.value, VerificationState.UNDER_VERIFICATION.value)


def report_claim(vault: Vault, case_uuid: str, kind: ClaimKind, claimed_date: date | None, *,
                 claim: str = "", claimed_status: Status | None = None, claimed_facility: str = "",
                 reported_by: str = "", reported_where: str = "") -> str:
    """Record something said about a case, to be verified. Returns the claim's id."""
    kind = ClaimKind.coerce(kind)
    if kind is ClaimKind.RELEASE and claimed_status not in (None, Status.RELEASED_CONDITIONAL, Status.RELEASED_FULL):
        raise InvalidInput("A release leaves the person released, with or without conditions.",
                           "Una excarcelación deja a la persona en libertad, con o sin medidas.")
    with database.atomic("IMMEDIATE"):
        case = find_case(case_uuid)
        record = Verification.create(
            case=case, claim=claim or kind.label("es"), claim_kind=kind.value,
            claimed_date=claimed_date.isoformat() if claimed_date else None,
            claimed_status=Status(claimed_status).value if claimed_status else None,
            claimed_facility=claimed_facility, reported_by=reported_by, reported_where=reported_where,
            state=VerificationState.REPORTED.value)
        AuditTrail(vault.actor).write("create", "verification", record.uuid, _created(record))
    return record.uuid


def add_check(vault: Vault, claim_uuid: str, source_kind: SourceKind, detail: str = "", *,
              confirms: bool = True, contact_uuid: str | None = None, channel: str = "",
              evidence_uuids: tuple[str, ...] = ()) -> str:
    """Record a source checked for a claim (and link the evidence it rests on)."""
    with database.atomic("IMMEDIATE"):
        claim = _open_claim(claim_uuid)
        contact = None
        if contact_uuid:
            contact = Contact.get_or_none(Contact.uuid == contact_uuid)
            if contact is None:
                raise NotFound("contact", "un contacto", contact_uuid)
            if contact.do_not_contact:
                raise InvalidInput(f"{contact.name} must not be contacted; record another source.",
                                   f"No se debe contactar a {contact.name}; registre otra fuente.")
        check = VerificationCheck.create(
            verification=claim, source_kind=SourceKind.coerce(source_kind).value, detail=detail,
            contact=contact, channel=channel, confirms=confirms, checked_by=vault.actor)
        for evidence_uuid in evidence_uuids:
            evidence = Evidence.get_or_none((Evidence.uuid == evidence_uuid) & (Evidence.case == claim.case))
            if evidence is None:
                raise NotFound("evidence item of this case", "una evidencia de este caso", evidence_uuid)
            CheckEvidence.create(check=check, evidence=evidence)
        trail = AuditTrail(vault.actor)
        trail.record("create", "verification_check", check.uuid,
                     {**_created(check), **({"evidence": [None, list(evidence_uuids)]} if evidence_uuids else {})})
        if claim.state == VerificationState.REPORTED.value:
            _set_state(trail, claim, VerificationState.UNDER_VERIFICATION)
        trail.flush()
    return check.uuid


@dataclass
class Missing:
    """What a claim still needs before it can be called verified, in both languages."""

    en: list[str] = field(default_factory=list)
    es: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.en)

    def message(self, language: str = "en") -> str:
        return " ".join(self.es if language == "es" else self.en)


def missing_for_verification(claim_uuid: str) -> Missing:
    claim = _claim(claim_uuid)
    checks = list(claim.checks)
    confirming_kinds = {check.source_kind for check in checks if check.confirms}
    missing = Missing()
    if len(confirming_kinds) < REQUIRED_SOURCES:
        needed = REQUIRED_SOURCES - len(confirming_kinds)
        others = [kind for kind in SourceKind if kind.value not in confirming_kinds and kind is not SourceKind.OTHER]
        sources_en = "1 more confirming source" if needed == 1 else f"{needed} more confirming sources"
        sources_es = "1 fuente más que lo confirme" if needed == 1 else f"{needed} fuentes más que lo confirmen"
        missing.en.append(f"Needs {sources_en} of a kind not yet used, such as: "
                          + ", ".join(kind.label("en").lower() for kind in others[:3]) + ".")
        missing.es.append(f"Necesita {sources_es}, de un tipo aún no usado, como: "
                          + ", ".join(kind.label("es").lower() for kind in others[:3]) + ".")
    if any(not check.confirms for check in checks):
        missing.en.append("A source contradicts the claim; resolve it or mark the claim disputed.")
        missing.es.append("Una fuente contradice la afirmación; resuélvalo o márquela como controvertida.")
    if claim.claimed_date is None:
        missing.en.append("The claim needs the date it happened.")
        missing.es.append("La afirmación necesita la fecha en que ocurrió.")
    return missing


def set_claimed_date(vault: Vault, claim_uuid: str, claimed: date) -> None:
    """Give an open claim the date it happened, or correct it: a claim without its date can
    never be verified (an announcement pasted without one, a date typed wrong)."""
    if claimed > date.today():
        raise InvalidInput("A release or other change cannot have happened after today: record it when it happens.",
                           "Una excarcelación u otro cambio no puede haber ocurrido después de hoy: regístrelo "
                           "cuando ocurra.")
    with database.atomic("IMMEDIATE"):
        claim = _open_claim(claim_uuid)
        before = snapshot(claim)
        claim.claimed_date = claimed.isoformat()
        _save(vault, claim, before)


def verify_claim(vault: Vault, claim_uuid: str) -> str:
    """Mark a claim verified and add its event to the timeline. Returns the event's id.

    Raises:
        InvalidInput: says what is still missing (see `missing_for_verification`).
    """
    with database.atomic("IMMEDIATE"):
        claim = _open_claim(claim_uuid)
        missing = missing_for_verification(claim_uuid)
        if missing:
            raise InvalidInput(missing.message("en"), missing.message("es"))
        kind = ClaimKind(claim.claim_kind)
        sources = "; ".join(f"{SourceKind(c.source_kind).label('es')}: {c.detail}".strip(": ") for c in claim.checks)
        event_uuid = add_event(vault, claim.case.uuid, NewEvent(
            EVENT_OF_CLAIM[kind], FuzzyDate(date.fromisoformat(claim.claimed_date), DatePrecision.DAY),
            Status(claim.claimed_status) if kind is ClaimKind.RELEASE and claim.claimed_status else None,
            description=claim.claimed_facility or claim.claim, source=sources))
        before = snapshot(claim)
        claim.state, claim.verifier, claim.verified_at = VerificationState.VERIFIED.value, vault.actor, utc_now()
        claim.event = Event.get(Event.uuid == event_uuid)
        _save(vault, claim, before)
    return event_uuid


def dispute_claim(vault: Vault, claim_uuid: str, note: str) -> None:
    """The sources contradict the claim: it stays on record and changes nothing."""
    _close(vault, claim_uuid, VerificationState.DISPUTED, note)


def retract_claim(vault: Vault, claim_uuid: str, note: str) -> None:
    """Whoever reported it took it back: it stays on record and changes nothing."""
    _close(vault, claim_uuid, VerificationState.RETRACTED, note)


def _close(vault: Vault, claim_uuid: str, state: VerificationState, note: str) -> None:
    with database.atomic("IMMEDIATE"):
        claim = _open_claim(claim_uuid)
        before = snapshot(claim)
        claim.state, claim.closing_note, claim.verifier = state.value, note, vault.actor
        _save(vault, claim, before)


def open_claims() -> list[dict[str, Any]]:
    """The verification queue: open claims, oldest first, with what each still needs and the
    family contacts that may be called (never those marked do-not-contact)."""
    queue = []
    claims = (Verification.select(Verification, DetentionCase).join(DetentionCase)
              .where(Verification.state.in_(OPEN_STATES)).order_by(Verification.created_at, Verification.id))
    for claim in claims:
        person = claim.case.person
        missing = missing_for_verification(claim.uuid)
        queue.append({
            "id": claim.uuid, "case_id": claim.case.uuid, "name": person.full_name,
            "kind": claim.claim_kind, "claimed_date": claim.claimed_date, "state": claim.state,
            "reported_by": claim.reported_by, "reported_at": claim.created_at,
            "checks": [{"source_kind": c.source_kind, "detail": c.detail, "confirms": c.confirms}
                       for c in claim.checks],
            "missing_en": missing.message("en"), "missing_es": missing.message("es"),
            "contacts": [{"id": c.uuid, "name": c.name, "relationship": c.relationship, "phones": c.phones,
                          "safe_channel": c.safe_channel}
                         for c in person.contacts.where(Contact.do_not_contact == False)],  # noqa: E712
        })
    return queue


def _claim(claim_uuid: str) -> Verification:
    claim = Verification.get_or_none(Verification.uuid == claim_uuid)
    if claim is None:
        raise NotFound("claim", "una afirmación", claim_uuid)
    return claim


def _open_claim(claim_uuid: str) -> Verification:
    claim = _claim(claim_uuid)
    if claim.state not in OPEN_STATES:
        state = VerificationState(claim.state)
        raise InvalidInput(f"This claim is already closed ({state.label('en')}).",
                           f"Esta afirmación ya está cerrada ({state.label('es')}).")
    return claim


def _set_state(trail: AuditTrail, claim: Verification, state: VerificationState) -> None:
    before = snapshot(claim)
    claim.state = state.value
    claim.updated_at = utc_now()
    claim.save()
    trail.record("update", "verification", claim.uuid, diff(before, snapshot(claim)))


def _save(vault: Vault, claim: Verification, before: dict[str, Any]) -> None:
    claim.updated_at = utc_now()
    claim.save()
    AuditTrail(vault.actor).write("update", "verification", claim.uuid, diff(before, snapshot(claim)))


def _created(record) -> dict[str, list[Any]]:
    return {name: [None, value] for name, value in snapshot(record).items()
            if name != "uuid" and value not in (None, "", False)}
