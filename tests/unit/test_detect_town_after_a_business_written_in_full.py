"""A title naming a business by its first word and the town of its site ("Marshgate Halifax – site tour") where the
location writes the business in full and the town apart ("Marshgate Haulage, Unit 9 Mill Lane, Halifax") names the
business as the location writes it."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_town_a_title_adds_gives_way_to_the_business_in_full():
    ana = person("ana.price@mrshgt.co.uk", "Ana Price")
    tom = person("tom.reid@mrshgt.co.uk", "Tom Reid")
    found = detect(event("Marshgate Halifax – site tour + meet Tom", "Tom Reid (Depot Director) will walk you round "
                         "the yard then sit down with you and Ana - second stage for the Transport Planner role.",
                         location="Marshgate Haulage, Unit 9 Mill Lane, Halifax HX1 2AB", organizer=ana,
                         attendees=(ana, tom)), [ME])
    assert found.interview and found.company == "Marshgate Haulage"
