"""The activity report and the beneficiary record, through `caravane print`."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from pypdf import PdfReader

from app.cli.main import main
from app.db import Database
from app.services import coaching, planning
from app.services.indicators import IndicatorFilter, compute_indicators
from tests.test_reports_seed import seed

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
