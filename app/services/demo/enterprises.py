"""Enterprises: a small business for some self-employed people, and
cooperatives of five to fifteen members, each with its stage over time."""

from __future__ import annotations

import datetime as dt

from app.models import Enterprise, EnterpriseMember, EnterpriseStage
from app.models.ids import membership_id
from app.services.demo import names
from app.services.demo.context import Demo, Person


def generate(demo: Demo) -> int:
    rng = demo.rng
    count = 0
    coop_pools: dict[tuple[int, str], list[Person]] = {}
    for person in demo.people:
        if person.status == "cooperative":
            coop_pools.setdefault((person.team, person.commune.province_code), []).append(
                person
            )
        elif person.status in ("auto_entrepreneur", "tpe", "informal"):
            if rng.random() < 0.6:
                _small_business(demo, person)
                count += 1
    for key in sorted(coop_pools):
        pool = coop_pools[key]
        while len(pool) >= 5:
            size = min(len(pool), rng.randint(5, 15))
            members, pool = pool[:size], pool[size:]
            _cooperative(demo, members)
            count += 1
    demo.report("enterprises", 1, 1)
    return count


def _small_business(demo: Demo, person: Person) -> None:
    rng = demo.rng
    kind, sector = rng.choice(names.SMALL_BUSINESS_KINDS)
    legal_form = {"auto_entrepreneur": "ae", "tpe": "tpe", "informal": "informal"}[
        person.status
    ]
    created_on = person.registered_on - dt.timedelta(days=rng.randint(0, 1500))
    ice = None
    if legal_form == "tpe" or (legal_form == "ae" and rng.random() < 0.3):
        ice = f"{rng.randrange(10**14, 10**15):015d}"
    enterprise_id = demo.ids.on(person.registered_on)
    _enterprise_rows(
        demo, enterprise_id, person.team, f"{kind} {person.last_name}", legal_form, ice, sector,
        person.commune.code, created_on if legal_form != "informal" else None,
        [(person, "gérant(e)")], person.registered_on, person.stage,
    )
    demo.enterprise_of[person.id] = enterprise_id


def _cooperative(demo: Demo, members: list[Person]) -> None:
    rng = demo.rng
    base = rng.choice(names.COOPERATIVE_NAMES)
    activity, sector = rng.choice(names.COOPERATIVE_ACTIVITIES)
    first = min(m.registered_on for m in members)
    created_on = first - dt.timedelta(days=rng.randint(60, 2500))
    ice = f"{rng.randrange(10**14, 10**15):015d}" if rng.random() < 0.5 else None
    roles = ["président(e)", "trésorier(e)", "secrétaire"]
    enterprise_id = demo.ids.on(first)
    _enterprise_rows(
        demo, enterprise_id, members[0].team, f"Coopérative {base} {activity}", "cooperative", ice,
        sector, members[0].commune.code, created_on,
        [(m, roles[i] if i < len(roles) else "membre") for i, m in enumerate(members)],
        first, rng.choice(("creation", "post_creation")),
    )
    for member in members:
        demo.enterprise_of[member.id] = enterprise_id


def _enterprise_rows(
    demo: Demo,
    enterprise_id: str,
    team: int,
    name: str,
    legal_form: str,
    ice: str | None,
    sector: str,
    commune_code: str,
    created_on: dt.date | None,
    members: list[tuple[Person, str]],
    first_seen: dt.date,
    stage: str,
) -> None:
    rng = demo.rng
    demo.add(
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
        demo.add(
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
    span = max(1, (demo.today - first_seen).days)
    day = first_seen
    for step, level in enumerate(order[first : current + 1]):
        if step:
            day = min(demo.today, day + dt.timedelta(days=rng.randint(20, max(21, span // 2))))
        demo.add(
            EnterpriseStage,
            team,
            {
                "id": demo.ids.on(day),
                "enterprise_id": enterprise_id,
                "stage": level,
                "assessed_on": day,
                "assessed_by": rng.choice(demo.trainers[team])[0],
            },
        )

