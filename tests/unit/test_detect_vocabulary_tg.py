"""Tajik (``tg.toml``): an invitation to a "мусоҳибаи корӣ" is an interview, the role read after "Вазифа:"; a newspaper's "мусоҳиба" and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("pomirenergy.kadr@gmail.com", "Шӯъбаи кадрҳо")
    host = person("farzona.rahimova@gmail.com", "Фарзона Раҳимова")
    found = detect(event("Мусоҳибаи корӣ – Помир Энерҷӣ", "Муҳтарам номзад, ташаккур барои аризаи шумо. Шуморо ба мусоҳиба дар идораи мо, Душанбе, даъват менамоем.\nВазифа: Муҳандиси барқ\nБо шумо Фарзона Раҳимова вохӯрда мешавад.", organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Помир Энерҷӣ"
    assert found.role == "Муҳандиси барқ"
    assert "Фарзона Раҳимова" in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ("Мусоҳиба бо рӯзномаи Садои мардум", "Хабарнигор дар бораи корхонаи нав савол медиҳад.", person("matbuot@pomirenergy.example", "Хадамоти матбуот")),
    ("Мусоҳиба бо номзадҳо – Ронанда", "Ман ва Дилшод бо се номзад мусоҳиба мегузаронем. Варақаи арзёбиро пур кунед.", person("pomirenergy.kadr@gmail.com", "Шӯъбаи кадрҳо")),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
