"""Hostile and odd input: markup, scripts, huge pastes, emoji, right-to-left text, empty names,
company names that are ordinary words. Nothing crashes, HTML stays escaped, findings make sense."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import example, given, settings, strategies as st

from notes.etiquette import check_note, check_notes
from notes.values import Candidate, InterviewFacts
from notes.writing.compose import compose_notes, note_text
from notes.writing.textutil import word_count
from providers.base import Person

END = datetime(2026, 3, 2, 15, 45, tzinfo=UTC)
NOW = END + timedelta(minutes=10)
PRIYA = Person("priya.natarajan@northwindtraders.com", "Priya Natarajan", "accepted")
ME = Candidate("Alex Rivera", "alex.rivera.jobs@gmail.com", phone="+1 206 555 0142")
FACTS = InterviewFacts(
    title="Interview with Northwind Traders", company="Northwind Traders", role="Data Analyst", stage=None,
    kind="job", start=END - timedelta(hours=1), end=END, people=(PRIYA,),
)
SCRIPT = '<script>alert("owned")</script><img src=x onerror=alert(1)>'
_OUR_TAGS = re.compile(r'</?p>|<br>|<div dir="auto">|</div>')


def rules(draft, facts=FACTS, candidate=ME) -> dict[str, str]:
    return {f.rule: f.severity for f in check_note(note_text(draft), facts, candidate, NOW)}


def assert_escaped(body_html: str) -> None:
    assert "<" not in _OUR_TAGS.sub("", body_html), body_html


def test_markup_in_details_is_dropped_from_the_note():
    [draft] = compose_notes(FACTS, ME, f"Priya: {SCRIPT} the <b>churn</b> dashboard")
    assert "<" not in draft.body_text and "alert" not in draft.body_text
    assert "the churn dashboard" in draft.body_text
    assert_escaped(draft.body_html)
    assert rules(draft) == {}


def test_markup_in_the_invitation_and_the_record_is_escaped_never_run():
    hostile = Person("priya.natarajan@northwindtraders.com", f"Priya {SCRIPT}", "accepted")
    facts = replace(FACTS, title=SCRIPT, description=f"<p>{SCRIPT}Agenda: <i>roadmap</i></p>", people=(hostile,),
                    company=f"Acme {SCRIPT}", role="<Data Analyst>")
    [draft] = compose_notes(facts, ME, "the roadmap review")
    assert_escaped(draft.body_html)
    assert "&lt;script&gt;" in draft.body_html  # the record's own spelling, shown as text
    assert "C3" not in rules(draft, facts) and "C4" not in rules(draft, facts)


def test_a_10000_character_detail_is_trimmed_to_fit_and_flagged():
    huge = "We talked about the migration of the reporting stack to dbt and " + "more context " * 800
    assert len(huge) > 10_000
    [draft] = compose_notes(FACTS, ME, huge)
    assert "detail-trimmed" in draft.flags
    assert 50 <= word_count(draft.body_text) <= 200
    assert "migration of the reporting stack" in draft.body_text
    assert "F4" not in rules(draft) and "P2" not in rules(draft)


def test_a_10000_character_edit_is_flagged_as_too_long():
    [draft] = compose_notes(FACTS, ME, "the dbt migration")
    long_body = draft.body_text.replace("\n\n", "\n\n" + "Also about dbt. " * 700 + "\n\n", 1)
    assert rules(replace(draft, body_text=long_body))["F4"] == "warn"


def test_emoji_in_details_stay_out_of_the_note_and_in_an_edit_are_a_tone_finding():
    [draft] = compose_notes(FACTS, ME, "Priya: the 🚀 launch dashboard 🎉🎉")
    assert "🚀" not in draft.body_text and "the launch dashboard" in draft.body_text
    assert "F5" not in rules(draft)
    edited = replace(draft, body_text=draft.body_text.replace("dashboard", "dashboard 🚀"))
    assert rules(edited)["F5"] == "warn"


def test_right_to_left_text_is_kept_and_direction_overrides_are_removed():
    [draft] = compose_notes(FACTS, ME, "Priya: the \u202eevil\u202c שיחה על דוחות churn")
    assert "שיחה על דוחות" in draft.body_text and "\u202e" not in draft.body_text
    assert 'dir="auto"' in draft.body_html
    assert not any(r == "block" for r in rules(draft).values())


@pytest.mark.parametrize("person", [Person("jblake@contoso.com", ""), Person("jblake@contoso.com", "   "),
                                    Person("jblake@contoso.com", "jblake@contoso.com")])
def test_a_person_without_a_name_gets_a_note_that_asks_for_it(person):
    [draft] = compose_notes(replace(FACTS, people=(person,)), ME, "the billing monolith")
    assert "needs-name" in draft.flags
    assert draft.body_text.startswith("Hello,")
    found = rules(draft, replace(FACTS, people=(person,)))
    assert found["F2"] == "block" and found["P1"] == "warn"


def test_a_person_without_an_address_gets_no_note():
    assert compose_notes(replace(FACTS, people=(Person("", ""),), organizer=None), ME) == []


def test_an_empty_user_name_asks_for_a_profile():
    [draft] = compose_notes(FACTS, replace(ME, name=""), "the dbt migration")
    assert rules(draft, candidate=replace(ME, name=""))["P5"] == "warn"


@pytest.mark.parametrize("company", ["Apple", "Target", "Next", "Gift Card Co", "Call Center Inc", "FLOWERS"])
def test_a_company_named_like_a_common_word(company):
    facts = replace(FACTS, company=company, title=f"Interview with {company}")
    drafts = compose_notes(facts, ME, "the apple orchard analytics and the next quarter targets")
    assert drafts and all(check_note(note_text(d), facts, ME, NOW) == [] for d in drafts)
    assert all(company in d.body_text for d in drafts)


def test_next_steps_are_not_a_misspelled_company_called_next():
    facts = replace(FACTS, company="Next")
    [draft] = compose_notes(facts, ME, "next quarter planning")
    edited = draft.body_text + "\nNEXT time, nxt week, next-gen tools."
    assert "F3" not in rules(replace(draft, body_text=draft.body_text), facts)
    assert rules(replace(draft, body_text=edited), facts).get("F3") == "block"  # "NEXT" differs from "Next"


def test_control_characters_and_odd_whitespace_do_not_break_anything():
    [draft] = compose_notes(FACTS, ME, "\x00\x07Priya:\t\u00a0the\u2003dashboard\r\n\r\n   \n-  • bullet point idea")
    assert "\x00" not in draft.body_text and "the dashboard" in draft.body_text


text_strategy = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=60, deadline=None)
@given(details=text_strategy, title=text_strategy, name=text_strategy, company=text_strategy)
@example(details="", title="", name="", company="LAW")  # a law firm: a card is proposed beside the email
def test_any_input_composes_and_checks_without_crashing(details, title, name, company):
    person = Person("someone@example.com", name, "accepted")
    facts = replace(FACTS, title=title, description=details, people=(person,), company=company or None)
    drafts = compose_notes(facts, ME, details)
    results = check_notes([note_text(d) for d in drafts], facts, ME, NOW)
    assert len(results) == len(drafts)
    assert [d.channel for d in drafts if d.channel == "email"] == ["email"]  # one email to the one person
    assert all(d.to.email == person.email for d in drafts)
    for draft in drafts:
        assert_escaped(draft.body_html)
        assert all(f.severity in ("block", "warn") and f.message for r in results for f in r)
