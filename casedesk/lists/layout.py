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

from casedesk.domain.list_values import is_not_a_person, read_service, read_sex, section_heading, words_of
from casedesk.domain.list_words import SECTION_HEADINGS, STATE_PREFIXES
from casedesk.domain.vocabulary import read_status

#: Two chunks on one line closer than this (in the line's own units) are one cell.
_PAGE_NUMBER = re.compile(r"^(?:p[aá]g(?:ina)?\.?\s*)?\d{1,4}(?:\s*(?:de|of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$",
                          re.I)
_PAGE_OF = re.compile(r"^(?:p[aá]g(?:ina)?\.?|page)\s*\d{1,4}(?:\s*(?:de|of|/)\s*\d{1,4})?$|^\d{1,4}\s*(?:de|of|/)\s*\d{1,4}$",
                      re.I)
_LEGEND_HEADING = re.compile(r"\b(leyenda|abreviatura|siglas|claves?|convenciones|nomenclatura|legend)\b", re.I)
_LEGEND_PAIR = re.compile(r"(?<![\w])([A-ZÑ]{1,6}|[A-ZÑ]/[A-ZÑ])\s*(?:[:=]|\s[-–—]\s)\s*([^;|,:=\n]+?)"
                          r"(?=\s*(?:[;|,]|\s+[A-ZÑ]{1,6}\s*[:=]|\s+[A-ZÑ]{1,6}\s[-–—]\s|$))")


@dataclass
class Chunk:
    """Words on one line close enough to be one cell; `words` keeps each word's place so a
    chunk that two columns share can still be cut between them."""

    x0: float
    x1: float
    text: str
    words: list[tuple[float, float, str]] = field(default_factory=list)
    band: int | None = None          # the space between two horizontal rules of a drawn grid

    def parts(self) -> list[tuple[float, float, str]]:
        return self.words or [(self.x0, self.x1, self.text)]


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

    @property
    def is_text(self) -> bool:
        """A line of plain text (positions in characters), not of a PDF (positions in points)."""
        return self.height == 1.0


@dataclass
class LaidOut:
    """What a laid-out document gives the list reader: rows of cells and what was set aside."""

    rows: list[list[str]]
    labels: list[str] = field(default_factory=list)      # where each row was: "p3-12"
    legend: dict[str, str] = field(default_factory=dict)
    furniture: int = 0                  # page headers, footers, numbers and repeated table headers
    joined: int = 0                     # wrapped name lines joined to their row
    side_by_side: bool = False          # two copies of the table next to each other on each page


# --- Reading the layout ------------------------------------------------------------------------

def text_lines(text: str) -> list[Line]:
    """Text copied from a PDF (or saved by pdftotext -layout): chunks are separated by two or
    more spaces (or a tab); a form feed starts a new page."""
    lines = []
    page = 1
    for number, raw in enumerate(text.replace("\r\n", "\n").split("\n")):
        page += raw.count("\f")
        raw = raw.replace("\f", "").replace("\t", "    ").rstrip()
        chunks = [Chunk(match.start(), match.end(), match.group().strip(),
                        [(match.start() + word.start(), match.start() + word.end(), word.group())
                         for word in re.finditer(r"\S+", match.group())])
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

    from casedesk.pdfium_lock import PDFIUM
    lines: list[Line] = []
    with PDFIUM:
        return _read_pdf_lines(pdfium, pdfium_c, data, lines)


def _read_pdf_lines(pdfium, pdfium_c, data: bytes, lines: list[Line]) -> list[Line]:
    document = pdfium.PdfDocument(data)
    try:
        for number in range(len(document)):
            page = document[number]
            height = page.get_height()
            words = _page_words(page.get_textpage(), height)
            rules = sorted((height - (bottom + top) / 2, left, right) for left, bottom, right, top in
                           (item.get_bounds() for item in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]))
                           if top - bottom <= 2.0 and right - left >= 40)
            page_lines = _group_lines(number + 1, words)
            if len(rules) >= 3:
                for line in page_lines:
                    _place_in_bands(line, rules)
            lines += page_lines
    finally:
        document.close()
    return lines


def _place_in_bands(line: Line, rules: list[tuple[float, float, float]]) -> None:
    """Each chunk's band: how many of the rules drawn across it lie above it (two tables side
    by side each have their own rules)."""
    middle = line.top + line.height / 2
    for chunk in line.chunks:
        centre = (chunk.x0 + chunk.x1) / 2
        across = [y for y, left, right in rules if left - 2 <= centre <= right + 2]
        if len(across) >= 3 and across[0] < middle < across[-1]:
            chunk.band = sum(1 for y in across if y < middle)
    line.band = next((chunk.band for chunk in line.chunks if chunk.band is not None), None)


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
            lines[-1].chunks.append(Chunk(word["x0"], word["x1"], word["text"], [(word["x0"], word["x1"], word["text"])]))
        else:
            lines.append(Line(page, word["top"], [Chunk(word["x0"], word["x1"], word["text"],
                                                        [(word["x0"], word["x1"], word["text"])])], height))
    for line in lines:
        line.chunks.sort(key=lambda chunk: chunk.x0)
        merged: list[Chunk] = []
        for chunk in line.chunks:
            # A space is about a quarter of the font's height; columns are further apart.
            if merged and chunk.x0 - merged[-1].x1 < line.height * 0.45:
                merged[-1] = Chunk(merged[-1].x0, chunk.x1, f"{merged[-1].text} {chunk.text}",
                                   merged[-1].words + chunk.words)
            else:
                merged.append(chunk)
        line.chunks = merged
    return lines


# --- Legend ---------------------------------------------------------------------------------------

def find_legend(lines: list[Line]) -> tuple[dict[str, str], set[int], list[Line]]:
    """Abbreviations a report explains, the lines that explain them (which are not rows), and
    the lines without the legend's own little table: a sentence ("Leyenda: DET: Detenido;
    CC: Casa por cárcel"), one pair per line under a "Siglas" heading, or a table of codes and
    meanings ("Clave | Situación"), which may sit beside the report's title."""
    legend: dict[str, str] = {}
    lines = _without_legend_tables(lines, legend)
    used: set[int] = set()
    block: list[int] = []

    def read(positions: list[int], text: str) -> None:
        pairs = [(code.strip(), meaning.strip(" .")) for code, meaning in _LEGEND_PAIR.findall(text)]
        pairs = [(code, meaning) for code, meaning in pairs if meaning and len(meaning) < 60 and code != meaning]
        if pairs:
            legend.update(pairs)
            used.update(positions)

    def close_block() -> None:
        if block:
            first = lines[block[0]].text.strip()
            text = " ".join([_LEGEND_HEADING.split(first, maxsplit=1)[-1].lstrip(" :.-")]
                            + [lines[position].text.strip() for position in block[1:]])
            read(list(block), text)
            block.clear()

    for position, line in enumerate(lines):
        stripped = line.text.strip()
        if _LEGEND_HEADING.search(stripped[:40]) and len(line.chunks) <= 2:
            close_block()
            block.append(position)
        elif block and stripped and len(block) < 8 and len(line.chunks) <= 2 and (
                _LEGEND_PAIR.search(stripped) or (not re.search(r"\d", stripped) and not lines[block[-1]].text.rstrip()
                                                   .endswith((".", "…")) and len(stripped.split()) <= 6)):
            block.append(position)                   # the legend goes on: a pair, or the rest of one
        else:
            close_block()
            if stripped and len(_LEGEND_PAIR.findall(stripped)) >= 2 and len(line.chunks) <= 2:
                read([position], stripped)
    close_block()
    return legend, used, lines


_LEGEND_WORDS = re.compile(r"(?i)\b(c[oó]digos?|significados?|descripci[oó]n|meaning|codes?|siglas?|abreviaturas?|"
                           r"leyenda|claves?|legend|situaci[oó]n|estatus)\b")
_CODE = re.compile(r"^(?:[A-ZÑ]{1,6}\.?|[A-ZÑ]/[A-ZÑ])$")
#: A cell that is a cédula or a date, whole ("V-5.339.102", "13.940.663", "22/02/2024").
_ID_OR_DATE = re.compile(r"^(?:[VEve]\s?-?\s?)?(?:\d{1,3}(?:\.\d{3}){1,2}|\d{6,9})$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")
_MAX_LEGEND_ROWS = 20


def _meaning(text: str) -> bool:
    text = text.strip()
    return bool(re.search(r"[^\W\d_]{3}", text)) and not re.search(r"\d", text) and len(text.split()) <= 8 \
        and not _CODE.match(text)


def _without_legend_tables(lines: list[Line], legend: dict[str, str]) -> list[Line]:
    """Find the legend's table (two or more rows of a code and its meaning, one under the other,
    each code once), read it, and return the lines without its cells."""
    reach = 1.5 if lines and lines[0].is_text else 3.0
    # A line with a cédula or a date of its own is a person's row, not a legend's: where each word of
    # a name is its own chunk (a letter-spaced typed list, the text layer of a scan), "LUIS" |
    # "VASQUEZ" under "PEDRO" | "RAMÓN" read as codes and meanings, and the names lost words.
    candidates = [(position, index, line.chunks[index].x0) for position, line in enumerate(lines)
                  if not any(_ID_OR_DATE.match(chunk.text.strip()) for chunk in line.chunks)
                  for index in range(len(line.chunks) - 1)
                  if _CODE.match(line.chunks[index].text.strip()) and _meaning(line.chunks[index + 1].text)]
    drop: dict[int, set[int]] = {}
    taken: set[int] = set()
    for start, (position, _, x0) in enumerate(candidates):
        if start in taken:
            continue
        column = [lines[at].chunks[index].text.strip() for at, index, x in candidates
                  if abs(x - x0) <= reach and lines[at].page == lines[position].page]
        if len(set(column)) != len(column):
            continue                                   # the same code twice under it: a column of a list
        run = [start]
        meaning_at = lines[position].chunks[candidates[start][1] + 1].x0
        for later in range(start + 1, len(candidates)):
            at, index, x = candidates[later]
            # The meanings line up too, as a table's column does: short words of a title that
            # happen to sit one over the other ("DE" | "FAMILIARES" over "DE" | "DETENIDOS") do not.
            if later not in taken and abs(x - x0) <= reach and lines[at].page == lines[position].page \
                    and at - candidates[run[-1]][0] <= 3 \
                    and abs(lines[at].chunks[index + 1].x0 - meaning_at) <= reach * 2:
                run.append(later)
        codes = [lines[candidates[i][0]].chunks[candidates[i][1]].text.strip().rstrip(".") for i in run]
        if not 2 <= len(run) <= _MAX_LEGEND_ROWS or len(set(codes)) != len(codes):
            continue                                   # a column of a table of people repeats its codes
        taken.update(run)
        for i, code in zip(run, codes):
            at, index, _ = candidates[i]
            legend[code] = lines[at].chunks[index + 1].text.strip()
            drop.setdefault(at, set()).update({index, index + 1})
        first, _, _ = candidates[run[0]]
        meaning_x = lines[first].chunks[candidates[run[0]][1] + 1].x0
        for above in range(first - 1, max(-1, first - 4), -1):        # "Clave | Situación", "Leyenda"
            hits = {index for index, chunk in enumerate(lines[above].chunks)
                    if (abs(chunk.x0 - x0) <= reach * 4 or abs(chunk.x0 - meaning_x) <= reach * 4)
                    and _LEGEND_WORDS.search(chunk.text)}
            if hits:
                drop.setdefault(above, set()).update(hits)
    cleaned = []
    for position, line in enumerate(lines):
        if position in drop:
            line = Line(line.page, line.top, [chunk for index, chunk in enumerate(line.chunks)
                                              if index not in drop[position]], line.height, line.band)
        cleaned.append(line)
    return cleaned


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
    are a table header (the list reader's own test).

    The columns come from the rows themselves: where no row has text, one column ends and the
    next begins. A header's labels are often centred over their columns, or wrapped over two
    lines, so their own positions say little about where the values are."""
    legend, legend_at, lines = find_legend(lines)
    pages = max((line.page for line in lines), default=1)
    repeated = _repeated_on_pages(lines, pages)
    out = LaidOut([], legend=legend)
    counter: Counter = Counter()
    plain = bool(lines) and lines[0].is_text

    def add(cells: list[str], page: int) -> None:
        counter[page] += 1
        out.rows.append(cells)
        out.labels.append(f"p{page}-{counter[page]}" if pages > 1 or not plain else str(len(out.rows)))

    header_at = next((index for index, line in enumerate(lines) if index not in legend_at
                      and len(line.chunks) >= 2 and is_header([chunk.text for chunk in line.chunks])), None)
    if header_at is None:                  # no header: one cell per chunk, as written
        for position, line in enumerate(lines):
            if _furniture(line, repeated) or position in legend_at:
                out.furniture += position not in legend_at
            elif line.chunks:
                add([chunk.text for chunk in line.chunks], line.page)
        return out

    for following in (header_at + 1, header_at + 2):     # "Cédula de | Fecha de" over the header's main line
        if following < len(lines) and following not in legend_at and lines[following].page == lines[header_at].page \
                and 0 < lines[following].top - lines[header_at].top <= lines[header_at].height * 1.6 * (following - header_at) \
                and len(lines[following].chunks) > len(lines[header_at].chunks) \
                and is_header([chunk.text for chunk in lines[following].chunks]):
            header_at = following
    header = lines[header_at]
    near = _label_lines(lines, header_at, legend_at, is_header)
    body = [position for position in range(max([header_at, *near]) + 1, len(lines))
            if position not in legend_at and position not in near]
    segments, labels = _segments(lines, header_at, near, body, legend_at, repeated, is_header)
    table = segments[0]
    groups = _side_by_side(labels)
    out.side_by_side = len(groups) > 1
    header_keys = {key for segment in segments for key in segment.keys}

    above = [(position, line) for position, line in enumerate(lines[:min([header_at, *table.near])])
             if line.chunks and position not in legend_at and not _furniture(line, repeated)]
    # "Tabla 1. Civiles" just over the header says who the rows are: it goes under the header,
    # where the list reader applies a heading to the rows that follow it.
    heading = above.pop()[1] if above and section_heading(above[-1][1].text) else None
    for _, line in above:                                             # title and notes above the table
        add([line.text], line.page)
    out.furniture += sum(1 for position in range(header_at) if position in legend_at)
    add(labels[groups[0]], header.page)
    if heading is not None:
        add([heading.text], heading.page)
    body_start = len(out.rows)

    placed: list[tuple[int, Line, list[str], list[int]]] = []
    across: set[int] = set()                   # a paragraph's line: one run of words over three columns
    apart: set[int] = set()                    # and lines that are no row of the table (see _Segment.misfit)
    for position in body:
        line = lines[position]
        if not line.chunks or any(position in segment.near for segment in segments):
            continue
        if _furniture(line, repeated) or _words(line) in header_keys:
            out.furniture += 1                     # the header again on a later page (each of its lines)
            continue
        segment = next(segment for segment in reversed(segments) if segment.start <= position)
        if len(line.chunks) == 1 and _overlapped(line.chunks[0].x0, line.chunks[0].x1, segment.columns) >= 3:
            across.add(position)
        if segment.misfit(line):
            apart.add(position)
        placed.append((position, line, *segment.place(line, len(labels))))
    pieces = []
    for number, group in enumerate(groups):
        for row, page, order in _rows(placed, group, out, across, apart | across):
            pieces.append(((page, number, order), row))
    for (page, _, _), row in sorted(pieces, key=lambda piece: piece[0]):
        add(row, page)
    apply_legend(out.rows, legend, body_start)
    return out


@dataclass
class _Segment:
    """The part of a document under one header line: the first page's, or a page that prints
    the header again (text copied from a PDF lays each page out anew, so its columns move)."""

    start: int                                  # the header line's position
    near: list[int]                             # the lines that complete its labels
    columns: list[tuple[float, float]]
    labels: list[str]
    to_table: list[int]                         # each column's place among the first header's
    keys: set[tuple[str, ...]]
    kinds: list[str] = field(default_factory=list)   # each column's values: "number", "id", "words" or ""

    def misfit(self, line: Line) -> bool:
        """A line that is not a row of this table: with no cédula or date of its own, it puts a word
        where the row numbers are, or a bare count where words or cédulas are ("Detenidos | 4 | 4 |
        8", "Zulia | 3": a table of counts printed after the list, or a heading at the margin)."""
        if not self.kinds or any(_ID_OR_DATE.match(chunk.text.strip()) for chunk in line.chunks):
            return False
        for chunk in line.chunks:
            kind = self.kinds[_column(chunk.x0, chunk.x1, self.columns)]
            starts_in = next((self.kinds[index] for index, (left, right) in enumerate(self.columns)
                              if left - 0.5 <= chunk.x0 <= right), "")
            if starts_in == "number" and re.search(r"[^\W\d_]{2}", chunk.text):
                return True
            count = chunk.text.strip() if _COUNT.match(chunk.text.strip()) else ""
            if count and (kind == "words" or (kind == "id" and len(count) <= 3)):
                return True                          # a count; a year alone ("2025") is a date known to the year
        return False

    def place(self, line: Line, width: int) -> tuple[list[str], list[int]]:
        """The line's cells in the table's columns, and the column of each of its chunks. A line
        that is no row of the table keeps its text whole, in the cédula (or number) column, where
        it names nobody."""
        if self.misfit(line):
            kept = next((index for kind in ("id", "number") for index, found in enumerate(self.kinds)
                         if found == kind), 0)
            cells = [""] * width
            cells[self.to_table[kept]] = line.text
            return cells, [self.to_table[kept]] * len(line.chunks)
        cells = [""] * width
        for index, text in enumerate(_cells(line, self.columns)):
            if text:
                target = self.to_table[index]
                cells[target] = f"{cells[target]} {text}".strip()
        return cells, [self.to_table[_column(chunk.x0, chunk.x1, self.columns)] for chunk in line.chunks]


def _segments(lines: list[Line], header_at: int, near: list[int], body: list[int], legend_at: set[int],
              repeated: set[str], is_header) -> tuple[list[_Segment], list[str]]:
    """Each header line and the rows under it, and the labels of all the columns: a second
    table with other columns ("Tabla 2. Militares" adds "Grado") adds its own."""
    key = _words(lines[header_at])
    # Another table's header has about as many labels as the first one, and sits in no row: the
    # second lines of a row's wrapped cells ("Entidad de Atención | Tribunal de Responsabilidad",
    # printed over the row's figures in a 12-column grid) read like labels too, and taken for a
    # header they cut the table there and every row below lost its columns.
    fewest = max(3, (len(lines[header_at].chunks) + 1) // 2)
    in_rows = {(line.page, line.band) for line in lines if line.band is not None
               and any(_FIGURE.match(chunk.text) for chunk in line.chunks)}
    starts = [header_at] + [position for position in body if _words(lines[position]) == key or (
        len(lines[position].chunks) >= fewest and (lines[position].page, lines[position].band) not in in_rows
        and is_header([chunk.text for chunk in lines[position].chunks]))]
    segments: list[_Segment] = []
    table: list[str] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        header = lines[start]
        same = number == 0 or _words(header) == key
        candidates = near if number == 0 else [position for position in _label_lines(lines, start, legend_at, is_header)
                                               if not same or _words(lines[position]) in segments[0].keys]
        keys = {_words(lines[position]) for position in [start, *candidates]} | (segments[0].keys if segments else set())
        rows = [lines[position] for position in body if start < position < end and len(lines[position].chunks) >= 2
                and not _furniture(lines[position], repeated) and _words(lines[position]) not in keys]
        if segments and same and len(rows) < 3:
            continue                                  # too few rows to say where the columns are: as before
        # The columns are where the people's rows put their values: the rows with a cédula or a
        # date say it first, then every line that fits them. A table of counts printed under the
        # list ("Detenidos | 4 | 4 | 8") would otherwise join the row number to the name.
        core = [line for line in rows if any(_ID_OR_DATE.match(chunk.text.strip()) for chunk in line.chunks)]
        kinds: list[str] = []
        if len(core) >= 3:
            columns = _data_columns(core, header)
            kinds = _column_kinds(core, columns)
            probe = _Segment(start, [], columns, [], list(range(len(columns))), set(), kinds)
            columns = _data_columns([line for line in rows if not probe.misfit(line)], header)
            kinds = _column_kinds(core, columns)
        else:
            columns = _data_columns(rows, header)
        fitting = [position for position in candidates if _fits_header(lines[position], header, columns)]
        labels = _labels([lines[position] for position in sorted([start, *fitting])], columns)
        to_table = _match_columns(labels, table)
        segments.append(_Segment(start, fitting, columns, labels, to_table,
                                 {_words(lines[position]) for position in [start, *fitting]} | keys, kinds))
    return segments, table


_COUNT = re.compile(r"^\d{1,4}[.)]?$")


def _column_kinds(rows: list[Line], columns: list[tuple[float, float]]) -> list[str]:
    """What each column holds in the people's rows: "number" (the row number: 1, 2, 3.), "id"
    (cédulas and dates), "words" (names, statuses) or "" (mixed, or empty)."""
    values: list[list[str]] = [[] for _ in columns]
    for line in rows:
        for chunk in line.chunks:
            values[_column(chunk.x0, chunk.x1, columns)].append(chunk.text.strip())
    kinds = []
    for found in values:
        if not found:
            kinds.append("")
        elif sum(1 for value in found if _COUNT.match(value)) >= 0.8 * len(found):
            kinds.append("number")
        elif sum(1 for value in found if _ID_OR_DATE.match(value)) >= 0.8 * len(found):
            kinds.append("id")
        elif sum(1 for value in found if not re.search(r"\d", value)) >= 0.8 * len(found):
            kinds.append("words")
        else:
            kinds.append("")
    return kinds


def _match_columns(labels: list[str], table: list[str]) -> list[int]:
    """Each column under a later header to the table's column with the same label; a label
    the table does not have yet becomes a new column of it (in `table`). Columns without a
    label take the free places between their labelled neighbours, in order."""
    if not table:
        table.extend(labels)
        return list(range(len(labels)))
    keys = [words_of(label) for label in labels]
    mapping: list[int | None] = [None] * len(labels)
    taken: set[int] = set()
    for index, key in enumerate(keys):
        match = next((place for place, other in enumerate(table) if key and words_of(other) == key
                      and place not in taken), None)
        if match is None and key:
            table.append(labels[index])
            match = len(table) - 1
        if match is not None:
            mapping[index] = match
            taken.add(match)
    index = 0
    while index < len(mapping):
        if mapping[index] is not None:
            index += 1
            continue
        end = index
        while end < len(mapping) and mapping[end] is None:
            end += 1
        left = mapping[index - 1] if index > 0 else -1
        right = mapping[end] if end < len(mapping) else len(table)
        free = [place for place in range(left + 1, right) if place not in taken]
        for offset in range(index, end):
            if free:
                mapping[offset] = free.pop(0)
            else:                                      # a column the table did not have: kept apart
                table.append("")
                mapping[offset] = len(table) - 1
        index = end
    return [place if place is not None else 0 for place in mapping]


def _words(line: Line) -> tuple[str, ...]:
    return tuple(words_of(chunk.text) for chunk in line.chunks)


def _label_lines(lines: list[Line], at: int, legend_at: set[int], is_header=None) -> list[int]:
    """Lines just above or below the header line that may hold the rest of its labels ("Fecha"
    over it and "detención" under it): only short words, no digits, right next to it; in a
    drawn grid, every other line of the header's band. A wide table wraps many labels: a line
    with more pieces than half the header's still completes it when its words read as labels
    ("Fecha de | Tiempo | Organismo | Centro de" over the header line of a 12-column table)."""
    header = lines[at]
    found = []
    if header.band is not None:                    # a drawn grid: every other line of the header's band
        found = [position for position, line in enumerate(lines) if position != at and line.page == header.page
                 and line.band == header.band and line.chunks and position not in legend_at]
    for step in (-1, 1):
        position = at + step
        while 0 <= position < len(lines) and position not in legend_at:
            line = lines[position]
            if line.page != header.page or not line.chunks or abs(line.top - header.top) > header.height * 1.6:
                break
            if any(re.search(r"\d", chunk.text) or len(chunk.text.split()) > 3 for chunk in line.chunks) \
                    or (len(line.chunks) > max(2, len(header.chunks) // 2 + 1)
                        and not (is_header and is_header([chunk.text for chunk in line.chunks]))):
                break
            if step > 0 and not _closer_to_header(lines, position, at) and not _completes_labels(line, header):
                break                                 # as near the first row: the start of its name
            if position not in found:
                found.append(position)
            position += step
    return sorted(found)


def _completes_labels(line: Line, header: Line) -> bool:
    """Does each piece of `line` finish the header label over it, saying more read together
    ("Nombres y" + "apellidos", "Fecha de" + "detención")? In text copied from a PDF every line
    is as near the next, so nearness cannot tell a label's second line from a name's first."""
    from casedesk.lists.columns import header_candidates
    for chunk in line.chunks:
        over = [label for label in header.chunks if chunk.x0 < label.x1 and chunk.x1 > label.x0]
        if len(over) != 1:
            return False
        together = header_candidates(f"{over[0].text} {chunk.text}")
        if not together or together == header_candidates(over[0].text):
            return False
    return bool(line.chunks)


def _closer_to_header(lines: list[Line], position: int, at: int) -> bool:
    line = lines[position]
    row = next((other for other in lines[position + 1:] if len(other.chunks) >= 2), None)
    return row is None or row.page != line.page or line.top - lines[at].top < row.top - line.top


def _data_columns(rows: list[Line], header: Line) -> list[tuple[float, float]]:
    """Where each column's values lie: the stretches of the page that rows fill, split where no
    row has text (one row in fifty may overrun its column). A header label over no values (a
    column no row fills) is a column of its own."""
    tolerance = 1 if len(rows) >= 10 else 0
    heights = sorted(line.height for line in rows) or [header.height]
    narrow = 3.0 if header.is_text else heights[len(heights) // 2]
    edges = sorted([(chunk.x0, 1) for line in rows for chunk in line.chunks]
                   + [(chunk.x1, -1) for line in rows for chunk in line.chunks], key=lambda edge: (edge[0], edge[1]))
    columns: list[tuple[float, float]] = []
    depth, start = 0, None
    for x, step in edges:
        depth += step
        if depth > tolerance and start is None:
            start = x
        elif depth <= tolerance and start is not None:
            columns.append((start, x))
            start = None
    merged: list[tuple[float, float]] = []
    for left, right in columns:
        # Values of different rows that almost touch ("DESC" and a centred "D" under it) are
        # one column unless some row has a value on each side.
        if merged and left - merged[-1][1] < narrow and not any(
                _has_chunk(line, merged[-1]) and _has_chunk(line, (left, right)) for line in rows):
            merged[-1] = (merged[-1][0], right)
        else:
            merged.append((left, right))
    columns = merged
    reach = 3.0 if header.is_text else header.height      # text copied from a PDF shifts a character or two
    for chunk in header.chunks:
        if any(chunk.x0 < right and chunk.x1 > left for left, right in columns):
            continue
        near = [(min(abs(chunk.x0 - right), abs(left - chunk.x1)), index) for index, (left, right) in enumerate(columns)]
        distance, index = min(near, default=(float("inf"), -1))
        unlabelled = index >= 0 and not any(other.x0 < columns[index][1] and other.x1 > columns[index][0]
                                            for other in header.chunks)
        if distance <= reach and unlabelled:           # a label beside its values, not over them
            columns[index] = (min(columns[index][0], chunk.x0), max(columns[index][1], chunk.x1))
        else:
            columns.append((chunk.x0, chunk.x1))
    return sorted(columns)


def _has_chunk(line: Line, span: tuple[float, float]) -> bool:
    return any(chunk.x0 >= span[0] - 0.01 and chunk.x1 <= span[1] + 0.01 for chunk in line.chunks)


def _column(x0: float, x1: float, columns: list[tuple[float, float]]) -> int:
    """The column a word or chunk lies in: the one it overlaps most, else the nearest."""
    best, best_score = 0, float("-inf")
    for index, (left, right) in enumerate(columns):
        overlap = min(x1, right) - max(x0, left)
        score = overlap if overlap > 0 else -min(abs(x0 - right), abs(left - x1))
        if score > best_score:
            best, best_score = index, score
    return best


def _fits_header(line: Line, header: Line, columns: list[tuple[float, float]]) -> bool:
    """A line next to the header completes it only if each of its words sits over a column and
    under (or over) a label, or over a column the header line leaves without one."""
    labelled = {_column(chunk.x0, chunk.x1, columns) for chunk in header.chunks}
    return all(_overlapped(chunk.x0, chunk.x1, columns) <= 1 and (
        any(chunk.x0 < label.x1 and chunk.x1 > label.x0 for label in header.chunks)
        or _column(chunk.x0, chunk.x1, columns) not in labelled) for chunk in line.chunks)


def _cells(line: Line, columns: list[tuple[float, float]]) -> list[str]:
    """The line's text per column; a chunk over two columns is cut between its words."""
    cells: list[list[str]] = [[] for _ in columns]
    for chunk in line.chunks:
        spanned = {_column(x0, x1, columns) for x0, x1, _ in chunk.parts()}
        if len(spanned) > 1 and len(line.chunks) > 1 and not line.is_text and all(
                _overlapped(x0, x1, columns) <= 1 for x0, x1, _ in chunk.parts()):
            for x0, x1, word in chunk.parts():         # two cells the reading ran together
                cells[_column(x0, x1, columns)].append(word)
        elif len(spanned) > 1:                          # a heading across the table: where it starts
            cells[_column(chunk.x0, chunk.x0 + 1, columns)].append(chunk.text)
        else:
            cells[spanned.pop()].append(chunk.text)
    return [" ".join(parts) for parts in cells]


def _overlapped(x0: float, x1: float, columns: list[tuple[float, float]]) -> int:
    return sum(1 for left, right in columns if x0 < right and x1 > left)


def _labels(header_lines: list[Line], columns: list[tuple[float, float]]) -> list[str]:
    labels = [""] * len(columns)
    for line in header_lines:                            # top to bottom
        for index, text in enumerate(_cells(line, columns)):
            if text:
                labels[index] = _join_label(labels[index], text)
    return labels


def _side_by_side(labels: list[str]) -> list[slice]:
    """A page that prints the table twice, side by side ("N° Nombre C.I. | N° Nombre C.I."):
    each half is read as its own table. Returns the column ranges to read."""
    keys = [words_of(label) for label in labels]
    half = len(keys) // 2
    if len(keys) >= 4 and len(keys) % 2 == 0 and keys[:half] == keys[half:] and sum(map(bool, keys[:half])) >= 2:
        return [slice(0, half), slice(half, len(keys))]
    return [slice(0, len(keys))]


def _rows(placed: list[tuple[int, Line, list[str], list[int]]], group: slice,
          out: LaidOut, across: set[int] = frozenset(), apart: set[int] = frozenset()
          ) -> list[tuple[list[str], int, int]]:
    """The rows of one table: each line's cells, and the lines that only carry part of a cell
    (a name wrapped onto the next line, or centred so that half of it sits above the row's
    other values and half below) joined to their row. Returns (cells, page, order).
    `across` holds the positions of paragraph lines (one run of words over three columns);
    `apart`, those and the lines that are no row of the table: neither part of a row nor one."""
    wanted = range(max((len(cells) for _, _, cells, _ in placed), default=0))[group]
    entries = [(position, line, cells[group]) for position, line, cells, _ in placed]
    bands = [next((chunk.band for chunk, column in zip(line.chunks, chunk_columns)
                   if chunk.band is not None and column in wanted), None)
             for _, line, _, chunk_columns in placed]
    keep = [index for index, entry in enumerate(entries) if any(entry[2])]
    entries, bands = _paragraphs([entries[index] for index in keep], [bands[index] for index in keep], across)
    prose = [position in apart for position, _, _ in entries]
    figures = _figure_columns(entries, [_fragment(cells, len(cells)) for _, _, cells in entries])
    # Words only, where the row's figures (number, ID, date) are missing: part of a row. Words
    # where a figure belongs are a heading. A paragraph's line is neither part of a row nor one.
    fragment = [_fragment(cells, len(cells) if not figures else len(cells) * 3)
                and not any(cells[column] for column in figures) and not is_prose
                for (_, _, cells), is_prose in zip(entries, prose)]
    in_bands = [(line.page, band) for (_, line, _), band in zip(entries, bands) if band is not None]
    rows_seen = len(fragment) - sum(fragment)
    if in_bands and len(in_bands) >= 0.8 * len(entries) and len(set(in_bands)) >= 0.5 * rows_seen:
        return _grid_rows(entries, bands, out)      # rules between the rows: a drawn grid
    anchors = [index for index, is_fragment in enumerate(fragment) if not is_fragment]
    # A total, a note or a section heading is a line of its own: it takes no part of a name.
    rows_only = [index for index in anchors if not _heading_or_note(entries[index][2]) and not prose[index]]
    spacing = _row_spacing([entries[index][1] for index in rows_only])
    surnames_first = _surnames_in_capitals(entries, rows_only)
    pieces: dict[int, tuple[list[list[str]], list[list[str]]]] = {index: ([], []) for index in anchors}
    standalone: list[int] = []
    targets: dict[int, int | None] = {}
    for index, (_, line, cells) in enumerate(entries):
        if not fragment[index]:
            continue
        above = next((candidate for candidate in reversed(rows_only) if candidate < index), None)
        below = next((candidate for candidate in rows_only if candidate > index), None)
        def so_far(anchor: int) -> str:            # the anchor's name as read up to this line
            before, after = pieces[anchor]
            parts = [*before, entries[anchor][2], *after]
            return " ".join(part[column] for part in parts for column in sorted(surnames_first) if part[column])

        target = _fragment_row(line, cells, entries, above, below, spacing, surnames_first, so_far)
        previous = entries[index - 1][1] if index else None
        # The next line of the same cell: in the same column. A surname over the next row
        # ("Saavedra") right under the last line of this row's court ("competencia en
        # Terrorismo") starts the next row's name.
        if index - 1 in targets and targets[index - 1] is not None and previous.page == line.page \
                and line.top - previous.top <= (1.0 if line.is_text else previous.height * 1.3) \
                and not _by_capitals(cells, surnames_first) \
                and any(cell and entries[index - 1][2][column] for column, cell in enumerate(cells)):
            target = targets[index - 1]             # the next line of the same name
        targets[index] = target
        if target is None:
            standalone.append(index)
            continue
        pieces[target][0 if target == below else 1].append(cells)
        out.joined += 1
    rows = []
    for index in sorted([*anchors, *standalone]):
        _, line, cells = entries[index]
        if index in pieces:
            before, after = pieces[index]
            merged = [""] * len(cells)
            for part in [*before, cells, *after]:
                _join(merged, part)
            cells = [cell.strip() for cell in merged]
        rows.append((cells, line.page, index))
    return rows


def _paragraphs(entries, bands: list[int | None], across: set[int]):
    """A paragraph under or between the tables ("Cada caso fue documentado … Las cifras se
    actualizan" / "mensualmente.") runs across the columns, so its lines are read whole: its
    last line's few words sit in one column and would be read as a person of their own ("Mensualmente.").
    Each line that goes on with the paragraph right under it (one run of words, no figure,
    starting at its left edge) is joined to it, in the paragraph's first cell."""
    kept: list = []
    kept_bands: list[int | None] = []
    reading: tuple[int, Line] | None = None          # (the paragraph's place in `kept`, its last line)
    for (position, line, cells), band in zip(entries, bands):
        if reading is not None:
            at, last = reading
            first = kept[at][1].chunks[0]
            if line.page == last.page and len(line.chunks) == 1 and not _FIGURE.match(line.chunks[0].text) \
                    and 0 < line.top - last.top <= (1.0 if line.is_text else last.height * 1.5) \
                    and abs(line.chunks[0].x0 - first.x0) <= (2.0 if line.is_text else last.height * 2):
                paragraph_cells = list(kept[at][2])
                column = next(index for index, cell in enumerate(paragraph_cells) if cell)
                paragraph_cells[column] = f"{paragraph_cells[column]} {line.chunks[0].text}".strip()
                kept[at] = (kept[at][0], kept[at][1], paragraph_cells)
                reading = (at, line)
                continue
        reading = (len(kept), line) if position in across else None
        kept.append((position, line, cells))
        kept_bands.append(band)
    return kept, kept_bands


def _grid_rows(entries, bands: list[int | None], out: LaidOut) -> list[tuple[list[str], int, int]]:
    """A drawn grid: the lines between two rules are one row, whatever their number."""
    rows: list[tuple[list[str], int, int]] = []
    last: tuple[int, int] | None = None
    last_apart = False
    for index, ((_, line, cells), band) in enumerate(zip(entries, bands)):
        key = (line.page, band) if band is not None else None
        # Between two tables of one page ("Subtotal: 4", then "Estado Lara" over the next table)
        # the lines sit between the same two rules, as a row's lines do: a total, a note or a
        # heading is a line of its own, or the heading is lost and its rows take the state above.
        apart = _total_note_or_heading(cells)
        if key is not None and key == last and not apart and not last_apart:
            _join(rows[-1][0], cells)
            rows[-1][0][:] = [cell.strip() for cell in rows[-1][0]]
            out.joined += 1
        else:
            rows.append((list(cells), line.page, index))
            last_apart = apart
        last = key
    return rows


def _total_note_or_heading(cells: list[str]) -> bool:
    """A total, a note or a heading that says it is one ("Subtotal: 4", "Estado Lara (3 casos)")."""
    filled = [cell for cell in cells if cell]
    return len(filled) <= 2 and any(is_not_a_person(cell) or _announced_heading(cell) for cell in filled)


def _fragment(cells: list[str], width: int) -> bool:
    """A line that only carries words of a cell or two: no number, ID or date of its own, not a
    note, a total or a section heading ("ESTADO ZULIA")."""
    filled = [cell for cell in cells if cell]
    return bool(filled) and len(filled) <= max(1, width // 3) \
        and not any(_FIGURE.match(cell) or is_not_a_person(cell) or _announced_heading(cell) for cell in filled)


def _announced_heading(text: str) -> bool:
    """A heading that says it is one ("ESTADO ZULIA", "Militares:"); a lone "MARGARITA" under a
    name may as well be the rest of the name."""
    stripped = text.strip()
    key = words_of(stripped.rstrip(":"))
    return bool(section_heading(stripped)) and (stripped.endswith(":") or key in SECTION_HEADINGS
                                                or key.startswith(STATE_PREFIXES))


_FIGURE = re.compile(r"^[\W\d_]*\d[\W\d_]*$|^[VEPvep][-.\s]*\d")     # "12", "21.778.389", "V-21…", "28.07.2023"


def _row_spacing(anchors: list[Line]) -> float | None:
    gaps = sorted(b.top - a.top for a, b in zip(anchors, anchors[1:]) if a.page == b.page and b.top > a.top)
    return gaps[len(gaps) // 2] if gaps else None


def _figure_columns(entries, fragment: list[bool]) -> set[int]:
    """Columns whose rows hold figures (the row number, the ID): no name is wrapped into them."""
    width = len(entries[0][2]) if entries else 0
    rows = [cells for (_, _, cells), is_fragment in zip(entries, fragment) if not is_fragment
            and sum(1 for cell in cells if cell) * 2 >= len(cells)]
    found = set()
    for column in range(width):
        values = [cells[column] for cells in rows if cells[column]]
        if len(values) >= 3 and sum(1 for value in values if _FIGURE.match(value)) >= 0.8 * len(values):
            found.add(column)
    return found


def _heading_or_note(cells: list[str]) -> bool:
    filled = [cell for cell in cells if cell]
    return len(filled) <= 2 and any(is_not_a_person(cell) or section_heading(cell) for cell in filled)


def _surnames_in_capitals(entries, rows: list[int]) -> set[int]:
    """Columns whose names read "SURNAMES, Given names" (most of them): there, a line of
    capitals begins the next name and a line in lower case ends the one before."""
    width = len(entries[0][2]) if entries else 0
    found = set()
    for column in range(width):
        values = [entries[index][2][column] for index in rows if entries[index][2][column]]
        if values and sum(1 for value in values if _CAPITAL_SURNAMES.match(value)) >= 0.6 * len(values):
            found.add(column)
    return found


_CAPITAL_SURNAMES = re.compile(r"^[^\sa-zà-ÿ,][^a-zà-ÿ,]*,\s*[A-ZÀ-Þ][a-zà-ÿ]")


def _fragment_row(line: Line, cells: list[str], entries, above: int | None, below: int | None,
                  spacing: float | None, surnames_first: set[int], so_far) -> int | None:
    """Which row a fragment belongs to: the nearer of the rows above and below it. A long name
    is often printed over two or three lines with the row's other values centred between them,
    so part of it sits above its row; a name merely wrapped sits under it. When both rows are
    as near, the one whose cell is still empty takes it, else the row above (a wrapped line).
    Where names read "SURNAMES, Given names", the name itself says where a piece goes."""
    filled = [index for index, cell in enumerate(cells) if cell]
    reach = max(spacing or 0.0, 3.0 if line.is_text else line.height * 2.5)
    near = []
    for order, index in enumerate((above, below)):
        if index is not None and entries[index][1].page == line.page:
            distance = abs(line.top - entries[index][1].top)
            waiting = not any(entries[index][2][i] for i in filled)
            if distance <= reach:
                near.append((distance, not waiting, order, index))
    if not near:
        return None
    if _by_capitals(cells, surnames_first) and len(near) == 2:
        piece = " ".join(cells[i] for i in filled if i in surnames_first)
        fitting = [(distance, order, index) for distance, _, order, index in near if _fits_name(piece, so_far(index))]
        if len(fitting) == 1:
            return fitting[0][2]
        if fitting and _CAPITAL_SURNAMES.match(piece):
            return min(fitting)[2]                     # two rows still without a name: the nearer
        if fitting:
            return below if not any(character.islower() for character in piece) else above
    return min(near)[3]


def _fits_name(piece: str, name: str) -> bool:
    """Can `piece` be part of `name` ("SURNAMES, Given names")? Capitals with a comma begin a
    name that has no comma yet; capitals alone add surnames before the comma (or begin the
    name); words in lower case go after a comma."""
    comma = "," in name
    if "," in piece:
        return not comma
    if not any(character.islower() for character in piece):
        return not comma or name.split(",")[0].isupper()
    return comma


def _by_capitals(cells: list[str], surnames_first: set[int]) -> bool:
    return any(cells[index] for index in surnames_first)


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
    """A page number, a running title or footer, or a footer line that carries the page number
    ("Foro Cívico — www.example.org        Página 1")."""
    text = line.text.strip()
    return bool(text) and (_PAGE_NUMBER.match(text) is not None
                           or (len(line.chunks) <= 2 and _signature(text) in repeated)
                           or (len(line.chunks) <= 3 and any(_PAGE_OF.match(chunk.text.strip()) for chunk in line.chunks)))
