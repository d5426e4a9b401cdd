"""West Frisian (``fy.toml``): an invitation to a "sollisitaasjepetear" is an interview, the role read after "Funksje:"; a broadcaster's interview and the user's own talks with applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person('p-en-o@wadsteabou.example', 'Personiel en Organisaasje')
    host = person('sjoukje@wadsteabou.example', 'Sjoukje de Vries')
    found = detect(event('Sollisitaasjepetear – Wadstea Bou', 'Bêste Tsjerk, tank foar dyn sollisitaasje. Wy noegje dy út foar in petear op ús kantoar yn Ljouwert.\nFunksje: Haad bedriuwsburo\nDo praatst mei Sjoukje de Vries.', organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Wadstea Bou'
    assert found.role == 'Haad bedriuwsburo'
    assert 'Sjoukje de Vries' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ('Ynterview – Omrop Fryslân', 'De ferslachjouwer stelt fragen oer it nije fabryk.', person('kommunikaasje@wadsteabou.example', 'Kommunikaasje')),
    ('Petearen mei sollisitanten – sjauffeur', 'Ik sit yn de kommisje mei Hidde. Trije kandidaten, folje it beoardielingsformulier yn.', person('p-en-o@wadsteabou.example', 'Personiel en Organisaasje')),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
