"""Rapport d'activité for a period and team, as a funder files it: the
programme's indicators (the numbers of `caravane indicators`) beside the
totals since the programme started and its targets, the definitions they
follow, results by sex and by sex and age, charts, a summary by province and
every commune, a signature block; then, as annexes, a page per commune
visited and the list of the sessions held.  A4 portrait."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from app.labels import CODES, DocText, Labels
from app.reports.charts import bar_chart, pie_chart
from app.reports.grid import grid
from app.reports.pdf import (
    GRID,
    MUTED,
    Column,
    Output,
    Text,
    build_pdf,
    content_width,
    document_header,
    heading,
)
from app.services.documents.activity_report import (
    ActivityReportData,
    CommuneRow,
    CommuneVisit,
    ProvinceRow,
)
from app.services.indicators import Indicators

UNKNOWN = "unknown"
# The page's frame keeps 6 pt inside the margins on each side: tables as wide
# as the text above them, not spilling into the margin.
FRAME_PADDING = 12.0
ORDERED_KINDS = frozenset({"age_band", "project_stage"})


def _items(counts: dict[str, int], labels: Labels, kind: str) -> list[tuple[str, int]]:
    """(label, count) of a breakdown by an enumeration's codes."""
    if kind in ORDERED_KINDS:
        # Bands and stages read best in their natural order, not by size.
        order = {code: i for i, code in enumerate(CODES[kind])}
        counts = dict(sorted(counts.items(), key=lambda kv: order.get(kv[0], len(order))))
    return [
        (labels(DocText.UNSPECIFIED) if code == UNKNOWN else labels.code(kind, code), count)
        for code, count in counts.items()
    ]


def _share_table(
    items: Sequence[tuple[str, int]], labels: Labels, width: float, swatches: bool
) -> Flowable:
    """Counts and shares of a breakdown (with the pie's greys when it has one)."""
    total = sum(count for _, count in items) or 1
    columns = [Column("", 12, "center")] if swatches else []
    columns += [
        Column(labels(DocText.CATEGORY), width - (12 if swatches else 0) - 100),
        Column(labels(DocText.COUNT), 50, "center"),
        Column(labels(DocText.SHARE), 50, "center"),
    ]
    rows = [
        ([str(index)] if swatches else [])
        + [label, labels.number(count), labels.percent(count / total)]
        for index, (label, count) in enumerate(items)
    ]
    return grid(columns, rows, rtl=labels.rtl, size=8, swatch_column=0 if swatches else None,
                line_width=0.4)


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


def _row(label: str, values: Sequence[str]) -> list[str]:
    return [label, *values]


def _key_figures(data: ActivityReportData, labels: Labels) -> tuple[list[Column], list[list[str]]]:
    """The key figures: the period, the totals since the programme started
    (when it started before the period) and, where the programme has one,
    its target and how much of it the totals reach."""
    n, pct = labels.number, labels.percent
    ind, cum = data.indicators, data.cumulative
    with_since = data.since < data.filters.date_from
    targets = data.programme.targets if data.programme is not None else {}

    def figures(measure: Callable[[Indicators], float], decimals: int = 0,
                target: str | None = None, since_value: float | None = None) -> list[str]:
        cells = [n(measure(ind), decimals)]
        total = measure(cum) if since_value is None else since_value
        if with_since:
            cells.append(n(total, decimals))
        if targets:
            goal = targets.get(target) if target is not None else None
            cells += ["", ""] if goal is None else [n(goal), pct(total / goal)]
        return cells

    def rate(value: float | None, total: float | None) -> list[str]:
        cells = [pct(value)] + ([pct(total)] if with_since else [])
        return cells + (["", ""] if targets else [])

    def selected(i: Indicators) -> int:
        return i.applications.get("selected", 0)

    rows = [
        _row(labels(DocText.BENEFICIARIES_REACHED),
             figures(lambda i: i.beneficiaries_reached, target="reached")),
        _row(labels(DocText.WOMEN), figures(lambda i: i.women, target="women")),
        _row(labels(DocText.YOUTH), figures(lambda i: i.youth_18_35, target="youth")),
        _row(labels(DocText.YOUNG_WOMEN), figures(lambda i: i.young_women, target="young_women")),
        _row(labels(DocText.PEOPLE_TRAINED), figures(lambda i: i.people_trained, target="trained")),
        _row(labels(DocText.PEOPLE_COACHED), figures(lambda i: i.people_coached, target="coached")),
        _row(labels(DocText.PEOPLE_CERTIFIED),
             figures(lambda i: i.people_certified, target="certified")),
        _row(labels(DocText.CANDIDATES_SELECTED), figures(selected, target="projects")),
        _row(labels(DocText.COMMUNES_VISITED),
             figures(lambda i: len(data.communes), since_value=data.communes_visited_since)),
        _row(labels(DocText.SESSIONS_HELD), figures(lambda i: i.sessions_held)),
        _row(labels(DocText.TRAINING_HOURS), figures(lambda i: i.training_hours, 1)),
        _row(labels(DocText.PERSON_HOURS), figures(lambda i: i.hours_attended, 1)),
        _row(labels(DocText.HOURS_PER_PERSON), figures(lambda i: i.hours_per_person, 1)),
        _row(labels(DocText.ATTENDANCE_RATE), rate(ind.attendance_rate, cum.attendance_rate)),
        _row(labels(DocText.COACHING_SESSIONS), figures(lambda i: i.coaching_sessions)),
        _row(labels(DocText.COACHING_HOURS), figures(lambda i: i.coaching_hours, 1)),
        _row(labels(DocText.CANDIDATES_RECEIVED),
             figures(lambda i: i.applications.get("received", 0))),
        _row(labels(DocText.CANDIDATES_SHORTLISTED),
             figures(lambda i: i.applications.get("shortlisted", 0))),
        _row(labels(DocText.CERTIFICATES_ISSUED),
             figures(lambda i: i.support_by_kind.get("certificate", 0))),
        _row(labels(DocText.SUPPORT_VALUE), figures(lambda i: i.support_value_mad, 2)),
    ]
    number_width = 62.0
    columns = [Column(labels(DocText.PERIOD_COLUMN), number_width, "center")]
    if with_since:
        columns.append(Column(labels(DocText.SINCE_COLUMN, date=labels.date(data.since)),
                              number_width + 10, "center"))
    if targets:
        columns += [Column(labels(DocText.TARGET), number_width, "center"),
                    Column(labels(DocText.TARGET_REACHED), number_width, "center")]
    return columns, rows


def _definitions(data: ActivityReportData, labels: Labels) -> list[str]:
    start, end = labels.date(data.since), labels.date(data.filters.date_to)
    lines = [
        labels(DocText.DEF_REACHED),
        labels(DocText.DEF_AGE, date=end),
        labels(DocText.DEF_COMMUNES),
        labels(DocText.DEF_SESSIONS),
        labels(DocText.DEF_CERTIFIED),
        labels(DocText.DEF_SINCE, start=start, end=end)
        if data.since < data.filters.date_from
        else labels(DocText.DEF_SINCE_SAME, start=start),
    ]
    if data.programme is not None and data.programme.targets:
        lines.append(labels(DocText.DEF_TARGETS, programme=data.programme.name))
    else:
        lines.append(labels(DocText.DEF_NO_TARGETS))
    return lines


SEXES = ("F", "M")


def _by_sex_columns(
    labels: Labels, width: float, first: str, with_unknown: bool
) -> list[Column]:
    texts = [DocText.WOMEN, DocText.MEN]
    texts += [DocText.UNSPECIFIED] if with_unknown else []
    texts += [DocText.TOTAL, DocText.WOMEN_SHARE]
    cell = 58.0
    return [Column(first, width - len(texts) * cell)] + [
        Column(labels(text), cell, "center") for text in texts
    ]


def _sex_cells(counts: dict[str, int], labels: Labels, with_unknown: bool) -> list[str]:
    n = labels.number
    women, men = counts.get("F", 0), counts.get("M", 0)
    total = sum(counts.values())
    unknown = [n(total - women - men)] if with_unknown else []
    return [n(women), n(men), *unknown, n(total),
            labels.percent(women / total if total else None)]


def _unknown_sex(*counts: dict[str, int]) -> bool:
    """Whether anybody counted has no sex recorded (a column for them)."""
    return any(n for c in counts for sex, n in c.items() if sex not in SEXES)


def _results_by_sex(ind: Indicators, labels: Labels, width: float) -> list[Flowable]:
    """People reached, trained, coached and certified, by sex."""
    measures = [
        (DocText.BENEFICIARIES_REACHED, ind.by_sex),
        (DocText.PEOPLE_TRAINED, ind.trained_by_sex),
        (DocText.PEOPLE_COACHED, ind.coached_by_sex),
        (DocText.PEOPLE_CERTIFIED, ind.certified_by_sex),
    ]
    unknown = _unknown_sex(*(counts for _, counts in measures))
    rows = [_row(labels(text), _sex_cells(counts, labels, unknown)) for text, counts in measures]
    return [
        Spacer(1, 6),
        heading(labels(DocText.RESULTS_BY_SEX), rtl=labels.rtl, size=11),
        grid(_by_sex_columns(labels, width, labels(DocText.INDICATOR), unknown), rows,
             rtl=labels.rtl, size=8),
    ]


def _sex_by_age(ind: Indicators, labels: Labels, width: float) -> list[Flowable]:
    """The people reached by age band and sex (young women on the 18-35 line)."""
    bands = list(CODES["age_band"])
    present = {age for ages in ind.by_sex_age.values() for age in ages}
    bands += sorted(present - set(bands))
    unknown = _unknown_sex(ind.by_sex)
    rows = []
    for band in bands:
        counts = {sex: ages.get(band, 0) for sex, ages in ind.by_sex_age.items()}
        if not sum(counts.values()):
            continue
        label = labels(DocText.UNSPECIFIED) if band == UNKNOWN else labels.code("age_band", band)
        rows.append(_row(label, _sex_cells(counts, labels, unknown)))
    rows.append(_row(labels(DocText.TOTAL), _sex_cells(ind.by_sex, labels, unknown)))
    return [
        Spacer(1, 6),
        heading(labels(DocText.BY_SEX_AND_AGE), rtl=labels.rtl, size=11),
        grid(_by_sex_columns(labels, width, labels(DocText.AGE_BAND), unknown), rows,
             rtl=labels.rtl, size=8, filled_rows={len(rows) - 1}),
    ]


def _province_name(row: ProvinceRow | CommuneRow, labels: Labels) -> str:
    """A province's or commune's name in the document's language."""
    return row.name_ar if labels.rtl and row.name_ar else row.name_fr


Named = TypeVar("Named", ProvinceRow, CommuneRow)


def _by_name(rows: Sequence[Named], labels: Labels) -> list[Named]:
    """In the alphabetical order of the names the reader sees (Arabic names
    in an Arabic report); the people with no commune last."""
    return sorted(rows, key=lambda r: (r.code == UNKNOWN, _province_name(r, labels)))


def _province_summary(data: ActivityReportData, labels: Labels, width: float) -> list[Flowable]:
    n = labels.number
    ind = data.indicators
    rows = [
        [_province_name(p, labels), n(p.communes_visited), n(p.residents), n(p.women),
         n(p.youth), n(p.sessions_held), n(p.training_hours, 1), n(p.participants)]
        for p in _by_name(data.provinces, labels)
    ]
    unknown = next((r for r in data.commune_rows if r.code == UNKNOWN), None)
    if unknown is not None:
        rows.append([labels(DocText.UNKNOWN_COMMUNE), "", n(unknown.residents),
                     n(unknown.women), n(unknown.youth), "", "", ""])
    rows.append([labels(DocText.TOTAL), n(len(data.communes)), n(ind.beneficiaries_reached),
                 n(ind.women), n(ind.youth_18_35), n(ind.sessions_held),
                 n(ind.training_hours, 1), n(ind.people_trained)])
    cell = 52.0
    columns = [Column(labels(DocText.PROVINCE), width - 7 * cell)] + [
        Column(labels(text), cell, "center")
        for text in (DocText.COMMUNES_VISITED, DocText.RESIDENTS, DocText.OF_WHICH_WOMEN,
                     DocText.OF_WHICH_YOUTH, DocText.SESSIONS_HELD, DocText.TRAINING_HOURS,
                     DocText.PARTICIPANTS)
    ]
    chart = [(label, count) for label, count in (
        [(_province_name(p, labels), p.residents) for p in data.provinces if p.residents]
        + ([(labels(DocText.UNKNOWN_COMMUNE), unknown.residents)]
           if unknown is not None and unknown.residents else [])
    )]
    chart.sort(key=lambda item: -item[1])
    story: list[Flowable] = [
        Spacer(1, 6),
        heading(labels(DocText.PROVINCE_SUMMARY), rtl=labels.rtl, size=11),
        grid(columns, rows, rtl=labels.rtl, size=8, header_size=7.5,
             filled_rows={len(rows) - 1}),
    ]
    # The chart goes with the signature block (never alone on a last page).
    return story + [KeepTogether(
        _breakdown(labels(DocText.BY_PROVINCE), chart, labels, width, pie=False)
        + [Spacer(1, 14), _signatures(labels, width)]
    )]


def _all_communes(data: ActivityReportData, labels: Labels, width: float) -> list[Flowable]:
    """Every commune, one table per province: no commune is hidden in an
    "others" line, and long names wrap within their cell."""
    n = labels.number
    cell = 54.0
    columns = [Column(labels(DocText.COMMUNE), width - 7 * cell)] + [
        Column(labels(text), cell, "center")
        for text in (DocText.AREA, DocText.RESIDENTS, DocText.OF_WHICH_WOMEN,
                     DocText.OF_WHICH_YOUTH, DocText.SESSIONS_HELD, DocText.PARTICIPANTS,
                     DocText.PRESENCES)
    ]
    note = Text(labels(DocText.ALL_COMMUNES_NOTE), rtl=labels.rtl, size=8, color=MUTED,
                space_after=4)
    note.keepWithNext = 1  # the title and its note with the first province's table
    story: list[Flowable] = [
        PageBreak(),
        heading(labels(DocText.ALL_COMMUNES), rtl=labels.rtl, size=12),
        note,
    ]
    groups: dict[str, list[CommuneRow]] = {p.code: [] for p in _by_name(data.provinces, labels)}
    for row in _by_name(data.commune_rows, labels):
        groups.setdefault(row.province_code, []).append(row)
    names = {p.code: _province_name(p, labels) for p in data.provinces}
    for code, rows in groups.items():
        if not rows:
            continue
        title = names.get(code) or labels(DocText.UNKNOWN_COMMUNE)
        cells = [
            [
                _province_name(r, labels) if r.code != UNKNOWN else labels(DocText.UNKNOWN_COMMUNE),
                labels.code("commune_type", r.kind) if r.kind else "",
                n(r.residents), n(r.women), n(r.youth), n(r.sessions_held), n(r.participants),
                n(r.presences),
            ]
            for r in rows
        ]
        title_line = heading(title, rtl=labels.rtl, size=10)
        title_line.spaceBefore = 4
        story += [title_line, grid(columns, cells, rtl=labels.rtl, size=8, header_size=7.5)]
    return story


def _signatures(labels: Labels, width: float) -> Flowable:
    """Who prepared the report and the director's approval, side by side,
    with room to sign and stamp."""
    rtl = labels.rtl

    def block(title: str, last: str) -> list[Flowable]:
        return [
            Text(title, rtl=rtl, size=9.5, bold=True),
            Spacer(1, 8),
            Text(labels(DocText.NAME_AND_ROLE), rtl=rtl, size=8.5),
            Spacer(1, 16),
            Text(labels(DocText.DATE_LINE), rtl=rtl, size=8.5),
            Spacer(1, 16),
            Text(last, rtl=rtl, size=8.5),
            Spacer(1, 56),  # room to sign (and stamp)
        ]

    cells = [block(labels(DocText.PREPARED_BY), labels(DocText.SIGNATURE_LINE)),

             block(labels(DocText.APPROVED_BY), labels(DocText.SIGNATURE_AND_STAMP))]
    if rtl:
        cells = cells[::-1]
    boxes = Table([cells], colWidths=[width / 2, width / 2])
    boxes.setStyle(TableStyle([
        ("BOX", (0, 0), (0, 0), 0.5, GRID),
        ("BOX", (1, 0), (1, 0), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
    ]))
    return boxes


def _annex_sessions(data: ActivityReportData, labels: Labels, width: float) -> list[Flowable]:
    n = labels.number
    rtl = labels.rtl
    columns = [
        Column(labels(DocText.NUMBER), 28, "center"),
        Column(labels(DocText.DATE), 56, "center"),
        Column(labels(DocText.COMMUNE), 100),
        Column(labels(DocText.MODULE), width - 28 - 56 - 100 - 3 * 46),
        Column(labels(DocText.HOURS), 46, "center"),
        Column(labels(DocText.EXPECTED), 46, "center"),
        Column(labels(DocText.PRESENT), 46, "center"),
    ]
    rows = [
        [
            n(index),
            labels.date(s.session_date),
            s.commune_ar if rtl and s.commune_ar else s.commune_fr,
            s.title_ar if rtl and s.title_ar else s.title_fr,
            n(s.hours, 1),
            n(s.expected),
            n(s.present),
        ]
        for index, s in enumerate(data.sessions, 1)
    ]
    story: list[Flowable] = [
        PageBreak(),
        heading(labels(DocText.ANNEX_SESSIONS, count=n(len(rows))), rtl=rtl, size=12),
    ]
    if rows:
        story.append(grid(columns, rows, rtl=rtl, size=7.5))
    else:
        story.append(Text(labels(DocText.NO_ACTIVITY), rtl=rtl, size=9))
    return story


def _commune_figures(visit: CommuneVisit, labels: Labels) -> list[tuple[str, str]]:
    n = labels.number
    return [
        (labels(DocText.RESIDENTS), n(visit.reached)),
        (labels(DocText.OF_WHICH_WOMEN), n(visit.by_sex.get("F", 0))),
        (labels(DocText.OF_WHICH_YOUTH), n(visit.by_age_band.get("18_35", 0))),
        (labels(DocText.SESSIONS_HELD), n(visit.sessions_held)),
        (labels(DocText.TRAINING_HOURS), n(visit.training_hours, 1)),
        (labels(DocText.PARTICIPANTS), n(visit.participants)),
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
    label_width = min(width * 0.32, 60 * mm)
    story.append(grid([Column("", label_width), Column("", width - label_width)],
                      [list(pair) for pair in pairs], rtl=rtl, size=8.5, header=False,
                      bold_columns={0}, line_width=0.4))
    story += _breakdown(labels(DocText.RESIDENTS_BY_SEX), _items(visit.by_sex, labels, "sex"),
                        labels, width, pie=True)
    story += _breakdown(labels(DocText.RESIDENTS_BY_AGE),
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
        story.append(grid(columns, rows, rtl=rtl, size=8))
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
    lines = [f"{labels(DocText.TEAM)}{': ' if rtl else ' : '}{team}"]
    if data.programme is not None:
        # One line each: a French name inside an Arabic line reads best alone.
        lines.append(labels(DocText.REPORT_PROGRAMME, name=data.programme.name))
        if data.programme.funder:
            lines.append(labels(DocText.REPORT_FUNDER, funder=data.programme.funder))
    for index, line in enumerate(lines):
        story.append(Text(line, rtl=rtl, size=10 if index == 0 else 9, align="center",
                          space_after=8 if index == len(lines) - 1 else 1))

    story.append(heading(labels(DocText.KEY_FIGURES), rtl=rtl))
    columns, rows = _key_figures(data, labels)
    first = Column(labels(DocText.INDICATOR), width - sum(c.width for c in columns))
    story.append(grid([first, *columns], rows, rtl=rtl, size=8.5))
    if ind.beneficiaries_reached == 0 and ind.sessions_held == 0:
        story.append(Spacer(1, 8))
        story.append(Text(labels(DocText.NO_ACTIVITY), rtl=rtl, size=10))
    story += [Spacer(1, 6), heading(labels(DocText.DEFINITIONS), rtl=rtl, size=11)]
    story += [Text(f"- {line}", rtl=rtl, size=7.5, space_after=2)
              for line in _definitions(data, labels)]
    story += _results_by_sex(ind, labels, width)
    story += _sex_by_age(ind, labels, width)
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
    story += _province_summary(data, labels, width)
    # The annexes: every commune, a page per commune visited, the sessions.
    story += _all_communes(data, labels, width)
    visits = sorted(data.communes, key=lambda v: v.name_ar) if rtl else data.communes
    for index, visit in enumerate(visits):

        page = _commune_page(visit, labels, width)
        if index == 0:
            page.insert(1, heading(labels(DocText.ANNEX_COMMUNES), rtl=rtl, size=12))
        story += page
    story += _annex_sessions(data, labels, width)
    return story


def render(data: ActivityReportData, labels: Labels, out: Output) -> None:
    """Write the report as a PDF to a path or a binary file object."""
    width = content_width() - FRAME_PADDING
    build_pdf(
        out,
        build_story(data, labels, width),
        labels,
        title=labels(DocText.ACTIVITY_REPORT),
        note=labels(DocText.PRINTED_ON, date=labels.date(data.generated_on)),
    )
