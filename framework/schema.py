"""What each content file in `framework/data` may hold: one pydantic model per file shape.

The models only describe and check the files; `framework.loader` turns them into the immutable
records of `framework.model`. Every check raises through pydantic, so that each problem comes
back with its location in the file. A check on a whole list or mapping that blames one entry
names the entry with `problem(..., *at)`. References to another file (a next step's lessons, a
capability's domain) are checked against `Known`, the ids of the files read before, passed as
the validation context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Protocol, Self

import pycountry
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from framework.model import PHASES, STEP_PHASES

DOMAIN_COUNT = 6
CAPABILITY_IDS: tuple[int, ...] = tuple(range(1, 22))
LABEL_MAX = 24  # labels are button captions and must fit on a phone screen
# A question screen must fit one phone screen: the question and the four briefs (short phase
# descriptors, right above the Phase 1-4 buttons) are most of it. The full descriptors are
# shown only on request, so they have no limit of their own.
BRIEF_MAX = 80
QUESTION_MAX = 170

PROBLEM = "mnr_content"  # the pydantic error type of every check in this module

_ID = re.compile(r"[a-z][a-z0-9_]*")


def problem(message: str, *at: str | int) -> PydanticCustomError:
    """An error for the value being validated, or for the entry `at` below it."""
    return PydanticCustomError(PROBLEM, "{message}", {"message": message, "at": at})


@dataclass(frozen=True)
class Known:
    """Ids defined by the files already read, for the references the next file makes."""

    lessons: frozenset[str] = frozenset()
    domains: tuple[str, ...] = ()

    @staticmethod
    def of(info: ValidationInfo) -> Known:
        if not isinstance(info.context, Known):
            # A programming error, not a content problem: let it propagate as it is.
            raise TypeError("validate content files with a Known as the context")
        return info.context


def _prose(value: str) -> str:
    words = value.split()
    if not words:
        raise problem("should be a non-empty text")
    # Folded YAML and hand-wrapped lines leave stray spaces that would show in the msgid.
    return " ".join(words)


def _at_most(limit: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        if len(value) > limit:
            raise problem(f"is {len(value)} characters; at most {limit} are allowed")
        return value

    return check


def _identifier(value: str) -> str:
    # Ids become part of gettext contexts and stored keys, so they are kept plain.
    if not _ID.fullmatch(value):
        raise problem("should be a snake_case id (lower-case letters, digits, underscores)")
    return value


def _country(value: str) -> str:
    # pycountry matches codes in any case; CLDR names are looked up by the upper-case code.
    if not value.isupper() or pycountry.countries.get(alpha_2=value) is None:
        raise problem(f"{value!r} is not an ISO 3166-1 alpha-2 country code")
    return value


Prose = Annotated[str, AfterValidator(_prose)]
Label = Annotated[Prose, AfterValidator(_at_most(LABEL_MAX))]
Brief = Annotated[Prose, AfterValidator(_at_most(BRIEF_MAX))]
Question = Annotated[Prose, AfterValidator(_at_most(QUESTION_MAX))]
Identifier = Annotated[str, AfterValidator(_identifier)]
Country = Annotated[str, AfterValidator(_country)]


class _HasId(Protocol):
    @property
    def id(self) -> Hashable: ...


def _unique_ids(items: Sequence[_HasId], what: str) -> None:
    seen: set[Hashable] = set()
    for index, item in enumerate(items):
        if item.id in seen:
            raise problem(f"{what} {item.id!r} appears twice", index, "id")
        seen.add(item.id)


def _phase_fields(data: Any, phases: tuple[int, ...], missing: str) -> Any:
    """YAML reads phase keys as numbers; the models name their phase fields by the strings."""
    if not isinstance(data, dict):
        return data  # the model itself reports that a mapping is needed
    for key in data:
        if key not in phases or isinstance(key, bool):
            raise problem(f"is not a phase here; give phases {phases[0]}-{phases[-1]}", str(key))
    for phase in phases:
        if phase not in data:
            raise problem(missing.format(phase=phase), str(phase))
    return {str(key): value for key, value in data.items()}


class _Document(BaseModel):
    # strict: a number where a text belongs (or "3" for 3) is a typo to report, not to coerce.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# meta.yaml


class EditionDoc(_Document):
    name: Prose
    year: int
    note: Prose


class PhaseDoc(_Document):
    number: int
    label: Prose


class MetaFile(_Document):
    edition: EditionDoc
    phases: list[PhaseDoc]

    @field_validator("phases")
    @classmethod
    def _one_to_four(cls, phases: list[PhaseDoc]) -> list[PhaseDoc]:
        if [p.number for p in phases] != list(PHASES):
            raise problem("should list phases 1, 2, 3, 4 in order")
        return phases


# lessons.yaml


class LessonDoc(_Document):
    id: Identifier
    title: Prose
    text: Prose


class ChallengeDoc(_Document):
    id: Identifier
    text: Prose


class LessonsFile(_Document):
    lessons: list[LessonDoc]
    challenges: list[ChallengeDoc]

    @field_validator("lessons")
    @classmethod
    def _unique_lessons(cls, lessons: list[LessonDoc]) -> list[LessonDoc]:
        _unique_ids(lessons, "lesson id")
        return lessons

    @field_validator("challenges")
    @classmethod
    def _unique_challenges(cls, challenges: list[ChallengeDoc]) -> list[ChallengeDoc]:
        _unique_ids(challenges, "challenge id")
        return challenges


# Shared by domains.yaml and capabilities.yaml


class PhasesDoc(_Document):
    """The four phase descriptors, keyed 1 to 4 in the file."""

    phase_1: Prose = Field(alias="1")
    phase_2: Prose = Field(alias="2")
    phase_3: Prose = Field(alias="3")
    phase_4: Prose = Field(alias="4")

    @model_validator(mode="before")
    @classmethod
    def _by_number(cls, data: Any) -> Any:
        return _phase_fields(data, PHASES, "phase descriptor is missing")


class BriefsDoc(_Document):
    """Short versions of the four phase descriptors, for the question screen; keyed 1 to 4."""

    phase_1: Brief = Field(alias="1")
    phase_2: Brief = Field(alias="2")
    phase_3: Brief = Field(alias="3")
    phase_4: Brief = Field(alias="4")

    @model_validator(mode="before")
    @classmethod
    def _by_number(cls, data: Any) -> Any:
        return _phase_fields(
            data, PHASES, f"brief is missing; give one of at most {BRIEF_MAX} characters"
        )


class NextStepDoc(_Document):
    id: Identifier
    text: Prose
    lessons: list[str]

    @field_validator("lessons")
    @classmethod
    def _known_lessons(cls, lessons: list[str], info: ValidationInfo) -> list[str]:
        if not lessons:
            raise problem("name at least one lesson")
        known = Known.of(info).lessons
        for lesson in lessons:
            if lesson not in known:
                raise problem(f"unknown lesson {lesson!r}")
        return lessons


def _one_to_three(steps: list[NextStepDoc]) -> list[NextStepDoc]:
    if not 1 <= len(steps) <= 3:
        raise problem(f"has {len(steps)} next steps; give one to three")
    return steps


Steps = Annotated[list[NextStepDoc], AfterValidator(_one_to_three)]


class NextStepsDoc(_Document):
    """Next steps out of phases 1 to 3, keyed by phase in the file (Phase 4 is the top)."""

    phase_1: Steps = Field(alias="1")
    phase_2: Steps = Field(alias="2")
    phase_3: Steps = Field(alias="3")

    @model_validator(mode="before")
    @classmethod
    def _by_number(cls, data: Any) -> Any:
        return _phase_fields(data, STEP_PHASES, "next steps for phase {phase} are missing")

    @model_validator(mode="after")
    def _unique_step_ids(self) -> Self:
        # A step's id is its translation key with the owner's, whatever phase it is under.
        first_phase: dict[str, int] = {}
        for phase, steps in self.by_phase().items():
            for index, step in enumerate(steps):
                if step.id in first_phase:
                    raise problem(
                        f"next step id {step.id!r} is already used in phase "
                        f"{first_phase[step.id]}; ids must differ within one "
                        "capability or domain",
                        str(phase),
                        index,
                        "id",
                    )
                first_phase[step.id] = phase
        return self

    def by_phase(self) -> dict[int, list[NextStepDoc]]:
        return {1: self.phase_1, 2: self.phase_2, 3: self.phase_3}


# domains.yaml


class DomainDoc(_Document):
    id: Identifier
    name: Prose
    outcome: Prose
    pulse_question: Question
    phases: PhasesDoc
    brief: BriefsDoc
    next_steps: NextStepsDoc


class DomainsFile(_Document):
    domains: list[DomainDoc]

    @field_validator("domains")
    @classmethod
    def _the_mnr_six(cls, domains: list[DomainDoc]) -> list[DomainDoc]:
        _unique_ids(domains, "domain id")
        if len(domains) != DOMAIN_COUNT:
            raise problem(f"has {len(domains)} domains; the MNR has {DOMAIN_COUNT}")
        return domains


# capabilities.yaml


class DependencyDoc(_Document):
    capability: int
    basis: Prose


class CapabilityDoc(_Document):
    id: int
    domain: str
    name: Prose
    label: Label
    description: Prose
    question: Question
    phases: PhasesDoc
    brief: BriefsDoc
    evidence_prompt: Prose
    depends_on: list[DependencyDoc] = Field(default_factory=list)
    next_steps: NextStepsDoc

    @field_validator("domain")
    @classmethod
    def _known_domain(cls, domain: str, info: ValidationInfo) -> str:
        if domain not in Known.of(info).domains:
            raise problem(f"unknown domain {domain!r}")
        return domain

    @model_validator(mode="after")
    def _depends_on_others(self) -> Self:
        for index, dependency in enumerate(self.depends_on):
            target = dependency.capability
            if target not in CAPABILITY_IDS or target == self.id:
                raise problem(
                    f"{target} is not another capability's id", "depends_on", index, "capability"
                )
        return self


class CapabilitiesFile(_Document):
    capabilities: list[CapabilityDoc]

    @field_validator("capabilities")
    @classmethod
    def _the_mnr_twenty_one(
        cls, capabilities: list[CapabilityDoc], info: ValidationInfo
    ) -> list[CapabilityDoc]:
        _unique_ids(capabilities, "capability id")
        ids = [c.id for c in capabilities]
        expected = list(CAPABILITY_IDS)
        if sorted(ids) != expected:
            missing = sorted(set(expected) - set(ids))
            extra = sorted(set(ids) - set(expected))
            problems = []
            if missing:
                problems.append(f"capabilities {missing} are missing")
            if extra:
                problems.append(f"unknown capability ids {extra}")
            problems.append(f"the MNR has capabilities 1-{len(expected)}")
            raise problem("; ".join(problems))
        if ids != expected:
            raise problem(f"capabilities should be listed in the MNR's order, 1 to {len(ids)}")
        for domain in Known.of(info).domains:
            if not any(c.domain == domain for c in capabilities):
                raise problem(f"domain {domain!r} has no capabilities")
        return capabilities


# examples.yaml


class ExampleDoc(_Document):
    id: Identifier
    countries: list[Country]
    and_others: bool = False
    text: Prose
    capabilities: list[int]

    @field_validator("countries")
    @classmethod
    def _some_countries(cls, countries: list[str]) -> list[str]:
        if not countries:
            raise problem("name at least one country (ISO 3166-1 alpha-2 code)")
        return countries

    @field_validator("capabilities")
    @classmethod
    def _known_capabilities(cls, capabilities: list[int]) -> list[int]:
        if not capabilities:
            raise problem("name at least one capability")
        for capability in capabilities:
            if capability not in CAPABILITY_IDS:
                raise problem(f"{capability} is not a capability id")
        return capabilities


class ExamplesFile(_Document):
    examples: list[ExampleDoc]

    @field_validator("examples")
    @classmethod
    def _unique_examples(cls, examples: list[ExampleDoc]) -> list[ExampleDoc]:
        _unique_ids(examples, "example id")
        return examples
