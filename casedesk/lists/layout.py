"""Tables laid out on a page rather than stored in cells: PDF reports and text copied out of
them (columns separated by runs of spaces).

A page is read as lines of positioned chunks of text. The table's header line gives the
column positions; every other line is cut at them. What repeats on every page (the report's
title, "Página 3 de 40", the table header again) is page furniture and is dropped; a line that
only continues the name above it (a long name wrapped, or broken with a hyphen) is joined to
it; a legend of abbreviations ("DET: Detenido; EXC: Excarcelado") is read so the cells that
use them say what they mean.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from casedesk.domain.list_values import is_not_a_person, read_service, read_sex, words_of
from casedesk.domain.vocabulary import read_status

#: Two chunks on one line closer than this (in the line's own units) are one cell.
_PAGE_NUMBER = re.compile(r"^(?:p[aá]g(?:ina)?\.?\s*)?\d{1,4}(?:\s*(?:de|of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$",
                          re.I)
_LEGEND_HEADING = re.compile(r"\b(leyenda|abreviatura|siglas|claves?|convenciones|nomenclatura|legend)\b", re.I)
_LEGEND_PAIR = re.compile(r"(?<![\w])([A-ZÑ]{1,6}|[A-ZÑ]/[A-ZÑ])\s*(?:[:=]|\s[-–—]\s)\s*([^;|,:=\n]+?)"
                          r"(?=\s*(?:[;|,]|\s+[A-ZÑ]{1,6}\s*[:=]|\s+[A-ZÑ]{1,6}\s[-–—]\s|$))")


@dataclass
class Chunk:
    x0: float
    x1: float
    text: str


@dataclass
class Line:
    page: int
    top: float
    chunks: list[Chunk]
    height: float = 10.0
    band: int | None = None          # the space between two horizontal rules of a drawn grid

    @property
    def text(self) -> str:
        return " ".join(chunk.text for chunk in self.chunks)


@dataclass
class LaidOut:
    """What a laid-out document gives the list reader: rows of cells and what was set aside."""

    rows: list[list[str]]
    labels: list[str] = field(default_factory=list)      # where each row was: "p3-12"
    legend: dict[str, str] = field(default_factory=dict)
    furniture: int = 0                  # page headers, footers, numbers and repeated table headers
    joined: int = 0                     # wrapped name lines joined to the line above


# --- Reading the layout ------------------------------------------------------------------------

def text_lines(text: str) -> list[Line]:
    """Text copied from a PDF (or saved by pdftotext -layout): chunks are separated by two or
    more spaces (or a tab); a form feed starts a new page."""
    lines = []
    page = 1
    for number, raw in enumerate(text.replace("\r\n", "\n").split("\n")):
        page += raw.count("\f")
        raw = raw.replace("\f", "").replace("\t", "    ").rstrip()
        chunks = [Chunk(match.start(), match.end(), match.group().strip())
                  for match in re.finditer(r"\S+(?: \S+)*", raw)]
        lines.append(Line(page, float(number), chunks, 1.0))
    return lines


def pdf_lines(data: bytes) -> list[Line]:
    """Every page's lines of words (grouped into chunks by the gaps between them), read with
    PDFium: about a hundredth of a second a page. A page that draws its table as a grid gives
    each line the band between two horizontal rules it sits in, so the lines of one row (a
    name on two lines, the other cells centred between them) are read as one row.

    Raises:
        pypdfium2.PdfiumError: not a PDF PDFium can open (damaged, or needs a password).
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
    lines: list[Line] = []
    document = pdfium.PdfDocument(data)
    try:
        for number in range(len(document)):
            page = document[number]
            height = page.get_height()
            words = _page_words(page.get_textpage(), height)
            rules = sorted(height - (bottom + top) / 2 for left, bottom, right, top in
                           (item.get_bounds() for item in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]))
                           if top - bottom <= 2.0 and right - left >= 40)
            page_lines = _group_lines(number + 1, words)
            if len(rules) >= 3:
                for line in page_lines:
                    middle = line.top + line.height / 2
                    if rules[0] < middle < rules[-1]:
                        line.band = sum(1 for rule in rules if rule < middle)
            lines += page_lines
    finally:
        document.close()
    return lines


def _page_words(textpage, height: float) -> list[dict]:
    """Words with their boxes (top-down coordinates) from PDFium's characters."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    words: list[dict] = []
    current: dict | None = None
    for index in range(min(count, len(text))):
        char = text[index]
        if char in "\x02\xad\ufffe":
            char = "-"                                  # PDFium's mark for a hyphen at the end of a line
        if char.isspace() or not char.isprintable():
            current = None
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)   # the line's box, not the glyph's
        y_top, y_bottom = height - top, height - bottom
        size = max(y_bottom - y_top, 1.0)
        if current is not None and abs(current["top"] - y_top) <= size * 0.5 and left - current["x1"] <= size * 0.25:
            current["text"] += char
            current["x1"] = max(current["x1"], right)
            current["bottom"] = max(current["bottom"], y_bottom)
        else:
            current = {"text": char, "x0": left, "x1": right, "top": y_top, "bottom": y_bottom}
            words.append(current)
    return words


def _group_lines(page: int, words: list[dict]) -> list[Line]:
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        height = word["bottom"] - word["top"]
        if lines and lines[-1].page == page and abs(lines[-1].top - word["top"]) <= max(2.0, height * 0.3):
            lines[-1].chunks.append(Chunk(word["x0"], word["x1"], word["text"]))
        else:
            lines.append(Line(page, word["top"], [Chunk(word["x0"], word["x1"], word["text"])], height))
    for line in lines:
        line.chunks.sort(key=lambda chunk: chunk.x0)
        merged: list[Chunk] = []
        for chunk in line.chunks:
            # A space is about a quarter of the font's height; columns are further apart.
            if merged and chunk.x0 - merged[-1].x1 < line.height * 0.45:
                merged[-1] = Chunk(merged[-1].x0, chunk.x1, f"{merged[-1].text} {chunk.text}")
            else:
                merged.append(chunk)
        line.chunks = merged
    return lines


# --- Legend ---------------------------------------------------------------------------------------

def read_legend(lines: list[str]) -> dict[str, str]:
    """Abbreviations a report explains: "Leyenda: DET: Detenido; CC: Casa por cárcel", or one
    per line under a "Siglas" heading; a legend wrapped over several lines is read whole."""
    legend: dict[str, str] = {}
    block: list[str] = []

    def read(text: str) -> None:
        pairs = [(code.strip(), meaning.strip(" .")) for code, meaning in _LEGEND_PAIR.findall(text)]
        legend.update((code, meaning) for code, meaning in pairs if meaning and len(meaning) < 60 and code != meaning)

    for text in [*lines, ""]:
        stripped = text.strip()
        if _LEGEND_HEADING.search(stripped[:40]):
            if block:
                read(" ".join(block))
            block = [_LEGEND_HEADING.split(stripped, maxsplit=1)[-1].lstrip(" :.-")]
        elif block and stripped and len(block) < 8 and (_LEGEND_PAIR.search(stripped) or len(stripped.split()) <= 3
                                                       or not block[-1].rstrip().endswith((".", "…"))):
            block.append(stripped)                   # the legend goes on
        else:
            if block:
                read(" ".join(block))
                block = []
            if len(_LEGEND_PAIR.findall(stripped)) >= 2:
                read(stripped)
    return legend


def _kind(meaning: str) -> str:
    if (status := read_status(meaning)) is not None and status != (None, None):
        return "status"
    if read_service(meaning) is not None:
        return "service"
    if read_sex(meaning) is not None:
        return "sex"
    return "other"


def apply_legend(rows: list[list[str]], legend: dict[str, str], start: int = 0) -> list[int]:
    """Write out the abbreviations in each column that uses them only (all its values are codes
    of one kind: statuses, civilian/military, sex), so an "M" for "Militar" in a C/M column never
    turns a sex column's "M" into a soldier. Returns the columns changed."""
    if not legend:
        return []
    codes = {code.upper(): meaning for code, meaning in legend.items()}
    kinds = {code: _kind(meaning) for code, meaning in codes.items()}
    width = max((len(row) for row in rows[start:]), default=0)
    changed = []
    for column in range(width):
        values = Counter(row[column].strip().upper() for row in rows[start:] if column < len(row) and row[column].strip())
        if not values:
            continue
        coded = {value for value in values if value in codes}
        if not coded or sum(values[value] for value in coded) < 0.9 * sum(values.values()):
            continue
        if len({kinds[value] for value in coded}) != 1:
            continue
        for row in rows[start:]:
            if column < len(row) and row[column].strip().upper() in codes:
                row[column] = codes[row[column].strip().upper()]
        changed.append(column)
    return changed


# --- From lines to rows -----------------------------------------------------------------------------

def lay_out(lines: list[Line], is_header) -> LaidOut:
    """Rows of cells from positioned lines. `is_header(cells)` says whether a line's chunks
    are a table header (the list reader's own test)."""
    legend = read_legend([line.text for line in lines])
    pages = max((line.page for line in lines), default=1)
    repeated = _repeated_on_pages(lines, pages)
    header_at = next((index for index, line in enumerate(lines)
                      if len(line.chunks) >= 2 and is_header([chunk.text for chunk in line.chunks])), None)
    out = LaidOut([], legend=legend)
    counter: Counter = Counter()

    def add(cells: list[str], page: int) -> None:
        counter[page] += 1
        out.rows.append(cells)
        out.labels.append(f"p{page}-{counter[page]}" if pages > 1 or lines[0].height != 1.0 else str(len(out.rows)))

    if header_at is None:                  # no header: one cell per chunk, as written
        for line in lines:
            if _furniture(line, repeated):
                out.furniture += 1
            elif line.chunks:
                add([chunk.text for chunk in line.chunks], line.page)
        return out
    header = lines[header_at]
    wrapped, _ = _wrapped_header(lines, header_at, _bands(header.chunks))
    if header.band is not None:        # a drawn grid: the header is every line of its band
        wrapped = [position for position, line in enumerate(lines) if position != header_at and line.page == header.page
                   and line.band == header.band and line.chunks]
    columns = _header_columns([lines[position] for position in sorted([header_at, *wrapped])])
    bands = _bands([Chunk(min(c.x0 for c in parts), max(c.x1 for c in parts), "") for parts in columns])
    labels = []
    for parts in columns:
        label = ""
        for chunk in parts:
            label = _join_label(label, chunk.text)
        labels.append(label)
    header_lines = {header_at, *wrapped}
    header_keys = {tuple(words_of(chunk.text) for chunk in lines[position].chunks) for position in header_lines}
    for position, line in enumerate(lines[:min(header_lines)]):     # title, notes and legend above the table
        if line.chunks and not _furniture(line, repeated):
            add([line.text], line.page)
    add(labels, header.page)
    body_start = len(out.rows)
    previous: Line | None = None
    for line in lines[max(header_lines) + 1:]:
        if not line.chunks:
            if line.height == 1.0:                 # a blank line of text: keep it, it separates blocks
                add([], line.page)
            continue
        if _furniture(line, repeated) or tuple(words_of(chunk.text) for chunk in line.chunks) in header_keys:
            out.furniture += 1                     # the header again on a later page (each of its lines)
            continue
        cells = _cut(line, bands)
        same_band = previous is not None and line.band is not None and line.band == previous.band \
            and line.page == previous.page
        if previous is not None and out.rows and (same_band or _continues(cells, out.rows[-1], line, previous)):
            _join(out.rows[-1], cells)
            out.joined += 1
            previous = line
            continue
        add(cells, line.page)
        previous = line
    apply_legend(out.rows, legend, body_start)
    return out


def _bands(header: list[Chunk]) -> list[float]:
    """Where each column begins: halfway across the gap between one header label and the next
    (a right-aligned number or a centred code starts a little before its label)."""
    return [float("-inf")] + [(left.x1 + right.x0) / 2 for left, right in zip(header, header[1:])]


def _column_of(chunk: Chunk, bands: list[float]) -> int:
    column = 0
    for index, start in enumerate(bands):
        if chunk.x0 >= start:
            column = index
    return column


def _cut(line: Line, bands: list[float]) -> list[str]:
    """Each chunk to the column whose band it starts in."""
    cells = [""] * len(bands)
    for chunk in line.chunks:
        column = _column_of(chunk, bands)
        cells[column] = f"{cells[column]} {chunk.text}".strip()
    return cells


def _wrapped_header(lines: list[Line], at: int, bands: list[float]) -> tuple[list[int], list[str]]:
    """A header whose labels take two lines ("Fecha de" over "detención"): the line just above
    or below the header line, holding only words and sitting in its columns, completes it.
    Returns the positions of those lines and the words each adds per column."""
    header = lines[at]
    extra: list[int] = []
    additions = [""] * len(bands)
    for position in (at - 1, at + 1):
        if not 0 <= position < len(lines) or not lines[position].chunks or lines[position].page != header.page:
            continue
        line = lines[position]
        if abs(line.top - header.top) > header.height * 1.6 or any(re.search(r"\d", c.text) for c in line.chunks):
            continue
        if len(line.chunks) > len(header.chunks) // 2 + 1:
            continue                                  # a whole row: data, not a label's second line
        if not all(len(chunk.text.split()) <= 3 and any(chunk.x0 < label.x1 and chunk.x1 > label.x0
                                                          for label in header.chunks) for chunk in line.chunks):
            continue                                  # a sentence above the table, not a label's part
        extra.append(position)
        for chunk in line.chunks:
            column = _column_of(chunk, bands)
            additions[column] = f"{additions[column]} {chunk.text}".strip() if position > at \
                else f"{chunk.text} {additions[column]}".strip()
    return extra, additions


def _header_columns(header_lines: list[Line]) -> list[list[Chunk]]:
    """The header's columns, each the label parts stacked in it from top to bottom: parts that
    overlap horizontally belong to one column ("Fecha de" over "detención")."""
    columns: list[list[Chunk]] = []
    for line in header_lines:
        for chunk in line.chunks:
            for parts in columns:
                if chunk.x0 < max(c.x1 for c in parts) and chunk.x1 > min(c.x0 for c in parts):
                    parts.append(chunk)
                    break
            else:
                columns.append([chunk])
    return sorted(columns, key=lambda parts: min(c.x0 for c in parts))


def _join_label(first: str, second: str) -> str:
    """Two lines of one header label: "Fecha de" + "detención", or a word the narrow column broke,
    "Se" + "xo" = "Sexo" (whichever reads as a header)."""
    from casedesk.lists.columns import header_candidates
    if not first or not second:
        return (first or second).strip()
    spaced, glued = f"{first} {second}", f"{first}{second}"
    if first[-1] in "/-" or not second[0].isalnum():
        return glued                                          # "C/" + "M", "N" + "°"
    if header_candidates(glued) and (not header_candidates(spaced) or len(second) <= 3):
        return glued                                          # "Se" + "xo", "Sex" + "o"
    return spaced


def _continues(cells: list[str], above: list[str], line: Line, previous: Line) -> bool:
    """Does this line only carry on the cells of the line above (a wrapped name)? It fills
    no column the line above left empty, it leaves out the columns that always have a value
    (number, ID, date…), and it sits right under it."""
    filled = [index for index, cell in enumerate(cells) if cell]
    if not filled or len(above) != len(cells) or line.page != previous.page:
        return False
    if any(not above[index] for index in filled):
        return False
    if len(filled) * 2 > len(cells):
        return False
    if line.band is not None and previous.band is not None and line.band != previous.band:
        return False                      # a drawn grid: another band is another row
    if any(is_not_a_person(cell) for cell in above if cell) or any(is_not_a_person(cells[index]) for index in filled):
        return False                      # a total, a note, a source line: never part of a name
    gap = line.top - previous.top
    close = gap <= previous.height * 1.8 if previous.height != 1.0 else gap <= 1.0
    return close and not any(re.search(r"\d", cells[index]) for index in filled) \
        and not cells[0].strip().isdigit()


def _join(row: list[str], cells: list[str]) -> None:
    for index, cell in enumerate(cells):
        if cell:
            if row[index].endswith("-") and not row[index].endswith(" -"):
                row[index] = row[index][:-1] + cell           # "Rodrí-" + "guez"
            else:
                row[index] = f"{row[index]} {cell}"


def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", words_of(text))


_EDGE_LINES = 3          # a running title or footer is among the first or last lines of a page


def _edges(lines: list[Line]) -> set[int]:
    """Positions (in `lines`) of the first and last few lines of text on each page."""
    by_page: dict[int, list[int]] = {}
    for position, line in enumerate(lines):
        if line.chunks:
            by_page.setdefault(line.page, []).append(position)
    return {position for positions in by_page.values()
            for position in positions[:_EDGE_LINES] + positions[-_EDGE_LINES:]}


def _repeated_on_pages(lines: list[Line], pages: int) -> set[str]:
    """Lines at the top or bottom of most pages that read the same (digits aside): a report's
    running title and footer. Only the page edges count, so rows of the table that happen to
    look alike are never taken for furniture."""
    if pages < 2:
        return set()
    seen: dict[str, set[int]] = {}
    for position in _edges(lines):
        line = lines[position]
        seen.setdefault(_signature(line.text), set()).add(line.page)
    return {signature for signature, on in seen.items() if len(on) >= max(2, pages * 0.6) and signature}


def _furniture(line: Line, repeated: set[str]) -> bool:
    text = line.text.strip()
    return bool(text) and (_PAGE_NUMBER.match(text) is not None
                           or (len(line.chunks) <= 2 and _signature(text) in repeated))
