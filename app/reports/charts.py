"""Charts for the activity report, drawn with reportlab.graphics in greys
(they print in black and white).  Labels go through the same shaping and
ordering as all text; a label with Arabic letters uses DejaVu Sans, which has
both scripts (a reportlab.graphics String has a single font)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource
from app.reports.pdf import LATIN, has_arabic, register_fonts, shape, visual

MIXED = "DejaVuSans"
GREYS = [colors.Color(g, g, g) for g in (0.15, 0.45, 0.7, 0.88, 0.3, 0.6, 0.8, 0.95)]


def _register_mixed() -> None:
    register_fonts()
    if MIXED not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(MIXED, str(resource("fonts", "DejaVuSans.ttf"))))


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


def bar_chart(
    items: Sequence[tuple[str, float]], *, rtl: bool, width: float, bar_height: float = 11
) -> Drawing:
    """Horizontal bars, labels on the start side, values at the bar ends;
    mirrored for right-to-left documents."""
    _register_mixed()
    size = 7.5
    gap = 4
    height = len(items) * (bar_height + gap) + gap
    drawing = Drawing(width, height)
    label_width = width * 0.38
    value_room = 28
    bar_room = width - label_width - value_room - 6
    top = max((value for _, value in items), default=0) or 1
    for index, (label, value) in enumerate(items):
        y = height - (index + 1) * (bar_height + gap)
        text, font = _label(label, rtl)
        text = _fit(text, font, size, label_width - 4)
        length = bar_room * value / top
        shown = f"{value:g}"
        if rtl:
            drawing.add(String(width, y + 3, text, fontName=font, fontSize=size,
                               textAnchor="end"))
            right = width - label_width
            drawing.add(Rect(right - length, y, length, bar_height, fillColor=GREYS[1],
                             strokeColor=None))
            drawing.add(String(right - length - 3, y + 3, shown, fontName=LATIN,
                               fontSize=size, textAnchor="end"))
        else:
            drawing.add(String(0, y + 3, text, fontName=font, fontSize=size))
            drawing.add(Rect(label_width, y, length, bar_height, fillColor=GREYS[1],
                             strokeColor=None))
            drawing.add(String(label_width + length + 3, y + 3, shown, fontName=LATIN,
                               fontSize=size))
    axis_x = width - label_width if rtl else label_width
    drawing.add(Line(axis_x, 0, axis_x, height, strokeColor=colors.black, strokeWidth=0.6))
    return drawing


def pie_chart(values: Sequence[float], *, size: float) -> Drawing:
    """A pie in greys, slices in the order of the table that goes with it."""
    drawing = Drawing(size, size)
    if not any(values):
        return drawing
    pie = Pie()
    pie.x = pie.y = 4
    pie.width = pie.height = size - 8
    pie.data = list(values)
    pie.labels = None
    pie.slices.strokeColor = colors.black
    pie.slices.strokeWidth = 0.5
    for index in range(len(values)):
        pie.slices[index].fillColor = GREYS[index % len(GREYS)]
    drawing.add(pie)
    return drawing


def swatch(index: int, size: float = 8) -> Drawing:
    """The grey of slice `index`, for the table beside a pie."""
    drawing = Drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=GREYS[index % len(GREYS)],
                     strokeColor=colors.black, strokeWidth=0.4))
    return drawing
