"""The gettext catalogs: template complete and current, catalogs in step with it."""

from __future__ import annotations

import re
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
    folders = sorted(p for p in LOCALES_DIR.iterdir() if (p / "LC_MESSAGES").is_dir())
    assert "en" in [p.name for p in folders]
    for folder in folders:
        with (folder / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalog = read_po(handle, locale=folder.name)
        assert _entries(catalog) >= template, f"{folder.name} misses template entries"
        if folder.name == "en":
            continue
        untranslated = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
        assert untranslated == [], f"{folder.name}: untranslated or fuzzy entries"


PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
BANNED = re.compile(r"pornogra|prostitu|порнограф|проститу|色情|卖淫|إباحي|دعارة", re.IGNORECASE)


def _translated_catalogs() -> list[tuple[str, Catalog]]:
    found = []
    for folder in sorted(p for p in LOCALES_DIR.iterdir()
                         if (p / "LC_MESSAGES").is_dir() and p.name != "en"):
        with (folder / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            found.append((folder.name, read_po(handle, locale=folder.name)))
    return found


def test_translations_keep_placeholders_commands_and_limits() -> None:
    problems = []
    for locale, catalog in _translated_catalogs():
        for message in catalog:
            if not message.id:
                continue
            ids = [message.id] if isinstance(message.id, str) else list(message.id)
            strings = [message.string] if isinstance(message.string, str) else list(
                message.string or ()
            )
            wanted = set(PLACEHOLDER.findall(ids[-1]))
            commands = set(re.findall(r"/[a-z]+\b", ids[0])) - {"/"}
            for text in strings:
                if not text:
                    continue
                if set(PLACEHOLDER.findall(text)) != wanted and not (
                    # one plural form may spell a count out in words
                    len(strings) > 1 and set(PLACEHOLDER.findall(text)) < wanted
                ):
                    problems.append(f"{locale}: placeholders differ in {ids[0][:50]!r}")
                if not commands <= set(re.findall(r"/[a-z]+\b", text)):
                    problems.append(f"{locale}: a /command was translated in {ids[0][:50]!r}")
                if BANNED.search(text):
                    problems.append(f"{locale}: banned term in {ids[0][:50]!r}")
                if message.context and message.context.endswith(".label") and len(text) > 24:
                    problems.append(f"{locale}: label {message.context} over 24 characters")
    assert problems == []


# pybabel does not read calls inside an f-string: such a text is never offered to translators.
CALL_IN_FSTRING = re.compile(r"""\bf["'][^\n]*\{[^}\n]*\b(?:n?gettext|_)\(\s*["']""")


def test_no_translated_call_hides_inside_an_f_string() -> None:
    hidden = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("bot", "flows", "framework", "storage")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CALL_IN_FSTRING.search(line)
    ]
    assert hidden == []
