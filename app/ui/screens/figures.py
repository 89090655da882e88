"""Figures: the programme's indicators for a period, with charts, filtered
by period, province and commune.  The numbers are `compute_indicators`'
(the same as `caravane indicators` and the activity report): this screen
only lays them out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Topic
from app.labels import INDICATOR_MEASURES, indicator_label, indicator_section
from app.ui.charts import BarChart
from app.ui.errors import error_text
from app.ui.fields import (
    REGION_CODE,
    CommuneBox,
    combo_value,
    date_edit,
    fill_combo,
    from_qdate,
    to_qdate,
    with_communes,
)
from app.ui.i18n import (
    current_language,
    format_count,
    format_number,
    format_percent,
    reading_order,
)
from app.ui.models.table import Column, RowTableModel
from app.ui.screens.base import RefreshingScreen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.indicators import IndicatorFilter, Indicators
    from app.services.reference import ProvinceView
    from app.ui.context import AppContext

COMMUNES_CHARTED = 12
def twelve_months_before(day: dt.date) -> dt.date:
    """The first day of the 12 months ending on `day` (as the CLI does)."""
    try:
        return day.replace(year=day.year - 1) + dt.timedelta(days=1)
    except ValueError:
        return day - dt.timedelta(days=365)


def section_title(section: str) -> str:
    """A section's title: the one the documents and the CLI print (app.labels)."""
    return indicator_section(section, current_language())


def measure_label(key: str) -> str:
    """A measure's name, as in the activity report and `caravane indicators`."""
    section = next(s for (s, k) in INDICATOR_MEASURES if k == key)
    return indicator_label(section, key, current_language())


def value_text(key: str, value: float) -> str:
    """A figure in the window's language: 80,9 % · 5,69 · 1 015 (French)."""
    if key == "attendance_rate":
        return format_percent(value)
    if float(value).is_integer():
        return format_count(int(value))
    return format_number(value, 2)


def share_text(count: int, total: int) -> str:
    """A count with its share of `total`: "410 (56 %)" (French), "410 (56%)"
    (Arabic, read from the right: the count, then its share)."""
    if not total:
        return format_count(count)
    return f"{format_count(count)} ({format_percent(count / total, 0)})"


@dataclass(frozen=True)
class FigureLine:
    """One line of the full table: the same rows as `Indicators.as_rows()`."""

    section: str
    key: str
    label: str
    value: float


def figure_lines(indicators: Indicators, lang: str) -> list[FigureLine]:
    lines: list[FigureLine] = []
    for row in indicators.as_rows():
        lines.append(
            FigureLine(row.section, row.label, row_label(indicators, row.section, row.label, lang),
                       float(row.value))
        )
    return lines


def row_label(indicators: Indicators, section: str, key: str, lang: str) -> str:
    names = {**indicators.commune_names, **(indicators.commune_names_ar if lang == "ar" else {})}
    return indicator_label(section, key, lang, names)


class FiguresModel(RowTableModel[FigureLine]):
    def __init__(self) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("Figures", "Rubrique"), lambda r: section_title(r.section)),
                Column(QCoreApplication.translate("Figures", "Indicateur"), lambda r: r.label),
                Column(
                    QCoreApplication.translate("Figures", "Valeur"),
                    lambda r: value_text(r.key, r.value),
                    sort=lambda r: r.value,
                    align_end=True,
                ),
            ]
        )


class _Tile(QFrame):
    """A big number with its caption."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        column.addWidget(self.value)
        column.addWidget(self.caption)


class FiguresScreen(RefreshingScreen):
    # Every kind of data the indicators count.
    depends_on = frozenset(
        {
            Topic.ATTENDANCE,
            Topic.SESSION,
            Topic.STOP,
            Topic.COACHING,
            Topic.BENEFICIARY,
            Topic.ENTERPRISE,
            Topic.SUPPORT,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.indicators: Indicators | None = None
        today = ctx.clock.today()

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        title = QLabel(self.tr("Chiffres du programme"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        bar.addWidget(title)
        bar.addStretch(1)
        self.date_from = date_edit(twelve_months_before(today))
        self.date_to = date_edit(today)
        self.province = QComboBox()
        fill_combo(self.province, [(None, self.tr("Toute la région"))])
        self.commune = CommuneBox(ctx.lang, blank=self.tr("Toutes les communes"))
        self.commune.setMinimumWidth(180)
        self.refresh_button = QPushButton(self.tr("Actualiser"))
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton(self.tr("Rapport d'activité (PDF)"))
        self.report_button.clicked.connect(self.print_report)
        for label, widget in (
            (self.tr("Du"), self.date_from),
            (self.tr("au"), self.date_to),
            (None, self.province),
            (None, self.commune),
        ):
            if label:
                bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.report_button)
        outer.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

        tiles = QHBoxLayout()
        self.tiles = {
            "beneficiaries_reached": _Tile(self.tr("bénéficiaires touchés")),
            "women": _Tile(self.tr("femmes")),
            "youth": _Tile(self.tr("jeunes de 18 à 35 ans")),
            "sessions_held": _Tile(self.tr("séances tenues")),
            "training_hours": _Tile(self.tr("heures de formation")),
            "hours_per_person": _Tile(self.tr("heures par personne formée")),
            "attendance_rate": _Tile(self.tr("taux de présence")),
            "coaching_sessions": _Tile(self.tr("séances d'accompagnement")),
        }
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        outer.addLayout(tiles)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        charts_body = QWidget()
        grid = QGridLayout(charts_body)
        self.charts = {
            "sex": BarChart(section_title("sex")),
            "age_band": BarChart(section_title("age_band")),
            "area": BarChart(section_title("area")),
            "project_stage": BarChart(section_title("project_stage")),
            "sector": BarChart(section_title("sector")),
            "status": BarChart(section_title("status")),
            "commune": BarChart(section_title("commune")),
            "activity": BarChart(self.tr("Séances")),
            "hours": BarChart(self.tr("Heures")),
        }
        for position, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, position // 2, position % 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(self.charts) // 2 + 1, 1)
        scroll.setWidget(charts_body)
        splitter.addWidget(scroll)
        self.model = FiguresModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        splitter.addWidget(self.table)
        splitter.setSizes([700, 480])
        outer.addWidget(splitter, 1)

        with_communes(ctx, self.commune.set_communes)
        self._load_provinces()

    def _load_provinces(self) -> None:
        def load(session: Session) -> list[ProvinceView]:
            from app.services.reference import list_provinces

            return list_provinces(session=session, region_code=REGION_CODE)

        def loaded(provinces: list[ProvinceView]) -> None:
            lang = self.ctx.lang
            items: list[tuple[str | None, str]] = [(None, self.tr("Toute la région"))]
            items += [(p.code, p.name_ar if lang == "ar" else p.name_fr) for p in provinces]
            fill_combo(self.province, items)

        self.ctx.tasks.run_db(load, loaded)

    # -- loading ---------------------------------------------------------
    def current_filter(self) -> IndicatorFilter:
        from app.services.indicators import IndicatorFilter

        return IndicatorFilter(
            date_from=from_qdate(self.date_from.date()),
            date_to=from_qdate(self.date_to.date()),
            team_id=self.ctx.team_id,
            province_code=combo_value(self.province),
            commune_code=self.commune.value(),
        )

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        self.date_from.setDate(to_qdate(date_from))
        self.date_to.setDate(to_qdate(date_to))

    def load(self) -> None:
        filters = self.current_filter()
        self.refresh_button.setEnabled(False)

        def read(session: Session) -> Indicators:
            from app.services.indicators import compute_indicators

            return compute_indicators(session=session, filters=filters)

        self.ctx.tasks.run_db(read, self._loaded, self._failed, latest="figures")

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.message.setText(error_text(exc))
        self.message.show()

    def _loaded(self, indicators: Indicators) -> None:
        self.refresh_button.setEnabled(True)
        self.message.hide()
        self.indicators = indicators
        lang = self.ctx.lang
        reached = indicators.beneficiaries_reached

        rate = indicators.attendance_rate
        values = {
            "beneficiaries_reached": format_count(reached),
            "women": share_text(indicators.women, reached),
            "youth": share_text(indicators.youth_18_35, reached),
            "sessions_held": format_count(indicators.sessions_held),
            "training_hours": value_text("training_hours", indicators.training_hours),
            "hours_per_person": value_text("hours_per_person", indicators.hours_per_person),
            "attendance_rate": value_text("attendance_rate", rate) if rate is not None else "—",
            "coaching_sessions": format_count(indicators.coaching_sessions),
        }
        for key, tile in self.tiles.items():
            # In the reading direction (no isolate, which would put "(56%)"
            # before "410" in Arabic), on the same side as the caption.
            tile.value.setText(reading_order(values[key]))

        def bars(section: str, counts: dict[str, int]) -> list[tuple[str, float]]:
            return [(row_label(indicators, section, k, lang), v) for k, v in counts.items()]

        self.charts["sex"].set_bars(bars("sex", indicators.by_sex))
        self.charts["age_band"].set_bars(bars("age_band", indicators.by_age_band))
        self.charts["area"].set_bars(bars("area", indicators.by_area))
        self.charts["project_stage"].set_bars(
            bars("project_stage", indicators.by_project_stage)
        )
        self.charts["sector"].set_bars(bars("sector", indicators.by_sector))
        self.charts["status"].set_bars(bars("status", indicators.by_status))
        communes = sorted(indicators.by_commune.items(), key=lambda kv: -kv[1])
        commune_bars = bars("commune", dict(communes[:COMMUNES_CHARTED]))
        if len(communes) > COMMUNES_CHARTED:
            rest = communes[COMMUNES_CHARTED:]
            commune_bars.append(
                (
                    self.tr("Autres communes ({n})").format(n=format_count(len(rest))),
                    sum(v for _, v in rest),
                )
            )
        self.charts["commune"].set_bars(commune_bars)
        self.charts["activity"].set_bars(
            [
                (measure_label("sessions_held"), indicators.sessions_held),
                (measure_label("coaching_sessions"), indicators.coaching_sessions),
            ]
        )
        self.charts["hours"].set_bars(
            [
                (measure_label("training_hours"), round(indicators.training_hours, 1)),
                (measure_label("hours_attended"), round(indicators.hours_attended, 1)),
                (measure_label("coaching_hours"), round(indicators.coaching_hours, 1)),
            ]
        )
        self.model.set_rows(figure_lines(indicators, lang))
        self.table.resizeColumnToContents(0)

    # -- report ----------------------------------------------------------
    def print_report(self) -> None:
        from app.ui import documents

        documents.print_activity_report(self.ctx, self, self.current_filter())
