"""The words other groups' lists use, as tables of data.

Everything here is folded (lower case, no accents: see `text.fold`) and written the way
people type it in spreadsheets and communiqués. To teach CaseDesk a new word, add it to the
table it belongs to; the readers in `list_values` and the pipeline in `casedesk.lists` take
it from here. Feminine and plural forms of -o words are made by `forms()`, so "procesado"
also covers "procesada", "procesados", "procesadas" and "procesado/a".
"""

from __future__ import annotations


def forms(*words: str) -> tuple[str, ...]:
    """Each -o word with its feminine and plural forms; phrases change their first word."""
    out: list[str] = []
    for phrase in words:
        first, _, rest = phrase.partition(" ")
        tail = f" {rest}" if rest else ""
        if first.endswith("o"):
            stem = first[:-1]
            out += [f"{stem}{ending}{tail}" for ending in ("o", "a", "os", "as")]
        else:
            out.append(phrase)
    return tuple(out)


# --- Status and procedural stage ---------------------------------------------------------
# Each phrase gives a status, a stage, or both (None: says nothing about it). When a cell
# holds several known phrases, the one with most words decides the status, then the first
# written; any phrase may give the stage ("Detenido - procesado").

STATUS_PHRASES: dict[str, tuple[str | None, str | None]] = {}


def _add(status: str | None, stage: str | None, *phrases: str) -> None:
    for phrase in phrases:
        STATUS_PHRASES[phrase] = (status, stage)


_add("detained", None,
     *forms("detenido", "preso", "privado de libertad", "encarcelado", "recluido", "arrestado", "aprehendido",
            "capturado", "retenido", "incomunicado", "hospitalizado bajo custodia"),
     "en prision", "en custodia", "bajo custodia", "medida privativa de libertad", "privativa de libertad",
     "preso politico", "presa politica", "presos politicos", "detained", "in custody", "imprisoned", "held",
     "jailed", "political prisoner")
_add("detained", "awaiting_trial",
     *forms("procesado", "imputado", "acusado", "enjuiciado"),
     "en juicio", "en espera de juicio", "esperando juicio", "sin sentencia", "sin condena", "en proceso",
     "sin audiencia preliminar", "sin audiencia", "audiencia diferida", "en fase preparatoria", "fase preparatoria",
     "fase intermedia", "fase de juicio", "en fase de juicio", "a la espera de juicio", "juicio pendiente",
     "pendiente de juicio", "juicio en curso", "awaiting trial", "pre trial", "pretrial", "on trial")
_add("detained", "sentenced",
     *forms("condenado", "penado", "sentenciado"),
     "con sentencia", "con condena", "sentencia condenatoria", "fase de ejecucion", "en ejecucion", "sentenced",
     "convicted")
_add("house_arrest", None,
     "arresto domiciliario", "casa por carcel", "detencion domiciliaria", "arresto en casa", "domiciliaria",
     "domiciliario", "en su casa", "house arrest")
_add("whereabouts_unknown", None,
     *forms("desaparecido", "desaparecido forzosamente"),
     "desaparicion forzada", "en desaparicion forzada", "paradero desconocido", "se desconoce su paradero",
     "sin paradero", "sin fe de vida", "whereabouts unknown", "disappeared", "missing", "forcibly disappeared")
_add("released_conditional", None,
     *forms("excarcelado"),
     "excarcelacion", "medida cautelar", "medidas cautelares", "medida sustitutiva", "medidas sustitutivas",
     "libertad condicional", "libertad condicionada", "regimen de presentacion", "presentacion periodica",
     "bajo medidas", "con medidas", "libertad bajo fianza", "medida humanitaria", "released with conditions",
     "conditional release", "released conditional", "on parole", "parole")
_add("released_full", None,
     *forms("liberado", "sobreseido", "absuelto"),
     "libertad plena", "libertad total", "libre", "en libertad", "libertad sin restricciones", "released",
     "fully released", "released full", "free", "acquitted")
_add("deceased", None,
     *forms("fallecido", "muerto", "asesinado", "ejecutado"),
     "murio", "fallecio", "murio bajo custodia", "murio en custodia", "fallecio bajo custodia",
     "fallecio en custodia", "fallecido bajo custodia", "fallecida bajo custodia", "fallecido en custodia",
     "fallecida en custodia", "muerte bajo custodia", "muerte en custodia", "murio en prision",
     "fallecio en prision", "died in custody", "death in custody", "deceased", "dead")
_add("unknown", None,
     *forms("desconocido"),
     "sin informacion", "sin info", "s i", "n d", "no se sabe", "por verificar", "por confirmar", "unknown")
_add(None, "none", "sin cargos", "no imputado", "no imputada", "not charged", "no charges")

#: Stage words alone, for a column that holds only the procedural stage.
STAGE_PHRASES: dict[str, str] = {phrase: stage for phrase, (_, stage) in STATUS_PHRASES.items() if stage}
STAGE_PHRASES.update({"desconocido": "unknown", "desconocida": "unknown", "sin informacion": "unknown",
                      "por verificar": "unknown", "unknown": "unknown"})


# --- Civilian or military ----------------------------------------------------------------

MILITARY_WORDS: tuple[str, ...] = (
    "militar", "militares", "militar activo", "militar en servicio activo", "militar en situacion de actividad", "militar en situacion de retiro",
    "militar r", "militar retirado", "militar retirada", "militar en retiro", "militar de baja", "activo", "activa",
    "retirado", "retirada", "r", "ex militar", "exmilitar", "efectivo militar", "funcionario militar", "fanb", "gnb",
    "dado de baja", "dada de baja", "de baja", "baja", "en retiro", "en situacion de retiro", "reserva",
    "guardia nacional", "guardia nacional bolivariana", "ejercito", "ejercito bolivariano", "armada",
    "armada bolivariana", "aviacion", "aviacion militar", "aviacion militar bolivariana", "milicia",
    "milicia bolivariana", "military", "mil", "milit",
)
CIVILIAN_WORDS: tuple[str, ...] = (
    "civil", "civiles", "c", "civ", "no militar", "policia", "policial", "funcionario policial", "civilian",
)
#: Under a header such as "Militar" or "¿Militar?", the cell only says yes or no.
YES_WORDS: frozenset[str] = frozenset({"si", "x", "yes", "s", "1", "true", "verdadero"})
NO_WORDS: frozenset[str] = frozenset({"no", "n", "0", "false", "falso"})
#: What a "menor" (minor) or "edad" column says of someone under 18, and of an adult.
MINOR_WORDS: frozenset[str] = frozenset({"menor", "menor de edad", "adolescente", "nna", "nino", "nina",
                                         "minor", "underage", "under 18", "menor de 18"})
ADULT_WORDS: frozenset[str] = frozenset({"mayor", "mayor de edad", "adulto", "adulta", "adult", "no menor"})
#: What a health column says when there is nothing serious: no condition recorded.
NO_CONDITION_WORDS: frozenset[str] = frozenset({"ninguna", "ninguno", "sano", "sana", "no", "n a", "na", "none",
                                                "sin enfermedad", "sin patologia", "sin patologias", "buena",
                                                "estable", "healthy"})

#: Military ranks, written out and abbreviated (Venezuelan usage), longest first when read.
MILITARY_RANKS: tuple[str, ...] = (
    "general en jefe", "mayor general", "general de division", "general de brigada", "general", "g j", "m g", "g d",
    "g b", "almirante", "vicealmirante", "contralmirante", "coronel", "cnel", "teniente coronel", "tte cnel",
    "tcnel", "t cnel", "mayor", "my", "capitan de navio", "capitan de fragata", "capitan de corbeta", "capitan",
    "cap", "cptn", "capt", "primer teniente", "1er tte", "ptte", "p tte", "teniente de navio", "teniente de fragata",
    "teniente", "tte", "alferez de navio", "alferez", "sargento mayor de primera", "sargento mayor de segunda",
    "sargento mayor de tercera", "sargento supervisor", "sargento ayudante", "sargento primero",
    "sargento segundo", "sargento", "sgto", "sm1", "sm2", "sm3", "s m1", "s m2", "s m3", "s1", "s2", "cabo primero",
    "cabo segundo", "cabo", "distinguido", "soldado", "marinero", "cadete", "sargento mayor", "gral", "cnel",
    "tcnel", "tte", "1er tte", "1 er tte", "primer tte", "ptte", "alf", "alferez", "sgto", "sgto may", "s 1", "s 2",
    "s 3", "sm 1", "sm 2", "sm 3", "sm", "smp", "sms", "smt", "c 1", "c 2", "cabo 1", "cabo 2", "dgdo", "cap", "cf",
    "cc", "cn", "tf", "tn", "vam", "cam", "gd", "gb", "gj", "mg",
)
#: What may follow a rank ("Sgto. 1ro.", "Cabo 2do", "Teniente (Av)").
RANK_ORDINALS: frozenset[str] = frozenset({
    "1ro", "2do", "3ro", "1ra", "2da", "3ra", "1", "2", "3", "1o", "2o", "3o", "primero", "segundo", "tercero",
    "primera", "segunda", "tercera", "de", "av", "ej", "arm", "gnb", "fanb", "r", "ra", "eb", "amb", "gn",
})


# --- Nationality -------------------------------------------------------------------------
# Country (as stored) -> the ways lists write it: codes, the country, its demonyms.

VENEZUELA = "Venezuela"
COUNTRIES: dict[str, tuple[str, ...]] = {
    VENEZUELA: ("ven", "ve", "vzla", "venezuela", "rep bolivariana de venezuela", *forms("venezolano"), "venezolano"),
    "Colombia": ("col", "co", "colombia", *forms("colombiano"), "colombo"),
    "Perú": ("per", "pe", "peru", *forms("peruano")),
    "Ecuador": ("ecu", "ec", "ecuador", *forms("ecuatoriano")),
    "Chile": ("chl", "cl", "chile", *forms("chileno")),
    "Argentina": ("arg", "ar", "argentina", *forms("argentino")),
    "Uruguay": ("ury", "uy", "uruguay", *forms("uruguayo")),
    "Paraguay": ("pry", "py", "paraguay", *forms("paraguayo")),
    "Bolivia": ("bol", "bo", "bolivia", *forms("boliviano")),
    "Brasil": ("bra", "br", "brasil", "brazil", "brasileno", "brasilena", "brasilenos", "brasilero", "brasilera"),
    "México": ("mex", "mx", "mexico", *forms("mexicano")),
    "Cuba": ("cub", "cu", "cuba", *forms("cubano")),
    "República Dominicana": ("dom", "do", "republica dominicana", "rep dominicana", *forms("dominicano")),
    "Panamá": ("pan", "pa", "panama", "panameno", "panamena"),
    "Costa Rica": ("cri", "cr", "costa rica", "costarricense"),
    "Nicaragua": ("nic", "ni", "nicaragua", "nicaraguense"),
    "Honduras": ("hnd", "hn", "honduras", "hondureno", "hondurena"),
    "El Salvador": ("slv", "sv", "el salvador", "salvadoreno", "salvadorena"),
    "Guatemala": ("gtm", "gt", "guatemala", "guatemalteco", "guatemalteca"),
    "Estados Unidos": ("usa", "us", "eeuu", "ee uu", "estados unidos", "estadounidense", "norteamericano",
                       "norteamericana", "united states", "american"),
    "Canadá": ("can", "ca", "canada", "canadiense"),
    "España": ("esp", "es", "espana", "spain", "espanol", "espanola", "espanoles", "hispano", "hispana"),
    "Portugal": ("prt", "pt", "portugal", "portugues", "portuguesa", "luso", "lusa"),
    "Italia": ("ita", "it", "italia", "italy", *forms("italiano"), "italo"),
    "Francia": ("fra", "fr", "francia", "france", "frances", "francesa"),
    "Alemania": ("deu", "de", "alemania", "germany", "aleman", "alemana"),
    "Reino Unido": ("gbr", "gb", "uk", "reino unido", "britanico", "britanica"),
    "Países Bajos": ("nld", "nl", "paises bajos", "holanda", "neerlandes", "neerlandesa", "holandes", "holandesa"),
    "Suiza": ("che", "ch", "suiza", "suizo"),
    "Ucrania": ("ukr", "ua", "ucrania", *forms("ucraniano")),
    "Rusia": ("rus", "ru", "rusia", *forms("ruso")),
    "China": ("chn", "cn", "china", "chino"),
    "Líbano": ("lbn", "lb", "libano", "libanes", "libanesa"),
    "Siria": ("syr", "sy", "siria", "sirio"),
    "Trinidad y Tobago": ("tto", "tt", "trinidad y tobago", "trinitense"),
    "Guyana": ("guy", "gy", "guyana", "guyanes", "guyanesa"),
    "Haití": ("hti", "ht", "haiti", *forms("haitiano")),
    "Israel": ("isr", "il", "israel", "israeli"),
    "Irán": ("irn", "ir", "iran", "irani"),
    "Turquía": ("tur", "tr", "turquia", "turco", "turca"),
}
#: Cell values that say only "foreign" or only "national" (the cédula's letter among them).
FOREIGN_WORDS: tuple[str, ...] = ("e", "extranjero", "extranjera", "extranjeros", "foreign", "foreigner")
NATIONAL_LETTER = ("v",)


# --- Sex ---------------------------------------------------------------------------------

SEX_WORDS: dict[str, str] = {
    "m": "male", "masculino": "male", "masc": "male", "hombre": "male", "h": "male", "varon": "male",
    "male": "male", "man": "male",
    "f": "female", "femenino": "female", "fem": "female", "mujer": "female", "female": "female", "woman": "female",
}


# --- IDs ---------------------------------------------------------------------------------

#: What lists write where there is no ID (folded, punctuation as spaces).
ID_PLACEHOLDERS: frozenset[str] = frozenset({
    "", "n p", "np", "s c", "sc", "s n", "sn", "s i", "si", "n a", "na", "nd", "n d", "no", "no posee", "no tiene",
    "sin cedula", "sin ci", "sin c i", "sin documento", "sin documentos", "por verificar", "por confirmar",
    "pendiente", "ninguna", "ninguno", "desconocida", "desconocido", "none", "unknown", "indocumentado",
    "indocumentada", "no aplica", "no disponible", "x", "0", "00", "000", "0000000", "00000000",
})
#: What lists write where there is no date.
DATE_PLACEHOLDERS: frozenset[str] = frozenset({
    "s f", "sf", "sin fecha", "n d", "nd", "s i", "no se sabe", "desconocida", "desconocido", "por confirmar",
    "por verificar", "pendiente", "x", "no aplica", "n a",
})

#: Words that mark a passport number.
PASSPORT_MARKERS: tuple[str, ...] = ("pasaporte", "pas", "pass", "passport", "ppt", "pp", "pa")


# --- Venezuela's federal entities ----------------------------------------------------------

STATES: dict[str, tuple[str, ...]] = {
    "Amazonas": ("amazonas",),
    "Anzoátegui": ("anzoategui",),
    "Apure": ("apure",),
    "Aragua": ("aragua",),
    "Barinas": ("barinas",),
    "Bolívar": ("bolivar",),
    "Carabobo": ("carabobo",),
    "Cojedes": ("cojedes",),
    "Delta Amacuro": ("delta amacuro",),
    "Distrito Capital": ("distrito capital", "dtto capital", "dto capital", "d capital", "caracas", "dc",
                         "distrito federal", "ccs"),
    "Falcón": ("falcon",),
    "Guárico": ("guarico",),
    "La Guaira": ("la guaira", "vargas"),
    "Lara": ("lara",),
    "Mérida": ("merida",),
    "Miranda": ("miranda",),
    "Monagas": ("monagas",),
    "Nueva Esparta": ("nueva esparta", "margarita"),
    "Portuguesa": ("portuguesa",),
    "Sucre": ("sucre",),
    "Táchira": ("tachira",),
    "Trujillo": ("trujillo",),
    "Yaracuy": ("yaracuy",),
    "Zulia": ("zulia",),
}
STATE_PREFIXES: tuple[str, ...] = ("estado", "edo", "est", "entidad")


# --- Where people are held and who arrested them (to recognise such columns by content) ----

FACILITY_WORDS: tuple[str, ...] = (
    "rodeo", "yare", "tocoron", "tocuyito", "uribana", "fenix", "helicoide", "sebin", "dgcim", "boleita", "zona 7",
    "fuerte tiuna", "ramo verde", "la pica", "inof", "el dorado", "tocorito", "puente ayala", "santa ana",
    "sabaneta", "vista hermosa", "cepella", "internado judicial", "centro penitenciario", "comunidad penitenciaria",
    "carcel", "reten", "penitenciaria", "centro de detencion", "centro de reclusion", "comando", "destacamento",
    "cicpc", "policia", "la tumba", "plaza venezuela", "el paraiso", "la yaguara", "guanare", "tocuyito",
    "mínima", "minima", "maxima", "cárcel", "penal",
)
AGENCY_WORDS: tuple[str, ...] = (
    "sebin", "dgcim", "gnb", "pnb", "cicpc", "faes", "dae", "daet", "dip", "fanb", "conas", "policia", "polic",
    "ejercito", "armada", "colectivo", "colectivos", "guardia nacional", "contrainteligencia", "inteligencia",
)


# --- Headers -----------------------------------------------------------------------------
# A header is read as words (folded, punctuation as spaces). Rules are tried in order; the
# first whose words all appear (in any order, as whole words or word starts ending in "*")
# gives the field. Several candidates mean "decide from the values".

HEADER_RULES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # (words that must all appear, candidate fields)
    (("estado", "civil"), ("ignore",)),                 # marital status
    # Before "condición", "estado" and "edad", which these headers also contain.
    (("condicion", "salud"), ("health",)), (("estado", "salud"), ("health",)), (("salud",), ("health",)),
    (("enfermedad*",), ("health",)), (("patologia*",), ("health",)), (("health",), ("health",)),
    (("illness*",), ("health",)), (("medical",), ("health",)),
    (("menor*",), ("minor",)), (("minor*",), ("minor",)),
    # How long someone has been held ("Tiempo detenido": "1 año 3 meses", "Días detenido": 412)
    # is worked out from the arrest date; before "detenid*", which made it the person's name.
    (("tiempo",), ("ignore",)), (("dias", "detenid*"), ("ignore",)), (("meses", "detenid*"), ("ignore",)),
    (("dias", "detenc*"), ("ignore",)), (("duracion",), ("ignore",)), (("time", "detention"), ("ignore",)),
    (("time", "custody"), ("ignore",)), (("days", "held"), ("ignore",)),
    (("nombres", "apellidos"), ("full_name",)), (("nombre", "apellido*"), ("full_name",)),
    (("full", "name"), ("full_name",)), (("nombre", "completo"), ("full_name",)),
    (("apellido*",), ("surnames",)), (("surname*",), ("surnames",)), (("last", "name"), ("surnames",)),
    (("primer", "nombre"), ("given_names",)), (("segundo", "nombre"), ("given_names",)),
    (("otros", "nombres"), ("given_names",)), (("given",), ("given_names",)), (("first", "name*"), ("given_names",)),
    (("middle", "name*"), ("given_names",)),
    (("nombres",), ("given_names",)),
    (("fecha", "nac*"), ("birth_date",)), (("f", "nac*"), ("birth_date",)), (("nacimiento",), ("birth_date",)),
    (("birth",), ("birth_date",)), (("dob",), ("birth_date",)),
    (("fecha", "fallec*"), ("death_date",)), (("fecha", "muerte"), ("death_date",)), (("fecha", "deceso"), ("death_date",)),
    (("fallecio", "el"), ("death_date",)), (("date", "death"), ("death_date",)),
    (("fecha", "registro"), ("ignore",)), (("fecha", "actualizac*"), ("ignore",)), (("fecha", "corte"), ("ignore",)),
    (("fecha", "traslado"), ("ignore",)), (("fecha", "audiencia"), ("ignore",)), (("fecha", "denuncia"), ("ignore",)),
    (("fecha", "excarcel*"), ("release_date",)), (("fecha", "liberac*"), ("release_date",)),
    (("fecha", "libertad"), ("release_date",)), (("fecha", "salida"), ("release_date",)),
    (("excarcel*",), ("release_date", "status")), (("liberad*",), ("release_date", "status")),
    (("release",), ("release_date",)),
    (("fecha", "detenc*"), ("arrest_date",)), (("fecha", "arresto"), ("arrest_date",)),
    (("fecha", "aprehens*"), ("arrest_date",)), (("fecha", "captura"), ("arrest_date",)),
    (("f", "detenc*"), ("arrest_date",)), (("detenid*", "desde"), ("arrest_date",)),
    (("detenid*", "el"), ("arrest_date",)), (("arrest", "date"), ("arrest_date",)),
    (("date", "arrest"), ("arrest_date",)), (("arrested",), ("arrest_date",)),
    (("fecha",), ("arrest_date", "birth_date", "release_date")), (("date",), ("arrest_date",)),
    (("cedula*",), ("national_id",)), (("c", "i"), ("national_id",)), (("ci",), ("national_id",)),
    (("documento*",), ("national_id",)), (("identificacion",), ("national_id",)), (("doc",), ("national_id",)),
    (("id",), ("national_id",)), (("pasaporte",), ("national_id",)), (("passport",), ("national_id",)),
    (("dni",), ("national_id",)),
    (("nacionalidad",), ("nationality",)), (("nac",), ("nationality",)), (("nationality",), ("nationality",)),
    (("pais",), ("nationality",)), (("extranjer*",), ("nationality",)),
    (("sexo",), ("sex",)), (("genero",), ("sex",)), (("sex",), ("sex",)), (("gender",), ("sex",)),
    (("m", "f"), ("sex",)),
    # "Situación jurídica" columns hold statuses and stages mixed ("Privado de libertad",
    # "Procesado", "Con medida cautelar"): a status reading keeps both.
    (("situacion", "procesal"), ("stage", "status")), (("situacion", "juridica"), ("status", "stage")),
    (("situacion", "legal"), ("status", "stage")), (("estado", "procesal"), ("stage", "status")),
    (("estatus", "procesal"), ("stage", "status")), (("estatus", "juridico"), ("status", "stage")),
    (("etapa",), ("stage",)), (("fase",), ("stage",)),
    (("condicion", "juridica"), ("status", "stage")), (("stage",), ("stage",)),
    (("civil", "militar"), ("civilian_military",)), (("c", "m"), ("civilian_military",)),
    (("civilian",), ("civilian_military",)),
    (("militar*",), ("civilian_military",)), (("military",), ("civilian_military",)),
    (("grado",), ("civilian_military",)), (("rango",), ("civilian_military",)), (("componente",), ("civilian_military",)),
    (("entidad",), ("state",)), (("region",), ("state",)), (("edo",), ("state",)), (("estado", "detenc*"), ("state",)),
    (("state",), ("state",)),
    (("estado",), ("status", "state", "stage")), (("condicion",), ("civilian_military", "status", "stage")),
    (("tipo",), ("civilian_military", "status", "stage")), (("categoria",), ("civilian_military", "status", "stage")),
    (("estatus",), ("status",)), (("status",), ("status",)), (("situacion",), ("status", "stage")),
    (("lugar", "reclus*"), ("facility",)), (("centro",), ("facility",)), (("carcel",), ("facility",)),
    (("recinto",), ("facility",)), (("reclus*",), ("facility",)), (("penitenciari*",), ("facility",)),
    (("facility",), ("facility",)), (("prison",), ("facility",)), (("place", "detention"), ("facility",)),
    (("donde", "esta"), ("facility",)), (("ubicacion",), ("facility",)),
    (("organismo*",), ("agency",)), (("cuerpo*",), ("agency",)), (("aprehensor",), ("agency",)),
    (("agency",), ("agency",)), (("fuerza",), ("agency",)), (("autoridad",), ("agency",)),
    (("lugar", "detenc*"), ("arrest_place", "facility")), (("lugar", "aprehens*"), ("arrest_place",)),
    (("lugar", "arresto"), ("arrest_place",)), (("place", "arrest"), ("arrest_place",)),
    (("municipio",), ("arrest_place",)), (("ciudad",), ("arrest_place",)), (("lugar",), ("arrest_place", "facility")),
    (("delito*",), ("charges",)), (("cargo*",), ("charges",)), (("imputacion*",), ("charges",)),
    (("acusacion",), ("charges",)), (("charges",), ("charges",)),
    (("tribunal",), ("court",)), (("juzgado",), ("court",)), (("court",), ("court",)),
    (("expediente",), ("case_file_number",)), (("causa",), ("case_file_number",)),
    (("abogad*",), ("lawyer",)), (("defensa",), ("lawyer",)), (("defensor*",), ("lawyer",)), (("lawyer",), ("lawyer",)),
    (("edad",), ("age",)), (("age",), ("age",)),
    (("ocupacion",), ("occupation",)), (("profesion",), ("occupation",)), (("perfil",), ("occupation",)),
    (("sector",), ("occupation",)), (("oficio",), ("occupation",)), (("occupation",), ("occupation",)),
    (("observacion*",), ("notes",)), (("nota*",), ("notes",)), (("comentario*",), ("notes",)),
    (("detalle*",), ("notes",)), (("obs",), ("notes",)), (("notes",), ("notes",)), (("comments",), ("notes",)),
    (("nombre*",), ("full_name",)), (("name",), ("full_name",)), (("detenid*",), ("full_name",)),
    (("preso*",), ("full_name",)), (("persona*",), ("full_name",)), (("victima*",), ("full_name",)),
)


# --- Rows that are not people ----------------------------------------------------------------

#: A cell starting with one of these is a total, a note or a source line.
NOT_A_PERSON_STARTS: tuple[str, ...] = (
    "total", "totales", "subtotal", "sub total", "suma", "cantidad", "count", "fuente", "source", "nota", "notas",
    "note", "elaborado", "actualizado", "actualizacion", "ultima actualizacion", "corte al", "fecha de corte",
    "leyenda", "observacion general", "*", "http", "www", "pagina", "page",
    # Titles of what a report prints after its list: "Resumen por situación", "Tabla 2. …".
    "resumen", "tabla", "cuadro", "grafico", "anexo", "metodologia", "distribucion", "conclusiones",
    "recomendaciones", "summary", "table",
)

#: Headings that give the rows below them something in common: (field, value).
SECTION_HEADINGS: dict[str, tuple[str, str]] = {
    **{word: ("civilian_military", "military") for word in ("militares", "militar", "presos militares",
                                                            "detenidos militares", "military")},
    **{word: ("civilian_military", "civilian") for word in ("civiles", "civil", "presos civiles",
                                                            "detenidos civiles", "civilians")},
    **{word: ("sex", "female") for word in ("mujeres", "presas politicas", "detenidas", "women")},
    **{word: ("sex", "male") for word in ("hombres", "men")},
    **{word: ("status", "released_conditional") for word in ("excarcelados", "excarcelaciones", "excarcelados y excarceladas")},
    **{word: ("status", "released_full") for word in ("liberados", "liberaciones")},
    **{word: ("status", "detained") for word in ("detenidos", "presos politicos", "privados de libertad",
                                                 "presos", "en prision")},
    **{word: ("status", "whereabouts_unknown") for word in ("desaparecidos", "desaparicion forzada",
                                                            "desapariciones forzadas")},
    **{word: ("status", "deceased") for word in ("fallecidos", "fallecidos bajo custodia", "muertes bajo custodia")},
    **{word: ("stage", "awaiting_trial") for word in ("procesados", "procesadas")},
    **{word: ("stage", "sentenced") for word in ("condenados", "condenadas", "penados")},
    **{word: ("nationality", "foreign") for word in ("extranjeros", "extranjeras")},
}


# --- Release communiqués -----------------------------------------------------------------------

#: Words after which a line stops naming someone: "…, con régimen de presentación".
REMARK_STARTS: frozenset[str] = frozenset({
    "con", "sin", "bajo", "en", "desde", "hasta", "por", "para", "quien", "quienes", "que", "fue", "fueron", "ha",
    "han", "habia", "estaba", "esta", "estan", "sigue", "tras", "luego", "segun", "detenido", "detenida",
    "excarcelado", "excarcelada", "liberado", "liberada", "trasladado", "trasladada", "recluido", "recluida",
    "medida", "medidas", "regimen", "presentacion", "boleta", "a", "al", "el", "su", "sus", "cedula", "c", "ci",
    "v", "e", "pendiente", "confirmado", "confirmada", "verificado", "verificada", "arresto", "casa", "domiciliario",
    "excarcelados", "liberados", "aun", "todavia", "tambien", "ademas", "entre", "junto", "hoy", "ayer",
})

#: Words of running text (a letter, a message) that are no part of a name written in lower case:
#: "estoy bien.", "aquí me tratan bien" are sentences, "maria perez" is a name.
SENTENCE_WORDS: frozenset[str] = frozenset({
    "estoy", "estamos", "estas", "estan", "soy", "somos", "eres", "es", "son", "era", "fue", "bien", "mal", "muy",
    "me", "te", "se", "nos", "os", "le", "les", "lo", "mi", "mis", "tu", "tus", "yo", "tengo", "tienes", "tiene",
    "tenemos", "tienen", "hay", "pero", "porque", "pues", "como", "cuando", "donde", "aqui", "alli", "ahi", "aca",
    "no", "si", "ya", "mas", "mucho", "mucha", "muchos", "muchas", "poco", "poca", "querida", "querido", "queridos",
    "quiero", "quiere", "abrazo", "abrazos", "beso", "besos", "saludos", "gracias", "espero", "pronto", "siempre",
    "nunca", "todo", "nada", "que", "preocupes", "preocupen", "dile", "diles", "dale",
    "i", "am", "is", "are", "was", "were", "the", "my", "you", "we", "not", "dear", "love", "fine", "here",
})

#: Words that show a line is a heading, a source or a note, not a name.
NOT_A_NAME_WORDS: frozenset[str] = frozenset({
    "lista", "listado", "excarcelados", "excarcelaciones", "excarcelacion", "liberados", "liberaciones", "presos",
    "detenidos", "civiles", "militares", "mujeres", "hombres", "urgente", "fuente", "fuentes", "total", "totales",
    "nota", "comunicado", "actualizacion", "actualizado", "informe", "reporte", "boletin", "parte", "pagina",
    "ministerio", "tribunal", "fiscalia", "gobierno", "defensoria", "foro", "penal", "ong", "comite", "observatorio",
    "prensa", "nacional", "oficial", "oficiales", "anuncio", "anunciados", "verificados", "confirmados", "enero",
    "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
    "diciembre", "excarcelado", "excarcelada", "liberado", "liberada", "politicos", "politicas", "hoy", "siguientes",
    "siguiente", "personas", "persona", "nombres", "cifra", "cifras", "estado", "estados", "caso", "casos",
    # English headings: "RELEASED TODAY:", "STILL DETAINED:", "Political prisoners freed".
    "released", "freed", "detained", "held", "today", "prisoners", "prisoner", "political", "list", "civilians",
    "soldiers", "women", "men", "people", "confirmed", "update", "source", "sources", "names",
})


# --- Given names -------------------------------------------------------------------------------
# Common given names in Venezuela (folded), to tell "Pérez Rodríguez María José" from "María
# José Pérez Rodríguez" and "Pedro Pablo Montes" (two given names) from "Luis Rojas Montes".
# Compound particles ("del valle", "de jesus") count as given-name parts.

GIVEN_NAMES: frozenset[str] = frozenset("""
aaron abel abraham adan adela adelina adolfo adrian adriana agustin aida alba alberto alejandra alejandro alexander
alexandra alexis alfonso alfredo alicia alirio alixon amalia amanda amelia ana anabel andrea andres angel angela
angelica angelo anibal antonia antonio argenis ariana ariel armando arnaldo arturo aurora beatriz belkis benjamin
bernardo betty blanca brenda brian camila camilo candelaria carla carlos carmen carolina catalina cecilia cesar
claudia clemente concepcion consuelo coromoto cristian cristina cristobal damaso daniel daniela dario david deisy
delia diana diego dionisio domingo dora douglas eduardo edgar edgardo edwin efrain elba elena eli elias elio elisa
eliseo elizabeth emilia emilio emiro enrique erika ernesto esteban estefania estela ester eugenia eugenio eva
evelyn ezequiel fabiola facundo federico felipe felix fernanda fernando fidel flor franklin francisco freddy
gabriel gabriela genesis gerardo german gilberto gladys gloria graciela gregorio guadalupe guillermo gustavo
hector henry heriberto hernan hilda hugo humberto ignacio ines ingrid irene iris isaac isabel ismael ivan jacinto
jaime javier jean jeannette jenny jesus jhon joaquin joel johan johnny jonathan jorge jose josefina joseph juan
juana julia julian juliana julio karina katherine kelvin keila laura leonardo leticia lidia liliana lorena lourdes
lucia luis luisa luz magaly manuel manuela marcela marco marcos margarita maria mariana mariano maribel mariela
marina mario marisol maritza marlene martha martin mateo matias mauricio maximo mayerling melissa mercedes miguel
milagros miriam moises monica nancy natalia nelson nestor nicolas noel norma octavio omar orlando oscar pablo
patricia paula pedro rafael ramon raul rebeca reinaldo ricardo roberto rodolfo rodrigo rogelio rolando rosa rosario
ruben ruth salvador samuel sandra santiago sara sebastian sergio silvia simon sofia sonia susana teresa tomas
ulises valentina valeria vanessa veronica vicente victor victoria virginia walter wilmer william wilson ximena
yajaira yanet yelitza yesenia yolanda yolimar yusmary zoila zulay elvis alexis
""".split())

#: Particles that join a given name ("María del Valle", "Juan de Dios") or a surname ("Pérez
#: de la Cruz"), never a name on their own.
NAME_PARTICLES: frozenset[str] = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "di", "van", "von"})
#: Given-name phrases that start with a particle.
GIVEN_PARTICLE_NAMES: frozenset[str] = frozenset({
    "del valle", "de jesus", "de dios", "del carmen", "de los angeles", "del pilar", "del rosario", "de la cruz",
    "de lourdes", "de las mercedes", "del socorro", "de fatima", "de la paz", "de los santos", "del mar",
})

#: Words before a name that say who the person is, not what they are called: "el periodista",
#: "la señora", "los hermanos". Removed before matching; ranks are in MILITARY_RANKS.
TITLES: frozenset[str] = frozenset({
    "el", "la", "los", "las", "al", "del", "senor", "senora", "sr", "sra", "srta", "don", "dona", "ciudadano",
    "ciudadana", "ciudadanos", "periodista", "periodistas", "activista", "activistas", "dirigente", "dirigentes",
    "defensor", "defensora", "abogado", "abogada", "profesor", "profesora", "prof", "doctor", "doctora", "dr", "dra",
    "ing", "ingeniero", "ingeniera", "lic", "licenciado", "licenciada", "diputado", "diputada", "concejal",
    "concejala", "alcalde", "alcaldesa", "sindicalista", "estudiante", "estudiantes", "hermanos", "hermanas",
    "esposos", "joven", "jovenes", "adolescente", "menor", "militar", "militares", "preso", "presa", "detenido",
    "detenida", "excarcelado", "excarcelada", "lider", "politico", "politica", "opositor", "opositora", "medico",
    "medica", "enfermera", "enfermero", "pastor", "sacerdote", "padre", "comisario", "inspector", "oficial",
    "funcionario", "funcionaria", "trabajador", "trabajadora", "ex", "exdiputado", "exdiputada", "exalcalde",
    "exalcaldesa", "ciudadanas", "venezolano", "venezolana", "colombiano", "colombiana", "extranjero", "extranjera",
})


# --- What a release statement says about each person it names ------------------------------
# Read by `casedesk.lists.prose` in the words around each name: its clause, its sentence and
# the heading above it. A phrase is folded words separated by spaces; "a|b" is either word,
# "word*" any word that starts so ("trasladad*": trasladado, trasladada, trasladados…), and a
# word in brackets may be left out ("[la]"). The longest phrase found at a place wins, so
# "sustitutiva de la privativa" (released) beats "privativa" (held) and "exigimos la libertad"
# (held) beats "libertad".

_LASTING = ("sigue|siguen|seguira|seguiran|continua|continuan|continuara|continuaran|permanece|permanecen|"
            "permanecera|permaneceran|mantiene|mantienen|queda|quedan|quedo|quedaron|esta|estan|estara|estaran|"
            "encuentra|encuentran")
_CONTINUING = ("sigue|siguen|seguira|seguiran|continua|continuan|continuara|continuaran|permanece|permanecen|"
               "permanecera|permaneceran")
_HELD_STATE = ("detenid*|preso|presa|presos|presas|recluid*|privad*|encarcelad*|incomunicad*|desaparecid*|"
               "secuestrad*|aislad*|arrestad*|aprehendid*|internad*")
_ASKING = ("exig*|pid*|pedimos|piden|pide|reclam*|clamamos|claman|clama|solicit*|demand*|urge|urgimos|"
           "luchamos|luchan|lucha|luchando|abogamos|abogan")
_FREEDOM = "libertad|liberacion|liberaciones|excarcelacion|excarcelaciones"

#: Phrases that say the people named were released.
RELEASE_SAID: tuple[str, ...] = (
    "excarcelad*", "excarcelan|excarcelaron|excarcelo|excarcelacion|excarcelaciones",
    "liberad*", "liberan|liberaron|libero|liberacion|liberaciones",
    "en libertad", f"{_LASTING} en libertad", "libertad plena|condicional|total|inmediata",
    "recuper*|obtuv*|obtien* [su|la|sus] libertad", "libre|libres",
    "medida|medidas cautelar|cautelares", "medida|medidas sustitutiva|sustitutivas",
    "sustitutiva|sustitutivas de [la] privativa|privacion", "regimen|regimenes de presentacion|presentaciones",
    "presentacion|presentaciones periodica|periodicas|cada", "presentarse cada", "beneficiad*",
    "regres*|volv*|vuelve|vuelven a casa|casa|hogar", "regres*|volv*|vuelve|vuelven a su|sus casa|casas|hogar|hogares",
    # "trasladado a su casa": out of prison (often to house arrest), not to another prison.
    "traslad*|enviad*|llevad* a su|sus casa|casas|hogar|hogares|residencia|vivienda",
    # Official statements: "se hizo efectiva la libertad de los siguientes ciudadanos: …".
    "efectiv* [la|su|sus] libertad|excarcelacion|excarcelaciones|liberacion",
    "otorg*|concedi* [la|su|sus] libertad",
    # English ("Those released include …", "were freed", "set free"). Not "release" alone: a
    # "press release" is not one.
    "released", "release of", "freed", "set free", "walked free", "free now", "now free", "back home",
)
#: Phrases that say they are still held (a detention that goes on, a demand for their freedom,
#: a detention order upheld). Past forms ("permaneció detenido") describe the past: not here.
STILL_HELD_SAID: tuple[str, ...] = (
    f"{_LASTING} {_HELD_STATE}", f"{_LASTING} adentro|dentro|tras|sin", f"{_LASTING} bajo custodia|arresto",
    f"aun|todavia {_HELD_STATE}", "bajo custodia",
    f"{_CONTINUING} en",
    "privativa|privativas", "privacion judicial", "tras las rejas",
    f"{_ASKING} [por] [la|su|sus|el] [inmediata|pronta|plena] {_FREEDOM}", "libertad|liberacion para|ya",
    "liberen|liberenlos|liberenlas|liberenla|liberenlo",
    "detenid*|aprehendid*|arrestad*|capturad* de|otra nuevo|nuevamente|vez", "volvi* a ser detenid*|arrestad*|aprehendid*",
    "recapturad*|reaprehendid*|redetenid*",
    # "Mi hijo no ha salido", "todavía no sale": not out. ("Salió" alone is no release: one
    # leaves the country, or a house, too.)
    "no ha|han|habia|habian salido", "no sale|salen|salio|salieron", "no ha|han podido salir",
    # English: "remains in custody", "are still behind bars", "yet to be released".
    "remain|remains|remained|still in custody|detention|prison|jail",
    "remain|remains|remained|still detained|held|imprisoned|jailed|incommunicado",
    "behind bars", "yet to be released|freed", "in custody",
    "arrested|detained|jailed|imprisoned again", "rearrested", "re arrested|detained",
    "free|freedom|release for", "call|calls|called|calling for [the] [immediate] release",
    "demand|demands|demanded|demanding|urge|urges|urged|urging|seek|seeks|seeking [the] [immediate] release",
)
#: Phrases that say they were moved to another prison: not a release.
TRANSFER_SAID: tuple[str, ...] = (
    "traslad*", "reubicad*|reubicaron|reubico", "llevad*|enviad*|movid* a|al|hasta|hacia",
    "transferred", "moved|taken to",
)
#: Phrases that make what is said unsure: unconfirmed, hearsay, an order not yet carried out.
UNSURE_SAID: tuple[str, ...] = (
    "sin|por confirmar|verificar|confirmacion|verificacion", "no confirmad*|verificad*",
    "no se ha|han confirmado|verificado", "se desconoce|desconocen", "desconocemos", "no sabemos",
    "presuntamente", "supuestamente", "aparentemente", "al parecer", "se presume", "se rumora", "rumor|rumores",
    "extraoficial*", "boleta|boletas|orden|ordenes de excarcelacion|libertad",
    "orden*|acord*|aprob*|decret* [la|su|sus] excarcelacion|libertad|liberacion",
    "espera|esperan|esperamos|esperando|espera de [la|su|sus] excarcelacion|libertad|liberacion",
    "unconfirmed", "not confirmed", "reportedly", "allegedly", "release order|orders",
)
#: Words that turn a release written after them into "not released" ("no ha sido excarcelado",
#: "aún no liberada", "sin ser liberados"), and a transfer into "still there".
NEGATIONS: frozenset[str] = frozenset({"no", "ni", "nunca", "jamas", "sin", "tampoco", "not", "never", "nor"})
#: Words that turn a release written after them into one announced or reported, not done.
NOT_YET: frozenset[str] = frozenset({
    "sera", "seran", "seria", "serian", "sea", "sean", "habria", "habrian", "podria", "podrian", "podra", "podran",
    "deberia", "deberian", "debe", "deben", "estaria", "estarian", "va", "van", "iba", "iban", "presuntamente",
    "supuestamente", "aparentemente", "posiblemente", "probablemente",
    "will", "would", "could", "should", "may", "might", "expected", "due",
})
#: Words that may stand between a negation (or "será") and the release it is about.
AUXILIARIES: frozenset[str] = frozenset({
    "ha", "han", "he", "hemos", "habia", "habian", "haya", "hayan", "hubiera", "hubieran", "sido", "ser", "fue",
    "fueron", "es", "son", "estado", "se", "le", "les", "lo", "la", "los", "las", "aun", "todavia", "ya", "siquiera",
    "a", "hoy",
    "has", "have", "had", "been", "was", "were", "is", "are", "be", "being", "yet", "still", "to",
})
#: Words that may stand between the words of a phrase ("siguen aún detenidos").
PHRASE_FILLERS: frozenset[str] = frozenset({"aun", "todavia", "ya", "hoy", "ahora", "actualmente", "tambien"})
#: Words that open a concession whose content is not what happened ("pese a tener boleta de
#: excarcelación"): read up to the next comma or colon and set aside.
CONCESSIONS: tuple[str, ...] = ("pese a", "a pesar de", "aunque", "si bien", "despite", "although", "even though")
#: Words that start a clause with its own subject: what is said before does not carry past them.
CLAUSE_BREAKS: tuple[str, ...] = ("pero", "sin embargo", "en cambio", "mientras que", "mientras", "no obstante",
                                  "por otra parte", "por otro lado", "however", "but", "meanwhile", "while",
                                  "whereas")

#: Words that say a person is named as someone other than a released prisoner: before the name
#: ("su abogado, …", "la madre de Kelvin, …") or after it ("…, madre de Daniel").
STATEMENT_ROLES: dict[str, tuple[str, ...]] = {
    "lawyer": ("abogado", "abogada", "abogados", "defensor", "defensora", "defensa", "apoderado", "apoderada",
               "abg", "abog", "lawyer", "lawyers", "attorney", "counsel"),
    "relative": ("madre", "padre", "esposa", "esposo", "hija", "hijo", "tia", "tio", "abuela", "abuelo", "prima",
                 "primo", "pareja", "conyuge", "familiar", "sobrina", "sobrino", "suegra", "suegro", "nuera",
                 "yerno", "mama", "papa", "novia", "novio", "viuda", "hermana", "hermano", "concubina", "concubino",
                 "companera", "companero", "nieta", "nieto", "cunada", "cunado",
                 "mother", "father", "wife", "husband", "daughter", "sister", "brother", "aunt", "uncle",
                 "relative", "relatives", "partner", "grandmother", "cousin"),
    "official": ("fiscal", "juez", "jueza", "ministro", "ministra", "viceministro", "viceministra", "director",
                 "directora", "coordinador", "coordinadora", "presidente", "presidenta", "vocero", "vocera",
                 "portavoz", "representante", "gobernador", "gobernadora", "alcalde", "alcaldesa", "comisionado",
                 "comisionada", "relator", "relatora", "secretario", "secretaria", "magistrado", "magistrada",
                 "diputado", "diputada", "canciller", "procurador", "procuradora", "defensor del pueblo",
                 "minister", "prosecutor", "judge", "spokesperson", "spokesman", "spokeswoman", "president",
                 "chair", "coordinator", "rapporteur", "commissioner", "head", "executive", "researcher"),
}
#: Verbs of saying: a name right before one is someone speaking ("…, dijo Juan Pérez").
SPEECH_VERBS: frozenset[str] = frozenset({
    "dijo", "declaro", "afirmo", "informo", "explico", "senalo", "denuncio", "indico", "preciso", "aseguro", "agrego",
    "anadio", "manifesto", "expreso", "comento", "detallo", "sostuvo", "advirtio", "exigio", "pidio", "solicito",
    "lamento", "destaco", "recordo", "relato", "conto", "escribio", "publico", "reporto", "celebro", "critico",
    "dijeron", "informaron", "denunciaron", "explicaron", "confirmo", "confirmaron", "anuncio", "anunciaron", "hablo",
    "dice", "dicen", "afirma", "informa", "denuncia", "explica", "senala", "aclaro", "insistio", "reitero",
    "said", "says", "told", "stated", "added", "explained", "noted", "confirmed", "announced", "wrote", "tweeted",
})
#: Words before a name that make it the source of what is said ("según Juan Pérez").
ACCORDING_TO: tuple[str, ...] = ("segun", "de acuerdo con", "en palabras de")

#: Words that may stand between names of one list without saying anything about them.
LIST_GLUE: frozenset[str] = frozenset({"y", "e", "a", "al", "ni", "su", "sus", "mi", "mis", "tambien", "ademas",
                                       "asi", "como", "o", "and", "his", "her", "their"})

#: Labels before a number that is not a cédula: a bar number, a case file, a telephone.
NOT_AN_ID_LABELS: frozenset[str] = frozenset({
    "inpreabogado", "inpre", "ipsa", "matricula", "colegiado", "colegiada", "expediente", "exp", "causa", "asunto",
    "oficio", "rif", "telefono", "tlf", "telf", "tel", "cel", "celular", "whatsapp", "resolucion", "gaceta",
    "decreto", "mpps", "cmv",
})
#: Lines that close a statement: the name after them signs it.
SIGNATURE_OPENINGS: frozenset[str] = frozenset({
    "atentamente", "cordialmente", "firma", "firmado", "firman", "suscribe", "suscriben", "por el comite",
    "por la organizacion", "respetuosamente",
})
#: Words of the headings official statements and letters carry ("REPÚBLICA BOLIVARIANA DE
#: VENEZUELA", "DECLARACIÓN PÚBLICA"); a line made only of them (and particles) names nobody.
INSTITUTION_WORDS: frozenset[str] = frozenset({
    "republica", "bolivariana", "venezuela", "ministerio", "publico", "publica", "poder", "popular", "fiscalia",
    "superior", "general", "area", "metropolitana", "declaracion", "comunicado", "oficial", "tribunal", "supremo",
    "justicia", "defensoria", "pueblo", "gobierno", "nacional", "asamblea", "circuito", "judicial", "penal", "sala",
    "constitucional", "consejo", "direccion", "despacho", "oficina", "coordinacion", "gobernacion", "alcaldia",
    "municipio", "comision", "interamericana", "derechos", "humanos", "naciones", "unidas", "organizacion",
    "fundacion", "asociacion", "observatorio", "comite", "familiares", "foro", "coalicion", "aviso",
    "pronunciamiento", "nota", "prensa", "boletin", "informativo", "urgente", "ultima", "hora", "mensaje", "carta",
    "abierta", "denuncia", "alerta", "control", "primera", "instancia", "funciones", "estadal", "presidencia",
    "vicepresidencia", "interior", "relaciones", "exteriores", "paz", "servicio", "penitenciario", "sistema",
    "custodia", "rehabilitacion",
    # English headings: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "JOINT STATEMENT".
    "for", "immediate", "release", "press", "statement", "joint", "public", "news", "update", "breaking", "media",
    "embargoed", "the", "of", "and",
    "de", "del", "la", "las", "los", "el", "y", "e", "para", "por", "en", "a", "al",
})
#: Abbreviated titles before a name in statements and signatures ("Abg. Luisa Carvajal").
MORE_TITLES: frozenset[str] = frozenset({
    "abg", "abog", "abgda", "abgdo", "lcdo", "lcda", "pbro", "mons", "arq", "econ", "tsu", "msc", "phd", "esp",
})
#: Month names, to tell the place-and-date line above a signature ("Caracas, 3 de julio de 2025").
MONTH_NAMES: frozenset[str] = frozenset({
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
    "noviembre", "diciembre",
})
