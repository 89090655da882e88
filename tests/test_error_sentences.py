"""Every error code the code base can raise has a sentence in French, Arabic
and English, and no code ever reaches the screen raw.

The codes are found by reading the sources, not listed by hand: the string
literals given as the code to FieldError / ValidationError.single /
StateError / AuthError / CaravaneError / UnreadableFileError / code_text
(and to any function that passes one of its own parameters on as a code),
the `code = "..."` of every CaravaneError subclass (the sync and storage
errors), and the reasons the server gives for a refused row.  A new code
without a sentence in app/ui/errors.py fails here."""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from app.core.errors import StateError
from app.core.problems import FieldError
from app.ui import i18n
from app.ui.errors import code_text, error_text, field_error_text

ROOT = Path(__file__).resolve().parents[1]
# Where codes are raised; app/ui/errors.py is where they are translated.
SOURCES = [
    path
    for path in sorted((ROOT / "app").rglob("*.py"))
    if "migrations" not in path.relative_to(ROOT).parts
    and path.relative_to(ROOT).as_posix() != "app/ui/errors.py"
]
# The server's reasons for refusing a pushed row, which the laptop keeps and shows.
REFUSAL_SOURCES = [ROOT / "server" / "meaning.py", ROOT / "server" / "sync_service.py"]
# Callables whose argument at `index` (or keyword `code`) is a code.  Classes
# whose __init__ takes a `code` and functions that pass a parameter on as a
# code are added by reading the sources.
SEED = {"FieldError": 1, "single": 1, "code_text": 0}
BASE_ERROR = "CaravaneError"
LANGS = ("fr", "ar", "en")
# Values for every placeholder a sentence may have.
PARAMS: dict[str, Any] = {
    "value": "X1", "max": 20, "min": 8, "count": 2, "field": "cin", "fields": "cin, phone",
    "laptop_time": 1_800_000_000_000, "server_time": 1_700_000_000_000, "minutes": 15,
}


@dataclass(frozen=True)
class Site:
    where: str
    text: str


def _literals(node: ast.AST | None) -> list[str] | None:
    """The strings an expression can be, or None if it is not made of literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, other = _literals(node.body), _literals(node.orelse)
        return None if body is None or other is None else body + other
    return None


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _params(func: ast.FunctionDef | ast.AsyncFunctionDef, *, method: bool) -> list[str]:
    names = [a.arg for a in [*func.args.posonlyargs, *func.args.args]]
    return names[1:] if method else names


class Scan:
    """Codes found in the sources, and call sites whose code could not be read."""

    def __init__(self, paths: list[Path]) -> None:
        self.trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
        self.takes_code: dict[str, int] = dict(SEED)
        self.codes: dict[str, str] = {}
        self.unresolved: list[Site] = []
        self._classes()
        self._forwarders()
        for path, tree in self.trees.items():
            self._collect(path, tree)

    def _functions(self) -> Iterator[tuple[Path, ast.FunctionDef | ast.AsyncFunctionDef, bool]]:
        for path, tree in self.trees.items():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    for item in node.body:
                        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                            yield path, item, True
                elif isinstance(node, ast.Module):
                    for item in node.body:
                        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                            yield path, item, False

    def _classes(self) -> None:
        """Subclasses of CaravaneError: their `code = ...`, and their
        __init__'s `code` parameter."""
        bases: dict[str, list[str]] = {}
        classes: dict[str, ast.ClassDef] = {}
        for tree in self.trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    classes[node.name] = node
                    bases[node.name] = [n for b in node.bases if (n := _name(b))]

        def is_error(name: str, seen: frozenset[str] = frozenset()) -> bool:
            if name == BASE_ERROR:
                return True
            return any(is_error(b, seen | {name}) for b in bases.get(name, []) if b not in seen)

        for name, node in classes.items():
            if not is_error(name):
                continue
            for item in node.body:
                if isinstance(item, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "code" for t in item.targets
                ) or isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and (
                    item.target.id == "code"
                ):
                    for code in _literals(item.value) or []:
                        self.codes.setdefault(code, f"{name}.code")
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params = _params(item, method=True)
                    if "code" in params:
                        self.takes_code[name] = params.index("code")

    def _code_arg(self, call: ast.Call) -> ast.expr | None:
        index = self.takes_code[_name(call.func) or ""]
        if len(call.args) > index and not isinstance(call.args[index], ast.Starred):
            return call.args[index]
        return next((k.value for k in call.keywords if k.arg == "code"), None)

    def _forwarders(self) -> None:
        """A function that hands one of its parameters to a code-taking call
        takes a code itself (repeat until nothing new is found)."""
        changed = True
        while changed:
            changed = False
            for _path, func, method in self._functions():
                if func.name in self.takes_code:
                    continue
                params = _params(func, method=method)
                for node in ast.walk(func):
                    if isinstance(node, ast.Call) and _name(node.func) in self.takes_code:
                        arg = self._code_arg(node)
                        if isinstance(arg, ast.Name) and arg.id in params:
                            self.takes_code[func.name] = params.index(arg.id)
                            changed = True
                            break

    def _collect(self, path: Path, tree: ast.Module) -> None:
        where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
        scopes: list[ast.Module | ast.FunctionDef | ast.AsyncFunctionDef] = [
            tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))
        ]
        for scope in scopes:
            nodes = list(_own_nodes(scope))
            params = set() if isinstance(scope, ast.Module) else set(_params(scope, method=False))
            local: dict[str, list[str] | None] = {}
            for node in nodes:
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                    node.targets[0], ast.Name
                ):
                    found, known = _literals(node.value), local.get(node.targets[0].id, [])
                    local[node.targets[0].id] = (
                        None if found is None or known is None else known + found
                    )
            for node in nodes:
                if not (isinstance(node, ast.Call) and _name(node.func) in self.takes_code):
                    continue
                arg = self._code_arg(node)
                if arg is None:
                    continue  # the class's own code (NotFoundError, PossibleDuplicatesError...)
                values = _literals(arg)
                if values is None and isinstance(arg, ast.Name):
                    if arg.id in params:
                        continue  # a forwarder: its callers are read
                    values = local.get(arg.id)
                if values is None:
                    self.unresolved.append(Site(f"{where}:{node.lineno}", ast.unparse(node)))
                    continue
                for code in values:
                    self.codes.setdefault(code, f"{where}:{node.lineno}")


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a module or function, not those of the functions inside it."""
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            todo.extend(ast.iter_child_nodes(node))


def refusal_codes() -> dict[str, str]:
    """What the server's refusal functions return: "code" or "code:field"."""
    codes: dict[str, str] = {}
    for path in REFUSAL_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not (isinstance(func, ast.FunctionDef) and "refusal" in func.name):
                continue
            for node in ast.walk(func):
                if not isinstance(node, ast.Return) or node.value is None:
                    continue
                values = [node.value.body, node.value.orelse] if isinstance(
                    node.value, ast.IfExp) else [node.value]
                for value in values:
                    text = None
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        text = value.value
                    elif isinstance(value, ast.JoinedStr) and isinstance(
                        value.values[0], ast.Constant
                    ):
                        text = str(value.values[0].value)
                    if text:
                        codes.setdefault(text.split(":")[0],
                                         f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    return codes


@pytest.fixture(scope="module")
def scan() -> Scan:
    return Scan(SOURCES)


@pytest.fixture(scope="module")
def every_code(scan: Scan) -> dict[str, str]:
    return {**scan.codes, **refusal_codes()}


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Any]:
    def switch(lang: str) -> None:
        i18n.install_language(qapp, lang)

    yield switch
    i18n.install_language(qapp, "fr")


def test_the_scan_finds_the_codes_it_must(scan: Scan, every_code: dict[str, str]) -> None:
    """The scan reads every kind of site (a check that it still works)."""
    for code in (
        "nothing_attended",  # StateError in a service
        "cin_format",  # FieldError in app/rules
        "unknown_commune",  # ValidationError.single through a local variable (app/ui)
        "storage_full", "sync_offline", "bundle_invalid",  # class codes
        "wrong_password",  # AuthError
        "no_name_column",  # UnreadableFileError's own __init__
        "passwords_differ",  # built by the window itself
        "not_your_team", "server_managed",  # the server's refusals
    ):
        assert code in every_code, code
    assert len(every_code) > 80


def test_the_scan_follows_helpers_and_local_variables(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text(
        "def _problem(name, code, params=None):\n"
        "    return FieldError(name, code, params)\n"
        "def _check(value):\n"
        "    return _problem('cin', 'made_up_code')\n"
        "def _state(flag):\n"
        "    code = 'first_code' if flag else 'second_code'\n"
        "    raise StateError(code)\n"
        "def _hidden():\n"
        "    raise StateError(compute())\n",
        encoding="utf-8",
    )
    found = Scan([ROOT / "app" / "core" / "errors.py", source])
    assert {"made_up_code", "first_code", "second_code"} <= set(found.codes)
    assert [site.text for site in found.unresolved] == ["StateError(compute())"]


def test_every_code_site_is_readable(scan: Scan) -> None:
    """A code computed where the scan cannot see it would escape this test:
    write it as a literal (or a literal in a local variable)."""
    assert not scan.unresolved, "\n".join(f"{s.where}: {s.text}" for s in scan.unresolved)


@pytest.mark.parametrize("lang", LANGS)
def test_every_code_has_a_sentence_in_every_language(
    every_code: dict[str, str], language: Any, lang: str
) -> None:
    language("fr")
    french = {code: code_text(code, PARAMS) for code in every_code}
    fallback = code_text("no_code_is_called_this", PARAMS)
    language(lang)
    fallbacks = {fallback, code_text("no_code_is_called_this", PARAMS)}
    problems = []
    for code, where in sorted(every_code.items()):
        text = code_text(code, PARAMS)
        if text in fallbacks:
            problems.append(f"{code} ({where}): no sentence")
        elif "{" in text or "}" in text:
            problems.append(f"{code} ({where}): a placeholder is left: {text!r}")
        elif "_" in code and code in text:
            problems.append(f"{code} ({where}): the code shows: {text!r}")
        elif lang != "fr" and text == french[code]:
            problems.append(f"{code} ({where}): not translated into {lang}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_the_fallback_is_a_sentence_without_the_code(language: Any, lang: str) -> None:
    language(lang)
    for text in (
        code_text("some_new_code"),
        field_error_text(FieldError("cin", "some_new_code")),
    ):
        assert "some_new_code" not in text
        assert text.rstrip().endswith((".", "。", "؟")), text
        assert ":" not in text.rstrip(".")[-3:]
    if lang != "fr":
        language("fr")
        french = code_text("some_new_code")
        language(lang)
        assert code_text("some_new_code") != french


@pytest.mark.parametrize("lang", LANGS)
def test_a_database_error_never_shows_its_code_nor_its_sql(language: Any, lang: str) -> None:
    """SQLAlchemy's errors carry a `code` ("e3q8"): it showed as "خطأ: e3q8"."""
    language(lang)
    full = OperationalError("INSERT INTO beneficiary (cin) VALUES (?)", ("ZQ1",),
                            sqlite3.OperationalError("database or disk is full"))
    other = OperationalError("SELECT cin FROM beneficiary", {},
                             sqlite3.OperationalError("no such column: cin"))
    for exc in (full, other):
        text = error_text(exc)
        for leak in ("e3q8", "INSERT", "SELECT", "ZQ1", "sqlite", "cin"):
            assert leak not in text, (leak, text)
    language("fr")
    assert "disque de cet ordinateur est plein" in error_text(full)


def test_a_certificate_for_someone_who_attended_nothing_says_why_in_arabic(
    qtbot: Any, db: Any, language: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Found: "خطأ: nothing_attended"; now the sentence, in the window."""
    from app.ui import documents
    from tests.ui_support import build_day, close_window, log_in, make_window

    day = build_day(db)
    monkeypatch.setattr(documents.SaveFile, "ask", lambda *a: tmp_path / "attestation.pdf")
    window = make_window(qtbot, db, lang="ar")
    shown: list[str] = []

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, read_box)

    try:
        log_in(qtbot, window)
        window.ctx.open_beneficiary(day.people["Salma Chaoui"])
        page = window.shell.screen_named("beneficiaries").detail
        qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
        QTimer.singleShot(0, read_box)
        qtbot.mouseClick(page.certificate_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        expected = error_text(StateError("nothing_attended"))
    finally:
        close_window(window)
    assert shown == [expected]
    assert "nothing_attended" not in expected
    assert "لا يوجد أي حضور مسجل" in expected  # the Arabic sentence, not the French one
    assert not (tmp_path / "attestation.pdf").exists()
