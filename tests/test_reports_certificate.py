"""Certificates: issuing through `caravane print certificate`, recorded as
support delivered, re-printing, the sentences agreeing with the person and
hours said with Arabic plurals, and verification on the server (function,
HTTP page a phone opens, admin CLI).  The QR code after a real joining,
the page's languages and its limit: tests/test_certificate_verification.py."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.db import Database
from app.labels import hours_phrase
from app.laptop_sync import config
from app.models import Beneficiary, SupportDelivered
from app.models.sync_state import write_state
from app.services import selection
from server import certificates
from server.certificates import verify_certificate
from server.db import ServerDatabase, default_url
from tests.test_reports_seed import seed

SERIAL = re.compile(r"CRV-\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _arabic_lines(path: Path) -> list[str]:
    """An Arabic PDF's lines in reading order: pypdf gives each line's words
    right to left, in their presentation forms, and "و45" as "45و"."""
    lines = unicodedata.normalize("NFKC", _text(path)).splitlines()
    return [re.sub(r"(\d+)و", r"و\1", " ".join(reversed(line.split()))) for line in lines]


def _print(db: Database, beneficiary_id: str, out: Path, *extra: str) -> int:
    return main(["print", "certificate", beneficiary_id, str(out), "--data-dir",
                 str(db.folder), *extra])


def test_certificate_is_issued_once_and_reprinted_with_the_same_serial(
    db: Database, tmp_path: Path
) -> None:
    seeded = seed(db, people=3)
    with db.session() as s:
        # Where joining the server keeps its address (found: the certificate
        # read another key, so its QR code never carried the address).
        write_state(s, config.SERVER_URL, "https://caravane.example.ma/")
    person = seeded.beneficiary_ids[0]  # present at both sessions
    first = tmp_path / "a.pdf"
    assert _print(db, person, first) == 0
    text = _text(first)
    serial = SERIAL.search(text)
    assert serial is not None
    assert "Attestation de participation" in text
    assert "Fatima EL AMRANI" in text
    assert "Le statut de l'auto-entrepreneur" in text and "Construire son business plan" in text
    assert "du 10/03/2026 au 11/03/2026" in text and "soit 10 h de formation" in text
    assert "https://caravane.example.ma/certificates/" + serial.group() in text
    with db.session() as s:
        rows = s.scalars(select(SupportDelivered)).all()
    assert [(r.kind, r.beneficiary_id, r.serial) for r in rows] == [
        ("certificate", person, serial.group())
    ]
    assert rows[0].pending is not None  # will sync to the server

    again = tmp_path / "b.pdf"
    assert _print(db, person, again, "--lang", "ar") == 0
    assert serial.group() in _text(again)
    with db.session() as s:
        assert len(s.scalars(select(SupportDelivered)).all()) == 1

    # Another training (one module only) is another certificate.
    third = tmp_path / "c.pdf"
    assert _print(db, person, third, "--module", "BUSINESS-PLAN") == 0
    other = SERIAL.search(_text(third))
    assert other is not None and other.group() != serial.group()
    assert "soit 3 h de formation" in _text(third)


def _late_at_three_modules(db: Database) -> str:
    """Someone who came late and left early at three modules: 2 h 55, then
    3 h 55 twice (found: rows of 2,9 + 3,9 + 3,9 and a total of 10,8)."""
    from app.services import attendance, planning
    from tests.test_services_fixtures import crew, person

    day = dt.date(2026, 3, 10)
    with db.session() as s:
        team = crew(s)
        amal = person(s, team.team_id, "Amal", "Sbai")
        modules = {m.code: m.id for m in planning.list_modules(session=s)}
        for offset, (code, left) in enumerate(
            [("AE-STATUT", dt.time(12, 15)), ("BUSINESS-PLAN", dt.time(13, 15)),
             ("FINANCEMENT", dt.time(13, 15))]
        ):
            training = planning.plan_session(
                session=s, team_id=team.team_id, module_id=modules[code],
                session_date=day + dt.timedelta(days=offset), start_time=dt.time(9),
                end_time=dt.time(14),
            ).value
            attendance.set_presence_times(
                session=s, session_id=training.id, beneficiary_id=amal.id,
                arrived_at=dt.time(9, 20), left_at=left,
            )
        return amal.id


def test_the_rows_of_a_certificate_add_up_to_its_total(db: Database, tmp_path: Path) -> None:
    person = _late_at_three_modules(db)
    out = tmp_path / "late.pdf"
    assert _print(db, person, out) == 0
    text = _text(out)
    assert "soit 10 h 45 de formation" in text
    shown = re.findall(r"/03/2026 (\d+) h(?: (\d\d))?", text)
    assert [(int(h), int(m or 0)) for h, m in shown] == [(2, 55), (3, 55), (3, 55)]
    assert sum(60 * int(h) + int(m or 0) for h, m in shown) == 10 * 60 + 45

    arabic = tmp_path / "late_ar.pdf"
    assert _print(db, person, arabic, "--lang", "ar") == 0
    # Hours in words, the nouns agreeing with their numbers.
    lines = _arabic_lines(arabic)
    # The table's rows: module, date, hours (the period line says "مجموعه").
    rows_ar = [re.search(r"\d\d/03/2026 (.+)$", line) for line in lines if "مجموعه" not in line]
    assert [row.group(1) for row in rows_ar if row] == [
        "ساعتان و55 دقيقة", "3 ساعات و55 دقيقة", "3 ساعات و55 دقيقة"
    ]
    assert "أي ما مجموعه 10 ساعات و45 دقيقة من التكوين" in " ".join(lines)


def test_the_certificate_agrees_with_its_holder(db: Database, tmp_path: Path) -> None:
    """Found: Arabic certificates always said "قد شارك(ت)" and "4 ساعة"."""
    seeded = seed(db, people=3)
    fatima, youssef = seeded.beneficiary_ids[:2]  # 10 h and 7 h of training
    said = {}
    for name, person in (("fatima", fatima), ("youssef", youssef)):
        for lang in ("fr", "ar"):
            out = tmp_path / f"{name}_{lang}.pdf"
            assert _print(db, person, out, "--lang", lang) == 0
            said[name, lang] = _text(out) if lang == "fr" else " ".join(_arabic_lines(out))
    assert "قد شاركت في التكوين" in said["fatima", "ar"]
    assert "قد شارك في التكوين" in said["youssef", "ar"]
    assert "أي ما مجموعه 10 ساعات من التكوين" in said["fatima", "ar"]
    assert "أي ما مجموعه 7 ساعات من التكوين" in said["youssef", "ar"]
    for name in ("fatima", "youssef"):
        assert "a participé à la formation" in said[name, "fr"]  # the same for both
        assert "(e)" not in said[name, "fr"] and "(ت)" not in said[name, "ar"]


def test_hours_are_said_with_their_arabic_plural() -> None:
    """1 ساعة واحدة, 2 ساعتان, 3-10 ساعات, 11 and more ساعة (by the last two
    digits: 103 ساعات), minutes alike; French keeps "10 h 45"."""
    expected = {
        60: "ساعة واحدة", 120: "ساعتان", 180: "3 ساعات", 600: "10 ساعات", 660: "11 ساعة",
        6000: "100 ساعة", 6180: "103 ساعات", 45: "45 دقيقة", 61: "ساعة واحدة ودقيقة واحدة",
        122: "ساعتان ودقيقتان", 285: "4 ساعات و45 دقيقة", 605: "10 ساعات و5 دقائق",
    }
    assert {minutes: hours_phrase("ar", minutes) for minutes in expected} == expected
    assert [hours_phrase("fr", m) for m in (600, 645, 45)] == ["10 h", "10 h 45", "0 h 45"]


def test_no_certificate_without_attendance(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded = seed(db, people=3)
    out = tmp_path / "x.pdf"
    assert _print(db, seeded.beneficiary_ids[2], out) == 1  # enrolled, never present
    assert "aucune session" in capsys.readouterr().err
    assert _print(db, "nobody", out) == 1
    assert "Bénéficiaire introuvable : nobody" in capsys.readouterr().err
    assert not out.exists()
    with db.session() as s:
        assert s.scalars(select(SupportDelivered)).all() == []


def test_serials_from_two_devices_differ() -> None:
    from app.models.ids import new_id
    from app.services.documents import certificate_serial

    serials = {certificate_serial(new_id(), 2026) for _ in range(2000)}
    assert len(serials) == 2000
    assert all(SERIAL.fullmatch(s) for s in serials)


@pytest.fixture
def server_db(tmp_path: Path) -> Iterator[ServerDatabase]:
    database = ServerDatabase(default_url(tmp_path / "server"))
    yield database
    database.dispose()


def _server_certificate(server_db: ServerDatabase, serial: str, revoked: bool = False) -> None:
    """What the server holds once the laptop synced (same schema, same rows)."""
    with server_db.session() as s:
        person = Beneficiary(
            team_id="t", last_name="Benali", first_name="Youssef", name_ar="يوسف بنعلي",
            sex="M", registered_on=dt.date(2026, 3, 1),
        )
        s.add(person)
        s.flush()
        s.add(
            SupportDelivered(
                team_id="t", beneficiary_id=person.id, kind="certificate",
                description="Attestation de participation : AE-STATUT [training:0123abcd]",
                delivered_on=dt.date(2026, 3, 10), serial=serial, revoked=revoked,
            )
        )


def test_server_says_genuine_revoked_or_unknown(
    server_db: ServerDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _server_certificate(server_db, "CRV-2026-AAAAA-BBBBB")
    _server_certificate(server_db, "CRV-2026-CCCCC-DDDDD", revoked=True)
    with server_db.session() as s:
        status = verify_certificate(s, " crv-2026-aaaaa-bbbbb ")
        assert (status.status, status.holder, status.holder_ar) == (
            "genuine", "Youssef BENALI", "يوسف بنعلي"
        )
        # The module's title, not its code (found: "AE-STATUT" on the page).
        assert [(m.title_fr, m.title_ar) for m in status.modules] == [
            ("Le statut de l'auto-entrepreneur", "نظام المقاول الذاتي")
        ]
        assert verify_certificate(s, "CRV-2026-CCCCC-DDDDD").status == "revoked"
        assert verify_certificate(s, "CRV-2026-ZZZZZ-ZZZZZ").status == "unknown"

    app = FastAPI()
    app.state.db = server_db
    app.include_router(certificates.router)
    client = TestClient(app)
    page = client.get("/certificates/CRV-2026-AAAAA-BBBBB")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "Attestation authentique" in page.text and "Youssef BENALI" in page.text
    assert "width=device-width" in page.text
    assert client.get("/certificates/CRV-2026-CCCCC-DDDDD?format=json").json()["status"] == (
        "revoked"
    )
    unknown = client.get("/certificates/CRV-2026-ZZZZZ-ZZZZZ?format=json")
    assert unknown.status_code == 404 and unknown.json()["status"] == "unknown"

    from server.cli import main as server_main

    folder = str(tmp_path / "server")
    assert server_main(["admin", "verify-certificate", "CRV-2026-AAAAA-BBBBB",
                        "--data-dir", folder]) == 0
    said = capsys.readouterr().out
    assert "authentique" in said and "Formation : Le statut de l'auto-entrepreneur" in said
    assert "AE-STATUT" not in said
    assert server_main(["admin", "verify-certificate", "CRV-2026-CCCCC-DDDDD",
                        "--data-dir", folder]) == 2
    assert "révoquée" in capsys.readouterr().out


def test_revoked_on_the_laptop_then_reprinted_gets_a_new_serial(
    db: Database, tmp_path: Path
) -> None:
    seeded = seed(db, people=2)
    person = seeded.beneficiary_ids[1]
    assert _print(db, person, tmp_path / "a.pdf") == 0
    with db.session() as s:
        row = s.scalars(select(SupportDelivered)).one()
        selection.revoke_support(session=s, support_id=row.id)
        old = row.serial
    assert _print(db, person, tmp_path / "b.pdf") == 0
    new = SERIAL.search(_text(tmp_path / "b.pdf"))
    assert new is not None and new.group() != old
