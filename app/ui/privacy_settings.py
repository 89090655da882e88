"""The Settings box of the law 09-08 statements printed on a person's record
(app.services.laptop_settings: the CCIS's address, its CNDP declaration,
the retention period, where to exercise one's rights).  Shown to everyone,
changed by a coordinator; `caravane settings` sets the same values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import laptop_settings as store
from app.ui.dialog import ERROR_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Done
    from app.services.laptop_settings import PrivacySettings
    from app.ui.context import AppContext

OK_STYLE = "color: #1b7f3b;"


class PrivacySettingsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Protection des données (loi 09-08)"))
        intro = QLabel(
            self.tr(
                "Mentions imprimées sur la fiche d'un bénéficiaire. Un champ vide n'est "
                "jamais inventé : la fiche dit qu'il n'est pas renseigné."
            )
        )
        intro.setWordWrap(True)
        self.address = self._line("privacy_address", store.PRIVACY_ADDRESS)
        self.cndp_reference = self._line("privacy_cndp_reference", store.PRIVACY_CNDP_REFERENCE)
        # References and addresses of e-mail read left to right in every language.
        self.cndp_reference.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.contact = self._line("privacy_contact", store.PRIVACY_CONTACT)
        self.retention = QSpinBox()
        self.retention.setObjectName("privacy_retention_years")
        self.retention.setRange(0, store.MAX_RETENTION_YEARS)
        self.retention.setSpecialValueText(self.tr("non renseignée"))  # 0: not set
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setObjectName("privacy_save")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("privacy_message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Adresse de la CCIS"), self.address)
        form.addRow(self.tr("Référence de la déclaration à la CNDP"), self.cndp_reference)
        form.addRow(self.tr("Durée de conservation (années)"), self.retention)
        form.addRow(self.tr("Où exercer ses droits"), self.contact)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        # A method, not a lambda: Qt drops the connection when this box is
        # deleted (the window rebuilds its screens on a language switch).
        ctx.user_changed.connect(self._user_changed)
        self._allow()

    def _user_changed(self, _user: object) -> None:
        self._allow()

    @staticmethod
    def _line(name: str, key: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setMaxLength(store.SETTINGS[key].max_length)
        return line

    def _allow(self) -> None:
        """The CCIS's statements are changed by a coordinator."""
        user = self.ctx.user
        allowed = user is not None and user.role == "coordinator"
        for widget in (self.address, self.cndp_reference, self.retention, self.contact,
                       self.save_button):
            widget.setEnabled(allowed)
        self.save_button.setToolTip(
            "" if allowed else self.tr("Seul un coordinateur peut modifier ces mentions.")
        )

    # -- data -----------------------------------------------------------
    def load(self) -> None:
        self.ctx.tasks.run_db(lambda s: store.privacy_settings(session=s), self._show)

    def _show(self, settings: PrivacySettings) -> None:
        self.address.setText(settings.address or "")
        self.cndp_reference.setText(settings.cndp_reference or "")
        self.contact.setText(settings.contact or "")
        self.retention.setValue(settings.retention_years or 0)

    def save(self) -> None:
        values = {
            store.PRIVACY_ADDRESS: self.address.text(),
            store.PRIVACY_CNDP_REFERENCE: self.cndp_reference.text(),
            store.PRIVACY_CONTACT: self.contact.text(),
            store.PRIVACY_RETENTION_YEARS: str(self.retention.value() or ""),
        }

        def write(session: Session) -> Done[PrivacySettings]:
            from app.core.changes import NOTHING, Done

            for key, value in values.items():
                store.change_setting(session=session, key=key, value=value)
            return Done(store.privacy_settings(session=session), NOTHING)

        self.save_button.setEnabled(False)
        self.ctx.run_op(write, self._saved, self._failed)

    def _saved(self, settings: PrivacySettings) -> None:
        self._show(settings)
        self._allow()
        self.message.setText(self.tr("Enregistré."))
        self.message.setStyleSheet(OK_STYLE)

    def _failed(self, exc: BaseException) -> None:
        from app.ui.errors import error_text

        self._allow()
        self.message.setText(error_text(exc))
        self.message.setStyleSheet(ERROR_STYLE)
