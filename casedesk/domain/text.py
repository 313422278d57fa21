"""Text folding shared by search, sorting and matching."""

from __future__ import annotations

import unicodedata

# ñ is its own letter in Spanish and sorts after n; folding it to "n" would put "Núñez"
# among the "Nunez" variants for search (wanted) but also mis-sort lists. Sort keys keep it.
_SORT_ENYE = "n~"  # "~" sorts after every letter in a binary comparison


def fold(text: str) -> str:
    """Lower case without accents or extra spaces: "  ÍÑIGUEZ  Pérez" -> "iniguez perez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def sort_key(text: str) -> str:
    """A key that orders names as a Spanish reader expects (accents ignored, ñ after n)."""
    marked = text.casefold().replace("ñ", "\0").replace("n\u0303", "\0")
    return fold(marked).replace("\0", _SORT_ENYE)
