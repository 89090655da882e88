"""Conflicts: when two laptops changed the same field offline, the value
that lost was kept.  A coordinator sees both side by side (field, values,
who, when) and keeps the value in place or restores the other one;
resolving is itself a synced change (`app.laptop_sync.conflicts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Done, Topic
from app.ui.errors import error_text
from app.ui.i18n import format_count
from app.ui.models.conflicts import (
    ConflictsModel,
    field_label,
    table_label,
    value_text,
    when_text,
)
from app.ui.models.table import ROW_ROLE
from app.ui.screens.base import RefreshingScreen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.laptop_sync.conflicts import ConflictView
    from app.ui.context import AppContext


class _ValueBox(QGroupBox):
    def __init__(self, title: str, button_text: str) -> None:
        super().__init__(title)
        column = QVBoxLayout(self)
        self.value = QLabel()
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.button = QPushButton(button_text)
        column.addWidget(self.value)
        column.addWidget(self.origin)
        column.addStretch(1)
        column.addWidget(self.button)


class ConflictsScreen(RefreshingScreen):
    depends_on = frozenset({Topic.CONFLICT})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current: ConflictView | None = None
        self.busy = False

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Conflits de synchronisation"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        self.show_resolved = QCheckBox(self.tr("Afficher aussi les conflits réglés"))
        self.show_resolved.toggled.connect(lambda _c: self.refresh())
        top.addWidget(self.show_resolved)
        outer.addLayout(top)
        explain = QLabel(
            self.tr(
                "Deux ordinateurs ont modifié le même champ sans être connectés. La valeur la "
                "plus récente est en place ; l'autre a été gardée ici. Choisissez celle qui est "
                "juste : votre choix sera transmis à tous les ordinateurs de l'équipe."
            )
        )
        explain.setWordWrap(True)
        outer.addWidget(explain)

        self.model = ConflictsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for section, width in enumerate((120, 230, 130, 180, 180, 140)):
            self.table.horizontalHeader().resizeSection(section, width)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        outer.addWidget(self.table, 1)

        side = QGroupBox(self.tr("Conflit choisi"))
        grid = QGridLayout(side)
        self.heading = QLabel(self.tr("Choisissez un conflit dans la liste."))
        self.heading.setWordWrap(True)
        self.kept_box = _ValueBox(self.tr("Valeur en place"), self.tr("Garder cette valeur"))
        self.lost_box = _ValueBox(self.tr("Autre valeur"), self.tr("Rétablir cette valeur"))
        self.kept_box.button.clicked.connect(lambda: self.resolve("keep"))
        self.lost_box.button.clicked.connect(lambda: self.resolve("restore"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Ouvrir la fiche"))
        self.open_button.clicked.connect(self._open_record)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.kept_box, 1, 0)
        grid.addWidget(self.lost_box, 1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.open_button)
        grid.addLayout(bottom, 2, 0, 1, 2)
        outer.addWidget(side)
        self._show(None)

    # -- loading ---------------------------------------------------------
    def load(self) -> None:
        include = self.show_resolved.isChecked()
        team_id = self.ctx.team_id

        def read(session: Session) -> list[ConflictView]:
            from app.laptop_sync.conflicts import list_conflicts

            return list_conflicts(session=session, include_resolved=include, team_id=team_id)

        self.ctx.tasks.run_db(read, self._loaded, self._failed, latest="conflicts")

    def _loaded(self, conflicts: list[ConflictView]) -> None:
        keep = self.current.id if self.current else None
        self.model.set_rows(conflicts)
        waiting = sum(1 for c in conflicts if not c.resolved)
        self.count_label.setText(self.tr("{n} en attente").format(n=format_count(waiting)))
        for row, conflict in enumerate(self.model.rows()):
            if conflict.id == keep or (keep is None and not conflict.resolved):
                self.table.setCurrentIndex(self.model.index(row, 0))
                return
        self._show(None)
        if not conflicts:
            self.heading.setText(self.tr("Aucun conflit en attente : rien à faire."))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.message.setText(error_text(exc))

    # -- the chosen conflict -----------------------------------------------
    def _chosen(self) -> None:
        index = self.table.currentIndex()
        self._show(self.model.data(index, ROW_ROLE) if index.isValid() else None)

    def _show(self, conflict: ConflictView | None) -> None:
        self.current = conflict
        self.open_button.setEnabled(conflict is not None and conflict.table_name == "beneficiary")
        if conflict is None:
            self.heading.setText(self.tr("Choisissez un conflit dans la liste."))
            for box in (self.kept_box, self.lost_box):
                box.value.clear()
                box.origin.clear()
                box.button.setEnabled(False)
            return
        self.heading.setText(
            self.tr("{record} — champ « {field} »").format(
                record=f"{table_label(conflict.table_name)} : {conflict.row_label}",
                field=field_label(conflict.field),
            )
        )
        self.kept_box.value.setText(value_text(conflict.kept_value))
        self.kept_box.origin.setText(
            self.tr("écrite le {when}").format(when=when_text(conflict.kept_at))
        )
        self.lost_box.value.setText(value_text(conflict.lost_value))
        self.lost_box.origin.setText(
            self.tr("écrite le {when} sur {device}").format(
                when=when_text(conflict.lost_at),
                device=conflict.lost_device_name or conflict.lost_device_id[-8:],
            )
        )
        for box in (self.kept_box, self.lost_box):
            box.button.setEnabled(not conflict.resolved)
        if conflict.resolved:
            self.message.setText(self.tr("Ce conflit est réglé."))
        else:
            self.message.clear()

    def _open_record(self) -> None:
        if self.current is not None and self.current.table_name == "beneficiary":
            self.ctx.open_beneficiary(self.current.row_id)

    # -- resolving ---------------------------------------------------------
    def resolve(self, action: str) -> None:
        """"keep" the value in place or "restore" the other one."""
        if self.current is None or self.busy:
            return
        conflict_id = self.current.id
        user_id = self.ctx.user_id
        self.busy = True

        def save(session: Session) -> Done[ConflictView]:
            from app.laptop_sync.conflicts import resolve_conflict

            return resolve_conflict(
                session=session, conflict_id=conflict_id, action=action, user_id=user_id
            )

        def saved(view: ConflictView) -> None:
            self.busy = False
            self.current = None
            self.message.setText(
                self.tr("Valeur gardée.") if action == "keep" else self.tr("Valeur rétablie.")
            )
            if not self.isVisible():
                self.refresh()

        self.ctx.run_op(save, saved, self._failed, origin=self)
