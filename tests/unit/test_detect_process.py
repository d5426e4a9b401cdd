"""A hiring process across events: what one interview does not say, another of the same process does.

The grouping (``providers.detection.process``) on plain sightings, then ``detect_calendar`` on whole
events, then the single-event finders the same kind of calendar showed wrong (a company named after a
hiring system's name, a field of work taken for a company).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect, detect_calendar
from providers.detection.process import Sighting, completed
from tests.unit.test_detect import ME, START, event, person

ME_AT = [ME]


def _names(sightings):
    return [(c.company, c.role) for c in completed(sightings, ME_AT)]


def test_an_interview_takes_the_role_and_the_full_name_another_interview_at_the_organisation_gives():
    screen = Sighting("Lakeshore Grace Health Centre", "Registered Nurse, Emergency Department",
                      addresses=("talia.brandt@lakeshoregrace.ca",))
    panel = Sighting("Lakeshore Grace", None, addresses=("dwayne.osei@lakeshoregrace.ca",
                                                        "talentacquisition@lakeshoregrace.ca"))
    assert _names([screen, panel]) == [("Lakeshore Grace Health Centre", "Registered Nurse, Emergency Department"),
                                       ("Lakeshore Grace Health Centre", "Registered Nurse, Emergency Department")]


def test_a_company_written_as_its_domain_spells_it_joins_the_interviews_at_that_domain():
    screen = Sighting("Straits Meridian Bank", "Treasury Analyst (R-2026-01187)",
                      addresses=("alicia.tan@straitsmeridian.com", "straitsmeridian@myworkday.com"))
    recorded = Sighting("Straits Meridian", None)  # a one-way video: nobody on the invitation
    assert _names([screen, recorded])[1] == ("Straits Meridian Bank", "Treasury Analyst (R-2026-01187)")


def test_a_company_whose_name_begins_with_what_a_domain_spells_joins_the_interviews_at_that_domain():
    recorded = Sighting("Harrowgate Mobility", "UX Designer")  # a one-way video: nobody on the invitation
    call = Sighting("Harrowgate", None, addresses=("kenji.hara@harrowgate.co.jp",))
    assert _names([recorded, call])[1] == ("Harrowgate Mobility", "UX Designer")


def test_two_companies_beginning_with_what_a_domain_spells_lend_it_no_name():
    foods = Sighting("Harrowgate Foods", "Buyer")
    robotics = Sighting("Harrowgate Robotics", "Buyer")
    call = Sighting("Harrowgate", None, addresses=("kenji.hara@harrowgate.co.jp",))
    assert _names([foods, robotics, call])[2] == ("Harrowgate", None)


def test_a_domains_name_gives_way_to_the_name_its_initials_shorten():
    video = Sighting("Hotel Bellavista Riviera", "Executive Sous-Chef", addresses=("m.kubler@hbr-locarno.example",))
    trial = Sighting("Hbr Locarno", None, addresses=("m.kubler@hbr-locarno.example", "a.moser@hbr-locarno.example"))
    assert _names([video, trial])[1] == ("Hotel Bellavista Riviera", "Executive Sous-Chef")


def test_a_domains_name_keeps_its_name_beside_a_name_its_initials_do_not_shorten():
    video = Sighting("Fabrikam Hotel", "Executive Sous-Chef", addresses=("m.kubler@hbr-locarno.example",))
    trial = Sighting("Hbr Locarno", None, addresses=("m.kubler@hbr-locarno.example",))
    assert _names([video, trial])[1] == ("Hbr Locarno", None)


def test_a_name_in_capitals_takes_the_one_name_of_the_process_it_is_the_initials_of():
    screen = Sighting("Corvus Logistics Group", "Operations Manager", addresses=("nadia@harrowfield.example",))
    panel = Sighting("CLG", None, addresses=("sipho@corvuslogistics.example", "nadia@harrowfield.example"))
    assert _names([screen, panel])[1] == ("Corvus Logistics Group", "Operations Manager")


def test_an_organisation_the_user_applied_to_twice_lends_no_role():
    analyst = Sighting("Contoso", "Data Analyst", addresses=("lena@contoso.com",))
    engineer = Sighting("Contoso", "Data Engineer", addresses=("omar@contoso.com",))
    unsaid = Sighting("Contoso", None, addresses=("mia@contoso.com",))
    assert _names([analyst, engineer, unsaid])[2] == ("Contoso", None)


def test_a_role_written_with_more_words_is_the_same_role():
    long = Sighting("Ventos do Sul Energia", "Engenheiro(a) de Confiabilidade Sênior – O&M Eólico",
                    addresses=("carlos.lima@vdsenergia.com.br",))
    short = Sighting("Ventos do Sul Energia", "Engenheiro de Confiabilidade Sênior",
                     addresses=("tatiane.moura@vdsenergia.com.br",))
    final = Sighting("Ventos do Sul Energia", None, addresses=("ricardo.tavares@vdsenergia.com.br",))
    assert _names([long, short, final])[2] == ("Ventos do Sul Energia", "Engenheiro de Confiabilidade Sênior")


def test_people_on_consumer_mail_never_make_a_process():
    coffee = Sighting(None, "Data Analyst", addresses=("pal.one@gmail.com",))
    other = Sighting(None, None, addresses=("pal.two@gmail.com",))
    assert _names([coffee, other]) == [(None, "Data Analyst"), (None, None)]


def test_a_hiring_system_or_an_agency_on_two_invitations_makes_no_process():
    first = Sighting("Contoso", "Data Analyst", addresses=("no-reply@greenhouse.io", "priya@corvidtalent.com"))
    second = Sighting(None, None, addresses=("no-reply@greenhouse.io", "priya@corvidtalent.com"))
    assert _names([first, second]) == [("Contoso", "Data Analyst"), (None, None)]


def test_the_users_own_names_win_and_are_lent():
    mine = Sighting("Acme", "Analyst", addresses=("dana@acmerobotics.com",), settled=True)
    found = Sighting("Acme Robotics", None, addresses=("omar@acmerobotics.com",))
    assert _names([mine, found]) == [("Acme", "Analyst"), ("Acme Robotics", "Analyst")]


def test_two_fuller_names_give_the_short_one_neither():
    foods = Sighting("Acme Foods", "Buyer", addresses=("a@acme.com",))
    robotics = Sighting("Acme Robotics", "Buyer", addresses=("b@acme.com",))
    short = Sighting("Acme", None, addresses=("c@acme.com",))
    assert _names([foods, robotics, short])[2] == ("Acme", None)


def test_an_informational_conversation_takes_no_role():
    screen = Sighting("Relecloud", "Backend Engineer", addresses=("mia@relecloud.com",))
    coffee = Sighting("Relecloud", None, kind="informational", addresses=("sam@relecloud.com",))
    assert _names([screen, coffee])[1] == ("Relecloud", None)


def test_a_calendar_read_together_fills_the_final_rounds_role_and_says_why():
    lena, omar = person("lena.meyer@fabrikam.com", "Lena Meyer"), person("omar.haddad@fabrikam.com", "Omar Haddad")
    screen = event("Phone screen – Fabrikam", "Your phone screen for the Supply Chain Planner position at Fabrikam.",
                   organizer=lena, attendees=(lena,))
    final = replace(event("Final interview – Fabrikam", "Looking forward to meeting you for the last round.",
                          organizer=lena, attendees=(lena, omar)), event_id="evt-2",
                    start=START + timedelta(days=7), end=START + timedelta(days=7, hours=1))
    alone = detect(final, [ME])
    assert alone.interview and alone.company == "Fabrikam" and alone.role is None
    both = detect_calendar([screen, final], [ME])
    assert both[1].role == "Supply Chain Planner"
    assert any("same hiring process" in reason for reason in both[1].reasons)


def test_a_company_named_after_a_hiring_systems_name_in_the_title_is_found():
    found = detect(event("HireVue video interview – Straits Meridian (Treasury Analyst)",
                         "One-way recorded video interview, no live interviewer. Link from noreply@hirevue.com.",
                         me_too=False), [ME])
    assert found.interview and found.company == "Straits Meridian"


def test_a_field_of_work_in_a_title_is_no_company():
    recruiter = person("rohan.k@talentbridge.in", "Rohan Kulkarni")
    found = detect(event("Intro Call – Finance Roles between Rohan Kulkarni and Casey Nguyen",
                         "Applied to your post for the Financial Reporting Analyst role (client confidential).",
                         organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview and found.company != "Finance"


def _deadline_and_interview(deadline_note: str):
    deadline = replace(event("Application deadline – Great Western Signalling Engineering (Signal Designer)",
                             deadline_note, me_too=False), event_id="evt-0", all_day=True)
    notes = "interview GWS Engineering – Signal Designer\nTeams link to follow from priya.nair@gwsengineering.example"
    interview = replace(event("Priya Nair", notes, me_too=False), start=START + timedelta(days=14),
                        end=START + timedelta(days=14, hours=1))
    return deadline, interview


def test_an_abbreviation_another_event_with_the_organisation_spells_out_is_written_in_full():
    """The user's own deadline reminder is no interview, but it writes the company out beside its address."""
    deadline, interview = _deadline_and_interview("Send CV and portfolio to careers@gwsengineering.example")
    alone = detect(interview, [ME])
    assert alone.interview and alone.company == "GWS Engineering"
    both = detect_calendar([deadline, interview], [ME])
    assert not both[0].interview
    assert both[1].company == "Great Western Signalling Engineering"
    assert any("in full" in reason for reason in both[1].reasons)


def test_an_event_with_no_address_at_the_organisation_spells_out_no_abbreviation():
    deadline, interview = _deadline_and_interview("Send CV and portfolio through the website")
    assert detect_calendar([deadline, interview], [ME])[1].company == "GWS Engineering"
