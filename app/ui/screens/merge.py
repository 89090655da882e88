"""Merge two records the user confirms are the same person.

The two records are shown side by side; the user picks the one to keep and
ticks a confirmation.  `merge_beneficiaries` re-points every attendance,
coaching and support of the other record to the kept one, so both
histories are kept, and the merge syncs like any edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QWidget,
)

from app.core.errors import ValidationError
from app.labels import code_label, format_date, person_label
from app.ui.dialog import Dialog
from app.ui.errors import error_text
from app.ui.i18n import localized
from app.ui.models.table import ROW_ROLE, Column, RowTableModel, ltr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Done
    from app.services.beneficiaries import BeneficiaryRow, BeneficiaryView
    from app.ui.context import AppContext


@dataclass(frozen=True)
class _Pair:
    label: str
    first: str
    second: str


def person_lines(lang: str, a: BeneficiaryView, b: BeneficiaryView | None) -> list[_Pair]:

    def birth(p: BeneficiaryView) -> str:
        return format_date(p.birth_date) if p.birth_date else str(p.birth_year or "")

    fields: list[tuple[str, Callable[[BeneficiaryView], str]]] = [
        (QCoreApplication.translate("Merge", "Nom et prénom"), lambda p: p.display_name),
        (QCoreApplication.translate("Merge", "Nom en arabe"), lambda p: p.name_ar or ""),
        (QCoreApplication.translate("Merge", "Sexe"), lambda p: code_label("sex", p.sex, lang)),
        (QCoreApplication.translate("Merge", "Naissance"), birth),
        (QCoreApplication.translate("Merge", "CIN"), lambda p: p.cin or ""),
        (QCoreApplication.translate("Merge", "Téléphone"), lambda p: ltr(p.phone or "")),
        (
            QCoreApplication.translate("Merge", "Commune"),
            lambda p: localized(lang, p.commune_name, p.commune_name_ar),
        ),
        (QCoreApplication.translate("Merge", "Statut"), lambda p: person_label("status", p.status, lang, p.sex)),
        (QCoreApplication.translate("Merge", "Inscrit le"), lambda p: format_date(p.registered_on)),
    ]
    return [_Pair(label, get(a), get(b) if b else "") for label, get in fields]


def candidate_columns(lang: str) -> list[Column[BeneficiaryRow]]:
    return [
        Column(QCoreApplication.translate("Merge", "Nom et prénom"), lambda r: r.display_name),
        Column(QCoreApplication.translate("Merge", "Nom en arabe"), lambda r: r.name_ar or ""),
        Column(QCoreApplication.translate("Merge", "CIN"), lambda r: r.cin or ""),
        Column(QCoreApplication.translate("Merge", "Téléphone"), lambda r: ltr(r.phone or "")),
        Column(
            QCoreApplication.translate("Merge", "Commune"),
            lambda r: localized(lang, r.commune_name, r.commune_name_ar),
        ),
    ]


class MergeDialog(Dialog):
    """Choose the other record (suggested duplicates, or a search), compare,
    choose which to keep, confirm."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        first_id: str,
        second_id: str | None = None,
    ) -> None:
        super().__init__(parent, title=self.tr("Fusionner deux fiches"))
        self.ctx = ctx
        self.first: BeneficiaryView | None = None
        self.second: BeneficiaryView | None = None
        self.kept_id: str | None = None
        self.busy = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Chercher l'autre fiche : nom, CIN, téléphone"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.candidates = RowTableModel(candidate_columns(ctx.lang))
        self.candidate_view = QTableView()
        self.candidate_view.setModel(self.candidates)
        self.candidate_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidate_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidate_view.verticalHeader().hide()
        self.candidate_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.candidate_view.setFixedHeight(150)
        self.candidate_view.selectionModel().currentRowChanged.connect(self._candidate_chosen)
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.candidate_view)

        self.compare_model: RowTableModel[_Pair] = RowTableModel(
            [
                Column(self.tr("Champ"), lambda p: p.label),
                Column(self.tr("Fiche A"), lambda p: p.first),
                Column(self.tr("Fiche B"), lambda p: p.second),
            ]
        )
        self.compare_view = QTableView()
        self.compare_view.setModel(self.compare_model)
        self.compare_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare_view.verticalHeader().hide()
        self.compare_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare_view.setMinimumSize(640, 260)
        self.layout_.addWidget(self.compare_view)

        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Fiche à garder :")))
        self.keep_first = QRadioButton(self.tr("Fiche A"))
        self.keep_second = QRadioButton(self.tr("Fiche B"))
        self.keep_first.setChecked(True)
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        keep_row.addStretch(1)
        self.layout_.addLayout(keep_row)
        note = QLabel(
            self.tr(
                "Les présences, l'accompagnement et les appuis des deux fiches sont "
                "regroupés sur la fiche gardée ; l'autre fiche disparaît des listes."
            )
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.confirm = QCheckBox(self.tr("Je confirme qu'il s'agit de la même personne"))
        self.confirm.toggled.connect(self._update_ok)
        self.layout_.addWidget(self.confirm)
        self.finish()
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Fusionner"))
        self._update_ok()
        self._load(first_id, second_id)

    # -- loading ---------------------------------------------------------
    def _load(self, first_id: str, second_id: str | None) -> None:
        def load(
            session: Session,
        ) -> tuple[BeneficiaryView, BeneficiaryView | None, list[BeneficiaryRow]]:
            from app.services import beneficiaries as svc

            first = svc.get_beneficiary(session=session, beneficiary_id=first_id)
            second = (
                svc.get_beneficiary(session=session, beneficiary_id=second_id)
                if second_id
                else None
            )
            data = svc.BeneficiaryInput(
                first_name=first.first_name,
                last_name=first.last_name,
                sex=first.sex,
                name_ar=first.name_ar,
                birth_date=first.birth_date,
                birth_year=first.birth_year,
                cin=first.cin,
                phone=first.phone,
                commune_code=first.commune_code,
            )
            try:
                found = svc.find_duplicates(session=session, data=data, exclude_id=first_id)
            except ValidationError:  # an old record that today's rules refuse
                found = []
            return first, second, [c.row for c in found]

        self.ctx.tasks.run_db(load, self._loaded, self._failed)

    def _loaded(
        self, result: tuple[BeneficiaryView, BeneficiaryView | None, list[BeneficiaryRow]]
    ) -> None:
        self.first, self.second, suggestions = result
        self.candidates.set_rows(suggestions)
        self._compare()

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        exclude = self.first.id if self.first else None

        def search(session: Session) -> list[BeneficiaryRow]:
            from app.services.beneficiaries import search_beneficiaries

            rows = search_beneficiaries(session=session, query=text, limit=30)
            return [r for r in rows if r.id != exclude]

        self.ctx.tasks.run_db(search, self.candidates.set_rows, self._failed, latest="merge_search")

    def _candidate_chosen(self) -> None:
        index = self.candidate_view.currentIndex()
        if not index.isValid():
            return
        row = self.candidates.data(index, ROW_ROLE)
        wanted = row.id

        def load(session: Session) -> BeneficiaryView:
            from app.services.beneficiaries import get_beneficiary

            return get_beneficiary(session=session, beneficiary_id=wanted)

        self.ctx.tasks.run_db(load, self._second_loaded, self._failed, latest="merge_second")

    def _second_loaded(self, second: BeneficiaryView) -> None:
        self.second = second
        self._compare()

    def _compare(self) -> None:
        if self.first is not None:
            self.compare_model.set_rows(person_lines(self.ctx.lang, self.first, self.second))
        self._update_ok()

    def _update_ok(self) -> None:
        ready = self.first is not None and self.second is not None and self.confirm.isChecked()
        self.ok_button.setEnabled(ready and not self.busy)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_ok()
        self.show_general_error(error_text(exc))

    # -- merging ----------------------------------------------------------
    def choose_second(self, rows: Sequence[BeneficiaryRow], position: int = 0) -> None:
        """Select a candidate (tests and keyboard users)."""
        self.candidates.set_rows(rows)
        self.candidate_view.setCurrentIndex(self.candidates.index(position, 0))

    def accept(self) -> None:
        if self.first is None or self.second is None or not self.confirm.isChecked():
            return
        if self.busy:
            return
        keep, other = (
            (self.first, self.second) if self.keep_first.isChecked() else (self.second, self.first)
        )
        keep_id, merge_id = keep.id, other.id
        self.busy = True
        self._update_ok()

        def merge(session: Session) -> Done[BeneficiaryView]:
            from app.services.beneficiaries import merge_beneficiaries

            return merge_beneficiaries(session=session, keep_id=keep_id, merge_id=merge_id)

        self.ctx.run_op(merge, self._merged, self._failed, origin=self)

    def _merged(self, kept: BeneficiaryView) -> None:
        self.busy = False
        self.kept_id = kept.id
        super().accept()

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        first_id: str,
        second_id: str | None = None,
    ) -> str | None:
        """The kept record's id once merged, or None."""
        dialog = cls(ctx, parent, first_id=first_id, second_id=second_id)
        dialog.exec()
        return dialog.kept_id
