"""Load the MNR content from the YAML files in `framework/data` and validate it.

A broken file stops loading with one `FrameworkError` whose message names the file and the
field, e.g. ``capabilities.yaml: capabilities[6].depends_on[0].capability: 99 is not a
capability id``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from framework.model import (
    PHASES,
    STEP_PHASES,
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

DATA_DIR = Path(__file__).parent / "data"
FILES = ("meta.yaml", "lessons.yaml", "domains.yaml", "capabilities.yaml", "examples.yaml")
DOMAIN_COUNT = 6
CAPABILITY_COUNT = 21
LABEL_MAX = 24


class FrameworkError(ValueError):
    """The content files are missing, malformed or inconsistent."""


class _Node:
    """A position in a YAML document, so that every error names its file and field."""

    def __init__(self, file: str, path: str, value: Any) -> None:
        self.file, self.path, self.value = file, path, value

    def fail(self, problem: str) -> FrameworkError:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return FrameworkError(f"{where}: {problem}")

    def child(self, key: str | int) -> _Node:
        if isinstance(key, int):
            items = self.as_list()
            if key >= len(items):
                raise self.fail(f"item {key} is missing")
            return _Node(self.file, f"{self.path}[{key}]", items[key])
        mapping = self.as_mapping()
        if key not in mapping:
            raise _Node(self.file, self._join(key), None).fail("is missing")
        return _Node(self.file, self._join(key), mapping[key])

    def optional(self, key: str, default: Any) -> _Node:
        mapping = self.as_mapping()
        return _Node(self.file, self._join(key), mapping.get(key, default))

    def _join(self, key: str | int) -> str:
        return f"{self.path}.{key}" if self.path else str(key)

    def as_mapping(self) -> dict[Any, Any]:
        if not isinstance(self.value, dict):
            raise self.fail("should be a mapping")
        return self.value

    def as_list(self) -> list[Any]:
        if not isinstance(self.value, list):
            raise self.fail("should be a list")
        return self.value

    def items(self) -> list[_Node]:
        return [self.child(i) for i in range(len(self.as_list()))]

    def text(self, key: str, max_length: int | None = None) -> Text:
        value = self.value
        if not isinstance(value, str) or not value.strip():
            raise self.fail("should be a non-empty text")
        value = " ".join(value.split())
        if max_length is not None and len(value) > max_length:
            raise self.fail(f"is {len(value)} characters; at most {max_length} are allowed")
        return Text(key=key, english=value)

    def integer(self) -> int:
        if not isinstance(self.value, int) or isinstance(self.value, bool):
            raise self.fail("should be a whole number")
        return self.value

    def ident(self) -> str:
        if not isinstance(self.value, str) or not self.value.isidentifier():
            raise self.fail("should be an identifier (letters, digits, underscores)")
        return self.value


def _read(data_dir: Path, name: str) -> _Node:
    path = data_dir / name
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FrameworkError(f"{name}: file not found in {data_dir}") from None
    except yaml.YAMLError as exc:
        raise FrameworkError(f"{name}: not valid YAML ({exc})") from None
    return _Node(name, "", raw)


def _phases(node: _Node, key_prefix: str) -> tuple[Text, Text, Text, Text]:
    mapping = node.as_mapping()
    extra = set(mapping) - set(PHASES)
    if extra:
        raise node.fail(f"unknown phase(s) {sorted(extra, key=str)}; phases are 1-4")
    texts = []
    for p in PHASES:
        phase_node = _Node(node.file, f"{node.path}.{p}", mapping.get(p))
        if p not in mapping:
            raise phase_node.fail("phase descriptor is missing")
        texts.append(phase_node.text(f"{key_prefix}.phase.{p}"))
    return texts[0], texts[1], texts[2], texts[3]


def _next_steps(
    node: _Node, key_prefix: str, lesson_ids: set[str]
) -> dict[int, tuple[NextStep, ...]]:
    mapping = node.as_mapping()
    steps: dict[int, tuple[NextStep, ...]] = {}
    for phase in STEP_PHASES:
        if phase not in mapping:
            raise _Node(node.file, f"{node.path}.{phase}", None).fail(
                f"next steps for phase {phase} are missing"
            )
        phase_node = _Node(node.file, f"{node.path}.{phase}", mapping[phase])
        items = phase_node.items()
        if not 1 <= len(items) <= 3:
            raise phase_node.fail(f"has {len(items)} next steps; give one to three")
        parsed = []
        for index, item in enumerate(items):
            lessons_node = item.child("lessons")
            lessons = tuple(str(v) for v in lessons_node.as_list())
            if not lessons:
                raise lessons_node.fail("name at least one lesson")
            for lesson in lessons:
                if lesson not in lesson_ids:
                    raise lessons_node.fail(f"unknown lesson {lesson!r}")
            text = item.child("text").text(f"{key_prefix}.next.{phase}.{index}")
            parsed.append(NextStep(text=text, lessons=lessons))
        steps[phase] = tuple(parsed)
    if set(mapping) - set(STEP_PHASES):
        raise node.fail("next steps are only for phases 1-3")
    return steps


def _unique(node: _Node, ids: list[Any], what: str) -> None:
    seen: set[Any] = set()
    for value in ids:
        if value in seen:
            raise node.fail(f"{what} {value!r} appears twice")
        seen.add(value)


def load_framework_from(data_dir: Path) -> Framework:
    """Load and validate the content in `data_dir` (used directly by tests on copies)."""
    meta = _read(data_dir, "meta.yaml")
    edition_node = meta.child("edition")
    edition = Edition(
        name=edition_node.child("name").text("edition.name"),
        year=edition_node.child("year").integer(),
        note=edition_node.child("note").text("edition.note"),
    )
    phase_nodes = meta.child("phases").items()
    if [p.child("number").integer() for p in phase_nodes] != list(PHASES):
        raise meta.child("phases").fail("should list phases 1, 2, 3, 4 in order")
    labels = [p.child("label").text(f"phase.{i + 1}.label") for i, p in enumerate(phase_nodes)]
    phase_labels = (labels[0], labels[1], labels[2], labels[3])

    lessons_doc = _read(data_dir, "lessons.yaml")
    lessons = []
    for node in lessons_doc.child("lessons").items():
        lesson_id = node.child("id").ident()
        lessons.append(
            Lesson(
                id=lesson_id,
                title=node.child("title").text(f"lesson.{lesson_id}.title"),
                text=node.child("text").text(f"lesson.{lesson_id}.text"),
            )
        )
    _unique(lessons_doc.child("lessons"), [lesson.id for lesson in lessons], "lesson id")
    challenges = []
    for node in lessons_doc.child("challenges").items():
        challenge_id = node.child("id").ident()
        challenges.append(
            Challenge(id=challenge_id, text=node.child("text").text(f"challenge.{challenge_id}"))
        )
    _unique(lessons_doc.child("challenges"), [c.id for c in challenges], "challenge id")
    lesson_ids = {lesson.id for lesson in lessons}

    domains_doc = _read(data_dir, "domains.yaml")
    domain_list = domains_doc.child("domains")
    raw_domains = []
    for node in domain_list.items():
        domain_id = node.child("id").ident()
        key = f"domain.{domain_id}"
        raw_domains.append(
            Domain(
                id=domain_id,
                name=node.child("name").text(f"{key}.name"),
                outcome=node.child("outcome").text(f"{key}.outcome"),
                pulse_question=node.child("pulse_question").text(f"{key}.pulse"),
                phases=_phases(node.child("phases"), key),
                next_steps=_next_steps(node.child("next_steps"), key, lesson_ids),
            )
        )
    _unique(domain_list, [d.id for d in raw_domains], "domain id")
    if len(raw_domains) != DOMAIN_COUNT:
        raise domain_list.fail(f"has {len(raw_domains)} domains; the MNR has {DOMAIN_COUNT}")
    domain_ids = [d.id for d in raw_domains]

    caps_doc = _read(data_dir, "capabilities.yaml")
    cap_list = caps_doc.child("capabilities")
    cap_nodes = cap_list.items()
    ids = [node.child("id").integer() for node in cap_nodes]
    _unique(cap_list, ids, "capability id")
    expected = list(range(1, CAPABILITY_COUNT + 1))
    if sorted(ids) != expected:
        missing = sorted(set(expected) - set(ids))
        extra = sorted(set(ids) - set(expected))
        problems = []
        if missing:
            problems.append(f"capabilities {missing} are missing")
        if extra:
            problems.append(f"unknown capability ids {extra}")
        problems.append(f"the MNR has capabilities 1-{CAPABILITY_COUNT}")
        raise cap_list.fail("; ".join(problems))
    if ids != expected:
        raise cap_list.fail("capabilities should be listed in the MNR's order, 1 to 21")
    capabilities = []
    for cap_id, node in zip(ids, cap_nodes, strict=True):
        key = f"cap.{cap_id}"
        domain_node = node.child("domain")
        if domain_node.value not in domain_ids:
            raise domain_node.fail(f"unknown domain {domain_node.value!r}")
        deps = []
        for dep_node in node.optional("depends_on", []).items():
            target_node = dep_node.child("capability")
            target = target_node.integer()
            if target not in expected or target == cap_id:
                raise target_node.fail(f"{target} is not another capability's id")
            deps.append(
                Dependency(
                    capability=target,
                    basis=dep_node.child("basis").text(f"{key}.depends.{target}"),
                )
            )
        capabilities.append(
            Capability(
                id=cap_id,
                domain=str(domain_node.value),
                name=node.child("name").text(f"{key}.name"),
                label=node.child("label").text(f"{key}.label", max_length=LABEL_MAX),
                description=node.child("description").text(f"{key}.description"),
                question=node.child("question").text(f"{key}.question"),
                phases=_phases(node.child("phases"), key),
                evidence_prompt=node.child("evidence_prompt").text(f"{key}.evidence"),
                depends_on=tuple(deps),
                next_steps=_next_steps(node.child("next_steps"), key, lesson_ids),
            )
        )
    domains = []
    for domain in raw_domains:
        members = tuple(c.id for c in capabilities if c.domain == domain.id)
        if not members:
            raise domain_list.fail(f"domain {domain.id!r} has no capabilities")
        domains.append(
            Domain(
                id=domain.id,
                name=domain.name,
                outcome=domain.outcome,
                pulse_question=domain.pulse_question,
                phases=domain.phases,
                next_steps=domain.next_steps,
                capability_ids=members,
            )
        )

    examples_doc = _read(data_dir, "examples.yaml")
    examples = []
    for node in examples_doc.child("examples").items():
        example_id = node.child("id").ident()
        countries_node = node.child("countries")
        countries = tuple(str(c) for c in countries_node.as_list())
        if not countries or not all(len(c) == 2 and c.isupper() for c in countries):
            raise countries_node.fail("should list ISO 3166-1 alpha-2 country codes")
        caps_node = node.child("capabilities")
        example_caps = tuple(int(c) for c in caps_node.as_list())
        for cap_id in example_caps:
            if cap_id not in expected:
                raise caps_node.fail(f"{cap_id} is not a capability id")
        examples.append(
            PeerExample(
                id=example_id,
                countries=countries,
                and_others=bool(node.optional("and_others", False).value),
                text=node.child("text").text(f"example.{example_id}"),
                capabilities=example_caps,
            )
        )
    _unique(examples_doc.child("examples"), [e.id for e in examples], "example id")

    return Framework(
        edition=edition,
        phase_labels=phase_labels,
        domains=tuple(domains),
        capabilities=tuple(capabilities),
        lessons=tuple(lessons),
        challenges=tuple(challenges),
        examples=tuple(examples),
    )


@lru_cache(maxsize=1)
def load_framework() -> Framework:
    """The packaged MNR content, loaded and validated once per process."""
    return load_framework_from(DATA_DIR)
