"""Rapport d'activité for a period and team: the programme's indicators
(the numbers of `caravane indicators`), charts and tables, and a page per
commune visited.  A4 portrait."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, LongTable, PageBreak, Spacer, Table, TableStyle

from app.labels import CODES, DocText, Labels
from app.reports.charts import bar_chart, pie_chart, swatch
from app.reports.pdf import (
    GRID,
    HEADER_FILL,
    Column,
    Output,
    Text,
    build_pdf,
    content_width,
    document_header,
    heading,
    key_values,
    table,
)
from app.services.documents.activity_report import ActivityReportData, CommuneVisit
from app.services.indicators import Indicators

UNKNOWN = "unknown"
TOP_COMMUNES = 15
ORDERED_KINDS = frozenset({"age_band", "project_stage"})  # the overall commune chart; every commune has its own page


def _items(
    counts: dict[str, int], labels: Labels, kind: str | None, names: dict[str, str] | None = None
) -> list[tuple[str, int]]:
    items = []
    if kind in ORDERED_KINDS:
        # Bands and stages read best in their natural order, not by size.
        order = {code: i for i, code in enumerate(CODES[kind])}
        counts = dict(sorted(counts.items(), key=lambda kv: order.get(kv[0], len(order))))
    for code, count in counts.items():
        if code == UNKNOWN:
            label = labels(DocText.UNSPECIFIED)
        elif names is not None:
            label = names.get(code, code)
        elif kind is not None:
            label = labels.code(kind, code)
        else:
            label = code
        items.append((label, count))
    return items


def _share_table(
    items: Sequence[tuple[str, int]], labels: Labels, width: float, swatches: bool
) -> LongTable:
    rtl = labels.rtl
    total = sum(count for _, count in items) or 1
    widths = [12.0] if swatches else []
    widths += [width - (12 if swatches else 0) - 100, 50, 50]
    header: list[Any] = [""] if swatches else []
    header += [
        Text(labels(DocText.CATEGORY), rtl=rtl, size=8, bold=True),
        Text(labels(DocText.COUNT), rtl=rtl, size=8, bold=True, align="center"),
        Text(labels(DocText.SHARE), rtl=rtl, size=8, bold=True, align="center"),
    ]
    rows: list[list[Any]] = [header]
    for index, (label, count) in enumerate(items):
        row: list[Any] = [swatch(index)] if swatches else []
        row += [
            Text(label, rtl=rtl, size=8),
            Text(labels.number(count), rtl=rtl, size=8, align="center"),
            Text(labels.percent(count / total), rtl=rtl, size=8, align="center"),
        ]
        rows.append(row)
    if rtl:
        rows = [row[::-1] for row in rows]
        widths = widths[::-1]
    result = LongTable(rows, colWidths=widths, repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return result


def _breakdown(
    title: str, items: list[tuple[str, int]], labels: Labels, width: float, *, pie: bool
) -> list[Flowable]:
    """A heading, then a chart beside its table (mirrored in Arabic)."""
    if not items:
        return []
    chart_width = width * 0.45
    table_width = width - chart_width - 8
    chart: Flowable
    if pie:
        chart = pie_chart([count for _, count in items], size=min(chart_width, 110))
    else:
        chart = bar_chart(items, rtl=labels.rtl, width=chart_width - 6)
    cells: list[Any] = [chart, _share_table(items, labels, table_width, swatches=pie)]
    widths = [chart_width, table_width + 8]
    if labels.rtl:
        cells, widths = cells[::-1], widths[::-1]
    block = Table([cells], colWidths=widths)
    block.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return [Spacer(1, 6), heading(title, rtl=labels.rtl, size=11), block]


def _key_figures(ind: Indicators, labels: Labels) -> list[tuple[str, str]]:
    n = labels.number
    return [
        (labels(DocText.BENEFICIARIES_REACHED), n(ind.beneficiaries_reached)),
        (labels(DocText.WOMEN), n(ind.women)),
        (labels(DocText.YOUTH), n(ind.youth_18_35)),
        (labels(DocText.PEOPLE_TRAINED), n(ind.people_trained)),
        (labels(DocText.PEOPLE_COACHED), n(ind.people_coached)),
        (labels(DocText.SESSIONS_HELD), n(ind.sessions_held)),
        (labels(DocText.TRAINING_HOURS), n(ind.training_hours, 1)),
        (labels(DocText.PERSON_HOURS), n(ind.hours_attended, 1)),
        (labels(DocText.HOURS_PER_PERSON), n(ind.hours_per_person, 1)),
        (labels(DocText.ATTENDANCE_RATE), labels.percent(ind.attendance_rate)),
        (labels(DocText.COACHING_SESSIONS), n(ind.coaching_sessions)),
        (labels(DocText.COACHING_HOURS), n(ind.coaching_hours, 1)),
        (labels(DocText.CANDIDATES_RECEIVED), n(ind.applications.get("received", 0))),
        (labels(DocText.CANDIDATES_SHORTLISTED), n(ind.applications.get("shortlisted", 0))),
        (labels(DocText.CANDIDATES_SELECTED), n(ind.applications.get("selected", 0))),
        (labels(DocText.CERTIFICATES_ISSUED), n(ind.support_by_kind.get("certificate", 0))),
        (labels(DocText.SUPPORT_VALUE), n(ind.support_value_mad, 2)),
    ]


def _commune_names(ind: Indicators, labels: Labels) -> dict[str, str]:
    return ind.commune_names_ar if labels.rtl else ind.commune_names


def _top_communes(ind: Indicators, labels: Labels) -> list[tuple[str, int]]:
    items = _items(ind.by_commune, labels, None, _commune_names(ind, labels))
    if len(items) <= TOP_COMMUNES:
        return items
    rest = sum(count for _, count in items[TOP_COMMUNES - 1 :])
    return items[: TOP_COMMUNES - 1] + [(labels(DocText.OTHER), rest)]


def _commune_figures(visit: CommuneVisit, labels: Labels) -> list[tuple[str, str]]:
    n = labels.number
    return [
        (labels(DocText.BENEFICIARIES_REACHED), n(visit.reached)),
        (labels(DocText.WOMEN), n(visit.by_sex.get("F", 0))),
        (labels(DocText.YOUTH), n(visit.by_age_band.get("18_35", 0))),
        (labels(DocText.SESSIONS_HELD), n(visit.sessions_held)),
        (labels(DocText.TRAINING_HOURS), n(visit.training_hours, 1)),
        (labels(DocText.PERSON_HOURS), n(visit.hours_attended, 1)),
        (labels(DocText.ATTENDANCE_RATE), labels.percent(visit.attendance_rate)),
        (labels(DocText.COACHING_SESSIONS), n(visit.coaching_sessions)),
    ]


def _commune_page(visit: CommuneVisit, labels: Labels, width: float) -> list[Flowable]:
    rtl = labels.rtl
    name = visit.name_ar if rtl else visit.name_fr
    province = visit.province_ar if rtl else visit.province_fr
    story: list[Flowable] = [
        PageBreak(),
        Text(labels(DocText.COMMUNE_PAGE, commune=name), rtl=rtl, size=15, bold=True),
        Text(
            f"{visit.name_ar}   -   {visit.name_fr}" if not rtl else
            f"{visit.name_fr}   -   {visit.name_ar}",
            rtl=rtl, size=9, space_after=4,
        ),
    ]
    dates = labels.join(
        [
            labels.date(start) if start == end else f"{labels.date(start)} - {labels.date(end)}"
            for start, end in visit.stops
        ]
    )
    pairs = [
        (labels(DocText.PROVINCE), province),
        (labels(DocText.AREA), labels.code("commune_type", visit.kind)),
        (labels(DocText.VISIT_DATES), dates or "-"),
    ] + _commune_figures(visit, labels)
    story.append(key_values(pairs, rtl=rtl, width=width, size=8.5))
    story += _breakdown(labels(DocText.BY_SEX), _items(visit.by_sex, labels, "sex"), labels,
                        width, pie=True)
    story += _breakdown(labels(DocText.BY_AGE_BAND),
                        _items(visit.by_age_band, labels, "age_band"), labels, width, pie=False)
    story.append(Spacer(1, 6))
    story.append(heading(labels(DocText.COMMUNE_SESSIONS), rtl=rtl, size=11))
    if visit.modules:
        rows = [
            [
                m.title_ar if rtl and m.title_ar else m.title_fr,
                labels.date(m.first_date) if m.first_date == m.last_date
                else f"{labels.date(m.first_date)} - {labels.date(m.last_date)}",
                labels.number(m.sessions),
                labels.number(m.hours, 1),
                labels.number(m.expected),
                labels.number(m.present),
            ]
            for m in visit.modules
        ]
        columns = [
            Column(labels(DocText.MODULE), width - 120 - 4 * 48),
            Column(labels(DocText.DATE), 120, "center"),
            Column(labels(DocText.SESSIONS), 48, "center"),
            Column(labels(DocText.HOURS), 48, "center"),
            Column(labels(DocText.EXPECTED), 48, "center"),
            Column(labels(DocText.PRESENT), 48, "center"),
        ]
        story.append(table(columns, rows, rtl=rtl, size=8))
    else:
        story.append(Text(labels(DocText.NO_ACTIVITY), rtl=rtl, size=9))
    return story


def build_story(data: ActivityReportData, labels: Labels, width: float) -> list[Flowable]:
    rtl = labels.rtl
    ind = data.indicators
    period = labels(
        DocText.PERIOD,
        start=labels.date(data.filters.date_from),
        end=labels.date(data.filters.date_to),
    )
    team = data.team_name or labels(DocText.ALL_TEAMS)
    story = document_header(labels, labels(DocText.ACTIVITY_REPORT), period)
    story.append(Text(f"{labels(DocText.TEAM)} : {team}", rtl=rtl, size=10, align="center",
                      space_after=8))
    story.append(heading(labels(DocText.KEY_FIGURES), rtl=rtl))
    figures = _key_figures(ind, labels)
    figures.insert(5, (labels(DocText.COMMUNES_VISITED), labels.number(len(data.communes))))
    story.append(key_values(figures, rtl=rtl, width=width, size=9))
    if ind.beneficiaries_reached == 0 and ind.sessions_held == 0:
        story.append(Spacer(1, 8))
        story.append(Text(labels(DocText.NO_ACTIVITY), rtl=rtl, size=10))
    story += _breakdown(labels(DocText.BY_SEX), _items(ind.by_sex, labels, "sex"), labels,
                        width, pie=True)
    story += _breakdown(labels(DocText.BY_AREA), _items(ind.by_area, labels, "commune_type"),
                        labels, width, pie=True)
    story += _breakdown(labels(DocText.BY_AGE_BAND),
                        _items(ind.by_age_band, labels, "age_band"), labels, width, pie=False)
    story += _breakdown(labels(DocText.BY_STATUS), _items(ind.by_status, labels, "status"),
                        labels, width, pie=False)
    story += _breakdown(labels(DocText.BY_SECTOR), _items(ind.by_sector, labels, "sector"),
                        labels, width, pie=False)
    story += _breakdown(labels(DocText.BY_STAGE),
                        _items(ind.by_project_stage, labels, "project_stage"), labels, width,
                        pie=False)
    story += _breakdown(labels(DocText.BY_COMMUNE), _top_communes(ind, labels), labels, width,
                        pie=False)
    for visit in data.communes:
        story += _commune_page(visit, labels, width)
    return story


def render(data: ActivityReportData, labels: Labels, out: Output) -> None:
    """Write the report as a PDF to a path or a binary file object."""
    width = content_width()
    build_pdf(
        out,
        build_story(data, labels, width),
        labels,
        title=labels(DocText.ACTIVITY_REPORT),
        note=labels(DocText.PRINTED_ON, date=labels.date(data.generated_on)),
    )
