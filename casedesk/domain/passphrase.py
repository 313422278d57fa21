"""How hard a passphrase is to guess, in words a lawyer can act on.

A rough, honest estimate: the bits of a random choice from the character classes used,
discounted for repetition and for words that are common in passwords. It never says a
passphrase is strong just because it mixes symbols; length and unrelated words matter most.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_COMMON = {"password", "contraseña", "contrasena", "123456", "qwerty", "venezuela", "caracas",
           "admin", "clave", "secreto", "libertad", "12345678", "abc123", "iloveyou", "teamo",
           "colombia", "cuba", "nicaragua", "mexico", "méxico"}


@dataclass(frozen=True)
class Strength:
    """A verdict ("Weak") and one piece of advice in each language; never figures or jargon."""

    score: int            # 0 very weak … 4 strong
    label_en: str
    label_es: str
    hint_en: str
    hint_es: str

    def label(self, language: str = "en") -> str:
        """One word or two: "Weak", "Débil"."""
        return self.label_es if language == "es" else self.label_en

    def hint(self, language: str = "en") -> str:
        """What to do about it, in plain words ("add two or three more unrelated words")."""
        return self.hint_es if language == "es" else self.hint_en

    def message(self, language: str = "en") -> str:
        """The verdict and the advice: "Weak: add two or three more unrelated words."."""
        return f"{self.label(language)}: {self.hint(language)}"


_LABELS = (("Very weak", "Muy débil"), ("Weak", "Débil"), ("Fair", "Aceptable"), ("Good", "Buena"),
           ("Strong", "Fuerte"))
_HINTS = (
    ("anyone with the laptop could guess it. Use four or more unrelated words.",
     "cualquiera con el portátil podría adivinarla. Use cuatro o más palabras sin relación entre sí."),
    ("add two or three more unrelated words.", "añada dos o tres palabras más, sin relación entre sí."),
    ("one or two more words would make it strong.", "una o dos palabras más la harían fuerte."),
    ("one more word would make it strong.", "una palabra más la haría fuerte."),
    ("learn it by heart, and do not write it down near the laptop.",
     "apréndala de memoria y no la anote cerca del portátil."),
)
_COMMON_HINT = ("words like “password”, “libertad” or a country's name are the first ones tried; choose other words.",
                ("palabras como «contraseña», «libertad» o el nombre de un país son las primeras que se prueban; "
                 "elija otras."))
_REPEATED_HINT = ("repeated characters add little; use different words.",
                  "repetir caracteres aporta poco; use palabras distintas.")


def estimate_strength(passphrase: str) -> Strength:
    """Score a passphrase from 0 (very weak) to 4 (strong), with a verdict and advice in each
    language. The figures behind it stay here: what a lawyer reads is plain words."""
    if not passphrase:
        return Strength(0, *_LABELS[0], *_HINTS[0])
    alphabet = 0
    alphabet += 26 if re.search(r"[a-zñáéíóúü]", passphrase) else 0
    alphabet += 26 if re.search(r"[A-ZÑÁÉÍÓÚÜ]", passphrase) else 0
    alphabet += 10 if re.search(r"\d", passphrase) else 0
    alphabet += 33 if re.search(r"[^\w\s]", passphrase) else 0
    alphabet += 1 if " " in passphrase else 0
    distinct = len(set(passphrase.lower()))
    effective_length = min(len(passphrase), distinct * 2)   # "aaaaaaaaaaaaaaa" is not 15 characters of luck
    bits = effective_length * math.log2(max(alphabet, 2))
    words = [w for w in re.split(r"\W+", passphrase.lower()) if w]
    common = any(w in _COMMON for w in words) or passphrase.lower() in _COMMON
    if common:
        bits *= 0.5
    bits = int(bits * 0.6)   # people's choices are far from random
    score = 0 if bits < 28 else 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 80 else 4
    hint = _HINTS[score]
    if score <= 2 and common:
        hint = _COMMON_HINT
    elif score <= 2 and effective_length < len(passphrase):
        hint = _REPEATED_HINT
    return Strength(score, *_LABELS[score], *hint)


# Short, common Spanish words without accents, easy to read aloud and to type on any keyboard.
_WORDS = """
abeja abril acero agua aguila ala alba alegre algodon almendra alto amigo ancla anillo antena arbol arco
arena arroz azul bahia balcon ballena banco barco barro bosque bota brisa brujula buho caballo cable cafe
caja calle cama camino campo canal canoa canto capa carbon carta casa castillo cebra cedro cena cereza
cielo cine circo ciudad clavo cobre cofre cohete collar cometa conejo copa coral corazon cuerda cueva
dedal delfin desierto diente disco domingo dragon ducha eco escalera espejo estrella faro fiesta flauta
flor foca fresa fruta fuego fuente gallo ganso gato girasol globo gorra grano granja guante guitarra
hada hielo hierro higo hoja hongo horno hueso huevo humo iglesia isla jabon jardin jarra jirafa joya
juego jugo lago lamina lampara lana lapiz largo lazo leche lechuza leon libro limon lirio llama llave
lluvia lobo luna madera maiz mango manta manzana mapa mar marea martes mesa miel molino mono montana
mora musgo naranja nido niebla nieve nube nuez oceano oliva onda oro oso otono oveja pala paloma pan
papel parque pato pera perla piedra pino pipa planeta playa pluma pozo prado puente puerta pulpo queso
radio rama rana raton rayo red reloj rio roble roca rosa rueda sal salto sandia selva semilla silla
sol sombra sombrero sopa taza techo tela tigre tierra tijera torre tortuga trigo trompeta trueno tucan
tulipan uva vaca valle vela ventana verano viento violin volcan yate yegua yunque zapato zorro
""".split()


def propose_passphrase(words: int = 7) -> str:
    """Unrelated words chosen at random: about 7.9 bits each from this list (7 words ≈ 55 bits)."""
    import secrets
    return " ".join(secrets.choice(_WORDS) for _ in range(words))
