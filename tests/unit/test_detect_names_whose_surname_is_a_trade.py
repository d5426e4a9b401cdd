"""A person's name whose surname is also a job's word ("Ben Butler", "Ada Farmer") is a person when the text names
them as one: after "with", as someone's name on the invitation, or after the first name of someone invited. Such a
title part is neither the role nor the company."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

_FRIEND = person("rua.tane@gmail.com", "Rua Tane")
_FIRM = person("priya.nair@fabrikam.com", "Priya Nair")
_NAMES = ("Ben Butler", "Ada Farmer", "Kit Porter", "Nell Gardener")


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize("title", ["Interview: {}", "{} interview", "Interview ({})"])
def test_a_name_the_description_writes_after_with_is_neither_company_nor_role(title, name):
    found = detect(event(title.format(name), f"Interview with {name}", organizer=_FRIEND, attendees=(_FRIEND,)),
                   [ME])
    assert found.interview
    assert found.company is None and found.role is None


@pytest.mark.parametrize("name", _NAMES)
def test_a_name_after_with_is_no_role_beside_the_organisations_domain(name):
    found = detect(event(f"Interview: {name}", f"Interview with {name}", organizer=_FIRM, attendees=(_FIRM,)), [ME])
    assert found.interview and found.company == "Fabrikam" and found.role is None


def test_a_name_after_with_whose_surname_is_no_trade_is_no_company_either():
    found = detect(event("Interview: Rhys Whitlock", "Interview with Rhys Whitlock", organizer=_FRIEND,
                         attendees=(_FRIEND,)), [ME])
    assert found.interview and found.company is None


@pytest.mark.parametrize("name", ["Nell Gardener", "Rhys Whitlock"])
def test_the_surname_after_an_invited_first_name_is_no_company(name):
    first = person("someone@gmail.com", name.split()[0])
    found = detect(event(f"Interview: {name}", organizer=_FRIEND, attendees=(_FRIEND, first)), [ME])
    assert found.interview and found.company is None and found.role is None


def test_an_invited_persons_name_is_neither_company_nor_role():
    ben = person("b.butler@gmail.com", "Ben Butler")
    found = detect(event("Ben Butler interview", organizer=_FRIEND, attendees=(_FRIEND, ben)), [ME])
    assert found.interview and found.company is None and found.role is None
