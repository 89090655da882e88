"""Deterministic demo data at scale for the Tanger-Tétouan-Al Hoceima region.

`generate_demo` fills an empty laptop database with one or two buses, their
crew, a year of tour stops in the region's real communes (rural ones
weighted), people with Latin and Arabic names, trainings with cohorts carried
forward, attendance, coaching with next steps, enterprises and cooperatives,
a selection funnel, equipment and certificates.

Same seed and same `today` give the same rows, ids included: ids are UUIDv7
built from the seeded generator and the row's date, attendance / enrolment /
membership ids are the usual derived ones.  Rows go in with Core bulk
`insert()` executemany in chunks, inside the caller's transaction, stamped as
`app.core.stamping.stamp_new` would stamp them (one clock tick for the
whole job: it is one write).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.orm import Session

from app.core.clock import HybridLogicalClock
from app.core.errors import CaravaneError
from app.core.stamping import NEW_ROW
from app.models import (
    Application,
    Attendance,
    Beneficiary,
    CoachingSession,
    Commune,
    Consent,
    Enrolment,
    Enterprise,
    EnterpriseMember,
    EnterpriseStage,
    NextStep,
    Programme,
    SupportDelivered,
    Team,
    TourStop,
    TrainingModule,
    TrainingSession,
    User,
    beneficiary_name_keys,
    beneficiary_search_text,
)
from app.models.ids import attendance_id, enrolment_id, membership_id
from app.services import accounts
from app.services import demo_names as names
from app.services.documents import certificate_serial, training_key

REGION_CODE = "01"
CHUNK = 5000
DEMO_CACHE_KIB = 256 * 1024
NOTICE_VERSION = "2026-01"
PROGRAMME_CANDIDATES = 238
PROGRAMME_SHORTLISTED = 90
PROGRAMME_SELECTED = 36

# CIN letters by province (the office that issued the card).
CIN_PREFIXES = {
    "01.511": ("K", "KA", "KB"),
    "01.227": ("K", "KB"),
    "01.571": ("L", "LA", "LB"),
    "01.573": ("L", "LA"),
    "01.331": ("LC", "LG"),
    "01.051": ("R", "RA"),
    "01.151": ("LE", "L"),
    "01.405": ("Z", "ZG"),
}
# Province split between the two buses: the west and the Rif.
TEAM_PROVINCES = (
    ("01.511", "01.227", "01.571", "01.573", "01.331"),
    ("01.051", "01.151", "01.405"),
)
# Second digit(s) of Moroccan mobile numbers that are all valid mobiles.
MOBILE_PREFIXES = ("61", "62", "63", "64", "65", "66", "67", "69", "70", "71", "76", "77", "78")
# Sequences of modules a cohort follows at one stop (codes of the catalogue).
TRACKS = (
    ("AE-STATUT", "GESTION-FIN", "PRIX-MARKETING"),
    ("BUSINESS-PLAN", "FINANCEMENT", "COMMUNICATION"),
    ("COOP-GOUV", "COMPTA-COOP"),
    ("FORMALISATION", "AE-STATUT"),
    ("QUALITE-AGRO", "PRIX-MARKETING"),
    ("NUMERIQUE", "PRIX-MARKETING"),
    ("FINANCEMENT",),
    ("MARCHES-PUBLICS",),
    ("GESTION-FIN", "NUMERIQUE"),
)
COACHING_TOPICS = (
    "business_plan", "financing", "pricing_marketing", "formalisation",
    "financial_management", "cooperative_governance", "digital", "quality",
)
NEXT_STEPS = (
    "Déposer le dossier Intelaka à l'agence bancaire",
    "S'inscrire au registre national de l'auto-entrepreneur",
    "Demander trois devis pour le matériel",
    "Tenir le cahier de caisse pendant un mois",
    "Préparer l'assemblée générale de la coopérative",
    "Ouvrir un compte bancaire professionnel",
    "Demander l'autorisation sanitaire ONSSA",
    "Créer une page WhatsApp Business",
    "Calculer le coût de revient des trois produits principaux",
    "Compléter le dossier INDH avec l'attestation de résidence",
    "Rencontrer le conseiller du CRI",
    "Faire imprimer des étiquettes pour les produits",
)
COACHING_NOTES = (
    "Projet clair, besoin d'aide pour le plan de financement.",
    "Activité informelle depuis trois ans ; discuté de la formalisation.",
    "Bonne maîtrise du produit, ventes irrégulières.",
    "La coopérative manque de registres à jour.",
    "Souhaite acheter du matériel ; orienté vers l'appel INDH.",
    "Prix de vente sous le coût de revient ; refait le calcul ensemble.",
    None,
)
EQUIPMENT = (
    ("Machine à coudre industrielle", 9500),
    ("Four professionnel et pétrin", 32000),
    ("Ruches et matériel apicole", 14000),
    ("Presse à huile d'olive (petite capacité)", 38000),
    ("Réfrigérateur vitrine", 12000),
    ("Outillage de menuiserie", 18000),
    ("Métier à tisser", 7500),
    ("Kit de réparation de téléphones et stock", 8000),
    ("Tricycle de livraison", 21000),
    ("Matériel de coiffure", 11000),
)


class DemoCancelled(CaravaneError):
    """The user cancelled the demo; the caller's transaction must roll back."""

    code = "demo_cancelled"


class DemoNotEmpty(CaravaneError):
    """Demo data goes into an empty database only (its ids are fixed per seed)."""

    code = "demo_not_empty"


# progress(phase, done, total): phase is a code ("people", "coaching", ...).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoLogin:
    name: str
    role: str
    team_name: str
    password: str


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    today: dt.date
    teams: int
    beneficiaries: int
    stops: int
    sessions: int
    attendances: int
    coaching_sessions: int
    next_steps: int
    enterprises: int
    applications: int
    equipment: int
    certificates: int
    logins: tuple[DemoLogin, ...]


def has_beneficiaries(*, session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Beneficiary)) != 0


@dataclass
class _Commune:
    code: str
    name_fr: str
    kind: str
    province_code: str


@dataclass
class _Stop:
    id: str
    team: int
    commune: _Commune
    starts_on: dt.date
    ends_on: dt.date

    @property
    def days(self) -> list[dt.date]:
        return [
            self.starts_on + dt.timedelta(days=i)
            for i in range((self.ends_on - self.starts_on).days + 1)
        ]


@dataclass
class _Person:
    """What later phases need to know about a beneficiary."""

    id: str
    team: int
    sex: str
    last_name: str
    commune: _Commune
    registered_on: dt.date
    status: str
    sector: str
    stage: str
    attended_track: bool = False


@dataclass
class _Target:
    """Where one table's rows go: an untyped copy of the table (values are
    converted once here, with the real column types' own processors, rather
    than by SQLAlchemy for every parameter) and the constant sync columns."""

    insert: Any
    converters: list[tuple[str, Callable[[Any], Any]]]
    meta: dict[str, Any]
    rows: list[dict[str, Any]] = field(default_factory=list)


class _Writer:
    """Buffers rows per table and inserts them in chunks (Core executemany)."""

    def __init__(
        self, session: Session, meta: dict[str, Any], cancel: Callable[[], bool] | None
    ) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.meta = {**meta, "pending": dict(NEW_ROW)}
        self.cancel = cancel
        self.targets: dict[str, _Target] = {}
        self.counts: dict[str, int] = {}

    def _target(self, table: Table) -> _Target:
        converters: dict[str, Callable[[Any], Any]] = {}
        for column in table.columns:
            processor = column.type.dialect_impl(self.dialect).bind_processor(self.dialect)
            if processor is not None:
                converters[column.key] = processor
        meta = {
            key: converters[key](value) if key in converters and value is not None else value
            for key, value in self.meta.items()
        }
        untyped = sql_table(table.name, *(sql_column(c.key) for c in table.columns))
        return _Target(
            insert=insert(untyped),
            converters=[(k, f) for k, f in converters.items() if k not in meta],
            meta=meta,
        )

    def add(self, model: type[Any], row: dict[str, Any]) -> None:
        table: Table = model.__table__
        name = table.name
        target = self.targets.get(name)
        if target is None:
            target = self.targets[name] = self._target(table)
        for key, convert in target.converters:
            value = row.get(key)
            if value is not None:
                row[key] = convert(value)
        row.update(target.meta)
        target.rows.append(row)
        self.counts[name] = self.counts.get(name, 0) + 1
        if len(target.rows) >= CHUNK:
            self.flush(name)

    def flush(self, name: str | None = None) -> None:
        if self.cancel is not None and self.cancel():
            raise DemoCancelled()
        for key in [name] if name else list(self.targets):
            target = self.targets[key]
            if target.rows:
                self.session.execute(target.insert, target.rows)
                target.rows.clear()


class _Ids:
    """UUIDv7 drawn from the seeded generator, time-ordered by the row's day."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def on(self, day: dt.date) -> str:
        start = dt.datetime(day.year, day.month, day.day, 7, tzinfo=dt.UTC)
        millis = int(start.timestamp() * 1000) + self.rng.randrange(12 * 3600 * 1000)
        value = (
            (millis << 80)
            | (0x7 << 76)
            | (self.rng.getrandbits(12) << 64)
            | (0b10 << 62)
            | self.rng.getrandbits(62)
        )
        hex_ = f"{value:032x}"
        return f"{hex_[:8]}-{hex_[8:12]}-{hex_[12:16]}-{hex_[16:20]}-{hex_[20:]}"


class _Picker:
    """Weighted choice with precomputed cumulative weights (fast at scale)."""

    def __init__(self, rng: random.Random, items: Sequence[Any], weights: Sequence[float]):
        self.rng = rng
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(weights))

    def __call__(self) -> Any:
        point = self.rng.random() * self.cumulative[-1]
        return self.items[bisect.bisect_right(self.cumulative, point)]


def _name_picker(rng: random.Random, entries: Sequence[names.Name], flatness: float) -> _Picker:
    # A few names are very common (Mohamed, Fatima), most are rarer.
    return _Picker(rng, entries, [1.0 / (rank + flatness) for rank in range(len(entries))])


class _Generator:
    def __init__(
        self,
        session: Session,
        *,
        beneficiaries: int,
        seed: int,
        today: dt.date,
        progress: Progress | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        clock: HybridLogicalClock | None = session.info.get("clock")
        device_id: str | None = session.info.get("device_id")
        if clock is None or device_id is None:
            raise RuntimeError("session has no clock: open it with Database.session()")
        self.session = session
        self.total = beneficiaries
        self.seed = seed
        self.today = today
        self.progress = progress
        self.rng = random.Random(seed)
        self.ids = _Ids(self.rng)
        self.hlc = clock.tick()
        self.device_id = device_id
        self.writer: _Writer | None = None
        self.cancel = cancel
        self.used_cins: set[str] = set()
        self.used_phones: set[str] = set()
        self.people: list[_Person] = []
        self.stops: list[_Stop] = []
        self.session_count = 0
        # Per team: the latest held session and its cohort (carried forward today).
        self.last_cohort: dict[int, tuple[str, list[str]]] = {}
        self.certificates = 0
        rng = self.rng
        self.female = _name_picker(rng, names.FEMALE_FIRST_NAMES, 6)
        self.male = _name_picker(rng, names.MALE_FIRST_NAMES, 4)
        self.family = _name_picker(rng, names.FAMILY_NAMES, 25)
        self.education = _Picker(
            rng,
            ["none", "primary", "middle", "secondary", "vocational", "higher"],
            [15, 20, 22, 25, 8, 10],
        )
        self.status = _Picker(
            rng,
            ["idea", "auto_entrepreneur", "informal", "tpe", "cooperative", "association"],
            [40, 18, 17, 8, 14, 3],
        )
        self.sector = _Picker(
            rng,
            [
                "agriculture", "agrifood", "crafts", "trade", "services", "textile",
                "tourism", "construction", "fishing", "digital", "transport", "other",
            ],
            [20, 15, 10, 14, 12, 8, 4, 4, 3, 4, 3, 3],
        )
        self.age = _Picker(rng, [(16, 17), (18, 35), (36, 45), (46, 65)], [3, 60, 25, 12])
        self.consent_method = _Picker(rng, ("paper", "oral", "digital"), (70, 20, 10))
        self.mobile = _Picker(rng, MOBILE_PREFIXES, [2, 3, 2, 1, 2, 4, 3, 1, 4, 2, 2, 3, 2])

    # -- set-up -----------------------------------------------------------

    def run(self) -> DemoSummary:
        if has_beneficiaries(session=self.session):
            raise DemoNotEmpty()
        team_count = 2 if self.total >= 1000 else 1
        teams, logins = self._crew(team_count)
        self.team_ids = [t[0] for t in teams]
        self.trainers = [t[1] for t in teams]  # [(user id, name)] per team
        self.coordinators = [t[2] for t in teams]
        self.writer = _Writer(self.session, self._meta(), self.cancel)
        self.modules = {
            m.code: m
            for m in self.session.scalars(
                select(TrainingModule).where(TrainingModule.deleted.is_(False))
            )
        }
        communes = [
            _Commune(c.code, c.name_fr, c.kind, c.province_code)
            for c in self.session.scalars(
                select(Commune).where(Commune.region_code == REGION_CODE).order_by(Commune.code)
            )
        ]
        self._plan_stops(communes, team_count)
        self._people_and_trainings()
        enterprises = self._enterprises()
        self._coaching()
        applications, equipment = self._selection()
        self.writer.flush()
        self._report("done", 1, 1)
        counts = self.writer.counts
        return DemoSummary(
            seed=self.seed,
            today=self.today,
            teams=team_count,
            beneficiaries=counts.get("beneficiary", 0),
            stops=counts.get("tour_stop", 0),
            sessions=counts.get("training_session", 0),
            attendances=counts.get("attendance", 0),
            coaching_sessions=counts.get("coaching_session", 0),
            next_steps=counts.get("next_step", 0),
            enterprises=enterprises,
            applications=applications,
            equipment=equipment,
            certificates=self.certificates,
            logins=tuple(logins),
        )

    def _meta(self) -> dict[str, Any]:
        """The sync columns, as tracking.stamp_new sets them (minus team_id)."""
        return {
            "deleted": False,
            "created_hlc": self.hlc,
            "hlc": self.hlc,
            "field_hlcs": {},
            "device_id": self.device_id,
            "server_seq": None,
        }

    def _add(self, model: type[Any], team: int, row: dict[str, Any]) -> None:
        assert self.writer is not None
        row["team_id"] = self.team_ids[team]
        self.writer.add(model, row)

    def _report(self, phase: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(phase, done, total)

    def _crew(
        self, team_count: int
    ) -> tuple[list[tuple[str, list[tuple[str, str]], tuple[str, str]]], list[DemoLogin]]:
        """Teams and users through the accounts service (so passwords hash
        the usual way), then given ids fixed by the seed so that two demo
        databases made with one seed are identical."""
        start = self.today - dt.timedelta(days=400)
        teams: list[tuple[str, list[tuple[str, str]], tuple[str, str]]] = []
        logins: list[DemoLogin] = []
        for index in range(team_count):
            team_name = names.DEMO_TEAMS[index]
            view = accounts.create_team(
                session=self.session, name=team_name, region_code=REGION_CODE
            )
            team_id = self.ids.on(start)
            self.session.execute(
                update(Team).where(Team.id == view.id).values(id=team_id, team_id=team_id),
                execution_options={"synchronize_session": False},
            )
            trainers: list[tuple[str, str]] = []
            coordinator = ("", "")
            for name, role, team_index in names.DEMO_CREW:
                if team_index != index:
                    continue
                user = accounts.create_user(
                    session=self.session,
                    team_id=team_id,
                    name=name,
                    role=role,
                    password=names.DEMO_PASSWORD,
                )
                user_id = self.ids.on(start)
                self.session.execute(
                    update(User).where(User.id == user.id).values(id=user_id),
                    execution_options={"synchronize_session": False},
                )
                logins.append(DemoLogin(name, role, team_name, names.DEMO_PASSWORD))
                if role == "coordinator":
                    coordinator = (user_id, name)
                else:
                    trainers.append((user_id, name))
            teams.append((team_id, trainers, coordinator))
        # The ORM objects still carry the random ids; forget them.
        self.session.expunge_all()
        if accounts.local_team_id(session=self.session) is None:
            accounts.set_local_team(session=self.session, team_id=teams[0][0])
        return teams, logins

    def _plan_stops(self, communes: list[_Commune], team_count: int) -> None:
        """A stop every few days over the past year, per bus, plus a few
        planned in the coming weeks."""
        rng = self.rng
        self.communes_by_province: dict[str, list[_Commune]] = {}
        for commune in communes:
            self.communes_by_province.setdefault(commune.province_code, []).append(commune)
        self.commune_pickers: dict[str, _Picker] = {
            code: _Picker(rng, items, [3.0 if c.kind == "rural" else 1.0 for c in items])
            for code, items in self.communes_by_province.items()
        }
        # Enough stops for cohorts of a realistic size, at most one every few days.
        wanted = max(3, self.total // (25 * team_count))
        self.future_stops: list[_Stop] = []
        for team in range(team_count):
            provinces = TEAM_PROVINCES[team] if team_count == 2 else tuple(CIN_PREFIXES)
            pool = [c for p in provinces for c in self.communes_by_province.get(p, [])]
            picker = _Picker(rng, pool, [3.0 if c.kind == "rural" else 1.0 for c in pool])
            calendar: list[tuple[dt.date, dt.date]] = []
            day = self.today - dt.timedelta(days=364 - rng.randrange(3))
            while day < self.today + dt.timedelta(days=21):
                ends = day + dt.timedelta(days=rng.choice((0, 1, 1, 2, 2, 3)))
                calendar.append((day, ends))
                day = ends + dt.timedelta(days=rng.randint(2, 5))
            past = [c for c in calendar if c[1] < self.today]
            future = [c for c in calendar if c[0] > self.today]
            if len(past) > wanted:
                past = sorted(rng.sample(past, wanted))
            last_commune: _Commune | None = None
            # A stop today, so the demo opens on a session to take attendance.
            for starts_on, ends_on in [*past, (self.today, self.today), *future[:2]]:
                commune = picker()
                if starts_on == self.today and last_commune is not None:
                    commune = last_commune  # back for the cohort's next session
                stop = _Stop(self.ids.on(starts_on), team, commune, starts_on, ends_on)
                place = rng.choice(
                    ("Maison des jeunes", "Siège de la commune", "Foyer féminin",
                     "Dar Taliba", "Centre socio-culturel", "Souk hebdomadaire")
                )
                self._add(
                    TourStop,
                    team,
                    {
                        "id": stop.id,
                        "commune_code": stop.commune.code,
                        "starts_on": starts_on,
                        "ends_on": ends_on,
                        "place": f"{place}, {stop.commune.name_fr}",
                        "notes": None,
                    },
                )
                if starts_on >= self.today:
                    self.future_stops.append(stop)
                else:
                    self.stops.append(stop)
                    last_commune = commune

    # -- people, sessions, attendance -------------------------------------

    def _people_and_trainings(self) -> None:
        rng = self.rng
        total = self.total
        stops = self.stops
        # Spread people over the stops; each stop gets at least a few.
        shares = [rng.uniform(0.6, 1.4) for _ in stops]
        scale = total / sum(shares)
        counts = [int(s * scale) for s in shares]
        for i in range(total - sum(counts)):
            counts[i % len(counts)] += 1
        done = 0
        for stop, count in zip(stops, counts, strict=True):
            members = [self._person(stop) for _ in range(count)]
            self._trainings(stop, members)
            done += count
            self._report("people", done, total)
        for stop in self.future_stops:
            self._planned_sessions(stop)

    def _person(self, stop: _Stop) -> _Person:
        rng = self.rng
        team = stop.team
        sex = "F" if rng.random() < 0.55 else "M"
        first_spellings, first_ar = (self.female if sex == "F" else self.male)()
        last_spellings, last_ar = self.family()
        first = self._spelling(first_spellings)
        last = self._spelling(last_spellings)
        if rng.random() < 0.75:
            commune = stop.commune
        else:
            commune = self.commune_pickers[stop.commune.province_code]()
        # Most register on the opening day and join a training cohort.
        registered_on = stop.starts_on if rng.random() < 0.75 else rng.choice(stop.days)
        low, high = self.age()
        age_days = rng.randint(low * 365, high * 365 + 364)
        born = registered_on - dt.timedelta(days=age_days)
        draw = rng.random()
        birth_date = born if draw < 0.88 else None
        birth_year = born.year if 0.88 <= draw < 0.96 else None
        cin = self._cin(commune.province_code) if high >= 18 and rng.random() < 0.92 else None
        phone = self._phone() if rng.random() < 0.88 else None
        name_ar = f"{first_ar} {last_ar}" if rng.random() < 0.9 else None
        status = self.status()
        sector = self.sector()
        if status == "idea":
            stage = rng.choice(("idea", "idea", "pre_creation"))
        elif status == "informal":
            stage = rng.choice(("pre_creation", "creation"))
        else:
            stage = rng.choice(("creation", "post_creation", "post_creation"))
        prior: list[str] = []
        if rng.random() < 0.25:
            prior = sorted(rng.sample(["indh", "intelaka", "forsa", "anapec", "other"],
                                      rng.choice((1, 1, 2))))
        trainer_id, trainer_name = rng.choice(self.trainers[team])
        person = _Person(
            self.ids.on(registered_on), team, sex, last, commune, registered_on,
            status, sector, stage,
        )
        self._add(
            Beneficiary,
            team,
            {
                "id": person.id,
                "last_name": last,
                "first_name": first,
                "name_ar": name_ar,
                "sex": sex,
                "birth_date": birth_date,
                "birth_year": birth_year,
                "cin": cin,
                "phone": phone,
                "commune_code": commune.code,
                "douar": rng.choice(
                    names.DOUARS if commune.kind == "rural" else names.QUARTERS
                ),
                "education_level": self.education(),
                "status": status,
                "sector": sector,
                "project_stage": stage,
                "prior_support": prior,
                "registered_on": registered_on,
                "registered_by": trainer_id,
                "notes": None,
                "merged_into_id": None,
                "search_text": beneficiary_search_text(
                    first_name=first, last_name=last, name_ar=name_ar, cin=cin, phone=phone
                ),
                "name_keys": beneficiary_name_keys(
                    first_name=first, last_name=last, name_ar=name_ar
                ),
            },
        )
        method = self.consent_method()
        self._add(
            Consent,
            team,
            {
                "id": self.ids.on(registered_on),
                "beneficiary_id": person.id,
                "notice_version": NOTICE_VERSION,
                "given_on": registered_on,
                "collected_by": trainer_name,
                "method": method,
                "photos": rng.random() < 0.6,
                "share_with_partners": rng.random() < 0.4,
                "sms_whatsapp": phone is not None and rng.random() < 0.8,
                "withdrawn_on": None,
            },
        )
        self.people.append(person)
        return person

    def _spelling(self, spellings: tuple[str, ...]) -> str:
        if len(spellings) > 1 and self.rng.random() < 0.2:
            return self.rng.choice(spellings[1:])
        return spellings[0]

    def _cin(self, province_code: str) -> str:
        rng = self.rng
        prefixes = CIN_PREFIXES.get(province_code, ("K",))
        while True:
            prefix = rng.choice(prefixes) if rng.random() < 0.92 else rng.choice(
                ("K", "L", "R", "BK", "AB")
            )
            width = rng.choice((5, 6, 6, 6)) if len(prefix) == 2 else 6
            cin = f"{prefix}{rng.randrange(10 ** (width - 1), 10**width)}"
            if cin not in self.used_cins:
                self.used_cins.add(cin)
                return cin

    def _phone(self) -> str:
        while True:
            phone = f"+212{self.mobile()}{self.rng.randrange(10**7):07d}"
            if phone not in self.used_phones:
                self.used_phones.add(phone)
                return phone

    def _trainings(self, stop: _Stop, members: list[_Person]) -> None:
        """Cohorts of the stop follow a track of modules, one session after
        the other, each carrying the previous one's roster forward."""
        rng = self.rng
        pool = [p for p in members if p.registered_on == stop.starts_on and rng.random() < 0.85]
        rng.shuffle(pool)
        days = stop.days
        while pool:
            size = min(len(pool), rng.randint(20, 45))
            cohort, pool = pool[:size], pool[size:]
            if len(cohort) < 8 and self.session_count > 0:
                break  # too few left for a group: they only registered
            # Two sessions a day when the stop is shorter than the track.
            track = rng.choice(TRACKS)[: 2 * len(days)]
            packed = len(days) < len(track)
            trainers = self._session_trainers(stop.team)
            previous: str | None = None
            held: list[str] = []
            codes: list[str] = []
            present_all = {p.id for p in cohort}
            morning = rng.random() < 0.6
            for step, code in enumerate(track):
                module = self.modules.get(code)
                if module is None:
                    continue
                if packed:
                    day = days[step // 2]
                    start = dt.time(8, 30) if step % 2 == 0 else dt.time(14, 0)
                    hours = min(module.planned_hours, 4.0)
                else:
                    day = days[step]
                    hours = min(module.planned_hours, 6.0)
                    start = dt.time(9, 0) if morning or hours > 3 else dt.time(14, 0)
                start_dt = dt.datetime.combine(day, start)
                end_dt = start_dt + dt.timedelta(hours=hours)
                cancelled = rng.random() < 0.02
                session_id = self.ids.on(day)
                self.session_count += 1
                self._add(
                    TrainingSession,
                    stop.team,
                    {
                        "id": session_id,
                        "module_id": module.id,
                        "stop_id": stop.id,
                        "session_date": day,
                        "start_time": start_dt.time(),
                        "end_time": end_dt.time(),
                        "trainer_ids": trainers,
                        "capacity": rng.choice((40, 50, 60)),
                        "status": "cancelled" if cancelled else "held",
                        "cohort_from_id": previous,
                        "place": None,
                        "notes": None,
                    },
                )
                previous = session_id
                for person in cohort:
                    self._add(
                        Enrolment,
                        stop.team,
                        {
                            "id": enrolment_id(session_id, person.id),
                            "session_id": session_id,
                            "beneficiary_id": person.id,
                        },
                    )
                if cancelled:
                    present_all.clear()
                    continue
                held.append(session_id)
                codes.append(code)
                present_all &= self._attendance(
                    session_id, stop.team, cohort, start_dt, end_dt, trainers[0]
                )
            if held and held[-1] == previous:
                self.last_cohort[stop.team] = (previous, [p.id for p in cohort])
            if len(track) >= 2:
                for person in cohort:
                    if person.id in present_all:
                        person.attended_track = True
                        if rng.random() < 0.6:
                            self._certificate(person, codes, held, days[-1])

    def _session_trainers(self, team: int) -> list[str]:
        crew = [t[0] for t in self.trainers[team]]
        return sorted(self.rng.sample(crew, self.rng.choice((1, 1, 2))))

    def _attendance(
        self,
        session_id: str,
        team: int,
        cohort: list[_Person],
        start: dt.datetime,
        end: dt.datetime,
        trainer_id: str,
    ) -> set[str]:
        """Marks the cohort present / absent / excused; returns who was
        there the whole time."""
        rng = self.rng
        full: set[str] = set()
        planned = (end - start).total_seconds() / 3600
        for person in cohort:
            draw = rng.random()
            arrived: dt.datetime | None = None
            left: dt.datetime | None = None
            hours = 0.0
            if draw < 0.82:
                status = "present"
                arrived = start + dt.timedelta(minutes=rng.choice((0, 0, 5, 10, 15, 25)))
                left = end
                if rng.random() < 0.1:  # left early: partial presence
                    left = end - dt.timedelta(minutes=rng.choice((45, 60, 90)))
                else:
                    full.add(person.id)
                hours = round(max(0.0, (left - arrived).total_seconds() / 3600), 2)
                hours = min(hours, planned)
            elif draw < 0.93:
                status = "absent"
            else:
                status = "excused"
            self._add(
                Attendance,
                team,
                {
                    "id": attendance_id(session_id, person.id),
                    "session_id": session_id,
                    "beneficiary_id": person.id,
                    "status": status,
                    "arrived_at": arrived,
                    "left_at": left,
                    "hours_attended": hours,
                    "recorded_by": trainer_id,
                },
            )
        return full

    def _certificate(
        self, person: _Person, codes: list[str], session_ids: list[str], day: dt.date
    ) -> None:
        """Recorded the way documents.issue_certificate records one, so that
        printing it again reuses the serial."""
        self.certificates += 1
        support_id = self.ids.on(day)
        self._add(
            SupportDelivered,
            person.team,
            {
                "id": support_id,
                "beneficiary_id": person.id,
                "enterprise_id": None,
                "programme_id": None,
                "kind": "certificate",
                "description": f"Attestation de participation : {', '.join(codes)} "
                f"[training:{training_key(session_ids)}]",
                "value_mad": None,
                "delivered_on": day,
                "delivered_by": self.coordinators[person.team][0],
                "serial": certificate_serial(support_id, day.year),
                "revoked": False,
            },
        )

    def _planned_sessions(self, stop: _Stop) -> None:
        """Two sessions planned at a coming stop; today's morning one carries
        forward the team's latest cohort (its people are expected)."""
        rng = self.rng
        carry = self.last_cohort.get(stop.team) if stop.starts_on == self.today else None
        for index, code in enumerate(rng.sample(sorted(self.modules), 2)):
            module = self.modules[code]
            day = stop.starts_on
            start = dt.datetime.combine(day, dt.time(9, 0) if index == 0 else dt.time(14, 0))
            end = start + dt.timedelta(hours=min(module.planned_hours, 4.0))
            session_id = self.ids.on(day)
            cohort_from, expected = carry if carry and index == 0 else (None, [])
            self._add(
                TrainingSession,
                stop.team,
                {
                    "id": session_id,
                    "module_id": module.id,
                    "stop_id": stop.id,
                    "session_date": day,
                    "start_time": start.time(),
                    "end_time": end.time(),
                    "trainer_ids": self._session_trainers(stop.team),
                    "capacity": 40,
                    "status": "planned",
                    "cohort_from_id": cohort_from,
                    "place": None,
                    "notes": None,
                },
            )
            for person_id in expected:
                self._add(
                    Enrolment,
                    stop.team,
                    {
                        "id": enrolment_id(session_id, person_id),
                        "session_id": session_id,
                        "beneficiary_id": person_id,
                    },
                )

    # -- coaching -----------------------------------------------------------

    def _coaching(self) -> None:
        rng = self.rng
        coached = [p for p in self.people if rng.random() < (0.2 if p.status != "idea" else 0.08)]
        for index, person in enumerate(coached):
            span = (self.today - person.registered_on).days
            count = rng.choice((1, 1, 1, 2, 2, 3))
            offsets = sorted(rng.randint(0, max(0, span)) for _ in range(count))
            for offset in offsets:
                held_on = person.registered_on + dt.timedelta(days=offset)
                coaching_id = self.ids.on(held_on)
                trainer_id = rng.choice(self.trainers[person.team])[0]
                self._add(
                    CoachingSession,
                    person.team,
                    {
                        "id": coaching_id,
                        "beneficiary_id": person.id,
                        "enterprise_id": self.enterprise_of.get(person.id),
                        "trainer_id": trainer_id,
                        "held_on": held_on,
                        "duration_minutes": rng.choice((30, 45, 60, 60, 90)),
                        "topics": sorted(rng.sample(COACHING_TOPICS, rng.choice((1, 2)))),
                        "notes": rng.choice(COACHING_NOTES),
                        "stage_assessed": person.stage,
                    },
                )
                if rng.random() < 0.75:
                    due_on = held_on + dt.timedelta(days=rng.randint(7, 45))
                    done = rng.random() < (0.6 if due_on < self.today else 0.15)
                    done_on = None
                    if done:
                        done_on = min(
                            self.today, held_on + dt.timedelta(days=rng.randint(3, 50))
                        )
                    self._add(
                        NextStep,
                        person.team,
                        {
                            "id": self.ids.on(held_on),
                            "coaching_id": coaching_id,
                            "beneficiary_id": person.id,
                            "description": rng.choice(NEXT_STEPS),
                            "due_on": due_on,
                            "done": done,
                            "done_on": done_on,
                        },
                    )
            if index % 2000 == 0:
                self._report("coaching", index, len(coached))
        self._report("coaching", len(coached), len(coached))

    # -- enterprises --------------------------------------------------------

    def _enterprises(self) -> int:
        rng = self.rng
        self.enterprise_of: dict[str, str] = {}
        count = 0
        coop_pools: dict[tuple[int, str], list[_Person]] = {}
        for person in self.people:
            if person.status == "cooperative":
                coop_pools.setdefault((person.team, person.commune.province_code), []).append(
                    person
                )
            elif person.status in ("auto_entrepreneur", "tpe", "informal"):
                if rng.random() < 0.6:
                    self._small_business(person)
                    count += 1
        for key in sorted(coop_pools):
            pool = coop_pools[key]
            while len(pool) >= 5:
                size = min(len(pool), rng.randint(5, 15))
                members, pool = pool[:size], pool[size:]
                self._cooperative(members)
                count += 1
        self._report("enterprises", 1, 1)
        return count

    def _small_business(self, person: _Person) -> None:
        rng = self.rng
        kind, sector = rng.choice(names.SMALL_BUSINESS_KINDS)
        legal_form = {"auto_entrepreneur": "ae", "tpe": "tpe", "informal": "informal"}[
            person.status
        ]
        created_on = person.registered_on - dt.timedelta(days=rng.randint(0, 1500))
        ice = None
        if legal_form == "tpe" or (legal_form == "ae" and rng.random() < 0.3):
            ice = f"{rng.randrange(10**14, 10**15):015d}"
        enterprise_id = self.ids.on(person.registered_on)
        self._enterprise_rows(
            enterprise_id, person.team, f"{kind} {person.last_name}", legal_form, ice, sector,
            person.commune.code, created_on if legal_form != "informal" else None,
            [(person, "gérant(e)")], person.registered_on, person.stage,
        )
        self.enterprise_of[person.id] = enterprise_id

    def _cooperative(self, members: list[_Person]) -> None:
        rng = self.rng
        base = rng.choice(names.COOPERATIVE_NAMES)
        activity, sector = rng.choice(names.COOPERATIVE_ACTIVITIES)
        first = min(m.registered_on for m in members)
        created_on = first - dt.timedelta(days=rng.randint(60, 2500))
        ice = f"{rng.randrange(10**14, 10**15):015d}" if rng.random() < 0.5 else None
        roles = ["président(e)", "trésorier(e)", "secrétaire"]
        enterprise_id = self.ids.on(first)
        self._enterprise_rows(
            enterprise_id, members[0].team, f"Coopérative {base} {activity}", "cooperative", ice,
            sector, members[0].commune.code, created_on,
            [(m, roles[i] if i < len(roles) else "membre") for i, m in enumerate(members)],
            first, rng.choice(("creation", "post_creation")),
        )
        for member in members:
            self.enterprise_of[member.id] = enterprise_id

    def _enterprise_rows(
        self,
        enterprise_id: str,
        team: int,
        name: str,
        legal_form: str,
        ice: str | None,
        sector: str,
        commune_code: str,
        created_on: dt.date | None,
        members: list[tuple[_Person, str]],
        first_seen: dt.date,
        stage: str,
    ) -> None:
        rng = self.rng
        self._add(
            Enterprise,
            team,
            {
                "id": enterprise_id,
                "name": name,
                "legal_form": legal_form,
                "ice": ice,
                "sector": sector,
                "commune_code": commune_code,
                "created_on": created_on,
                "notes": None,
            },
        )
        for person, role in members:
            self._add(
                EnterpriseMember,
                team,
                {
                    "id": membership_id(enterprise_id, person.id),
                    "enterprise_id": enterprise_id,
                    "beneficiary_id": person.id,
                    "role": role,
                },
            )
        # Stage history: from an earlier stage up to the current one.
        order = ["idea", "pre_creation", "creation", "post_creation"]
        current = order.index(stage)
        first = max(0, current - rng.choice((0, 1, 1, 2)))
        span = max(1, (self.today - first_seen).days)
        day = first_seen
        for step, level in enumerate(order[first : current + 1]):
            if step:
                day = min(self.today, day + dt.timedelta(days=rng.randint(20, max(21, span // 2))))
            self._add(
                EnterpriseStage,
                team,
                {
                    "id": self.ids.on(day),
                    "enterprise_id": enterprise_id,
                    "stage": level,
                    "assessed_on": day,
                    "assessed_by": rng.choice(self.trainers[team])[0],
                },
            )

    # -- selection funnel -----------------------------------------------------

    def _selection(self) -> tuple[int, int]:
        """An INDH equipment call of bus 1: 238 candidates, 90 shortlisted,
        36 selected and equipped."""
        rng = self.rng
        starts_on = self.today - dt.timedelta(days=210)
        ends_on = self.today - dt.timedelta(days=150)
        programme_id = self.ids.on(starts_on)
        self._add(
            Programme,
            0,
            {
                "id": programme_id,
                "name": f"Appel INDH {starts_on.year} — équipement des porteurs de projet",
                "funder": "INDH",
                "starts_on": starts_on,
                "ends_on": ends_on,
                "description": "Équipement des projets générateurs de revenus des jeunes "
                "et des femmes des communes rurales.",
            },
        )
        eligible = [
            p for p in self.people
            if p.team == 0 and p.status != "idea" and p.registered_on <= ends_on
        ]
        if len(eligible) < PROGRAMME_CANDIDATES:
            eligible = [p for p in self.people if p.team == 0]
        # A small demo gets a proportionally smaller call.
        count = (
            PROGRAMME_CANDIDATES
            if len(eligible) >= PROGRAMME_CANDIDATES
            else max(1, len(eligible) // 2)
        )
        candidates = rng.sample(eligible, count)
        # Trained people with an enterprise come first in the ranking.
        scored = sorted(
            ((round(rng.uniform(35, 80) + (12 if p.attended_track else 0)
                    + (8 if p.id in self.enterprise_of else 0), 1), p) for p in candidates),
            key=lambda item: -item[0],
        )
        shortlisted = round(count * PROGRAMME_SHORTLISTED / PROGRAMME_CANDIDATES)
        selected = round(count * PROGRAMME_SELECTED / PROGRAMME_CANDIDATES)
        decided_on = ends_on + dt.timedelta(days=20)
        coordinator_id = self.coordinators[0][0]
        equipment = 0
        for rank, (score, person) in enumerate(scored):
            if rank < selected:
                status = "selected"
            elif rank < shortlisted:
                status = "shortlisted"
            else:
                status = "rejected"
            received_on = starts_on + dt.timedelta(days=rng.randint(0, (ends_on - starts_on).days))
            self._add(
                Application,
                0,
                {
                    "id": self.ids.on(received_on),
                    "programme_id": programme_id,
                    "beneficiary_id": person.id,
                    "enterprise_id": self.enterprise_of.get(person.id),
                    "status": status,
                    "received_on": received_on,
                    "decided_on": decided_on if status != "shortlisted" else None,
                    "score": score,
                    "notes": None,
                },
            )
            if status == "selected":
                description, value = rng.choice(EQUIPMENT)
                delivered_on = decided_on + dt.timedelta(days=rng.randint(20, 90))
                self._add(
                    SupportDelivered,
                    0,
                    {
                        "id": self.ids.on(delivered_on),
                        "beneficiary_id": person.id,
                        "enterprise_id": self.enterprise_of.get(person.id),
                        "programme_id": programme_id,
                        "kind": "equipment",
                        "description": description,
                        "value_mad": float(value),
                        "delivered_on": min(delivered_on, self.today),
                        "delivered_by": coordinator_id,
                        "serial": None,
                        "revoked": False,
                    },
                )
                equipment += 1
        self._report("selection", 1, 1)
        return len(scored), equipment


def generate_demo(
    *,
    session: Session,
    beneficiaries: int,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data (the caller commits).

    `session` must come from `Database.session()` (it carries the clock and
    device id).  `cancel()` is polled between chunks; when it returns True
    `DemoCancelled` is raised and the caller's rollback leaves nothing.
    Raises `DemoNotEmpty` when beneficiaries already exist.
    """
    if beneficiaries < 1:
        raise CaravaneError("demo_size", {"min": 1})
    generator = _Generator(
        session,
        beneficiaries=beneficiaries,
        seed=seed,
        today=today or dt.date.today(),
        progress=progress,
        cancel=cancel,
    )
    if session.get_bind().dialect.name != "sqlite":
        return generator.run()
    # Random ids scatter index inserts over the whole file: a larger page
    # cache for the job's connection saves re-reading pages (restored after).
    previous = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size=-{DEMO_CACHE_KIB}"))
    try:
        return generator.run()
    finally:
        session.execute(text(f"PRAGMA cache_size={int(previous or -2000)}"))

