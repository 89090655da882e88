"""Where text and ruled lines sit on a PDF page, read from the page itself.

A small reader of the content stream (pypdf parses it): the graphics state
(q/Q/cm), the text state (BT, Tm, Td, T*, TL, Tf), each shown string
(Tj/TJ), decoded through its font's ToUnicode map and advanced by its
font's /Widths, and the stroked straight lines (m/l/S) of table grids.
A run's box is its advance horizontally and its glyphs' ink vertically
(measured with Pillow/FreeType in the embedded font's original file), so two
boxes that overlap are text printed over text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from PIL import ImageFont
from pypdf import PageObject

from app.paths import resource

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)
_BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_EM = 1000  # Pillow measures at 1000 px per em: font units


@dataclass(frozen=True)
class Run:
    """One string as shown: `text`, its box in page points (y upwards)."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    baseline: float
    size: float
    upright: bool  # False for rotated text (a watermark)

    def overlaps(self, other: Run | Box) -> bool:
        return (
            self.x0 < other.x1 and other.x0 < self.x1
            and self.bottom < other.top and other.bottom < self.top
        )


@dataclass(frozen=True)
class Box:
    x0: float
    x1: float
    bottom: float
    top: float


@dataclass(frozen=True)
class Rule:
    """A stroked straight line."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return abs(self.y0 - self.y1) < 0.01

    @property
    def vertical(self) -> bool:
        return abs(self.x0 - self.x1) < 0.01


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m × n (PDF row-vector convention: apply m, then n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2, a * b2 + b * d2,
        c * a2 + d * c2, c * b2 + d * d2,
        e * a2 + f * c2 + e2, e * b2 + f * d2 + f2,
    )


def _point(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


@dataclass
class _Font:
    to_unicode: dict[int, str]
    widths: list[float]
    first_char: int
    missing_width: float
    file: str


def _font(font: Any) -> _Font:
    font = font.get_object()
    mapping: dict[int, str] = {}
    if "/ToUnicode" in font:
        cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
            for code, text in _BFCHAR.findall(block):
                mapping[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    descriptor = font.get("/FontDescriptor")
    missing = float(descriptor.get_object().get("/MissingWidth", 0)) if descriptor else 0.0
    base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
    return _Font(
        mapping, [float(w) for w in font.get("/Widths", [])], int(font.get("/FirstChar", 0)),
        missing, base,
    )


@cache
def _face(base_font: str) -> ImageFont.FreeTypeFont:
    """The shipped font file a subset was made from (NotoSans-Regular.ttf...)."""
    path = resource("fonts", f"{base_font}.ttf")
    return ImageFont.truetype(str(path), _EM, layout_engine=ImageFont.Layout.BASIC)


@cache
def _ink(base_font: str, text: str) -> tuple[float, float]:
    """(descent, ascent) of the glyphs' ink in em, below and above the baseline."""
    if not text.strip():
        return 0.0, 0.0
    _left, top, _right, bottom = _face(base_font).getbbox(text, anchor="ls")
    return max(0.0, bottom / _EM), max(0.0, -top / _EM)


def layout(page: PageObject) -> tuple[list[Run], list[Rule]]:
    """Every shown string and every stroked straight line of `page`."""
    resources: Any = page["/Resources"]
    fonts = {name: _font(font) for name, font in resources.get("/Font", {}).items()}
    runs: list[Run] = []
    rules: list[Rule] = []
    ctm: Matrix = IDENTITY
    stack: list[Matrix] = []
    tm: Matrix = IDENTITY
    tlm: Matrix = IDENTITY
    leading = 0.0
    font: _Font | None = None
    size = 0.0
    path: list[tuple[float, float]] = []
    segments: list[tuple[tuple[float, float], tuple[float, float]]] = []

    def show(raw: bytes) -> None:
        nonlocal tm
        assert font is not None
        advance = 0.0
        for code in raw:
            index = code - font.first_char
            width = font.widths[index] if 0 <= index < len(font.widths) else font.missing_width
            advance += width / 1000 * size
        text = "".join(font.to_unicode.get(code, "\ufffd") for code in raw)
        full = _times(tm, ctm)
        x0, y0 = _point(full, 0, 0)
        x1, _ = _point(full, advance, 0)
        descent, ascent = _ink(font.file, text)
        scale = (full[2] ** 2 + full[3] ** 2) ** 0.5  # vertical scale of text space
        upright = abs(full[1]) < 1e-6 and abs(full[2]) < 1e-6
        runs.append(
            Run(text, min(x0, x1), max(x0, x1), y0 - descent * size * scale,
                y0 + ascent * size * scale, y0, size * scale, upright)
        )
        tm = _times((1, 0, 0, 1, advance, 0), tm)

    for operands, operator in page.get_contents().operations:  # type: ignore[union-attr]
        op = operator.decode()
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            ctm = _times(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif op == "BT":
            tm = tlm = IDENTITY
        elif op == "Tm":
            tm = tlm = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif op in ("Td", "TD"):
            tlm = _times((1, 0, 0, 1, float(operands[0]), float(operands[1])), tlm)
            tm = tlm
            if op == "TD":
                leading = -float(operands[1])
        elif op == "TL":
            leading = float(operands[0])
        elif op == "T*":
            tlm = _times((1, 0, 0, 1, 0, -leading), tlm)
            tm = tlm
        elif op == "Tf":
            font, size = fonts.get(operands[0]), float(operands[1])
        elif op == "Tj":
            show(bytes(operands[0].original_bytes if hasattr(operands[0], "original_bytes")
                       else operands[0]))
        elif op == "TJ":
            for item in operands[0]:
                if isinstance(item, int | float) or hasattr(item, "as_numeric"):
                    tm = _times((1, 0, 0, 1, -float(item) / 1000 * size, 0), tm)
                else:
                    show(bytes(item.original_bytes if hasattr(item, "original_bytes") else item))
        elif op == "m":
            path = [_point(ctm, float(operands[0]), float(operands[1]))]
        elif op == "l":
            end = _point(ctm, float(operands[0]), float(operands[1]))
            if path:
                segments.append((path[-1], end))
            path.append(end)
        elif op in ("S", "s"):
            rules += [Rule(a[0], a[1], b[0], b[1]) for a, b in segments]
            segments, path = [], []
        elif op == "n":
            segments, path = [], []
    return runs, rules


def cells(rules: list[Rule]) -> list[Box]:
    """The boxes of a ruled grid: between neighbouring vertical rules, and
    between neighbouring horizontal rules that cross that column."""
    upright = [r for r in rules if r.vertical]
    if not upright:
        return []
    verticals = sorted({round(r.x0, 2) for r in upright})
    # Only the horizontal rules within the grid's height (not a footer's line).
    low = min(min(r.y0, r.y1) for r in upright) - 0.01
    high = max(max(r.y0, r.y1) for r in upright) + 0.01
    found: list[Box] = []
    for left, right in zip(verticals, verticals[1:], strict=False):
        middle = (left + right) / 2
        ys = sorted(
            {
                round(r.y0, 2)
                for r in rules
                if r.horizontal and low <= r.y0 <= high
                and min(r.x0, r.x1) <= middle <= max(r.x0, r.x1)
            }
        )
        found += [Box(left, right, y0, y1) for y0, y1 in zip(ys, ys[1:], strict=False)]
    return found
