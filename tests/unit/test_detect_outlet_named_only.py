"""An interview the user gives the press, its invitation naming only the outlet ("Interview – Kanal Nord Radio",
a journalist at a paper's domain, "Intervju – Dagbladet Vest"), is no job interview; a job interview at a paper or
a broadcaster, whose invitation speaks of a position, an application or a hiring stage, stays one."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _from(address: str, name: str, title: str, description: str = ""):
    """An invitation from ``name`` at ``address`` to the user."""
    sender = person(address, name)
    return event(title, description, organizer=sender, attendees=(sender,), minutes=30)


@pytest.mark.parametrize("title, address, name", [
    ("Interview – Kanal Nord Radio", "ivo.mertens@kanalnord.example", "Ivo Mertens"),
    ("Intervju – Dagbladet Vest", "s.aas@dagbladetvest.example", "Siri Aas"),
    ("Haastattelu – Pohjolan Sanomat", "e.laine@pohjolansanomat.example", "Eero Laine"),
    ("Entrevista – Noticias del Sur", "c.vidal@surnoticias.example", "Carla Vidal"),
    ("Interview – The Harbour Times", "g.pike@harbourtimes.example", "Gwen Pike"),
    ("Interview", "m.reyes@lakeside.example", "Mia Reyes (Lakeside FM)"),
])
def test_an_interview_for_an_outlet_named_only_by_its_name_is_no_job_interview(title, address, name):
    found = detect(_from(address, name, title), [ME])
    assert not found.interview
    assert any("press" in reason for reason in found.reasons)


def test_the_users_own_entry_naming_a_radio_station_and_an_interview_is_no_job_interview():
    found = detect(event("Radio Zuidkust FM interview", me_too=False), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, address, name, description", [
    ("Interview for Sports Editor position – The Harbour Times", "talent@harbourtimes.example", "Harbour Times Talent",
     ""),
    ("Interview: Sound Engineer role", "n.quist@kanalnord.example", "Nils Quist (Kanal Nord Radio)",
     "Thanks for applying to the Sound Engineer role."),
    ("Bewerbungsgespräch – Radio Ostwind", "personal@radioostwind.example", "Radio Ostwind Personal", ""),
    ("Entrevista – Noticias del Sur", "rrhh@surnoticias.example", "RRHH Noticias del Sur",
     "Gracias por tu candidatura al puesto de maquetador."),
])
def test_a_job_interview_at_a_paper_or_a_broadcaster_stays_one(title, address, name, description):
    found = detect(_from(address, name, title, description), [ME])
    assert found.interview and found.kind == "job"
