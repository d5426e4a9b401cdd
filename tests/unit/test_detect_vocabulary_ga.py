"""Irish (``ga.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@cnocmara.example", "HR")
    interviewer = person("staff@cnocmara.example", 'Áine Ní Bhriain')
    found = detect(event('Agallamh poist – Cnoc Mara Teoranta',
                         "A chara, go raibh maith agat as d'iarratas. Ba mhaith linn cuireadh a thabhairt duit chuig agallamh inár n-oifig i nGaillimh.\nPost: Oifigeach Cumarsáide\n Buailfidh tú le Áine Ní Bhriain.",
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Cnoc Mara'
    assert found.role == 'Oifigeach Cumarsáide'
    assert 'Áine Ní Bhriain' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description", [
    ('Agallamh le Raidió na Gaeltachta', 'Beidh iriseoir ag cur agallaimh orm; craolfar an t-agallamh beo ar an aer.'),
    ('Agallaimh – trí iarrthóir', 'Cuirfimid agallamh ar na hiarrthóirí don phost le Séamus. Líon isteach an bhileog scórála.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@cnocmara.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
