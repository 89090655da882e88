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


def _label(text: str, rtl: bool) -> tuple[str, str]:
    """(display text, font) for a one-line chart label."""
    if has_arabic(text):
        return visual(shape(text), rtl), MIXED
    return text, LATIN


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a label that would not fit (the table beside it has it in full)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


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
        super().__init__(width, len(items) * (bar_height + self.gap) + self.gap)
        self.items = list(items)
        self.rtl = rtl
        self.bar_height = bar_height

    def draw(self) -> None:
        canvas, width, height = self.canv, self.width, self.height
        size = 7.5
        label_width = width * 0.38
        value_room = 28
        bar_room = width - label_width - value_room - 6
        top = max((value for _, value in self.items), default=0) or 1
        for index, (label, value) in enumerate(self.items):
            y = height - (index + 1) * (self.bar_height + self.gap)
            text, font = _label(label, self.rtl)
            text = _fit(text, font, size, label_width - 4)
            length = bar_room * value / top
            shown = f"{value:g}"
            canvas.setFillColor(GREYS[1])
            if self.rtl:
                right = width - label_width
                canvas.rect(right - length, y, length, self.bar_height, stroke=0, fill=1)
                canvas.setFillColor(colors.black)
                canvas.setFont(font, size)
                canvas.drawRightString(width, y + 3, text)
                canvas.setFont(LATIN, size)
                canvas.drawRightString(right - length - 3, y + 3, shown)
            else:
                canvas.rect(label_width, y, length, self.bar_height, stroke=0, fill=1)
                canvas.setFillColor(colors.black)
                canvas.setFont(font, size)
                canvas.drawString(0, y + 3, text)
                canvas.setFont(LATIN, size)
                canvas.drawString(label_width + length + 3, y + 3, shown)
        axis_x = width - label_width if self.rtl else label_width
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.6)
        canvas.line(axis_x, 0, axis_x, height)


def bar_chart(
    items: Sequence[tuple[str, float]], *, rtl: bool, width: float, bar_height: float = 11
) -> Flowable:
    """Horizontal bars, labels on the start side, values at the bar ends;
    mirrored for right-to-left documents."""
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


class _Swatch(_Chart):
    def __init__(self, index: int, size: float) -> None:
        super().__init__(size, size)
        self.index = index

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(GREYS[self.index % len(GREYS)])
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.4)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)


def swatch(index: int, size: float = 8) -> Flowable:
    """The grey of slice `index`, for the table beside a pie."""
    return _Swatch(index, size)
