"""The plan of the year: the crew of each bus (teams and users, through the
accounts service) and its tour stops in the region's communes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update

from app.models import Commune as CommuneRow
from app.models import Team, TourStop, User
from app.services import accounts
from app.services.demo import names
from app.services.demo.context import Commune, Demo, Stop
from app.services.demo.draws import Picker

REGION_CODE = "01"
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


@dataclass(frozen=True)
class DemoLogin:
    name: str
    role: str
    team_name: str
    password: str
    sex: str | None = None  # the role agrees with it ("Coordinatrice")


def crew(demo: Demo, team_count: int) -> list[DemoLogin]:
    """Teams and users through the accounts service (so passwords hash
    the usual way), then given ids fixed by the seed so that two demo
    databases made with one seed are identical."""
    start = demo.today - dt.timedelta(days=400)
    teams: list[tuple[str, list[tuple[str, str]], tuple[str, str]]] = []
    logins: list[DemoLogin] = []
    for index in range(team_count):
        team_name = names.DEMO_TEAMS[index]
        view = accounts.create_team(
            session=demo.session, name=team_name, region_code=REGION_CODE
        )
        team_id = demo.ids.on(start)
        demo.session.execute(
            update(Team).where(Team.id == view.id).values(id=team_id, team_id=team_id),
            execution_options={"synchronize_session": False},
        )
        trainers: list[tuple[str, str]] = []
        coordinator = ("", "")
        for name, role, team_index, sex in names.DEMO_CREW:
            if team_index != index:
                continue
            user = accounts.create_user(
                session=demo.session,
                team_id=team_id,
                name=name,
                role=role,
                password=names.DEMO_PASSWORD,
                sex=sex,
            )
            user_id = demo.ids.on(start)
            demo.session.execute(
                update(User).where(User.id == user.id).values(id=user_id),
                execution_options={"synchronize_session": False},
            )
            logins.append(DemoLogin(name, role, team_name, names.DEMO_PASSWORD, sex))
            if role == "coordinator":
                coordinator = (user_id, name)
            else:
                trainers.append((user_id, name))
        teams.append((team_id, trainers, coordinator))
    # The ORM objects still carry the random ids; forget them.
    demo.session.expunge_all()
    if accounts.local_team_id(session=demo.session) is None:
        accounts.set_local_team(session=demo.session, team_id=teams[0][0])
    demo.team_ids = [t[0] for t in teams]
    demo.trainers = [t[1] for t in teams]
    demo.coordinators = [t[2] for t in teams]
    return logins


def stops(demo: Demo, team_count: int) -> None:
    """A stop every few days over the past year, per bus, plus a few
    planned in the coming weeks."""
    rng = demo.rng
    communes = [
        Commune(c.code, c.name_fr, c.kind, c.province_code)
        for c in demo.session.scalars(
            select(CommuneRow)
            .where(CommuneRow.region_code == REGION_CODE)
            .order_by(CommuneRow.code)
        )
    ]
    for commune in communes:
        demo.communes_by_province.setdefault(commune.province_code, []).append(commune)
    demo.commune_pickers = {
        code: Picker(rng, items, [3.0 if c.kind == "rural" else 1.0 for c in items])
        for code, items in demo.communes_by_province.items()
    }
    # Enough stops for cohorts of a realistic size, at most one every few days.
    wanted = max(3, demo.total // (25 * team_count))
    for team in range(team_count):
        provinces = TEAM_PROVINCES[team] if team_count == 2 else tuple(CIN_PREFIXES)
        pool = [c for p in provinces for c in demo.communes_by_province.get(p, [])]
        picker = Picker(rng, pool, [3.0 if c.kind == "rural" else 1.0 for c in pool])
        calendar: list[tuple[dt.date, dt.date]] = []
        day = demo.today - dt.timedelta(days=364 - rng.randrange(3))
        while day < demo.today + dt.timedelta(days=21):
            ends = day + dt.timedelta(days=rng.choice((0, 1, 1, 2, 2, 3)))
            calendar.append((day, ends))
            day = ends + dt.timedelta(days=rng.randint(2, 5))
        past = [c for c in calendar if c[1] < demo.today]
        future = [c for c in calendar if c[0] > demo.today]
        if len(past) > wanted:
            past = sorted(rng.sample(past, wanted))
        last_commune: Commune | None = None
        # A stop today, so the demo opens on a session to take attendance.
        for starts_on, ends_on in [*past, (demo.today, demo.today), *future[:2]]:
            commune = picker()
            if starts_on == demo.today and last_commune is not None:
                commune = last_commune  # back for the cohort's next session
            stop = Stop(demo.ids.on(starts_on), team, commune, starts_on, ends_on)
            place = rng.choice(
                ("Maison des jeunes", "Siège de la commune", "Foyer féminin",
                 "Dar Taliba", "Centre socio-culturel", "Souk hebdomadaire")
            )
            demo.add(
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
            if starts_on >= demo.today:
                demo.future_stops.append(stop)
            else:
                demo.stops.append(stop)
                last_commune = commune

