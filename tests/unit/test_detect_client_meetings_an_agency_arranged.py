"""An employer's invitation headed by a job title that a go-between set up (an agency's recruiter copied in, or
"Arranged via Ailsa at Glenmore People") is the agency's client meeting the candidate: a job interview."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

FRASER = person("fraser.munro@lochview-water.co.uk", "Fraser Munro")


def test_a_meeting_arranged_via_someone_at_another_organisation_headed_by_a_job_title_is_an_interview():
    found = detect(event("Lochview Water - Teams with Fraser Munro",
                         "Procurement Officer (Capital Projects)\nArranged via Ailsa at Glenmore People - she will "
                         "not join.", organizer=FRASER, attendees=(FRASER,)), [ME])
    assert found.interview and found.role.startswith("Procurement Officer")


def test_a_meeting_an_agency_recruiter_is_copied_in_on_headed_by_a_job_title_is_an_interview():
    recruiter = person("callum.reid@harbourtalent.co.uk", "Callum Reid", "declined")
    found = detect(event("Lochview Water - meet Fraser & team", "Procurement Officer - first meeting. Callum "
                         "declined, he is copied for info.", organizer=FRASER, attendees=(recruiter,),
                         minutes=60), [ME])
    assert found.interview and [p.email for p in found.people] == [FRASER.email]


def test_a_signature_title_does_not_head_the_meeting():
    found = detect(event("Lochview Water - quarterly supplier review", "Agenda to follow. Arranged via Ailsa at "
                         "Glenmore People.\n\nFraser Munro\nProcurement Officer", organizer=FRASER,
                         attendees=(FRASER,)), [ME])
    assert not found.interview
