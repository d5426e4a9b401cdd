"""The user's own note that names two people and gives both their addresses at one organisation ("questions from
Priya Nair and Tom Keane ... p.nair@..., t.keane@...") meets both, not only the first address written."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_every_named_colleague_whose_address_the_note_gives_is_met():
    found = detect(event("Thornbury – final", "Final stage for the Depot Manager role. 10 min presentation then "
                         "questions from Priya Nair and Tom Keane (COO).\np.nair@thnbry.co.uk / t.keane@thnbry.co.uk",
                         location="Thornbury Foods, 8 Quay Street, Hull", organizer=None), [ME])
    assert found.interview and {p.email for p in found.people} == {"p.nair@thnbry.co.uk", "t.keane@thnbry.co.uk"}


def test_an_address_the_note_gives_of_someone_it_does_not_name_is_not_met():
    found = detect(event("Thornbury – final", "Final stage for the Depot Manager role. Questions from Priya Nair."
                         "\np.nair@thnbry.co.uk / hr.office@thnbry.co.uk", location="Thornbury Foods, Hull",
                         organizer=None), [ME])
    assert found.interview and {p.email for p in found.people} == {"p.nair@thnbry.co.uk"}
