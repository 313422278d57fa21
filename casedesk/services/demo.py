"""Synthetic cases for the demo vault and the benchmark. Every name is invented.

Deterministic for a given seed, so benchmark runs compare like with like.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

from casedesk.domain.errors import CaseDeskError, WrongPassphrase
from casedesk.domain.normalize import FuzzyDate
from casedesk.domain.list_words import STATES
from casedesk.domain.vocabulary import (
    CivilianMilitary, Classification, Consent, DatePrecision, EventKind, Health, Priority, Sex, Status,
)
from casedesk.services.cases import NewCase, NewContact, NewEvent, add_cases
from casedesk.storage.vault import Vault, change_passphrase, create_vault, open_vault

GIVEN_FEMALE = ("María", "Ana", "Lucía", "Gabriela", "Rosa", "Marisol", "Yusmary", "Deisy", "Belkis",
                "Carmen", "Josefina", "Andreína", "Maryelis", "Zuleima", "Inés", "Nohelia", "Génesis")
GIVEN_MALE = ("José", "Jesús", "Rubén", "Simón", "Joel", "Ramón", "Raúl", "Tomás", "Iván", "Elías",
              "Luis", "Héctor", "Freddy", "Ángel", "Óscar", "Néstor", "Julián", "Wilmer")
SURNAMES = ("González", "García", "Guzmán", "Zambrano", "Bolívar", "Castillo", "Araújo", "Peña",
            "Núñez", "Rodríguez", "Urdaneta", "Añez", "Villalobos", "Briceño", "Quintero", "Salazar",
            "Ramírez", "López", "Páez", "Carreño", "Mújica", "Íñiguez", "Pérez", "Chacón", "Ibáñez",
            "Colmenares", "Fernández", "Sánchez", "Marcano", "Rondón", "Gutiérrez", "Montilla")
FACILITIES = ("Rodeo I", "Yare III", "El Helicoide (SEBIN)", "Tocorón", "Tocuyito", "Uribana",
              "Fénix Lara", "Zona 7 Boleíta", "Ramo Verde", "DGCIM Boleíta", "La Tumba (SEBIN)")
AGENCIES = ("SEBIN", "DGCIM", "PNB", "GNB", "CICPC", "FAES")
CHARGES = ("Traición a la patria", "Terrorismo", "Instigación al odio", "Asociación para delinquir",
           "Rebelión militar", "Conspiración")
# Invented courts; a case's court and file number follow from its cédula (no extra draw from the
# seeded generator, so the rest of every synthetic case stays the same).
COURTS = ("Tribunal 1.º de Control con competencia en terrorismo (Caracas)",
          "Tribunal 2.º de Control con competencia en terrorismo (Caracas)",
          "Tribunal 4.º de Juicio del Área Metropolitana de Caracas",
          "Tribunal Militar 3.º de Control (Caracas)", "Tribunal 5.º de Control del estado Lara")
RELATIONSHIPS = ("madre", "padre", "esposa", "esposo", "hermana", "hermano", "hija", "hijo")
CONDITIONS = ("Hipertensión arterial severa", "Diabetes tipo 1 sin insulina", "Tuberculosis", "Cáncer de mama",
              "Insuficiencia renal", "Cardiopatía isquémica")
CHANNELS = ("Signal", "En persona", "Llamada de voz", "A través de la abogada")


SYNTHETIC_TAG = "sintético/synthetic"     # so that practice cases can be found and deleted

# The demo vault holds invented cases only, so its passphrase is printed on the start screen, in
# the user's language: plain words, no accents, easy to type on any keyboard.
DEMO_PASSPHRASES = {"es": "casos inventados para practicar", "en": "invented cases for practice"}
# What demo vaults made by earlier versions were created with; they keep opening.
EARLIER_DEMO_PASSPHRASES = ("demo vault - synthetic cases only",)
DEMO_CASES = 500


def demo_passphrase(language: str) -> str:
    """The demo vault's passphrase as the start screen shows it in `language` ("es" or "en")."""
    return DEMO_PASSPHRASES["es" if language == "es" else "en"]


def is_demo_passphrase(passphrase: str) -> bool:
    return passphrase in DEMO_PASSPHRASES.values() or passphrase in EARLIER_DEMO_PASSPHRASES


def create_demo_vault(folder: Path, language: str, cases: int = DEMO_CASES) -> None:
    """A new demo vault of `cases` synthetic cases under the demo passphrase in `language`."""
    with create_vault(folder, demo_passphrase(language)) as vault:
        fill_demo_vault(vault, cases)


def open_demo_vault(folder: Path, passphrase: str, **options) -> Vault:
    """Open the demo vault with the demo passphrase in any language, or an earlier version's.

    A vault has one passphrase slot, and a demo vault may have been made in the other language
    (or by an earlier CaseDesk): when `passphrase` is one of the published demo passphrases and
    does not open it, the others are tried, and the vault then takes `passphrase` so that the
    next unlock costs one try. Anything else is refused as by `open_vault`.

    Raises:
        WrongPassphrase: and every error of `open_vault`.
    """
    try:
        return open_vault(folder, passphrase, **options)
    except WrongPassphrase:
        if not is_demo_passphrase(passphrase):
            raise
    for other in (*DEMO_PASSPHRASES.values(), *EARLIER_DEMO_PASSPHRASES):
        if other == passphrase:
            continue
        try:
            vault = open_vault(folder, other, **options)
        except WrongPassphrase:
            continue
        if not vault.read_only:
            try:
                change_passphrase(vault, other, passphrase)
            except (CaseDeskError, OSError):
                pass            # only saves a try next time; the vault is open either way
        return vault
    raise WrongPassphrase()


def synthetic_cases(count: int, *, seed: int = 2025, today: date | None = None) -> Iterator[NewCase]:
    """`count` invented cases with timelines: most held, some released, a few disappeared; most
    with a birth date, a state and a procedural stage, some seriously ill."""
    rng = random.Random(seed)
    facts = random.Random(seed + 1)      # its own stream: the cases drawn from `rng` stay the same
    today = today or date.today()
    used_ids: set[int] = set()
    for _ in range(count):
        sex = rng.choice((Sex.FEMALE, Sex.MALE))
        given = " ".join(rng.sample(GIVEN_FEMALE if sex is Sex.FEMALE else GIVEN_MALE, 2))
        surnames = " ".join(rng.sample(SURNAMES, 2))
        foreign = rng.random() < 0.03
        number = rng.randrange(3_000_000, 33_000_000)
        while number in used_ids:
            number = rng.randrange(3_000_000, 33_000_000)
        used_ids.add(number)
        arrest = today - timedelta(days=rng.randrange(30, 3650))
        events = _synthetic_timeline(rng, arrest, today)
        events += _synthetic_stages(facts, arrest, today)
        born = arrest - timedelta(days=facts.randrange(16 * 365, 70 * 365))
        ill = facts.random()
        yield NewCase(
            birth_date=(FuzzyDate(born, DatePrecision.DAY) if facts.random() < 0.8 else
                        FuzzyDate(born.replace(month=1, day=1), DatePrecision.YEAR)) if facts.random() < 0.85 else None,
            minor_at_arrest=facts.random() < 0.002,
            arrest_state=facts.choice(tuple(STATES)) if facts.random() < 0.8 else "",
            health=Health.SERIOUS if ill < 0.1 else Health.NOT_SERIOUS if ill < 0.4 else Health.UNKNOWN,
            health_conditions=facts.choice(CONDITIONS) if ill < 0.1 else "",
            given_names=given, surnames=surnames,
            national_id=f"{'E' if foreign else 'V'}-{number}" if rng.random() > 0.05 else None,
            sex=sex, nationality="Colombia" if foreign else "Venezuela",
            civilian_military=CivilianMilitary.MILITARY if rng.random() < 0.2 else CivilianMilitary.CIVILIAN,
            occupation=rng.choice(("Estudiante", "Periodista", "Sindicalista", "Activista", "Docente", "Militar")),
            arrest_date=FuzzyDate(arrest, DatePrecision.DAY if rng.random() > 0.1 else DatePrecision.MONTH),
            agency=rng.choice(AGENCIES), facility=rng.choice(FACILITIES),
            charges=rng.choice(CHARGES),
            court=COURTS[number % len(COURTS)], case_file_number=f"{arrest.year}-{number % 100_000:05d}",
            classification=Classification.POLITICAL_PRISONER if rng.random() < 0.9 else Classification.UNDER_REVIEW,
            priority=rng.choice((Priority.NORMAL, Priority.NORMAL, Priority.HIGH, Priority.URGENT)),
            tags=SYNTHETIC_TAG,
            notes=rng.choice(("", "Requiere atención médica", "Audiencia preliminar diferida",
                              "Incomunicado, familia sin visitas")),
            events=events,
            contacts=[NewContact(
                name=f"{rng.choice(GIVEN_FEMALE + GIVEN_MALE)} {surnames.split()[0]}",
                relationship=rng.choice(RELATIONSHIPS),
                phones=f"+58 412-555-{rng.randrange(10000):04d}",
                consent=rng.choice((Consent.GIVEN, Consent.GIVEN, Consent.UNKNOWN)),
                safe_channel=rng.choice(CHANNELS), do_not_contact=rng.random() < 0.1,
            )],
        )


def _synthetic_timeline(rng: random.Random, arrest: date, today: date) -> list[NewEvent]:
    events = []
    held_days = (today - arrest).days
    if rng.random() < 0.3:
        events.append(NewEvent(EventKind.TRANSFER, _day(arrest + timedelta(days=rng.randrange(1, held_days)))))
    roll = rng.random()
    if roll < 0.15:
        events.append(NewEvent(EventKind.RELEASE_VERIFIED, _day(arrest + timedelta(days=rng.randrange(1, held_days))),
                               rng.choice((Status.RELEASED_CONDITIONAL, Status.RELEASED_FULL))))
    elif roll < 0.20:
        events.append(NewEvent(EventKind.WHEREABOUTS_UNKNOWN, _day(arrest + timedelta(days=rng.randrange(0, 20)))))
    elif roll < 0.23:
        events.append(NewEvent(EventKind.HOUSE_ARREST, _day(arrest + timedelta(days=rng.randrange(1, held_days)))))
    elif roll < 0.235:
        events.append(NewEvent(EventKind.DEATH_IN_CUSTODY, _day(arrest + timedelta(days=rng.randrange(1, held_days)))))
    if rng.random() < 0.2:
        events.append(NewEvent(EventKind.HEARING, _day(today + timedelta(days=rng.randrange(1, 60))),
                               description="Audiencia preliminar"))
    return events


def _synthetic_stages(rng: random.Random, arrest: date, today: date) -> list[NewEvent]:
    """Charged soon after the arrest (most), and sentenced later (some)."""
    held_days = (today - arrest).days
    if rng.random() < 0.15:
        return []
    charged = arrest + timedelta(days=rng.randrange(1, min(45, held_days)))
    events = [NewEvent(EventKind.CHARGE, _day(charged), description="Audiencia de presentación")]
    if rng.random() < 0.25 and (today - charged).days > 2:
        events.append(NewEvent(EventKind.SENTENCE, _day(charged + timedelta(days=rng.randrange(1, (today - charged).days)))))
    return events


def _day(value: date) -> FuzzyDate:
    return FuzzyDate(value, DatePrecision.DAY)


def fill_demo_vault(vault: Vault, count: int, *, seed: int = 2025) -> int:
    """Add `count` synthetic cases; returns how many were added."""
    return len(add_cases(vault, synthetic_cases(count, seed=seed)))


def add_demo_proceedings(vault: Vault, *, seed: int = 2025, today: date | None = None) -> int:
    """Group about a third of the vault's cases into invented proceedings of two to eight
    co-defendants, each with its court's hearings (some deferred again and again, some ahead).
    Written in bulk, with their audit entries, in one transaction, so a 100k-case benchmark
    vault gets them in seconds. Returns how many proceedings were added."""
    from casedesk.storage.models import database
    with database.atomic("IMMEDIATE"):
        return _add_demo_proceedings(vault, seed, today)


def _add_demo_proceedings(vault: Vault, seed: int, today: date | None) -> int:
    from casedesk.services.proceedings import _infer_jurisdiction
    from casedesk.storage.audit import AuditTrail
    from casedesk.storage.models import database, new_uuid, utc_now
    rng = random.Random(seed)
    today = today or date.today()
    now = utc_now()
    cases = [row for row in database.execute_sql(
        "SELECT id, court, case_file_number, arrest_date FROM detention_case "
        "WHERE id NOT IN (SELECT case_id FROM proceeding_defendant) ORDER BY id")]
    rng.shuffle(cases)
    cases = cases[: len(cases) // 3]
    trail = AuditTrail(vault.actor)
    proceedings, links, events = [], [], []
    next_id = database.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM proceeding").fetchone()[0]
    position = 0
    while position < len(cases) - 1:
        size = min(rng.randrange(2, 9), len(cases) - position)
        members = cases[position:position + size]
        position += size
        _, court, number, arrest = members[0]
        proceeding = {"id": next_id, "uuid": new_uuid(), "court": court, "file_number": number or f"P-{next_id:06d}",
                      "judge": "", "prosecutor": "", "jurisdiction": _infer_jurisdiction(court or ""),
                      "phase": rng.choice(("control", "control", "trial", "unknown")), "notes": "",
                      "created_at": now, "updated_at": now}
        next_id += 1
        proceedings.append(proceeding)
        links += [(new_uuid(), proceeding["id"], case_id, now, now) for case_id, *_ in members]
        start = date.fromisoformat(arrest) if arrest else today - timedelta(days=400)
        held_days = max(1, (today - start).days)
        for _ in range(rng.choice((0, 1, 2, 3, 4, 5, 7))):
            day = start + timedelta(days=rng.randrange(1, held_days + 1))
            events.append((new_uuid(), proceeding["id"], "hearing", min(day, today).isoformat(), "day", "deferred",
                           "Audiencia preliminar diferida", now, now))
        if rng.random() < 0.2:
            events.append((new_uuid(), proceeding["id"], "hearing",
                           (today + timedelta(days=rng.randrange(0, 60))).isoformat(), "day", None,
                           "Audiencia preliminar", now, now))
    database.cursor().executemany(
        "INSERT INTO proceeding (id, uuid, court, file_number, judge, prosecutor, jurisdiction, phase, notes, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [tuple(p.values()) for p in proceedings])
    database.cursor().executemany(
        "INSERT INTO proceeding_defendant (uuid, proceeding_id, case_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?)", links)
    database.cursor().executemany(
        "INSERT INTO proceeding_event (uuid, proceeding_id, kind, date, date_precision, outcome, note, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    for proceeding in proceedings:
        trail.record("create", "proceeding", proceeding["uuid"], {name: [None, value] for name, value in proceeding.items()
                                                                  if name not in ("id", "created_at", "updated_at")
                                                                  and value})
    for link in links:
        trail.record("create", "proceeding_defendant", link[0], {"proceeding_id": [None, link[1]],
                                                                 "case_id": [None, link[2]]})
    for event in events:
        trail.record("create", "proceeding_event", event[0], {"kind": [None, event[2]], "date": [None, event[3]],
                                                              "outcome": [None, event[5]]})
    trail.flush()
    return len(proceedings)
