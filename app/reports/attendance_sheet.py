"""Feuille de présence: the sheet participants sign, one row per person, a
signature box per half-day, blank rows for walk-ins.  A4 landscape, black and
white, the table header repeated on every page.

A row grows with its text (a name wraps within its cell, cut at its field's
length limit so that no row outgrows a page); the totals and the trainer's
signature stay on the page of the last rows; a cancelled session's sheet says
so under its title and across every page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table

from app.labels import DocText, Labels
from app.models.enums import Sex
from app.reports.pdf import (
    GRID,
    MUTED,
    Column,
    Output,
    Text,
    draw_text,
    footer,
    numbered_canvas,
    page_size,
    register_fonts,
    table,
)
from app.rules.fields import text_limit
from app.services.documents.attendance_sheet import AttendanceSheetData

MARGIN = 12 * mm
ROW_HEIGHT = 24  # points: room for a signature
DEFAULT_BLANK_ROWS = 8
# The last rows that the totals and the trainer's signature keep with them.
ROWS_KEPT_WITH_TOTALS = 3
ELLIPSIS = "…"
WATERMARK = colors.Color(0.5, 0.5, 0.5, alpha=0.18)  # grey: any printer, text still legible


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, "…" included: a value longer than
    its field allows (an old laptop, an import) cannot make a row taller than
    a page."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def _name(last_name: str, first_name: str) -> str:
    return " ".join(
        part
        for part in (
            clip(last_name, text_limit("beneficiary", "last_name")).upper(),
            clip(first_name, text_limit("beneficiary", "first_name")),
        )
        if part
    )


def _time(value: dt.time) -> str:
    return value.strftime("%H:%M")


def _columns(data: AttendanceSheetData, labels: Labels, width: float) -> list[Column]:
    fixed = [
        Column(labels(DocText.NUMBER), 24, "center"),
        Column(labels(DocText.NAME), 150),
        Column(labels(DocText.NAME_AR), 130, "right"),
        Column(labels(DocText.SEX), 42, "center"),
        Column(labels(DocText.AGE_BAND), 58, "center"),
        Column(labels(DocText.CIN), 62, "center"),
        Column(labels(DocText.PHONE), 86, "center"),
    ]
    room = width - sum(c.width for c in fixed)
    if len(data.half_days) == 2:
        signatures = [
            Column(f"{labels(DocText.SIGNATURE)} - {labels(DocText.MORNING)}", room / 2),
            Column(f"{labels(DocText.SIGNATURE)} - {labels(DocText.AFTERNOON)}", room / 2),
        ]
    else:
        signatures = [Column(labels(DocText.SIGNATURE), room)]
    for column in signatures:
        column.align = "center"
    return fixed + signatures


def _rows(data: AttendanceSheetData, labels: Labels, blank_rows: int) -> list[list[str]]:
    signatures = [""] * len(data.half_days)
    rows: list[list[str]] = []
    for number, person in enumerate(data.participants, start=1):
        rows.append(
            [
                str(number),
                _name(person.last_name, person.first_name),
                clip(person.name_ar, text_limit("beneficiary", "name_ar")),
                labels.code("sex", person.sex),
                labels.code("age_band", person.age_band),
                person.cin_masked,
                person.phone_masked,
                *signatures,
            ]
        )
    start = len(rows) + 1
    for number in range(start, start + blank_rows):
        rows.append([str(number), "", "", "", "", "", "", *signatures])
    return rows


def _times(data: AttendanceSheetData, labels: Labels) -> str:
    """"09:00 - 17:00, pause 12:30 - 13:30 (7 h)": the hours the session counts."""
    parts = [labels(DocText.TIME_RANGE, start=_time(data.start_time), end=_time(data.end_time))]
    if data.break_start is not None and data.break_end is not None:
        parts.append(
            labels(DocText.BREAK_RANGE, start=_time(data.break_start), end=_time(data.break_end))
        )
    return f"{labels.join(parts)} ({labels.hours(data.planned_hours)})"


def _info_block(data: AttendanceSheetData, labels: Labels, width: float) -> Table:
    rtl = labels.rtl
    module = data.module_title_ar if rtl and data.module_title_ar else data.module_title_fr
    commune = data.commune_name_ar if rtl and data.commune_name_ar else data.commune_name_fr
    pairs = [
        (labels(DocText.MODULE), f"{module} ({data.module_code})" if data.module_code else module),
        (labels(DocText.DATE), labels.date(data.session_date)),
        (labels(DocText.TIMES), _times(data, labels)),
        (labels(DocText.COMMUNE), commune),
        (labels(DocText.PLACE), clip(data.place, text_limit("training_session", "place"))),
        (
            labels(DocText.TRAINER),
            labels.join([clip(name, text_limit("app_user", "name")) for name in data.trainers]),
        ),
    ]
    # Two label/value pairs per line.
    half = width / 2
    widths = [half * 0.28, half * 0.72, half * 0.28, half * 0.72]
    rows: list[list[Flowable]] = []
    for i in range(0, len(pairs), 2):
        line: list[Flowable] = []
        for label, value in pairs[i : i + 2]:
            line.append(Text(label, rtl=rtl, size=9, bold=True))
            line.append(Text(value, rtl=rtl, size=9))
        rows.append(line[::-1] if rtl else line)
    block = Table(rows, colWidths=widths[::-1] if rtl else widths)
    block.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    return block


def _totals(data: AttendanceSheetData, labels: Labels) -> list[str]:
    lines = [
        labels(
            DocText.TOTALS_BY_SEX,
            total=data.count(),
            women=data.count(Sex.FEMALE),
            men=data.count(Sex.MALE),
        )
    ]
    present: dict[str, object]
    if data.attendance_taken:
        present = dict(
            total=data.count(present=True),
            women=data.count(Sex.FEMALE, present=True),
            men=data.count(Sex.MALE, present=True),
        )
    else:
        present = dict(total="____", women="____", men="____")
    lines.append(labels(DocText.PRESENT_TOTALS, **present))
    return lines


def _closing(data: AttendanceSheetData, labels: Labels) -> list[Flowable]:
    """Totals and the trainer's signature, with room to sign."""
    rtl = labels.rtl
    closing: list[Flowable] = [Spacer(1, 8)]
    closing += [Text(line, rtl=rtl, size=9.5, bold=True) for line in _totals(data, labels)]
    closing.append(Spacer(1, 10))
    closing.append(Text(f"{labels(DocText.TRAINER_SIGNATURE)} : " + "_" * 40, rtl=rtl, size=10))
    closing.append(Spacer(1, 26))
    return closing


def _cancelled_banner(labels: Labels, width: float) -> Table:
    """A framed "SÉANCE ANNULÉE" under the title."""
    banner = Table(
        [[Text(labels(DocText.CANCELLED_SESSION), rtl=labels.rtl, size=14, bold=True,
               align="center")]],
        colWidths=[min(width, 110 * mm)],
    )
    banner.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 2, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    )
    return banner


def build_story(
    data: AttendanceSheetData, labels: Labels, width: float, blank_rows: int
) -> list[Flowable]:
    rtl = labels.rtl
    story: list[Flowable] = [
        Text(labels(DocText.CCIS), rtl=rtl, size=10, bold=True, align="center"),
        Text(
            f"{labels(DocText.PROGRAMME)} - {labels(DocText.PARTNERS)}",
            rtl=rtl, size=8.5, align="center", color=MUTED, space_after=4,
        ),
        Text(labels(DocText.ATTENDANCE_SHEET), rtl=rtl, size=16, bold=True, align="center",
             space_after=6),
    ]
    if data.cancelled:
        story += [_cancelled_banner(labels, width), Spacer(1, 6)]
    story += [
        _info_block(data, labels, width),
        Spacer(1, 6),
        table(
            _columns(data, labels, width),
            _rows(data, labels, blank_rows),
            rtl=rtl,
            size=8.5,
            min_row_height=ROW_HEIGHT,
            closing=_closing(data, labels),
            keep_last=ROWS_KEPT_WITH_TOTALS,
        ),
    ]
    return story


def _watermark(canvas: Canvas, text: str, *, rtl: bool) -> None:
    """The text large, light and diagonal across the page."""
    width, height = canvas._pagesize  # noqa: SLF001 - no public getter
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(28)
    draw_text(canvas, 0, -20, text, rtl=rtl, size=72, bold=True, align="center",
              color=WATERMARK)
    canvas.restoreState()


def render(
    data: AttendanceSheetData,
    labels: Labels,
    out: Output,
    *,
    blank_rows: int = DEFAULT_BLANK_ROWS,
) -> None:
    """Write the sheet as a PDF to a path or a binary file object."""
    register_fonts()
    size = page_size(landscape=True)
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN + 4 * mm,
        title=labels(DocText.ATTENDANCE_SHEET),
        author=labels(DocText.CCIS),
    )
    base_footer = footer(labels, labels(DocText.SHEET_NOTE))
    running_title = " - ".join(
        part
        for part in (
            labels(DocText.ATTENDANCE_SHEET),
            data.module_title_ar if labels.rtl and data.module_title_ar else data.module_title_fr,
            labels.date(data.session_date),
        )
        if part
    )

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        base_footer(canvas, page, pages)
        if data.cancelled:
            _watermark(canvas, labels(DocText.CANCELLED_SESSION), rtl=labels.rtl)
        if page > 1:
            width, height = canvas._pagesize  # noqa: SLF001 - no public getter
            x, align = (width - MARGIN, "right") if labels.rtl else (MARGIN, "left")
            draw_text(canvas, x, height - MARGIN, running_title, rtl=labels.rtl, size=8,
                      align=align, color=MUTED)

    story = build_story(data, labels, size[0] - 2 * MARGIN, blank_rows)
    doc.build(story, canvasmaker=numbered_canvas(decorate))
