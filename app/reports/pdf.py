"""What every Caravane PDF shares: embedded fonts, Arabic shaping and
right-to-left ordering, a text flowable that wraps before it reorders,
mirrored tables, and "page X / Y" footers.

ReportLab has no bidi and no font fallback (PLATFORM.md), so text is drawn
here in runs: Arabic letters in Noto Sans Arabic, everything else in Noto
Sans.  A paragraph takes the document's direction; it is resolved once,
whole, with the Unicode bidi algorithm (python-bidi), broken into lines on
its reshaped *logical* text, and only then is each line put in display order
from the paragraph's levels.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

import arabic_reshaper
from bidi import algorithm as bidi_algorithm
from bidi.mirror import MIRRORED
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, LongTable, SimpleDocTemplate, TableStyle

from app.labels import DocText, Labels
from app.paths import resource

Output = Path | str | BinaryIO

LATIN, LATIN_BOLD = "NotoSans", "NotoSans-Bold"
ARABIC, ARABIC_BOLD = "NotoSansArabic", "NotoSansArabic-Bold"
_FONT_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}

GRID = colors.black
HEADER_FILL = colors.Color(0.86, 0.86, 0.86)  # light grey: survives a B&W printer
MUTED = colors.Color(0.3, 0.3, 0.3)

# Arabic letters, including the presentation forms the reshaper produces.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_RUNS = re.compile(
    "([\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+)"
)
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def register_fonts() -> None:
    """Embed the shipped fonts once per process."""
    if LATIN in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, BytesIO(resource("fonts", file).read_bytes())))
    pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD)
    pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD)


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Arabic letters joined into their contextual forms (logical order kept)."""
    return str(_RESHAPER.reshape(text)) if has_arabic(text) else text


# ---- paragraphs in display order (UAX #9, once per paragraph) -----------------------
#
# A paragraph is resolved once, whole, with its own base direction; lines are
# broken on the logical text; then each line is put in display order from the
# paragraph's levels (rules L1, L2, L4).  No line chooses its own direction.

_STRONG_RTL = frozenset({"R", "AL"})
# Explicit formatting characters and boundary neutrals (rule X9): invisible,
# and dropped first so that the levels stay one per character drawn.
_INVISIBLE = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "BN", "LRI", "RLI", "FSI", "PDI"})
# Digits joined by single separators - a law number (09-08), a date, a time,
# a phone number (06 12 34 56 78), a masked CIN (•••••456) - stay one
# left-to-right unit whatever surrounds them: UAX #9 alone prints "09-08"
# after an Arabic word as "08-09".  " - " between two dates is no joiner, so
# a date range still reads from the right in Arabic.
_NUMBER_UNIT = re.compile(r"[\d•*]+(?:(?:[-./:,\u00a0\u202f]| (?=[\d•*]))[\d•*]+)*")
# Left-to-right, right-to-left and Arabic letter marks: strong, but invisible.
_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")
_MARKS_RE = re.compile("[\u200e\u200f\u061c]")
# Where lines may break: ASCII blanks only (no-break spaces hold numbers together).
_BLANKS = re.compile(r"[ \t\r\f\v]+")
# Where a word too wide for its column may break before its letters do.
_SOFT_BREAKS = re.compile(r"(?<=[-_/])")


def _normalized(paragraph: str) -> str:
    """One space between words, no invisible direction marks."""
    if not paragraph.isascii() and any(
        unicodedata.bidirectional(char) in _INVISIBLE for char in paragraph
    ):
        paragraph = "".join(
            char for char in paragraph if unicodedata.bidirectional(char) not in _INVISIBLE
        )
    return _BLANKS.sub(" ", paragraph).strip()


def base_rtl(paragraph: str, rtl: bool) -> bool:
    """A paragraph's base direction: the document's (`rtl`), unless the
    paragraph's letters are all of the other direction - a French sentence or
    a Latin name in an Arabic document, a name in Arabic in a French one -
    which then reads its own way.  Digits and punctuation alone follow the
    document."""
    if paragraph.isascii():
        return rtl and not any(char.isalpha() for char in paragraph)
    has_rtl = has_ltr = False
    for char in paragraph:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            has_rtl = True
        elif kind == "L":
            has_ltr = True
        if has_rtl and has_ltr:
            return rtl
    return (has_rtl or not has_ltr) if rtl else (has_rtl and not has_ltr)


def _levels(paragraph: str, base_level: int) -> list[int]:
    """The resolved embedding level of each character (rules P to I) of a
    paragraph with no invisible marks, with python-bidi's implementation."""
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    bidi_algorithm.get_embedding_levels(paragraph, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels = [char["level"] for char in storage["chars"]]
    for match in _NUMBER_UNIT.finditer(paragraph):
        digits = [i for i in range(match.start(), match.end()) if paragraph[i].isdigit()]
        if digits:
            level = levels[digits[0]]
            levels[match.start() : match.end()] = [level] * (match.end() - match.start())
    return levels


def _reorder(line: str, levels: list[int], base_level: int) -> str:
    """One line of a resolved paragraph in display order (rules L1, L2, L4)."""
    levels = list(levels)
    end = len(line)
    while end and line[end - 1].isspace():  # L1: trailing blanks at the paragraph's level
        end -= 1
        levels[end] = base_level
    chars = [
        MIRRORED.get(char, char) if level % 2 and unicodedata.mirrored(char) else char
        for char, level in zip(line, levels, strict=True)
    ]
    order = list(range(len(line)))
    odd = [level for level in levels if level % 2]
    if odd:
        for level in range(max(levels), min(odd) - 1, -1):  # L2
            i = 0
            while i < len(order):
                if levels[order[i]] < level:
                    i += 1
                    continue
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
    return "".join(chars[k] for k in order)


def _display(paragraph: str, rtl: bool, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The lines `spans` of a normalized, shaped paragraph in display order."""
    base = 1 if base_rtl(paragraph, rtl) else 0
    if base == 0 and not has_arabic(paragraph):
        return [paragraph[start:end] for start, end in spans]  # nothing to reorder
    levels = _levels(paragraph, base)
    lines = [_reorder(paragraph[start:end], levels[start:end], base) for start, end in spans]
    # Direction marks typed in have done their work: they have no glyph.
    return [line.translate(_MARKS) for line in lines] if _MARKS_RE.search(paragraph) else lines


def visual(line: str, rtl: bool) -> str:
    """One line of shaped logical text in display order (a paragraph that is
    not wrapped: a chart label, a footer)."""
    paragraph = _normalized(line)
    return _display(paragraph, rtl, [(0, len(paragraph))])[0]


def fonts(bold: bool) -> tuple[str, str]:
    return (LATIN_BOLD, ARABIC_BOLD) if bold else (LATIN, ARABIC)


@lru_cache(maxsize=20000)
def runs(line: str, bold: bool) -> tuple[tuple[str, str], ...]:
    """(text, font) runs: Arabic letters in the Arabic font, the rest in Latin
    (cached: table cells repeat the same words and numbers)."""
    latin, arabic = fonts(bold)
    return tuple(
        (part, arabic if i % 2 else latin) for i, part in enumerate(_RUNS.split(line)) if part
    )


@lru_cache(maxsize=20000)
def text_width(line: str, size: float, bold: bool = False) -> float:
    return float(sum(pdfmetrics.stringWidth(part, font, size) for part, font in runs(line, bold)))


def _words(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each word of a normalized paragraph."""
    spans = []
    start = 0
    for word in paragraph.split(" "):
        if word:
            spans.append((start, start + len(word)))
        start += len(word) + 1
    return spans


def _split_long_word(
    paragraph: str, start: int, end: int, width: float, size: float, bold: bool
) -> list[tuple[int, int]]:
    """Pieces of a word wider than the column, each as long as fits; cut
    after a hyphen, an underscore or a slash when one comes late enough,
    between letters otherwise."""
    pieces: list[tuple[int, int]] = []
    while text_width(paragraph[start:end], size, bold) > width:
        cut = start + 1
        while cut < end and text_width(paragraph[start : cut + 1], size, bold) <= width:
            cut += 1
        soft = [m.start() for m in _SOFT_BREAKS.finditer(paragraph, start + 1, cut + 1)]
        if soft and text_width(paragraph[start : soft[-1]], size, bold) >= width / 3:
            cut = soft[-1]
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _line_spans(paragraph: str, width: float, size: float, bold: bool) -> list[tuple[int, int]]:
    """(start, end) of the lines of a normalized paragraph that fit `width`
    (greedy, by words; decided on the logical text)."""
    spans: list[tuple[int, int]] = []
    space = text_width(" ", size, bold)
    line: tuple[int, int] | None = None
    line_width = 0.0
    for start, end in _words(paragraph):
        word_width = text_width(paragraph[start:end], size, bold)
        if line is not None and line_width + space + word_width <= width:
            line, line_width = (line[0], end), line_width + space + word_width
            continue
        if line is not None:
            spans.append(line)
        if word_width <= width:
            line, line_width = (start, end), word_width
            continue
        pieces = _split_long_word(paragraph, start, end, width, size, bold)
        spans.extend(pieces[:-1])
        line = pieces[-1]
        line_width = text_width(paragraph[line[0] : line[1]], size, bold)
    spans.append(line or (0, 0))
    return spans


def wrap_lines(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Logical lines of shaped `text` that fit `width` (greedy, by words)."""
    lines = []
    for raw in text.split("\n"):
        paragraph = _normalized(shape(raw))
        lines += [paragraph[start:end] for start, end in _line_spans(paragraph, width, size, bold)]
    return lines


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    line: str,
    *,
    size: float,
    bold: bool = False,
    align: str = "left",
    color: colors.Color = colors.black,
) -> float:
    """Draw one visual-order line at baseline `y`; `x` is the left edge, the
    centre or the right edge depending on `align`.  Returns its width."""
    width = text_width(line, size, bold)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    canvas.setFillColor(color)
    # One text object; each run placed where it starts, so that a reader of
    # the file (and the tests) finds every word where it is seen.
    text = canvas.beginText(x, y)
    parts = runs(line, bold)
    for index, (part, font) in enumerate(parts):
        if index:
            text.setTextOrigin(x, y)
        text.setFont(font, size)
        text.textOut(part)
        if index + 1 < len(parts):
            x += _run_width(part, font, size)
    canvas.drawText(text)
    return width


@lru_cache(maxsize=20000)
def _run_width(part: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(part, font, size))


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    rtl: bool,
    size: float,
    bold: bool = False,
    align: str = "left",
    color: colors.Color = colors.black,
) -> float:
    """One line of logical text (shaped and reordered here)."""
    return draw_line(
        canvas, x, y, visual(shape(text), rtl), size=size, bold=bold, align=align, color=color
    )


@lru_cache(maxsize=20000)
def laid_out(text: str, width: float, size: float, bold: bool, rtl: bool) -> list[str]:
    """Display lines of `text` for a width: each paragraph (a line of
    `text`) is shaped, broken into lines on its logical order, and only then
    each line is put in display order from the whole paragraph's bidi levels
    (cached: tables wrap cells several times, and labels, dates and names
    repeat)."""
    lines: list[str] = []
    for raw in text.split("\n"):
        paragraph = _normalized(shape(raw))
        lines += _display(paragraph, rtl, _line_spans(paragraph, width, size, bold))
    return lines


class Text(Flowable):  # type: ignore[misc]
    """Wrapped text in one font size, for paragraphs and table cells.

    `align` is "start" (left in French, right in Arabic), "end", "center",
    "left" or "right".
    """

    def __init__(
        self,
        text: str,
        *,
        rtl: bool,
        size: float = 9,
        bold: bool = False,
        align: str = "start",
        leading: float | None = None,
        color: colors.Color = colors.black,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.text = text or ""
        self.rtl = rtl
        self.size = size
        self.bold = bold
        self.leading = leading or size * 1.3
        self.color = color
        self.spaceAfter = space_after
        if align == "start":
            align = "right" if rtl else "left"
        elif align == "end":
            align = "left" if rtl else "right"
        self.align = align
        self._lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._lines = laid_out(self.text, max(avail_width, self.size), self.size, self.bold,
                               self.rtl)
        self.height = self.leading * len(self._lines)
        return self.width, self.height

    def draw(self) -> None:
        x = {"left": 0.0, "center": self.width / 2, "right": self.width}[self.align]
        # First baseline: one leading down, minus the descent room.
        y = self.height - self.size
        for line in self._lines:
            draw_line(
                self.canv, x, y, line, size=self.size, bold=self.bold, align=self.align,
                color=self.color,
            )
            y -= self.leading


class Column:
    """A table column: header text, width in points, alignment of its cells."""

    def __init__(self, header: str, width: float, align: str = "start") -> None:
        self.header = header
        self.width = width
        self.align = align


# Cell padding of every grid table (points).
_PAD_X, _PAD_TOP, _PAD_BOTTOM = 3, 2, 3


def table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    rtl: bool,
    size: float = 8.5,
    header_size: float | None = None,
    min_row_height: float | None = None,
    extra_style: Sequence[tuple[Any, ...]] = (),
    closing: Sequence[Flowable] = (),
    keep_last: int = 0,
) -> LongTable:
    """A grid table whose header row repeats on every page; mirrored (column
    order reversed, text right-aligned) for right-to-left documents.

    `closing` flowables (totals, a signature line) follow the last row inside
    the table, without borders across its whole width, and stay on one page
    with the last `keep_last` rows: the table never breaks between them, so
    they never stand alone on a page of their own."""
    order = list(reversed(range(len(columns)))) if rtl else list(range(len(columns)))
    header_size = header_size or size
    header = [
        Text(columns[i].header, rtl=rtl, size=header_size, bold=True, align="center")
        for i in order
    ]
    # An empty cell (a signature box, a walk-in row) stays a plain "": nothing
    # to wrap or draw.
    body: list[list[Text | str]] = [
        [Text(row[i], rtl=rtl, size=size, align=columns[i].align) if row[i] else ""
         for i in order]
        for row in rows
    ]
    heights: list[float | None] | None = None
    if min_row_height is not None:
        # At least `min_row_height` (room to sign), taller when a cell's text
        # needs it: a fixed height let a long name overprint the rows below.
        widths = [columns[i].width - 2 * _PAD_X for i in order]
        heights = [None]
        heights += [
            max(
                min_row_height,
                _PAD_TOP + _PAD_BOTTOM
                + max(
                    (cell.wrap(w, 1e6)[1] for cell, w in zip(cells, widths, strict=True)
                     if isinstance(cell, Text)),
                    default=0,
                ),
            )
            for cells in body
        ]
    data: list[list[Flowable | str]] = [list(header), *(list(cells) for cells in body)]
    last_row = len(data) - 1
    if closing:
        full_width = sum(column.width for column in columns)
        if heights is None:
            heights = [None] * len(data)
        for flowable in closing:
            data.append([flowable] + [""] * (len(columns) - 1))
            heights.append(flowable.wrap(full_width, 1e6)[1])
    result = LongTable(
        data, colWidths=[columns[i].width for i in order], rowHeights=heights, repeatRows=1
    )
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, last_row), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_BOTTOM),
        # An empty "" cell measures as one line of text, like an empty Text.
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.3),
    ]
    if closing:
        first = last_row + 1
        style += [("SPAN", (0, row), (-1, row)) for row in range(first, len(data))]
        style += [
            ("VALIGN", (0, first), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, first), (-1, -1), 0),
            ("RIGHTPADDING", (0, first), (-1, -1), 0),
            ("TOPPADDING", (0, first), (-1, -1), 0),
            ("BOTTOMPADDING", (0, first), (-1, -1), 0),
        ]
    if keep_last or closing:
        # ReportLab's own page break never falls inside a NOSPLIT range.
        style.append(("NOSPLIT", (0, max(1, last_row - keep_last + 1)), (-1, -1)))
    result.setStyle(TableStyle(style + list(extra_style)))
    return result


PageDecorator = Callable[[Canvas, int, int], None]


def numbered_canvas(decorate: PageDecorator) -> type[Canvas]:
    """A canvas class that knows the page count when it draws each page's
    running header/footer (`decorate(canvas, page, pages)`)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, pages)
                super().showPage()
            super().save()

    return NumberedCanvas


def footer(labels: Labels, left_note: str = "") -> PageDecorator:
    """The usual footer: a note on one side, "page X / Y" on the other."""

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        width, _ = canvas._pagesize  # noqa: SLF001 - ReportLab has no public getter
        margin = 12 * mm
        y = 8 * mm
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        canvas.line(margin, y + 9, width - margin, y + 9)
        number = labels(DocText.PAGE_OF, page=page, pages=pages)
        start_x, end_x = (width - margin, margin) if labels.rtl else (margin, width - margin)
        start_align, end_align = ("right", "left") if labels.rtl else ("left", "right")
        if left_note:
            draw_text(canvas, start_x, y, left_note, rtl=labels.rtl, size=7, align=start_align,
                      color=MUTED)
        draw_text(canvas, end_x, y, number, rtl=labels.rtl, size=8, align=end_align)

    return decorate


def page_size(landscape: bool = False) -> tuple[float, float]:
    return (A4[1], A4[0]) if landscape else A4


def heading(text: str, *, rtl: bool, size: float = 12) -> Flowable:
    result = Text(text, rtl=rtl, size=size, bold=True, space_after=4)
    result.keepWithNext = 1  # never a heading alone at the foot of a page
    return result


def key_values(
    pairs: Sequence[tuple[str, str]], *, rtl: bool, width: float, size: float = 9
) -> LongTable:
    """A two-column label/value grid (label on the start side)."""
    label_width = min(width * 0.32, 60 * mm)
    data = []
    for label, value in pairs:
        cells = [Text(label, rtl=rtl, size=size, bold=True), Text(value, rtl=rtl, size=size)]
        data.append(cells[::-1] if rtl else cells)
    widths = [label_width, width - label_width]
    result = LongTable(data, colWidths=widths[::-1] if rtl else widths)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (-1 if rtl else 0, 0), (-1 if rtl else 0, -1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def build_pdf(
    out: Output,
    story: list[Flowable],
    labels: Labels,
    *,
    title: str,
    landscape: bool = False,
    note: str = "",
    margin: float = 14 * mm,
) -> None:
    """A multi-page document with the usual footer and page numbers."""
    register_fonts()
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=page_size(landscape),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 4 * mm,
        title=title,
        author=labels(DocText.CCIS),
    )
    doc.build(story, canvasmaker=numbered_canvas(footer(labels, note)))


def content_width(landscape: bool = False, margin: float = 14 * mm) -> float:
    return page_size(landscape)[0] - 2 * margin


def document_header(labels: Labels, title: str, subtitle: str = "") -> list[Flowable]:
    """Issuing bodies, then the document's title (and subtitle)."""
    rtl = labels.rtl
    story: list[Flowable] = [
        Text(labels(DocText.CCIS), rtl=rtl, size=9.5, bold=True, align="center"),
        Text(f"{labels(DocText.REGION)} - {labels(DocText.PROGRAMME)}", rtl=rtl, size=8.5,
             align="center", color=MUTED, space_after=6),
        Text(title, rtl=rtl, size=16, bold=True, align="center", space_after=2),
    ]
    if subtitle:
        story.append(Text(subtitle, rtl=rtl, size=10, align="center", space_after=6))
    return story
