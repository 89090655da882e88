"""Registration with consent, duplicates, search, rows, update, merge, erase."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.core.errors import (
    FieldError,
    NotFoundError,
    PossibleDuplicatesError,
    StateError,
    ValidationError,
)
from app.db import Database
from app.models import Beneficiary, Consent
from app.models.enums import AgeBand
from app.services import attendance, coaching, enterprises, planning, selection
from app.services.beneficiaries import (
    BeneficiaryInput,
    ConsentInput,
    age_band,
    beneficiary_detail,
    erase_beneficiary,
    find_duplicates,
    get_beneficiary,
    list_beneficiary_rows,
    merge_beneficiaries,
    register_beneficiary,
    search_beneficiaries,
    update_beneficiary,
    withdraw_consent,
)
from tests.test_services_fixtures import (
    AIN_LAHSAN,
    ASSILAH,
    TODAY,
    consent,
    crew,
    person,
    training,
)


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_registration_stores_normalised_person_and_consent(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        result = register_beneficiary(
            session=s,
            data=BeneficiaryInput(
                first_name=" Fatima-Zahra ", last_name="El Idrissi", sex="F",
                name_ar="فاطمة الزهراء الإدريسي", birth_date=dt.date(1998, 5, 2),
                cin="k 123456", phone="06 61 23 45 67", commune_code=ASSILAH,
                status="idea", sector="crafts", project_stage="idea",
                prior_support=("indh",),
            ),
            consent=ConsentInput(
                notice_version="2026-01", given_on=TODAY, collected_by="Amina",
                method="paper", sms_whatsapp=True,
            ),
            team_id=team.team_id,
            registered_by=team.trainer_id,
            today=TODAY,
        ).value
    view = result.beneficiary
    assert result.warnings == []
    assert (view.first_name, view.cin, view.phone) == ("Fatima-Zahra", "K123456", "+212661234567")
    assert view.commune_name == "Assilah"
    assert view.birth_year == 1998 and view.registered_on == TODAY
    assert view.age_band(TODAY) is AgeBand.YOUTH_18_35
    with db.session() as s:
        detail = beneficiary_detail(session=s, beneficiary_id=view.id)
    assert detail.consent is not None and detail.consent.sms_whatsapp
    assert detail.consent.notice_version == "2026-01"


def test_consent_is_required_and_a_failed_registration_writes_nothing(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
    before = (_count(db, Beneficiary), _count(db, Consent))
    data = BeneficiaryInput(first_name="Said", last_name="Amrani", sex="M", phone="0612345678")
    with db.session() as s, pytest.raises(ValidationError) as caught:
        register_beneficiary(session=s, data=data, consent=None, team_id=team.team_id)
    assert caught.value.codes() == {"consent": "consent_required"}
    bad_consent = ConsentInput(notice_version="", given_on=TODAY, collected_by="x", method="sms")
    with db.session() as s, pytest.raises(ValidationError) as caught:
        register_beneficiary(
            session=s, data=data, consent=bad_consent, team_id=team.team_id, today=TODAY
        )
    assert caught.value.codes() == {"notice_version": "required", "method": "invalid_choice"}
    assert (_count(db, Beneficiary), _count(db, Consent)) == before


def test_odd_cin_and_minor_are_warnings_not_errors(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        result = register_beneficiary(
            session=s,
            data=BeneficiaryInput(
                first_name="Hiba", last_name="Tazi", sex="F", cin="12345678",
                birth_year=2010,
            ),
            consent=consent(), team_id=team.team_id, today=TODAY,
        ).value
    assert result.beneficiary.cin == "12345678"
    assert {w.code for w in result.warnings} == {"cin_format", "minor"}


def _expect_duplicates(db: Database, data: BeneficiaryInput) -> list[tuple[str, tuple[str, ...]]]:
    with db.session() as s:
        with pytest.raises(PossibleDuplicatesError) as caught:
            register_beneficiary(
                session=s, data=data, consent=consent(), team_id=None, today=TODAY
            )
        return [(c.row.first_name, c.reasons) for c in caught.value.candidates]


def test_same_cin_and_same_phone_in_another_format_are_duplicates(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        person(s, team.team_id, "Karim", "Bennani", "M", cin="K123456", phone="0612345678")
    same_cin = BeneficiaryInput(first_name="Kareem", last_name="B.", sex="M", cin="k-123456")
    assert _expect_duplicates(db, same_cin) == [("Karim", ("same_cin",))]
    same_phone = BeneficiaryInput(first_name="Nadia", last_name="X", sex="F", phone="+212 612-345-678")
    assert _expect_duplicates(db, same_phone) == [("Karim", ("same_phone",))]


@pytest.mark.parametrize(
    ("first", "last", "name_ar"),
    [
        ("Mohammed", "Alami", None),
        ("Muhammad", "El Alami", None),
        ("X", "Y", "محمد العلمي"),
        ("Alami", "Mohamed", None),  # first and last swapped
        ("Mohamed", "Alamí", None),  # accent
    ],
)
def test_close_names_in_the_same_commune_are_duplicates(
    db: Database, first: str, last: str, name_ar: str | None
) -> None:
    with db.session() as s:
        team = crew(s)
        person(s, team.team_id, "Mohamed", "Alami", "M", commune_code=ASSILAH)
    data = BeneficiaryInput(
        first_name=first, last_name=last, sex="M", name_ar=name_ar, commune_code=ASSILAH
    )
    assert _expect_duplicates(db, data) == [("Mohamed", ("similar_name",))]


def test_fatima_zahra_spellings_are_duplicates(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        person(s, team.team_id, "Fatima-Zahra", "Ouazzani", commune_code=ASSILAH)
    for first, last, name_ar in (
        ("Fatimazahra", "Ouazzani", None),
        ("Fatima Zahra", "Wazzani", None),
        ("Fatim", "Z", "فاطمة الزهراء الوزاني"),
    ):
        data = BeneficiaryInput(
            first_name=first, last_name=last, sex="F", name_ar=name_ar, commune_code=ASSILAH
        )
        assert _expect_duplicates(db, data) == [("Fatima-Zahra", ("similar_name",))]


def test_names_alone_do_not_match_across_communes_or_different_people(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        person(s, team.team_id, "Mohamed", "Alami", "M", commune_code=ASSILAH, birth_year=1990)
        for first, last, commune, year in (
            ("Mohamed", "Alami", AIN_LAHSAN, 1990),  # another commune
            ("Mehdi", "Alami", ASSILAH, 1990),  # another first name
            ("Ahmed", "Alami", ASSILAH, 1990),
            ("Mohamed", "Alami", ASSILAH, 1960),  # same name, the father
        ):
            data = BeneficiaryInput(
                first_name=first, last_name=last, sex="M", commune_code=commune,
                birth_year=year,
            )
            assert find_duplicates(session=s, data=data, today=TODAY) == [], (first, commune)



def test_a_renamed_person_is_found_by_the_new_name_only(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        someone = person(s, team.team_id, "Mohamed", "Alami", "M", commune_code=ASSILAH)
        update_beneficiary(
            session=s, beneficiary_id=someone.id, today=TODAY,
            data=BeneficiaryInput(first_name="Youssef", last_name="Bennani", sex="M",
                                  commune_code=ASSILAH),
        )
    for first, last, found in (("Youssef", "Benani", ["Youssef"]), ("Mohamed", "Alami", [])):
        data = BeneficiaryInput(first_name=first, last_name=last, sex="M", commune_code=ASSILAH)
        with db.session() as s:
            rows = [c.row.first_name for c in find_duplicates(session=s, data=data, today=TODAY)]
        assert rows == found, first


def test_a_person_received_by_sync_is_a_duplicate_candidate(db: Database) -> None:
    """Rows pulled from the server are written by the sync row store, not
    the ORM: it must fill the name keys as it fills the search text."""
    from app.sync import rowstore
    from app.sync.merge import RowState
    from app.sync.wire import CODECS

    codec = CODECS["beneficiary"]
    values = {name: None for name in codec.fields} | {
        "first_name": "Fatima-Zahra", "last_name": "Ouazzani", "sex": "F",
        "commune_code": ASSILAH, "prior_support": [], "registered_on": TODAY,
        "deleted": False,
    }
    row = rowstore.db_row(
        codec, "b-remote", RowState("0" * 32, {}, values),
        device_id="other-laptop", server_seq=1, pending=None,
    )
    with db.session() as s:
        rowstore.insert_rows(s, codec, [row])
    data = BeneficiaryInput(
        first_name="Fatimazahra", last_name="Wazzani", sex="F", commune_code=ASSILAH
    )
    assert _expect_duplicates(db, data) == [("Fatima-Zahra", ("similar_name",))]


def test_confirmed_new_person_is_registered_despite_candidates(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        first = person(s, team.team_id, "Mohamed", "Alami", "M", commune_code=ASSILAH)
        second = register_beneficiary(
            session=s,
            data=BeneficiaryInput(first_name="Mohammed", last_name="Alami", sex="M",
                                  commune_code=ASSILAH),
            consent=consent(), team_id=team.team_id, today=TODAY, confirm_not_duplicate=True,
        ).value.beneficiary
    assert first.id != second.id


def test_search_by_prefix_arabic_accents_cin_and_phone(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        fz = person(
            s, team.team_id, "Fatima-Zahra", "El Idrissi", name_ar="فاطمة الزهراء الإدريسي",
            cin="K123456", phone="0661234567",
        )
        hel = person(s, team.team_id, "Hélène", "Benjelloun")
        person(s, team.team_id, "Youssef", "Tazi", "M", cin="LB98765", phone="0700112233")

        def names(query: str) -> list[str]:
            return [r.first_name for r in search_beneficiaries(session=s, query=query)]

        assert names("fat") == ["Fatima-Zahra"]
        assert names("fatimazahra") == ["Fatima-Zahra"]
        assert names("Fatima-Zahra idri") == ["Fatima-Zahra"]
        assert names("zah el") == ["Fatima-Zahra"]
        assert names("الزهراء") == ["Fatima-Zahra"]
        assert names("زهراء") == ["Fatima-Zahra"]
        assert names("الإدريسي") == ["Fatima-Zahra"]
        assert names("helene") == ["Hélène"] == names("HÉLÈ")
        assert names("k123") == ["Fatima-Zahra"]
        assert names("0661 23") == ["Fatima-Zahra"]
        assert names("+212 661") == ["Fatima-Zahra"]
        assert names("0700") == ["Youssef"]
        assert names("lb 98765") == ["Youssef"]
        assert names("t") == ["Youssef"]  # one letter: prefix of Tazi
        assert names("nobody") == [] and names("  ") == []
        rows = list_beneficiary_rows(session=s, team_id=team.team_id, today=TODAY)
        assert [r.last_name for r in rows] == ["Benjelloun", "El Idrissi", "Tazi"]
        merge_beneficiaries(session=s, keep_id=fz.id, merge_id=hel.id)
        assert names("helene") == []
        assert len(list_beneficiary_rows(session=s, today=TODAY)) == 2


def test_update_writes_only_changed_fields_and_warns_of_shared_cin(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        person(s, team.team_id, "Karim", "Bennani", "M", cin="K111111")
        other = person(s, team.team_id, "Said", "Amrani", "M", phone="0612345678")
    with db.session() as s:
        row = s.get(Beneficiary, other.id)
        assert row is not None
        row.pending = None  # as if pushed
        result = update_beneficiary(
            session=s, beneficiary_id=other.id, today=TODAY,
            data=BeneficiaryInput(first_name="Said", last_name="Amrani", sex="M",
                                  phone="0612345678", cin="K111111"),
        ).value
        assert row.pending == {"cin": row.created_hlc}
    assert result.beneficiary.cin == "K111111"
    assert [(w.field, w.code) for w in result.warnings] == [("cin", "possible_duplicate")]
    with db.session() as s, pytest.raises(ValidationError):
        update_beneficiary(
            session=s, beneficiary_id=other.id,
            data=BeneficiaryInput(first_name="", last_name="Amrani", sex="M"),
        )
    with db.session() as s:
        assert get_beneficiary(session=s, beneficiary_id=other.id).first_name == "Said"


def test_merge_repoints_history_to_the_kept_person(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        keep = person(s, team.team_id, "Mohamed", "Alami", "M", commune_code=ASSILAH)
        dup = person(s, team.team_id, "Mohammed", "Alami", "M", cin="K222222",
                     phone="0612345678")
        first = training(s, team.team_id)
        second = training(s, team.team_id, day=TODAY + dt.timedelta(days=1))
        third = training(s, team.team_id, day=TODAY + dt.timedelta(days=2))
        # Both records attended the first session: the better mark wins.
        attendance.set_presence_times(
            session=s, session_id=first.id, beneficiary_id=keep.id,
            arrived_at=dt.time(11), left_at=None,
        )
        attendance.check_in(session=s, session_id=first.id, beneficiary_id=dup.id)
        attendance.check_in(session=s, session_id=second.id, beneficiary_id=dup.id)
        planning.enrol(session=s, session_id=third.id, beneficiary_ids=[dup.id])
        coached = coaching.record_coaching(
            session=s, team_id=team.team_id, trainer_id=team.trainer_id, held_on=TODAY,
            duration_minutes=30, beneficiary_id=dup.id,
            next_steps=[coaching.NextStepInput("Déposer le dossier")],
        ).value
        coop = enterprises.create_enterprise(
            session=s, team_id=team.team_id, name="Coop", legal_form="cooperative",
            member_ids=[dup.id],
        ).value
        programme = selection.create_programme(session=s, name="INDH")
        selection.receive_application(
            session=s, team_id=team.team_id, programme_id=programme.id,
            beneficiary_id=dup.id, received_on=TODAY,
        )
        selection.record_support(
            session=s, team_id=team.team_id, kind="referral", delivered_on=TODAY,
            beneficiary_id=dup.id,
        )
        kept = merge_beneficiaries(session=s, keep_id=keep.id, merge_id=dup.id).value
    assert (kept.cin, kept.phone) == ("K222222", "+212612345678")  # blanks filled
    with db.session() as s:
        detail = beneficiary_detail(session=s, beneficiary_id=keep.id)
        assert sorted((x.session_id, x.hours_attended) for x in detail.sessions) == sorted(
            [(first.id, 3.0), (second.id, 3.0)]
        )
        assert detail.total_hours == 6.0
        assert [c.id for c in detail.coaching] == [coached.id]
        assert [n.description for n in detail.next_steps] == ["Déposer le dossier"]
        assert [e.id for e in detail.enterprises] == [coop.id]
        assert len(detail.applications) == 1 and len(detail.support) == 1
        assert len(detail.consent and [detail.consent] or []) == 1
        assert [r.beneficiary_id for r in attendance.roster(session=s, session_id=third.id).rows
                ] == [keep.id]
        # The merged record follows to the kept one and is a tombstone.
        assert get_beneficiary(session=s, beneficiary_id=dup.id).id == keep.id
        merged = s.get(Beneficiary, dup.id)
        assert merged is not None and merged.deleted and merged.merged_into_id == keep.id
        roster = attendance.roster(session=s, session_id=first.id)
        assert [(r.beneficiary_id, r.hours_attended) for r in roster.rows] == [(keep.id, 3.0)]
        with pytest.raises(NotFoundError):
            merge_beneficiaries(session=s, keep_id=keep.id, merge_id=dup.id)
        with pytest.raises(StateError):
            merge_beneficiaries(session=s, keep_id=keep.id, merge_id=keep.id)


def test_erase_leaves_an_anonymous_stub(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        gone = person(s, team.team_id, "Salma", "Kettani", cin="K333333", phone="0612121212",
                      birth_date=dt.date(2000, 6, 1), commune_code=ASSILAH, douar="Ouled X",
                      sector="crafts")
        coaching.record_coaching(
            session=s, team_id=team.team_id, trainer_id=None, held_on=TODAY,
            duration_minutes=20, beneficiary_id=gone.id, notes="private matters",
        )
        erase_beneficiary(session=s, beneficiary_id=gone.id, today=TODAY)
    with db.session() as s:
        row = s.get(Beneficiary, gone.id)
        assert row is not None and row.deleted
        assert (row.first_name, row.last_name, row.cin, row.phone, row.birth_date, row.douar) == (
            "—", "—", None, None, None, None,
        )
        assert (row.sex, row.birth_year, row.commune_code, row.sector) == (
            "F", 2000, ASSILAH, "crafts",
        )
        assert "salma" not in row.search_text and "k333333" not in row.search_text
        assert search_beneficiaries(session=s, query="salma") == []
        assert coaching.coaching_history(session=s, beneficiary_id=gone.id)[0].notes is None
        consent_row = s.scalars(select(Consent).where(Consent.beneficiary_id == gone.id)).one()
        assert consent_row.withdrawn_on == TODAY


def test_withdraw_consent_dates_the_latest(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        who = person(s, team.team_id, "Amal", "Sbai")
        view = withdraw_consent(session=s, beneficiary_id=who.id, on=TODAY).value
    assert view.withdrawn_on == TODAY


def test_age_band_boundaries() -> None:
    on = dt.date(2026, 6, 30)
    assert age_band(dt.date(2008, 7, 1), None, on) is AgeBand.UNDER_18
    assert age_band(dt.date(2008, 6, 30), None, on) is AgeBand.YOUTH_18_35
    assert age_band(dt.date(1990, 7, 1), None, on) is AgeBand.YOUTH_18_35  # 35
    assert age_band(dt.date(1990, 6, 30), None, on) is AgeBand.ADULT_36_45
    assert age_band(None, 1985, on) is AgeBand.ADULT_36_45
    assert age_band(None, 1970, on) is AgeBand.OVER_45
    assert age_band(None, None, on) is AgeBand.UNKNOWN


def test_unknown_person_is_not_found(db: Database) -> None:
    with db.session() as s, pytest.raises(NotFoundError) as caught:
        beneficiary_detail(session=s, beneficiary_id="nope")
    assert caught.value.params == {"kind": "beneficiary", "id": "nope"}
    assert FieldError("a", "b").params == {}
