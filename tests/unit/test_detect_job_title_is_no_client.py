"""A public employer's staffing office, whose name reads like an agency's ("NVHA Staffing Services" at
staffing@nvha.ca), invites to a panel "for Geologist 3": the job title after "for" is no client of an agency, and the
employer is the organisation the location names in full."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_job_title_after_for_is_no_client_of_a_staffing_office():
    office = person("staffing@nvha.ca", "NVHA Staffing Services")
    found = detect(event("Invitation: Panel Interview - Geologist 3 (Competition 25-118)",
                         "You are invited to a panel interview for Geologist 3, Competition 25-118.\n"
                         "Please bring photo ID.\nStaffing Services",
                         organizer=office, location="Northern Valley Housing Authority, 12 Main St, Room 4",
                         minutes=60), [ME])
    assert found.interview
    assert found.company == "Northern Valley Housing Authority"
    assert found.role == "Geologist 3"
