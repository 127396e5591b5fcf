"""The agreed positions' screens, in the facilitator's private chat: pure functions of loaded
data and a translator."""

from __future__ import annotations

from flows.documents.results import spread_text
from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.store import FIRST_VOTING
from flows.engine.store.positions import DISSENT_MAX, REASON_MAX, Agreement
from flows.engine.translator import Translator
from flows.kit.items import short_name
from flows.kit.texts import assessment_name, bold, escape, italic, labelled, rating_label
from flows.positions.actions import REASONS, Act
from flows.positions.context import ItemData, ListData
from framework.aggregate import MIN_GROUP
from framework.model import Framework
from framework.scoring import DONT_KNOW


def rationale(t: Translator, agreement: Agreement) -> str:
    if agreement.reason in REASONS:
        return t.gettext(REASONS[agreement.reason])
    return agreement.reason_text or ""


def position_text(t: Translator, fw: Framework, agreement: Agreement) -> str:
    """ "Phase 3 (it follows the group's vote; dissent noted)" """
    text = rating_label(t, fw, agreement.phase)
    why = rationale(t, agreement)
    if why:
        text += " — " + why
    if agreement.dissent:
        text += " " + t.gettext("(dissent noted)")
    return text


def heading(t: Translator, data: ItemData | ListData) -> str:
    r = data.round
    return assessment_name(t, r.country, r.created_at, r.title)


def evidence_lines(t: Translator, data: ItemData) -> list[str]:
    """What the facilitator decides from, in private: the session's votes and the answers
    given alone (each under the thresholds)."""
    lines = []
    if data.votes is not None:
        label = t.gettext("This session's votes") if data.voting in (None, FIRST_VOTING) \
            else t.gettext("This session's second vote")
        text = spread_text(t, data.votes) if data.votes.n >= MIN_GROUP else t.gettext(
            "too few votes")
        lines.append("• " + escape(labelled(t, label, text)))
    label = t.gettext("Answers given before the meeting")
    text = spread_text(t, data.before) if data.before is not None and \
        data.before.n >= MIN_GROUP else t.gettext("fewer than 3 ratings")
    lines.append("• " + escape(labelled(t, label, text)))
    if data.position is not None:
        lines.append("• " + escape(labelled(t, t.gettext("Recorded so far"),
                                            position_text(t, data.fw, data.position))))
    return lines


def phase(t: Translator, data: ItemData) -> list[Screen]:
    lines = [bold(t.gettext("Agreed position: {item}").format(
        item=short_name(t, data.fw, data.item))), escape(heading(t, data)), "",
        *evidence_lines(t, data), "",
        escape(t.gettext("Which phase did the group agree on?"))]
    phases = [button(t, Act.phase, str(n), phase=n) for n in (1, 2, 3, 4)]
    return [Screen("\n".join(lines), (
        *rows(phases, per_row=4),
        (Button(t.gettext("Don't know"), Act.phase, DONT_KNOW),),
        (button(t, Act.back),),
    ), rtl=t.rtl)]


def reason(t: Translator, data: ItemData) -> list[Screen]:
    chosen = rating_label(t, data.fw, DONT_KNOW if data.phase == DONT_KNOW
                          else int(data.phase or 1))
    lines = [bold(t.gettext("Agreed position: {item}").format(
        item=short_name(t, data.fw, data.item))), escape(labelled(t, t.gettext("Agreed"),
                                                                   chosen)), "",
        escape(t.gettext("Why? Choose a reason, or type the group's own (up to {max} "
                         "characters).").format(max=REASON_MAX))]
    return [Screen("\n".join(lines), (
        *single(*(Button(t.gettext(words), Act.reason, code) for code, words in REASONS.items())),
        (button(t, Act.back),),
    ), rtl=t.rtl)]


def recorded(t: Translator, data: ItemData) -> list[Screen]:
    agreement = data.recorded
    if agreement is None:
        return [Screen(escape(t.gettext("This agreed position is no longer here.")),
                       ((button(t, Act.all),),))]
    lines = [bold(t.gettext("Recorded: the agreed position on {item}").format(
        item=short_name(t, data.fw, data.item))),
        escape(labelled(t, t.gettext("Agreed"), rating_label(t, data.fw, agreement.phase))),
        escape(labelled(t, t.gettext("Why"), rationale(t, agreement)))]
    if agreement.dissent:
        lines.append(escape(labelled(t, t.gettext("Dissent"), agreement.dissent)))
    lines += ["", italic(t.gettext(
        "It is the round's position on this question until another is recorded; earlier ones "
        "stay in its history. A dissent note is one line that says who sees it differently "
        "and why, without names."))]
    dissent = Button(t.gettext("Change the dissent note"), Act.dissent) if agreement.dissent \
        else button(t, Act.dissent)
    return [Screen("\n".join(lines), ((dissent,), (button(t, Act.all),)), rtl=t.rtl)]


def dissent(t: Translator, data: ItemData) -> list[Screen]:
    return [Screen(escape(t.gettext(
        "Type the dissent note in one line (up to {max} characters): what some see "
        "differently and why, without names."
    ).format(max=DISSENT_MAX)), ((button(t, Act.no_dissent),), (button(t, Act.back),)),
        rtl=t.rtl)]


def items(t: Translator, data: ListData) -> list[Screen]:
    lines = [bold(t.gettext("Agreed positions: {round}").format(round=heading(t, data))), ""]
    found = [(item, a) for item, a in data.positions.items()]
    if not found:
        lines.append(escape(t.gettext("None recorded yet.")))
    lines += ["• " + escape(labelled(t, short_name(t, data.fw, item),
                                     position_text(t, data.fw, a))) for item, a in found]
    lines += ["", escape(t.gettext(
        "Choose a capability by its number to record what the meeting agreed on it. A group "
        "session's card has its own Agree button."))]
    numbers = [Button(str(c.id), Act.pick, str(c.id)) for c in data.fw.capabilities]
    return [Screen("\n".join(lines), rows(numbers, per_row=7), rtl=t.rtl)]
