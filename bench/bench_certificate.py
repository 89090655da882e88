"""Figures of the certificate (printed, not asserted; docs/documents.md, "Figures"):

- a certificate issued (recorded as support delivered) and written, for a
  person who followed a cycle of four modules (the table of modules), with
  the QR code of a laptop that joined the server, in French and Arabic
  (target < 100 ms);
- the same before joining (no QR code, the sentence with the serial);
- printed again (the serial reused, nothing written);
- the server's verification page, through the real app in this process
  (`?format=json` and the HTML page, French and Arabic).

Run: .venv/bin/python bench/bench_certificate.py [--people 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `bench`

from sqlalchemy import select

from app.db import Database
from app.labels import Labels
from app.models import Attendance, Beneficiary, TrainingModule
from app.models.ids import attendance_id
from app.models.sync_state import SERVER_URL_KEY, write_state
from app.reports import certificate
from app.services import accounts, documents, planning
from bench.common import line, millis

DAY = dt.date(2026, 3, 10)
MODULES = ("AE-STATUT", "BUSINESS-PLAN", "FINANCEMENT", "PRIX-MARKETING")
TARGET_MS = 100


def cycle_database(folder: Path, people: int) -> tuple[Database, list[str]]:
    """A team, four sessions (one per module) at a stop, `people` present at all."""
    db = Database(folder)
    with db.session() as s:
        team = accounts.create_team(session=s, name="Bus bench")
        accounts.set_local_team(session=s, team_id=team.id)
        stop = planning.plan_stop(session=s, team_id=team.id, commune_code="01.511.01.0",
                                  starts_on=DAY, place="Salle communale").value
        codes = {m.code: m.id for m in s.scalars(select(TrainingModule))}
        sessions = [
            planning.plan_session(
                session=s, team_id=team.id, module_id=codes[code],
                session_date=DAY + dt.timedelta(days=offset), start_time=dt.time(9),
                end_time=dt.time(13), stop_id=stop.id,
            ).value.id
            for offset, code in enumerate(MODULES)
        ]
        ids = []
        for i in range(people):
            person = Beneficiary(
                team_id=team.id, last_name=f"Participant{i:03d} El Idrissi",
                first_name="Fatima-Zahra" if i % 2 else "Mohamed",
                name_ar="فاطمة الزهراء الإدريسي" if i % 2 else "محمد الإدريسي",
                sex="F" if i % 2 else "M", birth_year=1980 + i % 30, commune_code="01.511.01.0",
                registered_on=DAY,
            )
            s.add(person)
            s.flush()
            ids.append(person.id)
            for session_id in sessions:
                s.add(Attendance(id=attendance_id(session_id, person.id), team_id=team.id,
                                 session_id=session_id, beneficiary_id=person.id,
                                 status="present", hours_attended=(4 * 60 - 5 * (i % 4)) / 60))
    return db, ids


def bench_certificates(people: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db, ids = cycle_database(Path(tmp), people)
        per_case = people // 4
        cases = [("before joining", "fr"), ("before joining", "ar"), ("joined", "fr"),
                 ("joined", "ar")]
        for index, (state, lang) in enumerate(cases):
            if state == "joined":
                with db.session() as s:
                    write_state(s, SERVER_URL_KEY, "https://caravane.ccis-tth.ma")
            samples = []
            for person in ids[index * per_case:(index + 1) * per_case]:
                def issue(person: str = person, lang: str = lang) -> None:
                    with db.session() as s:
                        data = documents.issue_certificate(
                            session=s, beneficiary_id=person, issued_on=dt.date(2026, 12, 1)
                        ).value
                    certificate.render(data, Labels(lang), io.BytesIO())
                samples.append(millis(issue))
            print(line(f"certificate, issued + written, {state} ({lang})", samples[1:],
                       TARGET_MS))
        for lang in ("fr", "ar"):
            samples = []
            for person in ids[-per_case:]:
                def reprint(person: str = person, lang: str = lang) -> None:
                    with db.session() as s:
                        data = documents.issue_certificate(
                            session=s, beneficiary_id=person, issued_on=dt.date(2026, 12, 2)
                        ).value
                    certificate.render(data, Labels(lang), io.BytesIO())
                samples.append(millis(reprint))
            print(line(f"certificate, printed again ({lang})", samples[1:], TARGET_MS))
        db.dispose()


def bench_page(requests: int) -> None:
    """The verification page: the real app (rate limit off for the run)."""
    from fastapi.testclient import TestClient

    from app.models import SupportDelivered
    from server.api.rate_limit import RateLimiter
    from server.app import create_app
    from server.db import ServerDatabase, default_url

    with tempfile.TemporaryDirectory() as tmp:
        server = ServerDatabase(default_url(Path(tmp)))
        with server.session() as s:
            person = Beneficiary(team_id="t", last_name="Benali", first_name="Youssef",
                                 name_ar="يوسف بنعلي", sex="M", registered_on=DAY)
            s.add(person)
            s.flush()
            s.add(SupportDelivered(
                team_id="t", beneficiary_id=person.id, kind="certificate",
                description="Attestation de participation : " + ", ".join(MODULES)
                + " [training:0123456789abcdef]",
                delivered_on=DAY, serial="CRV-2026-AAAAA-BBBBB",
            ))
        app = create_app(server)
        app.state.certificate_limiter = RateLimiter(burst=10**9, per_minute=10**9)
        with TestClient(app) as phone:
            for query, lang in (("?format=json", "fr"), ("", "fr"), ("", "ar")):
                url = "/certificates/CRV-2026-AAAAA-BBBBB" + query

                def verify(url: str = url, lang: str = lang) -> None:
                    phone.get(url, headers={"Accept-Language": lang}).raise_for_status()
                samples = [millis(verify) for _ in range(requests)]
                kind = "JSON" if query else "page"
                print(line(f"verification {kind} ({lang})", samples[1:]))
        server.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=40, help="certificates per run (x4 cases)")
    parser.add_argument("--requests", type=int, default=50, help="verification requests")
    args = parser.parse_args()
    bench_certificates(max(8, args.people))
    bench_page(args.requests)


if __name__ == "__main__":
    main()
