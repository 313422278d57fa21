"""Where a sheet's table is: its header row (below titles, notes and blank rows), a second
header row under merged labels ("Nombre" over "Apellidos" | "Nombres"), and the rows below."""

from __future__ import annotations

from dataclasses import dataclass, field

from casedesk.domain.list_values import is_date, words_of
from casedesk.domain.list_words import ID_PLACEHOLDERS
from casedesk.lists.columns import _GENERIC_CHILDREN, _is_id, _is_name, header_candidates, header_words
from casedesk.lists.grids import Sheet

HEADER_SEARCH_ROWS = 40          # a header further down than this is not a header


@dataclass
class Table:
    sheet: str
    header_rows: list[int]                  # spreadsheet row numbers; [] when the list has no header
    headers: list[str]                      # the lowest label of each column ("" where none)
    parents: list[str]                      # the label above it in a two-row header, else ""
    rows: list[tuple[int, list[str]]]       # (row number, cells) below the header, blank rows included
    above: list[int] = field(default_factory=list)    # titles, notes and blanks above the header
    labels: dict[int, str] = field(default_factory=dict)   # row number -> where a PDF had it

    @property
    def width(self) -> int:
        return len(self.headers)


def _distinct(cells: list[str]) -> list[str]:
    return list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))


def _header_like(cells: list[str], today) -> tuple[int, int, int]:
    """(labels the header words know, cells that look like data, distinct cells)."""
    distinct = _distinct(cells)
    known = data = 0
    for cell in distinct:
        if _is_id(cell) or is_date(cell, today) or (_is_name(cell) and not header_candidates(cell)) \
                or len(cell.split()) > 6:
            data += 1
        elif header_candidates(cell) or header_words(cell) in _GENERIC_CHILDREN:
            known += 1
    return known, data, len(distinct)


def _is_header(cells: list[str], today, *, at_least: int = 2) -> bool:
    known, data, distinct = _header_like(cells, today)
    return known >= at_least and data == 0 and known * 2 >= distinct


def looks_like_header(cells: list[str], today) -> bool:
    """Is a line of cells a table's header (labels the header words know, no data)?"""
    return _is_header(cells, today)


def find_table(sheet: Sheet, today) -> Table | None:
    """The sheet's table, or None when the sheet holds nothing."""
    rows = sheet.rows
    last = max((index for index, row in enumerate(rows) if any(cell.strip() for cell in row)), default=-1)
    if last < 0:
        return None
    rows = rows[:last + 1]
    width = max(len(row) for row in rows)
    padded = [row + [""] * (width - len(row)) for row in rows]
    header_index = next((index for index, row in enumerate(padded[:HEADER_SEARCH_ROWS]) if _is_header(row, today)), None)
    if header_index is None:
        header_index = _unknown_header(padded, today)
    labels = {number + 1: label for number, label in enumerate(sheet.labels or [])}
    if header_index is None:
        return Table(sheet.name, [], [""] * width, [""] * width, [(n + 1, row) for n, row in enumerate(padded)],
                     labels=labels)
    top = padded[header_index]
    header_rows = [header_index + 1]
    headers, parents = list(top), [""] * width
    below = padded[header_index + 1] if header_index + 1 < len(padded) else None
    if below is not None and _is_second_header(top, below, today):
        parents = _spread_parents(top, below)
        headers = [below[column].strip() or parents[column] for column in range(width)]
        parents = [parents[column] if below[column].strip() else "" for column in range(width)]
        header_rows.append(header_index + 2)
    data_start = header_rows[-1]
    return Table(sheet.name, header_rows, [h.strip() for h in headers], [p.strip() for p in parents],
                 [(number + 1, row) for number, row in enumerate(padded) if number >= data_start],
                 above=list(range(1, header_index + 1)), labels=labels)


def _unknown_header(rows: list[list[str]], today) -> int | None:
    """A first row of labels the header words do not know ("Col A", "Dato 1") is still a
    header when some column holds IDs or dates below it and a label, not data, on it."""
    first = next((index for index, row in enumerate(rows) if any(cell.strip() for cell in row)), None)
    if first is None or first + 1 >= len(rows):
        return None
    top = rows[first]
    if len(_distinct(top)) < 2 or any(_is_id(cell) or is_date(cell, today) for cell in top if cell.strip()):
        return None
    below = [row for row in rows[first + 1:first + 11] if any(cell.strip() for cell in row)]
    for column, label in enumerate(top):
        names = [row[column] for row in below if column < len(row) and row[column].strip()]
        if _is_name(label) and names and sum(map(_is_name, names)) * 2 >= len(names):
            return None                   # a person at the top of a headerless list of people
        if words_of(label) in ID_PLACEHOLDERS:
            return None
    for column, label in enumerate(top):
        values = [row[column] for row in below if column < len(row) and row[column].strip()]
        if label.strip() and values and sum(_is_id(v) or is_date(v, today) for v in values) * 10 >= len(values) * 8:
            return first
    return None


def _is_second_header(top: list[str], below: list[str], today) -> bool:
    """Is `below` the lower row of a two-row header? Its labels are header words, and some label
    above spans several of them (a merged cell, or a CSV's empty cells beside a label)."""
    if not _is_header(below, today, at_least=1) or len(_distinct(below)) < 2:
        return False
    spans = any(below[column].strip() and (not top[column].strip() or top[column] == top[column - 1])
                and top[column - 1].strip() and below[column - 1].strip()
                for column in range(1, len(top)))
    differs = any(cell.strip() and words_of(cell) != words_of(top[column]) for column, cell in enumerate(below))
    return spans and differs


def _spread_parents(top: list[str], below: list[str]) -> list[str]:
    """Labels of the upper row over every column they span. A spreadsheet's merged cells are
    already filled; a CSV leaves the spanned cells empty, so a label also heads the columns to
    its right that have a lower label but none above."""
    parents = [cell.strip() for cell in top]
    for column in range(1, len(parents)):
        if not parents[column] and below[column].strip() and parents[column - 1] and below[column - 1].strip():
            parents[column] = parents[column - 1]
    return parents
