"""First start on an empty database: name the team (bus) and create the
first coordinator account, or load the demo data to try the app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.demo.names import DEMO_CREW, DEMO_PASSWORD
from app.ui.dialog import ERROR_STYLE
from app.ui.fields import code_combo, combo_value, limit_text
from app.ui.fonts import big_font
from app.ui.tasks import Cancelled, IsCancelled, Progress

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.errors import FieldError
    from app.services.accounts import UserView
    from app.ui.context import AppContext

DEMO_SIZE = 2000
DEMO_SEED = 7


@dataclass(frozen=True)
class SetUp:
    team_name: str
    coordinator_name: str
    password: str
    coordinator_sex: str | None = None


def create_first_team(session: Session, setup: SetUp) -> UserView:
    """Team + first coordinator + this laptop's team, in one transaction."""
    from app.services import accounts

    team = accounts.create_team(session=session, name=setup.team_name)
    user = accounts.create_user(
        session=session,
        team_id=team.id,
        name=setup.coordinator_name,
        role="coordinator",
        password=setup.password,
        sex=setup.coordinator_sex,
    )
    accounts.set_local_team(session=session, team_id=team.id)
    return user


class FirstStartPage(QWidget):
    """Emits `created(UserView)` once the team exists (logs that user in),
    or `demo_loaded()` once the demo data is in."""

    created = Signal(object)
    demo_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Bienvenue dans Caravane"))
        title.setFont(big_font(20))
        intro = QLabel(
            self.tr(
                "Cet ordinateur n'a pas encore d'équipe. Donnez le nom du bus et créez le "
                "compte du coordinateur, ou chargez les données de démonstration pour essayer."
            )
        )
        intro.setWordWrap(True)
        self.team_name = QLineEdit()
        self.team_name.setObjectName("team_name")
        self.team_name.setPlaceholderText(self.tr("ex. Caravane TPE — Bus 1"))
        self.coordinator_name = QLineEdit()
        self.coordinator_name.setObjectName("coordinator_name")
        limit_text(self.team_name, "team", "name")
        limit_text(self.coordinator_name, "app_user", "name")
        # Optional: the window then says "coordinatrice" of a woman.
        self.coordinator_sex = code_combo("sex", ctx.lang, blank="—")
        self.coordinator_sex.setObjectName("coordinator_sex")
        self.password = QLineEdit()
        self.password.setObjectName("new_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setObjectName("new_password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.returnPressed.connect(self.create_team)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, "name", self.tr("Nom de l'équipe (bus)"), self.team_name)
        self._row(form, "user", self.tr("Nom du coordinateur"), self.coordinator_name)
        self._row(form, "sex", self.tr("Sexe"), self.coordinator_sex)
        self._row(form, "password", self.tr("Mot de passe"), self.password)
        self._row(form, "password_again", self.tr("Mot de passe (encore)"), self.password_again)
        self.create_button = QPushButton(self.tr("Créer l'équipe et commencer"))
        self.create_button.setObjectName("create_team")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_team)
        self.general = QLabel()
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)

        demo_title = QLabel(self.tr("Essayer avec des données de démonstration"))
        demo_title.setFont(big_font(12))
        self.demo_size = QSpinBox()
        self.demo_size.setRange(100, 100_000)
        self.demo_size.setSingleStep(500)
        self.demo_size.setValue(DEMO_SIZE)
        self.demo_button = QPushButton(self.tr("Charger la démonstration"))
        self.demo_button.setObjectName("load_demo")
        self.demo_button.clicked.connect(self.load_demo)
        # What to do next is said here: a trainer has no README at hand.
        demo_hint = QLabel(
            self.tr(
                "Crée une équipe fictive, ses formateurs et des bénéficiaires. Ensuite, "
                "choisissez un nom dans la liste, par exemple {name}, et tapez le mot de "
                "passe {password} (le même pour tous les comptes de démonstration)."
            ).format(name=DEMO_CREW[0][0], password=DEMO_PASSWORD)
        )
        demo_hint.setWordWrap(True)
        demo_row = QHBoxLayout()
        demo_row.addWidget(QLabel(self.tr("Bénéficiaires")))
        demo_row.addWidget(self.demo_size)
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(640)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.general)
        inner.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignTrailing)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        inner.addWidget(line)
        inner.addWidget(demo_title)
        inner.addWidget(demo_hint)
        inner.addLayout(demo_row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        self.errors[field] = error
        form.addRow(label, box)

    # -- create the team ------------------------------------------------
    def create_team(self) -> None:
        from app.core.errors import FieldError

        self._clear_errors()
        problems: list[FieldError] = []
        if self.password.text() != self.password_again.text():
            problems.append(FieldError("password_again", "passwords_differ"))
        if problems:
            self._show_errors(problems)
            return
        setup = SetUp(
            team_name=self.team_name.text(),
            coordinator_name=self.coordinator_name.text(),
            password=self.password.text(),
            coordinator_sex=combo_value(self.coordinator_sex),
        )
        self.create_button.setEnabled(False)
        self.ctx.tasks.run_db(lambda s: create_first_team(s, setup), self._created, self._failed)

    def _created(self, user: UserView) -> None:
        self.create_button.setEnabled(True)
        self.created.emit(user)

    def _failed(self, exc: BaseException) -> None:
        from app.core.errors import CaravaneError, ValidationError
        from app.ui.errors import error_text

        self.create_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_errors(exc.errors)
        elif isinstance(exc, CaravaneError):
            self.general.setText(error_text(exc))
        else:
            raise exc

    def _show_errors(self, errors: list[FieldError]) -> None:
        from app.ui.errors import field_error_text

        for error in errors:
            field = error.field
            if field == "name" and self.team_name.text().strip():
                # create_user also says "name": with a team name given, the
                # refusal is about the coordinator's name.
                field = "user"
            label = self.errors.get(field)
            if label is None:
                self.general.setText(field_error_text(error))
                continue
            label.setText(field_error_text(error))
            label.show()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general.clear()

    # -- demo -----------------------------------------------------------
    def load_demo(self) -> None:
        size = self.demo_size.value()
        db = self.ctx.db

        def job(progress: Progress, is_cancelled: IsCancelled) -> object:
            from app.services import demo

            def report(phase: str, done: int, total: int) -> None:
                progress(done, total, self._phase_text(phase))

            try:
                with db.session() as session:
                    return demo.generate_demo(
                        session=session,
                        beneficiaries=size,
                        seed=DEMO_SEED,
                        progress=report,
                        cancel=is_cancelled,
                    )
            except demo.DemoCancelled:
                raise Cancelled() from None

        self.demo_button.setEnabled(False)
        self.ctx.tasks.run_long(
            job,
            lambda _result: self._demo_done(),
            self._demo_failed,
            parent=self,
            title=self.tr("Données de démonstration"),
            label=self.tr("Création des données de démonstration…"),
            on_cancelled=lambda: self.demo_button.setEnabled(True),
        )

    def _phase_text(self, phase: str) -> str:
        texts = {
            "people": self.tr("Bénéficiaires…"),
            "tour": self.tr("Tournée et séances…"),
            "attendance": self.tr("Présences…"),
            "coaching": self.tr("Accompagnement…"),
        }
        return texts.get(phase, self.tr("Création des données de démonstration…"))

    def _demo_done(self) -> None:
        self.demo_button.setEnabled(True)
        self.demo_loaded.emit()

    def _demo_failed(self, exc: BaseException) -> None:
        from app.ui.errors import error_text

        self.demo_button.setEnabled(True)
        self.general.setText(error_text(exc))
