"""The composer and the people it writes to: names, their details, one greeting form, no template tells."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from notes.etiquette import check_notes
from notes.values import Candidate, InterviewFacts
from notes.writing.compose import compose_notes, note_text
from providers.base import Person

END = datetime(2026, 4, 14, 16, 0, tzinfo=UTC)
NOW = END + timedelta(minutes=10)
ME = Candidate("Alex Rivera", "alex.rivera.jobs@gmail.com", phone="+1 206 555 0142")
FACTS = InterviewFacts(
    title="Staff Data Engineer - intro call", company="Fabrikam", role="Staff Data Engineer", stage=None,
    kind="job", start=END - timedelta(minutes=45), end=END, people=(),
)


def emails(facts, details="", candidate=ME):
    return [d for d in compose_notes(facts, candidate, details) if d.channel == "email"]


def greeting(draft) -> str:
    return draft.body_text.split("\n")[0]


def prose(draft) -> str:
    return "\n".join(draft.body_text.split("\n\n")[1:3])


# ------------------------------------------------------------------ names from the address


@pytest.mark.parametrize("address", ["tasha.morgan@fabrikam.com", "tasha_morgan@fabrikam.com",
                                     "Tasha.Morgan2@fabrikam.com"])
def test_an_address_that_spells_a_name_gives_the_greeting(address):
    [draft] = emails(replace(FACTS, people=(Person(address.lower()),)), "the streaming pipeline")
    assert greeting(draft) in ("Dear Tasha,", "Hello Tasha,", "Hi Tasha,")
    assert draft.to.name == "Tasha Morgan" and "needs-name" not in draft.flags


@pytest.mark.parametrize("local", ["recruiting", "careers", "talent", "hr", "jobs", "noreply", "talent.team",
                                   "hiring.team", "people.ops", "careers_uk", "no-reply"])
def test_a_role_mailbox_is_never_taken_for_a_name(local):
    organizer = Person(f"{local}@fabrikam.com")
    drafts = emails(replace(FACTS, organizer=organizer), "the streaming pipeline")
    for draft in drafts:  # the organizer gets the note (or, for a no-reply address, nobody does)
        assert greeting(draft) == "Hello," and "needs-name" in draft.flags


def test_a_handle_is_not_a_name_but_the_invitation_may_say_whose_it_is():
    becker = Person("mbecker@halvorsencounty.gov", "Mbecker")  # a sync stores the address made readable
    facts = replace(FACTS, people=(becker,), description="Panel:\n• Marisol Becker, Budget Director – "
                    "mbecker@halvorsencounty.gov")
    [draft] = emails(facts, "the levy forecast")
    assert greeting(draft) in ("Dear Marisol,", "Dear Marisol Becker,")  # a county: greeted formally
    [bare] = emails(replace(facts, description=""), "the levy forecast")
    assert greeting(bare) == "Hello,"  # never "Dear Mbecker,"


def test_an_address_of_a_first_name_and_an_initial_names_whom_the_invitation_writes_in_full():
    deepa = Person("deepa.k@aerostaff.example")
    facts = replace(FACTS, people=(deepa,), description="From WhatsApp: Deepa Krishnan, AeroStaff (deepa.k@aerostaff"
                    ".example) will call from +971 4 000 8821.")
    [draft] = emails(facts, "the licence conversion")
    assert greeting(draft) in ("Dear Deepa,", "Hi Deepa,", "Dear Deepa Krishnan,") and "needs-name" not in draft.flags


@pytest.mark.parametrize("raw, name", [("Lorenz, Beate", "Beate Lorenz"),
                                       ("FARRANT, Denise (NORTH HARROWFIELD NHS TRUST)", "Denise Farrant"),
                                       ("Hübner, Jörg Dr.", "Dr. Jörg Hübner")])
def test_directory_names_are_written_as_people_write_them(raw, name):
    person = Person("someone@example.org", raw)
    [draft] = emails(replace(FACTS, people=(person,)), "the streaming pipeline")
    assert draft.to.name == name and name.split()[-1] in draft.body_text.split("\n")[0] + draft.to.name
    assert raw not in draft.body_text


# ------------------------------------------------------------------ 'Name: detail' lines

AHMED = Person("ahmed.saleh@fabrikam.com", "Ahmed Saleh")
LISA = Person("lisa.chen@fabrikam.com", "")


@pytest.mark.parametrize("label", ["Ahmed", "Saleh", "ahmed saleh", "ahmed.saleh@fabrikam.com", "Mr. Saleh"])
def test_a_detail_line_is_matched_by_first_name_last_name_or_address(label):
    drafts = emails(replace(FACTS, people=(AHMED, LISA)), f"{label}: the backfill strategy for late events\n"
                    "Lisa: her question about schema evolution")
    text = {d.to.email: d.body_text for d in drafts}
    assert "the backfill strategy for late events" in text[AHMED.email]
    assert "backfill" not in text[LISA.email]
    assert "your question about schema evolution" in text[LISA.email]  # matched through her address's name
    assert not any(label.lower() + ":" in t.lower() for t in text.values())


def test_a_line_for_someone_not_on_the_invitation_lands_in_no_note():
    drafts = emails(replace(FACTS, people=(AHMED, LISA)), "Bogdan: his whiteboard sketch of the lakehouse\n"
                    "the tour of the operations floor")
    for draft in drafts:
        assert "Bogdan" not in draft.body_text and "whiteboard" not in draft.body_text
        assert "the tour of the operations floor" in draft.body_text


def test_with_one_person_met_a_line_about_them_loses_its_label():
    [draft] = emails(replace(FACTS, people=(AHMED,)), "Ahmed S.: he asked how I would test the backfill")
    assert "Ahmed S.:" not in draft.body_text and "you asked how I would test the backfill" in draft.body_text


# ------------------------------------------------------------------ topics and template tells


def test_a_meeting_title_is_never_taken_for_a_topic():
    tasha = Person("tasha.morgan@fabrikam.com")
    for description in ("Staff Data Engineer - intro call with Tasha Morgan",
                        "Agenda: Staff Data Engineer - intro call",
                        "10:00 hiring manager chat with Tasha Morgan",
                        "Tasha Morgan, tasha.morgan@fabrikam.com"):
        [draft] = emails(replace(FACTS, people=(tasha,), description=description))
        text = prose(draft).lower()
        assert "intro call" not in text and "chat session" not in text and "data engineer -" not in text
        assert "as tasha" not in text


def test_an_agenda_topic_and_a_job_title_still_make_the_hint():
    tasha = Person("tasha.morgan@fabrikam.com", "Tasha Morgan")
    [agenda] = emails(replace(FACTS, people=(tasha,), description="11:00 Data modelling with Tasha Morgan"))
    assert "data modelling" in prose(agenda)
    [title] = emails(replace(FACTS, people=(tasha,), description="You'll meet Tasha Morgan, Head of Data."))
    assert "Head of Data" in prose(title)


@pytest.mark.parametrize("detail", ["we talked about the ledger design", "she asked about idempotency keys",
                                    "pairing on the CSV parser", "the churn dashboard", "Kubernetes and Kafka",
                                    "about the on-call rotation", "how they validate the data"])
def test_english_notes_bring_a_detail_back_without_template_tells(detail):
    for copy in range(8):  # every wording the interview's digest can pick
        facts = replace(FACTS, title=f"Interview {copy}", people=(AHMED,))
        [draft] = emails(facts, f"Ahmed: {detail}")
        text = prose(draft)
        assert not re.search(r": [a-z]", text), text  # no "One part of our conversation stands out: we ..."
        assert "stands out" not in text and "highlight for me:" not in text.lower()
        assert "about about" not in text


# ------------------------------------------------------------------ one greeting form across a panel

SAMIR = Person("samir.haddad@woodgrovebank.com", "Samir Haddad")
NOOR = Person("noor@woodgrovebank.com", "Noor")


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("company", ["Woodgrove Bank", "Fabrikam"])  # a bank: formal greetings
def test_a_panel_is_greeted_in_one_form(lang, company):
    for copy in range(6):
        facts = replace(FACTS, title=f"Panel interview {copy}", company=company, people=(SAMIR, NOOR))
        drafts = emails(facts, "Samir: the risk model\nNoor: the audit trail", replace(ME, language=lang))
        lines = [greeting(d) for d in drafts]
        assert len({line.replace("Samir", "X").replace("Noor", "X") for line in lines}) == 1, lines
        assert not any("Haddad" in line for line in lines), lines  # never "Samir Haddad" beside "Noor"


# ------------------------------------------------------------------ informational notes


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_informational_notes_name_the_persons_organisation(lang):
    sam = Person("sam.patel@datumcorp.com", "Sam Patel")
    for copy in range(8):
        facts = replace(FACTS, kind="informational", role=None, company="Datum Corp", people=(sam,),
                        title=f"Coffee chat {copy}", details="Sam: how he moved into analytics")
        [draft] = emails(facts, facts.details, replace(ME, language=lang))
        assert "Datum Corp" in draft.body_text, draft.body_text
        results = check_notes([note_text(draft)], facts, replace(ME, language=lang), NOW)
        assert [f for f in results[0] if f.severity == "block"] == []


# ------------------------------------------------------------------ professional titles before a name


@pytest.mark.parametrize(("name", "first"), [("Avv. Chiara Moretti", "Chiara"), ("Dott.ssa Giulia Neri", "Giulia"),
                                             ("Ing. Marco Rossi", "Marco"), ("Me Claire Dubois", "Claire"),
                                             ("Pani Anna Kowalska", "Anna"), ("Dr. Hana Abe", "Hana"),
                                             # Czech and Slovak academic degrees written before a name
                                             ("Mgr. Tereza Dvořáková", "Tereza"), ("MUDr. Ondřej Beneš", "Ondřej"),
                                             ("Bc. Lenka Horáková", "Lenka"), ("doc. Jiří Vávra", "Jiří"),
                                             ("RNDr. Ivana Kolářová", "Ivana"), ("Dr. hab. Piotr Zieliński", "Piotr"),
                                             # ranks and the professional titles Nigerian and Gulf mail writes
                                             ("Capt. Ibim Fubara", "Ibim"), ("Engr. Chidi Okafor", "Chidi"),
                                             ("Barr. Ngozi Eze", "Ngozi"), ("Col. Ruth Mensah", "Ruth"),
                                             ("Rev. Tobi Adeyemi", "Tobi"), ("Eng. Khalid Nasser", "Khalid"),
                                             ("Alhaji Musa Bello", "Musa"), ("Lt. Cdr. Ada Obi", "Ada"),
                                             # the same letters without a full stop are a given name
                                             ("Gen Tanaka", "Gen"), ("Maj Lindqvist", "Maj"),
                                             ("Eng Hock Lim", "Eng"),
                                             # Spanish and Portuguese feminine and professional titles
                                             ("Dra. Paulina Rojas", "Paulina"), ("Lcda. Marta Quiroga", "Marta"),
                                             ("Mtro. Julián Herrera", "Julián"), ("Prof.ª Helena Costa", "Helena"),
                                             ("Eng.ª Rita Sousa", "Rita"), ("Dña. Carmen Vidal", "Carmen")])
def test_a_professional_title_is_never_the_greeting_and_a_detail_for_the_name_lands(name, first):
    person = Person(email="someone@studio-legale.example", name=name)
    facts = replace(FACTS, people=(person,))
    [draft] = emails(facts, f"{first}: how the firm staffs cross-border matters")
    assert greeting(draft) == f"Hi {first},"
    assert "how the firm staffs cross-border matters" in draft.body_text
    findings = check_notes([note_text(draft)], facts, ME, END + timedelta(minutes=10))[0]
    assert [f for f in findings if f.severity == "block"] == []


# ------------------------------------------------------------------ a given name shown only as its initial


def test_an_initial_is_completed_from_the_name_the_invitation_writes_in_full():
    hartley = Person("p.hartley@corbel-acoustics.example", "P. Hartley")
    facts = replace(FACTS, people=(hartley,), description="You will meet Mr Piers Hartley, Head of Testing, and "
                    "a colleague from People.")
    [draft] = emails(facts, "Piers: the anechoic chamber tour")
    assert greeting(draft) in ("Hi Piers,", "Hello Piers,", "Dear Piers,", "Dear Piers Hartley,")
    assert draft.to.name == "Piers Hartley"
    assert "the anechoic chamber tour" in draft.body_text
    findings = check_notes([note_text(draft)], facts, ME, NOW)[0]
    assert [f for f in findings if f.severity == "block"] == []


def test_an_initial_in_another_script_is_completed_the_same_way():
    person = Person("s.papadaki@thermis-meletes.example", "Σ. Παπαδάκη")
    facts = replace(FACTS, people=(person,), description="Θα σας δει η κα Σοφία Παπαδάκη, Διευθύντρια Μελετών.")
    [draft] = emails(facts, "Σοφία: the noise map of the new ring road")
    assert draft.to.name == "Σοφία Παπαδάκη"
    assert "Σ.," not in greeting(draft) and "Σοφία" in greeting(draft)
    findings = check_notes([note_text(draft)], facts, ME, NOW)[0]
    assert [f for f in findings if f.severity == "block"] == []


def test_an_initial_nothing_completes_is_never_greeted_alone():
    person = Person("p.hartley@corbel-acoustics.example", "P. Hartley")
    [draft] = emails(replace(FACTS, people=(person,)), "P. Hartley: the anechoic chamber tour")
    assert greeting(draft) != "Hi P.," and "Hartley" in greeting(draft)
    assert "the anechoic chamber tour" in draft.body_text
    findings = check_notes([note_text(draft)], replace(FACTS, people=(person,)), ME, NOW)[0]
    assert [f for f in findings if f.severity == "block"] == []


def test_a_name_read_from_the_address_takes_the_accents_the_invitation_writes():
    person = Person("marta.nunez@clinica-andes.example")
    facts = replace(FACTS, people=(person,), description="Te entrevista Marta Núñez, jefa de laboratorio.")
    [draft] = emails(facts, "Marta: the new analyser")
    assert draft.to.name == "Marta Núñez"
    findings = check_notes([note_text(draft)], facts, ME, NOW)[0]
    assert [f for f in findings if f.severity == "block"] == []


def test_a_title_and_a_surname_are_greeted_together_never_the_surname_alone():
    person = Person("dr.ibarra@imagenes-ibarra.example")
    facts = replace(FACTS, title="Llamada Dr. Ibárra", people=(person,))
    [draft] = emails(facts, "the new ultrasound room")
    assert "Ibárra" in greeting(draft) and "Dr" in greeting(draft)
    findings = check_notes([note_text(draft)], facts, ME, NOW)[0]
    assert [f for f in findings if f.severity == "block"] == []


# ------------------------------------------------------------------ a name the address contradicts


@pytest.mark.parametrize("wrong", ["Engineering Manager", "Germany", "HR", "Process Automation", "Fennec Labs"])
def test_a_title_or_place_the_address_contradicts_is_never_the_greeting(wrong):
    owen = Person("owen.fitzgerald@fabrikam.com", wrong)  # what a list "Owen Fitzgerald, <title> (<address>)" gave
    [draft] = emails(replace(FACTS, people=(owen,)), "the streaming pipeline")
    assert greeting(draft) in ("Dear Owen,", "Hello Owen,", "Hi Owen,")
    assert draft.to.name == "Owen Fitzgerald"


@pytest.mark.parametrize("person, first", [
    (Person("png@fabrikam.com", "Paul Ng"), "Paul"),  # the address spells the name by its initial
    (Person("jvh@fabrikam.com", "Johan van Heerden"), "Johan"),  # initials only: nothing to contradict it
    (Person("hanako.sato@fabrikam.jp", "佐藤 花子"), None),  # written in its own script
])
def test_a_name_the_address_agrees_with_or_cannot_judge_stays(person, first):
    [draft] = emails(replace(FACTS, people=(person,)), "the streaming pipeline")
    assert draft.to.name == person.name
    if first:
        assert first in greeting(draft)
