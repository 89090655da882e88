"""The walk-in form: someone who turns up unannounced is registered and
checked in at once.  It opens pre-filled with what was typed in the search
box (Arabic script in the Arabic name), keeps everything typed when
something is refused (every message at once, next to its field, the
consent's included), and shows likely duplicates before creating anyone:
"C'est cette personne" checks the existing person in instead, "Créer quand
même" registers a new one.  A person needs a Latin name or an Arabic one;
fields stop typing at their limits (app.rules.fields.TEXT_LIMITS)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialog import ERROR_STYLE, Dialog
from app.ui.fields import COMMUNE_NAME_MAX, limit_text
from app.ui.i18n import format_phone, parse_date
from app.ui.models.table import Column, RowTableModel
from app.ui.views import select_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Done
    from app.core.errors import FieldError
    from app.services.attendance import AttendanceView
    from app.services.beneficiaries import BeneficiaryInput, BeneficiaryView, ConsentInput
    from app.services.duplicates import DuplicateCandidate
    from app.services.reference import CommuneView
    from app.ui.context import AppContext

NOTICE_VERSION = "2026-01"  # the 09-08 notice read to the person
_DIGITS = re.compile(r"^[\d\s+().-]+$")
_CIN = re.compile(r"^[A-Za-z]{1,2}\s?\d{3,7}$")
# Arabic script (letters, presentation forms): a name typed in Arabic.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True)
class Prefill:
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    cin: str = ""
    name_ar: str = ""


def prefill_from(query: str) -> Prefill:
    """What was typed in the search box, put in the right field: digits are
    a phone, a CIN shape is a CIN, Arabic script is the name in Arabic,
    other words are first name then last name."""
    text = " ".join(query.split())
    if not text:
        return Prefill()
    if _ARABIC.search(text):
        return Prefill(name_ar=text)
    if _DIGITS.match(text):
        return Prefill(phone=text)
    if _CIN.match(text):
        return Prefill(cin=text.replace(" ", "").upper())
    words = text.split()
    if len(words) == 1:
        return Prefill(first_name=words[0])
    return Prefill(first_name=words[0], last_name=" ".join(words[1:]))


@dataclass(frozen=True)
class WalkInResult:
    beneficiary_id: str
    name: str
    created: bool  # False: an existing person was checked in instead


def register(
    session: Session,
    *,
    session_id: str,
    data: BeneficiaryInput,
    consent: ConsentInput | None,
    team_id: str | None,
    recorded_by: str | None,
    confirm: bool,
    today: dt.date,
    at: dt.datetime | None = None,
) -> Done[tuple[BeneficiaryView, AttendanceView]]:
    from app.services import attendance

    return attendance.register_walk_in(
        session=session,
        session_id=session_id,
        data=data,
        consent=consent,
        team_id=team_id,
        recorded_by=recorded_by,
        confirm_not_duplicate=confirm,
        today=today,
        at=at,
    )


class WalkInDialog(Dialog):
    """Opened with `open()` (non-blocking); emits `done_walk_in(WalkInResult)`."""

    done_walk_in = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        prefill: Prefill,
        communes: list[CommuneView],
        default_commune: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, title=self.tr("Nouveau participant"))
        self.setObjectName("walk_in_dialog")
        self.ctx = ctx
        self.session_id = session_id
        self.communes = communes
        self.setMinimumWidth(620)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.name_ar = QLineEdit()
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.female = QRadioButton(self.tr("Femme"))
        self.male = QRadioButton(self.tr("Homme"))
        self.sex_group = QButtonGroup(self)
        self.sex_group.addButton(self.female)
        self.sex_group.addButton(self.male)
        sex_box = QWidget()
        sex_row = QHBoxLayout(sex_box)
        sex_row.setContentsMargins(0, 0, 0, 0)
        sex_row.addWidget(self.female)
        sex_row.addWidget(self.male)
        sex_row.addStretch(1)
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(self.tr("année (1990) ou date (jj/mm/aaaa)"))
        self.birth.setMaxLength(10)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.cin = QLineEdit()
        for widget, name in (
            (self.first_name, "first_name"),
            (self.last_name, "last_name"),
            (self.name_ar, "name_ar"),
            (self.phone, "phone"),
            (self.cin, "cin"),
        ):
            limit_text(widget, "beneficiary", name)
        # Set after the limits: a pasted 320-character name is cut, not kept.
        self.first_name.setText(prefill.first_name)
        self.last_name.setText(prefill.last_name)
        self.name_ar.setText(prefill.name_ar)
        self.phone.setText(prefill.phone)
        self.cin.setText(prefill.cin)
        self.commune = QLineEdit()
        self.commune.setMaxLength(COMMUNE_NAME_MAX)
        self.commune.setPlaceholderText(self.tr("tapez le début du nom"))
        names = [c.name(ctx.lang) for c in communes]
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.commune.setCompleter(completer)
        if default_commune:
            for commune in communes:
                if commune.code == default_commune:
                    self.commune.setText(commune.name(ctx.lang))
        self.add_field("first_name", self.tr("Prénom"), self.first_name)
        self.add_field("last_name", self.tr("Nom"), self.last_name)
        self.add_field("name_ar", self.tr("Nom en arabe"), self.name_ar)
        self.add_field("sex", self.tr("Sexe"), sex_box)
        self.add_field("birth", self.tr("Naissance"), self.birth)
        self.add_field("phone", self.tr("Téléphone"), self.phone)
        self.add_field("cin", self.tr("CIN"), self.cin)
        self.add_field("commune_code", self.tr("Commune"), self.commune)

        self.consent = QCheckBox(
            self.tr("La personne accepte l'enregistrement de ses données (loi 09-08)")
        )
        self.consent.setObjectName("consent")
        self.photos = QCheckBox(self.tr("Photos"))
        self.share = QCheckBox(self.tr("Partage avec les partenaires"))
        self.sms = QCheckBox(self.tr("SMS / WhatsApp"))
        consent_box = QWidget()
        consent_column = QVBoxLayout(consent_box)
        consent_column.setContentsMargins(0, 0, 0, 0)
        consent_column.addWidget(self.consent)
        extras = QHBoxLayout()
        extras.addWidget(self.photos)
        extras.addWidget(self.share)
        extras.addWidget(self.sms)
        extras.addStretch(1)
        consent_column.addLayout(extras)
        self.add_field("consent", self.tr("Consentement"), consent_box)

        # Likely duplicates, shown before anyone is created.
        self.duplicates_box = QGroupBox(self.tr("Cette personne est peut-être déjà inscrite"))
        self.duplicates_box.setObjectName("duplicates")
        self.duplicates_box.setStyleSheet("QGroupBox { " + ERROR_STYLE + " }")
        self.duplicates = RowTableModel(self._duplicate_columns(), self)
        self.duplicates_view = QTableView()
        self.duplicates_view.setModel(self.duplicates)
        self.duplicates_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicates_view.verticalHeader().hide()
        self.duplicates_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.duplicates_view.setMaximumHeight(150)
        self.duplicates_view.doubleClicked.connect(lambda _i: self.use_existing())
        self.same_button = QPushButton(self.tr("C'est cette personne"))
        self.same_button.setObjectName("same_person")
        self.same_button.clicked.connect(self.use_existing)
        self.create_anyway = QPushButton(self.tr("Créer quand même"))
        self.create_anyway.setObjectName("create_anyway")
        self.create_anyway.clicked.connect(lambda: self.submit(confirm=True))
        dup_layout = QVBoxLayout(self.duplicates_box)
        dup_layout.addWidget(self.duplicates_view)
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(self.same_button)
        dup_buttons.addWidget(self.create_anyway)
        dup_buttons.addStretch(1)
        dup_layout.addLayout(dup_buttons)
        self.duplicates_box.hide()
        self.layout_.addWidget(self.duplicates_box)

        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Enregistrer et pointer"))
        ok.setObjectName("walk_in_ok")
        self.button_box.accepted.disconnect()
        self.button_box.accepted.connect(lambda: self.submit(confirm=False))
        self.finish()
        self._busy = False
        # The first thing left to type: the Latin name unless the Arabic one was given.
        latin: tuple[QLineEdit, ...] = () if prefill.name_ar else (self.first_name, self.last_name)
        first_empty: QWidget = next((w for w in latin if not w.text()), self.female)
        first_empty.setFocus()

    def _duplicate_columns(self) -> list[Column[DuplicateCandidate]]:
        reasons = {
            "same_cin": self.tr("même CIN"),
            "same_phone": self.tr("même téléphone"),
            "similar_name": self.tr("nom proche, même commune"),
        }
        return [
            Column(self.tr("Prénom et nom"), lambda c: c.row.display_name),
            Column(self.tr("Nom en arabe"), lambda c: c.row.name_ar or ""),
            Column(self.tr("CIN"), lambda c: c.row.cin or ""),
            Column(self.tr("Téléphone"), lambda c: format_phone(c.row.phone)),
            Column(self.tr("Commune"), lambda c: c.row.commune_name or ""),
            Column(self.tr("Pourquoi"), lambda c: ", ".join(reasons.get(r, r) for r in c.reasons)),
        ]

    # -- reading the form -----------------------------------------------
    def commune_code(self) -> str | None:
        text = self.commune.text().strip().casefold()
        if not text:
            return None
        for commune in self.communes:
            if text in (commune.name_fr.casefold(), commune.name_ar.casefold()):
                return commune.code
        return "?"  # unknown: the service says so next to the field

    def _birth(self) -> tuple[dt.date | None, int | None, bool]:
        """(date, year, ok)."""
        text = self.birth.text().strip()
        if not text:
            return None, None, True
        if text.isdigit() and len(text) == 4:
            return None, int(text), True
        date = parse_date(text)
        return date, None, date is not None

    def collect(self) -> tuple[BeneficiaryInput, ConsentInput | None, list[FieldError]]:
        """The form as service inputs (no consent when it is not ticked: the
        service says so with the rest), and the problems only the form can
        see (a birth that is not a date)."""
        from app.core.errors import FieldError
        from app.services.beneficiaries import BeneficiaryInput, ConsentInput

        problems: list[FieldError] = []
        birth_date, birth_year, birth_ok = self._birth()
        if not birth_ok:
            problems.append(FieldError("birth", "invalid_date"))
        sex = "F" if self.female.isChecked() else "M" if self.male.isChecked() else ""
        data = BeneficiaryInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            sex=sex,
            name_ar=self.name_ar.text() or None,
            birth_date=birth_date,
            birth_year=birth_year,
            cin=self.cin.text() or None,
            phone=self.phone.text() or None,
            commune_code=self.commune_code(),
        )
        consent = ConsentInput(
            notice_version=NOTICE_VERSION,
            given_on=self.ctx.clock.today(),
            collected_by=self.ctx.user_name or "?",
            method="oral",
            photos=self.photos.isChecked(),
            share_with_partners=self.share.isChecked(),
            sms_whatsapp=self.sms.isChecked(),
        )
        return data, consent if self.consent.isChecked() else None, problems

    # -- submitting -----------------------------------------------------
    def submit(self, confirm: bool = False) -> None:
        if self._busy:
            return
        data, consent, problems = self.collect()
        self.clear_errors()
        self._busy = True
        today = self.ctx.clock.today()
        if problems:
            # Nothing is written, but the service's problems are shown with
            # the form's own, all at once.
            def check(session: Session) -> list[FieldError]:
                from app.services.beneficiaries import registration_problems

                return registration_problems(
                    session=session, data=data, consent=consent, today=today
                )

            self.ctx.tasks.run_db(
                check, lambda found: self._show_problems(problems + found), self._refused
            )
            return
        session_id, team_id, user_id = self.session_id, self.ctx.team_id, self.ctx.user_id
        # Checked in at this moment, by the very rule of a check-in (hours).
        at = self.ctx.clock.now().replace(microsecond=0)
        self.ctx.run_op(
            lambda s: register(
                s,
                session_id=session_id,
                data=data,
                consent=consent,
                team_id=team_id,
                recorded_by=user_id,
                confirm=confirm,
                today=today,
                at=at,
            ),
            self._registered,
            self._refused,
            origin=self,
        )

    def _registered(self, result: tuple[BeneficiaryView, AttendanceView]) -> None:
        self._busy = False
        person, _attendance = result
        self.done_walk_in.emit(WalkInResult(person.id, person.display_name, created=True))
        self.accept()

    def _show_problems(self, problems: list[FieldError]) -> None:
        """Every problem next to its field (birth date and year share one),
        in the form's order, the first field focused."""
        self._busy = False
        order = {name: position for position, name in enumerate(self._fields)}
        shown = [
            e if e.field not in ("birth_date", "birth_year") else type(e)("birth", e.code, e.params)
            for e in problems
        ]
        self.show_field_errors(sorted(shown, key=lambda e: order.get(e.field, len(order))))

    def _refused(self, exc: BaseException) -> None:
        from app.core.errors import CaravaneError, PossibleDuplicatesError, ValidationError
        from app.ui.errors import error_text

        self._busy = False
        if isinstance(exc, PossibleDuplicatesError):
            self.duplicates.set_rows(exc.candidates)
            self.duplicates_box.show()
            select_row(self.duplicates_view, 0)
            self.same_button.setFocus()
        elif isinstance(exc, ValidationError):
            self._show_problems(exc.errors)
        elif isinstance(exc, CaravaneError):
            self.show_general_error(error_text(exc))
        else:
            raise exc

    def use_existing(self) -> None:
        """The trainer says it is the same person: check that one in."""
        rows = self.duplicates_view.selectionModel().selectedRows()
        if not rows and not self.duplicates.rows():
            return
        candidate = self.duplicates.row_at(rows[0].row() if rows else 0)
        self.done_walk_in.emit(
            WalkInResult(candidate.row.id, candidate.row.display_name, created=False)
        )
        self.accept()
