"""The checks as the service uses them: on composed notes, on the user's edits, across a panel."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from notes.etiquette import RULES, check_note, check_notes
from notes.etiquette.similarity import similarity, trigrams
from notes.values import Candidate, InterviewFacts, NoteText
from notes.writing.compose import compose_notes, edited_note, note_text
from providers.base import Person

END = datetime(2026, 3, 5, 21, 30, tzinfo=UTC)
NOW = END + timedelta(minutes=10)
RAVI = Person("ravi.kumar@fabrikam.com", "Ravi Kumar", "accepted")
ELENA = Person("elena.petrova@fabrikam.com", "Elena Petrova", "accepted")
ME = Candidate("Alex Rivera", "alex.rivera.jobs@gmail.com", phone="+1 206 555 0142")
FACTS = InterviewFacts(
    title="Onsite interview loop — Fabrikam", company="Fabrikam", role="Staff Software Engineer, Payments",
    stage="onsite", kind="job", start=END - timedelta(hours=4), end=END, people=(RAVI, ELENA),
)
DETAILS = "Ravi: the rate limiter exercise\nElena: the ledger design for refunds"


def drafts():
    return compose_notes(FACTS, ME, DETAILS)


def test_one_list_of_findings_per_note_in_order():
    notes = [note_text(d) for d in drafts()]
    assert check_notes(notes, FACTS, ME, NOW) == [[], []]
    assert len(check_notes(notes + notes[:1], FACTS, ME, NOW)) == 3


def test_blocking_findings_come_first():
    draft = drafts()[0]
    body = draft.body_text.replace("the rate limiter exercise", "the rate limiter exercise. I'll call you Monday")
    findings = check_note(edited_note(draft, body, subject=""), FACTS, ME, NOW)
    assert [f.rule for f in findings] == ["C3", "F6", "F7"]  # "Monday" is in no fact: F7
    assert [f.severity for f in findings] == ["block", "warn", "warn"]


def test_the_users_own_edit_is_checked_like_a_composed_note():
    draft = drafts()[1]
    body = "Hey Elena!!\n\nThx for the chat lol. Sending you some cookies 🍪.\n\nAlex"
    found = {f.rule: f.severity for f in check_note(edited_note(draft, body), FACTS, ME, NOW)}
    assert found["C4"] == "block" and found["F5"] == "warn"
    assert found["F4"] == "warn" and found["P3"] == "warn" and found["P5"] == "warn"


def test_an_edited_note_to_the_wrong_panelist():
    ravi, elena = drafts()
    body = elena.body_text.replace("Elena", "Ravi")
    findings = check_notes([note_text(ravi), edited_note(elena, body)], FACTS, ME, NOW)
    assert any(f.rule == "F3" and "greets Ravi Kumar" in f.message for f in findings[1])


def test_a_panel_with_copied_notes_is_told_to_make_them_personal():
    ravi, elena = drafts()
    copy = ravi.body_text.replace("Ravi", "Elena")
    results = check_notes([note_text(ravi), edited_note(elena, copy)], FACTS, ME, NOW)
    assert [f.rule for f in results[0]] == ["F1"] and "Elena Petrova" in results[0][0].message
    assert [f.rule for f in results[1]] == ["F1"]


def test_notes_to_the_same_person_on_two_channels_are_not_compared():
    ravi = note_text(drafts()[0])
    card = replace(ravi, channel="handwritten")
    assert all(f.rule != "F1" for r in check_notes([ravi, card], FACTS, ME, NOW) for f in r)


def test_a_naive_clock_is_read_as_utc():
    note = note_text(drafts()[0])
    assert check_note(note, FACTS, ME, NOW.replace(tzinfo=None)) == []
    assert check_note(note, FACTS, ME, (END - timedelta(minutes=5)).replace(tzinfo=None))[0].rule == "T1"


def test_an_empty_note():
    empty = NoteText(RAVI, "email", "", "")
    found = {f.rule: f.severity for f in check_note(empty, FACTS, ME, NOW)}
    assert found["F2"] == "block" and found["P2"] == "block" and found["F4"] == "warn"


def test_rule_ids_are_those_of_the_etiquette():
    assert set(RULES) == {"T1", "T2", "T3", "C1", "C2", "C3", "C4", "W1", "P1", "P2", "P3", "P4", "P5",
                          "F1", "F2", "F3", "F4", "F5", "F6", "F7", "M1",
                          "H1", "H2", "H3", "H4"}  # the notes of thanks for help (help_rules)


def test_similarity_of_word_trigrams():
    assert similarity("a b c d", "a b c d") == 1.0
    assert similarity("a b c d", "a b c e") == 1 / 3
    assert similarity("", "") == 1.0 and similarity("one two three", "") == 0.0
    assert trigrams("Thank you, Ravi!") == {("thank", "you", "ravi")}
