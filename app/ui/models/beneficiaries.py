"""The beneficiaries table (up to 100,000 rows) and its filter proxy.

Rows come from `list_beneficiary_rows` in the database worker, together
with a normalised search string per row computed there too, so that the
GUI thread never folds accents for 100,000 names.  Filtering computes one
accept flag per row in a list comprehension and `filterAcceptsRow` only
reads that flag: Qt calls it once per row on every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.labels import code_label, format_date, person_label
from app.models.search_text import digits, normalize
from app.ui.i18n import localized
from app.ui.models.table import Column, RowTableModel, ltr

if TYPE_CHECKING:
    from app.services.search import BeneficiaryRow

Index = QModelIndex | QPersistentModelIndex


def search_key(row: BeneficiaryRow) -> str:
    """What the text filter matches: both names, CIN and phone digits."""
    return " ".join(
        (
            normalize(f"{row.first_name} {row.last_name} {row.name_ar or ''}"),
            (row.cin or "").lower(),
            digits(row.phone),
        )
    )


def beneficiary_columns(lang: str) -> list[Column[BeneficiaryRow]]:
    def commune(r: BeneficiaryRow) -> str:
        return localized(lang, r.commune_name, r.commune_name_ar)

    return [
        Column(QCoreApplication.translate("BeneficiaryList", "Nom"), lambda r: r.last_name),
        Column(QCoreApplication.translate("BeneficiaryList", "Prénom"), lambda r: r.first_name),
        Column(QCoreApplication.translate("BeneficiaryList", "Nom en arabe"), lambda r: r.name_ar or ""),
        Column(QCoreApplication.translate("BeneficiaryList", "Sexe"), lambda r: code_label("sex", r.sex, lang)),
        Column(
            QCoreApplication.translate("BeneficiaryList", "Âge"),
            lambda r: code_label("age_band", r.age_band, lang),
            sort=lambda r: r.age_band,
        ),
        Column(QCoreApplication.translate("BeneficiaryList", "CIN"), lambda r: r.cin or ""),
        Column(QCoreApplication.translate("BeneficiaryList", "Téléphone"), lambda r: ltr(r.phone or ""), sort=lambda r: r.phone),
        Column(
            QCoreApplication.translate("BeneficiaryList", "Commune"),
            commune,
        ),
        Column(QCoreApplication.translate("BeneficiaryList", "Statut"), lambda r: person_label("status", r.status, lang, r.sex)),
        Column(
            QCoreApplication.translate("BeneficiaryList", "Stade"),
            lambda r: code_label("project_stage", r.project_stage, lang),
            sort=lambda r: r.project_stage,
        ),
        Column(
            QCoreApplication.translate("BeneficiaryList", "Inscrit le"),
            lambda r: format_date(r.registered_on),
            sort=lambda r: r.registered_on,
        ),
    ]


class BeneficiaryListModel(RowTableModel["BeneficiaryRow"]):
    def __init__(self, lang: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(beneficiary_columns(lang), parent)
        self._keys: list[str] = []
        self.reordered.append(self._permute_keys)
        # Called inside the reset, once rows and keys are in place, so a
        # proxy recomputes its flags before Qt asks for them again.
        self.replaced: list[Callable[[], None]] = []

    def set_rows(self, rows: Sequence[BeneficiaryRow], keys: Sequence[str] | None = None) -> None:
        """`keys` (from `search_key`, computed off the GUI thread) align with rows."""
        self._keys = list(keys) if keys is not None else [search_key(r) for r in rows]
        super().set_rows(rows)

    def rows_replaced(self, rows: list[BeneficiaryRow]) -> None:
        for callback in self.replaced:
            callback()

    def keys(self) -> list[str]:
        return self._keys

    def _permute_keys(self, permutation: list[int]) -> None:
        keys = self._keys
        self._keys = [keys[i] for i in permutation]


@dataclass(frozen=True)
class BeneficiaryFilter:
    """Empty values mean "any"."""

    text: str = ""
    commune_code: str | None = None
    sex: str | None = None
    age_band: str | None = None
    status: str | None = None
    project_stage: str | None = None

    def is_empty(self) -> bool:
        return self == BeneficiaryFilter()


class BeneficiaryFilterProxy(QSortFilterProxyModel):
    """Filters by commune, sex, age band, status, stage and text; sorting is
    delegated to the source model (one Python sort of the whole list)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = BeneficiaryFilter()
        self._accepted: list[bool] | None = None  # None: every row

    def source(self) -> BeneficiaryListModel:
        model = self.sourceModel()
        assert isinstance(model, BeneficiaryListModel)
        return model

    def setSourceModel(self, model: BeneficiaryListModel) -> None:  # type: ignore[override]  # noqa: N802
        super().setSourceModel(model)
        model.reordered.append(self._permute_accepted)
        model.replaced.append(self._recompute)

    def current_filter(self) -> BeneficiaryFilter:
        return self._filter

    def set_filter(self, wanted: BeneficiaryFilter) -> None:
        if wanted == self._filter:
            return
        self._filter = wanted
        self._recompute()
        # invalidate() re-filters in one pass (a reset of the mapping);
        # invalidateFilter() would emit one signal per removed range.
        self.invalidate()

    def _recompute(self) -> None:
        wanted = self._filter
        if wanted.is_empty():
            self._accepted = None
            return
        model = self.source()
        rows = model.rows()
        keys = model.keys()
        # Narrow a list of row numbers one criterion at a time: each pass is
        # a list comprehension over plain values, fast at 100,000 rows.
        kept: list[int] | range = range(len(rows))
        for attr, value in (
            ("sex", wanted.sex),
            ("commune_code", wanted.commune_code),
            ("age_band", wanted.age_band),
            ("status", wanted.status),
            ("project_stage", wanted.project_stage),
        ):
            if value:
                kept = [i for i in kept if getattr(rows[i], attr) == value]
        for needle in normalize(wanted.text).split():
            kept = [i for i in kept if needle in keys[i]]
        accepted = [False] * len(rows)
        for i in kept:
            accepted[i] = True
        self._accepted = accepted

    def _permute_accepted(self, permutation: list[int]) -> None:
        if self._accepted is not None:
            accepted = self._accepted
            self._accepted = [accepted[i] for i in permutation]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        accepted = self._accepted
        return accepted is None or accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort_rows(column, order)
