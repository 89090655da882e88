"""Create or edit a beneficiary, with the duplicate check.

The form stays open on any refusal: every message appears at once, next to
its field, and nothing typed is lost.  Fields stop typing at their limits
(app.rules.fields.TEXT_LIMITS).  On create, possible duplicates (same CIN, same
phone, a close name in the same commune) are shown side by side before
anyone is created; on edit, a CIN or phone now shared with someone else is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import FieldError, PossibleDuplicatesError, ValidationError
from app.labels import code_label, format_date
from app.ui.dialog import Dialog
from app.ui.errors import error_text
from app.ui.fields import (
    CommuneBox,
    OptionalDateEdit,
    code_combo,
    combo_value,
    limit_text,
    set_combo_value,
    with_communes,
)
from app.ui.i18n import localized
from app.ui.models.table import Column, RowTableModel, ltr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Done
    from app.services.beneficiaries import (
        BeneficiaryInput,
        BeneficiaryRow,
        BeneficiaryView,
        ConsentInput,
        DuplicateCandidate,
        RegistrationResult,
    )
    from app.ui.context import AppContext

NOTICE_VERSION = "2026-01"
STRONG_REASONS = frozenset({"same_cin", "same_phone"})


def reason_text(reason: str) -> str:
    texts = {
        "same_cin": QCoreApplication.translate("Duplicates", "même CIN"),
        "same_phone": QCoreApplication.translate("Duplicates", "même téléphone"),
        "similar_name": QCoreApplication.translate("Duplicates", "nom proche, même commune"),
        "same_birth_year": QCoreApplication.translate("Duplicates", "même année de naissance"),
    }
    return texts.get(reason, reason)


# ---- side by side comparison ------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One compared field: its label, the typed value, each candidate's value."""

    label: str
    typed: str
    values: tuple[str, ...]


def _candidate_value(position: int) -> Callable[[_Line], str]:
    return lambda line: line.values[position]


class ComparisonModel(RowTableModel[_Line]):
    """Rows are fields; columns are "typed" then one per candidate."""

    def __init__(self, headers: Sequence[str], lines: Sequence[_Line]) -> None:
        columns: list[Column[_Line]] = [
            Column(QCoreApplication.translate("Duplicates", "Champ"), lambda r: r.label),
            Column(headers[0], lambda r: r.typed),
        ]
        for position, header in enumerate(headers[1:]):
            columns.append(Column(header, _candidate_value(position)))
        super().__init__(columns)
        self.set_rows(lines)


def comparison_lines(
    typed: dict[str, str], candidates: Sequence[DuplicateCandidate], lang: str
) -> list[_Line]:
    fields: list[tuple[str, str, Callable[[BeneficiaryRow], str]]] = [
        ("name", QCoreApplication.translate("Duplicates", "Nom et prénom"), lambda r: r.display_name),
        ("name_ar", QCoreApplication.translate("Duplicates", "Nom en arabe"), lambda r: r.name_ar or ""),
        ("sex", QCoreApplication.translate("Duplicates", "Sexe"), lambda r: code_label("sex", r.sex, lang)),
        ("age_band", QCoreApplication.translate("Duplicates", "Âge"), lambda r: code_label("age_band", r.age_band, lang)),
        ("cin", QCoreApplication.translate("Duplicates", "CIN"), lambda r: r.cin or ""),
        ("phone", QCoreApplication.translate("Duplicates", "Téléphone"), lambda r: ltr(r.phone or "")),
        (
            "commune",
            QCoreApplication.translate("Duplicates", "Commune"),
            lambda r: localized(lang, r.commune_name, r.commune_name_ar),
        ),
        (
            "registered_on",
            QCoreApplication.translate("Duplicates", "Inscrit le"),
            lambda r: format_date(r.registered_on),
        ),
    ]
    lines = [
        _Line(
            label,
            ltr(typed.get(key, "")) if key == "phone" else typed.get(key, ""),
            tuple(get(c.row) for c in candidates),
        )
        for key, label, get in fields
    ]
    lines.append(
        _Line(
            QCoreApplication.translate("Duplicates", "Pourquoi"),
            "",
            tuple(", ".join(reason_text(r) for r in c.reasons) for c in candidates),
        )
    )
    return lines


@dataclass(frozen=True)
class DuplicateChoice:
    """"new": create / save anyway; "existing": it is this person (id)."""

    action: str
    beneficiary_id: str | None = None


class DuplicatesDialog(Dialog):
    """Candidates side by side with what was typed, and why they match."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        typed: dict[str, str],
        candidates: Sequence[DuplicateCandidate],
        lang: str,
        editing: bool = False,
    ) -> None:
        super().__init__(
            parent,
            title=self.tr("Cette personne est peut-être déjà inscrite"),
            buttons=QDialogButtonBox.StandardButton.Cancel,
        )
        self.choice: DuplicateChoice | None = None
        self.candidates = list(candidates)[:4]
        intro = QLabel(
            self.tr(
                "Vérifiez avec la personne : est-elle l'une des fiches ci-dessous ? "
                "Les doublons faussent les chiffres du programme."
            )
        )
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        headers = [self.tr("Saisie")] + [
            self.tr("Fiche {n}").format(n=n + 1) for n in range(len(self.candidates))
        ]
        self.model = ComparisonModel(headers, comparison_lines(typed, self.candidates, lang))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumSize(720, 300)
        self.layout_.addWidget(self.table)

        choices = QHBoxLayout()
        self.same_buttons: list[QPushButton] = []
        if not editing:
            for n, candidate in enumerate(self.candidates):
                button = QPushButton(self.tr("C'est la fiche {n}").format(n=n + 1))
                button.clicked.connect(
                    lambda _c=False, b=candidate.row.id: self._choose("existing", b)
                )
                choices.addWidget(button)
                self.same_buttons.append(button)
        choices.addStretch(1)
        label = self.tr("Enregistrer quand même") if editing else self.tr("Personne nouvelle")
        self.new_button = QPushButton(label)
        self.new_button.clicked.connect(lambda: self._choose("new", None))
        choices.addWidget(self.new_button)
        self.layout_.addLayout(choices)
        self.finish()

    def _choose(self, action: str, beneficiary_id: str | None) -> None:
        self.choice = DuplicateChoice(action, beneficiary_id)
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        typed: dict[str, str],
        candidates: Sequence[DuplicateCandidate],
        lang: str,
        editing: bool = False,
    ) -> DuplicateChoice | None:
        dialog = cls(parent, typed=typed, candidates=candidates, lang=lang, editing=editing)
        dialog.exec()
        return dialog.choice


# ---- the form ----------------------------------------------------------------


class BeneficiaryForm(Dialog):
    """Create (`existing=None`, with consent) or edit a beneficiary.

    After it closes with Accepted, `result_view` is the saved person, or
    `chosen_existing_id` names the existing record the user picked instead.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        existing: BeneficiaryView | None = None,
        prefill: dict[str, str] | None = None,
    ) -> None:
        title = self.tr("Modifier la fiche") if existing else self.tr("Nouveau bénéficiaire")
        super().__init__(parent, title=title)
        self.ctx = ctx
        self.existing = existing
        self.result_view: BeneficiaryView | None = None
        self.chosen_existing_id: str | None = None
        self.warnings: list[FieldError] = []
        self._confirmed = False
        self.busy = False
        lang = ctx.lang

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.name_ar = QLineEdit()
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.sex = code_combo("sex", lang, blank="")
        self.birth_date = OptionalDateEdit()
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, ctx.clock.today().year)
        self.birth_year.setSpecialValueText("—")
        self.cin = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.commune = CommuneBox(lang, blank="")
        self.douar = QLineEdit()
        self.education_level = code_combo("education_level", lang, blank="—")
        self.status = code_combo("status", lang, blank="—")
        self.sector = code_combo("sector", lang, blank="—")
        self.project_stage = code_combo("project_stage", lang, blank="—")
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        for widget, name in (
            (self.first_name, "first_name"),
            (self.last_name, "last_name"),
            (self.name_ar, "name_ar"),
            (self.cin, "cin"),
            (self.phone, "phone"),
            (self.douar, "douar"),
            (self.notes, "notes"),
        ):
            limit_text(widget, "beneficiary", name)

        self.add_field("first_name", self.tr("Prénom"), self.first_name)
        self.add_field("last_name", self.tr("Nom"), self.last_name)
        self.add_field("name_ar", self.tr("Nom en arabe"), self.name_ar)
        self.add_field("sex", self.tr("Sexe"), self.sex)
        birth = QWidget()
        birth_row = QHBoxLayout(birth)
        birth_row.setContentsMargins(0, 0, 0, 0)
        birth_row.addWidget(self.birth_date, 2)
        birth_row.addWidget(QLabel(self.tr("ou année")))
        birth_row.addWidget(self.birth_year, 1)
        self.add_field("birth_date", self.tr("Date de naissance"), birth)
        self._fields["birth_year"] = self.birth_year
        self._field_errors["birth_year"] = self._field_errors["birth_date"]
        self.add_field("cin", self.tr("CIN"), self.cin)
        self.add_field("phone", self.tr("Téléphone"), self.phone)
        self.add_field("commune_code", self.tr("Commune"), self.commune)
        self.add_field("douar", self.tr("Douar / quartier"), self.douar)
        self.add_field("education_level", self.tr("Niveau d'instruction"), self.education_level)
        self.add_field("status", self.tr("Statut"), self.status)
        self.add_field("sector", self.tr("Secteur"), self.sector)
        self.add_field("project_stage", self.tr("Stade du projet"), self.project_stage)
        self.add_field("notes", self.tr("Notes"), self.notes)

        self.consent_box: QGroupBox | None = None
        if existing is None:
            self._build_consent()
        self.finish()
        with_communes(ctx, self._communes_loaded)
        if existing is not None:
            self._show(existing)
        elif prefill:
            self.first_name.setText(prefill.get("first_name", ""))
            self.last_name.setText(prefill.get("last_name", ""))
            self.name_ar.setText(prefill.get("name_ar", ""))
            self.phone.setText(prefill.get("phone", ""))
            self.cin.setText(prefill.get("cin", ""))

    def _build_consent(self) -> None:
        box = QGroupBox(self.tr("Consentement (loi 09-08)"))
        column = QVBoxLayout(box)
        self.consent_given = QCheckBox(
            self.tr("La personne a lu la notice et accepte l'enregistrement de ses données")
        )
        self.consent_method = code_combo("consent_method", self.ctx.lang)
        self.consent_photos = QCheckBox(self.tr("Photos"))
        self.consent_partners = QCheckBox(self.tr("Partage avec les partenaires"))
        self.consent_sms = QCheckBox(self.tr("SMS / WhatsApp"))
        column.addWidget(self.consent_given)
        options = QHBoxLayout()
        options.addWidget(self.consent_method)
        options.addWidget(self.consent_photos)
        options.addWidget(self.consent_partners)
        options.addWidget(self.consent_sms)
        column.addLayout(options)
        self.consent_box = box
        self.add_field("consent", "", box)

    def _communes_loaded(self, communes: Sequence[Any]) -> None:
        typed = self.commune.currentText()
        self.commune.set_communes(communes)
        if self.existing is not None:
            self.commune.set_value(self.existing.commune_code)
        elif typed:
            self.commune.setEditText(typed)

    def _show(self, person: BeneficiaryView) -> None:
        self.first_name.setText(person.first_name)
        self.last_name.setText(person.last_name)
        self.name_ar.setText(person.name_ar or "")
        set_combo_value(self.sex, person.sex)
        self.birth_date.set_date(person.birth_date)
        self.birth_year.setValue(person.birth_year or 0)
        self.cin.setText(person.cin or "")
        self.phone.setText(person.phone or "")
        self.douar.setText(person.douar or "")
        set_combo_value(self.education_level, person.education_level)
        set_combo_value(self.status, person.status)
        set_combo_value(self.sector, person.sector)
        set_combo_value(self.project_stage, person.project_stage)
        self.notes.setPlainText(person.notes or "")
        self._prior_support = tuple(person.prior_support)

    # -- reading the form ----------------------------------------------
    def read_form(self) -> tuple[BeneficiaryInput, list[FieldError]]:
        """What was typed, and the problems only the form can see (a date
        that is not one, a commune that does not exist): the field is then
        left empty and the service checks the rest."""
        from app.services.beneficiaries import BeneficiaryInput

        errors: list[FieldError] = []
        try:
            birth_date = self.birth_date.date()
        except ValueError:
            birth_date = None
            errors.append(FieldError("birth_date", "invalid_date"))
        commune_code = self.commune.value()
        if commune_code is None and self.commune.typed_text():
            errors.append(FieldError("commune_code", "unknown_commune"))
        data = BeneficiaryInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            sex=combo_value(self.sex) or "",
            name_ar=self.name_ar.text() or None,
            birth_date=birth_date,
            birth_year=self.birth_year.value() or None,
            cin=self.cin.text() or None,
            phone=self.phone.text() or None,
            commune_code=commune_code,
            douar=self.douar.text() or None,
            education_level=combo_value(self.education_level),
            status=combo_value(self.status),
            sector=combo_value(self.sector),
            project_stage=combo_value(self.project_stage),
            prior_support=getattr(self, "_prior_support", ()),
            notes=self.notes.toPlainText() or None,
        )
        return data, errors

    def consent_input(self) -> ConsentInput | None:
        from app.services.beneficiaries import ConsentInput

        if self.consent_box is None or not self.consent_given.isChecked():
            return None
        return ConsentInput(
            notice_version=NOTICE_VERSION,
            given_on=self.ctx.clock.today(),
            collected_by=self.ctx.user_name or "-",
            method=combo_value(self.consent_method) or "paper",
            photos=self.consent_photos.isChecked(),
            share_with_partners=self.consent_partners.isChecked(),
            sms_whatsapp=self.consent_sms.isChecked(),
        )

    def typed_summary(self) -> dict[str, str]:
        birth = self.birth_date.text() or (str(self.birth_year.value() or "") or "")
        return {
            "name": f"{self.first_name.text()} {self.last_name.text()}".strip(),
            "name_ar": self.name_ar.text(),
            "sex": self.sex.currentText(),
            "age_band": birth,
            "cin": self.cin.text(),
            "phone": self.phone.text(),
            "commune": self.commune.currentText(),
        }

    # -- saving ----------------------------------------------------------
    def accept(self) -> None:
        if self.busy:
            return
        self.clear_errors()
        data, problems = self.read_form()
        consent = self.consent_input()
        self.busy = True
        self.button_box.setEnabled(False)
        existing = self.existing
        confirmed = self._confirmed
        team_id = self.ctx.team_id
        user_id = self.ctx.user_id
        today = self.ctx.clock.today()
        if problems:
            self._check_with_service(data, consent, problems)
            return

        def save(session: Session) -> Done[RegistrationResult | list[DuplicateCandidate]]:
            from app.core.changes import NOTHING, Done
            from app.services import beneficiaries as svc

            if existing is None:
                return svc.register_beneficiary(
                    session=session,
                    data=data,
                    consent=consent,
                    team_id=team_id,
                    registered_by=user_id,
                    confirm_not_duplicate=confirmed,
                    today=today,
                )
            if not confirmed:
                found = svc.find_duplicates(
                    session=session, data=data, exclude_id=existing.id, today=today
                )
                strong = [c for c in found if STRONG_REASONS & set(c.reasons)]
                if strong:
                    return Done(strong, NOTHING)  # asked first, nothing written
            return svc.update_beneficiary(
                session=session, beneficiary_id=existing.id, data=data, today=today
            )

        self.ctx.run_op(save, self._saved, self._failed, origin=self)

    def _check_with_service(
        self, data: BeneficiaryInput, consent: ConsentInput | None, problems: list[FieldError]
    ) -> None:
        """Nothing is written, but the service's problems are shown with the
        form's own, all at once."""
        existing = self.existing
        today = self.ctx.clock.today()

        def check(session: Session) -> list[FieldError]:
            from app.services import beneficiaries as svc

            if existing is None:
                return svc.registration_problems(
                    session=session, data=data, consent=consent, today=today
                )
            try:
                svc.find_duplicates(session=session, data=data, exclude_id=existing.id, today=today)
            except ValidationError as exc:
                return exc.errors
            return []

        def show(found: list[FieldError]) -> None:
            self._done_waiting()
            self.show_field_errors(self._in_form_order(problems + found))

        self.ctx.tasks.run_db(check, show, self._failed)

    def _in_form_order(self, errors: list[FieldError]) -> list[FieldError]:
        order = {name: position for position, name in enumerate(self._fields)}
        return sorted(errors, key=lambda e: order.get(e.field, len(order)))

    def _done_waiting(self) -> None:
        self.busy = False
        self.button_box.setEnabled(True)

    def _saved(self, outcome: RegistrationResult | list[DuplicateCandidate]) -> None:
        self._done_waiting()
        if isinstance(outcome, list):
            self._ask_duplicates(outcome)
            return
        self.result_view = outcome.beneficiary
        self.warnings = list(outcome.warnings)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._done_waiting()
        if isinstance(exc, ValidationError):
            self.show_field_errors(self._in_form_order(exc.errors))
        elif isinstance(exc, PossibleDuplicatesError):
            self._ask_duplicates(exc.candidates)
        else:
            self.show_general_error(error_text(exc))

    def _ask_duplicates(self, candidates: Sequence[DuplicateCandidate]) -> None:
        choice = DuplicatesDialog.ask(
            self,
            typed=self.typed_summary(),
            candidates=candidates,
            lang=self.ctx.lang,
            editing=self.existing is not None,
        )
        if choice is None:
            return  # back to the form, everything typed still there
        if choice.action == "existing":
            self.chosen_existing_id = choice.beneficiary_id
            super().accept()
            return
        self._confirmed = True
        self.accept()

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        existing: BeneficiaryView | None = None,
        prefill: dict[str, str] | None = None,
    ) -> tuple[str, str] | None:
        """("saved", id) or ("existing", id) of the person to show, or None."""
        form = cls(ctx, parent, existing=existing, prefill=prefill)
        if not form.exec():
            return None
        if form.chosen_existing_id:
            return ("existing", form.chosen_existing_id)
        assert form.result_view is not None
        return ("saved", form.result_view.id)

