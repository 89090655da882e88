"""Reference data for pick lists: provinces and communes (static, shared)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Commune, Province


@dataclass(frozen=True)
class ProvinceView:
    code: str
    name_fr: str
    name_ar: str
    region_code: str


@dataclass(frozen=True)
class CommuneView:
    code: str
    name_fr: str
    name_ar: str
    kind: str  # CommuneType
    province_code: str
    region_code: str

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" and self.name_ar else self.name_fr


def list_provinces(*, session: Session, region_code: str | None = None) -> list[ProvinceView]:
    query = select(Province).order_by(Province.name_fr)
    if region_code is not None:
        query = query.where(Province.region_code == region_code)
    return [
        ProvinceView(code=p.code, name_fr=p.name_fr, name_ar=p.name_ar, region_code=p.region_code)
        for p in session.scalars(query)
    ]


def list_communes(
    *,
    session: Session,
    region_code: str | None = None,
    province_code: str | None = None,
) -> list[CommuneView]:
    """Communes by French name (a region has a few hundred)."""
    query = select(Commune).order_by(Commune.name_fr, Commune.code)
    if region_code is not None:
        query = query.where(Commune.region_code == region_code)
    if province_code is not None:
        query = query.where(Commune.province_code == province_code)
    return [
        CommuneView(
            code=c.code,
            name_fr=c.name_fr,
            name_ar=c.name_ar,
            kind=c.kind,
            province_code=c.province_code,
            region_code=c.region_code,
        )
        for c in session.scalars(query)
    ]
