"""Kinds learnt after an independent labelled set (blind28) was scored: ranks whose ordinal is part of the title
("Second Mate"), a role the title names as a part of its own and the description frames, beside a part that only
says whom the interview is for."""
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
