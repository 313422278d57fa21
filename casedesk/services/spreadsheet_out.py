"""The one writer of every CSV and XLSX CaseDesk writes (case lists, census lists, open data,
comparisons): no cell a spreadsheet program would run.

Text from the vault came from people and from other groups' lists, so a facility named
'=HYPERLINK("http://…","…")' must stay text in whoever opens the file. A text cell that starts
with = + - @, a tab or a carriage return is written

- in CSV with an apostrophe in front ("'=HYPERLINK(…)"), which spreadsheet programs show as
  text and never run;
- in XLSX as a string (never a formula or a link) carrying Excel's quote prefix, so it stays
  text when someone edits the cell; the text itself is unchanged.

Numbers stay numbers (a negative count is not a formula). CSV is UTF-8 with a byte-order mark
so that spreadsheet programs keep the accents, lines end in CRLF.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

#: What a spreadsheet program reads as the start of a formula (or of a DDE command).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def runs_as_formula(value: Any) -> bool:
    """Would a spreadsheet program run this cell?"""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralised(value: Any) -> Any:
    """A cell as CSV carries it: None as empty, a formula-like text behind an apostrophe,
    anything else as it is."""
    if value is None:
        return ""
    return f"'{value}" if runs_as_formula(value) else value


def write_csv(out: TextIO, header: Sequence[Any] | None, rows: Iterable[Sequence[Any]]) -> int:
    """Write `header` (if any) and `rows` to an open text stream; returns how many rows."""
    writer = csv.writer(out, lineterminator="\r\n")
    if header is not None:
        writer.writerow([neutralised(cell) for cell in header])
    count = 0
    for row in rows:
        writer.writerow([neutralised(cell) for cell in row])
        count += 1
    return count


def csv_bytes(header: Sequence[Any] | None, rows: Iterable[Sequence[Any]]) -> bytes:
    """The CSV file's bytes: UTF-8 with a byte-order mark."""
    out = io.StringIO()
    write_csv(out, header, rows)
    return out.getvalue().encode("utf-8-sig")


class Workbook:
    """An XLSX workbook built in memory in which no string is ever a formula or a link."""

    def __init__(self) -> None:
        import xlsxwriter
        self._out = io.BytesIO()
        self.book = xlsxwriter.Workbook(self._out, {"in_memory": True, "strings_to_formulas": False,
                                                    "strings_to_urls": False, "strings_to_numbers": False})
        self.bold = self.book.add_format({"bold": True})
        self._as_text: dict[int, Any] = {}

    def add_sheet(self, name: str | None = None):
        return self.book.add_worksheet(name)

    def text(self, sheet, row: int, column: int, value: Any, cell_format: Any = None) -> None:
        """Write `value` as text; a formula-like one carries the quote prefix (in `cell_format` too)."""
        value = "" if value is None else str(value)
        if runs_as_formula(value):
            key = id(cell_format)
            if key not in self._as_text:
                properties = {"quote_prefix": True}
                if cell_format is self.bold:
                    properties["bold"] = True
                self._as_text[key] = self.book.add_format(properties)
            cell_format = self._as_text[key]
        sheet.write_string(row, column, value, cell_format)

    def cell(self, sheet, row: int, column: int, value: Any, cell_format: Any = None) -> None:
        """A number as a number, anything else as text."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            sheet.write_number(row, column, value, cell_format)
        else:
            self.text(sheet, row, column, value, cell_format)

    def table(self, sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], *, max_width: int = 60,
              autofilter: bool = False) -> None:
        """A header in bold, frozen, and the rows under it; columns as wide as their first 200 rows."""
        for column, title in enumerate(header):
            self.text(sheet, 0, column, title, self.bold)
        widths = [len(str(title)) for title in header]
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                self.cell(sheet, number, column, value)
                if number <= 200 and column < len(widths):
                    widths[column] = max(widths[column], len("" if value is None else str(value)))
        sheet.freeze_panes(1, 0)
        if autofilter and rows and header:
            sheet.autofilter(0, 0, len(rows), len(header) - 1)
        for column, width in enumerate(widths):
            sheet.set_column(column, column, min(max_width, width + 2))

    def close(self) -> bytes:
        self.book.close()
        return self._out.getvalue()


def xlsx_bytes(header: Sequence[Any], rows: Sequence[Sequence[Any]], *, sheet_name: str | None = None) -> bytes:
    """A one-sheet workbook: header and rows."""
    book = Workbook()
    book.table(book.add_sheet(sheet_name), header, rows)
    return book.close()
