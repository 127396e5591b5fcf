"""Work the bot starts itself rather than a person: reminders to finish, notices to tell once,
text held unsaved too long, and recorded jobs (a report, a chart, a file) that a killed process
left behind. Each is handled as an event in its person's chat, through the router."""

from __future__ import annotations

import dataclasses
import logging
import secrets
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from flows.engine.declare import EXPIRE_EVENT, JOB, JOBS_KEPT, NOTIFY, REMIND, JobHandler
from flows.engine.effects import Attach, Effect, Send
from flows.engine.events import Actor, Event, EventKind
from flows.engine.store import DueReminder, Notice, Source

if TYPE_CHECKING:
    from flows.engine.router import Router

log = logging.getLogger(__name__)


class Scheduled:
    def __init__(self, router: Router) -> None:
        self.router = router
        # who claims recorded jobs in this process (another process's claim is left alone)
        self.owner = secrets.token_hex(8)
        self.running: dict[int, tuple[JobHandler, dict[str, Any]]] = {}  # jobs drawn here

    async def due_reminders(self, idle: timedelta) -> list[DueReminder]:
        async with self.router.store.transaction() as tx:
            return await tx.queries.due_reminders(datetime.now(UTC) - idle,
                                                  len(self.router.env.framework.capabilities))

    async def remind(self, due: DueReminder) -> tuple[Effect, ...]:
        """A reminder to finish, handled as an event in the person's private chat, so that it
        speaks their language and its buttons carry the conversation's version."""
        again = due.again_after.isoformat() if due.again_after else ""
        event = Event(EventKind.OTHER, name=REMIND, arg=f"{due.round_id} {again}".strip())
        return await self.router.handle(Actor(due.chat, due.user, Source.PRIVATE), event)

    async def run_tasks(self) -> None:
        """Each flow's work on a schedule, each in its own transaction (a task claims what it
        does in the database, so several processes running it do it once)."""
        for flow in self.router.flows.values():
            for task in flow.tasks:
                async with self.router.store.transaction() as tx:
                    await task(tx, datetime.now(UTC))

    async def due_notices(self) -> list[Notice]:
        async with self.router.store.transaction() as tx:
            return await tx.notices.due()

    async def notify(self, notice: Notice) -> tuple[Effect, ...]:
        """A notice, handled as an event in the person's private chat (their language, their
        conversation's version on its buttons); sent once, whichever process claims it."""
        event = Event(EventKind.OTHER, name=NOTIFY, arg=str(notice.id))
        return await self.router.handle(Actor(notice.chat, notice.user, Source.PRIVATE), event)

    async def expire_held(self, after: timedelta) -> int:
        """Drop the text held unsaved in chats left alone for `after` (a possible disclosure
        waiting for the person's word must not stay in the database); how many."""
        held = [(flow.name, state.name) for flow in self.router.flows.values()
                for state in flow.states.values() if state.held]
        async with self.router.store.transaction() as tx:
            found = await tx.queries.idle_in(held, datetime.now(UTC) - after)
        for chat, user in found:
            await self.router.handle(Actor(chat, user, Source.PRIVATE), Event(EventKind.OTHER,
                                                                       name=EXPIRE_EVENT))
        return len(found)

    async def run_job(self, job: int) -> tuple[Effect, ...]:
        """Draw a recorded job, as an event in its person's chat (their language), if this
        process can claim it (not done, not drawn by another meanwhile); then `job_done`."""
        async with self.router.store.transaction() as tx:
            now = datetime.now(UTC)
            until = now + timedelta(seconds=self.router.env.job_claim_seconds)
            found = await tx.jobs.claim(job, self.owner, now, until)
        if found is None:
            return ()
        code, _, name = found.kind.partition(".")
        flow = next((f for f in self.router.flows.values() if f.code == code), None)
        if flow is None or name not in flow.jobs:
            log.error("A recorded job of an unknown kind was dropped")
            await self.job_done(job)
            return ()
        event = Event(EventKind.OTHER, name=JOB, arg=str(job))
        actor = Actor(found.chat, found.user,
                      Source.GROUP if found.chat.startswith("-") else Source.PRIVATE)
        self.running[job] = (flow.jobs[name], found.detail)
        try:
            effects = await self.router.handle(actor, event)
        finally:
            self.running.pop(job, None)
        # addressed to the job's chat, wherever the channel sends them from
        return tuple(dataclasses.replace(e, chat=found.chat)
                     if isinstance(e, Attach | Send) and e.chat is None else e
                     for e in effects)

    async def job_done(self, job: int) -> None:
        async with self.router.store.transaction() as tx:
            await tx.jobs.done(job, self.owner, datetime.now(UTC))

    async def due_jobs(self) -> list[int]:
        """Jobs a process began and did not finish (it died), or never began; those done an
        hour ago are forgotten."""
        now = datetime.now(UTC)
        async with self.router.store.transaction() as tx:
            await tx.jobs.purge(now - JOBS_KEPT)
            return [job.id for job in await tx.jobs.due(now)]
