"""Transport security (finding 7 of issue 8): the real server serves HTTPS
with --tls-cert/--tls-key; a laptop pins a self-signed certificate by the
fingerprint the officer reads out with the enrolment code; a wrong
certificate is refused before the token leaves the laptop; plain http to
another machine is refused unless said explicitly; a certificate signed by
an authority the laptop trusts works without a pin."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.cli.main import main as caravane
from app.db import Database
from app.laptop_sync import client, config, status
from app.laptop_sync.errors import JoiningCodeRefused
from app.laptop_sync.tls import (
    BadFingerprint,
    CertificateMismatch,
    CertificateUntrusted,
    InsecureServer,
    check_url,
)
from app.models import Beneficiary
from app.models.sync_state import read_state
from app.sync.fingerprint import certificate_fingerprint
from server import admin
from server.cli import main as caravane_server
from server.db import ServerDatabase
from tests.sync_helpers import (
    BACKENDS,
    Cluster,
    ServerProcess,
    add_person,
    database_url,
    free_port,
    new_team,
)

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures


@dataclass(frozen=True)
class Pair:
    cert: Path
    key: Path

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.cert.read_text())


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _write(folder: Path, name: str, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> Pair:
    pair = Pair(folder / f"{name}.pem", folder / f"{name}.key")
    pair.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pair.key.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))
    return pair


def _certificate(
    subject: str, key: ec.EllipticCurvePrivateKey, *, issuer: tuple[str, ec.EllipticCurvePrivateKey] | None = None,
    names: list[x509.GeneralName] | None = None, ca: bool = False,
) -> x509.Certificate:
    issuer_name, issuer_key = issuer or (subject, key)
    now = dt.datetime.now(dt.UTC)  # valid around the real time: TLS checks it
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer_name)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass(frozen=True)
class Certificates:
    ccis: Pair  # self-signed, named for a host the laptop does not use
    impostor: Pair  # another self-signed one
    authority: Path  # a CA the laptop can be told to trust
    signed: Pair  # issued by that CA for 127.0.0.1


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    folder = tmp_path_factory.mktemp("certs")
    pairs = {}
    for name in ("ccis", "impostor"):
        key = _key()
        cert = _certificate(f"{name}.example", key, names=[x509.DNSName(f"{name}.example")])
        pairs[name] = _write(folder, name, cert, key)
    ca_key = _key()
    ca = _write(folder, "ca", _certificate("Caravane test CA", ca_key, ca=True), ca_key)
    leaf_key = _key()
    leaf = _certificate(
        "127.0.0.1", leaf_key, issuer=("Caravane test CA", ca_key),
        names=[x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")],
    )
    return Certificates(pairs["ccis"], pairs["impostor"], ca.cert, _write(folder, "signed", leaf, leaf_key))


@dataclass
class TlsServer:
    process: ServerProcess
    setup: ServerDatabase
    database_url: str

    @property
    def url(self) -> str:
        return self.process.url


def _serve(request: pytest.FixtureRequest, folder: Path, pair: Pair) -> Iterator[TlsServer]:
    with database_url(request.param, folder) as url:
        setup = ServerDatabase(url)
        process = ServerProcess(
            url, extra=("--tls-cert", str(pair.cert), "--tls-key", str(pair.key))
        ).start()
        try:
            yield TlsServer(process, setup, url)
        finally:
            process.kill()
            setup.dispose()


@pytest.fixture(scope="module", params=BACKENDS)
def ccis(
    request: pytest.FixtureRequest, certs: Certificates, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TlsServer]:
    """The real server over HTTPS with a self-signed certificate."""
    yield from _serve(request, tmp_path_factory.mktemp("ccis"), certs.ccis)


def officer_code(server: TlsServer, team: str, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """What the officer reads out: `caravane-server admin enroll-code` with the certificate."""
    assert caravane_server([
        "admin", "enroll-code", "--team", team, "--tls-cert", str(server.process.extra[1]),
        "--database-url", server.database_url,
    ]) == 0
    out = capsys.readouterr().out
    code = re.search(r"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}", out)
    printed = re.search(r"SHA-256 du certificat du serveur : ([0-9A-F ]+)", out)
    assert code and printed, out
    return code.group(0), printed.group(1).strip()


def test_a_laptop_pins_the_self_signed_certificate_then_syncs(
    ccis: TlsServer, certs: Certificates, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = new_team(ccis.setup)
    code, fingerprint = officer_code(ccis, team, capsys)
    assert fingerprint.replace(" ", "").lower() == certs.ccis.fingerprint  # grouped by four
    folder = tmp_path / "a"
    assert caravane(["enroll", "--server", ccis.url, "--code", code, "--fingerprint", fingerprint,
                     "--data-dir", str(folder)]) == 0
    assert "vérifié" in capsys.readouterr().out
    laptop = Database(folder)
    with laptop.session() as session:
        assert config.load(session).tls_cert == certs.ccis.cert.read_text()
    person = add_person(laptop, "Hanane", "Chiffrée", team)
    assert client.sync(laptop).pushed == 1
    other = Database(tmp_path / "b")
    # The fingerprint as another tool prints it works too.
    colons = "SHA256:" + ":".join(re.findall("..", certs.ccis.fingerprint.upper()))
    client.join_server(other, ccis.url, admin.enroll_code(ccis.setup, team=team)[0], fingerprint=colons)
    client.sync(other)
    with other.session() as session:
        assert session.get(Beneficiary, person) is not None
    info = status.sync_status(laptop)
    assert status.ping(ccis.url, tls_cert=info.tls_cert)
    assert not status.ping(ccis.url)  # unverifiable without its pin
    laptop.dispose()
    other.dispose()


class Impostor:
    """A TLS listener with another certificate that records whatever HTTP
    bytes reach it (a token would be among them)."""

    def __init__(self, pair: Pair) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(pair.cert, pair.key)
        self.sock = socket.create_server(("127.0.0.1", free_port()))
        self.url = f"https://127.0.0.1:{self.sock.getsockname()[1]}"
        self.received = b""
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                raw, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with raw:
                raw.settimeout(5)
                try:
                    with self.context.wrap_socket(raw, server_side=True) as tls:
                        while chunk := tls.recv(65536):
                            self.received += chunk
                except (OSError, ssl.SSLError):
                    pass

    def close(self) -> None:
        self.stop.set()
        self.thread.join(10)
        self.sock.close()


def test_a_wrong_certificate_is_refused_before_the_token_or_code_is_sent(
    ccis: TlsServer, certs: Certificates, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = new_team(ccis.setup)
    code = admin.enroll_code(ccis.setup, team=team)[0]
    laptop = Database(tmp_path / "a")
    with pytest.raises(CertificateMismatch):  # the impostor's fingerprint
        client.join_server(laptop, ccis.url, code, fingerprint=certs.impostor.fingerprint)
    with pytest.raises(BadFingerprint):
        client.join_server(laptop, ccis.url, code, fingerprint="3F2A 9B1C")
    with pytest.raises(CertificateUntrusted):  # no pin, no known authority
        client.join_server(laptop, ccis.url, code)
    client.join_server(laptop, ccis.url, code, fingerprint=certs.ccis.fingerprint)  # code unused so far
    with laptop.session() as session:
        token = read_state(session, config.TOKEN)
    assert token

    impostor = Impostor(certs.impostor)
    try:
        with pytest.raises(CertificateMismatch):
            client.sync(laptop, impostor.url)
        assert caravane(["sync", "--server", impostor.url, "--data-dir", str(tmp_path / "a")]) == 1
        assert "ne correspond pas" in capsys.readouterr().err
    finally:
        impostor.close()
    assert impostor.connections >= 2  # it was reached, and learnt nothing
    assert impostor.received == b""
    assert client.sync(laptop).requests >= 1  # the real server still works
    laptop.dispose()


def test_plain_http_to_another_machine_is_refused_unless_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for url in ("http://127.0.0.1:8765", "http://127.8.9.10", "http://[::1]:8765",
                "http://localhost:8765", "https://ccis.example", "https://10.0.0.5"):
        check_url(url)
    for url in ("http://10.0.0.5:8765", "http://ccis.example", "http://[2001:db8::1]",
                "ftp://127.0.0.1", "127.0.0.1:8765"):
        with pytest.raises(InsecureServer):
            check_url(url)
    check_url("http://10.0.0.5:8765", allow_http=True)
    # Refused before any connection (`.invalid` never resolves anyway).
    folder = tmp_path / "a"
    assert caravane(["enroll", "--server", "http://ccis.invalid:8765", "--code", "ABCD-EFGH-JKMN",
                     "--data-dir", str(folder)]) == 1
    assert "en clair" in capsys.readouterr().err
    with pytest.raises(InsecureServer):
        client.join_server(Database(folder), "http://ccis.invalid:8765", "ABCD-EFGH-JKMN")


def test_allow_http_is_remembered_and_a_sync_elsewhere_in_clear_refused(
    cluster: Cluster, tmp_path: Path
) -> None:
    laptop = cluster.laptop(tmp_path / "a")  # plain http, on loopback: allowed
    with pytest.raises(InsecureServer):
        client.sync(laptop, "http://ccis.invalid:8765")
    other = Database(tmp_path / "b")
    client.join_server(other, cluster.url, cluster.code(), allow_http=True)
    with other.session() as session:
        assert config.load(session).allow_http
    with laptop.session() as session:
        assert not config.load(session).allow_http
    assert client.sync(other).requests >= 1


@pytest.fixture(scope="module", params=BACKENDS)
def signed(
    request: pytest.FixtureRequest, certs: Certificates, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TlsServer]:
    """The real server with a certificate issued by an authority."""
    yield from _serve(request, tmp_path_factory.mktemp("signed"), certs.signed)


def test_a_certificate_from_a_trusted_authority_needs_no_pin(
    signed: TlsServer, certs: Certificates, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = new_team(signed.setup)
    laptop = Database(tmp_path / "a")
    with pytest.raises(CertificateUntrusted):  # the test authority is not trusted yet
        client.join_server(laptop, signed.url, admin.enroll_code(signed.setup, team=team)[0])
    monkeypatch.setenv("SSL_CERT_FILE", str(certs.authority))  # httpx's default verification
    client.join_server(laptop, signed.url, admin.enroll_code(signed.setup, team=team)[0])
    with laptop.session() as session:
        assert config.load(session).tls_cert is None
    add_person(laptop, "Samira", "Signée", team)
    assert client.sync(laptop).pushed == 1
    assert status.ping(signed.url)
    with pytest.raises(JoiningCodeRefused):  # a used code is refused over https too
        client.join_server(Database(tmp_path / "b"), signed.url, "ABCD-EFGH-JKMN")
    laptop.dispose()
