"""A recruitment agency's recruiter calls about one post, then sets up the interview with the client they put the
user forward to, whose invitation names no post: the interview takes the post the recruiter's call named."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect_calendar
from tests.unit.test_detect import ME, START, event, person

AGENT = person("sam.ortiz@bluewaterrecruitment.com", "Sam Ortiz")
CLIENT = person("a.petrov@harbourfreight.com", "Anya Petrov")


def _calendar(second_role: str | None = None):
    call = event("Call – Sam Ortiz (Bluewater Recruitment)", "Sam would like to talk about a Logistics Coordinator "
                 "role with one of their clients.", organizer=AGENT, attendees=(AGENT,), minutes=30)
    interview = event("Interview - Harbour Freight (via Bluewater)", "Hi Casey - the client is Harbour Freight. You'll "
                      "speak with Anya Petrov, Operations Manager. I won't be on the call.\nSam",
                      organizer=AGENT, attendees=(CLIENT,), minutes=45)
    start = START + timedelta(days=7)
    interview = replace(interview, event_id="evt-2", start=start, end=start + timedelta(minutes=45))
    calendar = [call, interview]
    if second_role:
        other = event("Call – Sam Ortiz (Bluewater Recruitment)", f"Sam has a {second_role} role too.",
                      organizer=AGENT, attendees=(AGENT,), minutes=30)
        calendar.append(replace(other, event_id="evt-3", start=start + timedelta(days=1),
                                end=start + timedelta(days=1, minutes=30)))
    return calendar


def test_the_interview_the_recruiter_set_up_takes_the_post_their_call_named():
    verdicts = detect_calendar(_calendar(), [ME])
    assert verdicts[0].role == "Logistics Coordinator"
    assert verdicts[1].interview and verdicts[1].company == "Harbour Freight"
    assert verdicts[1].role == "Logistics Coordinator"


def test_a_recruiter_who_spoke_of_two_posts_lends_none():
    verdicts = detect_calendar(_calendar("Warehouse Supervisor"), [ME])
    assert verdicts[1].interview and verdicts[1].role is None
