"""Controlled vocabularies: codes stored in the vault, with Spanish and English labels.

Codes are stable identifiers (they are written to the database and to exchange bundles);
labels are what people read. `parse_status` maps the words people actually type in
spreadsheets onto the status vocabulary.
"""

from __future__ import annotations

from enum import StrEnum

from casedesk.domain.errors import InvalidInput
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
    Status, EventKind, DatePrecision, Sex, CivilianMilitary, Classification, Priority,
    Consent, EvidenceKind, VerificationState, ClaimKind, SourceKind,
)


# Words seen in real spreadsheets, folded (lower case, no accents). Feminine and plural
# forms are listed because lists are typed by many hands.
_STATUS_WORDS: dict[Status, tuple[str, ...]] = {
    Status.DETAINED: (
        "detenido", "detenida", "detenidos", "detenidas", "preso", "presa", "presos",
        "privado de libertad", "privada de libertad", "privados de libertad", "encarcelado",
        "encarcelada", "recluido", "recluida", "en prision", "arrestado", "arrestada",
        "aprehendido", "aprehendida", "en custodia", "detained", "in custody", "imprisoned",
        "held",
    ),
    Status.HOUSE_ARREST: (
        "arresto domiciliario", "casa por carcel", "detencion domiciliaria", "house arrest",
    ),
    Status.WHEREABOUTS_UNKNOWN: (
        "desaparecido", "desaparecida", "desaparecidos", "desaparicion forzada",
        "paradero desconocido", "se desconoce su paradero", "whereabouts unknown", "disappeared",
        "missing",
    ),
    Status.RELEASED_CONDITIONAL: (
        "excarcelado", "excarcelada", "excarcelados", "excarcelacion", "medida cautelar",
        "medidas cautelares", "medida sustitutiva", "medidas sustitutivas",
        "libertad condicional", "libertad condicionada", "regimen de presentacion",
        "released with conditions", "conditional release", "released conditional", "on parole",
    ),
    Status.RELEASED_FULL: (
        "libertad plena", "libertad total", "liberado", "liberada", "liberados", "libre",
        "sobreseido", "sobreseida", "absuelto", "absuelta", "released", "fully released",
        "released full", "free",
    ),
    Status.DECEASED: (
        "fallecido", "fallecida", "muerto", "muerta", "murio en custodia",
        "muerte bajo custodia", "fallecio", "deceased", "dead", "died in custody",
    ),
    Status.UNKNOWN: (
        "desconocido", "desconocida", "sin informacion", "sin info", "s i", "n d", "no se sabe",
        "unknown",
    ),
}

_STATUS_BY_WORD: dict[str, Status] = {
    word: status for status, words in _STATUS_WORDS.items() for word in words
}
_STATUS_BY_WORD.update({status.value.replace("_", " "): status for status in Status})


def parse_status(text: str) -> Status | None:
    """Map a status as people write it ("Privado de libertad", "EXCARCELADA") to a code.

    Returns None when the text names no known status, so the caller can report the row
    instead of guessing.
    """
    words = _status_words(text)
    if not words:
        return None
    if words in _STATUS_BY_WORD:
        return _STATUS_BY_WORD[words]
    # "Excarcelado con régimen de presentación cada 30 días": the longest known phrase that
    # appears as whole words decides.
    padded = f" {words} "
    found = [
        (len(phrase), status) for phrase, status in _STATUS_BY_WORD.items() if f" {phrase} " in padded
    ]
    return max(found)[1] if found else None


def _status_words(text: str) -> str:
    folded = fold(text).replace("/a", "").replace("(a)", "").replace("/as", "s")
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())
