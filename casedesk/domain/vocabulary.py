"""Controlled vocabularies: codes stored in the vault, with Spanish and English labels.

Codes are stable identifiers (they are written to the database and to exchange bundles);
labels are what people read. `parse_status` maps the words people actually type in
spreadsheets onto the status vocabulary.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from casedesk.domain.errors import InvalidInput
from casedesk.domain.list_words import STATUS_PHRASES
from casedesk.domain.text import fold


class Vocabulary(StrEnum):
    """A code with an English and a Spanish label: `Status.DETAINED.label("es")`."""

    def __new__(cls, code: str, en: str, es: str) -> "Vocabulary":
        member = str.__new__(cls, code)
        member._value_ = code
        member.en = en  # type: ignore[attr-defined]
        member.es = es  # type: ignore[attr-defined]
        return member

    def label(self, language: str = "en") -> str:
        """The label in `language` ("es" or "en")."""
        return self.es if language == "es" else self.en  # type: ignore[attr-defined]

    @classmethod
    def coerce(cls, value: "str | Vocabulary") -> "Vocabulary":
        """The member for a code, or `InvalidInput` listing the codes that exist."""
        try:
            return cls(value)
        except ValueError:
            codes = ", ".join(member.value for member in cls)
            raise InvalidInput(f"“{value}” is not one of: {codes}.",
                               f"“{value}” no es uno de: {codes}.") from None


class Status(Vocabulary):
    DETAINED = "detained", "Detained", "Detenido/a"
    HOUSE_ARREST = "house_arrest", "House arrest", "Arresto domiciliario"
    WHEREABOUTS_UNKNOWN = "whereabouts_unknown", "Whereabouts unknown", "Paradero desconocido"
    RELEASED_CONDITIONAL = "released_conditional", "Released with conditions", "Excarcelado/a con medidas"
    RELEASED_FULL = "released_full", "Fully released", "Libertad plena"
    DECEASED = "deceased", "Deceased", "Fallecido/a"
    UNKNOWN = "unknown", "Unknown", "Desconocido"


class Stage(Vocabulary):
    """Where a detention stands in the courts; changed by timeline events, like the status."""

    NONE = "none", "No charges yet", "Sin cargos aún"
    AWAITING_TRIAL = "awaiting_trial", "Awaiting trial", "Procesado/a (sin sentencia)"
    SENTENCED = "sentenced", "Sentenced", "Condenado/a"
    UNKNOWN = "unknown", "Unknown", "Desconocida"


class Health(Vocabulary):
    """What is known of a detained person's health: a serious condition (with the date it was
    known), none known after asking, or nothing recorded (which the census reports as unknown)."""

    SERIOUS = "serious", "Serious condition", "Enfermedad grave"
    NOT_SERIOUS = "not_serious", "No serious condition known", "Sin enfermedad grave conocida"
    UNKNOWN = "unknown", "Not recorded", "Sin dato"


#: Statuses that count a person as held for the census.
HELD_STATUSES = frozenset({Status.DETAINED, Status.HOUSE_ARREST, Status.WHEREABOUTS_UNKNOWN})


class EventKind(Vocabulary):
    ARREST = "arrest", "Arrest", "Detención"
    REARREST = "rearrest", "Re-arrest", "Nueva detención"
    TRANSFER = "transfer", "Transfer", "Traslado"
    HEARING = "hearing", "Hearing", "Audiencia"
    CHARGE = "charge", "Charge", "Imputación"
    SENTENCE = "sentence", "Sentence", "Sentencia"
    HOUSE_ARREST = "house_arrest", "House arrest granted", "Arresto domiciliario otorgado"
    WHEREABOUTS_UNKNOWN = "whereabouts_unknown", "Whereabouts unknown", "Paradero desconocido"
    WHEREABOUTS_ESTABLISHED = "whereabouts_established", "Whereabouts established", "Paradero establecido"
    RELEASE_ANNOUNCED = "release_announced", "Release announced", "Excarcelación anunciada"
    RELEASE_VERIFIED = "release_verified", "Release verified", "Excarcelación verificada"
    DEATH_IN_CUSTODY = "death_in_custody", "Death in custody", "Muerte bajo custodia"
    STATUS_RECORDED = "status_recorded", "Status recorded", "Situación registrada"
    FILING = "filing", "Filing drafted", "Escrito redactado"
    PRESENTED_TO_JUDGE = "presented_to_judge", "Presented before a judge", "Presentación ante un juez"
    DETENTION_EXTENDED = "detention_extended", "Preventive detention extended", "Prórroga de la medida privativa"
    DECISION = "decision", "Court decision", "Decisión judicial"
    OTHER = "other", "Other", "Otro"


#: The status an event leaves the case in, when the event changes it. Events absent here
#: (a hearing, an announcement) leave the status as it was. STATUS_RECORDED and
#: RELEASE_VERIFIED carry their status on the event itself; this is only the default.
STATUS_AFTER_EVENT: dict[EventKind, Status] = {
    EventKind.ARREST: Status.DETAINED,
    EventKind.REARREST: Status.DETAINED,
    EventKind.HOUSE_ARREST: Status.HOUSE_ARREST,
    EventKind.WHEREABOUTS_UNKNOWN: Status.WHEREABOUTS_UNKNOWN,
    EventKind.WHEREABOUTS_ESTABLISHED: Status.DETAINED,
    EventKind.RELEASE_VERIFIED: Status.RELEASED_CONDITIONAL,
    EventKind.DEATH_IN_CUSTODY: Status.DECEASED,
}


#: The procedural stage an event leaves the case in, when its kind implies one.
STAGE_AFTER_EVENT: dict[EventKind, Stage] = {EventKind.CHARGE: Stage.AWAITING_TRIAL,
                                               EventKind.SENTENCE: Stage.SENTENCED}


#: What can be recorded once on a court proceeding and then belongs to every defendant's
#: timeline. None of them changes a status or a stage (a sentence is personal: it is recorded
#: on each defendant's case), so the census and status rules keep reading case events only.
PROCEEDING_EVENT_KINDS: tuple[EventKind, ...] = (EventKind.HEARING, EventKind.PRESENTED_TO_JUDGE,
                                                 EventKind.DETENTION_EXTENDED, EventKind.DECISION, EventKind.OTHER)


class Jurisdiction(Vocabulary):
    """Which courts hear a proceeding."""

    ORDINARY = "ordinary", "Ordinary", "Ordinaria"
    MILITARY = "military", "Military", "Militar"


class Phase(Vocabulary):
    """The phase of a criminal proceeding (COPP)."""

    CONTROL = "control", "Control (investigation)", "Control"
    TRIAL = "trial", "Trial", "Juicio"
    EXECUTION = "execution", "Execution of sentence", "Ejecución"
    APPEAL = "appeal", "Appeal", "Apelación"
    UNKNOWN = "unknown", "Unknown", "Desconocida"


class HearingOutcome(Vocabulary):
    HELD = "held", "Held", "Realizada"
    DEFERRED = "deferred", "Deferred", "Diferida"


class DatePrecision(Vocabulary):
    DAY = "day", "Exact day", "Día exacto"
    MONTH = "month", "Month only", "Solo mes"
    YEAR = "year", "Year only", "Solo año"
    ESTIMATED = "estimated", "Estimated", "Estimada"


class Sex(Vocabulary):
    FEMALE = "female", "Female", "Mujer"
    MALE = "male", "Male", "Hombre"
    OTHER = "other", "Other", "Otro"
    UNKNOWN = "unknown", "Unknown", "Desconocido"


class CivilianMilitary(Vocabulary):
    CIVILIAN = "civilian", "Civilian", "Civil"
    MILITARY = "military", "Military", "Militar"
    UNKNOWN = "unknown", "Unknown", "Desconocido"


class Classification(Vocabulary):
    POLITICAL_PRISONER = "political_prisoner", "Political prisoner", "Preso/a político/a"
    UNDER_REVIEW = "under_review", "Under review", "En revisión"
    NOT_POLITICAL = "not_political", "Not a political case", "No es un caso político"


class Priority(Vocabulary):
    LOW = "low", "Low", "Baja"
    NORMAL = "normal", "Normal", "Normal"
    HIGH = "high", "High", "Alta"
    URGENT = "urgent", "Urgent", "Urgente"


class Consent(Vocabulary):
    UNKNOWN = "unknown", "Not asked yet", "Aún no consultado"
    GIVEN = "given", "Consent given", "Consentimiento otorgado"
    REFUSED = "refused", "Refused", "Rechazado"
    WITHDRAWN = "withdrawn", "Withdrawn", "Retirado"


class EvidenceKind(Vocabulary):
    DOCUMENT = "document", "Document", "Documento"
    PHOTO = "photo", "Photo", "Foto"
    AUDIO = "audio", "Audio", "Audio"
    VIDEO = "video", "Video", "Video"
    TESTIMONY = "testimony", "Testimony", "Testimonio"
    OFFICIAL_RECORD = "official_record", "Official record", "Registro oficial"
    COURT_DOCUMENT = "court_document", "Court document", "Documento judicial"
    PRESS_REPORT = "press_report", "Press report", "Nota de prensa"
    SOCIAL_MEDIA_POST = "social_media_post", "Social media post", "Publicación en redes sociales"
    OTHER = "other", "Other", "Otro"


class VerificationState(Vocabulary):
    REPORTED = "reported", "Reported", "Reportado"
    UNDER_VERIFICATION = "under_verification", "Under verification", "En verificación"
    VERIFIED = "verified", "Verified", "Verificado"
    DISPUTED = "disputed", "Disputed", "Controvertido"
    RETRACTED = "retracted", "Retracted", "Retractado"


class ClaimKind(Vocabulary):
    RELEASE = "release", "Released", "Excarcelado/a"
    TRANSFER = "transfer", "Transferred", "Trasladado/a"
    WHEREABOUTS_UNKNOWN = "whereabouts_unknown", "Whereabouts unknown", "Paradero desconocido"
    REARREST = "rearrest", "Re-arrested", "Detenido/a de nuevo"


class SourceKind(Vocabulary):
    OFFICIAL_DOCUMENT = "official_document", "Official document (release order, court record)", \
        "Documento oficial (boleta, acta judicial)"
    FAMILY_CONFIRMATION = "family_confirmation", "Family confirmation", "Confirmación de la familia"
    LAWYER_VISIT = "lawyer_visit", "Lawyer's visit or call", "Visita o llamada del abogado"
    PRESS = "press", "Press", "Prensa"
    OTHER = "other", "Other", "Otra"


#: The timeline event a verified claim adds.
EVENT_OF_CLAIM: dict[ClaimKind, EventKind] = {
    ClaimKind.RELEASE: EventKind.RELEASE_VERIFIED,
    ClaimKind.TRANSFER: EventKind.TRANSFER,
    ClaimKind.WHEREABOUTS_UNKNOWN: EventKind.WHEREABOUTS_UNKNOWN,
    ClaimKind.REARREST: EventKind.REARREST,
}


ALL_VOCABULARIES: tuple[type[Vocabulary], ...] = (
    Status, Stage, Health, EventKind, DatePrecision, Sex, CivilianMilitary, Classification, Priority,
    Consent, EvidenceKind, VerificationState, ClaimKind, SourceKind, Jurisdiction, Phase, HearingOutcome,
)


def _status_words(text: str) -> str:
    folded = fold(text)
    for ending in ("/as", "/os", "(as)", "(os)"):
        folded = folded.replace(ending, "s")
    for ending in ("/a", "(a)", "/o", "(o)"):
        folded = folded.replace(ending, "")
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


_STATUS_TABLE = {**{status.value.replace("_", " "): (status.value, None) for status in Status}, **STATUS_PHRASES}
# The phrases by their first word: a phrase is found only as whole words, so a text is searched
# for the phrases that start with one of its words. Names and IDs have none, and searching each
# of a list's cells for every phrase was half the time of reading the list's columns.
_PHRASES_BY_FIRST_WORD: dict[str, list[str]] = {}
for _phrase in _STATUS_TABLE:
    _PHRASES_BY_FIRST_WORD.setdefault(_phrase.split(" ")[0], []).append(_phrase)


@lru_cache(maxsize=8192)          # lists repeat the same few words thousands of times
def read_status(text: str) -> tuple["Status | None", "Stage | None"] | None:
    """The status and procedural stage a cell gives ("Detenido - procesado" -> detained,
    awaiting trial), or None when it names neither, so the caller keeps the words as written
    instead of guessing.

    The words are in `list_words.STATUS_PHRASES`. Among the known phrases found as whole
    words, the one with most words decides the status (so "falleció en custodia" is a death,
    not "en custodia"), then the one written first; any of them may give the stage.
    """
    words = _status_words(text)
    if not words:
        return None
    found: list[tuple[int, int, int, str | None, str | None]] = []
    padded = f" {words} "
    candidates = [phrase for word in dict.fromkeys(words.split(" ")) for phrase in _PHRASES_BY_FIRST_WORD.get(word, ())]
    for phrase in candidates:
        status, stage = _STATUS_TABLE[phrase]
        position = padded.find(f" {phrase} ")
        if position >= 0:
            found.append((-len(phrase.split()), position, position + len(phrase) + 1, status, stage))
    if not found:
        return None
    found.sort()
    chosen: list[tuple[int, int, int, str | None, str | None]] = []
    for candidate in found:              # a phrase inside a longer one found says nothing more ("no imputada")
        if not any(candidate[1] < end and kept_start < candidate[2] for _, kept_start, end, _, _ in chosen):
            chosen.append(candidate)
    status = next((Status(code) for *_, code, _ in chosen if code), None)
    stage = next((Stage(code) for *_, code in chosen if code), None)
    return status, stage


def parse_status(text: str) -> Status | None:
    """Map a status as people write it ("Privado de libertad", "EXCARCELADA") to a code, or
    None when the text names no known status."""
    reading = read_status(text)
    return reading[0] if reading else None
