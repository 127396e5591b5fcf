"""Put the framework's content into the gettext catalog template.

Registered as the Babel extractor ``mnr_framework`` (pyproject.toml), mapped in ``babel.cfg``
to ``framework/data/capabilities.yaml``: one extraction of that file yields every content string
of the whole framework, each with its stable key as the message context, so that
``pgettext("cap.7.phase.2", ...)`` finds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from framework.loader import load_framework_from
from framework.model import Framework, Text


def iter_texts(framework: Framework) -> Iterator[Text]:
    """Every translatable content string, in a stable order."""
    yield framework.edition.name
    yield framework.edition.note
    yield from framework.phase_labels
    for lesson in framework.lessons:
        yield lesson.title
        yield lesson.text
    for challenge in framework.challenges:
        yield challenge.text
    for domain in framework.domains:
        yield from (domain.name, domain.outcome, domain.pulse_question, *domain.phases)
        yield from domain.briefs
        for steps in domain.next_steps.values():
            yield from (step.text for step in steps)
    for cap in framework.capabilities:
        yield from (cap.name, cap.label, cap.description, cap.question, *cap.phases)
        yield from cap.briefs
        yield cap.evidence_prompt
        yield from (dep.basis for dep in cap.depends_on)
        for steps in cap.next_steps.values():
            yield from (step.text for step in steps)
    for example in framework.examples:
        yield example.text


def extract_framework(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """Babel extractor: (lineno, funcname, (context, msgid), comments) per content string."""
    data_dir = Path(getattr(fileobj, "name", "")).parent
    framework = load_framework_from(data_dir)
    for number, text in enumerate(iter_texts(framework), start=1):
        yield number, "pgettext", (text.key, text.english), [f"Translators: MNR content {text.key}"]
