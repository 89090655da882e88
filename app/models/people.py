"""Teams, their users, beneficiaries with their consent, and enterprises."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import ID, Base, JSONText, Syncable


class Team(Syncable, Base):
    """One bus and its crew."""

    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(120))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"))


class User(Syncable, Base):
    """A trainer or coordinator.  Password hashes sync within the team so
    that any of the team's laptops can log its people in offline."""

    __tablename__ = "app_user"

    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # Role
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    # Sex, when the CCIS gave it: the window says "formatrice" of a woman.
    sex: Mapped[str | None] = mapped_column(String(1))


class Beneficiary(Syncable, Base):
    """A project holder, auto-entrepreneur, TPE owner or cooperative member."""

    __tablename__ = "beneficiary"
    local_columns: ClassVar[frozenset[str]] = frozenset({"search_text", "name_keys"})
    # Law 09-08: once `erased_on` is set these hold, whatever is written
    # before or after (the merge's erasure rule, app.sync.merge.Erasure).
    erasure_blank: ClassVar[dict[str, Any]] = {
        "first_name": "—",
        "last_name": "—",
        "name_ar": None,
        "cin": None,
        "phone": None,
        "birth_date": None,
        "douar": None,
        "notes": None,
        "deleted": True,
    }

    last_name: Mapped[str] = mapped_column(String(120))
    first_name: Mapped[str] = mapped_column(String(120))
    name_ar: Mapped[str | None] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))  # Sex
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    # When only the year is known (walk-ins); birth_date wins when both are set.
    birth_year: Mapped[int | None] = mapped_column(Integer)
    cin: Mapped[str | None] = mapped_column(String(12), index=True)
    phone: Mapped[str | None] = mapped_column(String(16), index=True)  # E.164
    commune_code: Mapped[str | None] = mapped_column(ForeignKey("commune.code"), index=True)
    douar: Mapped[str | None] = mapped_column(String(200))
    education_level: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(24))  # BeneficiaryStatus
    sector: Mapped[str | None] = mapped_column(String(24))
    project_stage: Mapped[str | None] = mapped_column(String(16))  # ProjectStage
    prior_support: Mapped[list[str]] = mapped_column(JSONText, default=list)
    registered_on: Mapped[dt.date] = mapped_column(Date, index=True)
    registered_by: Mapped[str | None] = mapped_column(ID)
    notes: Mapped[str | None] = mapped_column(Text)
    # Set when a coordinator merged this record into another (a synced op).
    merged_into_id: Mapped[str | None] = mapped_column(ID, index=True)
    # The day the person's data was erased on request; never unset.
    erased_on: Mapped[dt.date | None] = mapped_column(Date)
    # Normalised Latin + Arabic name words, CIN and phone digits; computed
    # locally and indexed by FTS5 on the laptop.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Consonant skeletons of the full name for the duplicate check, computed
    # locally (app.models.name_keys) and indexed with the commune below.
    name_keys: Mapped[str] = mapped_column(Text, default="", server_default="")

    @property
    def display_name(self) -> str:
        return full_name(self.first_name, self.last_name, self.name_ar)


def full_name(first_name: str | None, last_name: str | None, name_ar: str | None) -> str:
    """The name a person is shown by: first and last name in Latin letters,
    or the name in Arabic when the Latin one is not complete (someone
    registered by their Arabic name only keeps empty Latin names)."""
    first, last = (first_name or "").strip(), (last_name or "").strip()
    if (first and last) or not (name_ar or "").strip():
        return f"{first} {last}".strip()
    return (name_ar or "").strip()


def name_order(
    first_name: str | None, last_name: str | None, name_ar: str | None
) -> tuple[str, str]:
    """The key people are listed by: last name then first name, the Arabic
    name standing for the last name of someone without a Latin one."""
    last = (last_name or "").strip() or (name_ar or "").strip()
    return (last.casefold(), (first_name or "").strip().casefold())


# The duplicate check reads a commune's name keys from this index alone.
Index("ix_beneficiary_commune_name_keys", Beneficiary.commune_code, Beneficiary.name_keys)


class Consent(Syncable, Base):
    """Consent under law 09-08, recorded with the person; the latest applies."""

    __tablename__ = "consent"

    beneficiary_id: Mapped[str] = mapped_column(ID, index=True)
    notice_version: Mapped[str] = mapped_column(String(20))
    given_on: Mapped[dt.date] = mapped_column(Date)
    collected_by: Mapped[str] = mapped_column(String(120))
    method: Mapped[str] = mapped_column(String(16))  # ConsentMethod
    photos: Mapped[bool] = mapped_column(default=False)
    share_with_partners: Mapped[bool] = mapped_column(default=False)
    sms_whatsapp: Mapped[bool] = mapped_column(default=False)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)


class Enterprise(Syncable, Base):
    """A project or enterprise: AE, TPE, cooperative, association, GIE, informal."""

    __tablename__ = "enterprise"

    name: Mapped[str] = mapped_column(String(200))
    legal_form: Mapped[str] = mapped_column(String(16))  # LegalForm
    ice: Mapped[str | None] = mapped_column(String(15))
    sector: Mapped[str | None] = mapped_column(String(24))
    commune_code: Mapped[str | None] = mapped_column(ForeignKey("commune.code"), index=True)
    created_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class EnterpriseMember(Syncable, Base):
    """A beneficiary's membership of an enterprise (deterministic id)."""

    __tablename__ = "enterprise_member"

    enterprise_id: Mapped[str] = mapped_column(ID, index=True)
    beneficiary_id: Mapped[str] = mapped_column(ID, index=True)
    role: Mapped[str | None] = mapped_column(String(60))


class EnterpriseStage(Syncable, Base):
    """The stage of a project over time; the latest assessment is current."""

    __tablename__ = "enterprise_stage"

    enterprise_id: Mapped[str] = mapped_column(ID)  # indexed below, in assessment order
    stage: Mapped[str] = mapped_column(String(16))  # ProjectStage
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    assessed_by: Mapped[str | None] = mapped_column(ID)


# An enterprise's current stage is one seek: assessments in (date, clock, id)
# order, with what the indicators read.
Index("ix_enterprise_stage_latest", EnterpriseStage.enterprise_id, EnterpriseStage.assessed_on,
      EnterpriseStage.hlc, EnterpriseStage.id, EnterpriseStage.deleted, EnterpriseStage.stage)


class Device(Syncable, Base):
    """A laptop of the team, as the team's laptops know it."""

    __tablename__ = "device"

    name: Mapped[str] = mapped_column(String(120))
    enrolled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
