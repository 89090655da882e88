"""Settings: language (applied at once by the main window), the CCIS server
this laptop is joined to (or the form to join one), data folder (for the
next start), idle-lock delay, the law 09-08 statements of a person's record
(app/ui/privacy_settings.py), and "about" (version, database, counts)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import EVERYTHING, Topic
from app.ui.dialog import ERROR_STYLE
from app.ui.fonts import big_font
from app.ui.i18n import LANGUAGES, format_count, format_number, language_name, ltr
from app.ui.screens.base import RefreshingScreen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.laptop_sync.client import JoinReport
    from app.services.accounts import UserView
    from app.ui.context import AppContext
    from app.ui.prefs import Preferences

OK_STYLE = "color: #1b7f3b;"


@dataclass(frozen=True)
class About:
    team_name: str
    beneficiaries: int
    sessions: int
    stops: int
    users: int
    # The server this laptop joined (None: not joined yet).
    server_url: str | None = None
    revoked: bool = False


def load_about(session: Session, team_id: str | None) -> About:
    from app.laptop_sync import config
    from app.services import accounts, beneficiaries, planning

    team = accounts.local_team(session=session)
    server = config.load(session)
    return About(
        team_name=team.name if team else "",
        beneficiaries=beneficiaries.count_beneficiaries(session=session, team_id=team_id),
        sessions=len(planning.list_sessions(session=session, team_id=team_id)),
        stops=len(planning.list_stops(session=session, team_id=team_id)),
        users=len(accounts.list_users(session=session, team_id=team_id)),
        server_url=server.server_url if server.joined else None,
        revoked=server.revoked,
    )


@dataclass(frozen=True)
class JoinRequest:
    """What the joining form asks the server with."""

    server_url: str
    code: str
    fingerprint: str | None


class FolderChooser:
    """The folder dialog, replaceable in tests."""

    @classmethod
    def ask(cls, parent: QWidget, start: str) -> str | None:
        chosen = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("SettingsScreen", "Dossier des données de Caravane"),
            start,
        )
        return chosen or None


class SettingsScreen(RefreshingScreen):
    # The "about" counts.
    depends_on = frozenset({Topic.BENEFICIARY, Topic.SESSION, Topic.STOP, Topic.USER})
    # This laptop joined a server (JoinReport): the status bar checks it at once.
    server_joined = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.joining = False
        self.about_data: About | None = None
        # A joined laptop's form, opened to join again: a reload keeps it open.
        self._rejoining = False
        self._awaiting_user = False
        title = QLabel(self.tr("Paramètres"))
        title.setFont(big_font(18))

        # language
        self.language = QComboBox()
        self.language.setObjectName("language")
        for lang in LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(LANGUAGES.index(self._prefs().lang))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_box = QGroupBox(self.tr("Langue de l'interface"))
        row = QHBoxLayout(language_box)
        row.addWidget(self.language)
        row.addStretch(1)

        server_box = self._build_server_box()

        # data folder
        self.folder = QLabel(str(ctx.db.folder))
        self.folder.setObjectName("data_folder")
        self.folder.setWordWrap(True)
        self.next_folder = QLabel()
        self.next_folder.setObjectName("next_folder")
        self.next_folder.setWordWrap(True)
        choose = QPushButton(self.tr("Choisir un autre dossier…"))
        choose.clicked.connect(self.choose_folder)
        default = QPushButton(self.tr("Revenir au dossier par défaut"))
        default.clicked.connect(self.default_folder)
        folder_box = QGroupBox(self.tr("Dossier des données"))
        folder_form = QVBoxLayout(folder_box)
        folder_form.addWidget(QLabel(self.tr("Dossier utilisé maintenant :")))
        folder_form.addWidget(self.folder)
        folder_form.addWidget(self.next_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(default)
        buttons.addStretch(1)
        folder_form.addLayout(buttons)

        # idle lock
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("jamais"))
        self.idle_minutes.setValue(self._prefs().idle_lock_minutes)
        self.idle_minutes.valueChanged.connect(self._idle_changed)
        lock_box = QGroupBox(self.tr("Verrouillage"))
        lock_form = QFormLayout(lock_box)
        lock_form.addRow(self.tr("Verrouiller après une inactivité de"), self.idle_minutes)

        # the law 09-08 statements of a person's record
        from app.ui.privacy_settings import PrivacySettingsBox

        self.privacy_box = PrivacySettingsBox(ctx)

        # about
        from app import __version__

        self.about = QLabel()
        self.about.setObjectName("about")
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(self.about.textInteractionFlags())
        about_box = QGroupBox(self.tr("À propos"))
        about_form = QFormLayout(about_box)
        about_form.addRow(self.tr("Version"), QLabel(__version__))
        database = QLabel(str(ctx.db.path))
        database.setWordWrap(True)
        about_form.addRow(self.tr("Base de données"), database)
        about_form.addRow(self.tr("Identifiant de cet ordinateur"), QLabel(ctx.db.device_id))
        about_form.addRow(self.tr("Contenu"), self.about)

        # The page is taller than a laptop's screen once the joining form shows.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(language_box)
        layout.addWidget(server_box)
        layout.addWidget(folder_box)
        layout.addWidget(lock_box)
        layout.addWidget(self.privacy_box)
        layout.addWidget(about_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.page_scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_next_folder()

    def _build_server_box(self) -> QGroupBox:
        """The CCIS server: where this laptop syncs, or the form to join one
        with the link shown by the console (under its QR code) or with the
        address, the code and, for a self-signed certificate, its fingerprint."""
        box = QGroupBox(self.tr("Serveur de la CCIS"))
        self.server_state = QLabel()
        self.server_state.setObjectName("server_state")
        self.server_state.setWordWrap(True)
        self.rejoin_button = QPushButton(self.tr("Relier avec un nouveau code…"))
        self.rejoin_button.setObjectName("rejoin")
        self.rejoin_button.clicked.connect(self.start_joining)
        self.rejoin_button.hide()

        self.join_link = QLineEdit()
        self.join_link.setObjectName("join_link")
        self.join_link.setPlaceholderText("caravane://join?…")
        self.join_link.textEdited.connect(self._link_edited)
        self.server_url = QLineEdit()
        self.server_url.setObjectName("server_url")
        self.server_url.setPlaceholderText("https://…")
        self.join_code = QLineEdit()
        self.join_code.setObjectName("join_code")
        self.join_code.setPlaceholderText("ABCD-EFGH-JKMN")
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setPlaceholderText(self.tr("64 caractères, si la CCIS la donne"))
        for line in (self.join_link, self.server_url, self.join_code, self.fingerprint):
            # Addresses, codes and fingerprints read left to right in every language.
            line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            line.returnPressed.connect(self.join_server)
        self.url_error = self._error_label("server_url_error")
        self.code_error = self._error_label("join_code_error")
        self.join_button = QPushButton(self.tr("Relier cet ordinateur au serveur"))
        self.join_button.setObjectName("join_server")
        self.join_button.clicked.connect(self.join_server)
        self.join_progress = QProgressBar()
        self.join_progress.setRange(0, 0)  # one exchange: busy, not a percentage
        self.join_progress.setMaximumWidth(160)
        self.join_progress.setTextVisible(False)
        self.join_progress.hide()
        self.join_message = QLabel()
        self.join_message.setObjectName("join_message")
        self.join_message.setWordWrap(True)

        self.join_form = QWidget()
        self.join_form.setObjectName("join_form")
        form = QFormLayout(self.join_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Lien d'inscription (sous le QR code)"), self.join_link)
        separator = QLabel(self.tr("ou bien :"))
        form.addRow(separator)
        form.addRow(self.tr("Adresse du serveur"), self.server_url)
        form.addRow("", self.url_error)
        form.addRow(self.tr("Code d'inscription"), self.join_code)
        form.addRow("", self.code_error)
        form.addRow(self.tr("Empreinte du certificat"), self.fingerprint)
        actions = QHBoxLayout()
        actions.addWidget(self.join_button)
        actions.addWidget(self.join_progress)
        actions.addStretch(1)
        form.addRow(actions)

        layout = QVBoxLayout(box)
        layout.addWidget(self.server_state)
        layout.addWidget(self.rejoin_button)
        layout.addWidget(self.join_form)
        layout.addWidget(self.join_message)
        return box

    @staticmethod
    def _error_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _prefs(self) -> Preferences:
        from app.ui.prefs import Preferences

        return self.ctx.prefs or Preferences()

    def _save(self, prefs: Preferences) -> None:
        from app.ui import prefs as store

        self.ctx.prefs = prefs
        store.save(prefs)
        self.ctx.prefs_changed.emit(prefs)

    # -- data -----------------------------------------------------------
    def load(self) -> None:
        team_id = self.ctx.team_id
        self.ctx.tasks.run_db(lambda s: load_about(s, team_id), self._show_about)
        self.privacy_box.load()

    def _show_about(self, about: About) -> None:
        self.about_data = about
        self.about.setText(
            self.tr(
                "Équipe : {team}\n{beneficiaries} bénéficiaires, {sessions} séances, "
                "{stops} étapes, {users} utilisateurs"
            ).format(
                team=about.team_name,
                beneficiaries=format_count(about.beneficiaries),
                sessions=format_count(about.sessions),
                stops=format_count(about.stops),
                users=format_count(about.users),
            )
        )
        self._show_server(about)

    def _show_server(self, about: About) -> None:
        url = ltr(about.server_url or "")
        if about.server_url is None:
            self.server_state.setText(
                self.tr(
                    "Les données de cet ordinateur ne sont pas encore reliées à un serveur : "
                    "elles restent ici. Pour les envoyer à la CCIS, saisissez le lien "
                    "d'inscription affiché par sa console, ou l'adresse du serveur et le code "
                    "qu'elle vous a donnés."
                )
            )
        elif about.revoked:
            self.server_state.setText(
                self.tr(
                    "Cet ordinateur a été retiré par la CCIS du serveur {url}. Ses données "
                    "restent ici ; pour le relier de nouveau, demandez un nouveau code."
                ).format(url=url)
            )
        elif about.team_name:
            self.server_state.setText(
                self.tr("Relié au serveur {url} (équipe « {team} »).").format(
                    url=url, team=about.team_name
                )
            )
        else:  # the team's own row comes with the first sync
            self.server_state.setText(self.tr("Relié au serveur {url}.").format(url=url))
        joined = about.server_url is not None and not about.revoked
        if not joined:
            self.rejoin_button.hide()
            self.join_form.show()
        elif not self.joining and not self._rejoining:
            # Joined: the form stays folded away unless someone is filling it.
            self.join_form.hide()
            self.rejoin_button.show()

    # -- joining a server -------------------------------------------------
    def start_joining(self) -> None:
        """Show the joining form, the cursor in its first field."""
        self._rejoining = True
        self.rejoin_button.hide()
        self.join_form.show()
        self.page_scroll.ensureWidgetVisible(self.join_form)
        self.join_link.setFocus()

    def _link_edited(self, text: str) -> None:
        """A pasted link fills the fields below it, so the user sees what
        it says before joining."""
        from app.laptop_sync import joining
        from app.sync.errors import SyncError

        if not text.strip():
            return
        try:
            link = joining.parse_joining_link(text)
        except SyncError:
            return  # said when the user asks to join
        self.server_url.setText(link.server_url)
        self.join_code.setText(link.code)
        self.fingerprint.setText(link.fingerprint or "")

    def _join_request(self) -> JoinRequest | None:
        """The form read, or None after showing what is missing; raises the
        sync errors of an unreadable link or fingerprint."""
        from app.laptop_sync import joining
        from app.laptop_sync.tls import normalize_fingerprint
        from app.ui.errors import code_text

        text = self.join_link.text().strip()
        code = self.join_code.text().strip()
        if not text and joining.looks_like_joining_link(code):
            text = code  # the link pasted into the code's field
        if text:
            link = joining.parse_joining_link(text)
            return JoinRequest(link.server_url, link.code, link.fingerprint)
        url = self.server_url.text().strip()
        if url and "://" not in url:
            url = "https://" + url  # what the CCIS gives; http must be typed
        missing = False
        for value, error in ((url, self.url_error), (code, self.code_error)):
            if not value:
                error.setText(code_text("required"))
                error.show()
                missing = True
        if missing:
            return None
        typed = self.fingerprint.text().strip()
        return JoinRequest(url, code, normalize_fingerprint(typed) if typed else None)

    def join_server(self) -> None:
        """Join the server in the background (one exchange, then the status
        bar syncs): progress and errors are said under the form."""
        from app.sync.errors import SyncError
        from app.ui.errors import error_text

        if self.joining:
            return
        for error in (self.url_error, self.code_error):
            error.hide()
        try:
            request = self._join_request()
        except SyncError as exc:
            self._say(error_text(exc), ERROR_STYLE)
            return
        if request is None:
            self._say("")
            return
        self.joining = True
        self.join_button.setEnabled(False)
        self.join_progress.show()
        self._say(
            self.tr("Connexion au serveur {url}…").format(url=ltr(request.server_url))
        )
        db = self.ctx.db

        def job() -> JoinReport:
            from app.laptop_sync import client

            return client.join_server(
                db, request.server_url, request.code, fingerprint=request.fingerprint
            )

        self.ctx.tasks.run_network(job, self._joined, self._join_failed)

    def _say(self, text: str, style: str = "") -> None:
        self.join_message.setText(text)
        self.join_message.setStyleSheet(style)

    def _join_done(self) -> None:
        self.joining = False
        self.join_button.setEnabled(True)
        self.join_progress.hide()

    def _join_failed(self, exc: BaseException) -> None:
        from app.ui.errors import error_text

        self._join_done()
        self._say(error_text(exc), ERROR_STYLE)

    def _joined(self, report: JoinReport) -> None:

        self._join_done()
        self._rejoining = False
        # The code is spent; the address stays for whoever looks.
        for line in (self.join_link, self.join_code, self.fingerprint):
            line.clear()
        self._say(
            self.tr(
                "Cet ordinateur est relié au serveur, équipe « {team} » : {rows} "
                "enregistrement(s) de cet ordinateur la rejoignent. La première "
                "synchronisation commence."
            ).format(team=report.team_name, rows=format_number(report.rows_joined)),
            OK_STYLE,
        )
        # Every local row now belongs to the server's team, and the user
        # logged in may have become the server's user of the same name.
        self.ctx.team_id = report.team_id
        user = self.ctx.user
        twin = dict(report.merged_into).get(user.id) if user is not None else None
        if user is not None and twin is not None:
            # Their own row comes with the first sync: read it then.
            self.ctx.set_user(replace(user, id=twin, team_id=report.team_id))
            if not self._awaiting_user:
                self._awaiting_user = True
                self.ctx.data_changed.connect(self._read_user_again)
        self.ctx.notify(EVERYTHING, origin=self)
        self.server_joined.emit(report)
        self.refresh()

    def _read_user_again(self, _changes: object = None, _origin: object = None) -> None:
        from app.core.errors import NotFoundError
        from app.services import accounts

        user = self.ctx.user
        if user is None:
            return

        def read(session: Session) -> UserView | None:
            try:
                return accounts.get_user(session=session, user_id=user.id)
            except NotFoundError:
                return None  # not synced yet

        self.ctx.tasks.run_db(read, self._user_read)

    def _user_read(self, user: UserView | None) -> None:
        if user is None or not self._awaiting_user:
            return
        self._awaiting_user = False
        self.ctx.data_changed.disconnect(self._read_user_again)
        if user != self.ctx.user:
            self.ctx.set_user(user)

    # -- actions --------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        # Saved; the main window hears it and switches every screen at once.
        lang = str(self.language.itemData(index))
        self._save(self._prefs().with_changes(lang=lang))

    def choose_folder(self) -> None:
        chosen = FolderChooser.ask(self, str(self.ctx.db.folder))
        if chosen:
            self._save(self._prefs().with_changes(data_dir=chosen))
            self._show_next_folder()

    def default_folder(self) -> None:
        self._save(self._prefs().with_changes(data_dir=None))
        self._show_next_folder()

    def _show_next_folder(self) -> None:
        saved = self._prefs().data_dir
        if saved and saved != str(self.ctx.db.folder):
            self.next_folder.setText(
                self.tr("Au prochain démarrage, Caravane utilisera : {folder}").format(folder=saved)
            )
        else:
            self.next_folder.clear()

    def _idle_changed(self, minutes: int) -> None:
        self._save(self._prefs().with_changes(idle_lock_minutes=minutes))
