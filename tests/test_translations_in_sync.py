"""Every visible string in the sources is in its catalogue and translated:
refreshing a copy of each catalogue from the sources adds nothing unfinished."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui.i18n_build import I18N, LANGUAGES, catalogue_sources, update


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("catalogue", sorted(catalogue_sources()))
def test_catalogue_covers_every_source_string(catalogue: str, lang: str, tmp_path: Path) -> None:
    copy = tmp_path / f"{catalogue}_{lang}.ts"
    shutil.copy(I18N / copy.name, copy)
    update(copy, catalogue_sources()[catalogue], lang)
    missing = [
        message.findtext("source")
        for message in ET.parse(copy).getroot().iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") in {"unfinished", "vanished"}
        or not (translation.text or "").strip()
    ]
    assert not missing, f"untranslated in {copy.name}: {missing}"
