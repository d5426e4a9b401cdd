"""A claims professional's own interviews of claimants, witnesses and policyholders are work, not job interviews;
the titles of claims, appraisal and investigation work ("Casualty Claims Examiner", "Desk Adjuster") head a role."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

# -- a profession's own interviews: a recorded statement from a claimant, a witness, a policyholder ------------

@pytest.mark.parametrize("title, description", [
    ("Witness interview – rear-end collision, claim 55-10291", "Recorded statement from the other driver."),
    ("Interview – claimant, water damage at 14 Elm Ct", "Take the recorded statement; adjuster notes to follow."),
    ("Recorded statement – policyholder, burst pipe", "Interview the insured about the timeline."),
])
def test_a_claims_professionals_interview_of_a_claimant_or_witness_is_not_a_job_interview(title, description):
    assert not detect(event(title, description, minutes=60), [ME]).interview


# -- claims titles head a role ------------------------------------------------------------------------------

@pytest.mark.parametrize("title, role", [
    ("Interview – Senior Casualty Claims Examiner", "Senior Casualty Claims Examiner"),
    ("Interview – Catastrophe Desk Adjuster", "Catastrophe Desk Adjuster"),
    ("Interview – Auto Damage Appraiser", "Auto Damage Appraiser"),
    ("Interview – Construction Cost Estimator", "Construction Cost Estimator"),
    ("Interview – Insurance Fraud Investigator", "Insurance Fraud Investigator"),
])
def test_claims_and_appraisal_titles_are_roles(title, role):
    lena = person("lena.meyer@contoso.com", "Lena Meyer")
    found = detect(event(title, "A first call with our claims team.", organizer=lena, attendees=(lena,)), [ME])
    assert found.interview and found.role == role
