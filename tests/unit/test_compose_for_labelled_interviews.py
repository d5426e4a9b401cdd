"""Notes for every labelled interview, composed and checked: the development corpus and every
labelled calendar in ``tests/data``.

The interviews are built from the calendar (``providers.ics``) and the labels (company, role,
kind, interviewers), independently of the detector.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import timedelta
from itertools import combinations
from pathlib import Path

import pytest

from notes.etiquette import check_notes
from notes.etiquette.similarity import LIMIT, similarity
from notes.values import Candidate, InterviewFacts
from notes.writing.compose import compose_notes, note_text
from notes.writing.details import first_name
from notes.writing.language import note_language
from notes.writing.recipients import known_name, reachable
from providers.base import Person
from providers.ics import events_in
from tests.conftest import CORPUS

DATA = Path(__file__).resolve().parents[1] / "data"
ME = Candidate(
    name="Alex Rivera", email=(CORPUS / "me.txt").read_text().strip() if CORPUS.exists() else "",
    phone="+1 206 555 0142", signature="linkedin.com/in/alexrivera",
)
# One memorable detail per person met, as a user would type them in the sidebar.
DETAILS = {
    "dev-001": "Priya: the churn dashboard her team rebuilt in Looker and how they validate the data",
    "dev-002": "Jordan: how Contoso is splitting the billing monolith into services",
    "dev-003": "Ravi: the rate-limiter exercise and his follow-up question about idempotency keys\n"
               "Elena: designing the ledger for multi-currency refunds\n"
               "tom okafor: his story about migrating the payments stack before Black Friday",
    "dev-004": "Grace: the pricing experiment that doubled trial conversions\n"
               "Omar: his view that onboarding is the real growth lever",
    "dev-005": "Hannah: pairing on the CSV parser and the property-based tests",
    "dev-006": "Dana: the month-end close checklist and the move to NetSuite",
    "dev-007": "Sofia: the spring campaign for the new trail bikes",
    "dev-008": "Ben: my portfolio piece on local elections and the newsroom's style guide",
    "dev-009": "Luis: the harvest logistics plan and the new bottling line\nAmy: her question about vendor contracts\n"
               "Kevin: the tasting room staffing model\nRachel: how the winery tracks barrel inventory",
    "dev-010": "Yuki: the redesign of the boarding pass screen",
    "dev-011": "Marcus: the market-sizing case on electric ferries",
    "dev-012": "Nina: the Kubernetes migration and the on-call rotation",
    "dev-013": "Priya: walking through my take-home cohort analysis\n"
               "Leo: his question about seasonality in the retention curve",
    "dev-014": "Chris: the blameless incident reviews and error budgets",
    "dev-015": "Katrin: das Projekt zur Vorhersage der Liftauslastung",
    "dev-016": "Claire: le lancement de la nouvelle gamme de jeux en bois",
    "dev-017": "Lucía: la migración del sistema de riesgos a la nube",
    "dev-018": "Sam: how he moved from marketing into product analytics",
    "dev-019": "Jenna: her advice to lead with the referral and tailor my resume to the platform team",
}
LANGUAGE = {"dev-015": "de", "dev-016": "fr", "dev-017": "es"}

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not beside the repository")


def corpus_interviews(corpus: Path = CORPUS) -> list[tuple[str, InterviewFacts]]:
    events = {}
    for event in events_in(str(corpus / "calendar.ics")):  # a series is labelled once, by its UID: its first
        events.setdefault(event.event_id, event)           # instance ("UID/recurrence") stands for it
        events.setdefault(event.event_id.split("/")[0], event)
    found = []
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        if not label["interview"]:
            continue
        event = events[label["uid"]]
        known = {p.email: p for p in (*event.attendees, *([event.organizer] if event.organizer else []))}
        people = tuple(known.get(email) or Person(email=email, name=_written_beside(event.description, email))
                       for email in label["interviewers"])
        found.append((label["uid"], InterviewFacts(
            title=event.title, company=label["company"], role=label["role"], stage=label["stage"],
            kind=label["kind"], start=event.start, end=event.end, people=people, organizer=event.organizer,
            description=event.description, location=event.location, time_zone=event.time_zone,
        )))
    return found


def _written_beside(text: str, email: str) -> str:
    """The name a forwarded mail writes before someone's address ("Cc: Jean Dupont <jd@example.com>"), as the
    user would type it for a person met who is not on the invitation."""
    found = re.search(r"([^\n<>:,]+?)\s*<" + re.escape(email) + ">", text)
    return found.group(1).strip() if found else ""


INTERVIEWS = corpus_interviews() if CORPUS.exists() else []
IDS = [uid for uid, _ in INTERVIEWS]


def checked(facts: InterviewFacts, details: str):
    drafts = compose_notes(facts, ME, details)
    return drafts, check_notes([note_text(d) for d in drafts], facts, ME, facts.end + timedelta(minutes=10))


@needs_corpus
def test_the_corpus_has_the_labelled_interviews():
    assert len(INTERVIEWS) == 19 and set(DETAILS) == set(IDS)


@pytest.mark.parametrize("uid, facts", INTERVIEWS, ids=IDS)
def test_with_a_detail_per_person_no_note_is_blocked(uid, facts):
    drafts, results = checked(facts, DETAILS[uid])
    assert {d.to.email for d in drafts} == {p.email for p in facts.people}
    for draft, findings in zip(drafts, results, strict=True):
        assert [f for f in findings if f.severity == "block"] == [], draft.body_text
        assert "needs-detail" not in draft.flags


@pytest.mark.parametrize("uid, facts", INTERVIEWS, ids=IDS)
def test_without_details_only_the_missing_detail_blocks(uid, facts):
    drafts, results = checked(facts, "")
    assert drafts
    for draft, findings in zip(drafts, results, strict=True):
        assert [f.rule for f in findings if f.severity == "block"] == ["P2"], draft.body_text
        assert "needs-detail" in draft.flags


@pytest.mark.parametrize("uid, facts", INTERVIEWS, ids=IDS)
def test_notes_are_in_the_invitations_language(uid, facts):
    drafts = compose_notes(facts, ME, DETAILS[uid])
    assert {d.language for d in drafts} == {LANGUAGE.get(uid, "en")}


@pytest.mark.parametrize("details", ["", "general"], ids=["no details", "one general detail"])
@pytest.mark.parametrize("uid, facts", [(u, f) for u, f in INTERVIEWS if len(f.people) > 1],
                         ids=[u for u, f in INTERVIEWS if len(f.people) > 1])
def test_panel_notes_differ_in_their_personal_lines(uid, facts, details):
    text = DETAILS[uid] if details == "" else "the walk through the new office"
    emails = [d for d in compose_notes(facts, ME, text if details else "") if d.channel == "email"]
    assert len(emails) == len(facts.people)
    for a, b in combinations(emails, 2):
        assert similarity(a.body_text, b.body_text) < LIMIT, (a.body_text, b.body_text)


@pytest.mark.parametrize("uid, facts", INTERVIEWS, ids=IDS)
def test_recomposing_gives_the_same_notes(uid, facts):
    assert compose_notes(facts, ME, DETAILS[uid]) == compose_notes(facts, ME, DETAILS[uid])


@needs_corpus
def test_the_bank_gets_a_card_as_well_as_the_email():
    facts = dict(INTERVIEWS)["dev-017"]
    drafts = compose_notes(facts, ME, DETAILS["dev-017"])
    assert [d.channel for d in drafts] == ["email", "handwritten"]
    assert "Woodgrove Bank" in drafts[1].reason
    assert [d.channel for d in compose_notes(dict(INTERVIEWS)["dev-001"], ME)] == ["email"]


@needs_corpus
def test_panel_details_reach_the_right_person():
    drafts = compose_notes(dict(INTERVIEWS)["dev-003"], ME, DETAILS["dev-003"])
    by_person = {d.to.name: d.body_text for d in drafts}
    assert "idempotency keys" in by_person["Ravi Kumar"] and "ledger" not in by_person["Ravi Kumar"]
    assert "multi-currency refunds" in by_person["Elena Petrova"]
    assert "your story about migrating" in by_person["Tom Okafor"]  # "tom okafor:" matched, "his" -> "your"


# ------------------------------------------------------------------ every labelled calendar in tests/data

LABELLED = sorted(p.parent for p in DATA.glob("*/*/labels.jsonl"))
# one memorable detail, in the note's language, as a user would type it for each person
A_DETAIL = {"en": "the roadmap for the next release and how the team tests it",
            "de": "die Roadmap für das nächste Release und wie das Team sie testet",
            "fr": "la feuille de route de la prochaine version et la façon dont l'équipe la teste",
            "es": "la hoja de ruta de la próxima versión y cómo la prueba el equipo"}


def labelled_interviews() -> list[tuple[str, Candidate, InterviewFacts]]:
    found = []
    for corpus in LABELLED:
        me = replace(ME, email=(corpus / "me.txt").read_text(encoding="utf-8").split()[0])
        for uid, facts in corpus_interviews(corpus):
            found.append((f"{corpus.parent.name}/{corpus.name}/{uid[:24]}", me, facts))
    return found


def details_for(facts: InterviewFacts, me: Candidate) -> str:
    """One 'Name: detail' line per person met, labelled by first name, else by address."""
    detail = A_DETAIL[note_language(facts, me)]
    return "\n".join(f"{first_name(known_name(p)) or p.email}: {detail}" for p in facts.people)


LABELLED_INTERVIEWS = labelled_interviews()


def test_tests_data_holds_the_labelled_calendars():
    assert len(LABELLED) >= 15 and len(LABELLED_INTERVIEWS) >= 190


@pytest.mark.parametrize("key, me, facts", LABELLED_INTERVIEWS, ids=[k for k, _, _ in LABELLED_INTERVIEWS])
def test_every_labelled_interview_gets_one_note_per_person_and_none_blocks(key, me, facts):
    facts = replace(facts, details=details_for(facts, me))
    drafts = compose_notes(facts, me, facts.details)
    results = check_notes([note_text(d) for d in drafts], facts, me, facts.end + timedelta(minutes=10))
    emails = [d.to.email for d in drafts if d.channel == "email"]
    if not facts.people:  # nobody named (unnamed assessors): at most the organizer's note, asking for the address
        organizer = facts.organizer
        assert emails == ([organizer.email] if organizer is not None and reachable(organizer, me) else [])
        assert all("needs-address" in d.flags for d in drafts)
        return
    assert sorted(emails) == sorted({p.email for p in facts.people})  # one each, nobody else
    for draft, findings in zip(drafts, results, strict=True):
        # a person whose name nothing gives in letters the address spells (Greek "Δ. Ρήγας" for d.rigas@) is
        # asked for: the note is flagged and its empty greeting blocks it until the user types the name
        unnamed = ["F2"] if "needs-name" in draft.flags else []
        assert [f.rule for f in findings if f.severity == "block"] == unnamed, draft.body_text
        assert [f for f in findings if f.rule == "F7"] == [], draft.body_text  # nothing it was not told
        assert "needs-detail" not in draft.flags and A_DETAIL[draft.language] in draft.body_text


@needs_corpus
def test_the_dev_corpus_composed_notes_make_no_new_claims():
    for uid, facts in INTERVIEWS:
        facts = replace(facts, details=DETAILS[uid])
        drafts = compose_notes(facts, ME, DETAILS[uid])
        for draft, findings in zip(drafts, check_notes([note_text(d) for d in drafts], facts, ME, facts.end),
                                   strict=True):
            assert [f.message for f in findings if f.rule == "F7"] == [], (uid, draft.body_text)
