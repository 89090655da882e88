"""A person's record (law 09-08) as the person receives it: `caravane print
record`, read back from the PDF's text (and the JSON); the controller's
statements set with `caravane settings`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli.main import main
from app.db import Database
from app.labels import DocText, Labels
from app.reports.beneficiary_record import RecordText, privacy_statements
from app.services import beneficiaries, enterprises, laptop_settings
from app.services.beneficiaries import ConsentInput
from app.services.documents import BeneficiaryRecord
from tests.test_reports_seed import seed

ICE = "001234567000089"


def _text(path: Path) -> str:
    """The PDF's words in reading order, cells' wrapped lines joined."""
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


def _print(db: Database, person: str, out: Path, *extra: str) -> None:
    assert main(["print", "record", person, str(out), "--data-dir", str(db.folder), *extra]) == 0


def _settings(db: Database, *args: str) -> int:
    return main(["settings", *args, "--data-dir", str(db.folder)])


def test_the_record_states_who_holds_the_data_and_under_which_declaration(
    db: Database, tmp_path: Path
) -> None:
    person = seed(db, people=2).beneficiary_ids[0]  # consented, without sharing with partners
    assert _settings(db, "set", "privacy.cndp_reference", "D-GC-123/2026") == 0
    assert _settings(db, "set", "privacy.controller_address", "Rue de la Liberté, Tanger") == 0
    assert _settings(db, "set", "privacy.retention_years", "5") == 0
    assert _settings(db, "set", "privacy.contact", "dpo@ccis-tta.ma") == 0
    pdf = tmp_path / "record.pdf"
    _print(db, person, pdf)
    text = _text(pdf)
    fr = Labels("fr")
    for expected in (
        "Vos données et vos droits (loi 09-08)",
        "Responsable du traitement " + fr(DocText.CCIS) + ", Rue de la Liberté, Tanger",
        "Finalités Inscription et suivi des bénéficiaires",
        "Destinataires Le personnel de la CCIS et les formateurs",
        fr(RecordText.RECIPIENTS_NO_PARTNERS),
        "Durée de conservation 5 ans après votre dernière activité dans le programme.",
        "Déclaration à la CNDP D-GC-123/2026",
        "articles 7 à 9",
        "Pour exercer vos droits dpo@ccis-tta.ma",
    ):
        assert expected in text, expected
    assert "avec votre accord" not in text.lower()

    arabic = tmp_path / "record_ar.pdf"
    _print(db, person, arabic, "--lang", "ar")
    arabic_text = _text(arabic)
    assert "D-GC-123/2026" in arabic_text and "dpo@ccis-tta.ma" in arabic_text

    data = json.loads(_json(db, person, tmp_path).read_text(encoding="utf-8"))
    assert data["controller"] == {
        "name": fr(DocText.CCIS), "address": "Rue de la Liberté, Tanger",
        "contact": "dpo@ccis-tta.ma", "cndp_reference": "D-GC-123/2026",
        "retention_years": 5, "shares_with_partners": False,
    }


def _json(db: Database, person: str, tmp_path: Path) -> Path:
    out = tmp_path / "record.json"
    _print(db, person, out)
    return out


def test_settings_not_given_are_said_so_never_invented(db: Database, tmp_path: Path) -> None:
    person = seed(db, people=1).beneficiary_ids[0]
    pdf = tmp_path / "record.pdf"
    _print(db, person, pdf)
    text = _text(pdf)
    fr = Labels("fr")
    assert "Responsable du traitement " + fr(DocText.CCIS) + " Finalités" in text
    assert "Durée de conservation " + fr(RecordText.RETENTION_UNSET) in text
    assert "Déclaration à la CNDP " + fr(RecordText.CNDP_UNSET) in text
    assert "Pour exercer vos droits " + fr(RecordText.CONTACT_UNSET) in text


def test_retention_in_years_agrees_with_its_number() -> None:
    def retention(lang: str, years: int | None) -> str:
        with_years = laptop_settings.PrivacySettings(None, None, None, years)
        record = _bare_record(with_years)
        return dict(privacy_statements(record, Labels(lang)))[Labels(lang)(RecordText.RETENTION)]

    assert retention("fr", 1) == "Un an après votre dernière activité dans le programme."
    assert retention("fr", 10).startswith("10 ans après")
    assert retention("ar", 1).startswith("سنة واحدة")
    assert retention("ar", 2).startswith("سنتان")
    assert retention("ar", 5).startswith("5 سنوات")
    assert retention("ar", 10).startswith("10 سنوات")
    assert retention("ar", 11).startswith("11 سنة ")
    assert retention("ar", 20).startswith("20 سنة ")
    assert retention("en", 3).startswith("3 years after")


def _bare_record(privacy: laptop_settings.PrivacySettings) -> BeneficiaryRecord:
    from app.services.beneficiaries import BeneficiaryDetail, BeneficiaryView

    profile = BeneficiaryView(
        id="p", team_id=None, first_name="Salma", last_name="Tazi", name_ar=None, sex="F",
        birth_date=None, birth_year=None, cin=None, phone=None, commune_code=None,
        commune_name=None, commune_name_ar=None, douar=None, education_level=None, status=None,
        sector=None, project_stage=None, prior_support=(), notes=None,
        registered_on=dt.date(2026, 1, 5), registered_by=None, merged_into_id=None,
        deleted=False,
    )
    detail = BeneficiaryDetail(profile, None, [], [], 0.0, [], [], [], [])
    return BeneficiaryRecord(detail, (), (), privacy, dt.date(2026, 5, 1))


def test_consent_history_lists_every_consent_given_and_withdrawn(
    db: Database, tmp_path: Path
) -> None:
    person = seed(db, people=1).beneficiary_ids[0]  # consented on 01/03/2026, notice 2026-01
    with db.session() as s:
        beneficiaries.withdraw_consent(session=s, beneficiary_id=person, on=dt.date(2026, 4, 2))
        beneficiaries.record_consent(
            session=s, beneficiary_id=person, today=dt.date(2026, 5, 20),
            consent=ConsentInput(
                notice_version="2026-05", given_on=dt.date(2026, 5, 20),
                collected_by="Leila Mansouri", method="oral", share_with_partners=True,
            ),
        )
    pdf = tmp_path / "record.pdf"
    _print(db, person, pdf)
    text = _text(pdf)
    history = text[text.index("Historique du consentement"):text.index("Formations")]
    # Oldest first: given, withdrawn, given again under the new notice.
    given = history.index("01/03/2026 Donné 2026-01 Formulaire papier Leila Mansouri Oui Non Non")
    withdrawn = history.index("02/04/2026 Retiré 2026-01")
    again = history.index("20/05/2026 Donné 2026-05 Oral Leila Mansouri Non Oui Non")
    assert given < withdrawn < again
    # The current consent shares with the programme's partners.
    assert Labels("fr")(RecordText.RECIPIENTS_PARTNERS) in text

    data = json.loads(_json(db, person, tmp_path).read_text(encoding="utf-8"))
    assert [(c["notice_version"], c["withdrawn_on"]) for c in data["consents"]] == [
        ("2026-01", "2026-04-02"), ("2026-05", None),
    ]
    assert data["controller"]["shares_with_partners"] is True


def test_the_record_holds_the_enterprise_ice_and_no_internal_tag(
    db: Database, tmp_path: Path
) -> None:
    seeded = seed(db, people=1)
    person = seeded.beneficiary_ids[0]  # present at two sessions
    with db.session() as s:
        enterprises.create_enterprise(
            session=s, team_id=seeded.team_id, name="Coopérative Tazi Argan",
            legal_form="cooperative", ice=ICE, sector="agrifood", member_ids=[person],
        )
    assert main(["print", "certificate", person, str(tmp_path / "c.pdf"),
                 "--data-dir", str(db.folder)]) == 0
    pdf = tmp_path / "record.pdf"
    _print(db, person, pdf)
    text = _text(pdf)
    assert f"Coopérative Tazi Argan {ICE}" in text
    # Finding 5: no bookkeeping tag, no module codes: the certificate is
    # described by the titles of the modules it covers.
    assert "[training:" not in text and "AE-STATUT" not in text
    support = text[text.index("Appuis reçus"):]
    assert "Attestation Le statut de l'auto-entrepreneur, Construire son business plan" in support
    arabic = tmp_path / "record_ar.pdf"
    _print(db, person, arabic, "--lang", "ar")
    assert "[training:" not in _text(arabic)

    data = json.loads(_json(db, person, tmp_path).read_text(encoding="utf-8"))
    assert data["enterprises"][0]["ice"] == ICE
    certificate = data["support"][0]
    assert "[training:" not in json.dumps(data)
    assert [m["code"] for m in certificate["modules"]] == ["AE-STATUT", "BUSINESS-PLAN"]


def test_settings_command_refuses_bad_values_and_changes_nothing(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _settings(db, "set", "privacy.retention_years", "10") == 0
    capsys.readouterr()
    assert _settings(db, "set", "privacy.retention_years", "dix") == 1
    assert "nombre entier" in capsys.readouterr().err
    assert _settings(db, "set", "privacy.retention_years", "0") == 1
    assert "entre 1 et 50" in capsys.readouterr().err
    assert _settings(db, "set", "privacy.cndp_reference", "x" * 61) == 1
    assert "60 caractères" in capsys.readouterr().err
    assert _settings(db, "set", "privacy.colour", "bleu") == 1
    assert "paramètre inconnu : privacy.colour" in capsys.readouterr().err
    with db.session() as s:
        assert laptop_settings.privacy_settings(session=s) == laptop_settings.PrivacySettings(
            None, None, None, 10
        )
    assert _settings(db, "get", "privacy.retention_years") == 0
    assert capsys.readouterr().out.strip() == "10"
    assert _settings(db, "unset", "privacy.retention_years") == 0
    assert _settings(db, "list") == 0
    listing = capsys.readouterr().out
    assert "privacy.retention_years = (non renseigné)" in listing
    assert "privacy.cndp_reference = (non renseigné)" in listing
