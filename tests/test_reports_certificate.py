"""Certificates: issuing through `caravane print certificate`, recorded as
support delivered, re-printing, and verification on the server (function,
HTTP page a phone opens, admin CLI)."""

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


def _print(db: Database, beneficiary_id: str, out: Path, *extra: str) -> int:
    return main(["print", "certificate", beneficiary_id, str(out), "--data-dir",
                 str(db.folder), *extra])


def test_certificate_is_issued_once_and_reprinted_with_the_same_serial(
    db: Database, tmp_path: Path
) -> None:
    seeded = seed(db, people=3)
    with db.session() as s:
        write_state(s, "server_url", "https://caravane.example.ma/")
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
    # Read back in visual order (right to left), shaped forms normalised.
    shaped = unicodedata.normalize("NFKC", _text(arabic))
    rows_ar = re.findall(r"د (\d\d) س (\d+) \d\d/03/2026", shaped)
    assert [(int(h), int(m)) for m, h in rows_ar] == [(2, 55), (3, 55), (3, 55)]
    assert "د 45 س 10" in shaped  # the total: 10 h 45


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
        assert (status.status, status.holder, status.training) == (
            "genuine", "Youssef BENALI", "Attestation de participation : AE-STATUT"
        )
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
    assert "authentique" in capsys.readouterr().out
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
