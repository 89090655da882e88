"""The Figures page: the programme's indicators over every team (the same
service as `caravane indicators` on a laptop, run on the server's database),
filtered by the query string (period, team, province, commune); the activity
report PDF and the officers' exports for the same filter, as downloads.

A coordinator sees their own team only, whatever the query says.  A viewer
(figures and reports only) gets the indicators export as it is and every
other export de-identified.  De-identified exports use the server's own
pseudonym key (server/console/pseudonym_key.py)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask

from app.core.errors import ValidationError
from app.labels import Labels, indicator_label, indicator_section
from app.models import Commune, Province, Team
from app.reports import api as reports
from app.services.exports.officers import EXPORT_KINDS
from app.services.indicators import IndicatorFilter, Indicators, compute_indicators
from server.console import accounts, auth
from server.console.auth import Visitor, db_session, require
from server.console.pseudonym_key import server_key
from server.console.render import page, visitor_language
from server.console.roles import ALL_ROLES, ConsoleRole
from server.models import Officer

router = APIRouter(prefix="/console")
AnyOfficer = Annotated[Visitor, Depends(require(*ALL_ROLES))]
DbSession = Annotated[Session, Depends(db_session)]

# Sections whose rows are people among those reached: a bar shows the share.
SHARE_SECTIONS = frozenset({"sex", "age_band", "area", "commune", "sector", "project_stage",
                            "status"})
REPORT_LANGUAGES = ("fr", "ar")
FORMATS = ("xlsx", "csv")
MAX_FIELD = 64  # a code, a date or an id: anything longer is not one


class FilterRefused(Exception):
    """A filter that names nothing (a bad date, an unknown team): a sentence."""

    def __init__(self, sentence: str, **params: Any) -> None:
        super().__init__(sentence)
        self.message = (sentence, params)


@dataclass(frozen=True)
class Chosen:
    """The filter as read from the query string, checked."""

    filters: IndicatorFilter
    query: dict[str, str]  # what the form shows and the download links carry
    team_name: str | None
    fixed_team: bool  # a coordinator's own team, not a choice


def _field(request: Request, name: str) -> str:
    return request.query_params.get(name, "").replace("\x00", "").strip()[:MAX_FIELD]


def _date(text: str, default: dt.date) -> dt.date:
    if not text:
        return default
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise FilterRefused("Date illisible : écrivez AAAA-MM-JJ.") from None


def _year_before(day: dt.date) -> dt.date:
    """The first day of the 12 months that end on `day` (as `caravane indicators`)."""
    try:
        return day.replace(year=day.year - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        return day - dt.timedelta(days=365)


def read_filter(request: Request, session: Session, visitor: Visitor) -> Chosen:
    date_to = _date(_field(request, "to"), auth.now(request).date())
    date_from = _date(_field(request, "from"), _year_before(date_to))
    if date_to < date_from:
        raise FilterRefused("La fin de la période est avant son début.")
    team_id = _field(request, "team") or None
    fixed = visitor.role == ConsoleRole.COORDINATOR
    if fixed:
        officer = session.get(Officer, visitor.officer_id)
        team_id = officer.team_id if officer else None
        if team_id is None:
            raise FilterRefused("Un coordinateur est rattaché à une équipe : choisissez-la.")
    team_name = None
    if team_id is not None:
        team = session.get(Team, team_id)
        if team is None or team.deleted:
            raise FilterRefused("Équipe inconnue.")
        team_name = team.name
    province = _field(request, "province") or None
    if province is not None and session.get(Province, province) is None:
        raise FilterRefused("Province inconnue.")
    commune = _field(request, "commune") or None
    if commune is not None:
        found = session.get(Commune, commune)
        if found is None or (province is not None and found.province_code != province):
            raise FilterRefused("Commune inconnue.")
    query = {"from": date_from.isoformat(), "to": date_to.isoformat(), "team": team_id or "",
             "province": province or "", "commune": commune or ""}
    return Chosen(
        filters=IndicatorFilter(date_from=date_from, date_to=date_to, team_id=team_id,
                                province_code=province, commune_code=commune),
        query=query, team_name=team_name, fixed_team=fixed,
    )


@dataclass(frozen=True)
class FigureRow:
    key: str  # "section.code": what a test finds the row by
    label: str
    value: float | int  # as computed
    shown: str  # in the officer's language
    share: float | None  # percent of the people reached, for the bar


@dataclass(frozen=True)
class FigureSection:
    code: str
    title: str
    rows: list[FigureRow]


def _shown(labels: Labels, section: str, key: str, value: float | int) -> str:
    if key == "attendance_rate":
        return labels.number(float(value) * 100, 1) + " %"
    if isinstance(value, float) and not value.is_integer():
        return labels.number(value, 2)
    return labels.number(value)


def sections_of(indicators: Indicators, lang: str) -> list[FigureSection]:
    """`Indicators.as_rows()` grouped by section, named by app/labels.py."""
    labels = Labels(lang)
    names = indicators.commune_names_ar if lang == "ar" else indicators.commune_names
    reached = indicators.beneficiaries_reached
    sections: dict[str, list[FigureRow]] = {}
    for row in indicators.as_rows():
        share = None
        if row.section in SHARE_SECTIONS and reached:
            share = round(100 * float(row.value) / reached, 1)
        sections.setdefault(row.section, []).append(FigureRow(
            key=f"{row.section}.{row.label}",
            label=indicator_label(row.section, row.label, lang, names),
            value=row.value, shown=_shown(labels, row.section, row.label, row.value),
            share=share,
        ))
    return [FigureSection(code, indicator_section(code, lang), rows)
            for code, rows in sections.items()]


def _choices(session: Session, lang: str) -> dict[str, Any]:
    name = Province.name_ar if lang == "ar" else Province.name_fr
    commune_name = Commune.name_ar if lang == "ar" else Commune.name_fr
    return {
        "teams": accounts.teams(session),
        "provinces": session.execute(select(Province.code, name).order_by(name)).all(),
        "communes": session.execute(
            select(Commune.code, commune_name, Commune.province_code).order_by(commune_name)
        ).all(),
    }


def _figures_page(request: Request, session: Session, *, status: int = 200,
                  error: Any = None, chosen: Chosen | None = None,
                  sections: list[FigureSection] | None = None) -> HTMLResponse:
    lang = visitor_language(request)
    query = chosen.query if chosen else {
        key: _field(request, key) for key in ("from", "to", "team", "province", "commune")}
    report_lang = lang if lang in REPORT_LANGUAGES else "fr"
    return page(request, "figures.html", status=status, error=error, query=query,
                chosen=chosen, sections=sections or [], kinds=EXPORT_KINDS,
                report_lang=report_lang, report_languages=REPORT_LANGUAGES,
                rtl_bars=lang == "ar", **_choices(session, lang))


@router.get("/figures")
def figures(request: Request, visitor: AnyOfficer, session: DbSession) -> HTMLResponse:
    try:
        chosen = read_filter(request, session, visitor)
    except FilterRefused as refused:
        return _figures_page(request, session, status=400, error=refused.message)
    indicators = compute_indicators(session=session, filters=chosen.filters)
    return _figures_page(request, session, chosen=chosen,
                         sections=sections_of(indicators, visitor_language(request)))


# ---------------------------------------------------------------- downloads


def _refused(request: Request, message: Any) -> HTMLResponse:
    return page(request, "message.html", status=400, title="Chiffres", error=message)


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


def _audit(request: Request, session: Session, visitor: Visitor, action: str,
           detail: str) -> None:
    accounts.audit(session, at=auth.now(request), action=action, detail=detail,
                   officer_id=visitor.officer_id, address=auth.client_address(request))


@router.get("/figures/report.pdf")
def report(request: Request, visitor: AnyOfficer, session: DbSession) -> Response:
    """The activity report of the period and team (the area filter does not
    apply: the report covers the team's whole ground)."""
    try:
        chosen = read_filter(request, session, visitor)
    except FilterRefused as refused:
        return _refused(request, refused.message)
    lang = _field(request, "lang")
    if lang not in REPORT_LANGUAGES:
        lang = visitor_language(request) if visitor_language(request) in REPORT_LANGUAGES \
            else "fr"
    f = chosen.filters
    pdf = io.BytesIO()
    reports.print_activity_report(session=session, date_from=f.date_from, date_to=f.date_to,
                                  lang=lang, out=pdf, team_id=f.team_id)
    _audit(request, session, visitor, "figures_report",
           f"from={f.date_from} to={f.date_to} team={f.team_id or ''} lang={lang}")
    session.commit()
    name = f"rapport-activite-{f.date_from}-{f.date_to}.pdf"
    return Response(pdf.getvalue(), media_type="application/pdf", headers=_attachment(name))


EXPORT_REFUSALS = {
    "unknown_export": "Export inconnu.",
    "unknown_team": "Équipe inconnue.",
    "ends_before_start": "La fin de la période est avant son début.",
}
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@router.get("/figures/export")
def export(request: Request, visitor: AnyOfficer, session: DbSession) -> Response:
    """An officers' export of the period and team, as a file."""
    try:
        chosen = read_filter(request, session, visitor)
    except FilterRefused as refused:
        return _refused(request, refused.message)
    kind = _field(request, "kind")
    if kind not in EXPORT_KINDS:
        return _refused(request, "Choisissez ce que vous exportez.")
    file_format = _field(request, "format") or "xlsx"
    if file_format not in FORMATS:
        return _refused(request, "Choisissez ce que vous exportez.")
    codes = _field(request, "codes") == "1"
    deidentified = _field(request, "deidentified") == "1"
    if visitor.role == ConsoleRole.VIEWER and kind != "indicators":
        deidentified = True  # a viewer sees figures, never who the people are
    lang = _field(request, "lang")
    if lang not in ("fr", "ar", "en"):
        lang = visitor_language(request)
    moment = auth.now(request)
    f = chosen.filters
    folder = Path(tempfile.mkdtemp(prefix="caravane-export-"))
    name = f"caravane-{kind}-{f.date_from}-{f.date_to}.{file_format}"
    try:
        rows = reports.export_for_officers(
            session=session, kind=kind, out=folder / name, lang=lang, date_from=f.date_from,
            date_to=f.date_to, team_id=f.team_id, codes=codes, deidentified=deidentified,
            pseudonym_key=server_key(session, now=moment) if deidentified else None,
            exported_at=moment,
        )
    except ValidationError as error:
        shutil.rmtree(folder, ignore_errors=True)
        session.rollback()
        code = error.errors[0].code if error.errors else ""
        return _refused(request, EXPORT_REFUSALS.get(code, "Choisissez ce que vous exportez."))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    _audit(request, session, visitor, "figures_export",
           f"kind={kind} format={file_format} from={f.date_from} to={f.date_to} "
           f"team={f.team_id or ''} codes={int(codes)} deidentified={int(deidentified)} "
           f"rows={rows}")
    session.commit()
    return FileResponse(folder / name, media_type=MEDIA_TYPES[file_format],
                        headers=_attachment(name),
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))
