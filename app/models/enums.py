"""Closed vocabularies of the programme, stored as short codes.

Codes are stable identifiers (they sync and appear in exports); the
interface translates them for display.
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class AgeBand(StrEnum):
    UNDER_18 = "under_18"
    YOUTH_18_35 = "18_35"
    ADULT_36_45 = "36_45"
    OVER_45 = "over_45"
    UNKNOWN = "unknown"


class EducationLevel(StrEnum):
    NONE = "none"
    PRIMARY = "primary"
    MIDDLE = "middle"
    SECONDARY = "secondary"
    VOCATIONAL = "vocational"
    HIGHER = "higher"


class BeneficiaryStatus(StrEnum):
    IDEA = "idea"
    AUTO_ENTREPRENEUR = "auto_entrepreneur"
    TPE = "tpe"
    COOPERATIVE = "cooperative"
    ASSOCIATION = "association"
    INFORMAL = "informal"


class ProjectStage(StrEnum):
    IDEA = "idea"
    PRE_CREATION = "pre_creation"
    CREATION = "creation"
    POST_CREATION = "post_creation"


class PriorSupport(StrEnum):
    INDH = "indh"
    INTELAKA = "intelaka"
    FORSA = "forsa"
    ANAPEC = "anapec"
    OTHER = "other"


class Sector(StrEnum):
    AGRICULTURE = "agriculture"
    AGRIFOOD = "agrifood"
    CRAFTS = "crafts"
    TRADE = "trade"
    SERVICES = "services"
    TOURISM = "tourism"
    CONSTRUCTION = "construction"
    TEXTILE = "textile"
    FISHING = "fishing"
    DIGITAL = "digital"
    TRANSPORT = "transport"
    OTHER = "other"


class LegalForm(StrEnum):
    AUTO_ENTREPRENEUR = "ae"
    TPE = "tpe"
    COOPERATIVE = "cooperative"
    ASSOCIATION = "association"
    GIE = "gie"
    INFORMAL = "informal"


class Role(StrEnum):
    TRAINER = "trainer"
    COORDINATOR = "coordinator"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class ConsentMethod(StrEnum):
    PAPER = "paper"
    ORAL = "oral"
    DIGITAL = "digital"
    SOURCE_LIST = "source_list"


class SupportKind(StrEnum):
    EQUIPMENT = "equipment"
    REFERRAL = "referral"
    CERTIFICATE = "certificate"
    OTHER = "other"


class ApplicationStatus(StrEnum):
    RECEIVED = "received"
    SHORTLISTED = "shortlisted"
    SELECTED = "selected"
    REJECTED = "rejected"


class CommuneType(StrEnum):
    URBAN = "urban"
    RURAL = "rural"


class ModuleTheme(StrEnum):
    """The themes of the training modules (reference/training_modules.csv),
    which coaching topics reuse."""

    AUTO_ENTREPRENEUR = "auto_entrepreneur"
    FORMALISATION = "formalisation"
    BUSINESS_PLAN = "business_plan"
    FINANCIAL_MANAGEMENT = "financial_management"
    PRICING_MARKETING = "pricing_marketing"
    FINANCING = "financing"
    COOPERATIVE_GOVERNANCE = "cooperative_governance"
    DIGITAL = "digital"
    QUALITY = "quality"
    COMMUNICATION = "communication"
    PUBLIC_PROCUREMENT = "public_procurement"
