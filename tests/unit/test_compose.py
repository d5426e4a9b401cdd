"""The composer: one personal note per person met, in the user's language, deterministic."""
from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import combinations

import pytest

from notes.etiquette import check_note, check_notes
from notes.etiquette.similarity import LIMIT, similarity
from notes.values import Candidate, InterviewFacts
from notes.writing.compose import compose_notes, edited_note, note_text, nudge_lines, render_html
from notes.writing.language import detect_language, note_language
from notes.writing.textutil import word_count
from notes.writing.traditional import traditional_reason
from providers.base import Person

END = datetime(2026, 3, 2, 15, 45, tzinfo=UTC)
NOW = END + timedelta(minutes=10)
PRIYA = Person("priya.natarajan@northwindtraders.com", "Priya Natarajan", "accepted")
LEO = Person("leo.martins@northwindtraders.com", "Leo Martins", "accepted")
ME = Candidate("Alex Rivera", "alex.rivera.jobs@gmail.com", phone="+1 206 555 0142",
               signature="linkedin.com/in/alexrivera\nportfolio: alexrivera.dev")
FACTS = InterviewFacts(
    title="Interview with Northwind Traders - Alex Rivera", company="Northwind Traders", role="Data Analyst",
    stage="first round", kind="job", start=END - timedelta(minutes=45), end=END, people=(PRIYA,),
    description="This is your first-round interview for the Data Analyst role with Priya Natarajan, Analytics Lead.",
)


def blocks(drafts, facts=FACTS, candidate=ME):
    results = check_notes([note_text(d) for d in drafts], facts, candidate, NOW)
    return [[f.rule for f in r if f.severity == "block"] for r in results]


def test_a_note_has_all_five_parts():
    details = "the churn dashboard her team rebuilt in Looker"
    [draft] = compose_notes(FACTS, ME, details)
    text = draft.body_text
    assert text.split("\n")[0] in ("Dear Priya,", "Hello Priya,", "Hi Priya,")
    assert re.search(r"thank|grateful|appreciat", text, re.I)
    assert "the churn dashboard her team rebuilt in Looker" in text
    assert "Data Analyst" in text and "Northwind Traders" in text
    assert "next steps" in text
    assert text.endswith("Alex Rivera\nalex.rivera.jobs@gmail.com\n+1 206 555 0142\n"
                         "linkedin.com/in/alexrivera\nportfolio: alexrivera.dev")
    assert draft.subject == "Thank you — Data Analyst interview"
    assert draft.flags == () and 50 <= word_count(text) <= 200
    assert check_note(note_text(draft), replace(FACTS, details=details), ME, NOW) == []


def test_without_a_detail_the_invitation_fills_in_and_the_note_is_flagged():
    [draft] = compose_notes(FACTS, ME)
    assert "Analytics Lead" in draft.body_text
    assert draft.flags == ("needs-detail",)
    assert blocks([draft]) == [["P2"]]


def test_agenda_lines_name_what_each_panelist_did():
    facts = replace(FACTS, people=(PRIYA, LEO), description="09:30 Coding with Priya Natarajan\n"
                    "10:30 System design with Leo Martins")
    texts = {d.to.email: d.body_text for d in compose_notes(facts, ME)}
    assert "coding" in texts[PRIYA.email] and "system design" in texts[LEO.email]


@pytest.mark.parametrize("line", ["Priya: her question about seasonality", "priya natarajan: her question about "
                                  "seasonality", "PRIYA - her question about seasonality"])
def test_details_per_person_by_full_or_first_name(line):
    facts = replace(FACTS, people=(PRIYA, LEO))
    drafts = compose_notes(facts, ME, line + "\nLeo: the data catalog he is building")
    text = {d.to.email: d.body_text for d in drafts}
    assert "your question about seasonality" in text[PRIYA.email]
    assert "seasonality" not in text[LEO.email]
    assert "the data catalog you are building" in text[LEO.email]
    assert all("needs-detail" not in d.flags for d in drafts)


def test_general_details_go_to_everyone_without_their_own():
    facts = replace(FACTS, people=(PRIYA, LEO))
    drafts = compose_notes(facts, ME, "the tour of the new analytics lab\nLeo: his dbt style guide")
    text = {d.to.email: d.body_text for d in drafts}
    assert "analytics lab" in text[PRIYA.email] and "analytics lab" not in text[LEO.email]
    assert "your dbt style guide" in text[LEO.email]


@pytest.mark.parametrize("where", ["details", "invitation"])
def test_the_timeline_they_gave_becomes_the_next_step(where):
    said = "We'll get back to you by Friday with next steps."
    facts = replace(FACTS, description=FACTS.description + " " + said) if where == "invitation" else FACTS
    details = "the churn dashboard\n" + ("they'll get back to me by friday" if where == "details" else "")
    [draft] = compose_notes(facts, ME, details)
    assert "by Friday" in draft.body_text and "get back" not in draft.body_text


@pytest.mark.parametrize("lang, said, expected", [
    ("de", "Wir geben Ihnen bis Ende der Woche eine Rückmeldung.", "bis Ende der Woche von Ihnen zu hören"),
    ("fr", "Nous reviendrons vers vous d'ici vendredi.", "d'ici vendredi"),
    ("es", "Le daremos una respuesta antes del viernes.", "antes del viernes"),
])
def test_timelines_in_other_languages(lang, said, expected):
    [draft] = compose_notes(replace(FACTS, description=said), replace(ME, language=lang), "Looker")
    assert expected in draft.body_text


def test_informational_interviews_thank_for_the_advice_and_say_the_next_step():
    sam = Person("sam.patel@datumcorp.com", "Sam Patel", "accepted")
    facts = replace(FACTS, kind="informational", role=None, company="Datum Corp", people=(sam,),
                    title="Informational interview with Sam Patel", description="Coffee chat")
    [draft] = compose_notes(facts, ME, "Sam: how he moved from marketing into analytics\n"
                            "I'll reach out to the analytics guild he mentioned")
    assert "how you moved from marketing" in draft.body_text
    assert "As a next step, I'll reach out to the analytics guild he mentioned." in draft.body_text
    assert re.search(r"advice|insight|perspective", draft.body_text)
    assert draft.subject == "Thank you for your advice"
    assert check_note(note_text(draft), facts, ME, NOW) == []


def test_without_an_interviewer_address_the_organizer_gets_a_flagged_note():
    recruiting = Person("recruiting@fabrikam.com", "Fabrikam Recruiting")
    facts = replace(FACTS, people=(), organizer=recruiting)
    [draft] = compose_notes(facts, ME, "the payments architecture")
    assert draft.to == recruiting and "needs-address" in draft.flags
    assert draft.body_text.startswith(("Dear Fabrikam Recruiting,", "Hello Fabrikam Recruiting,",
                                       "Hi Fabrikam Recruiting,"))
    findings = check_note(note_text(draft), facts, ME, NOW)
    assert [f.rule for f in findings] == ["W1"]


def test_nobody_to_write_to():
    no_reply = Person("no-reply@greenhouse.io", "Greenhouse")
    assert compose_notes(replace(FACTS, people=(), organizer=no_reply), ME) == []
    declined = replace(PRIYA, response="declined")
    me = Person(ME.email, ME.name)
    assert compose_notes(replace(FACTS, people=(declined, me), organizer=None), ME) == []


def test_panels_get_different_notes_even_with_one_shared_detail():
    people = tuple(Person(f"person{i}@coho.com", f"Person{i} Surname{i}", "accepted") for i in range(6))
    facts = replace(FACTS, people=people, description="")
    drafts = compose_notes(facts, ME, "the barrel room tour")
    for a, b in combinations(drafts, 2):
        assert similarity(a.body_text, b.body_text) < LIMIT
    assert compose_notes(facts, ME, "the barrel room tour") == drafts


def test_the_choice_of_wording_does_not_depend_on_the_order_of_the_people():
    facts = replace(FACTS, people=(PRIYA, LEO))
    forward = {d.to.email: d.body_text for d in compose_notes(facts, ME, "x-ray specs")}
    backward = {d.to.email: d.body_text for d in compose_notes(replace(facts, people=(LEO, PRIYA)), ME, "x-ray specs")}
    assert forward == backward


@pytest.mark.parametrize("lang, subject", [
    ("en", "Thank you — Data Analyst interview"),
    ("de", "Vielen Dank – Vorstellungsgespräch Data Analyst"),
    ("fr", "Merci — entretien pour le poste de Data Analyst"),
    ("es", "Gracias — entrevista para el puesto de Data Analyst"),
])
def test_the_users_language_wins_and_each_language_passes_the_checks(lang, subject):
    facts = replace(FACTS, details="Looker und BigQuery")
    [draft] = compose_notes(facts, replace(ME, language=lang), facts.details)
    assert draft.language == lang and draft.subject == subject
    assert check_note(note_text(draft), facts, replace(ME, language=lang), NOW) == []


@pytest.mark.parametrize("text, lang", [
    ("Vorstellungsgespräch – Werkstudent Data Science. Wir freuen uns auf das Gespräch mit Ihnen.", "de"),
    ("Entretien d'embauche - Chargé de projet. Entretien avec Claire Dubois, responsable RH.", "fr"),
    ("Entrevista de trabajo - Analista Financiero, Woodgrove Bank", "es"),
    ("Phone Screen: Alex Rivera / Contoso (Senior Backend Engineer)", "en"),
    ("", "en"), ("مقابلة عمل", "en"), ("Zoom 12:30", "en"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_an_unsupported_choice_falls_back_to_the_invitation():
    facts = replace(FACTS, title="Vorstellungsgespräch mit Ihnen", description="")
    assert note_language(facts, replace(ME, language="it")) == "de"


def test_html_and_text_say_the_same_and_html_is_escaped():
    [draft] = compose_notes(FACTS, ME, "Priya: the <b>A & B</b> test's \"holdout\" group")
    assert draft.body_html == render_html(draft.body_text)
    assert "<b>" not in draft.body_html
    stripped = re.sub(r"</?div[^>]*>|<p>", "", draft.body_html)
    as_text = html.unescape(re.sub(r"<br>", "\n", re.sub(r"</p>", "\n\n", stripped)))
    assert as_text.strip() == draft.body_text.strip()


def test_render_html_of_an_edited_body():
    body = 'Dear Priya,\n\n<script>alert("x")</script> & more\nsecond line'
    assert render_html(body) == ('<div dir="auto"><p>Dear Priya,</p><p>&lt;script&gt;alert(&quot;x&quot;)'
                                 '&lt;/script&gt; &amp; more<br>second line</p></div>')


@pytest.mark.parametrize("company, reason", [
    ("Woodgrove Bank", "bank"), ("Humongous Insurance", "insurer"), ("Baker & McKenzie LLP", "law firm"),
    ("University of Leeds", "academic"), ("Smith & Sons", "family business"), ("Department of Energy", "government"),
])
def test_traditional_employers(company, reason):
    assert reason in traditional_reason(replace(FACTS, company=company))


@pytest.mark.parametrize("domain", ["energy.gov", "cs.ox.ac.uk", "stanford.edu"])
def test_traditional_domains(domain):
    facts = replace(FACTS, company="Acme", people=(Person(f"someone@{domain}", "Some One"),))
    assert traditional_reason(facts) is not None


@pytest.mark.parametrize("company", ["Apple", "Target", "Next", "Contoso", "Northwind Traders"])
def test_ordinary_employers_are_not_traditional(company):
    assert traditional_reason(replace(FACTS, company=company, description="")) is None


@pytest.mark.parametrize("channel, company, channels", [
    ("auto", "Woodgrove Bank", ["email", "handwritten"]),
    ("email", "Woodgrove Bank", ["email"]),
    ("handwritten", "Contoso", ["email", "handwritten"]),
    ("auto", "Contoso", ["email"]),
])
def test_when_a_card_is_added(channel, company, channels):
    facts = replace(FACTS, company=company, location="400 Pine St, Seattle, WA")
    drafts = compose_notes(facts, replace(ME, channel=channel), "the risk model review")
    assert [d.channel for d in drafts] == channels
    for card in drafts[1:]:
        assert 40 <= word_count(card.body_text) <= 120
        assert card.mailing_address == "400 Pine St, Seattle, WA" and card.reason
    assert blocks(drafts, facts, replace(ME, channel=channel)) == [[] for _ in drafts]


def test_nudges_say_to_send_today_and_to_mail_a_card_today():
    facts = replace(FACTS, company="Woodgrove Bank", location="12 Vine Rd, Napa CA")
    drafts = compose_notes(facts, ME, "the risk model")
    ready = nudge_lines(drafts, facts)
    assert ready[0] == "Thank-you notes ready: Data Analyst — Woodgrove Bank"
    assert "Write the card to Priya Natarajan and mail it today: a card takes a day or two by post." in ready
    assert "Mailing address: 12 Vine Rd, Napa CA" in ready
    reminder = nudge_lines(drafts, facts, "reminder")
    assert reminder[0].startswith("Reminder:") and any("mail it today" in line for line in reminder)
    german = nudge_lines(compose_notes(facts, replace(ME, language="de"), "x"), facts)
    assert any("noch heute ab" in line for line in german)


def test_an_edit_that_adds_a_detail_clears_the_missing_detail():
    [draft] = compose_notes(FACTS, ME)
    body = draft.body_text.replace("\n\n", "\n\nI keep thinking about your Looker churn dashboard. ", 1)
    findings = check_note(edited_note(draft, body), FACTS, ME, NOW)
    assert [(f.rule, f.severity) for f in findings] == [("F7", "warn")] and "“Looker”" in findings[0].message
    assert check_note(edited_note(draft, body), replace(FACTS, details="Looker"), ME, NOW) == []
    assert "P2" in [f.rule for f in check_note(edited_note(draft, draft.body_text), FACTS, ME, NOW)]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("kind", ["job", "informational"])
@pytest.mark.parametrize("details", ["", "Priya: Looker und BigQuery\nI'll read the book on pricing she suggested"])
def test_every_language_and_kind_composes_notes_that_pass(lang, kind, details):
    facts = replace(FACTS, kind=kind, role=None if kind == "informational" else FACTS.role, details=details)
    candidate = replace(ME, language=lang, channel="handwritten")
    drafts = compose_notes(facts, candidate, details)
    assert [d.channel for d in drafts] == ["email", "handwritten"]
    expected = [] if details else ["P2"]
    results = check_notes([note_text(d) for d in drafts], facts, candidate, NOW)
    assert [[f.rule for f in r] for r in results] == [expected, expected], [d.body_text for d in drafts]
