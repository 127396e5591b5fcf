"""The gettext catalogs: template complete and current, catalogs in step with it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.i18n import LOCALES_DIR
from framework import load_framework
from framework.catalog import iter_texts

ROOT = Path(__file__).resolve().parent.parent


def _entries(catalog: Catalog) -> set[tuple[str | None, str]]:
    return {
        (m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id
    }


@pytest.fixture(scope="module")
def fresh_template(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    out = tmp_path_factory.mktemp("pot") / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [str(pybabel), "extract", "-F", "babel.cfg", "--add-comments=Translators:",
         "--omit-header", "-o", str(out), "."],
        cwd=ROOT, check=True, capture_output=True,
    )
    with out.open("rb") as handle:
        return read_po(handle)


def test_template_has_every_content_string_with_its_key(fresh_template: Catalog) -> None:
    entries = _entries(fresh_template)
    texts = list(iter_texts(load_framework()))
    assert len(texts) > 400
    missing = [t.key for t in texts if (t.key, t.english) not in entries]
    assert missing == []
    keys = [t.key for t in texts]
    assert len(keys) == len(set(keys)), "content keys must be unique"


def test_committed_template_is_current(fresh_template: Catalog) -> None:
    with (LOCALES_DIR / "messages.pot").open("rb") as handle:
        committed = read_po(handle)
    assert _entries(committed) == _entries(fresh_template), (
        "locales/messages.pot is out of date: run ./dev catalogs"
    )


def test_every_catalog_covers_the_template() -> None:
    with (LOCALES_DIR / "messages.pot").open("rb") as handle:
        template = _entries(read_po(handle))
    folders = sorted(p for p in LOCALES_DIR.iterdir() if p.is_dir())
    assert "en" in [p.name for p in folders]
    for folder in folders:
        with (folder / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalog = read_po(handle, locale=folder.name)
        assert _entries(catalog) >= template, f"{folder.name} misses template entries"
        if folder.name == "en":
            continue
        untranslated = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
        assert untranslated == [], f"{folder.name}: untranslated or fuzzy entries"
