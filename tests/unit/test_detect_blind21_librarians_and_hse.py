"""Kinds of evidence and field extraction learnt after an independent labelled set (blind21) was scored, from a US
reference librarian's calendar and a Nigerian HSE officer's: the titles of those who keep collections
("Librarian", "Curator"), an oral history the user records, a show that has the user on air, and a call the user
notes with someone at a company to ask about their work."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description, role", [
    ("Interview – Harbour College", "Thank you for your interest in our Teaching and Learning Librarian opening. "
     "The panel will meet you for 45 minutes.", "Teaching and Learning Librarian"),
    ("Harbour College – Systems Librarian interview", "", "Systems Librarian"),
    ("Interview – Textile Curator", "", "Textile Curator"),
])
def test_the_keepers_of_collections_head_a_title(title, description, role):
    lead = person("d.ng@harbourcollege.edu", "Dana Ng")
    found = detect(event(title, description, organizer=lead, attendees=(lead,), minutes=45), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("title, description", [
    ("Oral history interview – Mrs. Edna Carrow (mill workers collection)",
     "Recording at her home. Consent form signed; bring the recorder and a spare card."),
    ("Oral-history interview with Pastor Lyle Voss", "Second session, about the 1978 flood."),
])
def test_an_oral_history_the_user_records_is_no_job_interview(title, description):
    assert not detect(event(title, description, minutes=90, me_too=False), [ME]).interview


@pytest.mark.parametrize("title, description", [
    ("Rhythm 94.1 – interview on road safety", "The breakfast show wants a safety engineer after the tanker crash. "
     "They will interview me for ten minutes."),
    ("Interview – Cool FM", "Talk show slot: water safety during the rains. Live on radio, 20 mins."),
    ("Wazobia – interview about flood safety", "The presenter wants to interview me live about flood preparedness."),
])
def test_a_show_that_has_the_user_on_air_is_no_job_interview(title, description):
    assert not detect(event(title, description, minutes=45, me_too=False), [ME]).interview


def test_a_job_interview_for_oral_history_work_is_still_one():
    lead = person("m.osei@riverheritage.org", "Mara Osei")
    found = detect(event("Interview – Oral History Coordinator", "Thank you for applying. We would like to hear "
                         "about your oral history interview experience.", organizer=lead, attendees=(lead,),
                         minutes=60), [ME])
    assert found.interview


def _own_entry(title: str, description: str):
    return event(title, description, minutes=60, me_too=False)


def test_a_call_the_user_noted_with_someone_at_a_company_to_ask_about_their_work_is_informational():
    found = detect(_own_entry("Call with Ifeoma – Brightline Power (solar O&M)",
                              "Former colleague, now plant manager at Brightline (ifeoma.eze@brightlinepower.com). "
                              "Ask: do they hire people from oil and gas? Which certificate matters most?"), [ME])
    assert found.interview and found.kind == "informational"
    assert [p.email for p in found.people] == ["ifeoma.eze@brightlinepower.com"]


def test_a_call_with_a_tradesman_about_a_quote_is_no_interview():
    assert not detect(_own_entry("Call with Tunde – Apex Plumbing", "tunde@apexplumbing.ng. Ask: quote for the "
                                 "borehole pump, and when can he come?"), [ME]).interview


@pytest.mark.parametrize("mailbox", [person("histsearch@lakeshore.edu", "History Faculty Search"),
                                     person("search-committee@lakeshore.edu", "Search Committee (History)"),
                                     person("hist.office@lakeshore.edu", "History Hiring Committee")])
def test_a_search_committees_mailbox_is_no_one_met(mailbox):
    chair = person("pwhitlow@lakeshore.edu", "Paula Whitlow")
    members = (person("dtran@lakeshore.edu", "Duc Tran"), person("aberry@lakeshore.edu", "Amara Berry"))
    found = detect(event("Lakeshore College – first-round interview", "Your interview for the Assistant Professor "
                         "of History post. Duc Tran and Amara Berry will ask the questions.", organizer=chair,
                         attendees=(*members, mailbox), minutes=45), [ME])
    assert found.interview and {p.email for p in found.people} == {"dtran@lakeshore.edu", "aberry@lakeshore.edu"}


def test_the_chair_the_invitation_lists_with_the_committee_is_met():
    chair = person("pwhitlow@lakeshore.edu", "Paula Whitlow")
    members = (person("dtran@lakeshore.edu", "Duc Tran"), person("aberry@lakeshore.edu", "Amara Berry"))
    found = detect(event("Lakeshore College – Zoom", "Thank you for applying for the Archivist post. This interview "
                         "takes 30 minutes; the committee (Paula Whitlow, chair; Duc Tran; Amara Berry) will ask six "
                         "questions.\n\nPaula Whitlow is inviting you to a scheduled Zoom meeting.",
                         organizer=chair, attendees=members, minutes=45), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"pwhitlow@lakeshore.edu", "dtran@lakeshore.edu", "aberry@lakeshore.edu"}


def test_someone_copied_whom_the_forwarded_message_says_will_sit_in_is_met():
    forwarded = ("---------- Forwarded message ---------\nFrom: Ruth Akande <ruth@eastbankmuseum.org>\n"
                 "Subject: Collections Assistant – next step\nTo: Casey Nguyen <casey.nguyen@proton.me>\n"
                 "Cc: Femi Cole <femi.cole77@yahoo.com>\n\nCasey,\n\nThank you for applying for our Collections "
                 "Assistant position. Could you come in on Friday at 2? Our treasurer, Femi Cole (copied), will sit in "
                 "with me.\n\nRuth Akande\nDirector, Eastbank Museum")
    found = detect(event("Meet Ruth Akande – Eastbank Museum", forwarded, minutes=60, me_too=False), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"ruth@eastbankmuseum.org", "femi.cole77@yahoo.com"}


def test_a_town_in_the_brackets_of_a_call_note_gives_way_to_the_company_the_notes_and_address_name():
    found = detect(_own_entry("Call with Kwame bro (Takoradi)",
                              "Kwame Mensah – Safety Lead at Gulfstone Drilling Company, Takoradi. "
                              "kwame.mensah@gulfstonedrilling.com. Ask: how Gulfstone hires, rotation, housing."), [ME])
    assert found.interview and found.company == "Gulfstone Drilling Company"
