"""The Figures page through HTTP: the console's numbers are those of
`caravane indicators` on a laptop holding the same data (a demo made on a
laptop, loaded into the server's database), for one team; the report PDF
(read with pypdf) and an XLSX export (openpyxl) download as files; a viewer
may look, a coordinator sees their own team only; bad filters get a
sentence.  SQLite and PostgreSQL when reachable."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import delete, func, insert, inspect, select

from app.db import Database
from app.models import Attendance, Base, Team, TrainingSession
from app.services.demo import generate_demo
from app.services.indicators import IndicatorFilter, compute_indicators
from server.db import ServerDatabase
from server.models import AdminAudit, ServerSecret
from tests.console_support import log_in, make_officer
from tests.test_console import app, client_of, clock, db  # noqa: F401 - fixtures

TODAY = dt.date(2026, 6, 1)
PERIOD = {"from": "2025-06-02", "to": "2026-06-01"}
_ROW = re.compile(r'<tr data-key="([^"]+)" data-value="([^"]+)">')


def _laptop_with_demo(folder: Path) -> Database:
    laptop = Database(folder)
    with laptop.session() as session:
        generate_demo(session=session, beneficiaries=80, seed=11, today=TODAY)
        session.commit()
    return laptop


def _load_into_server(laptop: Database, server: ServerDatabase) -> None:
    """The laptop's shared tables, row for row, in the server's database."""
    with laptop.session() as source, server.session() as target:
        present = set(inspect(target.get_bind()).get_table_names())
        tables = [table for table in Base.metadata.sorted_tables if table.name in present]
        for table in reversed(tables):
            target.execute(delete(table))
        for table in tables:
            rows = [dict(row) for row in source.execute(select(table)).mappings()]
            if rows:
                target.execute(insert(table), rows)
        target.commit()


def _busiest_team(laptop: Database) -> tuple[str, str]:
    with laptop.session() as session:
        row = session.execute(
            select(Team.id, Team.name).join(TrainingSession, TrainingSession.team_id == Team.id)
            .join(Attendance, Attendance.session_id == TrainingSession.id)
            .group_by(Team.id, Team.name).order_by(func.count().desc(), Team.id)
        ).first()
        assert row is not None
        return row.id, row.name


def _figures(page: str) -> dict[str, float]:
    return {key: float(value) for key, value in _ROW.findall(page)}


@pytest.fixture
def loaded(db: ServerDatabase, tmp_path: Path) -> Iterator[tuple[Database, str, str]]:  # noqa: F811
    laptop = _laptop_with_demo(tmp_path / "laptop")
    _load_into_server(laptop, db)
    team_id, team_name = _busiest_team(laptop)
    yield laptop, team_id, team_name
    laptop.dispose()


def test_one_teams_figures_are_those_of_the_laptop(
    db: ServerDatabase, app: object, loaded: tuple[Database, str, str],  # noqa: F811
) -> None:
    laptop, team_id, _ = loaded
    with laptop.session() as session:
        expected = compute_indicators(session=session, filters=IndicatorFilter(
            date_from=dt.date.fromisoformat(PERIOD["from"]),
            date_to=dt.date.fromisoformat(PERIOD["to"]), team_id=team_id))
    assert expected.beneficiaries_reached > 0
    make_officer(db, "lina", "viewer")
    browser = client_of(app)
    log_in(browser, "lina")
    answer = browser.get("/console/figures", params={**PERIOD, "team": team_id})
    assert answer.status_code == 200, answer.text
    shown = _figures(answer.text)
    assert shown == {f"{row.section}.{row.label}": float(row.value)
                     for row in expected.as_rows()}
    # Labelled by app/labels.py in the officer's language, with a bar per share.
    text = html.unescape(answer.text)
    assert "Bénéficiaires touchés" in text or "Bénéficiaires atteints" in text
    assert "<svg class=\"bar\"" in answer.text
    # Every team together: the laptop's numbers without a team filter.
    with laptop.session() as session:
        whole = compute_indicators(session=session, filters=IndicatorFilter(
            date_from=dt.date.fromisoformat(PERIOD["from"]),
            date_to=dt.date.fromisoformat(PERIOD["to"])))
    everyone = _figures(browser.get("/console/figures", params=PERIOD).text)
    assert everyone == {f"{row.section}.{row.label}": float(row.value)
                        for row in whole.as_rows()}


def test_the_page_speaks_arabic(db: ServerDatabase, app: object,  # noqa: F811
                                loaded: tuple[Database, str, str]) -> None:
    make_officer(db, "nadia", "officer", language="ar")
    browser = client_of(app)
    log_in(browser, "nadia")
    answer = browser.get("/console/figures", params=PERIOD)
    assert answer.status_code == 200
    assert 'dir="rtl"' in answer.text and "الأرقام" in answer.text


def test_report_pdf_and_xlsx_download(db: ServerDatabase, app: object,  # noqa: F811
                                      loaded: tuple[Database, str, str]) -> None:
    _, team_id, team_name = loaded
    make_officer(db, "omar", "officer")
    browser = client_of(app)
    log_in(browser, "omar")
    pdf = browser.get("/console/figures/report.pdf", params={**PERIOD, "team": team_id,
                                                              "lang": "fr"})
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"] == \
        'attachment; filename="rapport-activite-2025-06-02-2026-06-01.pdf"'
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert team_name in text
    xlsx = browser.get("/console/figures/export", params={
        **PERIOD, "team": team_id, "kind": "beneficiaries", "format": "xlsx"})
    assert xlsx.status_code == 200, xlsx.text
    assert xlsx.headers["content-disposition"].startswith('attachment; filename="caravane-')
    book = openpyxl.load_workbook(io.BytesIO(xlsx.content), read_only=True)
    sheet = book.worksheets[0]
    assert sheet.max_row > 1
    csv = browser.get("/console/figures/export", params={
        **PERIOD, "kind": "attendance", "format": "csv", "codes": "1", "deidentified": "1"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert "P-" in csv.content.decode("utf-8-sig")
    with db.session() as session:
        actions = [row.action for row in session.scalars(select(AdminAudit))]
        assert session.get(ServerSecret, "pseudonym_key") is not None
    assert actions.count("figures_report") == 1 and actions.count("figures_export") == 2


def test_a_viewer_exports_people_only_deidentified(
    db: ServerDatabase, app: object, loaded: tuple[Database, str, str],  # noqa: F811
) -> None:
    make_officer(db, "lina", "viewer")
    browser = client_of(app)
    log_in(browser, "lina")
    first = browser.get("/console/figures/export", params={
        **PERIOD, "kind": "beneficiaries", "format": "csv", "codes": "1"})
    assert first.status_code == 200
    body = first.content.decode("utf-8-sig")
    assert "P-" in body
    second = browser.get("/console/figures/export", params={
        **PERIOD, "kind": "beneficiaries", "format": "csv", "codes": "1"})
    assert second.content.decode("utf-8-sig") == body  # the same key: the same pseudonyms


def test_a_coordinator_sees_only_their_team(
    db: ServerDatabase, app: object, loaded: tuple[Database, str, str],  # noqa: F811
) -> None:
    laptop, team_id, team_name = loaded
    with laptop.session() as session:
        other = session.scalar(select(Team.id).where(Team.id != team_id))
    make_officer(db, "karim", "coordinator", team_id=team_id)
    browser = client_of(app)
    log_in(browser, "karim")
    own = _figures(browser.get("/console/figures", params={**PERIOD, "team": team_id}).text)
    asked_other = browser.get("/console/figures", params={**PERIOD, "team": other})
    assert asked_other.status_code == 200
    assert _figures(asked_other.text) == own
    assert team_name in html.unescape(asked_other.text)
    assert _figures(browser.get("/console/figures", params=PERIOD).text) == own


@pytest.mark.parametrize("params", [
    {"from": "2026-13-40"}, {"from": "x" * 5000}, {"to": "2020-01-01", "from": "2021-01-01"},
    {"team": "nope\x00"}, {"province": "\u202e99"}, {"commune": "é" * 300},
])
def test_bad_filters_get_a_sentence(db: ServerDatabase, app: object,  # noqa: F811
                                    params: dict[str, str]) -> None:
    make_officer(db, "omar", "officer")
    browser = client_of(app)
    log_in(browser, "omar")
    for path in ("/console/figures", "/console/figures/report.pdf", "/console/figures/export"):
        answer = browser.get(path, params=params)
        assert answer.status_code == 400, (path, params)
        assert 'class="error"' in answer.text
    unknown = browser.get("/console/figures/export", params={"kind": "everything"})
    assert unknown.status_code == 400 and "Choisissez ce que vous exportez." in unknown.text
