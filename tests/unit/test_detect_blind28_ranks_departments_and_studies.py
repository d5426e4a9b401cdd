"""Kinds learnt after an independent labelled set (blind28) was scored: ranks whose ordinal is part of the title
("Second Mate"), a role the title names as a part of its own and the description frames, beside a part that only
says whom the interview is for; a study's interview held by phone or paid with a gift card, a feature the employer
films about the user, a press interview noted as "Reporter <name>" or cleared with comms, a department after the
company's name in the title ("Flight Dept"), and a colleague who wants the user on the panel."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _shipping_invitation(title: str, description: str):
    crewing = person("crewing@northsea-tankers.example", "North Sea Tankers Crewing")
    officer = person("h.brandt@northsea-tankers.example", "Henrik Brandt")
    return detect(event(title, description, organizer=crewing, attendees=(officer,)), [ME])


def test_a_rank_whose_ordinal_is_its_own_keeps_the_ordinal():
    found = _shipping_invitation("North Sea Tankers – interview for Second Mate",
                                 "Dear Casey,\n\nyou are invited to an interview with Captain Henrik Brandt.\n\n"
                                 "North Sea Tankers Crewing")
    assert found.interview and found.role == "Second Mate"


def test_a_rank_framed_in_the_description_keeps_the_ordinal():
    found = _shipping_invitation("North Sea Tankers: video interview",
                                 "Dear Casey,\n\nthank you for applying. You are invited to a video interview for the "
                                 "Third Engineer position on our product tankers.\n\nNorth Sea Tankers Crewing")
    assert found.interview and found.role == "Third Engineer"


def test_the_title_part_the_description_frames_beats_the_part_saying_whom_the_interview_is_for():
    schools = person("careers@lakeside-schools.example", "Lakeside Teacher Recruiting")
    found = detect(event("Lakeside Schools - Teacher Interview (Video) | Head of Science",
                         "Dear Casey,\n\nyou are scheduled for a video interview for the position of Head of Science "
                         "(Requisition 2026-118).\n\nLakeside Teacher Recruiting", organizer=schools), [ME])
    assert found.interview and found.role == "Head of Science"


def test_a_study_interview_held_by_phone_is_no_job_interview():
    found = detect(event("Research phone interview – nurses' night-shift study",
                         "PhD student from Lakehead University, about 30 minutes."), [ME])
    assert not found.interview


def test_a_study_that_pays_a_gift_card_is_no_job_interview():
    found = detect(event("Sleep and shift work study – interview",
                         "Interview over Zoom, ~45 min. $30 gift card afterwards."), [ME])
    assert not found.interview


def test_a_feature_the_employer_films_about_the_user_is_no_job_interview():
    comms = person("comms@harlow-logistics.example", "Harlow Comms")
    found = detect(event("Harlow 'Meet the Team' video interview",
                         "Our comms team is filming a short interview with you for the company LinkedIn page.",
                         organizer=comms), [ME])
    assert not found.interview


def test_a_reporter_named_before_their_name_without_a_colon_is_a_press_interview():
    writer = person("t.okafor@coastalledger.example", "Tunde Okafor")
    found = detect(event("Interview w/ Coastal Ledger re: port expansion",
                         "Reporter Tunde Okafor. Talk about the dock workers only.", attendees=(writer,)), [ME])
    assert not found.interview


def test_a_reporter_role_before_capitalised_words_that_name_no_one_invited_is_a_role():
    editor = person("jo.lund@valleytimes.example", "Jo Lund")
    found = detect(event("Interview – Valley Times",
                         "Reporter Position Interview with Jo Lund, managing editor, about the newsroom opening.",
                         organizer=editor, attendees=(editor,)), [ME])
    assert found.interview


def test_a_talk_with_a_reporter_cleared_with_comms_is_a_press_interview():
    writer = person("dana@metro-daily.example", "Dana Pierce")
    found = detect(event("Interview - housing costs piece",
                         "Cleared with comms. Keep to the tenants' side.", attendees=(writer,)), [ME])
    assert not found.interview


def test_a_companys_department_after_its_name_in_the_title_is_no_part_of_it():
    agent = person("lou@northpeak-search.example", "Lou Marsh")
    pilot = person("g.haddad@brennerdairy.example", "Gina Haddad")
    found = detect(event("Brenner Dairy Aviation Dept - meet Director of Aviation Gina Haddad",
                         "Casey - the client is Brenner Dairy. Gina Haddad will meet you at the hangar for an interview "
                         "for the Citation Captain position. I won't join.\n\nLou Marsh | Northpeak Search",
                         organizer=agent, attendees=(pilot, person(agent.email, agent.name, informed_only=True))),
                   [ME])
    assert found.interview and found.company == "Brenner Dairy"


def test_a_colleague_who_wants_the_user_on_the_panel_makes_the_user_an_interviewer():
    boss = person("ravi.patel@kestrelboats.example", "Ravi Patel")
    found = detect(event("Sit in on welder interviews w/ Ravi",
                         "Ravi wants me on the panel for the three welder candidates - I run the practical test.",
                         attendees=(boss,), minutes=180), [ME])
    assert not found.interview
