"""A note written by a language model, checked like any other, and used only when no worse.

The model's reply is finished the same way for every model (a subject line or code fence taken
off, the signature replaced by the user's own lines), then judged: a block finding the composed
note does not have, a new claim (F7), or a likeness to another note of the panel (F1) rejects it.
A rejected reply gets one retry with the findings in plain words; rejected again, or when the
model fails or does not answer in time, the composed note stays and says why (M1, info).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime

from providers.base import LanguageModel, Unavailable

from ..etiquette import check_notes
from ..etiquette.checks import UNUSED
from ..etiquette.lexicon import lexicon
from ..values import Candidate, Draft, Finding, InterviewFacts, NoteText
from ..writing.compose import note_plans, note_text, render_html
from ..writing.sentences import NotePlan, closing_line, signature_lines
from .prompt import messages_for, retry_messages

COMPOSER = "composer"
REJECTING = ("F1", "F7")  # besides any block finding the composed note does not have

Judge = Callable[[str], list[Finding]]


@dataclass(frozen=True)
class ModelNote:
    """What came of asking the model for one note."""

    text: str | None  # the finished note, when it is used
    author: str  # the model's name when used, else "composer"
    unused: str  # "" when used; "unavailable"; or the rules its drafts kept breaking ("C4 F7")
    requests: int

    @property
    def flag(self) -> str | None:
        """The flag the composed note carries when the model's was not used."""
        return f"{UNUSED}{self.unused}" if self.unused else None


def write_with_model(model: LanguageModel, plan: NotePlan, judge: Judge) -> ModelNote:
    """Ask ``model`` for ``plan``'s note; one retry with the findings when ``judge`` rejects it."""
    first = messages_for(plan)
    try:
        reply = model.complete(first)
    except Unavailable:
        return ModelNote(None, COMPOSER, "unavailable", 1)
    text = finish(reply, plan)
    problems = judge(text)
    if not problems:
        return ModelNote(text, model.name, "", 1)
    try:
        reply = model.complete(retry_messages(first, reply, [f.message for f in problems]))
    except Unavailable:
        return ModelNote(None, COMPOSER, "unavailable", 2)
    text = finish(reply, plan)
    problems = judge(text)
    if not problems:
        return ModelNote(text, model.name, "", 2)
    return ModelNote(None, COMPOSER, " ".join(sorted({f.rule for f in problems})), 2)


def judge_against(composed: NoteText, others: Sequence[NoteText], facts: InterviewFacts, candidate: Candidate,
                  now: datetime) -> Judge:
    """A judge of the model's text for ``composed``'s note: what it may not add to the composed note's
    findings, checked beside the other notes of the interview (``others``)."""
    tolerated = {f.rule for f in check_notes([composed, *others], facts, candidate, now)[0]
                 if f.severity == "block" or f.rule in REJECTING}

    def judge(text: str) -> list[Finding]:
        note = NoteText(composed.to, composed.channel, composed.subject, text, composed.language, composed.flags)
        found = check_notes([note, *others], facts, candidate, now)[0]
        return [f for f in found if (f.severity == "block" or f.rule in REJECTING) and f.rule not in tolerated]

    return judge


_FENCE = re.compile(r"^```[\w-]*\n|\n?```\s*$")
_SUBJECT = re.compile(r"^\s*(?:subject|betreff|objet|asunto)\s*:", re.IGNORECASE)


def finish(reply: str, plan: NotePlan) -> str:
    """The model's reply as a note: no fence or subject line, ending at its closing line, then the
    user's own signature lines."""
    text = _FENCE.sub("", reply.replace("\r\n", "\n").strip()).strip().strip('"“”').strip()
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and (_SUBJECT.match(lines[0]) or not lines[0].strip()):
        lines.pop(0)
    closing = lexicon(plan.book.code).closing
    end = max((i for i, line in enumerate(lines) if closing.match(line.strip().lower())), default=None)
    if end is None:
        lines += ["", closing_line(plan)]
    else:
        lines = lines[:end + 1]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip())
    return "\n".join([body, *signature_lines(plan.candidate)])


def drafts_by_model(model: LanguageModel, facts: InterviewFacts, candidate: Candidate, drafts: list[Draft],
                    now: datetime, concurrency: int = 4) -> list[Draft]:
    """``drafts`` (composed) with the model's text in each email note where it is used: one
    request per note, at most ``concurrency`` at once; the composed text, flagged with why, where
    it is not (``afterview draft`` waits for this; proposals do not, see ``rewrites``)."""
    plans = {plan.person.email: plan for plan, _ in note_plans(facts, candidate, facts.details)}
    emails = [d for d in drafts if d.channel == "email" and d.to.email in plans]
    composed = [note_text(d) for d in drafts]

    def ask(draft: Draft) -> ModelNote:
        others = [n for n in composed if n.to.email != draft.to.email or n.channel != draft.channel]
        return write_with_model(model, plans[draft.to.email], judge_against(note_text(draft), others, facts,
                                                                             candidate, now))

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        outcomes = dict(zip((d.to.email for d in emails), pool.map(ask, emails), strict=True))
    result = list(drafts)
    for index, draft in enumerate(result):  # in turn, each beside the notes as they now stand
        outcome = outcomes.get(draft.to.email) if draft.channel == "email" else None
        if outcome is None:
            continue
        if outcome.text is not None:
            others = [note_text(d) for i, d in enumerate(result) if i != index]
            again = judge_against(note_text(draft), others, facts, candidate, now)(outcome.text)
            if again:
                outcome = replace(outcome, text=None, author=COMPOSER, unused=" ".join(sorted({f.rule for f in again})))
        if outcome.text is None:
            result[index] = replace(draft, flags=(*draft.flags, outcome.flag))
        else:
            result[index] = replace(draft, body_text=outcome.text, body_html=render_html(outcome.text),
                                    written_by=outcome.author)
    return result
