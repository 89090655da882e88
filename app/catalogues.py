"""The translation catalogues, `app/resources/i18n/<part>_<lang>.ts`, read
without Qt.  Documents and the CLI look labels up in them (`app.labels`) and
the desktop app installs them as its translators (`app.ui.i18n`): the
catalogues are the only form of the translations, with no compiled `.qm`
to build, ship or let go stale."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from app.paths import resource

Catalogue = dict[tuple[str, str], str]  # (context, French source) -> translation


def catalogue_names(lang: str) -> list[str]:
    """The catalogues shipped for `lang`, e.g. ["caravane_ar", "labels_ar", ...]."""
    suffix = f"_{lang}.ts"
    return sorted(
        entry.name.removesuffix(".ts")
        for entry in resource("i18n").iterdir()
        if entry.name.endswith(suffix)
    )


@lru_cache(maxsize=16)
def read_catalogue(name: str) -> Catalogue:
    """{(context, source): translation} of `<name>.ts`; unfinished, obsolete
    and empty translations are left out (the French source shows instead)."""
    entry = resource("i18n", f"{name}.ts")
    if not entry.is_file():
        return {}
    with entry.open("rb") as handle:
        root = ET.parse(handle).getroot()
    result: Catalogue = {}
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            result[(context_name, source)] = translation.text
    return result
