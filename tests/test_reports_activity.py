"""The activity report and the beneficiary record, through `caravane print`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.core.errors import StateError
from app.db import Database
from app.labels import Labels
from app.models import Attendance, TrainingSession, User
from app.services import accounts, coaching, documents, planning, programme_targets, selection
from app.services.demo import generate_demo
from app.services.indicators import (
    IndicatorFilter,
    Indicators,
    compute_indicators,
    indicator_details,
)
from tests.test_reports_seed import add_person, seed

ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_report_shows_the_indicators_and_a_page_per_commune(
    db: Database, tmp_path: Path
) -> None:
    seeded = seed(db, people=6)
    with db.session() as s:
        planning.set_session_status(session=s, session_id=seeded.session_id, status="held")
        planning.set_session_status(session=s, session_id=seeded.second_session_id, status="held")
        coaching.record_coaching(
            session=s, team_id=seeded.team_id, trainer_id=seeded.trainer_id,
            beneficiary_id=seeded.beneficiary_ids[3], held_on=dt.date(2026, 3, 12),
            duration_minutes=60,
        )
        ind = compute_indicators(
            session=s, filters=IndicatorFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        )
    out = tmp_path / "report.pdf"
    assert main(["print", "report", "--from", "01/01/2026", "--to", "2026-12-31", str(out),
                 "--data-dir", str(db.folder)]) == 0
    pages = _pages(out)
    first = pages[0]
    lines = " ".join(first.split())
    assert "Rapport d'activité" in first and "Période du 01/01/2026 au 31/12/2026" in first
    assert ind.beneficiaries_reached == 3 and ind.sessions_held == 2
    assert f"Bénéficiaires touchés {ind.beneficiaries_reached}" in lines
    assert f"Sessions tenues {ind.sessions_held}" in lines
    assert "Séances d'accompagnement 1" in lines
    assert ind.attendance_rate is not None
    assert f"Taux de présence {ind.attendance_rate * 100:.1f} %".replace(".", ",") in lines
    everything = "\n".join(pages)
    assert "Bénéficiaires par sexe" in everything and "Bénéficiaires par tranche d'âge" in everything
    commune_pages = [p for p in pages if "Commune : Tanger" in p]
    assert len(commune_pages) == 1
    assert "Le statut de l'auto-entrepreneur" in commune_pages[0]
    assert re.search(r"Page \d+ / " + str(len(pages)), pages[-1])

    arabic = tmp_path / "report_ar.pdf"
    assert main(["print", "report", "--from", "2026-01-01", "--to", "2026-12-31", str(arabic),
                 "--lang", "ar", "--data-dir", str(db.folder)]) == 0
    assert ARABIC.search(_pages(arabic)[0])


def test_record_holds_everything_about_the_person(db: Database, tmp_path: Path) -> None:
    seeded = seed(db, people=3)
    person = seeded.beneficiary_ids[0]
    with db.session() as s:
        coaching.record_coaching(
            session=s, team_id=seeded.team_id, trainer_id=seeded.trainer_id,
            beneficiary_id=person, held_on=dt.date(2026, 3, 12), duration_minutes=45,
            notes="Projet de couscous artisanal", topics=["financement"],
            next_steps=[coaching.NextStepInput("Demander un devis", dt.date(2026, 4, 1))],
        )
    assert main(["print", "certificate", person, str(tmp_path / "c.pdf"),
                 "--data-dir", str(db.folder)]) == 0
    pdf = tmp_path / "record.pdf"
    assert main(["print", "record", person, str(pdf), "--data-dir", str(db.folder)]) == 0
    text = " ".join("\n".join(_pages(pdf)).split())  # cells wrap
    for expected in ("Fiche bénéficiaire", "loi 09-08", "El Amrani", "JB23457",
                     "Formulaire papier", "Le statut de l'auto-entrepreneur",
                     "Construire son business plan", "Projet de couscous artisanal",
                     "Demander un devis", "Attestation", "CRV-2026-"):
        assert expected in text, expected

    data_file = tmp_path / "record.json"
    assert main(["print", "record", person, str(data_file), "--data-dir", str(db.folder)]) == 0
    data = json.loads(data_file.read_text(encoding="utf-8"))
    assert data["profile"]["cin"] == "JB23457"
    assert data["profile"]["name_ar"] == "فاطمة العمراني"
    assert data["consents"][0]["method"] == "paper"
    assert {s["module_code"] for s in data["sessions"]} == {"AE-STATUT", "BUSINESS-PLAN"}
    assert data["coaching"][0]["next_steps"][0]["description"] == "Demander un devis"
    assert data["support"][0]["kind"] == "certificate"
    assert data["total_hours"] == 10


# ---- the funder's report: definitions, targets, totals since the start, every
# commune, the same numbers as `caravane indicators` and the JSON export ----

FUNDER_TODAY = dt.date(2026, 10, 1)
PERIOD = ("2026-04-01", "2026-09-30")
PROGRAMME_START = "2025-10-01"
ZAOUIAT = "01.051.11.25"  # Zaouiat Sidi Abdelkader: the name once cut in a chart


@pytest.fixture(scope="module")
def funder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Demo data over a year, a programme with targets that started before
    the period, and a person of Zaouiat Sidi Abdelkader coached in it."""
    folder = tmp_path_factory.mktemp("funder") / "data"
    db = Database(folder)
    with db.session() as s:
        generate_demo(session=s, beneficiaries=150, seed=7, today=FUNDER_TODAY)
        team_id = accounts.local_team_id(session=s)
        assert team_id is not None
        trainer = s.scalar(select(User.id).where(User.team_id == team_id))
        person = add_person(s, team_id, 3, commune=ZAOUIAT, cin="ZS23457")
        coaching.record_coaching(
            session=s, team_id=team_id, trainer_id=trainer, beneficiary_id=person,
            held_on=dt.date(2026, 6, 2), duration_minutes=30,
        )
        # Certificates for the people present at the period's first sessions.
        present = s.scalars(
            select(Attendance.beneficiary_id)
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .where(Attendance.status == "present", TrainingSession.status == "held",
                   TrainingSession.session_date.between(dt.date(2026, 4, 1),
                                                        dt.date(2026, 9, 30)))
            .distinct().limit(6)
        ).all()
        for beneficiary_id in present:
            documents.issue_certificate(session=s, beneficiary_id=beneficiary_id,
                                        issued_on=dt.date(2026, 9, 20))
    db.dispose()
    assert main(["programme", "add", "Maison des TPE 2025-2027", "--funder", "INDH",
                 "--from", PROGRAMME_START, "--data-dir", str(folder)]) == 0
    assert main(["programme", "targets", "maison des tpe 2025-2027", "--reached", "200",
                 "--women", "100", "--youth", "80", "--young-women", "40", "--trained", "150",
                 "--coached", "60", "--certified", "120", "--projects", "10",
                 "--data-dir", str(folder)]) == 0
    return folder


def _cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def _same(numbers: dict[str, Any], indicators: Indicators) -> None:
    """The CLI's JSON and an `Indicators` hold the same numbers."""
    mine = json.loads(json.dumps(dataclasses.asdict(indicators), default=str))
    assert set(mine) == set(numbers)
    for key, value in numbers.items():
        if isinstance(value, float):
            assert mine[key] == pytest.approx(value), key
        else:
            assert mine[key] == value, key


def _age_band(person: dict[str, Any], on: dt.date) -> str:
    """The age band on `on` (the rule of app/services/search.py, by hand)."""
    if person.get("birth_date"):
        born = dt.date.fromisoformat(person["birth_date"])
        age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    elif person.get("birth_year"):
        age = on.year - int(person["birth_year"])
    else:
        return "unknown"
    return ("under_18" if age < 18 else "18_35" if age <= 35 else "36_45" if age <= 45
            else "over_45")


def _recount(export: dict[str, Any], start: dt.date, end: dt.date) -> dict[str, Any]:
    """The report's people and sessions counted again from the JSON export."""
    tables = export["tables"]

    def within(value: str) -> bool:
        return start <= dt.date.fromisoformat(value) <= end

    held = {s["id"]: s for s in tables["training_session"]
            if not s["deleted"] and s["status"] == "held" and within(s["session_date"])}
    stops = {s["id"]: s["commune_code"] for s in tables["tour_stop"]}
    present = [a for a in tables["attendance"] if not a["deleted"]
               and a["status"] == "present" and a["session_id"] in held]
    trained = {a["beneficiary_id"] for a in present}
    coached = {c["beneficiary_id"] for c in tables["coaching_session"] if not c["deleted"]
               and c["beneficiary_id"] and within(c["held_on"])}
    certified = {s["beneficiary_id"] for s in tables["support_delivered"]
                 if not s["deleted"] and not s["revoked"] and s["kind"] == "certificate"
                 and s["beneficiary_id"] and within(s["delivered_on"])}
    people = {p["id"]: p for p in tables["beneficiary"]}
    reached = trained | coached
    women = {p for p in reached if people[p]["sex"] == "F"}
    youth = {p for p in reached if _age_band(people[p], end) == "18_35"}
    participants: dict[str, set[str]] = {}
    for a in present:
        commune = stops.get(held[a["session_id"]]["stop_id"])
        if commune:
            participants.setdefault(commune, set()).add(a["beneficiary_id"])
    residents: dict[str, int] = {}
    for p in reached:
        code = people[p]["commune_code"] or "unknown"
        residents[code] = residents.get(code, 0) + 1
    return {
        "reached": len(reached), "women": len(women), "youth": len(youth),
        "young_women": len(women & youth), "trained": len(trained), "coached": len(coached),
        "certified": len(certified), "sessions": len(held),
        "trained_women": len({p for p in trained if people[p]["sex"] == "F"}),
        "coached_women": len({p for p in coached if people[p]["sex"] == "F"}),
        "certified_women": len({p for p in certified if people[p]["sex"] == "F"}),
        "residents": residents,
        "participants": {code: len(ids) for code, ids in participants.items()},
    }


def _row_numbers(text: str, label: str) -> list[str]:
    """The numbers printed after a row's label on a page (thin spaces and
    "%" kept with their number)."""
    line = next(line for line in text.splitlines() if line.startswith(label + " "))
    return re.findall(r"\d[\d\u202f]*(?:,\d+)?(?: %)?", line[len(label):])


def test_the_funders_report_has_the_numbers_of_the_cli_and_of_the_json_export(
    funder_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    start, end = (dt.date.fromisoformat(d) for d in PERIOD)
    since = dt.date.fromisoformat(PROGRAMME_START)
    folder = str(funder_dir)
    period = _cli_json(capsys, "indicators", "--data-dir", folder, "--from", PERIOD[0],
                       "--to", PERIOD[1], "--json")
    total = _cli_json(capsys, "indicators", "--data-dir", folder, "--from", PROGRAMME_START,
                      "--to", PERIOD[1], "--json")
    export_file = tmp_path / "all.json"
    assert main(["--data-dir", folder, "export", str(export_file)]) == 0
    export = json.loads(export_file.read_text(encoding="utf-8"))
    db = Database(funder_dir)
    try:
        with db.session() as s:
            data = documents.activity_report_data(
                session=s, date_from=start, date_to=end, today=FUNDER_TODAY
            )
    finally:
        db.dispose()
    # The report's data, the CLI and a recount of the export agree.
    assert data.since == since and data.programme is not None
    _same(period, data.indicators)
    _same(total, data.cumulative)
    for indicators, recount in ((data.indicators, _recount(export, start, end)),
                                (data.cumulative, _recount(export, since, end))):
        assert recount["reached"] == indicators.beneficiaries_reached > 0
        assert recount["women"] == indicators.women
        assert recount["youth"] == indicators.youth_18_35
        assert recount["young_women"] == indicators.young_women > 0
        assert recount["trained"] == indicators.people_trained
        assert recount["coached"] == indicators.people_coached
        assert recount["certified"] == indicators.people_certified > 0
        assert recount["sessions"] == indicators.sessions_held
        assert recount["trained_women"] == indicators.trained_by_sex.get("F", 0)
        assert recount["coached_women"] == indicators.coached_by_sex.get("F", 0)
        assert recount["certified_women"] == indicators.certified_by_sex.get("F", 0)
    recount = _recount(export, start, end)
    assert {r.code: r.residents for r in data.commune_rows if r.residents} == recount["residents"]
    assert {r.code: r.participants for r in data.commune_rows if r.participants} == (
        recount["participants"]
    )
    assert sum(p.residents for p in data.provinces) + sum(
        r.residents for r in data.commune_rows if r.code == "unknown"
    ) == data.indicators.beneficiaries_reached
    assert len(data.sessions) == data.indicators.sessions_held

    # The PDF prints those numbers: the period, the totals since the start,
    # the target and how much of it is reached.
    out = tmp_path / "report.pdf"
    assert main(["print", "report", "--from", PERIOD[0], "--to", PERIOD[1], str(out),
                 "--data-dir", folder]) == 0
    pages = _pages(out)
    first = pages[0]
    n = Labels("fr").number
    assert "Cumul depuis le 01/10/2025" in " ".join(first.split())
    assert _row_numbers(first, "Bénéficiaires touchés") == [
        n(recount["reached"]), n(total["beneficiaries_reached"]), n(200),
        Labels("fr").percent(total["beneficiaries_reached"] / 200),
    ]
    assert _row_numbers(first, "Jeunes femmes de 18 à 35 ans")[:3] == [
        n(data.indicators.young_women), n(data.cumulative.young_women), n(40)
    ]
    assert _row_numbers(first, "Candidats retenus")[2] == n(10)
    assert _row_numbers(first, "Sessions tenues") == [n(recount["sessions"]),
                                                      n(total["sessions_held"])]


def test_the_funders_report_states_its_definitions_and_hides_no_commune(
    funder_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    assert main(["print", "report", "--from", PERIOD[0], "--to", PERIOD[1], str(out),
                 "--data-dir", str(funder_dir)]) == 0
    pages = _pages(out)
    text = " ".join("\n".join(pages).split())
    for expected in (
        "Définitions", "dans la commune où elles résident (résidents)",
        "âge au dernier jour de la période (30/09/2026)",
        "Programme : Maison des TPE 2025-2027", "Bailleur de fonds : INDH",
        "Résultats par sexe", "Bénéficiaires par sexe et tranche d'âge",
        "Synthèse par province", "Annexe 1 : toutes les communes", "Établi par",
        "Visa du Directeur régional de la CCIS", "Signature et cachet",
        "Annexe 2 : fiches des communes visitées", "Annexe 3 : sessions tenues",
    ):
        assert expected in text, expected
    # No "others" bucket; the long name whole, in the table and in the chart.
    assert "Autres" not in text
    assert "Zaouiat Sidi Abdelkader" in text and "Abdelka…" not in text
    # The annex lists every session held, numbered.
    first_annex = next(i for i, p in enumerate(pages) if "Annexe 3 : sessions" in p)
    annex = "\n".join(pages[first_annex:])
    db = Database(funder_dir)
    try:
        with db.session() as s:
            data = documents.activity_report_data(
                session=s, date_from=dt.date.fromisoformat(PERIOD[0]),
                date_to=dt.date.fromisoformat(PERIOD[1]),
            )
    finally:
        db.dispose()
    assert f"Annexe 3 : sessions tenues ({len(data.sessions)})" in text
    for held in data.sessions:
        assert held.session_date.strftime("%d/%m/%Y") in annex
    # The signature block comes before the annexes.
    signature = next(i for i, p in enumerate(pages) if "Établi par" in p)
    assert signature < next(i for i, p in enumerate(pages) if "Annexe 1" in p)

    arabic = tmp_path / "report_ar.pdf"
    assert main(["print", "report", "--from", PERIOD[0], "--to", PERIOD[1], str(arabic),
                 "--lang", "ar", "--data-dir", str(funder_dir)]) == 0
    arabic_text = "\n".join(_pages(arabic))
    assert "Autres" not in arabic_text and "أخرى" not in arabic_text


def test_programme_targets_are_set_checked_and_compared(
    funder_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(funder_dir)
    capsys.readouterr()
    # A part larger than its whole is refused, and nothing changes.
    assert main(["programme", "targets", "Maison des TPE 2025-2027", "--women", "500",
                 "--data-dir", folder]) == 1
    assert "femmes touchées : au plus 200" in capsys.readouterr().err
    listing = _cli_json(capsys, "programme", "list", "--json", "--data-dir", folder)
    mine = next(p for p in listing if p["name"] == "Maison des TPE 2025-2027")
    assert mine["targets"]["women"] == 100 and mine["starts_on"] == PROGRAMME_START
    assert main(["programme", "targets", "Nulle part", "--reached", "5",
                 "--data-dir", folder]) == 1
    assert "programme introuvable" in capsys.readouterr().err
    db = Database(funder_dir)
    try:
        with db.session() as s:
            shared = selection.create_programme(session=s, name="Appel régional")
            with pytest.raises(StateError):
                programme_targets.set_targets(session=s, programme_id=shared.id,
                                              targets={"reached": 10})
            done = programme_targets.set_targets(
                session=s, programme_id=mine["id"], targets={"coached": None}
            )
            assert "coached" not in done.value.targets and done.changes
            again = programme_targets.set_targets(
                session=s, programme_id=mine["id"], targets={"coached": None}
            )
            assert not again.changes
            s.rollback()
    finally:
        db.dispose()


def test_one_pass_gives_the_period_and_the_totals_since_the_start(funder_dir: Path) -> None:
    """`indicator_details(since=…)` computes both spans in the same passes:
    each is what `compute_indicators` gives for that span alone."""
    db = Database(funder_dir)
    try:
        with db.session() as s:
            start, end = dt.date(2026, 4, 1), dt.date(2026, 9, 30)
            since = dt.date(2025, 10, 1)
            for team_id in (None, accounts.local_team_id(session=s)):
                both = indicator_details(
                    session=s, filters=IndicatorFilter(start, end, team_id), since=since
                )
                alone = compute_indicators(
                    session=s, filters=IndicatorFilter(start, end, team_id)
                )
                whole = compute_indicators(
                    session=s, filters=IndicatorFilter(since, end, team_id)
                )
                assert both.cumulative is not None
                _same(json.loads(json.dumps(dataclasses.asdict(alone), default=str)),
                      both.indicators)
                _same(json.loads(json.dumps(dataclasses.asdict(whole), default=str)),
                      both.cumulative)
    finally:
        db.dispose()


def test_a_long_chart_label_wraps_instead_of_being_cut(tmp_path: Path) -> None:
    from app.reports.charts import bar_chart
    from app.reports.pdf import build_pdf

    long_name = "Zaouiat Sidi Abdelkader Ouled Ben Abdellah"
    out = tmp_path / "chart.pdf"
    chart = bar_chart([(long_name, 12), ("Larache", 3)], rtl=False, width=160)
    build_pdf(out, [chart], Labels("fr"), title="chart")
    text = " ".join(_pages(out)[0].split())
    assert long_name in text and "…" not in text
    assert chart.wrap(160, 1000)[1] > bar_chart([("Larache", 3)] * 2, rtl=False,
                                                 width=160).wrap(160, 1000)[1]
