"""A person who keeps going when the bot's replies are late, missing or shown twice: they
answer whatever the newest question on their screen asks, as people do."""

from __future__ import annotations

import contextlib
import re

from tests.botapi import Person, Screen
from tests.e2e.test_session_telegram import PHASES, PULSE_ITEMS

QUESTION = re.compile(r"Pulse check – (\d) of 6")


def pulse_labels(user: int) -> list[str]:
    return [PHASES[(user + domain) % 5] for domain in range(len(PULSE_ITEMS))]


async def step(person: Person, before: Screen, label: str, patience: float) -> bool:
    """Press the button (marked ✓ or not) on the screen they read and wait until that
    message changes or a new one comes; False when nothing did within `patience` seconds (the
    person then looks again)."""
    version = person.version()  # counts the bot's sends and edits in the chat: cheap to poll
    found = next((text for text in before.labels if text.removeprefix("✓ ") == label), None)
    if found is None:
        return False
    # the button as they read it: if the message changed meanwhile, the press is on an
    # earlier screen (and shows them the current one)
    await person.press_data(before.callback_data[found], before.message_id)

    with contextlib.suppress(AssertionError):
        await person.wait_for(lambda: person.version() > version, patience)
        return True
    return False


async def send_link(person: Person, code: str, patience: float) -> None:
    """Send the link, and wait (up to `patience` s) for anything from the bot."""
    version = person.version()
    await person.send(f"/start {code}")
    with contextlib.suppress(AssertionError):
        await person.wait_for(lambda: person.version() > version, patience)


async def take_pulse(person: Person, code: str, title: str, patience: float = 30.0) -> None:
    """From the pulse link to the profile of the round `title`: they answer the newest
    message that asks something (an apology in between does not stop them: a press on an
    earlier screen shows where they are), and send the link again only when nothing came."""
    labels = pulse_labels(person.id)
    for _ in range(30 * len(labels)):
        shown = [m for m in person.messages()
                 if m.buttons or m.plain.startswith(f"Pulse check: {title}")]
        if not shown:
            await send_link(person, code, 4 * patience)  # a first reply may take a while
            continue
        screen = shown[-1]
        if screen.plain.startswith(f"Pulse check: {title}"):
            return
        number = QUESTION.match(screen.plain)
        if number is not None:
            await step(person, screen, labels[int(number[1]) - 1], patience)
        elif "I agree" in screen.labels:
            await step(person, screen, "I agree", patience)
        else:
            raise AssertionError(f"{person} sees an unexpected screen: {screen.plain[:200]}")
    seen = [f"{m.message_id}{'*' if m.buttons else ''}: {m.plain[:60]!r}"
            for m in person.messages()[-8:]]
    raise AssertionError(f"{person} did not reach the profile; last messages: {seen}; "
                         f"toasts: {person.toasts[-8:]}")
