"""The fonts we ship (Noto Sans + Noto Sans Arabic), so Arabic renders well
whatever the laptop has installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource

FAMILIES = ["Noto Sans", "Noto Sans Arabic"]
_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)


def install_fonts(app: QApplication, point_size: int = 10) -> None:
    for name in _FILES:
        QFontDatabase.addApplicationFontFromData(resource("fonts", name).read_bytes())
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(point_size)
    app.setFont(font)


def big_font(point_size: int, bold: bool = True) -> QFont:
    """A larger font in the app's families (counts, titles)."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(point_size)
    font.setBold(bold)
    return font
