"""`caravane` entry point: no arguments opens the desktop window; subcommands
work on the laptop database without Qt.

Each command group lives in its own module with a `register(subparsers)`
function that adds its parsers and sets `func` to a handler taking the parsed
arguments and returning an exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from app.folder_lock import FolderLock

# Command groups, by module; each module owns its own subcommands.
COMMAND_MODULES = (
    "app.cli.data_cmds",  # demo, import, export, indicators
    "app.cli.sync_cmds",  # enroll (a laptop joins a server), sync, bundle
    "app.cli.print_cmds",  # print ...
    "app.cli.settings_cmds",  # settings list / get / set / unset
    "app.cli.programme_cmds",  # programme list, add, targets
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caravane",
        description="Caravane — le compagnon du bus de la maison des TPE. "
        "Sans commande, ouvre l'application de bureau.",
    )
    parser.add_argument("--version", action="version", version=f"caravane {__version__}")
    add_data_dir(parser)
    parser.add_argument("--lang", choices=["fr", "ar", "en"], help="langue de l'interface")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def date_argument(text: str) -> dt.date:
    """A date option of any command: dd/mm/yyyy or yyyy-mm-dd."""
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"date invalide : {text} (jj/mm/aaaa ou aaaa-mm-jj)")


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="dossier des données (par défaut : le dossier de données de "
        "l'utilisateur, ou $CARAVANE_DATA_DIR)",
    )


def desktop_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when no command is given (the desktop app), parsed without
    importing every command group: start-up time matters there."""
    light = argparse.ArgumentParser(add_help=False)
    add_data_dir(light)
    light.add_argument("--lang", choices=["fr", "ar", "en"])
    try:
        args, rest = light.parse_known_args(list(argv))
    except SystemExit:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    desktop = desktop_args(sys.argv[1:] if argv is None else argv)
    if desktop is not None:
        from app.ui.main import run_desktop  # the only Qt import of the CLI

        return run_desktop(data_dir=getattr(desktop, "data_dir", None), lang=desktop.lang)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    if args.command is None:
        from app.ui.main import run_desktop  # the only Qt import of the CLI

        return run_desktop(data_dir=args.data_dir, lang=args.lang)
    try:
        if getattr(args, "writes", False) and not getattr(args, "dry_run", False):
            return _run_alone(args)
        return int(args.func(args) or 0)
    except Exception as exc:
        # The database or the disk failing (full, read-only, locked) is one
        # sentence, never a traceback: a SQL error's text quotes the statement
        # and could carry names or CINs.  Anything else is a bug: raised.
        from app.laptop_sync.messages import message
        from app.sync.errors import storage_error

        failure = storage_error(exc)
        if failure is None:
            raise
        print(message(failure), file=sys.stderr)
        return 1
    finally:
        if argv is None:
            # The command ran as the program and the process ends now: move
            # what is left to the collector's permanent generation, so the
            # interpreter's last collection at exit skips it (0.1-0.3 s of a
            # `caravane print`).  Called with arguments (tests), nothing changes.
            gc.freeze()


# The data folder is taken (the window, or another command that writes).
EXIT_BUSY = 3


def _run_alone(args: argparse.Namespace) -> int:
    """A command that writes runs alone in its data folder: never beside the
    window (whose screens and sync would not know of its changes) nor beside
    another such command.  Refused with a sentence, nothing done."""
    from app import paths
    from app.folder_lock import FolderLock

    try:
        lock = FolderLock(paths.data_dir(args.data_dir))
        taken = lock.acquire(args.command)
    except OSError as exc:  # a folder it cannot write in: read-only, protected, full
        from app.laptop_sync.messages import message
        from app.sync.errors import StorageReadOnly, storage_error

        print(message(storage_error(exc) or StorageReadOnly()), file=sys.stderr)
        return 1
    if not taken:
        print(busy_message(lock, args.command), file=sys.stderr)
        return EXIT_BUSY
    try:
        return int(args.func(args) or 0)
    finally:
        lock.release()


def busy_message(lock: FolderLock, command: str) -> str:
    holder = lock.holder()
    done = f"« caravane {command} » n'a rien fait"
    if holder is not None and holder.is_window:
        return (
            f"Caravane est ouvert sur ce dossier de données ({lock.folder}) : {done}. Fermez "
            "la fenêtre de Caravane puis relancez la commande (la synchronisation se lance "
            "aussi depuis la fenêtre)."
        )
    if holder is not None:
        return (
            f"Une autre commande Caravane (« caravane {holder.what} », processus "
            f"{holder.pid}) travaille sur ce dossier de données ({lock.folder}) : {done}. "
            "Attendez qu'elle se termine puis relancez la commande."
        )
    return (
        f"Un autre programme Caravane travaille sur ce dossier de données ({lock.folder}) : "
        f"{done}. Attendez qu'il se termine (ou fermez la fenêtre de Caravane) puis "
        "relancez la commande."
    )


if __name__ == "__main__":
    sys.exit(main())
