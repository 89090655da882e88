"""A beneficiary's page: profile, consent, enterprises, sessions attended
with hours, coaching history, open next steps, support received; with the
actions on that person (edit, merge, certificate, 09-08 record)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Topic
from app.labels import code_label, format_date, person_label, topic_label
from app.ui.errors import error_text
from app.ui.i18n import format_count, format_hours, localized
from app.ui.models.table import Column, RowTableModel, ltr
from app.ui.screens.base import RefreshingScreen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.beneficiaries import AttendedSession, BeneficiaryDetail
    from app.services.coaching import CoachingView, NextStepView
    from app.services.selection import SupportView
    from app.ui.context import AppContext


def start_alignment(rtl: bool) -> Qt.AlignmentFlag:
    """The reading side, whatever the script of the text: a Latin name in
    the Arabic window still starts on the right."""
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def hours_text(hours: float) -> str:
    """Whole minutes, as the hours rule counts them: "3h", "2h55"."""
    return format_hours(hours)


def sessions_columns(
    lang: str, sex: Callable[[], str | None] = lambda: None
) -> list[Column[AttendedSession]]:
    """`sex()`: the sex of the person shown, whom the attendance agrees with."""
    return [
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Date"),
            lambda s: format_date(s.session_date),
            sort=lambda s: s.session_date,
        ),
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Module"),
            lambda s: s.module_title_ar if lang == "ar" and s.module_title_ar else s.module_title_fr,
        ),
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Présence"),
            lambda s: person_label("attendance_status", s.status, lang, sex()),
        ),
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Heures"),
            lambda s: hours_text(s.hours_attended),
            sort=lambda s: s.hours_attended,
            align_end=True,
        ),
    ]


def coaching_columns(lang: str) -> list[Column[CoachingView]]:
    return [
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Date"),
            lambda c: format_date(c.held_on),
            sort=lambda c: c.held_on,
        ),
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Durée (min)"),
            lambda c: format_count(c.duration_minutes),
            sort=lambda c: c.duration_minutes,
            align_end=True,
        ),
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Thèmes"),
            lambda c: ("، " if lang == "ar" else ", ").join(topic_label(t, lang) for t in c.topics),
        ),
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Stade évalué"),
            lambda c: code_label("project_stage", c.stage_assessed, lang),
        ),
        Column(QCoreApplication.translate("BeneficiaryDetail", "Notes"), lambda c: (c.notes or "").replace("\n", " ")),
    ]


def next_step_columns() -> list[Column[NextStepView]]:
    return [
        Column(QCoreApplication.translate("BeneficiaryDetail", "Prochaine étape"), lambda s: s.description),
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Échéance"),
            lambda s: format_date(s.due_on),
            sort=lambda s: s.due_on,
            warn=lambda s: s.overdue,
        ),
    ]


def support_columns(lang: str) -> list[Column[SupportView]]:
    return [
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Date"),
            lambda s: format_date(s.delivered_on),
            sort=lambda s: s.delivered_on,
        ),
        Column(
            QCoreApplication.translate("BeneficiaryDetail", "Type"),
            lambda s: code_label("support_kind", s.kind, lang),
        ),
        Column(QCoreApplication.translate("BeneficiaryDetail", "Description"), lambda s: s.description),
        Column(QCoreApplication.translate("BeneficiaryDetail", "N° de série"), lambda s: s.serial or ""),
    ]


class _Section(QGroupBox):
    """A titled box holding a short read-only table (or an "empty" line)."""

    def __init__(self, title: str, model: RowTableModel[Any], stretch: int) -> None:
        super().__init__(title)
        self.model = model
        column = QVBoxLayout(self)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(QCoreApplication.translate("BeneficiaryDetail", "Aucun élément."))
        column.addWidget(self.table)
        column.addWidget(self.empty)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        visible = min(len(rows), 6)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + 4 + visible * self.table.verticalHeader().defaultSectionSize())


class BeneficiaryDetailPage(RefreshingScreen):
    """Shows one person; `back_requested` returns to the list."""

    # Everything the person's file shows.
    depends_on = frozenset(
        {
            Topic.BENEFICIARY,
            Topic.ATTENDANCE,
            Topic.SESSION,
            Topic.COACHING,
            Topic.ENTERPRISE,
            Topic.SUPPORT,
        }
    )
    back_requested = Signal()
    loaded = Signal(object)  # BeneficiaryDetail

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail: BeneficiaryDetail | None = None
        self.beneficiary_id: str | None = None
        lang = ctx.lang

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Liste"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.edit_button.clicked.connect(self.edit)
        self.merge_button = QPushButton(self.tr("Fusionner avec…"))
        self.merge_button.clicked.connect(self.merge)
        self.certificate_button = QPushButton(self.tr("Attestation"))
        self.certificate_button.clicked.connect(self.print_certificate)
        self.record_button = QPushButton(self.tr("Fiche (09-08)"))
        self.record_button.clicked.connect(self.print_record)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        for button in (
            self.edit_button,
            self.merge_button,
            self.certificate_button,
            self.record_button,
        ):
            bar.addWidget(button)
        outer.addLayout(bar)

        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setAlignment(start_alignment(ctx.rtl))
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.name_label)
        outer.addWidget(self.message)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        profile_box = QGroupBox(self.tr("Profil"))
        self.profile = QFormLayout(profile_box)
        consent_box = QGroupBox(self.tr("Consentement et entreprises"))
        self.consent = QFormLayout(consent_box)
        self.sessions = _Section(self.tr("Séances suivies"), RowTableModel(sessions_columns(lang, self._sex)), 1)
        self.coaching = _Section(self.tr("Accompagnement"), RowTableModel(coaching_columns(lang)), 4)
        self.next_steps = _Section(
            self.tr("Prochaines étapes ouvertes"), RowTableModel(next_step_columns()), 0
        )
        self.support = _Section(self.tr("Appuis reçus"), RowTableModel(support_columns(lang)), 2)
        grid.addWidget(profile_box, 0, 0)
        grid.addWidget(consent_box, 0, 1)
        grid.addWidget(self.sessions, 1, 0, 1, 2)
        grid.addWidget(self.coaching, 2, 0, 1, 2)
        grid.addWidget(self.next_steps, 3, 0)
        grid.addWidget(self.support, 3, 1)
        grid.setRowStretch(4, 1)
        self._set_actions_enabled(False)

    def _sex(self) -> str | None:
        return self.detail.profile.sex if self.detail else None

    # -- loading ---------------------------------------------------------
    def show_beneficiary(self, beneficiary_id: str) -> None:
        self.beneficiary_id = beneficiary_id
        self.refresh()

    def load(self) -> None:
        if self.beneficiary_id is None:
            return
        wanted = self.beneficiary_id
        today = self.ctx.clock.today()

        def read(session: Session) -> BeneficiaryDetail:
            from app.services.beneficiaries import beneficiary_detail

            return beneficiary_detail(session=session, beneficiary_id=wanted, today=today)

        self.ctx.tasks.run_db(read, self._show, self._failed, latest="beneficiary_detail")

    def _failed(self, exc: BaseException) -> None:
        self.detail = None
        self._set_actions_enabled(False)
        self.message.setText(error_text(exc))

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (
            self.edit_button,
            self.merge_button,
            self.certificate_button,
            self.record_button,
        ):
            button.setEnabled(enabled)

    def _show(self, detail: BeneficiaryDetail) -> None:
        self.detail = detail
        lang = self.ctx.lang
        person = detail.profile
        self.message.clear()
        self._set_actions_enabled(True)
        name = person.display_name
        if person.name_ar:
            name = f"{name}  —  {person.name_ar}"
        self.name_label.setText(name)

        def fill(form: QFormLayout, rows: list[tuple[str, str]]) -> None:
            while form.rowCount():
                form.removeRow(0)
            for label, value in rows:
                text = QLabel(value or "—")
                text.setWordWrap(True)
                text.setAlignment(start_alignment(self.ctx.rtl))
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, text)

        birth = format_date(person.birth_date) if person.birth_date else str(person.birth_year or "")
        fill(
            self.profile,
            [
                (self.tr("Sexe"), code_label("sex", person.sex, lang)),
                (self.tr("Naissance"), birth),
                (self.tr("CIN"), person.cin or ""),
                (self.tr("Téléphone"), ltr(person.phone or "")),
                (self.tr("Commune"), localized(lang, person.commune_name, person.commune_name_ar)),
                (self.tr("Douar / quartier"), person.douar or ""),
                (
                    self.tr("Niveau d'instruction"),
                    code_label("education_level", person.education_level, lang),
                ),
                (self.tr("Statut"), person_label("status", person.status, lang, person.sex)),
                (self.tr("Secteur"), code_label("sector", person.sector, lang)),
                (self.tr("Stade du projet"), code_label("project_stage", person.project_stage, lang)),
                (
                    self.tr("Inscrite le") if person.sex == "F" else self.tr("Inscrit le"),
                    format_date(person.registered_on),
                ),
                (self.tr("Heures de formation"), hours_text(detail.total_hours)),
                (self.tr("Notes"), person.notes or ""),
            ],
        )
        consent = detail.consent
        if consent is None:
            consent_text = self.tr("Aucun consentement enregistré.")
        else:
            consent_text = self.tr("Donné le {date} ({method}), notice {version}").format(
                date=format_date(consent.given_on),
                method=code_label("consent_method", consent.method, lang),
                version=consent.notice_version,
            )
            if consent.withdrawn_on:
                consent_text += " — " + self.tr("retiré le {date}").format(
                    date=format_date(consent.withdrawn_on)
                )
        yes, no = self.tr("oui"), self.tr("non")
        enterprises = "\n".join(
            f"{e.name} ({code_label('legal_form', e.legal_form, lang)})" for e in detail.enterprises
        )
        fill(
            self.consent,
            [
                (self.tr("Consentement"), consent_text),
                (self.tr("Photos"), (yes if consent.photos else no) if consent else ""),
                (
                    self.tr("Partage avec les partenaires"),
                    (yes if consent.share_with_partners else no) if consent else "",
                ),
                (self.tr("SMS / WhatsApp"), (yes if consent.sms_whatsapp else no) if consent else ""),
                (self.tr("Entreprises"), enterprises),
            ],
        )
        self.sessions.set_rows(detail.sessions)
        self.coaching.set_rows(detail.coaching)
        self.next_steps.set_rows(detail.next_steps)
        self.support.set_rows(detail.support)
        self.loaded.emit(detail)

    # -- actions -------------------------------------------------------
    def edit(self) -> None:
        from app.ui.screens.beneficiary_form import BeneficiaryForm

        if self.detail is None:
            return
        outcome = BeneficiaryForm.ask(self.ctx, self, existing=self.detail.profile)
        if outcome is not None:
            self.refresh()

    def merge(self) -> None:
        from app.ui.screens.merge import MergeDialog

        if self.detail is None:
            return
        kept = MergeDialog.ask(self.ctx, self, first_id=self.detail.profile.id)
        if kept is not None:
            self.show_beneficiary(kept)

    def print_certificate(self) -> None:
        from app.ui import documents

        if self.detail is not None:
            documents.print_certificate(self.ctx, self, self.detail.profile.id)

    def print_record(self) -> None:
        from app.ui import documents

        if self.detail is not None:
            documents.print_record(self.ctx, self, self.detail.profile.id)
