"""Kinds learnt after an independent labelled set (blind29) was scored: the user's terse note of a call whose title
names the person and, after a dash, their company ("call w Kemar - Sorrel", "call w/ Ailsa - Dunmore"), the notes
naming the job; a front desk's mailbox on an interview invitation, which nobody meets as an interviewer; a title that
writes a person's first name, a comma and the company ("ph int - Niamh, Glenholm Care"); and the user's own coffee or
lunch with one person of another organisation, exported with that person as attendee and no organizer, whose notes
ask how they got where they are."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _own_note(title: str, description: str = "", **fields):
    return detect(event(title, description, me_too=False, minutes=30, **fields), [ME])


def test_a_terse_call_note_names_the_company_after_the_dash_and_the_job_in_its_notes():
    found = _own_note("call w Kemar - Sorrel", "re the front of house manager job dem advertise. bring portfolio")
    assert found.interview and found.kind == "job"
    assert found.company == "Sorrel"


def test_a_call_note_with_the_shorthand_slash_and_an_abbreviated_superintendent():
    found = _own_note("call w/ Ailsa - Dunmore", "site supt job. she'll ring my mobile")
    assert found.interview and found.company == "Dunmore"
    assert "supt" in (found.role or "").lower()


def test_a_call_note_with_family_after_the_dash_is_no_interview():
    assert not _own_note("call w/ Gran - Sunday", "ask about her new neighbour").interview
    assert not _own_note("call w Dad - Birthday", "plan the party").interview


def test_a_front_desk_mailbox_is_nobody_met():
    organizer = person("rob@harbourtalent.example", "Rob Keir")
    lead = person("m.ure@northcape.example", "Mhairi Ure")
    desk = person("reception@northcape.example", "Northcape Reception", optional=True)
    found = detect(event("Interview - Northcape - Deck Officer", "Sign in at the front desk.", organizer=organizer,
                         attendees=(lead, desk)), [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["m.ure@northcape.example"]


def test_a_first_name_and_a_comma_before_the_company_in_a_terse_title():
    found = _own_note("ph int - Niamh, Glenholm Care 11.15")
    assert found.interview and found.company == "Glenholm Care"


def test_an_own_coffee_exported_without_organizer_asking_how_she_got_there():
    guest = person("joy@lignumvitaefoods.example", "Joy Barrett")
    found = _own_note("Lunch w/ Miss Joy - Hope Gardens",
                      "ask her how she start Lignum Vitae Foods, what she look for when she hire, who else to talk to",
                      attendees=(guest,))
    assert found.interview and found.kind == "informational"


def test_an_own_coffee_picking_someones_brain_about_moving_over():
    guest = person("ciara@youthreachni.example", "Ciara Doherty")
    found = _own_note("Coffee - Ciara (Youth Reach NI)",
                      "picking her brain re moving over to the fundraising side", attendees=(guest,))
    assert found.interview and found.kind == "informational"


def test_an_own_lunch_with_a_friend_at_a_company_is_no_interview():
    guest = person("joy@lignumvitaefoods.example", "Joy Barrett")
    assert not _own_note("Lunch w/ Joy - Hope Gardens", "her birthday, bring the card", attendees=(guest,)).interview


def test_the_line_describing_a_confidential_client_names_no_role():
    recruiter = person("kirsty@clydetalent.example", "Kirsty Bain")
    found = detect(event("Clyde Talent - Kirsty re new role",
                         "Kirsty Bain, Clyde Talent Partners\nclient confidential at this stage - 'property developer, "
                         "Renfrewshire'\nQuality Engineer. 48k + overtime\nshe'll call me",
                         organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.role == "Quality Engineer"


def test_a_confidential_client_line_that_names_the_job_keeps_it():
    recruiter = person("kirsty@clydetalent.example", "Kirsty Bain")
    found = detect(event("Clyde Talent - Kirsty re new role",
                         "client confidential - Quality Engineer role, 48k\nshe'll call me",
                         organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.role == "Quality Engineer"
