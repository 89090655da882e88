"""A small horizontal bar chart drawn with QPainter.

QtCharts is not part of PySide6-Essentials, and the Figures screen only needs
labelled bars with their values, so a plain widget is enough.  Bars grow from
the leading edge, so the chart mirrors itself in right-to-left layouts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.i18n import format_count, format_number

BAR_HEIGHT = 18
ROW_GAP = 6
MARGIN = 8
BAR_COLOR = QColor("#2f6f9f")


def format_value(value: float) -> str:
    """Whole numbers without decimals, others with one (hours), written the
    window's language's way (1 015 · 2,5 in French)."""
    if float(value).is_integer():
        return format_count(int(value))
    return format_number(value, 1)


class BarChart(QWidget):
    """Title plus one labelled bar per (label, value); values are shown at
    the end of each bar so the exact numbers stay readable."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._bars: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(220)

    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def bars(self) -> list[tuple[str, float]]:
        return list(self._bars)

    def value_texts(self) -> list[str]:
        """The values as drawn at the end of the bars."""
        return [format_value(value) for _, value in self._bars]

    def set_bars(self, bars: Sequence[tuple[str, float]]) -> None:
        self._bars = [(label, float(value)) for label, value in bars]
        self.updateGeometry()
        self.update()

    def _title_height(self) -> int:
        return QFontMetrics(self.font()).height() + ROW_GAP

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        rows = max(1, len(self._bars))
        height = 2 * MARGIN + self._title_height() + rows * (BAR_HEIGHT + ROW_GAP)
        return QSize(360, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(220, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width() - 2 * MARGIN

        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        title_rect = QRectF(MARGIN, MARGIN, width, metrics.height())
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(title_rect, int(align | Qt.AlignmentFlag.AlignVCenter), self._title)
        painter.setFont(self.font())

        if not self._bars:
            painter.end()
            return
        label_width = min(
            width * 0.4, max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 14
        )
        value_width = max(metrics.horizontalAdvance(format_value(v)) for _, v in self._bars) + 8
        bar_space = max(10.0, width - label_width - value_width)
        top_value = max((v for _, v in self._bars), default=0.0) or 1.0
        y = MARGIN + self._title_height()
        for label, value in self._bars:
            bar_length = bar_space * max(0.0, value) / top_value
            if rtl:
                label_rect = QRectF(MARGIN + width - label_width + 10, y, label_width - 10, BAR_HEIGHT)
                bar_rect = QRectF(
                    MARGIN + width - label_width - bar_length, y + 2, bar_length, BAR_HEIGHT - 4
                )
                value_rect = QRectF(bar_rect.left() - value_width, y, value_width - 4, BAR_HEIGHT)
                label_align = Qt.AlignmentFlag.AlignRight
                value_align = Qt.AlignmentFlag.AlignRight
            else:
                label_rect = QRectF(MARGIN, y, label_width - 10, BAR_HEIGHT)
                bar_rect = QRectF(MARGIN + label_width, y + 2, bar_length, BAR_HEIGHT - 4)
                value_rect = QRectF(bar_rect.right() + 4, y, value_width, BAR_HEIGHT)
                label_align = Qt.AlignmentFlag.AlignLeft
                value_align = Qt.AlignmentFlag.AlignLeft
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
            painter.setPen(text_color)
            painter.drawText(label_rect, int(label_align | Qt.AlignmentFlag.AlignVCenter), elided)
            painter.fillRect(bar_rect, BAR_COLOR)
            painter.drawText(
                value_rect, int(value_align | Qt.AlignmentFlag.AlignVCenter), format_value(value)
            )
            y += BAR_HEIGHT + ROW_GAP
        painter.end()
