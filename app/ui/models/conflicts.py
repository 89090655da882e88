"""Conflicts waiting for a coordinator: which record, which field, the value
in place and the value that lost, who wrote it and when."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from app.labels import format_date
from app.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from app.laptop_sync.conflicts import ConflictView  # noqa: F401 - in a string


def table_label(table_name: str) -> str:
    return {
        "beneficiary": QCoreApplication.translate("Conflicts", "Bénéficiaire"),
        "training_session": QCoreApplication.translate("Conflicts", "Séance"),
        "attendance": QCoreApplication.translate("Conflicts", "Présence"),
        "coaching_session": QCoreApplication.translate("Conflicts", "Accompagnement"),
        "next_step": QCoreApplication.translate("Conflicts", "Prochaine étape"),
        "enterprise": QCoreApplication.translate("Conflicts", "Entreprise"),
        "tour_stop": QCoreApplication.translate("Conflicts", "Étape de la tournée"),
        "app_user": QCoreApplication.translate("Conflicts", "Utilisateur"),
        "consent": QCoreApplication.translate("Conflicts", "Consentement"),
    }.get(table_name, table_name)


def field_label(field: str) -> str:
    return {
        "first_name": QCoreApplication.translate("Conflicts", "Prénom"),
        "last_name": QCoreApplication.translate("Conflicts", "Nom"),
        "name_ar": QCoreApplication.translate("Conflicts", "Nom en arabe"),
        "sex": QCoreApplication.translate("Conflicts", "Sexe"),
        "birth_date": QCoreApplication.translate("Conflicts", "Date de naissance"),
        "birth_year": QCoreApplication.translate("Conflicts", "Année de naissance"),
        "cin": QCoreApplication.translate("Conflicts", "CIN"),
        "phone": QCoreApplication.translate("Conflicts", "Téléphone"),
        "commune_code": QCoreApplication.translate("Conflicts", "Commune"),
        "douar": QCoreApplication.translate("Conflicts", "Douar / quartier"),
        "status": QCoreApplication.translate("Conflicts", "Statut"),
        "sector": QCoreApplication.translate("Conflicts", "Secteur"),
        "project_stage": QCoreApplication.translate("Conflicts", "Stade du projet"),
        "notes": QCoreApplication.translate("Conflicts", "Notes"),
        "session_date": QCoreApplication.translate("Conflicts", "Date"),
        "start_time": QCoreApplication.translate("Conflicts", "Début"),
        "end_time": QCoreApplication.translate("Conflicts", "Fin"),
        "place": QCoreApplication.translate("Conflicts", "Lieu"),
        "hours_attended": QCoreApplication.translate("Conflicts", "Heures suivies"),
        "description": QCoreApplication.translate("Conflicts", "Description"),
        "due_on": QCoreApplication.translate("Conflicts", "Échéance"),
        "done": QCoreApplication.translate("Conflicts", "Fait"),
        "name": QCoreApplication.translate("Conflicts", "Nom et prénom"),
    }.get(field, field)


def value_text(value: Any) -> str:
    """A stored value as a person reads it (dates dd/mm/yyyy)."""
    if value is None or value == "":
        return QCoreApplication.translate("Conflicts", "(vide)")
    if isinstance(value, bool):
        return QCoreApplication.translate("Conflicts", "oui") if value else QCoreApplication.translate("Conflicts", "non")
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def when_text(moment: dt.datetime) -> str:
    return f"{format_date(moment.date())} {moment:%H:%M}"


class ConflictsModel(RowTableModel["ConflictView"]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("Conflicts", "Quand"), lambda c: when_text(c.lost_at),
                       sort=lambda c: c.lost_at),
                Column(QCoreApplication.translate("Conflicts", "Fiche"),
                       lambda c: f"{table_label(c.table_name)} : {c.row_label}"),
                Column(QCoreApplication.translate("Conflicts", "Champ"), lambda c: field_label(c.field)),
                Column(QCoreApplication.translate("Conflicts", "Valeur en place"), lambda c: value_text(c.kept_value)),
                Column(QCoreApplication.translate("Conflicts", "Autre valeur"), lambda c: value_text(c.lost_value)),
                Column(QCoreApplication.translate("Conflicts", "Saisie sur"),
                       lambda c: c.lost_device_name or c.lost_device_id[-8:]),
                Column(
                    QCoreApplication.translate("Conflicts", "Réglé"),
                    lambda c: (QCoreApplication.translate("Conflicts", "gardée") if c.resolution == "kept"
                               else QCoreApplication.translate("Conflicts", "rétablie")) if c.resolved else "",
                ),
            ],
            parent,
        )
