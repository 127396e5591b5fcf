"""One event's decision and its write: what the event does in the turn (a command, a press,
typed text, or an event of the bot's own scheduler), and where the chat is afterwards."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from flows.engine.declare import EXPIRE, EXPIRE_EVENT, JOB, NOTIFY, REMIND, Stale, next_version
from flows.engine.events import Event, EventKind
from flows.engine.store import Conversation, DueReminder, Source
from flows.engine.turn import Turn

if TYPE_CHECKING:
    from flows.engine.router import Router


async def dispatch(router: Router, turn: Turn[Any], event: Event) -> None:
    """What the event does in the turn: a command, a press, typed text, or the scheduler's."""
    shell = router.shell
    if event.name == JOB and event.kind is EventKind.OTHER and event.message is None:
        # from Scheduled.run_job, in any chat
        handler, detail = router.scheduled.running[int(event.arg)]
        await handler(turn, detail)
        return
    if turn.actor.source is Source.GROUP:
        found = router.registry.command(event.name) if event.kind is EventKind.COMMAND else None
        if found is not None and found[1].groups:
            await router.run_command(turn, event.name, event.arg)
        elif event.kind is EventKind.COMMAND:
            await shell.group_command(turn)
        return
    if event.kind is EventKind.COMMAND:
        found = router.registry.command(event.name)
        if found is None:
            await shell.unknown_command(turn, event.name)
        elif not router.flows[found[0].name].shared and not turn.consented:
            await shell.ask_consent(turn, event.name, event.arg)
        else:
            await router.run_command(turn, event.name, event.arg)
    elif event.kind is EventKind.ACTION:
        found = router.registry.checked(event.name, event.arg, event.decoded)
        flow = router.flows[found[0].name] if found else None
        if found is None or flow is None or found[1].cards:
            turn.toast = shell.invalid(turn.t)
        elif found[1].declared.enters and (flow is not turn.flow or not flow.accepts(
                turn.state, found[1], turn.flow)):
            # a door into the flow (a button added to another flow's screen, or under a
            # message sent on its own): it enters afresh from wherever the chat is
            router.enter(turn, flow)
            await found[1].run(turn, event.arg)
        elif not (flow.shared or flow is turn.flow) or not flow.accepts(
            turn.state, found[1], turn.flow
        ):
            turn.toast = shell.not_here(turn.t)
        else:
            await found[1].run(turn, event.arg)
    elif event.kind is EventKind.TEXT:
        state = turn.flow.states[turn.state]
        text = event.arg.strip()
        if not state.holds and shell.disclosure(turn, text):
            pass  # met with where to report; the text goes nowhere and is not echoed
        elif state.text is None:
            await shell.unexpected_text(turn)
        else:
            await state.text(turn, text)
    elif event.name == REMIND and event.message is None:  # from the bot's own scheduler
        number, _, again = event.arg.partition(" ")
        await shell.remind(turn, DueReminder(
            turn.actor.chat, turn.actor.user, int(number),
            datetime.fromisoformat(again) if again else None))
    elif event.name == NOTIFY and event.message is None:  # from the bot's own scheduler
        await shell.notify(turn, int(event.arg))
    elif event.name == EXPIRE_EVENT and event.message is None:  # from the bot's own scheduler
        if turn.flow.states[turn.state].held:  # (the person may have answered meanwhile)
            turn.move(EXPIRE)
    else:
        await shell.other_message(turn)


async def save_conversation(
    turn: Turn[Any], loaded: Conversation | None, event: Event
) -> int | None:
    """Save where the chat is now, if anything changed; the version its screens carry."""
    seen = loaded.version if loaded else None
    may_store = loaded is not None or turn.consented
    changed = turn.moved or event.message is not None or turn.tx.wrote
    if not may_store or turn.actor.source is Source.GROUP:
        return seen or 0
    if not changed:
        return seen
    version = next_version(seen or 0) if turn.moved or loaded is None else loaded.version
    last = loaded.last_message if loaded else None
    if event.message is not None and event.kind is not EventKind.ACTION:
        last = event.message if last is None else max(last, event.message)
    elif loaded is None and event.message is not None:
        # The conversation starts with a press (consent): the pressed message is newer
        # than whatever the person sent before it (a chat's ids only grow), so a
        # re-delivered message from before (the link that asked for consent) is known
        # as old and changes nothing.
        last = event.message
    conversation = Conversation(
        chat=turn.actor.chat,
        user=turn.actor.user,
        flow=turn.flow.name,
        state=turn.state,
        version=version,
        last_message=last,
        round_id=turn.round_id,
        context=turn.ctx.model_dump(mode="json"),
    )
    message = event.message if event.kind is not EventKind.ACTION else None
    if not await turn.tx.conversations.save(conversation, seen, message):
        raise Stale(turn.t)
    return version
