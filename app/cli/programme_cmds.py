"""`caravane programme ...`: the programmes the activity report is held
against, and their targets (what the funder expects over the programme's
whole duration)."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.main import add_data_dir, date_argument
from app.core.errors import CaravaneError, NotFoundError, StateError, ValidationError
from app.db import Database

# The options of `programme targets`, by target code (programme_targets.TARGETS).
TARGET_OPTIONS = {
    "reached": ("--reached", "bénéficiaires touchés"),
    "women": ("--women", "femmes touchées"),
    "youth": ("--youth", "jeunes de 18 à 35 ans touchés"),
    "young_women": ("--young-women", "jeunes femmes de 18 à 35 ans touchées"),
    "trained": ("--trained", "personnes formées"),
    "coached": ("--coached", "personnes accompagnées"),
    "certified": ("--certified", "personnes certifiées"),
    "projects": ("--projects", "projets appuyés (candidats retenus)"),
}
FIELD_NAMES = {code: label for code, (_, label) in TARGET_OPTIONS.items()}


def _target(text: str) -> int | None:
    """A target: a whole number, or "-" / "aucune" to clear it."""
    if text.strip().lower() in {"-", "aucune", "none"}:
        return None
    try:
        return int(text.replace(" ", "").replace("\u202f", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu : {text}") from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    programme = subparsers.add_parser(
        "programme", help="programmes et leurs cibles",
        description="Les programmes (appels, financements) et les cibles que le bailleur "
        "leur fixe ; le rapport d'activité compare les résultats à ces cibles.",
    )
    commands = programme.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="lister les programmes et leurs cibles")
    add_data_dir(listing)
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(func=run_list)

    add = commands.add_parser(
        "add", help="créer un programme de l'équipe de ce portable",
        description="Crée un programme pour l'équipe (le bus) de ce portable.",
    )
    add_data_dir(add)
    add.add_argument("name", metavar="NOM")
    add.add_argument("--funder", metavar="BAILLEUR", help="bailleur de fonds")
    add.add_argument("--from", dest="starts_on", type=date_argument, metavar="DATE",
                     help="début du programme (les cumuls du rapport partent de ce jour)")
    add.add_argument("--to", dest="ends_on", type=date_argument, metavar="DATE", help="fin du programme")
    add.set_defaults(func=run_add, writes=True)

    targets = commands.add_parser(
        "targets", help="fixer les cibles d'un programme",
        description="Fixe les cibles d'un programme sur toute sa durée (les autres restent) ; "
        "« - » efface une cible. Exemple : caravane programme targets \"Maison des TPE "
        "2026\" --reached 5000 --women 2500 --youth 3000 --projects 300",
    )
    add_data_dir(targets)
    targets.add_argument("programme", metavar="NOM_OU_ID")
    for code, (option, label) in TARGET_OPTIONS.items():
        targets.add_argument(option, dest=code, type=_target, default=argparse.SUPPRESS,
                             metavar="N", help=f"cible : {label}")
    targets.set_defaults(func=run_targets, writes=True)


def _open(args: argparse.Namespace) -> Database:
    return Database.open(getattr(args, "data_dir", None))


def _explain(error: CaravaneError) -> str:
    if isinstance(error, NotFoundError):
        return f"programme introuvable : {error.id}"
    if isinstance(error, StateError) and error.code == "shared_programme":
        return ("ce programme est partagé par toutes les équipes : ses cibles se fixent à la "
                "CCIS, pas sur un portable.")
    if isinstance(error, StateError) and error.code == "no_team":
        return "ce portable n'a pas encore d'équipe (premier démarrage à faire)."
    if isinstance(error, ValidationError):
        parts = []
        for problem in error.errors:
            name = FIELD_NAMES.get(problem.field, problem.field)
            if problem.code == "out_of_range" and problem.params:
                parts.append(f"{name} : au plus {problem.params.get('max')}")
            elif problem.code == "must_be_positive":
                parts.append(f"{name} : au moins 1 (« - » pour effacer)")
            else:
                parts.append(f"{name} : {problem.code}")
        return "cibles refusées, rien n'a changé — " + " ; ".join(parts)
    return error.code


def _fail(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return 1


def _targets_text(targets: dict[str, int]) -> str:
    if not targets:
        return "aucune cible"
    return ", ".join(f"{FIELD_NAMES[code]} {value:,}".replace(",", " ")
                     for code, value in targets.items())


def run_list(args: argparse.Namespace) -> int:
    from app.services import programme_targets

    db = _open(args)
    try:
        with db.session() as session:
            programmes = programme_targets.list_programmes(session=session)
    finally:
        db.dispose()
    if args.json:
        payload = [
            {"id": p.id, "name": p.name, "funder": p.funder, "shared": p.team_id is None,
             "starts_on": p.starts_on.isoformat() if p.starts_on else None,
             "ends_on": p.ends_on.isoformat() if p.ends_on else None, "targets": p.targets}
            for p in programmes
        ]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not programmes:
        print("Aucun programme.")
    for p in programmes:
        dates = " – ".join(d.strftime("%d/%m/%Y") for d in (p.starts_on, p.ends_on) if d)
        print(f"{p.name}" + (f" ({p.funder})" if p.funder else "") + (f", {dates}" if dates else "")
              + (" [partagé]" if p.team_id is None else ""))
        print(f"  {p.id} — {_targets_text(p.targets)}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from app.services import accounts, selection

    db = _open(args)
    try:
        with db.session() as session:
            team_id = accounts.local_team_id(session=session)
            if team_id is None:
                raise StateError("no_team")
            view = selection.create_programme(
                session=session, name=args.name, team_id=team_id, funder=args.funder,
                starts_on=args.starts_on, ends_on=args.ends_on,
            )
    except CaravaneError as error:
        return _fail(_explain(error))
    finally:
        db.dispose()
    print(f"Programme créé : {view.name} ({view.id})")
    return 0


def run_targets(args: argparse.Namespace) -> int:
    from app.services import programme_targets

    wanted = {code: getattr(args, code) for code in TARGET_OPTIONS if hasattr(args, code)}
    if not wanted:
        return _fail("aucune cible donnée (--reached, --women, --youth, --young-women, "
                     "--trained, --coached, --certified, --projects).")
    db = _open(args)
    try:
        with db.session() as session:
            found = programme_targets.find_programme(session=session, text=args.programme)
            done = programme_targets.set_targets(
                session=session, programme_id=found.id, targets=wanted
            )
    except CaravaneError as error:
        return _fail(_explain(error))
    finally:
        db.dispose()
    state = "enregistrées" if done.changes else "inchangées"
    print(f"Cibles de « {done.value.name} » {state} : {_targets_text(done.value.targets)}")
    return 0
