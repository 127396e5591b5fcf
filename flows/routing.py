"""The flows the assistant runs, registered once, and the router that serves them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flows.assessment import flow as assessment
from flows.engine.extend import Addition
from flows.engine.flow import Flow
from flows.engine.router import Router
from flows.engine.store import Store
from flows.engine.translator import Languages
from flows.engine.turn import Env, Members
from flows.plan import flow as plan
from flows.positions import flow as positions
from flows.pulse import flow as pulse
from flows.rounds import flow as facilitate
from flows.sessions import flow as session
from flows.shell.flow import Shell
from flows.validation import flow as validation
from framework.model import Framework

FLOWS: tuple[Flow[Any], ...] = (assessment.FLOW, pulse.FLOW, facilitate.FLOW, session.FLOW,
                                 plan.FLOW, positions.FLOW, validation.FLOW)


def additions(flows: Iterable[Flow[Any]] = FLOWS) -> tuple[Addition[Any, Any], ...]:
    """The flows' additions to other flows' screens and documents, in flow order (what
    `Router.additions` holds): for files made without a router (`python -m bot export`)."""
    return tuple(a for f in flows for a in f.adds)


def build_router(
    framework: Framework,
    store: Store,
    languages: Languages,
    *,
    bot_username: str | None = None,
    admins: Iterable[str] = (),
    flows: Iterable[Flow[Any]] = FLOWS,
    members: Members | None = None,
    backups_kept_days: int = 30,
    job_claim_seconds: float = 120.0,
    draw_files: bool = True,
    presenter_url: str | None = None,
) -> Router:
    env = Env(framework, languages, bot_username, frozenset(admins), members,
              backups_kept_days, job_claim_seconds, draw_files, presenter_url)
    return Router(env, store, Shell(), tuple(flows))
