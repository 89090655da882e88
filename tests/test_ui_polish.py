"""French and Arabic polish, through the window: numbers written the way
each language writes them, every date field in dd/MM/yyyy, communes in
Arabic in the Arabic window, Qt's own dialogs translated, labels that agree
with a woman, no French or README left in Arabic, headers as wide as their
text."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.db import Database
from app.paths import resource
from app.services import accounts, reference
from app.services.attendance import check_in
from app.services.demo.generate import generate_demo
from app.services.demo.names import DEMO_PASSWORD
from app.services.indicators import compute_indicators
from tests.conftest import TODAY
from tests.ui_support import build_day, close_window, log_in, make_window, wait_idle

NNBSP = "\u202f"  # narrow no-break space: French thousands and before "%"
LATIN = re.compile("[A-Za-z]")


def demo_window(qtbot: Any, db: Database, lang: str) -> Any:
    """The window on the demo (over a thousand people in Samira's team),
    Samira (coordinator) logged in."""
    with db.session() as s:
        generate_demo(session=s, beneficiaries=2100, seed=7, today=TODAY)
    window = make_window(qtbot, db, lang=lang)
    window.resize(1300, 800)
    log_in(qtbot, window, name="Samira", password=DEMO_PASSWORD)
    return window


def open_screen(qtbot: Any, window: Any, name: str) -> Any:
    screen = window.shell.show_screen(name)
    wait_idle(qtbot, window)
    return screen


def french(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}".replace(",", NNBSP).replace(".", ",")


def arabic(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def team_people(window: Any) -> int:
    from app.services.beneficiaries import count_beneficiaries

    with window.ctx.db.session() as s:
        return count_beneficiaries(session=s, team_id=window.ctx.team_id)


def figures_of(qtbot: Any, window: Any) -> tuple[Any, Any]:
    screen = open_screen(qtbot, window, "figures")
    qtbot.waitUntil(lambda: screen.indicators is not None, timeout=10000)
    with window.ctx.db.session() as s:
        expected = compute_indicators(session=s, filters=screen.current_filter())
    return screen, expected


# -- numbers -----------------------------------------------------------------
def test_french_numbers_and_percentages(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = demo_window(qtbot, db, "fr")
    try:
        people = open_screen(qtbot, window, "beneficiaries")
        qtbot.waitUntil(lambda: not people.loading, timeout=10000)
        total = team_people(window)
        assert total > 1000
        assert people.count_label.text() == f"{french(total)} bénéficiaires"  # 1 015, not 1.015

        screen, expected = figures_of(qtbot, window)
        rate = expected.attendance_rate
        assert rate is not None and 0 < rate < 1
        tiles = {key: tile.value.text() for key, tile in screen.tiles.items()}
        assert tiles["attendance_rate"] == f"{french(rate * 100, 1)}{NNBSP}%"
        reached = expected.beneficiaries_reached
        share = expected.women * 100 / reached
        assert tiles["women"] == f"{french(expected.women)} ({french(share)}{NNBSP}%)"
        per_person = expected.hours_per_person
        assert not float(per_person).is_integer()
        assert tiles["hours_per_person"] == french(per_person, 2)  # 5,69 — not 5.69
        values = {line.key: screen.model.index(n, 2).data()
                  for n, line in enumerate(screen.model.rows())}
        assert values["attendance_rate"] == tiles["attendance_rate"]
        hours = screen.charts["hours"]
        assert french(round(expected.hours_attended, 1), 1) in hours.value_texts() or (
            float(round(expected.hours_attended, 1)).is_integer()
        )
        assert all("." not in text for text in hours.value_texts())

        window.status.check(False)
        qtbot.waitUntil(lambda: window.status.state is not None, timeout=5000)
        pending = window.status.state.pending_changes
        assert pending > 1000
        assert window.status.pending.text().startswith(f"{french(pending)} ")
    finally:
        close_window(window)


def test_arabic_numbers_read_right_to_left(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = demo_window(qtbot, db, "ar")
    try:
        people = open_screen(qtbot, window, "beneficiaries")
        qtbot.waitUntil(lambda: not people.loading, timeout=10000)
        # Western digits, as the Moroccan administration writes them in Arabic.
        assert people.count_label.text().startswith(f"{arabic(team_people(window))} ")

        screen, expected = figures_of(qtbot, window)
        shown = {key: tile.value.text() for key, tile in screen.tiles.items()}
        # Each value is a right-to-left phrase (a mark first, no isolate) ...
        assert all(text.startswith("\u200f") for text in shown.values()), shown
        tiles = {key: text.removeprefix("\u200f") for key, text in shown.items()}
        reached = expected.beneficiaries_reached
        share = expected.women * 100 / reached
        # ... and "410 (56%)" keeps the sign against its digits (one
        # left-to-right run), so it shows "(56%) 410": the count read first.
        assert tiles["women"] == f"{arabic(expected.women)} ({arabic(share)}%)"
        assert tiles["attendance_rate"] == f"{arabic(expected.attendance_rate * 100, 1)}%"
        assert tiles["hours_per_person"] == arabic(expected.hours_per_person, 2)
        for text in tiles.values():
            assert "\u2066" not in text and " %" not in text
    finally:
        close_window(window)


# -- dates ---------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_date_and_time_fields_show_day_month_year(qtbot, db: Database, lang: str) -> None:  # type: ignore[no-untyped-def]
    build_day(db)
    window = make_window(qtbot, db, lang=lang)
    try:
        log_in(qtbot, window)
        figures = open_screen(qtbot, window, "figures")
        assert figures.date_to.displayFormat() == "dd/MM/yyyy"
        assert figures.date_to.text() == TODAY.strftime("%d/%m/%Y")
        assert figures.date_from.text() == "16/03/2025"

        from app.ui.screens.sessions import SessionDialog

        dialog = SessionDialog(window.ctx, window, on_date=dt.date(2026, 12, 1))
        qtbot.addWidget(dialog)
        assert dialog.date.text() == "01/12/2026"
        assert (dialog.start.text(), dialog.end.text()) == ("09:00", "12:00")
        dialog.reject()
    finally:
        close_window(window)


# -- communes in Arabic ------------------------------------------------------
def test_arabic_window_names_communes_in_arabic(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    day = build_day(db)
    with db.session() as s:
        commune = next(
            c for c in reference.list_communes(session=s, region_code="01")
            if c.code == day.commune_code
        )
    assert commune.name_ar and commune.name_ar != commune.name_fr
    window = make_window(qtbot, db, lang="ar")
    try:
        log_in(qtbot, window)
        coaching = open_screen(qtbot, window, "coaching")
        qtbot.keyClicks(coaching.search, "Benali")
        qtbot.waitUntil(lambda: coaching.results.rowCount() > 0, timeout=5000)
        assert coaching.results.index(0, 2).data() == commune.name_ar

        from app.ui.screens.sessions import SessionDialog

        dialog = SessionDialog(window.ctx, window)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
        stops = [dialog.stop.itemText(i) for i in range(dialog.stop.count())]
        assert any(commune.name_ar in text for text in stops), stops
        assert not any(commune.name_fr in text for text in stops), stops
        dialog.reject()

        from app.ui.screens.merge import candidate_columns

        with db.session() as s:
            from app.services.beneficiaries import search_beneficiaries

            row = search_beneficiaries(session=s, query="Benali", limit=1)[0]
        assert candidate_columns("ar")[-1].text(row) == commune.name_ar
        assert candidate_columns("fr")[-1].text(row) == commune.name_fr
    finally:
        close_window(window)


# -- Qt's own dialogs --------------------------------------------------------
def dialog_texts(parent: QWidget) -> list[str]:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save,
        parent,
    )
    chooser = QFileDialog(parent)
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = [button.text() for button in box.buttons()]
    texts += [label.text() for label in chooser.findChildren(QLabel) if label.text()]
    texts += [b.text() for b in chooser.findChildren(QPushButton) if b.text()]
    chooser.deleteLater()
    box.deleteLater()
    return texts


def test_qt_dialogs_speak_the_window_language(qtbot, db: Database, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    build_day(db)
    window = make_window(qtbot, db, lang="ar")
    try:
        texts = dialog_texts(window)
        assert texts and not [t for t in texts if LATIN.search(t)], texts
        from app.ui import i18n

        i18n.install_language(qapp, "fr")  # a language change swaps Qt's translator too
        texts = dialog_texts(window)
        assert "Annuler" in texts and "Enregistrer" in texts
        assert any(t.replace("&", "").startswith("Voir dans") for t in texts), texts
        assert any(t.replace("&", "").startswith("Fichiers de type") for t in texts), texts
    finally:
        close_window(window)


# -- gendered labels -----------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "present", "registered", "trainer"),
    [("fr", "Présente", "Inscrite le", "formatrice"), ("ar", "حاضرة", "تاريخ التسجيل", "مكوِّنة")],
)
def test_labels_agree_with_a_woman(  # type: ignore[no-untyped-def]
    qtbot, db: Database, lang: str, present: str, registered: str, trainer: str
) -> None:
    day = build_day(db)
    fatima = day.people["Fatima-Zahra El Idrissi"]
    mohamed = day.people["Mohamed Benali"]
    with db.session() as s:
        for person in (fatima, mohamed):
            check_in(session=s, session_id=day.session_id, beneficiary_id=person)
        accounts.create_user(
            session=s, team_id=day.team_id, name="Khadija Ouazzani", role="trainer",
            password="secret12", sex="F",
        )
    window = make_window(qtbot, db, lang=lang)
    try:
        users = [window.login_page.users.item(i).text()
                 for i in range(window.login_page.users.count())]
        assert f"Khadija Ouazzani — {trainer}" in users, users
        # A user whose sex the laptop was not told keeps the usual word.
        assert any(u.startswith("Youssef Formateur — ") for u in users), users
        log_in(qtbot, window)
        window.ctx.open_attendance(day.session_id)
        screen = window.shell.screen_named("attendance")
        qtbot.waitUntil(lambda: screen.roster_data is not None, timeout=5000)
        wait_idle(qtbot, window)
        status = {
            screen.roster.row_at(r).beneficiary_id: screen.roster.index(r, 2).data()
            for r in range(screen.roster.rowCount())
        }
        assert status[fatima] == present
        assert status[mohamed] == ("Présent" if lang == "fr" else "حاضر")

        window.ctx.open_beneficiary(fatima)
        people = window.shell.screen_named("beneficiaries")
        detail = people.detail
        qtbot.waitUntil(lambda: detail.detail is not None, timeout=5000)
        labels = [detail.profile.itemAt(r, detail.profile.ItemRole.LabelRole).widget().text()
                  for r in range(detail.profile.rowCount())]
        assert registered in labels
        assert detail.sessions.model.index(0, 2).data() == present
    finally:
        close_window(window)


# -- no French key names nor README in Arabic ------------------------------
LEFTOVERS = ("Entrée", "README")


@pytest.mark.parametrize("name", ["caravane_ar", "screens_ar", "labels_ar"])
def test_arabic_catalogues_have_no_french_leftovers(name: str) -> None:
    with resource("i18n", f"{name}.ts").open("rb") as handle:
        root = ET.parse(handle).getroot()
    leftovers = [
        text for text in (m.findtext("translation") or "" for m in root.iter("message"))
        if any(word in text for word in LEFTOVERS)
    ]
    assert not leftovers


def visible_texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts.append(child.toolTip())
        if isinstance(child, QLineEdit):
            texts += [child.placeholderText(), child.text()]
        elif isinstance(child, (QLabel, QPushButton)):
            texts.append(child.text())
    return [t for t in texts if t]


def test_arabic_window_has_no_french_leftovers(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, Database(db.folder.parent / "empty"), lang="ar")
    try:
        first = window.first_start_page
        assert first is not None
        texts = visible_texts(first)
        assert not [t for t in texts if any(w in t for w in LEFTOVERS)], texts
        # What to do after loading the demo is said in the window itself.
        assert any(DEMO_PASSWORD in t for t in texts), texts
    finally:
        close_window(window)
        window.ctx.db.dispose()
    day = build_day(db)
    window = make_window(qtbot, db, lang="ar")
    try:
        log_in(qtbot, window)
        window.ctx.open_attendance(day.session_id)
        screen = window.shell.screen_named("attendance")
        qtbot.waitUntil(lambda: screen.roster_data is not None, timeout=5000)
        texts = visible_texts(screen)
        assert not [t for t in texts if any(w in t for w in LEFTOVERS)], texts
    finally:
        close_window(window)


# -- headers -------------------------------------------------------------------
def clipped_headers(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    model = view.model()
    clipped = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if header.sectionSize(section) < metrics.horizontalAdvance(text):
            clipped.append(text)
    return clipped


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_table_headers_are_as_wide_as_their_text(qtbot, db: Database, lang: str) -> None:  # type: ignore[no-untyped-def]
    day = build_day(db)
    window = make_window(qtbot, db, lang=lang)
    window.resize(1300, 800)
    try:
        log_in(qtbot, window)
        for name in ("today", "sessions", "beneficiaries", "coaching", "figures", "conflicts"):
            screen = open_screen(qtbot, window, name)
            for view in screen.findChildren(QTableView):
                if view.isVisible() and view.horizontalHeader().isVisible():
                    assert not clipped_headers(view), (name, clipped_headers(view))
        window.ctx.open_beneficiary(day.people["Fatima-Zahra El Idrissi"])
        detail = window.shell.screen_named("beneficiaries").detail
        qtbot.waitUntil(lambda: detail.detail is not None, timeout=5000)
        for view in detail.findChildren(QTableView):
            if view.isVisible():
                assert not clipped_headers(view), clipped_headers(view)
    finally:
        close_window(window)
