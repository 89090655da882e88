"""The data commands' shared behaviour and `caravane indicators`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.db import Database
from app.services.accounts import create_team
from app.services.attendance import check_in, mark_status
from app.services.beneficiaries import BeneficiaryInput, ConsentInput, register_beneficiary
from app.services.planning import list_modules, plan_session, plan_stop

DAY = dt.date(2026, 3, 10)
MARTIL = "01.573.01.03"
FNIDEQ = "01.573.01.01"


@pytest.mark.parametrize(
    "command",
    [["demo"], ["import"], ["import", "beneficiaries"], ["export"], ["indicators"]],
)
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "--data-dir" in capsys.readouterr().out


@pytest.fixture
def small_dir(tmp_path: Path) -> Path:
    """Two women and a man; one session at Martil with two present, one
    absent; one session at Fnideq with one present."""
    folder = tmp_path / "data"
    db = Database(folder)
    consent = ConsentInput(notice_version="2026-01", given_on=DAY, collected_by="Nadia",
                           method="paper")
    with db.session() as session:
        bus = create_team(session=session, name="Caravane Nord")
        other = create_team(session=session, name="Caravane Rif")
        people = [
            register_beneficiary(
                session=session,
                data=BeneficiaryInput(first_name=first, last_name=last, sex=sex,
                                      birth_date=born, commune_code=commune),
                consent=consent, team_id=bus.id, today=DAY,
            ).value.beneficiary.id
            for first, last, sex, born, commune in (
                ("Salma", "Bakkali", "F", dt.date(1998, 1, 5), MARTIL),
                ("Hajar", "Temsamani", "F", dt.date(1980, 6, 1), MARTIL),
                ("Omar", "Ziani", "M", dt.date(2000, 9, 9), FNIDEQ),
            )
        ]
        module = list_modules(session=session)[0]
        stop = plan_stop(session=session, team_id=bus.id, commune_code=MARTIL, starts_on=DAY).value
        first = plan_session(session=session, team_id=bus.id, module_id=module.id,
                             session_date=DAY, start_time=dt.time(9), end_time=dt.time(12),
                             stop_id=stop.id).value
        check_in(session=session, session_id=first.id, beneficiary_id=people[0])
        check_in(session=session, session_id=first.id, beneficiary_id=people[1])
        mark_status(session=session, session_id=first.id, beneficiary_id=people[2],
                    status="absent")
        rif_stop = plan_stop(session=session, team_id=other.id, commune_code=FNIDEQ,
                             starts_on=DAY).value
        second = plan_session(session=session, team_id=other.id, module_id=module.id,
                              session_date=DAY, start_time=dt.time(14), end_time=dt.time(16),
                              stop_id=rif_stop.id).value
        check_in(session=session, session_id=second.id, beneficiary_id=people[2])
    db.dispose()
    return folder


def _indicators(folder: Path, *args: str) -> int:
    return main(["indicators", "--data-dir", str(folder), "--from", "2026-01-01",
                 "--to", "2026-12-31", *args])


def _value(out: str, label: str) -> str:
    line = next(line for line in out.splitlines() if label in line)
    return line.split("│")[2].strip()


def test_indicator_table(small_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _indicators(small_dir) == 0
    out = capsys.readouterr().out
    assert "Indicateurs du 01/01/2026 au 31/12/2026" in out
    assert _value(out, "Bénéficiaires touchés") == "3"
    assert _value(out, "Personnes formées") == "3"
    assert _value(out, "Femme") == "2"
    assert _value(out, "Homme") == "1"
    assert _value(out, "18-35 ans") == "2"
    assert _value(out, "Sessions tenues") == "2"
    assert _value(out, "Heures de formation") == "5"
    assert _value(out, "Présences attendues") == "4"
    assert _value(out, "Taux de présence") == "75,0 %"
    assert "Martil" in out and "Fnideq" in out


def test_indicator_filters(small_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _indicators(small_dir, "--team", "caravane nord") == 0
    out = capsys.readouterr().out
    assert "équipe : Caravane Nord" in out
    assert _value(out, "Sessions tenues") == "1"
    assert _value(out, "Personnes formées") == "2"
    assert _indicators(small_dir, "--commune", FNIDEQ, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["beneficiaries_reached"] == 1 and data["by_sex"] == {"M": 1}
    assert data["filters"]["commune_code"] == FNIDEQ
    assert _indicators(small_dir, "--province", "01.573", "--json") == 0
    assert json.loads(capsys.readouterr().out)["sessions_held"] == 2
    assert _indicators(small_dir, "--team", "Bus fantôme") == 2
    assert "Équipe inconnue" in capsys.readouterr().out
    assert _indicators(small_dir, "--commune", "99.999") == 2


def test_default_period_is_the_last_twelve_months(
    small_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(small_dir), "indicators", "--to", "2026-06-30"]) == 0
    out = capsys.readouterr().out
    assert "Indicateurs du 01/07/2025 au 30/06/2026" in out
    assert _value(out, "Sessions tenues") == "2"
    assert main(["--data-dir", str(small_dir), "indicators", "--to", "2027-06-30"]) == 0
    assert _value(capsys.readouterr().out, "Sessions tenues") == "0"
    assert main(["--data-dir", str(small_dir), "indicators", "--from", "hier"]) == 2
