"""A short conversation that continues a hiring process: read with the calendar's interviews, a coffee
with the hiring manager of an organisation the user interviews with is an interview, though its own text
names no job; a reference call, an agency's catch-up, a colleague, free mail or a meeting months later are not.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person

HANNAH = person("hannah.vogel@brightwater-labs.com", "Hannah Vogel")
IGOR = person("igor.petrov@brightwater-labs.com", "Igor Petrov")


def _interview():
    return event("Interview – Brightwater Labs", "Your interview for the Lab Operations Manager position at "
                 "Brightwater Labs with Hannah and Igor.", organizer=HANNAH, attendees=(HANNAH, IGOR))


def _later(base, title: str, description: str = "", *, days: float = 5, minutes: int = 30, **fields):
    start = START + timedelta(days=days)
    return replace(base or event(title, description, **fields), event_id=f"evt-{title}", start=start,
                   end=start + timedelta(minutes=minutes))


def _read(other):
    """The verdict on ``other`` alone, and read with the calendar's interview."""
    return detect(other, [ME]), detect_calendar([_interview(), other], [ME])[1]


def test_a_follow_up_coffee_the_hiring_manager_sends_is_an_interview_of_the_process():
    coffee = _later(None, "Coffee w/ Hannah", "Shall we grab a quick coffee near the office?",
                    organizer=HANNAH, attendees=(HANNAH,))
    alone, read = _read(coffee)
    assert not alone.interview
    assert read.interview and read.kind == "job"
    assert (read.company, read.role) == ("Brightwater Labs", "Lab Operations Manager")
    assert [p.email for p in read.people] == [HANNAH.email]
    assert read.reasons == ("a conversation with Brightwater Labs, whose interview is on this calendar",)


def test_a_catch_up_the_user_sends_to_the_people_met_is_one_too():
    mine = person(ME, "Casey Nguyen")
    chat = _later(None, "Catch-up", "", organizer=mine, attendees=(HANNAH, IGOR))
    assert detect_calendar([_interview(), chat], [ME])[1].interview


def test_a_reference_call_with_the_same_organisation_is_not():
    call = _later(None, "Reference call – Jordan Blake (Brightwater Labs)", "Jordan speaks as Casey's reference.",
                  organizer=HANNAH, attendees=(HANNAH, person("jordan.blake@outlook.com", "Jordan Blake")))
    assert not _read(call)[1].interview


def test_an_agencys_catch_up_is_not():
    agent = person("mia.cole@hays.com", "Mia Cole")
    interview = event("Interview – Brightwater Labs", "Your interview at Brightwater Labs, arranged by Hays.",
                      organizer=agent, attendees=(agent, HANNAH))
    catch_up = _later(None, "Catch up with Mia", "How did it go?", organizer=agent, attendees=(agent,))
    verdicts = detect_calendar([interview, catch_up], [ME])
    assert verdicts[0].interview and not verdicts[1].interview


def test_a_colleague_at_the_users_own_company_is_not():
    me = "casey.nguyen@tailspin.com"
    colleague = person("dan.ruiz@tailspin.com", "Dan Ruiz")
    internal = event("Interview – Team Lead (internal)", "Your interview for the Team Lead role.",
                     organizer=colleague, attendees=(colleague, person(me, "Casey Nguyen")), me_too=False)
    coffee = _later(None, "Coffee w/ Dan", "", organizer=colleague, attendees=(colleague, person(me, "Casey")),
                    me_too=False)
    assert not detect_calendar([internal, coffee], [me])[1].interview


def test_a_meeting_three_months_later_is_not():
    coffee = _later(None, "Coffee w/ Hannah", "", organizer=HANNAH, attendees=(HANNAH,), days=90)
    assert not _read(coffee)[1].interview


def test_people_on_free_mail_are_not():
    pal = person("hannah.vogel@gmail.com", "Hannah Vogel")
    interview = event("Interview – Brightwater Labs", "Your interview at Brightwater Labs.", organizer=pal,
                      attendees=(pal,))
    coffee = _later(None, "Coffee w/ Hannah", "", organizer=pal, attendees=(pal,))
    assert not detect_calendar([interview, coffee], [ME])[1].interview


def test_a_long_or_all_day_or_declined_or_mock_meeting_is_not():
    workshop = _later(None, "Team day", "", organizer=HANNAH, attendees=(HANNAH,), minutes=240)
    mock = _later(None, "Mock interview with Igor", "", organizer=IGOR, attendees=(IGOR,))
    declined = _later(None, "Coffee w/ Hannah", "", organizer=HANNAH, attendees=(HANNAH,), me_too=False)
    declined = replace(declined, attendees=(HANNAH, person(ME, "Casey Nguyen", "declined")))
    for other in (workshop, mock, declined):
        assert not _read(other)[1].interview, other.title


def test_a_lunch_the_user_sets_up_with_someone_new_at_the_organisation_is_networking():
    mine = person(ME, "Casey Nguyen")
    lunch = _later(None, "Lunch with Priya (Brightwater Labs)", "", organizer=mine,
                   attendees=(person("priya.shah@brightwater-labs.com", "Priya Shah"),))
    assert not _read(lunch)[1].interview


def test_a_mailboxs_onboarding_appointment_at_the_organisation_is_not():
    health = person("occupational.health@brightwater-labs.com", "Occupational Health")
    check = _later(None, "Pre-placement health check – Brightwater Labs", "Welcome! As part of your onboarding, "
                   "please attend a short health check.", organizer=health, attendees=())
    assert not _read(check)[1].interview


def test_a_call_someone_new_at_the_organisation_sends_is_not_read_as_the_process():
    newcomer = person("lukas.brandt@brightwater-labs.com", "Lukas Brandt")
    call = _later(None, "Call w/ Lukas", "", organizer=newcomer, attendees=(newcomer,))
    assert not _read(call)[1].interview


def test_a_next_step_the_organisations_scheduling_mailbox_sends_for_someone_met_is_an_interview():
    scheduling = person("scheduling@brightwater-labs.com", "Brightwater Scheduling")
    lukas = person("lukas.brandt@brightwater-labs.com", "Lukas Brandt")
    step = _later(None, "Brightwater – lab walkthrough with Hannah and Lukas", "Next step: a walkthrough of the lab "
                  "with Hannah and Lukas (Head of QC). Sent by our scheduling tool.", minutes=60,
                  organizer=scheduling, attendees=(HANNAH, lukas))
    alone, read = _read(step)
    assert not alone.interview
    assert read.interview and read.company == "Brightwater Labs"
    assert {p.email for p in read.people} == {HANNAH.email, lukas.email}


def test_a_mailboxs_invitation_with_only_someone_new_or_to_onboarding_is_not():
    scheduling = person("scheduling@brightwater-labs.com", "Brightwater Scheduling")
    newcomer = person("lukas.brandt@brightwater-labs.com", "Lukas Brandt")
    demo = _later(None, "Brightwater – product demo with Lukas", "A demo of our lab software.",
                  organizer=scheduling, attendees=(newcomer,))
    assert not _read(demo)[1].interview
    people_ops = person("people.ops@brightwater-labs.com", "People Operations")
    welcome = _later(None, "Welcome session – Brightwater Labs", "Welcome aboard! As part of your onboarding, meet "
                     "your manager Hannah.", organizer=people_ops, attendees=(HANNAH,))
    assert not _read(welcome)[1].interview
    webinar = _later(None, "Brightwater Labs webinar: the future of lab automation", "Join Hannah for our webinar.",
                     organizer=scheduling, attendees=(HANNAH,))
    assert not _read(webinar)[1].interview


def test_the_users_note_of_a_second_meeting_with_someone_new_there_is_an_interview_of_the_process():
    note = _later(None, "Brightwater – 2nd meeting w/ CEO (Ms. Adler)", "Hannah says it's the final step, just a "
                  "talk. k.adler@brightwater-labs.com", me_too=False)
    alone, read = _read(note)
    assert not alone.interview
    assert read.interview and read.company == "Brightwater Labs"
    assert [p.email for p in read.people] == ["k.adler@brightwater-labs.com"]


def test_the_users_note_of_a_lunch_with_someone_new_there_says_no_step_and_is_not():
    note = _later(None, "Lunch – Ms. Adler (Brightwater)", "Bring the brochure. k.adler@brightwater-labs.com",
                  me_too=False)
    assert not _read(note)[1].interview
