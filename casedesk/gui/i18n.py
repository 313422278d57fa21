"""Language: Qt translators for the window's own strings, domain labels for vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from casedesk.paths import resource_path

SUPPORTED = ("es", "en")
# Venezuelan Spanish groups every thousand ("2.290 casos"; Spain's Spanish writes "2290") and
# writes decimals with a comma, as the groups that count political prisoners publish them.
LOCALES = {"es": QLocale(QLocale.Language.Spanish, QLocale.Country.Venezuela),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}


def system_language() -> str:
    """Spanish when the system's UI languages put Spanish before English, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def resolve(setting: str) -> str:
    return system_language() if setting == "system" else setting


class Translations:
    """Installs the catalogue for one language at a time on the application."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.language = "en"

    def remove(self) -> None:
        """Take this object's catalogues off the application (Qt's own included)."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()

    def install(self, language: str) -> bool:
        """CaseDesk's catalogue, and Qt's own for its standard buttons and dialogs ("Save",
        the print preview), which ship with PySide6."""
        self.remove()
        app = QCoreApplication.instance()
        qt_catalogue = QTranslator()
        if qt_catalogue.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_catalogue)
            self._translators.append(qt_catalogue)
        translator = QTranslator()
        loaded = translator.load(str(resource_path("translations", f"casedesk_{language}.qm")))
        if loaded:
            app.installTranslator(translator)
            self._translators.append(translator)
        self.language = language
        QLocale.setDefault(LOCALES[language])
        return loaded


def show_number(value: int | float) -> str:
    """A number as the current language writes it: 2.290 in Spanish, 2,290 in English. In
    translated strings use %Ln (not %n) for the same effect: self.tr("%Ln cases", "", n)."""
    return QLocale().toString(value)


def show_date(iso: str | None, precision: str | None = "day") -> str:
    """A stored date as precise as it is known, day first in both languages (29/12/2025): the
    way every date field is typed, so what is shown reads back as the same date."""
    if not iso:
        return ""
    date = QDate.fromString(iso, "yyyy-MM-dd")
    if precision == "year":
        return str(date.year())
    if precision == "month":
        return date.toString("MM/yyyy")
    text = date.toString("dd/MM/yyyy")
    return f"≈ {text}" if precision == "estimated" else text
