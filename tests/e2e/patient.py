"""A person who keeps going when the bot's replies are late, missing or shown twice: they
answer whatever the latest message asks (as people do), and send the link again when
nothing comes, as the bot's apology tells them to."""

from __future__ import annotations

import contextlib
import re

from tests.botapi import Person, Screen
from tests.e2e.test_session_telegram import PHASES, PULSE_ITEMS

QUESTION = re.compile(r"Pulse check – (\d) of 6")


def pulse_labels(user: int) -> list[str]:
    return [PHASES[(user + domain) % 5] for domain in range(len(PULSE_ITEMS))]


async def step(person: Person, label: str, patience: float) -> bool:
    """Press the button (marked ✓ or not) and wait until the latest message changes; False
    when it did not within `patience` seconds (the person then looks again)."""
    before = person.screen()
    await person.press(lambda text: text.removeprefix("✓ ") == label,
                       message_id=before.message_id)

    def moved() -> Screen | None:
        now = person.screen()
        return now if (now.plain, now.message_id) != (before.plain, before.message_id) else None

    with contextlib.suppress(AssertionError):
        await person.wait_for(moved, patience)
        return True
    return False


async def take_pulse(person: Person, code: str, title: str, patience: float = 30.0) -> None:
    """From the pulse link to the profile of the round `title`."""
    labels = pulse_labels(person.id)
    for _ in range(12 * len(labels)):
        screen = None
        with contextlib.suppress(AssertionError):
            screen = person.screen()
        if screen is None or not (screen.buttons or screen.plain.startswith("Pulse check: ")):
            # nothing yet, or an apology: the link again (it goes back to the questions)
            await person.send(f"/start {code}")
            with contextlib.suppress(AssertionError):
                await person.wait_for(lambda: person.screen().buttons, patience)
            continue
        if screen.plain.startswith(f"Pulse check: {title}"):
            return
        number = QUESTION.match(screen.plain)
        if number is not None:
            await step(person, labels[int(number[1]) - 1], patience)
        elif "I agree" in screen.labels:
            await step(person, "I agree", patience)
        else:
            raise AssertionError(f"{person} sees an unexpected screen: {screen.plain[:200]}")
    raise AssertionError(f"{person} did not reach the profile: {person.screen().plain[:200]}")
