"""`caravane settings ...`: the laptop's settings people set (the law 09-08
statements of a person's record, for now), kept in the laptop's database.

Imports are made inside the handlers: building the parser for any command
must stay cheap (`caravane print` starts in well under a second)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.main import add_data_dir

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from app.core.errors import ValidationError

# The codes app.services.laptop_settings raises, as the CLI says them.
_SENTENCES = {
    "unknown_field": "paramètre inconnu : {field}. Paramètres possibles : {fields}.",
    "too_long": "valeur trop longue : {max} caractères au plus.",
    "invalid_number": "la valeur doit être un nombre entier d'années.",
    "out_of_range": "la valeur doit être comprise entre 1 et {max} ans.",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    settings = subparsers.add_parser(
        "settings", help="paramètres de ce portable (mentions de la fiche 09-08)",
        description="Paramètres gardés dans la base de ce portable : ce que la fiche d'un "
        "bénéficiaire (loi 09-08) dit du responsable du traitement. Un paramètre non "
        "renseigné est imprimé comme tel, jamais inventé.",
    )
    commands = settings.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="tous les paramètres et leur valeur")
    add_data_dir(listing)
    listing.set_defaults(func=_list)

    get = commands.add_parser("get", help="la valeur d'un paramètre")
    get.add_argument("key", metavar="CLÉ")
    add_data_dir(get)
    get.set_defaults(func=_get)

    change = commands.add_parser(
        "set", help="changer un paramètre",
        description="Exemple : caravane settings set privacy.cndp_reference \"D-123/2026\"",
    )
    change.add_argument("key", metavar="CLÉ")
    change.add_argument("value", metavar="VALEUR")
    add_data_dir(change)
    change.set_defaults(func=_set, writes=True)

    clear = commands.add_parser("unset", help="effacer un paramètre (non renseigné)")
    clear.add_argument("key", metavar="CLÉ")
    add_data_dir(clear)
    clear.set_defaults(func=_unset, writes=True)


def _explain(error: ValidationError) -> str:
    first = error.errors[0]
    params = dict(first.params)
    if first.code == "out_of_range":
        from app.services.laptop_settings import MAX_RETENTION_YEARS

        params.setdefault("max", MAX_RETENTION_YEARS)
    return _SENTENCES.get(first.code, "valeur refusée.").format(**params)


def _with_session(args: argparse.Namespace, work: Callable[[Session], None]) -> int:
    from app.core.errors import ValidationError
    from app.db import Database

    db = Database.open(args.data_dir)
    try:
        with db.session() as session:
            work(session)
    except ValidationError as error:
        print(f"Erreur : {_explain(error)}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    return 0


def _list(args: argparse.Namespace) -> int:
    from app.services import laptop_settings

    def work(session: Session) -> None:
        for view in laptop_settings.list_settings(session=session):
            value = view.value if view.value is not None else "(non renseigné)"
            print(f"{view.key} = {value}\n    {view.description}")

    return _with_session(args, work)


def _get(args: argparse.Namespace) -> int:
    from app.services import laptop_settings

    def work(session: Session) -> None:
        value = laptop_settings.read_setting(session=session, key=args.key)
        print(value if value is not None else "(non renseigné)")

    return _with_session(args, work)


def _change(args: argparse.Namespace, value: str | None) -> int:
    from app.services import laptop_settings

    def work(session: Session) -> None:
        stored = laptop_settings.change_setting(session=session, key=args.key, value=value).value
        print(f"{args.key} = {stored if stored is not None else '(non renseigné)'}")

    return _with_session(args, work)


def _set(args: argparse.Namespace) -> int:
    return _change(args, args.value)


def _unset(args: argparse.Namespace) -> int:
    return _change(args, None)
