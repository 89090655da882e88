"""Attestation de participation: issuing bodies, the person's name in both
scripts, the training, dates, hours, place, signatory, a serial number and
a QR code carrying the address of its verification page (or, printed
before the laptop joined the CCIS server, a sentence saying how to verify
it).  The sentences agree with the person (Arabic "شارك" / "شاركت"), hours
are said with their Arabic plural ("10 ساعات و45 دقيقة").  One A4
landscape page."""

from __future__ import annotations

from pathlib import Path

import segno
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table

from app.labels import CERTIFICATE_ISSUED_ON, DocText, Labels, about_person, hours_phrase
from app.reports.pdf import MUTED, Column, Output, Text, page_size, register_fonts, table
from app.services.documents.certificate import CertificateData

MARGIN = 16 * mm
QR_SIZE = 30 * mm


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code drawn as vector squares (crisp at any print resolution)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.matrix = segno.make(payload, error="m").matrix
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.matrix)
        cell = self.size / count
        self.canv.setFillColor(colors.black)
        # One path of one rectangle per horizontal run, filled once: fewer
        # PDF operators than a filled rectangle per module.
        path = self.canv.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + 1) * cell
            column = 0
            while column < count:
                if row[column]:
                    start = column
                    while column < count and row[column]:
                        column += 1
                    path.rect(start * cell, y, (column - start) * cell, cell)
                else:
                    column += 1
        self.canv.drawPath(path, stroke=0, fill=1)


def _border(canvas: Canvas, _doc: object) -> None:
    width, height = canvas._pagesize  # noqa: SLF001 - no public getter
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(2)
    canvas.rect(8 * mm, 8 * mm, width - 16 * mm, height - 16 * mm)
    canvas.setLineWidth(0.6)
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    canvas.restoreState()


def _training_title(data: CertificateData, labels: Labels) -> str:
    if len(data.modules) == 1:
        module = data.modules[0]
        return module.title_ar if labels.rtl and module.title_ar else module.title_fr
    return labels(DocText.TRAINING_CYCLE)


def _dates(data: CertificateData, labels: Labels) -> str:
    if data.first_date == data.last_date:
        return labels(DocText.CERTIFICATE_DAY, date=labels.date(data.first_date))
    return labels(
        DocText.CERTIFICATE_PERIOD,
        start=labels.date(data.first_date),
        end=labels.date(data.last_date),
    )


def build_story(data: CertificateData, labels: Labels, width: float) -> list[Flowable]:
    rtl = labels.rtl
    place = data.place_ar if rtl and data.place_ar else data.place_fr
    name = f"{data.first_name} {data.last_name.upper()}".strip()
    # Someone registered by their Arabic name only has no Latin one.
    both_scripts = "   -   ".join(part for part in (name, data.name_ar) if part)
    details = [
        _dates(data, labels),
        labels(DocText.CERTIFICATE_HOURS, hours=hours_phrase(labels.lang, data.total_minutes)),
    ]
    if place:
        details.insert(1, labels(DocText.CERTIFICATE_PLACE, place=place))
    story: list[Flowable] = [
        Text(labels(DocText.CCIS), rtl=rtl, size=12, bold=True, align="center"),
        Text(f"{labels(DocText.REGION)} - {labels(DocText.PROGRAMME)}", rtl=rtl, size=10,
             align="center", color=MUTED, space_after=10),
        Spacer(1, 8 * mm),
        Text(labels(DocText.CERTIFICATE), rtl=rtl, size=28, bold=True, align="center",
             space_after=8 * mm),
        Text(labels(DocText.CERTIFICATE_INTRO), rtl=rtl, size=12, align="center",
             space_after=6),
        Text(both_scripts, rtl=rtl, size=20, bold=True, align="center", space_after=6),
        Text(about_person(labels, DocText.CERTIFICATE_BODY, data.sex), rtl=rtl, size=12,
             align="center", space_after=4),
        Text(_training_title(data, labels), rtl=rtl, size=15, bold=True, align="center",
             space_after=4),
        Text(labels.join(details), rtl=rtl, size=12, align="center", space_after=12),
    ]
    if len(data.modules) > 1:
        rows = [
            [
                (m.title_ar if rtl and m.title_ar else m.title_fr),
                labels.date(m.first_date),
                hours_phrase(labels.lang, m.minutes),
            ]
            for m in data.modules
        ]
        # Arabic says its hours in words ("ساعتان و55 دقيقة").
        hours_width = 36 * mm if rtl else 20 * mm
        columns = [
            Column(labels(DocText.MODULES_FOLLOWED), 140 * mm - hours_width),
            Column(labels(DocText.DATE), 28 * mm, "center"),
            Column(labels(DocText.HOURS), hours_width, "center"),
        ]
        modules = table(columns, rows, rtl=rtl, size=9)
        modules.hAlign = "CENTER"
        story += [modules, Spacer(1, 10 * mm)]
    else:
        story.append(Spacer(1, 20 * mm))
    story.append(_bottom(data, labels, width, place))
    return story


def _proof(data: CertificateData, labels: Labels) -> list[list[Flowable]]:
    """The QR code, the serial and how to verify: by phone when the laptop
    knows its server's address, else in words with the serial."""
    rtl = labels.rtl
    serial = [Text(labels(DocText.SERIAL, serial=data.serial), rtl=rtl, size=9.5, bold=True)]
    if data.qr_payload is None:
        offline = labels(DocText.VERIFY_HINT_OFFLINE, serial=data.serial)
        return [serial, [Text(offline, rtl=rtl, size=9)]]
    hint = labels(DocText.VERIFY_HINT, url=data.verify_url)
    return [[QrCode(data.qr_payload, QR_SIZE)], serial, [Text(hint, rtl=rtl, size=7, color=MUTED)]]


def _bottom(data: CertificateData, labels: Labels, width: float, place: str) -> Table:
    """QR code and serial on the start side, date and signatory on the end side."""
    rtl = labels.rtl
    proof = Table(_proof(data, labels), colWidths=[95 * mm])
    proof.setStyle([
        ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ])
    signed = [
        Text(labels(DocText.ISSUED_AT_ON, place=place, date=labels.date(data.issued_on))
             if place else labels(CERTIFICATE_ISSUED_ON, date=labels.date(data.issued_on)),
             rtl=rtl, size=11, align="center", space_after=4),
        Text(labels(DocText.SIGNATORY), rtl=rtl, size=11, bold=True, align="center"),
    ]
    room = width - 95 * mm
    cells = [[proof, signed]]
    widths = [95 * mm, room]
    if rtl:
        cells, widths = [cells[0][::-1]], widths[::-1]
    bottom = Table(cells, colWidths=widths)
    bottom.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
    return bottom


def render(data: CertificateData, labels: Labels, out: Output) -> None:
    """Write the certificate as a one-page PDF to a path or a binary file object."""
    register_fonts()
    size = page_size(landscape=True)
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{labels(DocText.CERTIFICATE)} {data.serial}",
        author=labels(DocText.CCIS),
    )
    doc.build(
        build_story(data, labels, size[0] - 2 * MARGIN), onFirstPage=_border, onLaterPages=_border
    )
