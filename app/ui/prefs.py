"""The desktop app's preferences for this user: language, the data folder to
open at the next start, and the idle-lock delay.

Kept in a small JSON file in the user's configuration folder (not in the
database) because the language must be known before any widget exists and
the data folder before the database is opened.  `$CARAVANE_CONFIG_DIR`
overrides the folder (tests, portable installs).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

ENV_CONFIG_DIR = "CARAVANE_CONFIG_DIR"
FILE_NAME = "desktop.json"
LANGUAGES = ("fr", "ar", "en")
DEFAULT_IDLE_LOCK_MINUTES = 10


@dataclass(frozen=True)
class Preferences:
    lang: str = "fr"
    data_dir: str | None = None  # None: the default data folder
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    last_user_id: str | None = None

    def with_changes(self, **changes: object) -> Preferences:
        return replace(self, **changes)  # type: ignore[arg-type]


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("Caravane", "CCIS-TTA"))


def prefs_path() -> Path:
    return config_dir() / FILE_NAME


def load() -> Preferences:
    """The saved preferences; defaults when the file is missing or unreadable."""
    try:
        raw = json.loads(prefs_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    prefs = Preferences()
    lang = raw.get("lang")
    if lang in LANGUAGES:
        prefs = prefs.with_changes(lang=lang)
    if isinstance(raw.get("data_dir"), str) and raw["data_dir"]:
        prefs = prefs.with_changes(data_dir=raw["data_dir"])
    minutes = raw.get("idle_lock_minutes")
    if isinstance(minutes, int) and 0 <= minutes <= 24 * 60:
        prefs = prefs.with_changes(idle_lock_minutes=minutes)
    if isinstance(raw.get("last_user_id"), str):
        prefs = prefs.with_changes(last_user_id=raw["last_user_id"])
    return prefs


def save(prefs: Preferences) -> None:
    path = prefs_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(prefs), indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a file
