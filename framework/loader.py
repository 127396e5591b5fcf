"""Load the MNR content from the YAML files in `framework/data`, validate it, build the records.

The files are checked by the models in `framework.schema`. A broken file stops loading with one
`FrameworkError` that names the file and the place in it of every problem found, one per line,
e.g. ``capabilities.yaml: capabilities[6].depends_on[0].capability: 99 is not another
capability's id``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from framework.model import (
    Capability,
    Challenge,
    Dependency,
    Domain,
    Edition,
    Framework,
    Lesson,
    NextStep,
    PeerExample,
    Text,
)
from framework.schema import (
    PROBLEM,
    BriefsDoc,
    CapabilitiesFile,
    CapabilityDoc,
    DomainDoc,
    DomainsFile,
    ExamplesFile,
    Known,
    LessonsFile,
    MetaFile,
    NextStepsDoc,
    PhasesDoc,
)

DATA_DIR = Path(__file__).parent / "data"
# libyaml's safe loader where PyYAML was built with it (the wheels are): the same documents,
# ten times faster than the pure-Python one (0.2 s of every process's start)
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_Doc = TypeVar("_Doc", bound=BaseModel)

# pydantic's own wording is written for API payloads; content editors get plainer words.
_PLAIN = {
    "missing": "is missing",
    "extra_forbidden": "is not a known field here (check its spelling and indentation)",
    "string_type": "should be a text",
    "int_type": "should be a whole number",
    "bool_type": "should be true or false",
    "list_type": "should be a list",
    "dict_type": "should be a mapping",
    "model_type": "should be a mapping",
}


class FrameworkError(ValueError):
    """The content files are missing, malformed or inconsistent."""


def _path(loc: Sequence[str | int]) -> str:
    """``("capabilities", 6, "depends_on", 0)`` -> ``capabilities[6].depends_on[0]``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


def _describe(file: str, error: ErrorDetails) -> str:
    loc = list(error["loc"])
    if error["type"] == PROBLEM:
        loc += error.get("ctx", {}).get("at", ())
        message = error["msg"]
    else:
        message = _PLAIN.get(error["type"], error["msg"])
    path = _path(loc)
    return f"{file}: {path}: {message}" if path else f"{file}: {message}"


def _read(data_dir: Path, file: str, model: type[_Doc], known: Known | None = None) -> _Doc:
    try:
        raw = yaml.load((data_dir / file).read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except FileNotFoundError:
        raise FrameworkError(f"{file}: file not found in {data_dir}") from None
    except yaml.YAMLError as exc:
        raise FrameworkError(f"{file}: not valid YAML ({exc})") from None
    try:
        return model.model_validate(raw, context=known)
    except ValidationError as exc:
        problems = [_describe(file, error) for error in exc.errors(include_url=False)]
        raise FrameworkError("\n".join(problems)) from None


def _by_phase(doc: PhasesDoc | BriefsDoc, key: str) -> tuple[Text, Text, Text, Text]:
    """The four texts of `doc`, keyed ``<key>.1`` to ``<key>.4``."""
    return (
        Text(f"{key}.1", doc.phase_1),
        Text(f"{key}.2", doc.phase_2),
        Text(f"{key}.3", doc.phase_3),
        Text(f"{key}.4", doc.phase_4),
    )


def _next_steps(doc: NextStepsDoc, key: str) -> dict[int, tuple[NextStep, ...]]:
    return {
        phase: tuple(
            NextStep(
                id=step.id,
                text=Text(f"{key}.next.{step.id}", step.text),
                lessons=tuple(step.lessons),
            )
            for step in steps
        )
        for phase, steps in doc.by_phase().items()
    }


def _capability(doc: CapabilityDoc) -> Capability:
    key = f"cap.{doc.id}"
    return Capability(
        id=doc.id,
        domain=doc.domain,
        name=Text(f"{key}.name", doc.name),
        label=Text(f"{key}.label", doc.label),
        description=Text(f"{key}.description", doc.description),
        question=Text(f"{key}.question", doc.question),
        phases=_by_phase(doc.phases, f"{key}.phase"),
        briefs=_by_phase(doc.brief, f"{key}.brief"),
        evidence_prompt=Text(f"{key}.evidence", doc.evidence_prompt),
        depends_on=tuple(
            Dependency(d.capability, Text(f"{key}.depends.{d.capability}", d.basis))
            for d in doc.depends_on
        ),
        next_steps=_next_steps(doc.next_steps, key),
    )


def _domain(doc: DomainDoc, capabilities: Sequence[Capability]) -> Domain:
    key = f"domain.{doc.id}"
    return Domain(
        id=doc.id,
        name=Text(f"{key}.name", doc.name),
        outcome=Text(f"{key}.outcome", doc.outcome),
        pulse_question=Text(f"{key}.pulse", doc.pulse_question),
        phases=_by_phase(doc.phases, f"{key}.phase"),
        briefs=_by_phase(doc.brief, f"{key}.brief"),
        next_steps=_next_steps(doc.next_steps, key),
        capability_ids=tuple(c.id for c in capabilities if c.domain == doc.id),
    )


def load_framework_from(data_dir: Path) -> Framework:
    """Load and validate the content in `data_dir` (used directly by tests on copies)."""
    meta = _read(data_dir, "meta.yaml", MetaFile)
    lessons = _read(data_dir, "lessons.yaml", LessonsFile)
    known = Known(lessons=frozenset(lesson.id for lesson in lessons.lessons))
    domains = _read(data_dir, "domains.yaml", DomainsFile, known)
    known = replace(known, domains=tuple(d.id for d in domains.domains))
    capability_docs = _read(data_dir, "capabilities.yaml", CapabilitiesFile, known).capabilities
    examples = _read(data_dir, "examples.yaml", ExamplesFile)

    capabilities = tuple(_capability(doc) for doc in capability_docs)
    labels = [Text(f"phase.{p.number}.label", p.label) for p in meta.phases]
    return Framework(
        edition=Edition(
            name=Text("edition.name", meta.edition.name),
            year=meta.edition.year,
            note=Text("edition.note", meta.edition.note),
        ),
        phase_labels=(labels[0], labels[1], labels[2], labels[3]),
        domains=tuple(_domain(doc, capabilities) for doc in domains.domains),
        capabilities=capabilities,
        lessons=tuple(
            Lesson(
                id=doc.id,
                title=Text(f"lesson.{doc.id}.title", doc.title),
                text=Text(f"lesson.{doc.id}.text", doc.text),
            )
            for doc in lessons.lessons
        ),
        challenges=tuple(
            Challenge(id=doc.id, text=Text(f"challenge.{doc.id}", doc.text))
            for doc in lessons.challenges
        ),
        examples=tuple(
            PeerExample(
                id=doc.id,
                countries=tuple(doc.countries),
                and_others=doc.and_others,
                text=Text(f"example.{doc.id}", doc.text),
                capabilities=tuple(doc.capabilities),
            )
            for doc in examples.examples
        ),
    )


@lru_cache(maxsize=1)
def load_framework() -> Framework:
    """The packaged MNR content, loaded and validated once per process."""
    return load_framework_from(DATA_DIR)
