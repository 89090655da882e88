"""Morocco's regions, provinces and communes (HCP codes, French and Arabic
names).  Static reference data loaded by the first migration from
`app/resources/reference/`; identical on every laptop and the server, so it does
not sync."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Region(Base):
    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name_fr: Mapped[str] = mapped_column(String(100))
    name_ar: Mapped[str] = mapped_column(String(100))


class Province(Base):
    __tablename__ = "province"

    # HCP codes reach 12 characters (e.g. 06.141.01.00).
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_fr: Mapped[str] = mapped_column(String(100))
    name_ar: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(40))
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)


class Commune(Base):
    __tablename__ = "commune"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_fr: Mapped[str] = mapped_column(String(100), index=True)
    name_ar: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(8))  # CommuneType
    province_code: Mapped[str] = mapped_column(ForeignKey("province.code"), index=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    population: Mapped[int | None] = mapped_column(Integer)
