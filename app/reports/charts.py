"""Charts for the activity report, in greys (they print in black and white),
drawn directly on the page canvas.  Labels go through the same shaping and
ordering as all text; a label with Arabic letters uses DejaVu Sans, which has
both scripts (a chart label is drawn in a single font)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from app.paths import resource
from app.reports.pdf import LATIN, has_arabic, register_fonts, shape, visual

MIXED = "DejaVuSans"
GREYS = [colors.Color(g, g, g) for g in (0.15, 0.45, 0.7, 0.88, 0.3, 0.6, 0.8, 0.95)]


def _register_mixed() -> None:
    register_fonts()
    if MIXED not in pdfmetrics.getRegisteredFontNames():
        data = BytesIO(resource("fonts", "DejaVuSans.ttf").read_bytes())
        pdfmetrics.registerFont(TTFont(MIXED, data))


LABEL_SIZE = 7.5
LABEL_LEADING = 9.0


def _font(text: str) -> str:
    return MIXED if has_arabic(text) else LATIN


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """A label's lines (logical order) that fit `width`: words wrap, and a
    word longer than the width is split, so a long commune name is shown
    whole on two lines instead of cut ("Zaouiat Sidi Abdelka…")."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if current and pdfmetrics.stringWidth(current + char, font, size) > width:
                lines.append(current)
                current = char
            else:
                current += char
    return [*lines, current] if current or not lines else lines


class _Chart(Flowable):  # type: ignore[misc]
    """A fixed-size chart drawn straight on the page canvas: the report has
    a few hundred of them, and reportlab.graphics' shapes (validated
    attributes, a renderer per drawing) cost more than the text around them."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height


class _BarChart(_Chart):
    def __init__(
        self, items: Sequence[tuple[str, float]], rtl: bool, width: float, bar_height: float
    ) -> None:
        self.gap = 4.0
        self.label_width = width * 0.38
        self.items = list(items)
        self.rtl = rtl
        self.bar_height = bar_height
        # Each label in its lines (display order), and each row as tall as
        # its label needs.
        self.labels: list[tuple[list[str], str]] = []
        self.rows: list[float] = []
        for label, _ in self.items:
            shaped = shape(label)
            font = _font(shaped)
            lines = [visual(line, rtl) for line in
                     _wrap(shaped, font, LABEL_SIZE, self.label_width - 4)]
            self.labels.append((lines, font))
            self.rows.append(max(bar_height, len(lines) * LABEL_LEADING))
        super().__init__(width, sum(self.rows) + self.gap * (len(self.rows) + 1))

    def draw(self) -> None:
        canvas, width, height = self.canv, self.width, self.height
        label_width = self.label_width
        value_room = 28
        bar_room = width - label_width - value_room - 6
        top = max((value for _, value in self.items), default=0) or 1
        right = width - label_width
        y = height
        for (_, value), (lines, font), row in zip(self.items, self.labels, self.rows,
                                                  strict=True):
            y -= row + self.gap
            bar_y = y + (row - self.bar_height) / 2
            length = bar_room * value / top
            shown = f"{value:g}"
            canvas.setFillColor(GREYS[1])
            bar_x = right - length if self.rtl else label_width
            canvas.rect(bar_x, bar_y, length, self.bar_height, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont(font, LABEL_SIZE)
            # The label's lines centred on its bar.
            first = bar_y + 3 + (len(lines) - 1) * LABEL_LEADING / 2
            for index, line in enumerate(lines):
                if self.rtl:
                    canvas.drawRightString(width, first - index * LABEL_LEADING, line)
                else:
                    canvas.drawString(0, first - index * LABEL_LEADING, line)
            canvas.setFont(LATIN, LABEL_SIZE)
            if self.rtl:
                canvas.drawRightString(right - length - 3, bar_y + 3, shown)
            else:
                canvas.drawString(label_width + length + 3, bar_y + 3, shown)
        axis_x = right if self.rtl else label_width
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.6)
        canvas.line(axis_x, 0, axis_x, height)


def bar_chart(
    items: Sequence[tuple[str, float]], *, rtl: bool, width: float, bar_height: float = 11
) -> Flowable:
    """Horizontal bars, labels on the start side, values at the bar ends;
    mirrored for right-to-left documents; a long label wraps onto more
    lines (its bar's row grows), it is never cut."""
    _register_mixed()
    return _BarChart(items, rtl, width, bar_height)


class _PieChart(_Chart):
    def __init__(self, values: Sequence[float], size: float) -> None:
        super().__init__(size, size)
        self.values = list(values)

    def draw(self) -> None:
        canvas = self.canv
        total = sum(self.values)
        if not total:
            return
        low, high = 4.0, self.width - 4
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.5)
        start = 90.0  # clockwise from twelve o'clock, as reportlab's Pie
        for index, value in enumerate(self.values):
            angle = 360.0 * value / total
            if abs(angle) < 1e-7:
                continue
            canvas.setFillColor(GREYS[index % len(GREYS)])
            if angle >= 360 - 1e-7:
                canvas.ellipse(low, low, high, high, stroke=1, fill=1)
            else:
                canvas.wedge(low, low, high, high, start - angle, angle, stroke=1, fill=1)
            start -= angle


def pie_chart(values: Sequence[float], *, size: float) -> Flowable:
    """A pie in greys, slices in the order of the table that goes with it."""
    return _PieChart(values, size)
