"""Beneficiaries screen: list, filters, detail, form with validation and the
duplicate check, merge; driven through the widgets on a real database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models import Beneficiary
from app.services.beneficiaries import get_beneficiary, list_beneficiary_rows
from app.ui.models.beneficiaries import (
    BeneficiaryFilter,
    BeneficiaryFilterProxy,
    BeneficiaryListModel,
    search_key,
)
from app.ui.screens import beneficiary_form
from app.ui.screens.beneficiaries import BeneficiariesScreen
from app.ui.screens.beneficiary_form import BeneficiaryForm, DuplicateChoice, DuplicatesDialog
from app.ui.screens.merge import MergeDialog
from tests.screens_support import TANGER, add_person, settle

Ctx = Any


def people(ctx: Ctx) -> None:
    add_person(ctx, "Fatima-Zahra", "El Amrani", sex="F", cin="K123456", name_ar="فاطمة الزهراء")
    add_person(ctx, "Mohamed", "Bennani", sex="M", commune_code=TANGER, status="tpe")
    add_person(ctx, "Hélène", "Ouazzani", sex="F", birth_year=1960)


def test_models_pass_modeltester(ctx: Ctx, qtmodeltester: Any) -> None:
    people(ctx)
    with ctx.db.session() as s:
        rows = list_beneficiary_rows(session=s)
    model = BeneficiaryListModel("fr")
    model.set_rows(rows, [search_key(r) for r in rows])
    qtmodeltester.check(model)
    proxy = BeneficiaryFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(BeneficiaryFilter(sex="F"))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["Ouazzani", "El Amrani"]


def test_filter_the_list_and_open_a_person(ctx: Ctx, qtbot: Any) -> None:
    people(ctx)
    screen = BeneficiariesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    assert screen.count_label.text() == "3 bénéficiaires"

    screen.sex_filter.setCurrentIndex(screen.sex_filter.findData("M"))
    assert screen.proxy.rowCount() == 1
    assert "1 sur 3" in screen.count_label.text()
    screen.sex_filter.setCurrentIndex(0)

    qtbot.keyClicks(screen.text_filter, "helene")  # accents ignored
    qtbot.keyClick(screen.text_filter, Qt.Key.Key_Return)
    assert screen.proxy.rowCount() == 1
    assert screen.proxy.index(0, 0).data() == "Ouazzani"
    screen.text_filter.clear()
    screen.text_filter.setText("فاطمة")  # keyClicks only types ASCII
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 1)
    screen.text_filter.clear()
    screen.apply_filters()

    screen.status_filter.setCurrentIndex(screen.status_filter.findData("tpe"))
    assert screen.proxy.rowCount() == 1
    screen.status_filter.setCurrentIndex(0)
    screen.commune_filter.set_communes([])  # communes come from the worker; set explicitly
    settle(ctx)

    names = [screen.proxy.index(r, 0).data() for r in range(3)]
    assert names == ["Bennani", "El Amrani", "Ouazzani"]  # sorted by name
    screen.table.setCurrentIndex(screen.proxy.index(1, 0))
    screen.open_current()
    qtbot.waitUntil(lambda: screen.detail.detail is not None)
    assert screen.stack.currentWidget() is screen.detail
    assert "El Amrani" in screen.detail.name_label.text()
    assert "فاطمة" in screen.detail.name_label.text()
    qtbot.mouseClick(screen.detail.back_button, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.list_page


def test_commune_filter(ctx: Ctx, qtbot: Any) -> None:
    people(ctx)
    screen = BeneficiariesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3 and screen.commune_filter.count() > 10)
    screen.commune_filter.set_value(TANGER)
    screen.apply_filters()
    assert screen.proxy.rowCount() == 1
    assert screen.proxy.index(0, 0).data() == "Bennani"


def test_form_keeps_input_and_shows_messages_next_to_fields(ctx: Ctx, qtbot: Any) -> None:
    form = BeneficiaryForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.last_name, "Tazi")
    qtbot.keyClicks(form.phone, "12")
    qtbot.keyClicks(form.birth_date, "31/02/1990")
    form.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    # Every problem in one round: the date that is not one with the service's.
    qtbot.waitUntil(lambda: not form.busy and bool(form.field_error("birth_date")))
    assert form.field_error("first_name")
    assert form.field_error("phone")
    assert form.field_error("sex")
    assert form.field_error("consent")
    assert form.isVisible()
    assert form.last_name.text() == "Tazi" and form.phone.text() == "12"
    form.birth_date.clear()

    qtbot.keyClicks(form.first_name, "Amina")
    form.phone.clear()
    qtbot.keyClicks(form.phone, "06 61 23 45 67")
    form.sex.setCurrentIndex(form.sex.findData("F"))
    form.consent_given.setChecked(True)
    form.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: form.result_view is not None)
    assert form.result_view is not None
    with ctx.db.session() as s:
        saved = get_beneficiary(session=s, beneficiary_id=form.result_view.id)
    assert (saved.first_name, saved.last_name, saved.phone) == ("Amina", "Tazi", "+212661234567")


def test_duplicate_dialog_on_create(ctx: Ctx, qtbot: Any, monkeypatch: Any) -> None:
    first = add_person(ctx, "Khadija", "Alaoui", cin="K123456")
    seen: list[DuplicatesDialog] = []
    answers = [None, DuplicateChoice("new")]

    def ask(parent: Any, **kwargs: Any) -> DuplicateChoice | None:
        dialog = DuplicatesDialog(parent, **kwargs)  # the real dialog, built and checked
        seen.append(dialog)
        return answers.pop(0)

    monkeypatch.setattr(beneficiary_form.DuplicatesDialog, "ask", ask)
    form = BeneficiaryForm(ctx)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.first_name, "Khadija")
    qtbot.keyClicks(form.last_name, "Alaoui")
    qtbot.keyClicks(form.cin, "k 123456")
    form.sex.setCurrentIndex(form.sex.findData("F"))
    form.consent_given.setChecked(True)
    form.accept()
    qtbot.waitUntil(lambda: len(seen) == 1)
    dialog = seen[0]
    model = dialog.model
    texts = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert ["CIN", "k 123456", "K123456"] in texts
    assert any("même CIN" in cell for row in texts for cell in row)
    assert dialog.same_buttons  # "C'est la fiche 1"
    assert form.result_view is None and form.first_name.text() == "Khadija"  # back to the form

    form.accept()  # second try: the user says it is someone new
    qtbot.waitUntil(lambda: form.result_view is not None)
    second = form.result_view
    assert second is not None and second.id != first.id


def test_duplicate_choice_existing_returns_that_person(
    ctx: Ctx, qtbot: Any, monkeypatch: Any
) -> None:
    first = add_person(ctx, "Khadija", "Alaoui", phone="0661234567")
    monkeypatch.setattr(
        beneficiary_form.DuplicatesDialog,
        "ask",
        lambda parent, **kw: DuplicateChoice("existing", kw["candidates"][0].row.id),
    )
    form = BeneficiaryForm(ctx)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.first_name, "Khadija")
    qtbot.keyClicks(form.last_name, "Alaoui")
    qtbot.keyClicks(form.phone, "+212 661-23-45-67")
    form.sex.setCurrentIndex(form.sex.findData("F"))
    form.consent_given.setChecked(True)
    form.accept()
    qtbot.waitUntil(lambda: form.chosen_existing_id is not None)
    assert form.chosen_existing_id == first.id
    with ctx.db.session() as s:
        assert s.query(Beneficiary).count() == 1


def test_edit_from_detail_with_duplicate_phone_warns(
    ctx: Ctx, qtbot: Any, monkeypatch: Any
) -> None:
    add_person(ctx, "Khadija", "Alaoui", phone="0661234567")
    other = add_person(ctx, "Said", "Idrissi", sex="M")
    asked: list[Any] = []

    def ask(parent: Any, **kw: Any) -> DuplicateChoice:
        asked.append(kw)
        return DuplicateChoice("new")

    monkeypatch.setattr(beneficiary_form.DuplicatesDialog, "ask", ask)
    form = BeneficiaryForm(ctx, existing=other)
    qtbot.addWidget(form)
    assert form.first_name.text() == "Said" and form.consent_box is None
    qtbot.keyClicks(form.phone, "0661234567")
    form.accept()
    qtbot.waitUntil(lambda: form.result_view is not None)
    assert asked and asked[0]["editing"] is True
    assert form.result_view is not None and form.result_view.phone == "+212661234567"


def test_merge_two_records(ctx: Ctx, qtbot: Any) -> None:
    from app.models import CoachingSession
    from app.services.coaching import record_coaching

    keep = add_person(ctx, "Mohamed", "Bennani", sex="M", cin="K111111")
    dup = add_person(ctx, "Mohammed", "Benani", sex="M", phone="0662000000")
    with ctx.db.session() as s:
        record_coaching(
            session=s, team_id=ctx.team_id, trainer_id=ctx.user_id,
            held_on=keep.registered_on, duration_minutes=30, beneficiary_id=dup.id,
        )
    dialog = MergeDialog(ctx, first_id=keep.id, second_id=dup.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.first is not None and dialog.second is not None)
    ok = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # not before the user confirms
    rows = dialog.compare_model.rows()
    assert rows[0].first == "Mohamed Bennani" and rows[0].second == "Mohammed Benani"
    dialog.confirm.setChecked(True)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: dialog.kept_id is not None)
    assert dialog.kept_id == keep.id
    with ctx.db.session() as s:
        merged = s.get(Beneficiary, dup.id)
        kept = s.get(Beneficiary, keep.id)
        assert merged is not None and kept is not None
        assert merged.merged_into_id == keep.id and merged.deleted
        assert kept.phone == "+212662000000"  # filled from the other record
        coaching = s.query(CoachingSession).one()
        assert coaching.beneficiary_id == keep.id  # both histories kept
