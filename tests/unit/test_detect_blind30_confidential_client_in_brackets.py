"""Kinds learnt after an independent labelled set (blind30) was scored: a recruiter who describes the client and
says in brackets that its name is kept back ("my client is a logistics group (undisclosed for now)"): the company is
the agency itself, as when the recruiter writes "client confidential"."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_client_described_and_kept_back_in_brackets_leaves_the_agency_as_the_company():
    recruiter = person("owen@tamarsearch.example", "Owen Pascoe")
    found = detect(event("Call re Operations Director role",
                         "Hi,\n\nAs promised, my client is a West Country logistics group (undisclosed for now) hiring "
                         "an Operations Director. Half an hour to go through your background?\n\nOwen Pascoe\n"
                         "Partner | Tamar Search", organizer=recruiter, attendees=(recruiter,), minutes=30), [ME])
    assert found.interview
    assert found.company == "Tamar Search"


def test_a_client_described_in_brackets_that_keep_nothing_back_is_not_the_agency():
    recruiter = person("owen@tamarsearch.example", "Owen Pascoe")
    found = detect(event("Interview: Kernow Freight - Operations Director (via Tamar Search)",
                         "My client is Kernow Freight (the logistics group I mentioned). You will meet their COO.",
                         organizer=recruiter, attendees=(recruiter,), minutes=60), [ME])
    assert found.interview
    assert found.company == "Kernow Freight"
