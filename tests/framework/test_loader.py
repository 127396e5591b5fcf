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
