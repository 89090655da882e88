"""Beneficiaries: the whole list (smooth at 100,000 rows), filters, and the
person's page; create, edit, merge.

The rows are loaded in the database worker with one query, and their
search keys computed there too; the GUI thread only swaps the model's list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Topic
from app.ui.errors import error_text
from app.ui.fields import CommuneBox, code_combo, combo_value, with_communes
from app.ui.i18n import format_count
from app.ui.models.beneficiaries import (
    BeneficiaryFilter,
    BeneficiaryFilterProxy,
    BeneficiaryListModel,
    search_key,
)
from app.ui.models.table import ROW_ROLE, fit_headers
from app.ui.screens.base import RefreshingScreen
from app.ui.screens.beneficiary_detail import BeneficiaryDetailPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.beneficiaries import BeneficiaryRow
    from app.services.reference import CommuneView
    from app.ui.context import AppContext


class BeneficiariesScreen(RefreshingScreen):
    """List page and detail page in a stack; `show_beneficiary(id)` opens a person."""

    depends_on = frozenset({Topic.BENEFICIARY})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loading = False
        lang = ctx.lang

        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # -- list page --
        page = QWidget()
        column = QVBoxLayout(page)
        title = QLabel(self.tr("Bénéficiaires"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("Nouveau bénéficiaire"))
        self.new_button.clicked.connect(self.new_beneficiary)
        self.open_button = QPushButton(self.tr("Ouvrir la fiche"))
        self.open_button.clicked.connect(self.open_current)
        self.merge_button = QPushButton(self.tr("Fusionner…"))
        self.merge_button.setToolTip(
            self.tr("Sélectionnez deux fiches de la même personne (Ctrl+clic)")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        for button in (self.new_button, self.open_button, self.merge_button):
            top.addWidget(button)
        column.addLayout(top)

        filters = QHBoxLayout()
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filtrer : nom, CIN, téléphone"))
        self.text_filter.setClearButtonEnabled(True)
        self.commune_filter = CommuneBox(lang, blank=self.tr("Toutes les communes"))
        self.sex_filter = code_combo("sex", lang, blank=self.tr("Tous les sexes"))
        self.age_filter = code_combo("age_band", lang, blank=self.tr("Tous les âges"))
        self.status_filter = code_combo("status", lang, blank=self.tr("Tous les statuts"))
        self.stage_filter = code_combo("project_stage", lang, blank=self.tr("Tous les stades"))
        filters.addWidget(self.text_filter, 3)
        filters.addWidget(self.commune_filter, 2)
        for combo in (self.sex_filter, self.age_filter, self.status_filter, self.stage_filter):
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply_filters)
        self.commune_filter.currentIndexChanged.connect(self.apply_filters)
        commune_line = self.commune_filter.lineEdit()
        assert commune_line is not None  # an editable combo box
        commune_line.editingFinished.connect(self.apply_filters)
        # Typing filters after a short pause, not on every keystroke.
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(200)
        self._text_timer.timeout.connect(self.apply_filters)
        self.text_filter.textChanged.connect(lambda _t: self._text_timer.start())
        self.text_filter.returnPressed.connect(self.apply_filters)
        column.addLayout(filters)

        self.model = BeneficiaryListModel(lang, self)
        self.proxy = BeneficiaryFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # rows come sorted by name
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for section, width in enumerate((130, 120, 140, 60, 100, 90, 120, 130, 130, 100)):
            header.resizeSection(section, width)
        fit_headers(self.table)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        column.addWidget(self.table, 1)
        self.stack.addWidget(page)
        self.list_page = page

        # -- detail page --
        self.detail = BeneficiaryDetailPage(ctx)
        self.detail.back_requested.connect(self.show_list)
        self.stack.addWidget(self.detail)

        with_communes(ctx, self._communes_loaded)
        self._update_count()

    def _communes_loaded(self, communes: Sequence[CommuneView]) -> None:
        self.commune_filter.set_communes(communes)

    # -- loading -----------------------------------------------------------
    def load(self) -> None:
        """Reload the rows in the database worker (keeps filters and sort);
        the person's page reloads itself (it is a screen of its own)."""
        self.loading = True
        self.count_label.setText(self.tr("Chargement…"))
        team_id = self.ctx.team_id

        def read(session: Session) -> tuple[list[BeneficiaryRow], list[str]]:
            from app.services.beneficiaries import list_beneficiary_rows

            rows = list_beneficiary_rows(session=session, team_id=team_id)
            return rows, [search_key(r) for r in rows]

        self.ctx.tasks.run_db(read, self._loaded, self._failed, latest="beneficiary_rows")

    def _loaded(self, result: tuple[list[BeneficiaryRow], list[str]]) -> None:
        rows, keys = result
        self.loading = False
        sort_column = self.table.horizontalHeader().sortIndicatorSection()
        sort_order = self.table.horizontalHeader().sortIndicatorOrder()
        self.model.set_rows(rows, keys)
        if 0 <= sort_column < self.model.columnCount():
            self.model.sort_rows(sort_column, sort_order)
        self._update_count()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.count_label.setText(error_text(exc))

    # -- filters -----------------------------------------------------------
    def current_filter(self) -> BeneficiaryFilter:
        return BeneficiaryFilter(
            text=self.text_filter.text().strip(),
            commune_code=self.commune_filter.value(),
            sex=combo_value(self.sex_filter),
            age_band=combo_value(self.age_filter),
            status=combo_value(self.status_filter),
            project_stage=combo_value(self.stage_filter),
        )

    def apply_filters(self) -> None:
        self._text_timer.stop()
        self.proxy.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        if self.loading:
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("{n} bénéficiaires").format(n=format_count(total))
        else:
            text = self.tr("{shown} sur {total} bénéficiaires").format(
                shown=format_count(shown), total=format_count(total)
            )
        self.count_label.setText(text)

    # -- navigation --------------------------------------------------------
    def selected_rows(self) -> list[BeneficiaryRow]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(index, ROW_ROLE) for index in rows]

    def _open_index(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.show_beneficiary(row.id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def show_beneficiary(self, beneficiary_id: str) -> None:
        """Show a person's page (also what `ctx.open_beneficiary` leads to)."""
        self.stack.setCurrentWidget(self.detail)
        self.detail.show_beneficiary(beneficiary_id)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        if self._stale:
            self.refresh()
        self.table.setFocus()

    # -- actions -------------------------------------------------------
    def new_beneficiary(self) -> None:
        from app.ui.screens.beneficiary_form import BeneficiaryForm

        outcome = BeneficiaryForm.ask(self.ctx, self)
        if outcome is not None:
            self.show_beneficiary(outcome[1])

    def merge_selected(self) -> None:
        from app.ui.screens.merge import MergeDialog

        rows: Sequence[BeneficiaryRow] = self.selected_rows()
        if not rows:
            return
        second = rows[1].id if len(rows) > 1 else None
        kept = MergeDialog.ask(self.ctx, self, first_id=rows[0].id, second_id=second)
        if kept is not None:
            self.show_beneficiary(kept)
