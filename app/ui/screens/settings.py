"""Settings: language (applies at the next start), data folder (for the
next start), idle-lock delay, and "about" (version, database, counts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Topic
from app.ui.fonts import big_font
from app.ui.i18n import LANGUAGES, format_count, language_name
from app.ui.screens.base import RefreshingScreen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.context import AppContext
    from app.ui.prefs import Preferences


@dataclass(frozen=True)
class About:
    team_name: str
    beneficiaries: int
    sessions: int
    stops: int
    users: int


def load_about(session: Session, team_id: str | None) -> About:
    from app.services import accounts, beneficiaries, planning

    team = accounts.local_team(session=session)
    return About(
        team_name=team.name if team else "",
        beneficiaries=beneficiaries.count_beneficiaries(session=session, team_id=team_id),
        sessions=len(planning.list_sessions(session=session, team_id=team_id)),
        stops=len(planning.list_stops(session=session, team_id=team_id)),
        users=len(accounts.list_users(session=session, team_id=team_id)),
    )


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

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        title = QLabel(self.tr("Paramètres"))
        title.setFont(big_font(18))

        # language
        self.language = QComboBox()
        self.language.setObjectName("language")
        for lang in LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(LANGUAGES.index(self._prefs().lang))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        language_box = QGroupBox(self.tr("Langue de l'interface"))
        row = QHBoxLayout(language_box)
        row.addWidget(self.language)
        row.addWidget(self.language_note, 1)

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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(language_box)
        layout.addWidget(folder_box)
        layout.addWidget(lock_box)
        layout.addWidget(about_box)
        layout.addStretch(1)
        self._show_next_folder()

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

    def _show_about(self, about: About) -> None:
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

    # -- actions --------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        lang = str(self.language.itemData(index))
        self._save(self._prefs().with_changes(lang=lang))
        if lang == self.ctx.lang:
            self.language_note.clear()
        else:
            self.language_note.setText(
                self.tr("La nouvelle langue s'appliquera au prochain démarrage de Caravane.")
            )

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
