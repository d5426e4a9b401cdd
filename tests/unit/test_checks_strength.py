"""Checks as strong as ETIQUETTE.md: wrong names block (F3), device lines are flagged (F5), nothing is
stated that no fact says (F7), and every finding is said in plain words."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from notes.etiquette import check_note, check_notes
from notes.values import Candidate, InterviewFacts
from notes.writing.compose import compose_notes, edited_note, note_text
from providers.base import Person

END = datetime(2026, 5, 6, 17, 0, tzinfo=UTC)
NOW = END + timedelta(minutes=10)
MARCUS = Person("marcus.chen@northwindtraders.com", "Marcus Chen", "accepted")
ME = Candidate("Alex Rivera", "alex.rivera.jobs@gmail.com", phone="+1 206 555 0142")
FACTS = InterviewFacts(
    title="Interview: Data Analyst at Northwind Traders", company="Northwind Traders", role="Data Analyst",
    stage="first round", kind="job", start=END - timedelta(minutes=45), end=END, people=(MARCUS,),
    details="Marcus: the churn dashboard his team rebuilt",
)


def draft():
    [email] = compose_notes(FACTS, ME, FACTS.details)
    return email


def findings(body: str, facts=FACTS):
    return check_note(edited_note(draft(), body), facts, ME, NOW)


def rules(body: str, facts=FACTS) -> dict[str, str]:
    return {f.rule: f.severity for f in findings(body, facts)}


def greeted(line: str) -> str:
    body = draft().body_text
    return line + body[body.index("\n"):]


# ------------------------------------------------------------------ F3: names block


@pytest.mark.parametrize("line", ["Dear Mark,", "Hi Marc,", "Dear Mr. Chan,", "Dear Marcus Chan,", "Hello Martin,"])
def test_greeting_someone_else_blocks(line):
    found = findings(greeted(line))
    assert ("F3", "block") in [(f.rule, f.severity) for f in found], found
    assert any("Marcus" in f.message for f in found if f.rule == "F3")


@pytest.mark.parametrize("line", ["Dear Marcus,", "Hello Marcus Chen,", "Dear Mr. Chen,", "Dear Dr. Marcus Chen,",
                                  "Hi marcus,"])
def test_greeting_the_person_by_their_name_passes_f3(line):
    assert "F3" not in rules(greeted(line))


@pytest.mark.parametrize("wrong", ["Northwind Trader", "Northwnd Traders", "northwind traders", "Nortwind Traders",
                                   "Northwind-Traders", "NorthwindTraders", "Northwind Trading"])
def test_a_misspelled_company_blocks(wrong):
    body = draft().body_text.replace("Northwind Traders", wrong)
    assert rules(body).get("F3") == "block"


def test_a_misspelled_first_name_in_a_panel_blocks_and_the_users_own_name_is_no_misspelling():
    sam = Person("sam.rivers@northwindtraders.com", "Sam Rivers")
    facts = replace(FACTS, people=(sam,), details="Sam: the forecast model")
    [email] = compose_notes(facts, ME, facts.details)
    assert "Rivera" in email.body_text and "F3" not in {f.rule for f in check_note(note_text(email), facts, ME, NOW)}
    body = email.body_text.replace("Sam,", "Sma,", 1)
    assert {f.rule: f.severity for f in check_note(edited_note(email, body), facts, ME, NOW)}["F3"] == "block"


def test_a_name_split_by_punctuation_is_no_misspelling():
    alicia = Person("alicia.tan@straits.com", "Alicia Tan")
    facts = replace(FACTS, people=(alicia,), details="Alicia: the hedging policy")
    [email] = compose_notes(facts, ME, facts.details)
    assert email.body_text.startswith(("Dear Alicia,\n\nThank", "Hi Alicia,\n\nThank", "Hello Alicia,\n\nThank")) \
        or "Thank" in email.body_text
    assert "F3" not in {f.rule for f in check_note(note_text(email), facts, ME, NOW)}


# ------------------------------------------------------------------ F5: device lines


@pytest.mark.parametrize("line", ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS",
                                  "Von meinem iPhone gesendet", "Envoyé de mon iPhone",
                                  "Enviado desde mi Samsung Galaxy", "Sent from my phone"])
def test_a_device_signature_is_flagged(line):
    found = [f for f in findings(draft().body_text + "\n\n" + line) if f.rule == "F5"]
    assert found and found[0].severity == "warn" and line in found[0].message


def test_a_sentence_about_sending_is_not_a_device_signature():
    body = draft().body_text.replace("Best regards,", "I sent from my side the notes you asked for.\n\nBest regards,")
    assert "F5" not in rules(body)


# ------------------------------------------------------------------ F7: no new claims


def test_a_person_or_a_figure_in_no_fact_is_flagged():
    body = draft().body_text.replace(
        "\n\n", "\n\nIt was great to meet Sarah Okafor and to hear that churn fell 40% after the Q3 launch. ", 1)
    [claim] = [f for f in findings(body) if f.rule == "F7"]
    assert claim.severity == "warn"
    for word in ("Sarah", "40%"):
        assert f"“{word}" in claim.message


def test_what_the_facts_or_the_details_say_is_no_claim():
    said = replace(FACTS, details=FACTS.details + "\nSarah Okafor showed me how churn fell 40% after the Q3 launch",
                   description="You will also meet Sarah Okafor.")
    body = draft().body_text.replace(
        "\n\n", "\n\nIt was great to meet Sarah Okafor and to hear that churn fell 40% after the Q3 launch. ", 1)
    assert "F7" not in rules(body, said)


@pytest.mark.parametrize("sentence, claim", [
    ("I look forward to hearing from you by Friday.", "Friday"),
    ("I enjoyed meeting your colleague Priya.", "Priya"),
    ("Congratulations again on the Contoso partnership.", "Contoso"),
    ("Thank you for the 90 minutes you gave me.", "90"),
])
def test_invented_dates_names_companies_and_figures(sentence, claim):
    body = draft().body_text.replace("\n\n", "\n\n" + sentence + " ", 1)
    [found] = [f for f in findings(body) if f.rule == "F7"]
    assert f"“{claim}”" in found.message


def test_the_interviews_own_day_time_and_length_are_facts():
    body = draft().body_text.replace("\n\n", "\n\nThank you for the 45 minutes on Wednesday at 5 pm. ", 1)
    assert "F7" not in rules(body)  # 2026-05-06 16:15-17:00 UTC was a Wednesday


# ------------------------------------------------------------------ plain words


def test_every_message_is_plain_words_without_a_rule_code():
    bad = ("Hey Mark!!\n\nThx lol. I'll call you Monday and send you a gift card 🎁. [Company] rocks, "
           "Northwnd Traders!\n\nSent from my iPhone")
    found = check_notes([edited_note(draft(), bad, subject="")], FACTS, ME, NOW - timedelta(hours=2))[0]
    assert {"T1", "C3", "C4", "F2", "F3", "F5", "F6"} <= {f.rule for f in found}
    for finding in found:
        assert not re.search(r"\b[TCWPFM]\d\b", finding.message), finding.message
        assert finding.message[0].isupper() and finding.message.rstrip().endswith((".", ")")), finding.message
