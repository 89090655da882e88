"""`caravane print ...`: attendance sheets, certificates, the activity report,
a beneficiary's record, and exports for CCIS officers.

The database and the documents are imported by the handlers, each only
what its document needs: a print is a process of its own, started from a
shortcut or a script, and most of its time used to go to imports
(bench/bench_print_start.py, docs/documents.md "Figures")."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import data_cmds
from app.cli.main import date_argument
from app.core.errors import CaravaneError, NotFoundError, StateError, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.reports.api import Job


_KINDS_FR = {
    "session": "Session",
    "beneficiary": "Bénéficiaire",
    "module": "Module",
    "team": "Équipe",
    "programme": "Programme",
}


def _common(parser: argparse.ArgumentParser, *, lang: bool = True) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="dossier des données (par défaut : celui de l'utilisateur, ou $CARAVANE_DATA_DIR)",
    )
    if lang:
        parser.add_argument(
            "--lang", choices=["fr", "ar"], default=argparse.SUPPRESS,
            help="langue du document : fr (défaut) ou ar (de droite à gauche)",
        )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = subparsers.add_parser(
        "print", help="imprimer des documents (PDF) et des exports",
        description="Documents imprimés et exports, produits hors ligne sur ce portable.",
    )
    commands = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    sheet = commands.add_parser(
        "attendance-sheet", help="feuille de présence d'une session",
        description="Feuille de présence à signer : une ligne par participant attendu ou "
        "présent, CIN masquée, une case de signature par demi-journée, lignes vides.",
    )
    sheet.add_argument("session_id", metavar="SESSION_ID")
    sheet.add_argument("out", metavar="OUT.pdf", type=Path)
    sheet.add_argument("--blank-rows", type=int, default=8, metavar="N",
                       help="lignes vides pour les participants non inscrits (défaut : 8)")
    _common(sheet)
    sheet.set_defaults(func=_attendance_sheet)

    cert = commands.add_parser(
        "certificate", help="attestation de participation d'un bénéficiaire",
        description="Attestation avec numéro de série et code QR ; sa délivrance est "
        "enregistrée comme appui. Réimprimer la même formation reprend le même numéro.",
    )
    cert.add_argument("beneficiary_id", metavar="BENEFICIARY_ID")
    cert.add_argument("out", metavar="OUT.pdf", type=Path)
    cert.add_argument("--session", dest="sessions", action="append", metavar="SESSION_ID",
                      help="limiter à cette session (répétable)")
    cert.add_argument("--module", dest="modules", action="append", metavar="CODE",
                      help="limiter à ce module, par code (répétable)")
    _common(cert)
    cert.set_defaults(func=_certificate, writes=True)

    report = commands.add_parser(
        "report", help="rapport d'activité d'une période",
        description="Indicateurs du programme (les chiffres de `caravane indicators`), "
        "graphiques, tableaux et une page par commune visitée.",
    )
    report.add_argument("out", metavar="OUT.pdf", type=Path)
    report.add_argument("--from", dest="date_from", type=date_argument, required=True, metavar="DATE")
    report.add_argument("--to", dest="date_to", type=date_argument, required=True, metavar="DATE")
    report.add_argument("--team", metavar="TEAM_ID", help="une seule équipe (défaut : toutes)")
    report.add_argument(
        "--programme", metavar="NOM_OU_ID",
        help="programme dont les cibles sont comparées aux résultats (défaut : celui qui a "
        "des cibles et couvre la période)",
    )
    _common(report)
    report.set_defaults(func=_report)

    record = commands.add_parser(
        "record", help="fiche d'un bénéficiaire (loi 09-08), PDF ou JSON",
        description="Tout ce qui est détenu sur une personne. JSON si OUT se termine par "
        ".json ou avec --json.",
    )
    record.add_argument("beneficiary_id", metavar="BENEFICIARY_ID")
    record.add_argument("out", metavar="OUT.pdf|OUT.json", type=Path)
    record.add_argument("--json", action="store_true", help="écrire le JSON")
    _common(record)
    record.set_defaults(func=_record)

    # The officers' exports: options and runner in data_cmds (with the other exports).
    data_cmds.register_officer_export(commands, _common, date_argument)


def _lang(args: argparse.Namespace) -> str:
    lang = getattr(args, "lang", None) or "fr"
    return "ar" if lang == "ar" else "fr"


def _fail(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return 1


def _explain(error: CaravaneError) -> str:
    if isinstance(error, NotFoundError):
        kind = _KINDS_FR.get(error.kind, error.kind.capitalize())
        return f"{kind} introuvable : {error.id}"
    if isinstance(error, StateError) and error.code == "nothing_attended":
        return "ce bénéficiaire n'a été présent à aucune session retenue ; pas d'attestation."
    if isinstance(error, ValidationError):
        details = ", ".join(f"{e.field} ({e.code})" for e in error.errors)
        return f"données refusées : {details}"
    return f"{error.code} {error.params or ''}".strip()


def _run(args: argparse.Namespace, action: str, job: Job) -> int:
    if not args.out.parent.exists():
        return _fail(f"dossier introuvable : {args.out.parent}")
    from app.db import Database

    db = Database.open(args.data_dir)
    try:
        with db.session() as session:
            message = job(session)
    except CaravaneError as error:
        return _fail(_explain(error))
    finally:
        db.dispose()
    print(f"{action} : {args.out}" + (f" ({message})" if message else ""))
    return 0


def _attendance_sheet(args: argparse.Namespace) -> int:
    def job(session: Session) -> str:
        from app.reports import api

        data = api.print_attendance_sheet(
            session=session, session_id=args.session_id, lang=_lang(args), out=args.out,
            blank_rows=args.blank_rows,
        )
        return f"{len(data.participants)} participants"

    return _run(args, "Feuille de présence écrite", job)


def _certificate(args: argparse.Namespace) -> int:
    def job(session: Session) -> str:
        from app.reports import api

        data = api.print_certificate(
            session=session, beneficiary_id=args.beneficiary_id, lang=_lang(args),
            out=args.out, today=dt.date.today(), session_ids=args.sessions,
            module_codes=args.modules,
        ).value
        state = "réimpression" if data.reused else "nouvelle attestation"
        return f"n° {data.serial}, {state}"

    return _run(args, "Attestation écrite", job)


def _report(args: argparse.Namespace) -> int:
    if args.date_to < args.date_from:
        return _fail("la date de fin précède la date de début.")

    def job(session: Session) -> str:
        from app.reports import api

        programme_id = None
        if args.programme:
            from app.services.programme_targets import find_programme

            programme_id = find_programme(session=session, text=args.programme).id
        data = api.print_activity_report(
            session=session, date_from=args.date_from, date_to=args.date_to,
            lang=_lang(args), out=args.out, team_id=args.team, programme_id=programme_id,
        )
        return f"{len(data.communes)} communes visitées"

    return _run(args, "Rapport d'activité écrit", job)


def _record(args: argparse.Namespace) -> int:
    as_json = args.json or args.out.suffix.lower() == ".json"

    def job(session: Session) -> str:
        from app.reports import api

        api.print_beneficiary_record(
            session=session, beneficiary_id=args.beneficiary_id, lang=_lang(args),
            out=args.out, as_json=as_json,
        )
        return "JSON" if as_json else "PDF"

    return _run(args, "Fiche bénéficiaire écrite", job)
