"""Lao (``lo.toml``): a company's invitation to a job interview is an interview, with its company and
role; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@mekong-freight.example", "HR")
    interviewer = person("somphone@mekong-freight.example", 'Somphone Vongsa')
    found = detect(event('ການສຳພາດວຽກ – Mekong Freight',
                         'ສະບາຍດີ,\nຂອບໃຈທີ່ສະໝັກວຽກ. ຕຳແໜ່ງ: Warehouse Supervisor\nຂໍເຊີນທ່ານມາສໍາພາດທີ່ຫ້ອງການຂອງພວກເຮົາ. ຜູ້ສຳພາດ: Somphone Vongsa',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Mekong Freight'
    assert found.role == 'Warehouse Supervisor'
    assert 'somphone@mekong-freight.example' in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ('ສຳພາດກັບນັກຂ່າວ – ໂທລະທັດ', 'ນັກຂ່າວ ແລະ ຊ່າງຖ່າຍຮູບຈະມາຮອດເວລາສິບໂມງ.'),
    ('ສຳພາດຜູ້ສະໝັກ – ຄົນຂັບລົດ', 'ຂ້ອຍ ແລະ ດາລາ ຈະສຳພາດຜູ້ສະໝັກສາມຄົນ. ກະລຸນາຕື່ມແບບຟອມປະເມີນ.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@mekong-freight.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
