"""Table models of the Sessions screen: sessions, tour stops, and a
session's attendance (roster with presence and hours)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.labels import code_label, format_date
from app.ui.i18n import format_count, format_hours, localized
from app.ui.models.roster import status_label
from app.ui.models.table import Column, RowTableModel, ltr

if TYPE_CHECKING:
    from app.services.attendance import RosterRow  # noqa: F401 - in a string
    from app.services.planning import SessionView, StopView


def _time(value: object) -> str:
    return value.strftime("%H:%M") if hasattr(value, "strftime") else ""


def session_times(view: SessionView) -> str:
    """"09:00–17:00, pause 12:30–13:30" (the break is never counted)."""
    text = f"{_time(view.start_time)}–{_time(view.end_time)}"
    if view.break_start is not None and view.break_end is not None:
        text = QCoreApplication.translate(
            "Sessions", "{start}–{end}, pause {break_start}–{break_end}"
        ).format(
            start=_time(view.start_time), end=_time(view.end_time),
            break_start=_time(view.break_start), break_end=_time(view.break_end),
        )
    return ltr(text)


def module_title(view: SessionView, lang: str) -> str:
    return view.module_title_ar if lang == "ar" and view.module_title_ar else view.module_title_fr


class SessionsModel(RowTableModel["SessionView"]):
    """`stop_places` (stop id -> place, shown when the session has no place
    of its own) is filled by the screen."""

    def __init__(self, lang: str = "fr", parent: QObject | None = None) -> None:
        self.stop_places: dict[str, str] = {}
        places = self.stop_places
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("Sessions", "Date"),
                    lambda s: format_date(s.session_date),
                    sort=lambda s: (s.session_date, s.start_time),
                ),
                Column(
                    QCoreApplication.translate("Sessions", "Horaires"),
                    session_times,
                ),
                Column(QCoreApplication.translate("Sessions", "Module"), lambda s: module_title(s, lang)),
                Column(
                    QCoreApplication.translate("Sessions", "Commune"),
                    lambda s: localized(lang, s.commune_name, s.commune_name_ar),
                ),
                Column(
                    QCoreApplication.translate("Sessions", "Lieu"),
                    lambda s: s.place or places.get(s.stop_id or "", ""),
                ),
                Column(
                    QCoreApplication.translate("Sessions", "État"),
                    lambda s: code_label("session_status", s.status, lang),
                ),
                Column(
                    QCoreApplication.translate("Sessions", "Attendus"),
                    lambda s: format_count(s.expected),
                    sort=lambda s: s.expected,
                    align_end=True,
                ),
                Column(
                    QCoreApplication.translate("Sessions", "Présents"),
                    lambda s: format_count(s.present),
                    sort=lambda s: s.present,
                    align_end=True,
                ),
            ],
            parent,
        )


class StopsModel(RowTableModel["StopView"]):
    def __init__(self, lang: str = "fr", parent: QObject | None = None) -> None:

        def dates(stop: StopView) -> str:
            if stop.ends_on == stop.starts_on:
                return format_date(stop.starts_on)
            return ltr(f"{format_date(stop.starts_on)} – {format_date(stop.ends_on)}")

        super().__init__(
            [
                Column(QCoreApplication.translate("Sessions", "Dates"), dates, sort=lambda s: s.starts_on),
                Column(
                    QCoreApplication.translate("Sessions", "Commune"),
                    lambda s: localized(lang, s.commune_name, s.commune_name_ar),
                ),
                Column(QCoreApplication.translate("Sessions", "Lieu"), lambda s: s.place),
            ],
            parent,
        )


class SessionRosterModel(RowTableModel["RosterRow"]):
    """Who was expected and who came, with arrival time and hours."""

    def __init__(self, lang: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("Sessions", "Nom et prénom"), lambda r: r.display_name),
                Column(QCoreApplication.translate("Sessions", "Nom en arabe"), lambda r: r.name_ar or ""),
                Column(QCoreApplication.translate("Sessions", "Sexe"), lambda r: code_label("sex", r.sex, lang)),
                Column(
                    QCoreApplication.translate("Sessions", "Inscrit"),
                    lambda r: QCoreApplication.translate("Sessions", "oui") if r.enrolled else QCoreApplication.translate("Sessions", "non"),
                ),
                Column(
                    QCoreApplication.translate("Sessions", "Présence"),
                    lambda r: status_label(r.status, r.sex, lang),
                ),
                Column(QCoreApplication.translate("Sessions", "Arrivée"), lambda r: _time(r.arrived_at)),
                Column(
                    QCoreApplication.translate("Sessions", "Heures"),
                    lambda r: format_hours(r.hours_attended) if r.present else "",
                    sort=lambda r: r.hours_attended,
                    align_end=True,
                ),
            ],
            parent,
        )
