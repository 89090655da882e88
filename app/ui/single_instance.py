"""One window per data folder.

Two windows on one database would each show figures the other changes
under it, and each run its own sync.  The window holds the data folder's
lock (`app.folder_lock`: the system's own lock, dropped when the process
ends, even by `kill -9`) and listens on a local socket named after the
folder.  A second start on the same folder asks the first window to come
forward through that socket and ends; when that is not possible (a command
such as `caravane demo` holds the folder, or the first window does not
answer) it says why in a window and ends.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.folder_lock import WINDOW, FolderLock, Holder
from app.ui.crash import log

if TYPE_CHECKING:
    # QtNetwork is imported once the window shows: not on the way to the first paint.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
RAISED = b"raised\n"
ANSWER_MS = 3000


def server_name(folder: Path) -> str:
    """The local socket's name: one per data folder and user."""
    key = f"{folder.resolve()}|{os.getuid() if hasattr(os, 'getuid') else ''}"
    return "caravane-" + hashlib.sha256(key.encode()).hexdigest()[:20]


class WindowInstance:
    """This window's hold on its data folder: `claim()` before opening the
    database, `serve(window)` once it is shown, `release()` at the end."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lock = FolderLock(folder)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        return self.lock.acquire(WINDOW)

    def holder(self) -> Holder | None:
        return self.lock.holder()

    def serve(self, window: QWidget) -> None:
        """Answer later starts on this folder by bringing `window` forward."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.held:
            return

        name = server_name(self.folder)
        # We hold the folder's lock: a socket left by a killed window is stale.
        QLocalServer.removeServer(name)
        server = QLocalServer(window)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("second starts cannot reach this window: %s", server.errorString())
            return
        server.newConnection.connect(lambda: self._answer(server, window))
        self.server = server
        log.info("a later start on this data folder will bring this window forward")

    def _answer(self, server: QLocalServer, window: QWidget) -> None:
        while (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: _read_request(s, window))
            socket.disconnected.connect(socket.deleteLater)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()


def _read_request(socket: QLocalSocket, window: QWidget) -> None:
    if bytes(socket.readAll().data()).startswith(RAISE.strip()):
        bring_forward(window)
        log.info("brought forward for a second start on the same data folder")
        socket.write(RAISED)
        socket.flush()
    socket.disconnectFromServer()


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def ask_first_window(folder: Path, timeout_ms: int = ANSWER_MS) -> bool:
    """Ask the window already open on `folder` to come forward; True once it did."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.flush()
    answer = b""
    while RAISED not in answer and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return RAISED in answer


def forward_text(folder: Path) -> str:
    """Printed by a second start whose first window came forward."""
    return QCoreApplication.translate(
        "SingleInstance",
        "Caravane est déjà ouvert sur ce dossier de données ({folder}) : sa fenêtre est "
        "passée au premier plan.",
    ).format(folder=str(folder))


def refusal_text(folder: Path, holder: Holder | None) -> str:
    """Shown by a start that cannot work in `folder` because it is taken."""
    if holder is not None and holder.is_window:
        text = QCoreApplication.translate(
            "SingleInstance",
            "Caravane est déjà ouvert sur ce dossier de données :\n{folder}\n\n"
            "Une seule fenêtre à la fois peut y travailler. Utilisez la fenêtre déjà "
            "ouverte (elle est peut-être réduite ou sur un autre bureau), ou fermez-la avant "
            "de relancer Caravane.",
        )
    elif holder is not None:
        text = QCoreApplication.translate(
            "SingleInstance",
            "Une commande Caravane (« caravane {command} ») travaille sur ce dossier de "
            "données :\n{folder}\n\nAttendez qu'elle se termine, puis relancez Caravane.",
        )
    else:
        text = QCoreApplication.translate(
            "SingleInstance",
            "Un autre programme Caravane travaille sur ce dossier de données :\n{folder}\n\n"
            "Attendez qu'il se termine (ou fermez l'autre fenêtre de Caravane), puis "
            "relancez Caravane.",
        )
    return text.format(folder=str(folder), command=holder.what if holder else "")
