"""When the window cannot start: the data folder cannot be written (read-only,
protected, full) or its database cannot be opened.  Instead of a traceback
on a terminal nobody reads, a window with one sentence that says what
happened and what to do; then the program ends (exit code 1)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

PROBE_ENV = "CARAVANE_STARTUP_PROBE"  # app.ui.main: print what is shown, then quit
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def unwritable(folder: Path) -> OSError | None:
    """Why nothing can be written in `folder` (None when a file can be)."""
    probe = folder / f".caravane-write-test-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as handle:
            handle.write(b"caravane")
        probe.unlink()
    except OSError as exc:
        return exc
    return None


def folder_text(folder: Path, exc: OSError) -> str:
    """The data folder cannot be written."""
    if exc.errno in _FULL:
        text = QCoreApplication.translate(
            "StartProblems",
            "Le disque qui contient les données de Caravane est plein :\n{folder}\n\n"
            "Caravane ne peut pas démarrer sans un peu de place. Rien de ce qui était "
            "enregistré n'est perdu. Libérez de la place (fichiers inutiles, corbeille), "
            "puis relancez Caravane.",
        )
    elif exc.errno in _READ_ONLY:
        text = QCoreApplication.translate(
            "StartProblems",
            "Caravane ne peut pas écrire dans son dossier de données :\n{folder}\n\n"
            "Le disque est en lecture seule, protégé ou retiré. Rien de ce qui était "
            "enregistré n'est perdu. Vérifiez ce dossier (ou la clé USB qui le contient), "
            "puis relancez Caravane.",
        )
    else:
        text = QCoreApplication.translate(
            "StartProblems",
            "Caravane ne peut pas écrire dans son dossier de données :\n{folder}\n\n"
            "Le disque signale une erreur. Rien de ce qui était enregistré n'est perdu. "
            "Vérifiez le disque, puis relancez Caravane.",
        )
    return text.format(folder=str(folder))


def open_text(folder: Path, exc: BaseException, log_file: Path | None) -> str:
    """The database in the folder could not be opened."""
    from app.sync.errors import storage_error
    from app.ui.errors import error_text

    head = QCoreApplication.translate(
        "StartProblems", "Caravane n'a pas pu ouvrir ses données :\n{folder}"
    ).format(folder=str(folder))
    if storage_error(exc) is not None:
        return f"{head}\n\n{error_text(exc)}"
    if log_file is None:  # no log could be written either
        text = QCoreApplication.translate(
            "StartProblems", "Ce qui était déjà enregistré n'est pas perdu."
        )
    else:
        text = QCoreApplication.translate(
            "StartProblems",
            "Ce qui était déjà enregistré n'est pas perdu. Donnez ce journal au support : "
            "{path}",
        ).format(path=str(log_file))
    return f"{head}\n\n{text}"


def show(text: str) -> int:
    """The sentence in a window until the user closes it; the exit code (1)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StartProblems", "Caravane ne peut pas démarrer"),
        text,
    )
    box.setObjectName("start_problem")
    if os.environ.get(PROBE_ENV):
        QTimer.singleShot(0, lambda: _probe(box, text))
    box.exec()
    return 1


def _probe(box: QMessageBox, text: str) -> None:
    print("start-refused " + text.replace("\n", " "), flush=True)
    box.done(0)
