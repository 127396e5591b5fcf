from __future__ import annotations

import re
from typing import Any

import pytest

from framework import FrameworkError, load_framework, load_framework_from
from framework.loader import DATA_DIR
from tests.framework.conftest import Editor


def test_packaged_content_loads_complete() -> None:
    fw = load_framework()
    assert [d.id for d in fw.domains] == [
        "policy", "justice", "victim", "societal", "industry", "media",
    ]
    assert [d.name.english for d in fw.domains] == [
        "Policy and Governance", "Criminal Justice", "Victim", "Societal", "Industry",
        "Media and Communications",
    ]
    assert [c.id for c in fw.capabilities] == list(range(1, 22))
    assert [len(fw.capabilities_of(d.id)) for d in fw.domains] == [3, 4, 4, 4, 4, 2]
    for cap in fw.capabilities:
        assert len(cap.phases) == 4
        assert len(cap.briefs) == 4
        assert len(cap.label.english) <= 24
        assert set(cap.next_steps) == {1, 2, 3}
    assert fw.capability(3).name.english == "Legislation"
    assert fw.capability(7).name.english == "Access to Image Databases"
    assert [p.english for p in fw.phase_labels] == [
        "Phase 1 - Building", "Phase 2", "Phase 3", "Phase 4 - Maturity",
    ]


def test_only_image_databases_have_dependencies() -> None:
    fw = load_framework()
    deps = {c.id: sorted(d.capability for d in c.depends_on) for c in fw.capabilities}
    assert {k: v for k, v in deps.items() if v} == {7: [3, 4]}
    assert fw.dependents_of(3) == (7,)
    assert fw.dependents_of(4) == (7,)


def test_lessons_and_challenges_from_the_source_page() -> None:
    fw = load_framework()
    assert len(fw.lessons) == 6
    assert len(fw.challenges) == 4
    assert all(e.countries for e in fw.examples)


def test_content_uses_luxembourg_guidelines_terms() -> None:
    banned = re.compile(r"pornograph|prostitut", re.IGNORECASE)
    for path in DATA_DIR.glob("*.yaml"):
        assert not banned.search(path.read_text(encoding="utf-8")), path.name


def _message(excinfo: pytest.ExceptionInfo[FrameworkError]) -> str:
    return str(excinfo.value)


def test_missing_capability_fails(corrupt: Editor) -> None:
    def drop(doc: Any) -> None:
        doc["capabilities"] = [c for c in doc["capabilities"] if c["id"] != 12]

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", drop))
    assert _message(excinfo).startswith("capabilities.yaml: capabilities:")
    assert "[12] are missing" in _message(excinfo)


def test_missing_phase_descriptor_fails(corrupt: Editor) -> None:
    def drop(doc: Any) -> None:
        del doc["capabilities"][4]["phases"][3]

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", drop))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities[4].phases.3: phase descriptor is missing"
    )


def test_missing_brief_fails(corrupt: Editor) -> None:
    def drop(doc: Any) -> None:
        del doc["capabilities"][4]["brief"][3]

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", drop))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities[4].brief.3: "
        "brief is missing; give one of at most 80 characters"
    )


def test_capability_without_briefs_fails(corrupt: Editor) -> None:
    def drop(doc: Any) -> None:
        del doc["capabilities"][20]["brief"]

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", drop))
    assert _message(excinfo) == "capabilities.yaml: capabilities[20].brief: is missing"


def test_brief_longer_than_80_characters_fails(corrupt: Editor) -> None:
    def lengthen(doc: Any) -> None:
        doc["capabilities"][0]["brief"][2] = "x" * 81

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", lengthen))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities[0].brief.2: is 81 characters; at most 80 are allowed"
    )


def test_empty_brief_fails(corrupt: Editor) -> None:
    def empty(doc: Any) -> None:
        doc["capabilities"][8]["brief"][1] = "  "

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", empty))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities[8].brief.1: should be a non-empty text"
    )


def test_domain_brief_problems_name_file_and_path(corrupt: Editor) -> None:
    def corrupt_briefs(doc: Any) -> None:
        doc["domains"][3]["brief"][4] = "A brief " * 11
        del doc["domains"][5]["brief"][1]

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("domains.yaml", corrupt_briefs))
    assert _message(excinfo).splitlines() == [
        "domains.yaml: domains[3].brief.4: is 87 characters; at most 80 are allowed",
        "domains.yaml: domains[5].brief.1: brief is missing; give one of at most 80 characters",
    ]


def test_brief_for_a_fifth_phase_fails(corrupt: Editor) -> None:
    def fifth(doc: Any) -> None:
        doc["domains"][0]["brief"][5] = "Beyond maturity"

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("domains.yaml", fifth))
    assert _message(excinfo) == (
        "domains.yaml: domains[0].brief.5: is not a phase here; give phases 1-4"
    )


def test_question_longer_than_170_characters_fails(corrupt: Editor) -> None:
    def lengthen(doc: Any) -> None:
        doc["capabilities"][2]["question"] += " Please also say" + " very" * 10 + " much."

    with pytest.raises(FrameworkError, match=r"^capabilities\.yaml: capabilities\[2\]\.question: "
                       r"is \d+ characters; at most 170 are allowed$"):
        load_framework_from(corrupt("capabilities.yaml", lengthen))


def test_pulse_question_longer_than_170_characters_fails(corrupt: Editor) -> None:
    def lengthen(doc: Any) -> None:
        doc["domains"][1]["pulse_question"] = "How far " + "and " * 50 + "?"

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("domains.yaml", lengthen))
    assert _message(excinfo) == (
        "domains.yaml: domains[1].pulse_question: is 209 characters; at most 170 are allowed"
    )


def test_dependency_pointing_nowhere_fails(corrupt: Editor) -> None:
    def point_nowhere(doc: Any) -> None:
        doc["capabilities"][6]["depends_on"][0]["capability"] = 99

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", point_nowhere))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities[6].depends_on[0].capability: "
        "99 is not another capability's id"
    )


def test_next_step_with_unknown_lesson_fails(corrupt: Editor) -> None:
    def unknown_lesson(doc: Any) -> None:
        doc["capabilities"][0]["next_steps"][2][0]["lessons"] = ["no_such_lesson"]

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", unknown_lesson))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities[0].next_steps.2[0].lessons: "
        "unknown lesson 'no_such_lesson'"
    )


def test_domain_next_step_with_unknown_lesson_fails(corrupt: Editor) -> None:
    def unknown_lesson(doc: Any) -> None:
        doc["domains"][2]["next_steps"][1][0]["lessons"].append("typo")

    with pytest.raises(FrameworkError, match=r"domains\.yaml: domains\[2\]\.next_steps\.1\[0\]"):
        load_framework_from(corrupt("domains.yaml", unknown_lesson))


def test_missing_next_steps_for_a_phase_fails(corrupt: Editor) -> None:
    def drop(doc: Any) -> None:
        del doc["capabilities"][20]["next_steps"][3]

    with pytest.raises(FrameworkError, match=r"capabilities\[20\]\.next_steps\.3: next steps"):
        load_framework_from(corrupt("capabilities.yaml", drop))


def test_label_longer_than_24_characters_fails(corrupt: Editor) -> None:
    def lengthen(doc: Any) -> None:
        doc["capabilities"][1]["label"] = "A label far too long for a button"

    with pytest.raises(FrameworkError, match=r"capabilities\[1\]\.label: is 33 characters"):
        load_framework_from(corrupt("capabilities.yaml", lengthen))


def test_example_for_unknown_capability_fails(corrupt: Editor) -> None:
    def bad(doc: Any) -> None:
        doc["examples"][0]["capabilities"] = [22]

    with pytest.raises(FrameworkError, match=r"examples\[0\]\.capabilities: 22"):
        load_framework_from(corrupt("examples.yaml", bad))


def test_seventh_domain_fails(corrupt: Editor) -> None:
    def add(doc: Any) -> None:
        extra = dict(doc["domains"][0])
        extra["id"] = "prevention"
        doc["domains"].append(extra)

    with pytest.raises(FrameworkError, match="has 7 domains; the MNR has 6"):
        load_framework_from(corrupt("domains.yaml", add))


def test_capability_with_unknown_domain_fails(corrupt: Editor) -> None:
    def bad(doc: Any) -> None:
        doc["capabilities"][0]["domain"] = "prevention"

    with pytest.raises(FrameworkError, match=r"capabilities\[0\]\.domain: unknown domain"):
        load_framework_from(corrupt("capabilities.yaml", bad))


def test_broken_yaml_names_the_file(tmp_path: Any) -> None:
    import shutil

    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    (copy / "lessons.yaml").write_text("lessons: [unclosed", encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"^lessons\.yaml: not valid YAML"):
        load_framework_from(copy)


def test_next_steps_are_keyed_by_their_ids() -> None:
    fw = load_framework()
    step = fw.capability(7).next_steps[2][0]
    assert step.id == "train_team"
    assert step.text.key == "cap.7.next.train_team"
    assert fw.domain("policy").next_steps[1][0].text.key == "domain.policy.next.secure_sponsor"
    for cap in fw.capabilities:
        for steps in cap.next_steps.values():
            assert all(s.text.key == f"cap.{cap.id}.next.{s.id}" for s in steps)


def test_unknown_field_is_refused(corrupt: Editor) -> None:
    def misspell(doc: Any) -> None:
        doc["capabilities"][3]["questoin"] = doc["capabilities"][3].pop("question")

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", misspell))
    assert _message(excinfo).splitlines() == [
        "capabilities.yaml: capabilities[3].question: is missing",
        "capabilities.yaml: capabilities[3].questoin: "
        "is not a known field here (check its spelling and indentation)",
    ]


def test_unknown_field_in_a_next_step_is_refused(corrupt: Editor) -> None:
    def extra(doc: Any) -> None:
        doc["domains"][0]["next_steps"][3][0]["owner"] = "ministry"

    with pytest.raises(FrameworkError, match=r"^domains\.yaml: domains\[0\]\.next_steps\.3\[0\]"
                       r"\.owner: is not a known field"):
        load_framework_from(corrupt("domains.yaml", extra))


def test_duplicate_next_step_id_fails(corrupt: Editor) -> None:
    def duplicate(doc: Any) -> None:
        doc["capabilities"][6]["next_steps"][3][1]["id"] = "train_team"

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", duplicate))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities[6].next_steps.3[1].id: next step id 'train_team' is "
        "already used in phase 2; ids must differ within one capability or domain"
    )


def test_step_ids_need_only_be_unique_within_their_owner() -> None:
    fw = load_framework()
    legal_basis = [fw.capability(12).next_steps[1][1], fw.capability(16).next_steps[1][1]]
    assert [s.id for s in legal_basis] == ["legal_basis", "legal_basis"]
    assert [s.text.key for s in legal_basis] == [
        "cap.12.next.legal_basis", "cap.16.next.legal_basis",
    ]


def test_next_step_without_id_fails(corrupt: Editor) -> None:
    def drop(doc: Any) -> None:
        del doc["capabilities"][0]["next_steps"][1][1]["id"]

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", drop))
    assert _message(excinfo) == "capabilities.yaml: capabilities[0].next_steps.1[1].id: is missing"


def test_next_step_id_must_be_snake_case(corrupt: Editor) -> None:
    def spaced(doc: Any) -> None:
        doc["domains"][4]["next_steps"][2][0]["id"] = "Takedown procedures"

    with pytest.raises(FrameworkError, match=r"domains\[4\]\.next_steps\.2\[0\]\.id: should be"):
        load_framework_from(corrupt("domains.yaml", spaced))


def test_unknown_phase_key_fails(corrupt: Editor) -> None:
    def fifth(doc: Any) -> None:
        doc["capabilities"][2]["phases"][5] = "Beyond maturity."

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", fifth))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities[2].phases.5: is not a phase here; give phases 1-4"
    )


def test_next_steps_for_phase_four_fail(corrupt: Editor) -> None:
    def top(doc: Any) -> None:
        doc["capabilities"][2]["next_steps"][4] = doc["capabilities"][2]["next_steps"][3]

    with pytest.raises(FrameworkError, match=r"capabilities\[2\]\.next_steps\.4: is not a phase"):
        load_framework_from(corrupt("capabilities.yaml", top))


def test_text_where_a_number_belongs_is_not_coerced(corrupt: Editor) -> None:
    def quoted(doc: Any) -> None:
        doc["capabilities"][6]["depends_on"][0]["capability"] = "3"

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", quoted))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities[6].depends_on[0].capability: should be a whole number"
    )


def test_example_country_must_be_an_iso_code(corrupt: Editor) -> None:
    def bad(doc: Any) -> None:
        doc["examples"][1]["countries"] = ["PH", "XX", "ca"]

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("examples.yaml", bad))
    assert _message(excinfo).splitlines() == [
        "examples.yaml: examples[1].countries[1]: 'XX' is not an ISO 3166-1 alpha-2 country code",
        "examples.yaml: examples[1].countries[2]: 'ca' is not an ISO 3166-1 alpha-2 country code",
    ]


def test_duplicate_lesson_id_names_the_second(corrupt: Editor) -> None:
    def duplicate(doc: Any) -> None:
        doc["lessons"].append(dict(doc["lessons"][0]))

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("lessons.yaml", duplicate))
    assert _message(excinfo) == "lessons.yaml: lessons[6].id: lesson id 'holistic' appears twice"


def test_domain_without_capabilities_fails(corrupt: Editor) -> None:
    def move(doc: Any) -> None:
        for cap in doc["capabilities"]:
            if cap["domain"] == "media":
                cap["domain"] = "societal"

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("capabilities.yaml", move))
    assert _message(excinfo) == (
        "capabilities.yaml: capabilities: domain 'media' has no capabilities"
    )


def test_empty_file_names_the_file(corrupt: Editor) -> None:
    def empty(doc: Any) -> None:
        doc.clear()

    with pytest.raises(FrameworkError) as excinfo:
        load_framework_from(corrupt("meta.yaml", empty))
    assert _message(excinfo).splitlines() == [
        "meta.yaml: edition: is missing",
        "meta.yaml: phases: is missing",
    ]
