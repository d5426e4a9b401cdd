"""A school trust's name ends in its word for schools ("Stiftung Eichwald Schulen", "Fenwick Schools"): the domain
spells the name before it, the company is the name in full."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_german_trust_written_with_its_schools_is_named_in_full():
    chair = person("c.vogt@stift-eichwald.example", "Clara Vogt")
    found = detect(event("Vorstellungsgespräch Schulleitung", "Der Träger ist die Stiftung Eichwald Schulen. Frau "
                         "Vogt möchte Sie zum Vorstellungsgespräch für die Schulleitung einladen.", organizer=chair,
                         attendees=(chair,), minutes=60, location="Stiftung Eichwald Schulen, Bergisch Gladbach"), [ME])
    assert found.interview and found.company == "Stiftung Eichwald Schulen"


def test_an_english_trust_written_with_its_schools_is_named_in_full():
    head = person("o.reid@fenwick.example", "Owen Reid")
    found = detect(event("Interview – Head of Science", "Thank you for applying to Fenwick Schools. Owen Reid will "
                         "interview you for the Head of Science post.", organizer=head, attendees=(head,),
                         minutes=45), [ME])
    assert found.interview and found.company == "Fenwick Schools"
