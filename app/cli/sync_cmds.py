"""`caravane enroll`, `caravane sync`, `caravane bundle export|import`.

The sync client (httpx and all) is imported by the handlers that use it:
every other command builds this parser too, and must not pay for it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.main import add_data_dir
from app.laptop_sync.messages import message
from app.sync.errors import SyncError

# Refused rows listed after a sync (the rest are counted).
SHOWN_REFUSALS = 10


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("enroll", help="inscrire cet ordinateur auprès du serveur de la CCIS")
    p.add_argument("--link", metavar="LIEN",
                   help="lien d'inscription affiché par la console de la CCIS "
                   "(caravane://join?… : adresse, code et empreinte en une fois)")
    p.add_argument("--server", metavar="URL", help="adresse du serveur (https://…)")
    p.add_argument("--code", help="code d'inscription donné par la CCIS")
    p.add_argument("--fingerprint", metavar="SHA256",
                   help="empreinte SHA-256 du certificat du serveur, donnée par la CCIS avec "
                   "le code (serveur à certificat auto-signé)")
    p.add_argument("--allow-http", action="store_true",
                   help="accepter une adresse http:// d'un autre ordinateur : le jeton passe "
                   "alors en clair sur le réseau (à éviter)")
    p.add_argument("--name", help="nom de cet ordinateur (par défaut : son nom réseau)")
    p.add_argument("--no-sync", action="store_true", help="ne pas synchroniser tout de suite")
    add_data_dir(p)
    p.set_defaults(func=cmd_enroll, writes=True)

    p = subparsers.add_parser("sync", help="synchroniser avec le serveur")
    p.add_argument("--server", metavar="URL", help="adresse du serveur (par défaut : celle de l'inscription)")
    p.add_argument("--page-rows", type=int, metavar="N", help="lignes par page reçue (liaison très faible)")
    add_data_dir(p)
    p.set_defaults(func=cmd_sync, writes=True)

    p = subparsers.add_parser("bundle", help="synchronisation par clé USB")
    sub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    e = sub.add_parser("export", help="écrire les changements en attente dans un fichier")
    e.add_argument("file", metavar="FILE", type=Path)
    add_data_dir(e)
    e.set_defaults(func=cmd_bundle_export, writes=True)
    i = sub.add_parser(
        "import",
        help="(côté serveur) : utilisez « caravane-server admin import-bundle FICHIER »",
    )
    i.add_argument("file", metavar="FILE", type=Path)
    add_data_dir(i)
    i.set_defaults(func=cmd_bundle_import)


def _fail(error: SyncError) -> int:
    print(message(error), file=sys.stderr)
    return 2 if error.code in ("sync_revoked", "sync_update_required", "sync_server_too_old") else 1


def cmd_enroll(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.laptop_sync import client, joining

    if args.link:
        try:
            link = joining.parse_joining_link(args.link)
        except SyncError as exc:
            return _fail(exc)
        args.server = args.server or link.server_url
        args.code = args.code or link.code
        args.fingerprint = args.fingerprint or link.fingerprint
    if not args.server or not args.code:
        print("Il faut le lien d'inscription (--link) ou l'adresse du serveur (--server) "
              "et le code (--code).", file=sys.stderr)
        return 1
    db = Database.open(args.data_dir)
    try:
        report = client.join_server(
            db, args.server, args.code, device_name=args.name,
            fingerprint=args.fingerprint, allow_http=args.allow_http,
        )
        if args.fingerprint:
            print("Certificat du serveur vérifié (empreinte SHA-256 conforme) et retenu.")
        elif args.allow_http and args.server.lower().startswith("http://"):
            print("Attention : les échanges avec ce serveur ne sont pas chiffrés.",
                  file=sys.stderr)
        print(f"Inscrit dans l'équipe « {report.team_name} ». "
              f"{report.rows_joined} enregistrements locaux rejoignent l'équipe.")
        if not args.no_sync:
            done = client.sync(db)
            print(f"Synchronisé : {done.pushed} envoyés, {done.pulled} reçus.")
    except SyncError as exc:
        return _fail(exc)
    finally:
        db.dispose()
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.laptop_sync import client

    db = Database.open(args.data_dir)
    try:
        done = client.sync(db, args.server, page_rows=args.page_rows)
    except SyncError as exc:
        return _fail(exc)
    finally:
        db.dispose()
    text = f"Synchronisé en {done.duration:.1f} s : {done.pushed} envoyés, {done.pulled} reçus"
    if done.conflicts:
        text += f", {done.conflicts} conflit(s) à examiner"
    if done.refused:
        text += f", {len(done.refused)} modification(s) refusée(s) par le serveur"
    print(text + ".")
    for refusal in done.refused[:SHOWN_REFUSALS]:
        where = f", champ {refusal.field}" if refusal.field else ""
        print(f"  refusée : {refusal.table} {refusal.row_id}{where} ({refusal.code})")
    if len(done.refused) > SHOWN_REFUSALS:
        print(f"  … et {len(done.refused) - SHOWN_REFUSALS} autre(s).")
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.laptop_sync import bundle_export

    db = Database.open(args.data_dir)
    try:
        rows = bundle_export.export_bundle(db, args.file)
    except SyncError as exc:
        return _fail(exc)
    finally:
        db.dispose()
    print(f"{rows} changement(s) écrits dans {args.file}. "
          "À appliquer sur le serveur : caravane-server admin import-bundle FICHIER")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    print("Un paquet s'applique sur le serveur de la CCIS : "
          f"caravane-server admin import-bundle {args.file}", file=sys.stderr)
    return 1
