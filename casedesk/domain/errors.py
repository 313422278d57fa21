"""Errors a user can cause, each with a sentence a lawyer understands in Spanish and English.

The command line and the window show `message(language)`; nothing user-facing ever shows a
traceback. Messages never contain a passphrase, a key or a field of a case.
"""

from __future__ import annotations


class CaseDeskError(Exception):
    """Base of every error that is the user's situation rather than a bug.

    Args:
        en: The sentence in English.
        es: The same sentence in Spanish.
    """

    exit_code = 1

    def __init__(self, en: str, es: str) -> None:
        super().__init__(en)
        self.en = en
        self.es = es

    def message(self, language: str = "en") -> str:
        """The sentence in `language` ("es" or "en"; anything else gives English)."""
        return self.es if language == "es" else self.en


class InvalidInput(CaseDeskError):
    """A value typed or imported by the user cannot be used as it is."""


class PassphraseTooShort(InvalidInput):
    def __init__(self, minimum: int) -> None:
        super().__init__(
            f"The passphrase must be at least {minimum} characters long. "
            "A few unrelated words are easy to remember and hard to guess.",
            f"La contraseña debe tener al menos {minimum} caracteres. "
            "Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.",
        )


class WrongPassphrase(CaseDeskError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            "That passphrase does not open this vault. Nothing was changed.",
            "Esa contraseña no abre esta bóveda. No se modificó nada.",
        )


class VaultDamaged(CaseDeskError):
    """The header or the database cannot be trusted; `detail` says what is known."""

    exit_code = 4

    def __init__(self, detail_en: str, detail_es: str) -> None:
        super().__init__(
            f"The vault is damaged: {detail_en}",
            f"La bóveda está dañada: {detail_es}",
        )


class VaultAlreadyOpen(CaseDeskError):
    exit_code = 5

    def __init__(self) -> None:
        super().__init__(
            "This vault is already open in another CaseDesk window or process. Close it there first.",
            "Esta bóveda ya está abierta en otra ventana o proceso de CaseDesk. Ciérrela allí primero.",
        )


class VaultNotFound(CaseDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"There is no CaseDesk vault in {path}.",
            f"No hay una bóveda de CaseDesk en {path}.",
        )


class VaultExists(CaseDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} already holds files; a new vault needs an empty or new folder.",
            f"{path} ya contiene archivos; una bóveda nueva necesita una carpeta vacía o nueva.",
        )


class VaultTooNew(CaseDeskError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This vault was written by a newer CaseDesk (format {found}; this one reads up to "
            f"{supported}). Update CaseDesk to open it; the vault was not touched.",
            f"Esta bóveda fue escrita por un CaseDesk más reciente (formato {found}; este lee hasta "
            f"{supported}). Actualice CaseDesk para abrirla; la bóveda no se modificó.",
        )


class VaultReadOnly(CaseDeskError):
    def __init__(self) -> None:
        super().__init__(
            "This vault is open read-only because it is damaged: what is intact can be read and "
            "exported, nothing can be changed. Restore a backup to work on it again.",
            "Esta bóveda está abierta solo para lectura porque está dañada: se puede leer y exportar "
            "lo que está intacto, no cambiar nada. Restaure una copia para volver a trabajar en ella.",
        )


class VaultLocked(CaseDeskError):
    def __init__(self) -> None:
        super().__init__(
            "The vault is locked. Unlock it to continue.",
            "La bóveda está bloqueada. Desbloquéela para continuar.",
        )


class NotFound(CaseDeskError):
    def __init__(self, what_en: str, what_es: str, key: str) -> None:
        super().__init__(f"No {what_en} with id {key}.", f"No existe {what_es} con id {key}.")


class DuplicateNationalId(InvalidInput):
    """Another person already has this national ID; `existing_person_uuid` names them."""

    def __init__(self, national_id: str, existing_person_uuid: str) -> None:
        super().__init__(
            f"Another person already has the national ID {national_id}.",
            f"Otra persona ya tiene la cédula {national_id}.",
        )
        self.existing_person_uuid = existing_person_uuid


class MigrationFailed(CaseDeskError):
    def __init__(self, from_version: int, to_version: int) -> None:
        super().__init__(
            f"The vault could not be updated from schema {from_version} to {to_version}; nothing was "
            "changed, and a copy taken before the attempt is in its backups folder.",
            f"No se pudo actualizar la bóveda del esquema {from_version} al {to_version}; no se cambió "
            "nada, y una copia tomada antes del intento está en su carpeta de copias de seguridad.",
        )
