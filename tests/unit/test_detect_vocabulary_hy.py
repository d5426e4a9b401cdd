"""Armenian (``hy.toml``): a company's invitation to an "աշխատանքային հարցազրույց", a recruiter's "հեռախոսային
հարցազրույց" and the user's own note of a call about a post are interviews; the kinds of "հարցազրույց" that are no
job interview of the user's are not: a yearly appraisal, a paper's interview, the user's own interview of a
candidate.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_is_an_interview_with_its_company_role_and_people():
    hr = person("hr@araratlogistics.example", "Անձնակազմի բաժին")
    armen = person("a.petrosyan@araratlogistics.example", "Արմեն Պետրոսյան")
    found = detect(event("Աշխատանքային հարցազրույց – Ararat Logistics",
                         "Հարգելի Casey, շնորհակալություն դիմելու համար։ Հրավիրում ենք ձեզ հարցազրույցի մեր "
                         "գրասենյակում, Երևանում։\nՊաշտոն: Պահեստի մենեջեր\nՀարցազրույցը կվարի Արմեն Պետրոսյանը "
                         "(գործառնական տնօրեն)։", organizer=hr, attendees=(hr, armen), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Ararat Logistics"
    assert found.role == "Պահեստի մենեջեր"
    assert "Արմեն Պետրոսյան" in [p.name for p in found.people]


def test_a_recruiters_telephone_interview_is_a_phone_screen():
    host = person("ani@talenthub-am.example", "Անի Սարգսյան")
    found = detect(event("Հեռախոսային հարցազրույց – ֆինանսական վերլուծաբան",
                         "Բարև Ձեզ, վաղը ժամը 11-ին կզանգեմ ձեզ մեր հաճախորդի՝ խոշոր բանկի թափուր աշխատատեղի "
                         "վերաբերյալ։", organizer=host, attendees=(host,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Զանգ – Տիգրան (Sevan Soft)", "Պաշտոն: Backend ծրագրավորող։ Ռեզյումեն պատրաստել։",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Sevan Soft"


@pytest.mark.parametrize("title, description, host", [
    ("Տարեկան գնահատում – Լիլիթ", "Հաջորդ տարվա նպատակները և վերապատրաստումները։",
     person("lilit@gyumri-build.example", "Լիլիթ Հակոբյան")),
    ("Հարցազրույց «Առավոտ» թերթին", "Լրագրողը և լուսանկարիչը կգան ժամը 10-ին՝ նոր գործարանի մասին։",
     person("pr@gyumri-build.example", "Հասարակայնության հետ կապեր")),
    ("Հարցազրույց թեկնածուի հետ – Վահե Մ. (պահեստ)", "Հարցազրույցը կանցկացնենք Նարեի հետ միասին։ Գնահատման "
     "թերթիկը թղթապանակում է։", person("hr@gyumri-build.example", "Անձնակազմի բաժին")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
