"""People: a beneficiary with a Latin (and usually Arabic) name, CIN and
phone of the region, and the consent recorded when they register."""

from __future__ import annotations

import datetime as dt
import random

from app.models import Beneficiary, Consent, beneficiary_name_keys, beneficiary_search_text
from app.services.demo import names
from app.services.demo.context import Demo, Person, Stop
from app.services.demo.draws import Picker, name_picker
from app.services.demo.plan import CIN_PREFIXES

NOTICE_VERSION = "2026-01"
# Second digit(s) of Moroccan mobile numbers that are all valid mobiles.
MOBILE_PREFIXES = ("61", "62", "63", "64", "65", "66", "67", "69", "70", "71", "76", "77", "78")


class PersonDraws:
    """The weighted draws of a person's profile (drawing consumes the shared
    generator; building them does not)."""

    def __init__(self, rng: random.Random) -> None:
        self.female = name_picker(rng, names.FEMALE_FIRST_NAMES, 6)
        self.male = name_picker(rng, names.MALE_FIRST_NAMES, 4)
        self.family = name_picker(rng, names.FAMILY_NAMES, 25)
        self.education = Picker(
            rng,
            ["none", "primary", "middle", "secondary", "vocational", "higher"],
            [15, 20, 22, 25, 8, 10],
        )
        self.status = Picker(
            rng,
            ["idea", "auto_entrepreneur", "informal", "tpe", "cooperative", "association"],
            [40, 18, 17, 8, 14, 3],
        )
        self.sector = Picker(
            rng,
            [
                "agriculture", "agrifood", "crafts", "trade", "services", "textile",
                "tourism", "construction", "fishing", "digital", "transport", "other",
            ],
            [20, 15, 10, 14, 12, 8, 4, 4, 3, 4, 3, 3],
        )
        self.age = Picker(rng, [(16, 17), (18, 35), (36, 45), (46, 65)], [3, 60, 25, 12])
        self.consent_method = Picker(rng, ("paper", "oral", "digital"), (70, 20, 10))
        self.mobile = Picker(rng, MOBILE_PREFIXES, [2, 3, 2, 1, 2, 4, 3, 1, 4, 2, 2, 3, 2])


def person(demo: Demo, stop: Stop) -> Person:
    rng = demo.rng
    team = stop.team
    sex = "F" if rng.random() < 0.55 else "M"
    first_spellings, first_ar = (demo.draws.female if sex == "F" else demo.draws.male)()
    last_spellings, last_ar = demo.draws.family()
    first = _spelling(demo, first_spellings)
    last = _spelling(demo, last_spellings)
    if rng.random() < 0.75:
        commune = stop.commune
    else:
        commune = demo.commune_pickers[stop.commune.province_code]()
    # Most register on the opening day and join a training cohort.
    registered_on = stop.starts_on if rng.random() < 0.75 else rng.choice(stop.days)
    low, high = demo.draws.age()
    age_days = rng.randint(low * 365, high * 365 + 364)
    born = registered_on - dt.timedelta(days=age_days)
    draw = rng.random()
    birth_date = born if draw < 0.88 else None
    birth_year = born.year if 0.88 <= draw < 0.96 else None
    cin = _cin(demo, commune.province_code) if high >= 18 and rng.random() < 0.92 else None
    phone = _phone(demo) if rng.random() < 0.88 else None
    name_ar = f"{first_ar} {last_ar}" if rng.random() < 0.9 else None
    status = demo.draws.status()
    sector = demo.draws.sector()
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
    trainer_id, trainer_name = rng.choice(demo.trainers[team])
    person = Person(
        demo.ids.on(registered_on), team, sex, last, commune, registered_on,
        status, sector, stage,
    )
    demo.add(
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
            "education_level": demo.draws.education(),
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
    method = demo.draws.consent_method()
    demo.add(
        Consent,
        team,
        {
            "id": demo.ids.on(registered_on),
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
    demo.people.append(person)
    return person


def _spelling(demo: Demo, spellings: tuple[str, ...]) -> str:
    if len(spellings) > 1 and demo.rng.random() < 0.2:
        return demo.rng.choice(spellings[1:])
    return spellings[0]


def _cin(demo: Demo, province_code: str) -> str:
    rng = demo.rng
    prefixes = CIN_PREFIXES.get(province_code, ("K",))
    while True:
        prefix = rng.choice(prefixes) if rng.random() < 0.92 else rng.choice(
            ("K", "L", "R", "BK", "AB")
        )
        width = rng.choice((5, 6, 6, 6)) if len(prefix) == 2 else 6
        cin = f"{prefix}{rng.randrange(10 ** (width - 1), 10**width)}"
        if cin not in demo.used_cins:
            demo.used_cins.add(cin)
            return cin


def _phone(demo: Demo) -> str:
    while True:
        phone = f"+212{demo.draws.mobile()}{demo.rng.randrange(10**7):07d}"
        if phone not in demo.used_phones:
            demo.used_phones.add(phone)
            return phone

