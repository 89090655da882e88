"""`caravane-server`: run the sync server, or administer it (`admin ...`).

    caravane-server --data-dir DIR [--host 127.0.0.1] [--port 8765]
                    [--database-url postgresql+psycopg://...] [--workers N]
                    [--tls-cert CERT.pem --tls-key KEY.pem]
    caravane-server admin create-team NAME
    caravane-server admin add-user --team T --name N --role trainer|coordinator [--sex F|M]
                                   [--password P]
    caravane-server admin enroll-code --team T [--hours 24] [--tls-cert CERT.pem]
    caravane-server admin devices
    caravane-server admin revoke-device ID
    caravane-server admin import-bundle FILE
    caravane-server admin verify-certificate SERIAL
    caravane-server admin create-officer --login L --name N [--role admin|officer|viewer|coordinator]
                                         [--team T] [--lang fr|ar|en] [--password P]
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.core.errors import CaravaneError
from app.labels import LANGUAGES
from app.models.enums import Role, Sex
from app.sync.errors import BundleError, storage_error
from app.sync.fingerprint import certificate_fingerprint, show_fingerprint
from server import admin, joining
from server.app import ENV_DATABASE_URL, optional_module
from server.console import accounts as officers
from server.console.i18n import text as console_text
from server.console.roles import ConsoleRole
from server.db import ServerDatabase, default_url, utcnow

DEFAULT_PORT = 8765
# The server's database failing, for the officer (never the SQL: it can quote rows).
STORAGE_MESSAGES = {
    "storage_full": "Le disque du serveur est plein : rien n'a été enregistré. Libérez de la "
    "place puis relancez la commande.",
    "storage_read_only": "La base de données du serveur est en lecture seule : rien n'a été "
    "enregistré. Vérifiez ses droits puis relancez la commande.",
    "storage_locked": "La base de données du serveur est occupée : réessayez dans un instant.",
    "storage_failed": "La base de données du serveur n'a pas pu être lue ou écrite : rien n'a "
    "été enregistré. Vérifiez le disque puis relancez la commande.",
}
# A USB bundle refused (`admin import-bundle`): its clocks beyond the bound, or
# anything else (damaged, changed, not from a laptop that joined).
BUNDLE_CLOCK_AHEAD = (
    "Fichier de synchronisation refusé : l'horloge de l'ordinateur qui l'a écrit était en "
    "avance. Rien n'a été appliqué. Faites corriger la date et l'heure de cet ordinateur, "
    "puis synchronisez-le (ou écrivez un nouveau fichier) : ses modifications sont conservées."
)
BUNDLE_INVALID = (
    "Fichier de synchronisation refusé : il est endommagé, a été modifié ou ne vient pas "
    "d'un ordinateur inscrit."
)
ENV_TLS_CERT = "CARAVANE_SERVER_TLS_CERT"


def add_database_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="folder of the server's SQLite database (default: ./caravane-server-data, "
        "or $CARAVANE_SERVER_DATA_DIR)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="use this database instead, e.g. postgresql+psycopg://user@host/db "
        "(or $CARAVANE_SERVER_DATABASE_URL)",
    )


def database_url(args: argparse.Namespace) -> str:
    url = getattr(args, "database_url", None) or os.environ.get(ENV_DATABASE_URL)
    if url:
        return str(url)
    folder = (
        getattr(args, "data_dir", None)
        or os.environ.get("CARAVANE_SERVER_DATA_DIR")
        or "caravane-server-data"
    )
    return default_url(folder)


def open_db(args: argparse.Namespace) -> ServerDatabase:
    return ServerDatabase(database_url(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caravane-server",
        description="Caravane's central sync server (CCIS). Without a command, serves HTTP.",
    )
    add_database_options(parser, top=True)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default 8765)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes")
    parser.add_argument(
        "--tls-cert", metavar="FILE", type=Path,
        help="serve HTTPS with this certificate (PEM; or $CARAVANE_SERVER_TLS_CERT)",
    )
    parser.add_argument("--tls-key", metavar="FILE", type=Path, help="its private key (PEM)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    admin_parser = commands.add_parser("admin", help="administration for the CCIS officer")
    sub = admin_parser.add_subparsers(dest="admin_command", metavar="ACTION", required=True)

    p = sub.add_parser("create-team", help="create a team (one bus and its crew)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--region", default="01", help="region code (default 01, Tanger-Tétouan-Al Hoceïma)")
    add_database_options(p)
    p.set_defaults(func=cmd_create_team)

    p = sub.add_parser("add-user", help="add a trainer or coordinator to a team")
    p.add_argument("--team", required=True, help="team name or id")
    p.add_argument("--name", required=True, help="the person's name")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument(
        "--sex", choices=[s.value for s in Sex],
        help="F or M: the laptops then say formatrice / coordinatrice of a woman",
    )
    p.add_argument("--password", help="initial password (asked for when omitted)")
    add_database_options(p)
    p.set_defaults(func=cmd_add_user)

    p = sub.add_parser("enroll-code", help="print a one-time code to enroll one laptop")
    p.add_argument("--team", required=True, help="team name or id")
    p.add_argument(
        "--hours",
        type=_code_hours,
        default=joining.CODE_HOURS,
        help=f"validity in hours, 1 to {joining.MAX_CODE_HOURS} (default {joining.CODE_HOURS})",
    )
    p.add_argument(
        "--tls-cert", metavar="FILE", type=Path,
        help="the server's certificate (or $CARAVANE_SERVER_TLS_CERT): also print its "
        "fingerprint, for laptops to pin a self-signed certificate",
    )
    add_database_options(p)
    p.set_defaults(func=cmd_enroll_code)

    p = sub.add_parser("devices", help="list laptops: team, last sync, pending conflicts")
    add_database_options(p)
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("revoke-device", help="refuse a laptop from now on (lost, stolen...)")
    p.add_argument("device_id", metavar="ID", help="device id (or its unique beginning)")
    add_database_options(p)
    p.set_defaults(func=cmd_revoke_device)

    p = sub.add_parser("import-bundle", help="apply a laptop's USB bundle (caravane bundle export)")
    p.add_argument("file", metavar="FILE", type=Path)
    add_database_options(p)
    p.set_defaults(func=cmd_import_bundle)

    p = sub.add_parser(
        "create-officer", help="create a person who logs in to the web console (the first admin)"
    )
    p.add_argument("--login", required=True, help="the username (3-64 letters, digits, . _ -)")
    p.add_argument("--name", required=True, help="the person's full name")
    p.add_argument("--role", default="admin", choices=[r.value for r in ConsoleRole],
                   help="default admin")
    p.add_argument("--team", help="team name or id (a coordinator's team)")
    p.add_argument("--lang", default="fr", choices=list(LANGUAGES), help="pages' language")
    p.add_argument("--password", help="initial password (asked for when omitted)")
    add_database_options(p)
    p.set_defaults(func=cmd_create_officer)

    certificates = optional_module("server.certificates")
    if certificates is not None and hasattr(certificates, "register_admin"):
        before = set(sub.choices)
        certificates.register_admin(sub)
        for name in set(sub.choices) - before:
            add_database_options(sub.choices[name])
    return parser


def _code_hours(text: str) -> int:
    """A joining code's validity: a code is a secret on paper, so not for years."""
    try:
        hours = int(text)
    except ValueError:
        hours = 0
    if not 1 <= hours <= joining.MAX_CODE_HOURS:
        raise argparse.ArgumentTypeError(
            f"durée de validité entre 1 et {joining.MAX_CODE_HOURS} heures "
            f"({joining.MAX_CODE_HOURS // 24} jours), pas « {text} »"
        )
    return hours


def _fail(text: str) -> int:
    print(text, file=sys.stderr)
    return 1


def cmd_create_team(args: argparse.Namespace) -> int:
    view = admin.create_team(open_db(args), args.name, args.region)
    print(f"Équipe créée : {view.name}  (id {view.id})")
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    password = args.password
    if password is None:
        password = getpass.getpass("Mot de passe : ")
        if password != getpass.getpass("Confirmer le mot de passe : "):
            return _fail("Les deux mots de passe diffèrent.")
    view = admin.add_user(
        open_db(args), team=args.team, name=args.name, role=args.role, password=password,
        sex=args.sex,
    )
    print(f"Utilisateur créé : {view.name} ({view.role})  id {view.id}")
    print("Il apparaîtra sur les ordinateurs de l'équipe à leur prochaine synchronisation.")
    return 0


def cmd_create_officer(args: argparse.Namespace) -> int:
    password = args.password
    if password is None:
        password = getpass.getpass("Mot de passe : ")
        if password != getpass.getpass("Confirmer le mot de passe : "):
            return _fail("Les deux mots de passe diffèrent.")
    db = open_db(args)
    try:
        with db.session() as session:
            team_id = admin.find_team(session, args.team).id if args.team else None
            officer = officers.create(
                session, login=args.login, name=args.name, role=args.role, password=password,
                team_id=team_id, language=args.lang, now=utcnow(),
            )
    except officers.OfficerError as error:
        return _fail(console_text(error.sentence, "fr", **error.params))
    print(f"Agent créé : {officer.login} ({officer.role})  id {officer.id}")
    print("Il se connecte à la console : http://<serveur>:<port>/console/")
    return 0


def cmd_enroll_code(args: argparse.Namespace) -> int:
    code, expires, team = admin.enroll_code(open_db(args), team=args.team, hours=args.hours)
    print(f"Code d'inscription pour l'équipe « {team} » : {code}")
    print(f"Valable une seule fois, jusqu'au {expires:%Y-%m-%d %H:%M} UTC.")
    certificate = tls_cert_path(args)
    if certificate is not None:
        print(f"Empreinte SHA-256 du certificat du serveur : {fingerprint_of(certificate)}")
        print("(à donner avec le code : caravane enroll --server https://… --code CODE "
              "--fingerprint EMPREINTE)")
    return 0


def tls_cert_path(args: argparse.Namespace) -> Path | None:
    given = getattr(args, "tls_cert", None) or os.environ.get(ENV_TLS_CERT)
    return Path(given) if given else None


def fingerprint_of(certificate: Path) -> str:
    return show_fingerprint(certificate_fingerprint(certificate.read_text()))


def _when(value: object) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value is not None else "jamais"


def cmd_devices(args: argparse.Namespace) -> int:
    rows = admin.list_devices(open_db(args))
    if not rows:
        print("Aucun ordinateur inscrit.")
        return 0
    print(f"{'ID':36}  {'NOM':20}  {'ÉQUIPE':20}  {'DERNIÈRE SYNCHRO':16}  CONFLITS  ÉTAT")
    for row in rows:
        state = "révoqué" if row.revoked_at else "actif"
        print(
            f"{row.id:36}  {row.name[:20]:20}  {row.team_name[:20]:20}  "
            f"{_when(row.last_sync_at):16}  {row.pending_conflicts:8}  {state}"
        )
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    row = admin.revoke_device(open_db(args), args.device_id)
    print(f"Ordinateur révoqué : {row.name} ({row.id}). Il ne pourra plus se synchroniser.")
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    try:
        report = admin.import_bundle(open_db(args), args.file)
    except BundleError as exc:
        reason = exc.params.get("reason", "")
        return _fail(
            (BUNDLE_CLOCK_AHEAD if reason == "clock_ahead" else BUNDLE_INVALID) + f" [{reason}]"
        )
    except OSError as exc:
        return _fail(f"Lecture impossible : {exc}")
    print(
        f"Paquet appliqué pour l'ordinateur {report.device_id} : {report.rows} lignes, "
        f"{report.changes} changements, {report.conflicts} conflits, "
        f"{report.already_applied}/{report.batches} lots déjà appliqués."
    )
    return 0


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    certificate = tls_cert_path(args)
    if certificate is not None or args.tls_key is not None:
        if certificate is None or args.tls_key is None:
            return _fail("HTTPS : il faut à la fois --tls-cert et --tls-key.")
        try:
            fingerprint = fingerprint_of(certificate)
            args.tls_key.read_bytes()
        except (OSError, ValueError) as exc:
            return _fail(f"Certificat ou clé TLS illisible : {exc}")
        print(f"HTTPS sur {args.host}:{args.port} ; empreinte SHA-256 du certificat : "
              f"{fingerprint}", file=sys.stderr)
        # Workers show its fingerprint in the console's joining QR code.
        os.environ[ENV_TLS_CERT] = str(certificate.resolve())
    url = database_url(args)
    ServerDatabase(url).dispose()  # migrate once, before any worker starts
    os.environ[ENV_DATABASE_URL] = url
    uvicorn.run(
        "server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
        ssl_certfile=str(certificate) if certificate else None,
        ssl_keyfile=str(args.tls_key) if args.tls_key else None,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        return serve(args)
    try:
        return int(args.func(args) or 0)
    except CaravaneError as exc:
        return _fail(f"Erreur : {exc.code} {exc.params}")
    except Exception as exc:
        failure = storage_error(exc)
        if failure is None:
            raise
        return _fail(STORAGE_MESSAGES.get(failure.code, STORAGE_MESSAGES["storage_failed"]))


if __name__ == "__main__":
    sys.exit(main())
