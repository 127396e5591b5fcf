"""The validation's screens: a facilitator's (where the round stands, and the steps from one
state to the next) and a participant's flags. Pure functions of loaded data."""

from __future__ import annotations

from flows.documents.validated import state_line
from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.store.validation import (
    FLAG_COMMENT_MAX,
    FLAGS_SHOWN_FROM,
    INSTITUTION_MAX,
    SHARED_WITH_MAX,
    Sharing,
    State,
)
from flows.engine.translator import Translator
from flows.kit.items import short_name
from flows.kit.texts import assessment_name, bold, escape, italic, labelled
from flows.validation.actions import REVIEW_DAYS, Act
from flows.validation.context import FlagsData, StatusData
from framework.model import Framework

HASH_SHOWN = 12  # the hash's first characters on a screen (the files carry all of it)


def flag_lines(t: Translator, fw: Framework, flags: dict[str, list[str | None]]) -> list[str]:
    """Per capability, how many flagged it (never who); comments, unattributed, only where
    `FLAGS_SHOWN_FROM` or more flagged."""
    if not flags:
        return [escape(t.gettext("No capability flagged so far."))]
    lines = [bold(t.gettext("Flagged by participants (\"I see it differently\")"))]
    for cap in fw.capabilities:
        comments = flags.get(cap.item)
        if not comments:
            continue
        count = t.ngettext("{n} flag", "{n} flags", len(comments)).format(n=len(comments))
        lines.append("• " + escape(labelled(t, short_name(t, fw, cap.item), count)))
        if len(comments) >= FLAGS_SHOWN_FROM:
            lines += ["  – " + escape(c) for c in comments if c]
    lines.append(italic(t.gettext(
        "Who flagged is never shown; comments appear once {min} or more flagged the same "
        "capability.").format(min=FLAGS_SHOWN_FROM)))
    return lines


def status(t: Translator, data: StatusData) -> list[Screen]:
    v, r = data.validation, data.round
    lines = [bold(t.gettext("Validation: {round}").format(
        round=assessment_name(t, r.country, r.created_at, r.title))),
        escape(labelled(t, t.gettext("State"), state_line(t, v))), ""]
    if v.superseded is not None and v.superseded.validated_on is not None:
        lines.append(escape(t.gettext("Supersedes version {number}, validated on {date}.")
                            .format(number=v.superseded.version,
                                    date=t.date(v.superseded.validated_on))))
    current = v.current
    if v.state is State.DRAFT:
        lines.append(escape(t.gettext(
            "Answers can change; the results are for facilitators. Opening the review closes "
            "the answers and shows the draft results to participants, who can flag a "
            "capability they see differently.")))
        buttons = [button(t, Act.review)]
    elif v.state is State.REVIEW:
        assert current is not None and current.review_opened_at is not None
        lines.append(escape(t.gettext("Under review since {date}.").format(
            date=t.date(current.review_opened_at))))
        if current.review_ends is not None:
            lines.append(escape(t.gettext("The review ends on {date}; participants are "
                                          "reminded once before.").format(
                date=t.date(current.review_ends))))
        lines += ["", *flag_lines(t, data.fw, data.flags), "", escape(t.gettext(
            "Validate when the stakeholders have reviewed the results: you name the "
            "validating institution, and the round is frozen."))]
        buttons = [button(t, Act.validate), button(t, Act.draft)]
    else:
        assert current is not None and current.validated_on is not None
        lines.append(escape(t.gettext("Validated by {institution} on {date}.").format(
            institution=current.institution, date=t.date(current.validated_on))))
        lines.append(escape(t.ngettext(
            "The snapshot counts the answers of {n} person.",
            "The snapshot counts the answers of {n} people.", current.counted or 0)
            .format(n=current.counted or 0)))
        lines.append(escape(labelled(t, t.gettext("Snapshot hash (SHA-256)"),
                                     (current.snapshot_hash or "")[:HASH_SHOWN] + "…")))
        if current.sharing is Sharing.SHARED:
            lines.append(escape(labelled(t, t.gettext("May be shared with"),
                                         current.shared_with or "")))
        elif current.sharing is Sharing.CONFIDENTIAL:
            lines.append(escape(t.gettext("Confidential: not to be passed on.")))
        else:
            lines.append(escape(t.gettext(
                "Not recorded yet whether the report may be passed on.")))
        lines += ["", escape(t.gettext(
            "The round is frozen: answers, the plan and agreed positions no longer change, and "
            "every export of this version is the same file. A change needs a new version."))]
        buttons = [button(t, Act.shared), button(t, Act.confidential),
                   button(t, Act.new_version)]
    return [Screen("\n".join(lines), rows(buttons), rtl=t.rtl)]


def review_ends(t: Translator, data: StatusData) -> list[Screen]:
    def label(days: str) -> str:
        if days == "0":
            return t.gettext("No end date")
        return t.ngettext("In {n} day", "In {n} days", int(days)).format(n=int(days))
    return [Screen(escape(t.gettext(
        "Opening the review closes the answers and shows the draft results to the round's "
        "participants. When should it end? Participants get one reminder the day before.")),
        (*rows([Button(label(d), Act.ends, d) for d in REVIEW_DAYS]), (button(t, Act.back),)),
        rtl=t.rtl)]


def institution(t: Translator, data: StatusData) -> list[Screen]:
    return [Screen(escape(t.gettext(
        "Which institution validates these results? Type its name (up to {max} characters), "
        "for instance the national coordinating body.").format(max=INSTITUTION_MAX)),
        ((button(t, Act.back),),), rtl=t.rtl)]


def confirm(t: Translator, data: StatusData) -> list[Screen]:
    lines = [bold(t.gettext("Validate version {number}?").format(
        number=data.validation.number)),
        escape(labelled(t, t.gettext("Validating institution"), data.institution or "")),
        escape(labelled(t, t.gettext("Date"), t.date(data.today))), "",
        escape(t.gettext(
            "The report's figures, agreed positions, plan and the flags' counts are kept as "
            "they are now, with a fingerprint (hash); the round is frozen. People who later "
            "delete their data leave the validated figures as they are."))]
    return [Screen("\n".join(lines), single(button(t, Act.confirm), button(t, Act.back)),
                   rtl=t.rtl)]


def shared_with(t: Translator, data: StatusData) -> list[Screen]:
    return [Screen(escape(t.gettext(
        "With whom may the validated report be passed on? Type it in one line (up to {max} "
        "characters), for instance \"the national task force and UNICEF\".").format(
        max=SHARED_WITH_MAX)), ((button(t, Act.back),),), rtl=t.rtl)]


def new_version(t: Translator, data: StatusData) -> list[Screen]:
    number = data.validation.number + 1
    return [Screen(escape(t.gettext(
        "A new version opens the answers again as version {number}'s draft. Version {old} "
        "stays validated, with its files, and version {number}'s files say that they "
        "supersede it.").format(number=number, old=data.validation.number)),
        single(button(t, Act.confirm_new, number=number), button(t, Act.back)), rtl=t.rtl)]


# a participant's flags --------------------------------------------------------------------
def flags(t: Translator, data: FlagsData) -> list[Screen]:
    r = data.round
    if not data.open:
        return [Screen(escape(t.gettext("The review of this round has ended.")))]
    lines = [bold(t.gettext("Draft results under review: {round}").format(
        round=assessment_name(t, r.country, r.created_at, r.title))), escape(t.gettext(
            "Tap a capability you see differently; tap it again to take the flag back. Its "
            "facilitators see how many flagged each capability, never who."))]
    if data.mine:
        lines += ["", escape(labelled(t, t.gettext("Your flags"), t.join(
            [short_name(t, data.fw, c.item) for c in data.fw.capabilities
             if c.item in data.mine])))]
    numbers = [Button(("⚑ " if c.item in data.mine else "") + str(c.id), Act.flag, str(c.id))
               for c in data.fw.capabilities]
    return [Screen("\n".join(lines), (*rows(numbers, per_row=7), (button(t, Act.done),)),
                   rtl=t.rtl)]


def comment(t: Translator, data: FlagsData) -> list[Screen]:
    name = short_name(t, data.fw, data.item) if data.item else ""
    return [Screen(escape(t.gettext(
        "Flagged: {capability}. If you wish, type why in one line (up to {max} characters), "
        "without names: it is shown to the facilitators, unattributed, only once 3 or more "
        "people flag this capability.").format(capability=name, max=FLAG_COMMENT_MAX)),
        ((button(t, Act.no_comment),),), rtl=t.rtl)]


def done(t: Translator) -> Screen:
    return Screen(escape(t.gettext("Thank you. Your flags are kept until the review ends.")))
