"""A name its domain spells, written with the country the domain ends in ("Puente Verde CL" for puenteverde.cl),
is the name as written: the country belongs to it."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_country_a_domain_ends_in_stays_with_the_name_written_before_it():
    recruiter = person("ines.mora@puenteverde.cl", "Inés Mora")
    found = detect(event("Entrevista – Puente Verde CL", "Entrevista para el puesto de Analista de Proyectos.",
                         organizer=recruiter, attendees=(recruiter,), minutes=45), [ME])
    assert found.interview and found.company == "Puente Verde CL"


def test_another_country_after_the_name_is_not_kept():
    recruiter = person("ines.mora@puenteverde.cl", "Inés Mora")
    found = detect(event("Entrevista – Puente Verde PE", "Entrevista para el puesto de Analista de Proyectos.",
                         organizer=recruiter, attendees=(recruiter,), minutes=45), [ME])
    assert found.interview and found.company == "Puente Verde"
