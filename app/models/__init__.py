"""SQLAlchemy 2.0 models: one schema, used by the laptop and the server."""

from app.models.base import Base, Syncable, syncable_classes, synced_fields
from app.models.coaching import CoachingSession, NextStep
from app.models.name_keys import beneficiary_name_keys
from app.models.people import (
    Beneficiary,
    Consent,
    Device,
    Enterprise,
    EnterpriseMember,
    EnterpriseStage,
    Team,
    User,
)
from app.models.reference import Commune, Province, Region
from app.models.search_text import beneficiary_search_text
from app.models.support import Application, Programme, SupportDelivered
from app.models.sync_state import Conflict, LocalState
from app.models.training import (
    Attendance,
    Enrolment,
    TourStop,
    TrainingModule,
    TrainingSession,
)

__all__ = [
    "Application",
    "Attendance",
    "Base",
    "Beneficiary",
    "CoachingSession",
    "Commune",
    "Conflict",
    "Consent",
    "Device",
    "Enrolment",
    "Enterprise",
    "EnterpriseMember",
    "EnterpriseStage",
    "LocalState",
    "NextStep",
    "Programme",
    "Province",
    "Region",
    "SupportDelivered",
    "Syncable",
    "Team",
    "TourStop",
    "TrainingModule",
    "TrainingSession",
    "User",
    "beneficiary_name_keys",
    "beneficiary_search_text",
    "syncable_classes",
    "synced_fields",
]
