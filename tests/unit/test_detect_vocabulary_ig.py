"""Igbo (``ig.toml``): a company's invitation to a job interview is an interview, with its company and
role; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@enugu-ceramics.example", "HR")
    interviewer = person("chidi@enugu-ceramics.example", 'Chidi Okafor')
    found = detect(event('Ajụjụ ọnụ maka ọrụ – Enugu Ceramics',
                         "Ndewo,\nDaalụ maka arịrịọ gị. Ọkwa: Sales Manager\nAnyị na-akpọ gị maka ajụjụ ọnụ n'ọfịs anyị. Ị ga-ahụ Chidi Okafor.",
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Enugu Ceramics'
    assert found.role == 'Sales Manager'
    assert 'chidi@enugu-ceramics.example' in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ('Ajụjụ ọnụ na onye nta akụkọ – redio', 'Onye nta akụkọ si redio ga-agba anyị ajụjụ ọnụ; a ga-agbasa ya na redio.'),
    ('Ajụjụ ọnụ ndị na-achọ ọrụ – onye ọkwọ ụgbọ ala', 'Mụ na Ada ga-agba ndị na-achọ ọrụ atọ ajụjụ ọnụ. Dejupụta akwụkwọ nyocha.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@enugu-ceramics.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview


def test_an_invitation_typed_without_the_dots_is_an_interview_too():
    hr = person("hr@onitsha-paints.example", "HR")
    found = detect(event("Ajuju onu maka oru – Onitsha Paints",
                         "Ndewo,\nanyi na-akpo gi maka ajuju onu n'ofis anyi. Okwa: Store Keeper.",
                         organizer=hr, attendees=(hr,), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Onitsha Paints"
