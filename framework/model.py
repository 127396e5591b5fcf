"""The MNR as plain, immutable records.

Every piece of user-visible content is a `Text`: the English wording (the gettext msgid) plus a
stable key (the msgctxt), such as ``cap.7.phase.2``, ``cap.7.brief.2`` (the short version of
that phase descriptor, shown on the question screen) or ``cap.7.next.train_team``. The key is
what keeps a translation attached to its item when items are inserted, removed or reordered,
which is why next steps carry ids rather than positions. Translations do not survive rewording:
a new msgid is a new message, so the catalog update offers at most the closest old translation,
marked fuzzy, and gettext shows the English until a translator has reviewed it. That is
deliberate, since a translation of the old wording may no longer be accurate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PHASES: tuple[int, ...] = (1, 2, 3, 4)
STEP_PHASES: tuple[int, ...] = (1, 2, 3)  # phases that have next steps (4 is the top)


@dataclass(frozen=True)
class Text:
    key: str
    english: str

    def __str__(self) -> str:
        return self.english


@dataclass(frozen=True)
class Lesson:
    id: str
    title: Text
    text: Text


@dataclass(frozen=True)
class Challenge:
    id: str
    text: Text


@dataclass(frozen=True)
class NextStep:
    id: str  # unique within its capability or domain; part of its text's key
    text: Text
    lessons: tuple[str, ...]


@dataclass(frozen=True)
class Dependency:
    capability: int
    basis: Text


@dataclass(frozen=True)
class Capability:
    id: int
    domain: str
    name: Text
    label: Text
    description: Text
    question: Text
    phases: tuple[Text, Text, Text, Text]  # full descriptors, shown on request ("More detail")
    briefs: tuple[Text, Text, Text, Text]  # short descriptors, shown above the phase buttons
    evidence_prompt: Text
    depends_on: tuple[Dependency, ...]
    next_steps: dict[int, tuple[NextStep, ...]]

    @property
    def item(self) -> str:
        return capability_item(self.id)


@dataclass(frozen=True)
class Domain:
    id: str
    name: Text
    outcome: Text
    pulse_question: Text
    phases: tuple[Text, Text, Text, Text]  # full descriptors, shown on request ("More detail")
    briefs: tuple[Text, Text, Text, Text]  # short descriptors, shown above the phase buttons
    next_steps: dict[int, tuple[NextStep, ...]]
    capability_ids: tuple[int, ...] = ()

    @property
    def item(self) -> str:
        return pulse_item(self.id)


@dataclass(frozen=True)
class PeerExample:
    id: str
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2; names come from CLDR
    and_others: bool
    text: Text
    capabilities: tuple[int, ...]


@dataclass(frozen=True)
class Edition:
    name: Text
    year: int
    note: Text


@dataclass(frozen=True)
class Framework:
    edition: Edition
    phase_labels: tuple[Text, Text, Text, Text]
    domains: tuple[Domain, ...]
    capabilities: tuple[Capability, ...]
    lessons: tuple[Lesson, ...]
    challenges: tuple[Challenge, ...]
    examples: tuple[PeerExample, ...]
    _capability_index: dict[int, Capability] = field(default_factory=dict, repr=False)
    _domain_index: dict[str, Domain] = field(default_factory=dict, repr=False)
    _lesson_index: dict[str, Lesson] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._capability_index.update({c.id: c for c in self.capabilities})
        self._domain_index.update({d.id: d for d in self.domains})
        self._lesson_index.update({lesson.id: lesson for lesson in self.lessons})

    def capability(self, capability_id: int) -> Capability:
        return self._capability_index[capability_id]

    def domain(self, domain_id: str) -> Domain:
        return self._domain_index[domain_id]

    def lesson(self, lesson_id: str) -> Lesson:
        return self._lesson_index[lesson_id]

    def capabilities_of(self, domain_id: str) -> tuple[Capability, ...]:
        return tuple(c for c in self.capabilities if c.domain == domain_id)

    def dependents_of(self, capability_id: int) -> tuple[int, ...]:
        """Capabilities whose MNR text says they need this one."""
        return tuple(
            c.id
            for c in self.capabilities
            if any(d.capability == capability_id for d in c.depends_on)
        )

    def examples_for(self, capability_id: int) -> tuple[PeerExample, ...]:
        return tuple(e for e in self.examples if capability_id in e.capabilities)

    def phase_label(self, phase: int) -> Text:
        return self.phase_labels[phase - 1]


def capability_item(capability_id: int) -> str:
    return f"cap:{capability_id}"


def pulse_item(domain_id: str) -> str:
    return f"pulse:{domain_id}"
