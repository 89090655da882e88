"""Verifiable certificates (issue 11, findings 1 and 5, and "verifiable
certificates"): a certificate printed after the laptop joined the CCIS
server carries the address of the server's verification page in its QR
code, read back from the PDF as a phone reads it; one printed before
joining says in words how to verify it; the page, served by the real
server, speaks French and Arabic, shows the modules' titles and nothing
personal beyond the name, and refuses a client guessing serials."""

from __future__ import annotations

import datetime as dt
import html
import re
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from pypdf import PdfReader

from app.cli.main import main as caravane
from app.db import Database
from app.laptop_sync import client
from app.models import Beneficiary
from server import admin
from server.certificates import LIMIT_BURST
from server.db import ServerDatabase
from tests.qr_support import qr_codes
from tests.sync_helpers import ThreadedServer, new_team
from tests.test_reports_seed import seed
from tests.test_sync_tls import Pair, _certificate, _key, _write

SERIAL = re.compile(r"CRV-\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}")


@pytest.fixture(scope="module")
def ccis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ThreadedServer, Pair]]:
    folder = tmp_path_factory.mktemp("ccis")
    key = _key()
    pair = _write(folder, "ccis", _certificate("ccis.example", key,
                                               names=[x509.DNSName("ccis.example")]), key)
    database = ServerDatabase(f"sqlite:///{folder / 'server.sqlite3'}")
    running = ThreadedServer(database, cert=pair.cert, key=pair.key)
    running.start()
    yield running, pair
    running.stop()
    database.dispose()


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _arabic(path: Path) -> str:
    """An Arabic PDF's text in reading order: pypdf gives each line's words
    right to left, in their presentation forms."""
    lines = unicodedata.normalize("NFKC", _text(path)).splitlines()
    return " ".join(" ".join(reversed(line.split())) for line in lines)


def _print(db: Database, beneficiary_id: str, out: Path, *extra: str) -> str:
    """`caravane print certificate`; the serial printed on the paper."""
    assert caravane(["print", "certificate", beneficiary_id, str(out), "--data-dir",
                     str(db.folder), *extra]) == 0
    found = SERIAL.search(_text(out))
    assert found is not None
    return found.group()


def _phone(url: str, lang: str | None = None) -> httpx.Response:
    """A phone opening the QR code's address.  (The test's server has a
    self-signed certificate the phone does not know: the laptop's pin is
    tested in tests/test_sync_tls.py.)"""
    headers = {"Accept-Language": lang} if lang else {}
    return httpx.get(url, headers=headers, verify=False, timeout=10)


def test_a_certificate_printed_after_joining_the_server_is_verified_from_its_qr_code(
    ccis: tuple[ThreadedServer, Pair], tmp_path: Path
) -> None:
    server, pair = ccis
    laptop = Database(tmp_path / "laptop")
    seeded = seed(laptop, people=3)
    fatima, youssef = seeded.beneficiary_ids[:2]

    # Before joining: no address to give, so no QR code; the paper says how.
    before = tmp_path / "before.pdf"
    serial = _print(laptop, fatima, before)
    assert qr_codes(before) == []
    assert (f"Attestation vérifiable auprès de la CCIS Tanger-Tétouan-Al Hoceima avec le "
            f"numéro {serial}.") in " ".join(_text(before).split())
    before_ar = tmp_path / "before_ar.pdf"
    assert _print(laptop, fatima, before_ar, "--lang", "ar") == serial
    assert qr_codes(before_ar) == []
    assert ("يمكن التحقق من صحة هذه الشهادة لدى غرفة التجارة والصناعة والخدمات لجهة طنجة "
            "تطوان الحسيمة بواسطة الرقم") in _arabic(before_ar)

    # The laptop joins the CCIS server (self-signed: pinned by its fingerprint).
    code = admin.enroll_code(server.db, team=new_team(server.db))[0]
    client.join_server(laptop, server.url, code, fingerprint=pair.fingerprint)

    # The same certificate printed again, and a new one: their QR codes are
    # the server's verification page for their serials.
    again = tmp_path / "again.pdf"
    assert _print(laptop, fatima, again) == serial
    assert qr_codes(again) == [f"{server.url}/certificates/{serial}"]
    assert server.url.startswith("https://")
    fresh = tmp_path / "fresh_ar.pdf"
    other = _print(laptop, youssef, fresh, "--lang", "ar")
    assert other != serial
    assert qr_codes(fresh) == [f"{server.url}/certificates/{other}"]

    # Not known to the server until the laptop syncs; then genuine, with
    # the modules' titles in the phone's language.
    url = qr_codes(again)[0]
    assert _phone(url).status_code == 404
    client.sync(laptop)
    page = _phone(url, "fr-MA,fr;q=0.9")
    assert page.status_code == 200
    assert "Attestation authentique" in page.text and "Fatima EL AMRANI" in page.text
    assert "Le statut de l'auto-entrepreneur" in html.unescape(page.text)
    assert "Construire son business plan" in page.text
    arabic = _phone(qr_codes(fresh)[0], "ar-MA,ar;q=0.9,fr;q=0.8")
    assert arabic.status_code == 200 and 'lang="ar" dir="rtl"' in arabic.text
    assert "شهادة صحيحة" in arabic.text and "يوسف بنعلي" in arabic.text
    assert "نظام المقاول الذاتي" in arabic.text  # AE-STATUT's Arabic title
    laptop.dispose()


@pytest.fixture(scope="module")
def plain_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    folder = tmp_path_factory.mktemp("verify")
    database = ServerDatabase(f"sqlite:///{folder / 'server.sqlite3'}")
    running = ThreadedServer(database).start()
    yield running
    running.stop()
    database.dispose()


def _certificate_on_server(server: ThreadedServer, serial: str, *, revoked: bool = False) -> None:
    """What the server holds once a laptop synced a certificate (two modules)."""
    from app.models import SupportDelivered

    with server.db.session() as s:
        person = Beneficiary(
            team_id="t", last_name="Ouazzani", first_name="Salma", name_ar="سلمى الوزاني",
            sex="F", registered_on=dt.date(2026, 3, 1), cin="JB23457",
            phone="+212610000042", birth_year=1990, commune_code="01.511.05.19",
        )
        s.add(person)
        s.flush()
        s.add(SupportDelivered(
            team_id="t", beneficiary_id=person.id, kind="certificate",
            description="Attestation de participation : AE-STATUT, BUSINESS-PLAN "
            "[training:600a019e1122915f]",
            delivered_on=dt.date(2026, 3, 11), serial=serial,
            revoked=revoked,
        ))


def test_the_verification_page_speaks_french_and_arabic_with_titles_not_codes(
    plain_server: ThreadedServer,
) -> None:
    _certificate_on_server(plain_server, "CRV-2026-PAGE1-AAAAA")
    _certificate_on_server(plain_server, "CRV-2026-PAGE1-BBBBB", revoked=True)
    url = f"{plain_server.url}/certificates/CRV-2026-PAGE1-AAAAA"
    # Each request from its own address: the limit is tested below.
    addresses = iter(f"127.0.1.{n}" for n in range(1, 200))

    def get(link: str, lang: str | None = None) -> httpx.Response:
        transport = httpx.HTTPTransport(local_address=next(addresses))
        with httpx.Client(transport=transport, timeout=10) as phone:
            return phone.get(link, headers={"Accept-Language": lang} if lang else {})

    french = get(url)  # no preference: French
    assert french.status_code == 200 and french.headers["content-language"] == "fr"
    assert 'lang="fr"' in french.text and "Attestation authentique" in french.text
    assert "Salma OUAZZANI" in french.text and "سلمى الوزاني" in french.text
    titles = ["Le statut de l'auto-entrepreneur", "Construire son business plan"]
    assert all(title in html.unescape(french.text) for title in titles)
    assert "11/03/2026" in french.text
    # Neither codes nor the internal tag nor anything personal beyond the name.
    arabic = get(url, "ar,fr;q=0.5")
    for hidden in ("AE-STATUT", "BUSINESS-PLAN", "training:", "600a019e", "JB23457",
                   "610000042", "10 00 00 42", "1990", "Hjar", "حجر النحل", "01.511"):
        assert hidden not in french.text and hidden not in arabic.text, hidden
    assert arabic.headers["content-language"] == "ar"
    assert 'lang="ar" dir="rtl"' in arabic.text
    assert "شهادة صحيحة" in arabic.text and "الرقم التسلسلي" in arabic.text
    assert "نظام المقاول الذاتي" in arabic.text and "إعداد مخطط الأعمال" in arabic.text
    # ?lang= wins over the phone's language; each page links to the other.
    assert 'lang="fr"' in get(url + "?lang=fr", "ar").text
    assert 'lang="ar"' in get(url + "?lang=ar", "fr").text
    assert 'lang="ar"' in get(url + "?lang=klingon", "ar").text  # not ours: the phone's
    assert 'href="?lang=ar"' in french.text and 'href="?lang=fr"' in arabic.text
    assert get(url, "fr;q=0.4, ar;q=0.8").headers["content-language"] == "ar"
    assert get(url, "en-US,en;q=0.9").headers["content-language"] == "fr"

    revoked = get(f"{plain_server.url}/certificates/crv-2026-page1-bbbbb", "ar")
    assert revoked.status_code == 200 and "شهادة ملغاة" in revoked.text
    unknown = get(f"{plain_server.url}/certificates/CRV-2026-ZZZZZ-ZZZZZ")
    assert unknown.status_code == 404 and "Numéro inconnu" in unknown.text
    data = get(url + "?format=json").json()
    assert data["status"] == "genuine"
    assert data["modules"] == [
        {"title_fr": "Le statut de l'auto-entrepreneur", "title_ar": "نظام المقاول الذاتي"},
        {"title_fr": "Construire son business plan", "title_ar": "إعداد مخطط الأعمال"},
    ]
    assert "AE-STATUT" not in str(data) and "cin" not in data and "phone" not in data


def test_a_client_guessing_serials_gets_429_and_a_sentence(plain_server: ThreadedServer) -> None:
    """Found: 300 guesses in 5 s, all answered.  Now a client gets a few
    answers, then 429 with a sentence in its language, while another
    client (another address) is still answered."""
    _certificate_on_server(plain_server, "CRV-2026-LIMIT-AAAAA")
    guesser = httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.2.1"), timeout=10)
    with guesser:
        started = time.monotonic()
        answers = [
            guesser.get(f"{plain_server.url}/certificates/CRV-2026-{n:05d}-AAAAA").status_code
            for n in range(300)
        ]
        took = time.monotonic() - started
        assert set(answers) == {404, 429} and answers[-1] == 429
        # 20 at once, then one every 3 s (however slow this machine is).
        assert LIMIT_BURST <= answers.count(404) <= LIMIT_BURST + 1 + took / 3
        assert answers[:LIMIT_BURST] == [404] * LIMIT_BURST
        refused = guesser.get(f"{plain_server.url}/certificates/CRV-2026-LIMIT-AAAAA",
                              headers={"Accept-Language": "fr"})
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
        assert "Trop de vérifications en peu de temps depuis cette connexion." in refused.text
        assert "Salma" not in refused.text  # refused before the database was read
        arabic = guesser.get(f"{plain_server.url}/certificates/CRV-2026-LIMIT-AAAAA?lang=ar")
        assert arabic.status_code == 429
        assert "عدد كبير من عمليات التحقق في وقت قصير من هذا الاتصال" in arabic.text
        as_json = guesser.get(f"{plain_server.url}/certificates/X?format=json").json()
        assert as_json["error"] == "too_many_requests" and as_json["message"].startswith("Trop")
    other = httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.2.2"), timeout=10)
    with other:
        page = other.get(f"{plain_server.url}/certificates/CRV-2026-LIMIT-AAAAA")
    assert page.status_code == 200 and "Salma OUAZZANI" in page.text


def test_the_limit_refills_over_time_and_forgets_old_clients() -> None:
    from server.api.rate_limit import RateLimiter

    now = [0.0]
    limiter = RateLimiter(burst=3, per_minute=6, max_clients=2, clock=lambda: now[0])
    assert [limiter.wait("a") for _ in range(4)] == [0, 0, 0, 10]
    now[0] = 10.0  # one more request every 10 s
    assert [limiter.wait("a"), limiter.wait("a")] == [0, 10]
    assert limiter.wait("b") == 0 and limiter.wait("c") == 0  # "a" forgotten: at most 2 kept
    assert [limiter.wait("a") for _ in range(3)] == [0, 0, 0]
