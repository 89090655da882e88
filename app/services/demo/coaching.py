"""Coaching: one to three one-to-one sessions for some of the people, most
with a next step (done or not yet)."""

from __future__ import annotations

import datetime as dt

from app.models import CoachingSession, NextStep
from app.services.demo.context import Demo

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


def generate(demo: Demo) -> None:
    rng = demo.rng
    coached = [p for p in demo.people if rng.random() < (0.2 if p.status != "idea" else 0.08)]
    for index, person in enumerate(coached):
        span = (demo.today - person.registered_on).days
        count = rng.choice((1, 1, 1, 2, 2, 3))
        offsets = sorted(rng.randint(0, max(0, span)) for _ in range(count))
        for offset in offsets:
            held_on = person.registered_on + dt.timedelta(days=offset)
            coaching_id = demo.ids.on(held_on)
            trainer_id = rng.choice(demo.trainers[person.team])[0]
            demo.add(
                CoachingSession,
                person.team,
                {
                    "id": coaching_id,
                    "beneficiary_id": person.id,
                    "enterprise_id": demo.enterprise_of.get(person.id),
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
                done = rng.random() < (0.6 if due_on < demo.today else 0.15)
                done_on = None
                if done:
                    done_on = min(
                        demo.today, held_on + dt.timedelta(days=rng.randint(3, 50))
                    )
                demo.add(
                    NextStep,
                    person.team,
                    {
                        "id": demo.ids.on(held_on),
                        "coaching_id": coaching_id,
                        "beneficiary_id": person.id,
                        "description": rng.choice(NEXT_STEPS),
                        "due_on": due_on,
                        "done": done,
                        "done_on": done_on,
                    },
                )
        if index % 2000 == 0:
            demo.report("coaching", index, len(coached))
    demo.report("coaching", len(coached), len(coached))

