"""No name of ours hides one of Qt's: an attribute `thread` on a QObject or
a method `screen()` on a QWidget breaks Qt code that calls the real one.
Overriding a Qt virtual on purpose is allowed, by name."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import app.ui

# Qt virtuals our classes override on purpose.
OVERRIDES = frozenset({
    "accept", "closeEvent", "columnCount", "data", "done", "eventFilter", "filterAcceptsRow",
    "flags", "headerData", "isEmpty", "minimumSizeHint", "paintEvent", "resizeEvent",
    "rowCount", "setData", "setSourceModel", "showEvent", "sizeHint", "sort", "translate",
})


def _our_names(node: ast.ClassDef) -> dict[str, int]:
    """Methods, class attributes and `self.x = ...` of one class, with lines."""
    names: dict[str, int] = {}
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            names.setdefault(item.name, item.lineno)
        elif isinstance(item, ast.Assign | ast.AnnAssign):
            targets = item.targets if isinstance(item, ast.Assign) else [item.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    names.setdefault(target.id, item.lineno)
    for sub in ast.walk(node):
        if (
            isinstance(sub, ast.Attribute)
            and isinstance(sub.ctx, ast.Store)
            and isinstance(sub.value, ast.Name)
            and sub.value.id == "self"
        ):
            names.setdefault(sub.attr, sub.lineno)
    return names


def test_no_attribute_or_method_hides_a_qt_member(qapp: object) -> None:
    root = Path(app.ui.__file__).parent
    hidden: list[str] = []
    for path in sorted(root.rglob("*.py")):
        module_name = ".".join(path.relative_to(root.parent.parent).with_suffix("").parts)
        module = importlib.import_module(module_name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            cls = getattr(module, node.name, None)
            if not inspect.isclass(cls):
                continue
            qt_members: set[str] = set()
            for base in cls.__mro__:
                if base.__module__.startswith(("PySide6", "Shiboken")):
                    qt_members |= set(vars(base))
            for name, line in _our_names(node).items():
                if name in qt_members and name not in OVERRIDES and not name.startswith("__"):
                    hidden.append(f"{path.relative_to(root.parent.parent)}:{line} {node.name}.{name}")
    assert not hidden, "names that hide Qt's own: " + ", ".join(hidden)
