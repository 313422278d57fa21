"""Legal deadlines as a table of rules: what each one checks, its legal basis in Spanish and
English, and its parameters. `services/deadlines.py` evaluates them over the timelines as of
any date; this module holds the rules and the date arithmetic, with no I/O.

Dates are known to a precision (day, month, year, estimated). A deadline is reported only
when it has certainly passed: an arrest known only to the month counts from the last day of
that month, so the time beyond a limit is "at least" so many days, never an overstatement.

Years are counted from date to date (Código Civil, art. 12): a two-year term from 1 March
2022 ends on 1 March 2024, and one from 29 February 2024 ends on 28 February 2026, the last
day of a month that has no 29th. A person still held after the day a term ends is beyond it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from casedesk.domain.vocabulary import DatePrecision


class Rule(StrEnum):
    PRESENTATION = "presentation_48h"
    PREVENTIVE_DETENTION = "preventive_detention"
    MILITARY_COURT = "civilian_military_court"
    WHEREABOUTS = "whereabouts_unknown"
    HEARINGS_DEFERRED = "hearings_deferred"
    NEXT_HEARING = "next_hearing"


@dataclass(frozen=True)
class DeadlineRule:
    """One rule of the table: its name and legal basis in both languages, and its parameters."""

    code: Rule
    name_en: str
    name_es: str
    basis_en: str
    basis_es: str
    parameters: dict[str, int] = field(default_factory=dict)
    reminder: bool = False            # a date to prepare for, not a right breached
    short_en: str = ""                # for a table's column
    short_es: str = ""

    def name(self, language: str = "en") -> str:
        return self.name_es if language == "es" else self.name_en

    def short(self, language: str = "en") -> str:
        return (self.short_es if language == "es" else self.short_en) or self.name(language)

    def basis(self, language: str = "en") -> str:
        return self.basis_es if language == "es" else self.basis_en


#: The rules, in the order they are listed. The legal bases are paraphrases for orientation,
#: not quotations: the lawyer cites the text in force.
RULES: dict[Rule, DeadlineRule] = {rule.code: rule for rule in (
    DeadlineRule(
        Rule.PRESENTATION,
        "Presentation before a judge within 48 hours", "Presentación ante un juez en 48 horas",
        "Constitution of Venezuela, art. 44.1: a person arrested must be brought before a judicial authority "
        "within forty-eight hours of the arrest.",
        "Constitución de la República Bolivariana de Venezuela, art. 44.1: la persona detenida debe ser "
        "llevada ante una autoridad judicial en un tiempo no mayor de cuarenta y ocho horas a partir de la detención.",
        # Without any presentation recorded, the alert is kept for the first `watch_days` after
        # the arrest: later, a missing record is likelier than a missing hearing.
        {"hours": 48, "watch_days": 30}, short_en="48 hours before a judge", short_es="48 horas sin juez"),
    DeadlineRule(
        Rule.PREVENTIVE_DETENTION,
        "Preventive detention beyond its limit without a sentence",
        "Privación preventiva más allá de su límite sin sentencia",
        "Code of Criminal Procedure (COPP), art. 230: a measure of personal coercion may not exceed two years; "
        "the court may exceptionally extend it at the prosecution's request.",
        "Código Orgánico Procesal Penal (COPP), art. 230: una medida de coerción personal no puede exceder "
        "el plazo de dos años; el tribunal puede prorrogarla excepcionalmente a solicitud del Ministerio Público.",
        {"years": 2, "extended_years": 3}, short_en="Preventive detention exceeded",
        short_es="Privación preventiva vencida"),
    DeadlineRule(
        Rule.MILITARY_COURT,
        "A civilian before a military court", "Civil juzgado por un tribunal militar",
        "Constitution of Venezuela, art. 261 (military criminal jurisdiction is limited to military offences) "
        "and art. 49.4 (the right to be tried by one's ordinary judges).",
        "Constitución de la República Bolivariana de Venezuela, art. 261 (la jurisdicción penal militar se "
        "limita a delitos de naturaleza militar) y art. 49.4 (derecho a ser juzgado por sus jueces naturales).",
        {}, short_en="Civilian in military court", short_es="Civil en tribunal militar"),
    DeadlineRule(
        Rule.WHEREABOUTS,
        "Whereabouts unknown", "Paradero desconocido",
        "Constitution of Venezuela, art. 45 (enforced disappearance is prohibited) and art. 44.2 (the right to "
        "inform one's family and lawyer of the place of detention).",
        "Constitución de la República Bolivariana de Venezuela, art. 45 (prohibición de la desaparición "
        "forzada) y art. 44.2 (derecho a comunicarse con sus familiares y abogado, que deben conocer el lugar "
        "de la detención).",
        {"days": 7}),
    DeadlineRule(
        Rule.HEARINGS_DEFERRED,
        "Hearings deferred again and again", "Audiencias diferidas reiteradamente",
        "Constitution of Venezuela, art. 26 (justice without undue delay) and art. 49.3 (the right to be heard "
        "within a reasonable time).",
        "Constitución de la República Bolivariana de Venezuela, art. 26 (justicia sin dilaciones indebidas) y "
        "art. 49.3 (derecho a ser oído dentro de un plazo razonable).",
        {"times": 3}, short_en="Hearings deferred", short_es="Audiencias diferidas"),
    DeadlineRule(
        Rule.NEXT_HEARING,
        "Hearing within the next days", "Audiencia en los próximos días",
        "A hearing scheduled in the proceeding or the case.",
        "Audiencia fijada en la causa o en el caso.",
        {"days": 7}, reminder=True, short_en="Next hearing", short_es="Próxima audiencia"),
)}

#: Parameters a vault may change (the vault setting's name -> the rule and parameter it sets).
SETTINGS: dict[str, tuple[Rule, str]] = {
    "whereabouts_days": (Rule.WHEREABOUTS, "days"),
    "deferrals": (Rule.HEARINGS_DEFERRED, "times"),
}


# --- Dates ----------------------------------------------------------------------------------

def add_years(day: date, years: int) -> date:
    """`day` plus whole years, from date to date; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:                  # 29 February, in a year without one
        return day.replace(year=day.year + years, day=28)


def bounds(day: date, precision: str | DatePrecision | None) -> tuple[date, date]:
    """The earliest and latest day a date recorded to `precision` can be (stored as its first day)."""
    # Compared as strings (a Vocabulary is a str): this runs once per case held at 100k cases.
    if precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    return day, day


def _uncertain(precision: str | None) -> tuple[bool, bool]:
    """(at least, approximate): a month or year gives a lower bound; an estimate an approximation."""
    return precision == "month" or precision == "year", precision == "estimated"


# --- Findings -------------------------------------------------------------------------------

@dataclass(slots=True)
class Finding:
    """A rule that applies to a case as of a date: since when, and by how much.

    `amount` is in `unit` ("days" beyond the limit, "times" deferred beyond the allowed, "days"
    until a hearing); `at_least` says the dates only give a lower bound; `approximate` that a
    date was estimated.
    """

    rule: Rule
    case_id: str
    name: str
    since: date
    amount: int | None = None
    unit: str = "days"
    at_least: bool = False
    approximate: bool = False
    detail: dict[str, Any] = field(default_factory=dict)
    person: str | int | None = None    # the person's row id: the census counts people, not cases

    def to_json(self, language: str = "en") -> dict[str, Any]:
        rule = RULES[self.rule]
        return {"case_id": self.case_id, "name": self.name, "rule": self.rule.value,
                "rule_name": rule.name(language), "basis": rule.basis(language), "since": self.since.isoformat(),
                "amount": self.amount, "unit": self.unit, "at_least": self.at_least,
                "approximate": self.approximate, "reminder": rule.reminder, "detail": self.detail,
                "summary": describe(self, language)}


def presentation_finding(case_id: str, name: str, arrest: date, precision: str | None, presented: date | None,
                         as_of: date, hours: int = 48, watch_days: int = 30) -> Finding | None:
    """Not brought before a judge within `hours` of the arrest.

    Dates carry no time of day, so the limit is the end of the day `hours` later, counted from
    the latest day the arrest can have been: arrested on the 1st, the 48 hours ended at the
    latest at the end of the 3rd. Presented on the 4th: one day late; not presented by the
    4th: one day beyond, and counting.
    """
    earliest, latest = bounds(arrest, precision)
    limit = latest + timedelta(days=-(-hours // 24))
    at_least, approximate = _uncertain(precision)
    if presented is not None and presented <= as_of:
        if presented <= limit:
            return None
        return Finding(Rule.PRESENTATION, case_id, name, limit + timedelta(days=1), (presented - limit).days,
                       at_least=at_least, approximate=approximate, detail={"presented": presented.isoformat()})
    if as_of <= limit or (as_of - earliest).days > watch_days:
        return None
    return Finding(Rule.PRESENTATION, case_id, name, limit + timedelta(days=1), (as_of - limit).days,
                   at_least=at_least, approximate=approximate, detail={"presented": None})


def preventive_detention_limit(arrest: date, precision: str | None, *, extended: bool, years: int = 2,
                               extended_years: int = 3) -> date:
    """The last day of the term (from the latest day the arrest can have been)."""
    return add_years(bounds(arrest, precision)[1], extended_years if extended else years)


def preventive_detention_finding(case_id: str, name: str, arrest: date, precision: str | None, as_of: date, *,
                                 sentenced: bool, extended: bool, years: int = 2,
                                 extended_years: int = 3) -> Finding | None:
    """Held on `as_of` after the term of preventive detention ended, with no sentence."""
    if sentenced:
        return None
    limit = preventive_detention_limit(arrest, precision, extended=extended, years=years,
                                       extended_years=extended_years)
    if as_of <= limit:
        return None
    at_least, approximate = _uncertain(precision)
    return Finding(Rule.PREVENTIVE_DETENTION, case_id, name, limit + timedelta(days=1), (as_of - limit).days,
                   at_least=at_least, approximate=approximate,
                   detail={"limit": limit.isoformat(), "years": extended_years if extended else years,
                           "extended": extended})


def whereabouts_finding(case_id: str, name: str, since: date, precision: str | None, as_of: date,
                        days: int = 7) -> Finding | None:
    """Whereabouts unknown for more than `days` days (from the latest day it can have begun)."""
    latest = bounds(since, precision)[1]
    limit = latest + timedelta(days=days)
    if as_of <= limit:
        return None
    at_least, approximate = _uncertain(precision)
    return Finding(Rule.WHEREABOUTS, case_id, name, limit + timedelta(days=1), (as_of - limit).days,
                   at_least=at_least, approximate=approximate,
                   detail={"unknown_since": since.isoformat(), "days_unknown": (as_of - latest).days})


def deferrals_finding(case_id: str, name: str, deferred_on: list[date], proceeding: dict[str, Any],
                      times: int = 3) -> Finding | None:
    """More than `times` deferred hearings in a proceeding: since the one that went over."""
    deferred_on = sorted(deferred_on)
    if len(deferred_on) <= times:
        return None
    return Finding(Rule.HEARINGS_DEFERRED, case_id, name, deferred_on[times], len(deferred_on) - times, unit="times",
                   detail={"deferred": len(deferred_on), "allowed": times, **proceeding})


# --- Words ----------------------------------------------------------------------------------

_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")


def _day(value: date, language: str) -> str:
    if language == "es":
        return f"{value.day} de {_MONTHS_ES[value.month - 1]} de {value.year}"
    return f"{value.day} {calendar.month_name[value.month]} {value.year}"


def _days(count: int, language: str) -> str:
    """"2.891 días", "2,891 days": grouped as each language writes numbers (as the window does)."""
    grouped = f"{count:,}".replace(",", "." if language == "es" else ",")
    if language == "es":
        return f"{grouped} día" if count == 1 else f"{grouped} días"
    return f"{grouped} day" if count == 1 else f"{grouped} days"


def describe(finding: Finding, language: str = "en") -> str:
    """One sentence a lawyer reads: what, since when, by how much ("at least" when the dates
    only give a lower bound)."""
    es = language == "es"
    lower = ("al menos " if es else "at least ") if finding.at_least else ("aprox. " if es else "about ") \
        if finding.approximate else ""
    since = _day(finding.since, language)
    amount = finding.amount or 0
    detail = finding.detail
    if finding.rule is Rule.PRESENTATION:
        if detail.get("presented"):
            presented = _day(date.fromisoformat(detail["presented"]), language)
            return (f"Presentado/a ante un juez el {presented}: {lower}{_days(amount, language)} después del límite "
                    f"de 48 horas" if es else
                    f"Presented before a judge on {presented}: {lower}{_days(amount, language)} after the 48-hour limit")
        return (f"Sin presentación ante un juez registrada: {lower}{_days(amount, language)} más allá del límite de "
                f"48 horas (vencido desde el {since})" if es else
                f"No presentation before a judge recorded: {lower}{_days(amount, language)} beyond the 48-hour "
                f"limit (passed since {since})")
    if finding.rule is Rule.PREVENTIVE_DETENTION:
        years = detail.get("years", 2)
        extended = (" (con prórroga)" if es else " (extended)") if detail.get("extended") else ""
        return (f"Detenido/a sin sentencia más allá de {years} años{extended}: {lower}{_days(amount, language)} "
                f"desde el {since}" if es else
                f"Held without a sentence beyond {years} years{extended}: {lower}{_days(amount, language)} "
                f"since {since}")
    if finding.rule is Rule.MILITARY_COURT:
        court = detail.get("court") or ""
        return (f"Civil ante la jurisdicción militar{': ' + court if court else ''}" if es else
                f"A civilian before military courts{': ' + court if court else ''}")
    if finding.rule is Rule.WHEREABOUTS:
        unknown = detail.get("days_unknown", 0)
        return (f"Paradero desconocido desde hace {lower}{_days(unknown, language)}: {lower}"
                f"{_days(amount, language)} más allá del plazo (desde el {since})" if es else
                f"Whereabouts unknown for {lower}{_days(unknown, language)}: {lower}{_days(amount, language)} "
                f"beyond the limit (since {since})")
    if finding.rule is Rule.HEARINGS_DEFERRED:
        total, number = detail.get("deferred", 0), detail.get("file_number") or ""
        return (f"Audiencia diferida {total} veces en la causa {number}, {amount} más de las "
                f"{detail.get('allowed', 0)} admitidas (desde el {since})" if es else
                f"Hearing deferred {total} times in proceeding {number}, {amount} more than the "
                f"{detail.get('allowed', 0)} allowed (since {since})")
    when = _day(finding.since, language)
    if amount == 0:
        return f"Audiencia hoy, {when}" if es else f"Hearing today, {when}"
    return (f"Audiencia el {when}, dentro de {_days(amount, language)}" if es else
            f"Hearing on {when}, in {_days(amount, language)}")
