"""Etiquette checks: every rule of ETIQUETTE.md over any note, composed or edited by the user.

A finding names its rule, its severity (``block``: fix before inserting; ``warn``: shown) and a
hint. Rules and where they live:

- timing T1–T3 and channel C1–C2 here (they need the clock and the other notes);
- C3, C4 and form F1–F6 in ``form_rules``; content P1–P5 and "who gets a note" (W1) in
  ``content_rules``; F1's comparison of the notes of one interview in ``check_notes``;
- F7, no new claims (warn), in ``claims``: a name, figure or date in no fact. ETIQUETTE's F3 asks for
  names exactly as the record spells them; F7 asks that nothing be stated the record does not say;
- M1 (info): the note is the composer's because a language model's draft was not used, and why;
- a note of thanks for help with no interview behind it (``facts.kind`` ``help``) has rules of its
  own, H1–H4 among them, in ``help_rules``.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from providers.base import utc

from ..statuses import HELP_RECORD
from ..values import Candidate, Finding, InterviewFacts, NoteText
from ..writing.recipients import known_name
from ..writing.traditional import card_reason
from . import content_rules as content, form_rules as form
from .claims import check_claims
from .help_rules import check_help_note
from .reading import read_note
from .similarity import LIMIT, trigram_similarity, trigrams

RULES = ("T1", "T2", "T3", "C1", "C2", "C3", "C4", "W1", "P1", "P2", "H1", "H2", "H3", "H4", "P3", "P4", "P5",
         "F1", "F2", "F3", "F4", "F5", "F6", "F7", "M1")
LATE_AFTER = timedelta(hours=24)
UNUSED = "model-unused:"  # a note's flag: a language model's draft was not used, and why
CHANNELS = ("email", "handwritten")


def check_note(note: NoteText, facts: InterviewFacts, candidate: Candidate, now: datetime) -> list[Finding]:
    """Findings for one note, composed or edited: blocking ones first, then by rule."""
    r = read_note(note, facts, candidate)
    if facts.kind == HELP_RECORD:
        return ordered(check_help_note(r, facts, candidate, note.kind))
    findings = [
        *check_timing(note, facts, now),
        *check_channel(note),
        *form.check_no_call(r),
        *form.check_no_gift(r),
        *content.check_recipient(r, facts, candidate),
        *content.check_thanks(r, facts),
        *content.check_detail(r, facts, candidate),
        *content.check_interest(r, facts),
        *content.check_next_steps(r, facts),
        *content.check_contact(r, candidate),
        *form.check_one_person(r),
        *form.check_placeholders(r),
        *form.check_names(r, facts, candidate),
        *form.check_length(r),
        *form.check_tone(r),
        *form.check_device_signature(r),
        *form.check_subject(r, facts),
        *check_claims(r, facts, candidate),
        *check_author(note),
    ]
    return ordered(findings)


def check_notes(
    notes: Sequence[NoteText], facts: InterviewFacts, candidate: Candidate, now: datetime
) -> list[list[Finding]]:
    """Findings for each note of one interview, including those that compare the notes (F1, C1, C2)."""
    results = [check_note(n, facts, candidate, now) for n in notes]
    if facts.kind == HELP_RECORD:  # one note each: nothing to compare
        return results
    for index, extra in _compare(notes, facts, candidate):
        results[index].append(extra)
    return [ordered(findings) for findings in results]


def ordered(findings: list[Finding]) -> list[Finding]:
    """Blocking findings first, then in the order of ETIQUETTE.md."""
    rank = {rule: i for i, rule in enumerate(RULES)}
    return sorted(findings, key=lambda f: (f.severity != "block", rank.get(f.rule, len(RULES))))


def check_timing(note: NoteText, facts: InterviewFacts, now: datetime) -> list[Finding]:
    """T1 never in advance, T2 late after 24 hours, T3 a card goes out the same day."""
    now, end = utc(now), utc(facts.end)
    if now < end:
        at = _local(end, facts.time_zone).strftime("%H:%M")
        return [Finding("T1", "block", f"The interview has not ended yet (it ends at {at}): the note will be "
                        "ready after it, when it can be about the conversation itself.")]
    findings = []
    if now - end > LATE_AFTER:
        findings.append(Finding("T2", "warn", "More than a day has passed since the interview: send the note "
                                "now anyway — a late note is better than none."))
    zone = facts.time_zone
    if note.channel == "handwritten" and _local(now, zone).date() > _local(end, zone).date():
        findings.append(Finding("T3", "warn", "Mail the card today — it takes a day or two by post — or send "
                                "the email version now."))
    return findings


def _local(moment: datetime, zone_name: str | None) -> datetime:
    try:
        return moment.astimezone(ZoneInfo(zone_name)) if zone_name else moment.astimezone(UTC)
    except (ZoneInfoNotFoundError, ValueError):
        return moment.astimezone(UTC)


def check_channel(note: NoteText) -> list[Finding]:
    """C1: a note goes by email (or, as well, as a handwritten card)."""
    if note.channel in CHANNELS:
        return []
    return [Finding("C1", "warn", f"Send it by email rather than “{note.channel[:30]}”: email is fast and "
                    "accepted everywhere.")]


def _compare(notes: Sequence[NoteText], facts: InterviewFacts, candidate: Candidate):
    """(index, finding) pairs from comparing the notes of one interview."""
    grams = [trigrams(n.body_text) for n in notes]
    for i, a in enumerate(notes):
        for j in range(i + 1, len(notes)):
            b = notes[j]
            if a.channel != b.channel or a.to.email.lower() == b.to.email.lower():
                continue
            score = trigram_similarity(grams[i], grams[j])
            if score >= LIMIT:
                yield i, _alike(b, score)
                yield j, _alike(a, score)
    emailed = {n.to.email.lower() for n in notes if n.channel == "email"}
    for i, note in enumerate(notes):
        if note.channel == "handwritten" and note.to.email.lower() not in emailed:
            yield i, Finding("C1", "warn", "Send a short email as well: the card takes a day or two by post.")
    reason = card_reason(facts, candidate)
    if reason and notes and not any(n.channel == "handwritten" for n in notes):
        for i, note in enumerate(notes):
            if note.channel == "email":
                yield i, Finding("C2", "warn", f"{reason}: a handwritten card as well as this email would "
                                 "make a good impression.")


def _alike(other: NoteText, score: float) -> Finding:
    who = known_name(other.to) or other.to.email
    return Finding("F1", "warn", f"This note reads like the one to {who} ({score:.0%} alike): make the personal "
                   "lines different — what you remember from each conversation.")


_WHY = {
    "C3": "offered a phone call", "C4": "offered a gift", "F1": "read like another note of this interview",
    "F2": "left a placeholder", "F3": "got a name wrong", "F7": "said things no fact says",
    "P2": "had no specific detail", "T1": "came too early",
}


def check_author(note: NoteText) -> list[Finding]:
    """M1 (info): why a language model's draft was not used for this note, when it was not."""
    reason = next((f[len(UNUSED):] for f in note.flags if f.startswith(UNUSED)), None)
    if reason is None:
        return []
    if reason == "unavailable":
        return [Finding("M1", "info", "The language model did not answer (it failed or took too long), so this "
                        "is Afterview's own note; it is complete and checked.")]
    why = " and ".join(dict.fromkeys(_WHY.get(rule, "broke an etiquette rule") for rule in reason.split()))
    return [Finding("M1", "info", f"The language model's draft {why}, twice, so this is Afterview's own note.")]
