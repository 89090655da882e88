"""The selection funnel: an INDH equipment call of bus 1 (candidates,
shortlist, selection) and the equipment delivered."""

from __future__ import annotations

import datetime as dt

from app.models import Application, Programme, SupportDelivered
from app.services.demo.context import Demo

PROGRAMME_CANDIDATES = 238
PROGRAMME_SHORTLISTED = 90
PROGRAMME_SELECTED = 36
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


def generate(demo: Demo) -> tuple[int, int]:
    """An INDH equipment call of bus 1: 238 candidates, 90 shortlisted,
    36 selected and equipped."""
    rng = demo.rng
    starts_on = demo.today - dt.timedelta(days=210)
    ends_on = demo.today - dt.timedelta(days=150)
    programme_id = demo.ids.on(starts_on)
    demo.add(
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
        p for p in demo.people
        if p.team == 0 and p.status != "idea" and p.registered_on <= ends_on
    ]
    if len(eligible) < PROGRAMME_CANDIDATES:
        eligible = [p for p in demo.people if p.team == 0]
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
                + (8 if p.id in demo.enterprise_of else 0), 1), p) for p in candidates),
        key=lambda item: -item[0],
    )
    shortlisted = round(count * PROGRAMME_SHORTLISTED / PROGRAMME_CANDIDATES)
    selected = round(count * PROGRAMME_SELECTED / PROGRAMME_CANDIDATES)
    decided_on = ends_on + dt.timedelta(days=20)
    coordinator_id = demo.coordinators[0][0]
    equipment = 0
    for rank, (score, person) in enumerate(scored):
        if rank < selected:
            status = "selected"
        elif rank < shortlisted:
            status = "shortlisted"
        else:
            status = "rejected"
        received_on = starts_on + dt.timedelta(days=rng.randint(0, (ends_on - starts_on).days))
        demo.add(
            Application,
            0,
            {
                "id": demo.ids.on(received_on),
                "programme_id": programme_id,
                "beneficiary_id": person.id,
                "enterprise_id": demo.enterprise_of.get(person.id),
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
            demo.add(
                SupportDelivered,
                0,
                {
                    "id": demo.ids.on(delivered_on),
                    "beneficiary_id": person.id,
                    "enterprise_id": demo.enterprise_of.get(person.id),
                    "programme_id": programme_id,
                    "kind": "equipment",
                    "description": description,
                    "value_mad": float(value),
                    "delivered_on": min(delivered_on, demo.today),
                    "delivered_by": coordinator_id,
                    "serial": None,
                    "revoked": False,
                },
            )
            equipment += 1
    demo.report("selection", 1, 1)
    return len(scored), equipment

