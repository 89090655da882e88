"""Where the laptop keeps its data (the user's data folder by default,
overridable with --data-dir or CARAVANE_DATA_DIR) and how the files shipped
with the application are read."""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "CARAVANE_DATA_DIR"
DB_FILE = "caravane.sqlite3"
RESOURCES = "app.resources"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        path = Path(override)
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR])
    else:
        path = Path(platformdirs.user_data_dir("Caravane", "CCIS-TTA"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource(*parts: str) -> Traversable:
    """A file shipped in `app/resources`, e.g. resource("fonts", "NotoSans-Regular.ttf"),
    found through importlib.resources wherever the package is installed."""
    return files(RESOURCES).joinpath(*parts)
