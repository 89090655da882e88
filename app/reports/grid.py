"""Grid tables drawn straight on the canvas, for the activity report's
thousands of cells (a year's annex of sessions held alone is ~4,000 rows).

ReportLab's `LongTable` with a `Text` flowable per cell costs a saved and
restored graphics state and a text object per cell, and lays the cells out
again at each page split: for the report's 40,000 cells that was most of its
time.  A grid lays each cell out once with the same functions as `Text`
(`pdf.laid_out`: shaped, wrapped, in display order, so long names wrap and
are never cut), splits between rows, repeats its header on every page, is
mirrored for right-to-left documents, and draws each page's text in one
text object."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.reports.charts import GREYS
from app.reports.pdf import (
    GRID,
    HEADER_FILL,
    Column,
    laid_out,
    register_fonts,
    runs,
    text_width,
)

_PAD_X = 3.0
_PAD_TOP = 2.0
_PAD_BOTTOM = 3.0
_LEADING = 1.3  # times the size, as `Text`
_SWATCH = 8.0


@dataclass(frozen=True)
class _Cell:
    lines: list[str]  # display order
    size: float
    bold: bool
    align: str  # "left", "center" or "right"
    fill: bool  # a grey background: a header, a label, a total
    swatch: int | None = None  # the grey square of a pie's slice, instead of text

    @property
    def height(self) -> float:
        if self.swatch is not None:
            return _SWATCH
        return self.size * _LEADING * len(self.lines)


_Row = tuple[float, list[_Cell]]  # (height, cells in display order, left to right)


def _align(align: str, rtl: bool) -> str:
    if align == "start":
        return "right" if rtl else "left"
    if align == "end":
        return "left" if rtl else "right"
    return align


class Grid(Flowable):  # type: ignore[misc]
    def __init__(self, widths: list[float], header: _Row | None, rows: list[_Row],
                 line_width: float) -> None:
        super().__init__()
        self.widths = widths
        self.header = header
        self.rows = rows
        self.line_width = line_width
        # Asked again at every page of a long grid: added up once.
        self.width = sum(widths)
        self.height = sum(height for height, _ in self._all())

    def _all(self) -> list[_Row]:
        return [self.header, *self.rows] if self.header is not None else self.rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - (self.header[0] if self.header is not None else 0.0)
        taken = 0
        for height, _ in self.rows:
            if height > room:
                break
            room -= height
            taken += 1
        if taken == 0:
            return []
        if taken == len(self.rows):
            return [self]
        return [
            Grid(self.widths, self.header, self.rows[:taken], self.line_width),
            Grid(self.widths, self.header, self.rows[taken:], self.line_width),
        ]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        width = sum(self.widths)
        top = self.height
        rows = self._all()
        # Backgrounds first, then every line of text in one text object,
        # then the rules.
        canvas.setFillColor(HEADER_FILL)
        y = top
        for height, cells in rows:
            left = 0.0
            for cell, column_width in zip(cells, self.widths, strict=True):
                if cell.fill:
                    canvas.rect(left, y - height, column_width, height, stroke=0, fill=1)
                left += column_width
            y -= height
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        font: tuple[str, float] | None = None
        swatches: list[tuple[float, float, int]] = []
        y = top
        for height, cells in rows:
            left = 0.0
            for cell, column_width in zip(cells, self.widths, strict=True):
                # The cell's content centred vertically, as the other tables'.
                if cell.swatch is not None:
                    swatches.append((left + (column_width - _SWATCH) / 2,
                                     y - (height + _SWATCH) / 2, cell.swatch))
                baseline = y - (height - cell.height) / 2 - cell.size + 0.5
                for line in cell.lines:
                    if cell.align == "left":
                        x = left + _PAD_X
                    else:
                        line_width = text_width(line, cell.size, cell.bold)
                        x = (left + column_width - _PAD_X - line_width if cell.align == "right"
                             else left + (column_width - line_width) / 2)
                    text.setTextOrigin(x, baseline)
                    for part, name in runs(line, cell.bold):
                        if font != (name, cell.size):
                            font = (name, cell.size)
                            text.setFont(name, cell.size)
                        text.textOut(part)
                    baseline -= cell.size * _LEADING
                left += column_width
            y -= height
        canvas.drawText(text)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        for x, bottom, index in swatches:
            canvas.setFillColor(GREYS[index % len(GREYS)])
            canvas.rect(x, bottom, _SWATCH, _SWATCH, stroke=1, fill=1)
        canvas.setLineWidth(self.line_width)
        path = canvas.beginPath()
        y = top
        for height, _ in rows:
            path.moveTo(0, y)
            path.lineTo(width, y)
            y -= height
        path.moveTo(0, 0)
        path.lineTo(width, 0)
        x = 0.0
        for column_width in [0.0, *self.widths]:
            x += column_width
            path.moveTo(x, top)
            path.lineTo(x, 0)
        canvas.drawPath(path, stroke=1, fill=0)


def grid(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    rtl: bool,
    size: float = 8,
    header_size: float | None = None,
    header: bool = True,
    filled_rows: Collection[int] = (),
    bold_columns: Collection[int] = (),
    swatch_column: int | None = None,
    line_width: float = 0.5,
) -> Flowable:
    """A grid of text cells, one `Column` per column (in reading order: the
    first on the start side), whose header (unless `header=False`) repeats
    on every page; mirrored for right-to-left documents.  `filled_rows`
    (indexes of `rows`, e.g. a total) and `bold_columns` (e.g. the labels of
    a label/value grid) are shaded and bold; `swatch_column` holds slice
    indexes drawn as the pie's grey squares."""
    register_fonts()  # cells are measured now, before the document is built
    widths = [c.width for c in (reversed(columns) if rtl else columns)]
    bold = frozenset(bold_columns)
    filled = frozenset(filled_rows)

    def row(texts: Sequence[str], *, head: bool, fill: bool, cell_size: float) -> _Row:
        cells = []
        for index, (value, column) in enumerate(zip(texts, columns, strict=True)):
            if index == swatch_column and not head:
                cells.append(_Cell([], cell_size, False, "center", fill,
                                   swatch=int(value) if value else None))
                continue
            is_bold = head or fill or index in bold
            lines = laid_out(value or "", max(column.width - 2 * _PAD_X, cell_size),
                             cell_size, is_bold, rtl)
            align = "center" if head else _align(column.align, rtl)
            cells.append(_Cell(lines, cell_size, is_bold, align,
                               head or fill or index in bold))
        height = max(cell.height for cell in cells) if cells else 0.0
        return height + _PAD_TOP + _PAD_BOTTOM, cells[::-1] if rtl else cells

    head = (row([c.header for c in columns], head=True, fill=True,
                cell_size=header_size or size) if header else None)
    body = [row(texts, head=False, fill=index in filled, cell_size=size)
            for index, texts in enumerate(rows)]
    return Grid(widths, head, body, line_width)
