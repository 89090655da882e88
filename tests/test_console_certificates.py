"""The console's certificates page through HTTP: the list (search by serial
or holder, team and period filters, pages), one certificate verified, and
its revocation (reason, CSRF, audit) seen at once by the public verification
page and stamped for the laptops' next pull.  SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

import pytest
from sqlalchemy import select

from app.models import Beneficiary, SupportDelivered
from server.console import certificates
from server.db import ServerDatabase
from server.models import AdminAudit
from tests import test_console
from tests.console_support import csrf_of, log_in, make_officer, messages
from tests.sync_helpers import new_team
from tests.test_console import HOSTILE, client_of

SALMA = "CRV-2026-AAAAA-11111"
KARIM = "CRV-2026-BBBBB-22222"
NADIA = "CRV-2025-CCCCC-33333"

# The console tests' fixtures (a server database per backend, the app, its clock).
app = test_console.app
clock = test_console.clock
db = test_console.db


def certificate(db: ServerDatabase, team: str, serial: str, *, first: str, last: str,
                arabic: str | None, on: dt.date) -> None:
    """A certificate as the server holds it once the issuing laptop synced."""
    with db.session() as s:
        person = Beneficiary(team_id=team, last_name=last, first_name=first, name_ar=arabic,
                             sex="F", registered_on=on, birth_year=1990,
                             commune_code="01.511.05.19")
        s.add(person)
        s.flush()
        s.add(SupportDelivered(
            team_id=team, beneficiary_id=person.id, kind="certificate",
            description="Attestation de participation : AE-STATUT [training:600a019e]",
            delivered_on=on, serial=serial))


@pytest.fixture
def teams(db: ServerDatabase) -> tuple[str, str]:
    tetouan, larache = new_team(db, "Bus Tétouan"), new_team(db, "Bus Larache")
    certificate(db, tetouan, SALMA, first="Salma", last="Ouazzani", arabic="سلمى الوزاني",
                on=dt.date(2026, 3, 11))
    certificate(db, tetouan, KARIM, first="Karim", last="Benali", arabic=None,
                on=dt.date(2026, 4, 2))
    certificate(db, larache, NADIA, first="Nadia", last="Tazi", arabic="نادية التازي",
                on=dt.date(2025, 12, 20))
    return tetouan, larache


def serials(html: str) -> list[str]:
    import re

    return re.findall(r'data-serial="([^"]+)"', html)


def test_the_list_searches_by_serial_or_holder_and_filters_by_team_and_period(
    db: ServerDatabase, app: object, teams: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tetouan, larache = teams
    make_officer(db, "amina", "viewer")
    browser = client_of(app)
    log_in(browser, "amina")
    assert serials(browser.get("/console/certificates").text) == [KARIM, SALMA, NADIA]

    def find(**query: str) -> list[str]:
        return serials(browser.get("/console/certificates", params=query).text)

    assert find(q="crv-2026-aaaaa") == [SALMA]  # as typed, any case
    assert find(q="salma ouaz") == [SALMA]
    assert find(q="benali KARIM") == [KARIM]
    assert find(q="التازي") == [NADIA]
    assert find(q="%") == []  # a wildcard is a character
    assert find(team=larache) == [NADIA]
    assert find(team=tetouan, start="2026-04-01") == [KARIM]
    assert find(start="2026-01-01", end="2026-03-31") == [SALMA]
    assert find(team="not-a-team") == [KARIM, SALMA, NADIA]  # an unknown team: no filter
    monkeypatch.setattr(certificates, "PAGE_SIZE", 2)
    first = browser.get("/console/certificates?team=" + tetouan)
    assert "Page 1 sur 1" not in first.text and serials(first.text) == [KARIM, SALMA]
    everything = browser.get("/console/certificates")
    assert serials(everything.text) == [KARIM, SALMA] and "Page 1 sur 2" in everything.text
    second = browser.get("/console/certificates?page=2")
    assert serials(second.text) == [NADIA] and "Page 2 sur 2" in second.text
    assert serials(browser.get("/console/certificates?page=999").text) == [NADIA]


def test_an_officer_revokes_and_the_public_page_says_revoked_at_once(
    db: ServerDatabase, app: object, teams: tuple[str, str]
) -> None:
    officer = make_officer(db, "youssef", "officer")
    browser = client_of(app)
    log_in(browser, "youssef")
    assert browser.get(f"/certificates/{SALMA}?format=json").json()["status"] == "genuine"
    with db.session() as s:
        before = s.scalar(select(SupportDelivered.server_seq).where(
            SupportDelivered.serial == SALMA))
    page = browser.get(f"/console/certificates/{SALMA.lower()}")
    assert page.status_code == 200 and 'data-status="genuine"' in page.text
    assert "Salma OUAZZANI" in page.text and "سلمى الوزاني" in page.text
    assert "Bus Tétouan" in page.text and 'id="revoke"' in page.text
    answer = browser.post(f"/console/certificates/{SALMA}/revoke", data={
        "csrf": csrf_of(page.text), "reason": "Présence falsifiée sur la feuille du 11/03"})
    assert answer.status_code == 200
    assert messages(answer.text) == ["Attestation révoquée."]
    assert 'data-status="revoked"' in answer.text and 'id="revoke"' not in answer.text
    assert "Présence falsifiée sur la feuille du 11/03" in answer.text
    public = browser.get(f"/certificates/{SALMA}?format=json")
    assert public.status_code == 200 and public.json()["status"] == "revoked"
    assert "Attestation révoquée" in browser.get(f"/certificates/{SALMA}").text
    # The other certificates are untouched.
    assert browser.get(f"/certificates/{KARIM}?format=json").json()["status"] == "genuine"
    # Stamped by the server's clock and numbered: the team's laptops pull it.
    with db.session() as s:
        row = s.scalars(select(SupportDelivered).where(SupportDelivered.serial == SALMA)).one()
        assert row.revoked and row.pending is None
        assert row.server_seq is not None and (before is None or row.server_seq > before)
        assert row.field_hlcs.get("revoked") == row.hlc and row.device_id == db.device_id
        entry = s.scalars(select(AdminAudit).where(
            AdminAudit.action == "certificate_revoked")).one()
    assert entry.officer_id == officer and entry.address
    assert entry.detail == f"serial={SALMA} reason=Présence falsifiée sur la feuille du 11/03"
    # Once revoked, a second revocation is refused with a sentence.
    again = browser.post(f"/console/certificates/{SALMA}/revoke", data={
        "csrf": csrf_of(page.text), "reason": "encore"})
    assert again.status_code == 400
    assert messages(again.text) == ["Cette attestation est déjà révoquée."]
    with db.session() as s:
        assert s.scalar(select(AdminAudit.id).where(
            AdminAudit.action == "certificate_revoked").offset(1)) is None


def test_a_viewer_reads_but_cannot_revoke_and_a_coordinator_is_refused(
    db: ServerDatabase, app: object, teams: tuple[str, str]
) -> None:
    make_officer(db, "leila", "viewer")
    make_officer(db, "omar", "coordinator", team_id=teams[0])
    viewer = client_of(app)
    log_in(viewer, "leila")
    page = viewer.get(f"/console/certificates/{SALMA}")
    assert page.status_code == 200 and 'id="revoke"' not in page.text
    assert 'href="/console/certificates"' in viewer.get("/console/").text  # in the menu
    refused = viewer.post(f"/console/certificates/{SALMA}/revoke", data={
        "csrf": csrf_of(page.text), "reason": "pas le droit"})
    assert refused.status_code == 403
    coordinator = client_of(app)
    log_in(coordinator, "omar")
    assert coordinator.get("/console/certificates").status_code == 403
    assert 'href="/console/certificates"' not in coordinator.get("/console/").text
    assert viewer.get(f"/certificates/{SALMA}?format=json").json()["status"] == "genuine"


def test_refusals_and_hostile_input_are_sentences_and_change_nothing(
    db: ServerDatabase, app: object, teams: tuple[str, str]
) -> None:
    make_officer(db, "amina", "admin", language="en")
    browser = client_of(app)
    log_in(browser, "amina")
    csrf = csrf_of(browser.get("/console/").text)
    no_csrf = browser.post(f"/console/certificates/{SALMA}/revoke", data={"reason": "valable"})
    assert no_csrf.status_code == 403
    short = browser.post(f"/console/certificates/{SALMA}/revoke", data={"csrf": csrf,
                                                                        "reason": " a "})
    assert short.status_code == 400 and messages(short.text) == [
        "Give the reason for the revocation (3 to 500 characters)."]
    unknown = browser.post("/console/certificates/CRV-2026-ZZZZZ-ZZZZZ/revoke",
                           data={"csrf": csrf, "reason": "inconnue"})
    assert unknown.status_code == 400 and messages(unknown.text) == ["Unknown certificate."]
    bad_date = browser.get("/console/certificates?start=31/12/2026")
    assert bad_date.status_code == 400 and messages(bad_date.text) == [
        "Invalid date: use the YYYY-MM-DD format."]
    for value in HOSTILE:
        for url in (f"/console/certificates/{SALMA}/revoke", "/console/certificates/x%00y/revoke",
                    "/console/certificates/" + "9" * 300 + "/revoke"):
            answer = browser.post(url, data={"csrf": csrf, "reason": value})
            assert answer.status_code in (200, 400), (url, value[:20])
            assert messages(answer.text), (url, value[:20])
            if answer.status_code == 200:  # a hostile but real reason revokes
                with db.session() as s:
                    row = s.scalars(select(SupportDelivered).where(
                        SupportDelivered.serial == SALMA)).one()
                    row.revoked = False
        for query in ("q", "team", "start", "end", "page"):
            answer = browser.get("/console/certificates", params={query: value})
            assert answer.status_code in (200, 400), (query, value[:20])
        assert browser.get("/console/certificates/" + quote(value, safe="")).status_code < 500
    assert browser.get(f"/certificates/{KARIM}?format=json").json()["status"] == "genuine"


def test_the_arabic_page_is_right_to_left(
    db: ServerDatabase, app: object, teams: tuple[str, str]
) -> None:
    make_officer(db, "amina", "officer", language="ar")
    browser = client_of(app)
    log_in(browser, "amina")
    listing = browser.get("/console/certificates")
    assert 'dir="rtl"' in listing.text and "الشهادات" in listing.text
    assert "عدد الشهادات: 3" in listing.text
    page = browser.get(f"/console/certificates/{NADIA}")
    assert "شهادة صحيحة" in page.text and "إلغاء هذه الشهادة" in page.text
