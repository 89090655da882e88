"""A long grid table drawn straight on the canvas, for listings of thousands
of rows (the activity report's annex of sessions held: ~4,000 a year).

ReportLab's `LongTable` lays out every cell again at each page split and
costs more than the text in it; this grid measures each row once (its cells
are the usual wrapped `Text` of `pdf.py`, so long names wrap, never cut, and
Arabic is shaped and ordered the same way), splits between rows, repeats
its header on every page and is mirrored for right-to-left documents."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from app.reports.pdf import GRID, HEADER_FILL, Column, Text

_PAD_X = 3.0
_PAD_TOP = 2.0
_PAD_BOTTOM = 3.0

_Row = tuple[float, list[Text]]  # (height, cells in visual order)


class Grid(Flowable):  # type: ignore[misc]
    def __init__(
        self,
        widths: list[float],
        header: _Row,
        rows: list[_Row] | None,
        *,
        source: tuple[Sequence[Column], Sequence[Sequence[str]], bool, float] | None = None,
    ) -> None:
        super().__init__()
        self.widths = widths
        self.header = header
        self._rows = rows
        self._source = source  # measured on the first wrap

    @property
    def rows(self) -> list[_Row]:
        if self._rows is None:
            assert self._source is not None
            columns, texts, rtl, size = self._source
            order = _order(len(columns), rtl)
            self._rows = [
                _measure(
                    [Text(row[i], rtl=rtl, size=size, align=columns[i].align) for i in order],
                    self.widths,
                )
                for row in texts
            ]
            self._source = None
        return self._rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header[0] + sum(height for height, _ in self.rows)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header[0]
        taken = 0
        for height, _ in self.rows:
            if height > room:
                break
            room -= height
            taken += 1
        if taken == 0 or taken == len(self.rows):
            return [] if taken == 0 else [self]
        return [
            Grid(self.widths, self.header, self.rows[:taken]),
            Grid(self.widths, self.header, self.rows[taken:]),
        ]

    def draw(self) -> None:
        canvas = self.canv
        width = sum(self.widths)
        top = self.height
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, top - self.header[0], width, self.header[0], stroke=0, fill=1)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        lines = [0.0]
        y = top
        for height, cells in [self.header, *self.rows]:
            x = 0.0
            for cell, column_width in zip(cells, self.widths, strict=True):
                # Centred vertically, as the other tables' cells.
                cell.drawOn(canvas, x + _PAD_X, y - (height + cell.height) / 2 + 0.5)
                x += column_width
            y -= height
            lines.append(top - y)
        for line in lines:
            canvas.line(0, top - line, width, top - line)
        x = 0.0
        for column_width in [0.0, *self.widths]:
            x += column_width
            canvas.line(x, top, x, 0)


def _order(count: int, rtl: bool) -> list[int]:
    return list(reversed(range(count))) if rtl else list(range(count))


def _measure(cells: list[Text], widths: list[float]) -> _Row:
    height = max(
        cell.wrap(width - 2 * _PAD_X, 1e6)[1] for cell, width in zip(cells, widths, strict=True)
    )
    return height + _PAD_TOP + _PAD_BOTTOM, cells


def grid(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    rtl: bool,
    size: float = 7.5,
    header_size: float | None = None,
) -> Flowable:
    """A grid of text cells (one `Column` per column) whose header repeats
    on every page; mirrored (columns reversed) for right-to-left documents."""
    order = _order(len(columns), rtl)
    widths = [columns[i].width for i in order]
    header = _measure(
        [Text(columns[i].header, rtl=rtl, size=header_size or size, bold=True, align="center")
         for i in order],
        widths,
    )
    return Grid(widths, header, None, source=(columns, rows, rtl, size))
