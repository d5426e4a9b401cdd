"""The user's own note of a call whose notes open with the organisation, a town after a comma, and the job title as a
posting writes it for both genders after a slash ("Kranjc Logistika, Maribor – skladiščnik/ca"): the slash says an
opening, where a person's own title has one gender."""
from __future__ import annotations

from providers.detect import detect
from providers.detection.facts import posted_for_both_genders
from tests.unit.test_detect import ME, event


def test_a_slovenian_call_about_an_opening_for_either_gender():
    found = detect(event("Klic ga. Kranjc 14:00", "Kranjc Logistika, Maribor – skladiščnik/ca v nočni izmeni. "
                         "040 555 123", minutes=15), [ME])
    assert found.interview
    assert found.company == "Kranjc Logistika"


def test_a_german_call_about_an_opening_for_either_gender():
    found = detect(event("Anruf Hr. Keller 9:00", "Keller Logistik, Ulm – Disponent/in im Lager. 0731 555 12",
                         minutes=15), [ME])
    assert found.interview
    assert found.company == "Keller Logistik"


def test_a_call_about_a_roof_is_none():
    found = detect(event("Klic g. Novak 9:00", "Novak Gradnja, Celje – ponudba za streho. 041 555 218",
                         minutes=15), [ME])
    assert not found.interview


def test_the_other_genders_ending_follows_the_job_title():
    assert posted_for_both_genders("iščemo: tehnik/ca za servis", "tehnik") == "tehnik/ca"
    assert posted_for_both_genders("tecnólogo/a médico/a", "tecnólogo") == "tecnólogo/a"
    assert posted_for_both_genders("tehnik/vodja izmene", "tehnik") is None  # two titles, not two genders
    assert posted_for_both_genders("the tehnik/2 shift", "tehnik") is None
