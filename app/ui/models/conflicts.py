"""Conflicts waiting for a coordinator: which record, which field, the value
in place and the value that lost, who wrote it and when."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from app.labels import format_date
from app.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from app.sync.conflicts import ConflictView  # noqa: F401 - in a string


def table_label(table_name: str) -> str:
    tr = QCoreApplication.translate
    return {
        "beneficiary": tr("Conflicts", "Bénéficiaire"),
        "training_session": tr("Conflicts", "Séance"),
        "attendance": tr("Conflicts", "Présence"),
        "coaching_session": tr("Conflicts", "Accompagnement"),
        "next_step": tr("Conflicts", "Prochaine étape"),
        "enterprise": tr("Conflicts", "Entreprise"),
        "tour_stop": tr("Conflicts", "Étape de la tournée"),
        "app_user": tr("Conflicts", "Utilisateur"),
        "consent": tr("Conflicts", "Consentement"),
    }.get(table_name, table_name)


def field_label(field: str) -> str:
    tr = QCoreApplication.translate
    return {
        "first_name": tr("Conflicts", "Prénom"),
        "last_name": tr("Conflicts", "Nom"),
        "name_ar": tr("Conflicts", "Nom en arabe"),
        "sex": tr("Conflicts", "Sexe"),
        "birth_date": tr("Conflicts", "Date de naissance"),
        "birth_year": tr("Conflicts", "Année de naissance"),
        "cin": tr("Conflicts", "CIN"),
        "phone": tr("Conflicts", "Téléphone"),
        "commune_code": tr("Conflicts", "Commune"),
        "douar": tr("Conflicts", "Douar / quartier"),
        "status": tr("Conflicts", "Statut"),
        "sector": tr("Conflicts", "Secteur"),
        "project_stage": tr("Conflicts", "Stade du projet"),
        "notes": tr("Conflicts", "Notes"),
        "session_date": tr("Conflicts", "Date"),
        "start_time": tr("Conflicts", "Début"),
        "end_time": tr("Conflicts", "Fin"),
        "place": tr("Conflicts", "Lieu"),
        "hours_attended": tr("Conflicts", "Heures suivies"),
        "description": tr("Conflicts", "Description"),
        "due_on": tr("Conflicts", "Échéance"),
        "done": tr("Conflicts", "Fait"),
        "name": tr("Conflicts", "Nom"),
    }.get(field, field)


def value_text(value: Any) -> str:
    """A stored value as a person reads it (dates dd/mm/yyyy)."""
    tr = QCoreApplication.translate
    if value is None or value == "":
        return tr("Conflicts", "(vide)")
    if isinstance(value, bool):
        return tr("Conflicts", "oui") if value else tr("Conflicts", "non")
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
        tr = QCoreApplication.translate
        super().__init__(
            [
                Column(tr("Conflicts", "Quand"), lambda c: when_text(c.lost_at),
                       sort=lambda c: c.lost_at),
                Column(tr("Conflicts", "Fiche"),
                       lambda c: f"{table_label(c.table_name)} : {c.row_label}"),
                Column(tr("Conflicts", "Champ"), lambda c: field_label(c.field)),
                Column(tr("Conflicts", "Valeur en place"), lambda c: value_text(c.kept_value)),
                Column(tr("Conflicts", "Autre valeur"), lambda c: value_text(c.lost_value)),
                Column(tr("Conflicts", "Saisie sur"),
                       lambda c: c.lost_device_name or c.lost_device_id[-8:]),
                Column(
                    tr("Conflicts", "Réglé"),
                    lambda c: (tr("Conflicts", "gardée") if c.resolution == "kept"
                               else tr("Conflicts", "rétablie")) if c.resolved else "",
                ),
            ],
            parent,
        )
