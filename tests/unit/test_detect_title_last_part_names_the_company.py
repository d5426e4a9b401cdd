"""The whole last part of a title, after a dash or a pairing mark, is a company's name a domain may shorten
("Coffee w/ Tomás – Northern Geothermal" for nrthgeo, "Casey Nguyen <> Pinecrest Member Services" for pmsvc)."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person
from tests.unit.test_detect_booked_roles import BOOKING_NOTES


def test_the_titles_last_part_after_a_dash_is_the_name_a_domain_shortens():
    guest = person("tomas@nrthgeo.example", "Tomás Byrne")
    found = detect(event("Coffee w/ Tomás – Northern Geothermal", "Tomás set up his own drilling firm. Asking him "
                         "about going freelance.", organizer=CASEY, attendees=(guest,), me_too=False), [ME])
    assert found.interview and found.company == "Northern Geothermal"


def test_the_titles_last_part_after_a_pairing_mark_is_the_name_a_domain_shortens():
    host = person("priya@pmsvc.example", "Priya Shah")
    found = detect(event("Casey Nguyen <> Pinecrest Member Services", BOOKING_NOTES.format(event="Claims Estimator – intro"),
                         organizer=host, attendees=(host,), minutes=30), [ME])
    assert found.interview and found.company == "Pinecrest Member Services"
