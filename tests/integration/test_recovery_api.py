"""Every miss is recoverable, through the HTTP API: the events not taken for interviews are listed
with ``include=all``; a correction makes one an interview with its notes at once, and the next
events of its series or organizer follow (both ways, with the reason said); an interview on no
calendar can be added by hand."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from scheduler.ticks import run_round
from tests.calendars import calendar, interview, vevent
from tests.conftest import clocked_app

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
JORDAN = ("Jordan Lee", "jordan.lee@contoso.com")
SAM = ("Sam Ortiz", "sam.ortiz@northwind.com")
KIM = ("Kim Park", "kim.park@gmail.com")  # consumer mail: someone from outside all the same


def walkthroughs(count: int = 3) -> list[str]:
    """A weekly series with Jordan from Contoso: Feb 23, Mar 2 (ended an hour ago), Mar 9, ..."""
    first = datetime(2026, 2, 23, 10, 0, tzinfo=UTC)
    return vevent("walk", "Product walkthrough", first, first + timedelta(hours=1), people=[JORDAN],
                  organizer=JORDAN, extra=[f"RRULE:FREQ=WEEKLY;COUNT={count}"])


def sam_event(uid: str, title: str, start: datetime) -> list[str]:
    return vevent(uid, title, start, start + timedelta(minutes=45), people=[SAM], organizer=SAM)


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=UTC)


BASE_EVENTS = [
    walkthroughs(),
    sam_event("sam-1", "Catch-up", at(1, 9)),
    sam_event("sam-2", "Platform team", at(5, 9)),
    vevent("lunch", "Lunch", at(2, 8), at(2, 9), people=[KIM], organizer=KIM),
    vevent("dentist", "Dentist", at(1, 16), at(1, 17)),  # nobody from outside
    vevent("gone", "Old chat", NOW - timedelta(days=40), NOW - timedelta(days=40, hours=-1), people=[SAM]),
]


@pytest.fixture
def app(database_url, tmp_path, clock):
    """The service on SQLite and, when configured, PostgreSQL (the purge and the rules are queries)."""
    with clocked_app(tmp_path, clock, database_url) as app:
        yield app


@pytest.fixture
def cal(client, auth, tmp_path):
    path = tmp_path / "cal.ics"

    def write(*events):
        path.write_bytes(calendar(*events))

    write(*BASE_EVENTS)
    answer = client.post("/api/connect/ics", json={"source": str(path)}, headers=auth)
    assert answer.status_code == 201, answer.json
    write.path = path
    return write


def everything(client, auth) -> list[dict]:
    answer = client.get("/api/interviews?include=all", headers=auth)
    assert answer.status_code == 200
    return answer.json["interviews"]


def by_title(items: list[dict], title: str, day: int | None = None) -> dict:
    found = [i for i in items if i["title"] == title
             and (day is None or datetime.fromisoformat(i["start"]).astimezone(UTC).day == day)]
    assert len(found) == 1, [(i["title"], i["start"], i["status"]) for i in items]
    return found[0]


def correct(client, auth, item: dict, is_interview: bool) -> dict:
    answer = client.post(f"/api/interviews/{item['id']}/correction", json={"interview": is_interview}, headers=auth)
    assert answer.status_code == 200, answer.json
    return answer.json


def sync_again(runtime, clock, minutes: int = 6) -> None:
    clock.advance(minutes=minutes)
    run_round(runtime, clock())


def test_include_all_lists_the_missed_events_with_status_other_and_an_id(client, auth, cal):
    items = everything(client, auth)
    other = {(i["title"], datetime.fromisoformat(i["start"]).astimezone(UTC).day): i
             for i in items if i["status"] == "other"}
    # started in the last 30 days, with someone from outside (Kim at gmail.com too); not the future
    # occurrence, not the dentist, not the event of 40 days ago
    assert set(other) == {("Product walkthrough", 23), ("Product walkthrough", 2), ("Catch-up", 1), ("Lunch", 2)}
    for item in other.values():
        assert isinstance(item["id"], int) and item["interview"] is False and item["notes"] == []
    assert [p["email"] for p in other[("Lunch", 2)]["interviewers"]] == [KIM[1]]
    assert [i["status"] for i in client.get("/api/interviews", headers=auth).json["interviews"]] == []
    shown = client.get(f"/api/interviews/{other[('Catch-up', 1)]['id']}", headers=auth).json
    assert shown["status"] == "other" and shown["company"] == "Northwind"


def test_a_correction_makes_a_missed_event_an_interview_with_its_notes_at_once(client, auth, cal):
    catch_up = by_title(everything(client, auth), "Catch-up")
    made = correct(client, auth, catch_up, True)
    assert made["status"] == "proposed" and made["interview"] is True
    assert [n["to"]["email"] for n in made["notes"]] == [SAM[1]]
    assert made["notes"][0]["status"] == "proposed" and "Northwind" in made["notes"][0]["body_text"]
    assert made["reasons"][0] == "you said this was an interview"
    listed = client.get("/api/interviews", headers=auth).json["interviews"]
    assert catch_up["id"] in [i["id"] for i in listed]


def test_an_event_that_ended_within_the_delay_waits_for_it(client, auth, runtime, clock, cal):
    clock.now = at(2, 11) + timedelta(minutes=5)  # the walkthrough ended five minutes ago
    item = by_title(everything(client, auth), "Product walkthrough", day=2)
    made = correct(client, auth, item, True)
    assert made["status"] == "upcoming" and made["notes"] == []
    sync_again(runtime, clock)
    assert client.get(f"/api/interviews/{item['id']}", headers=auth).json["status"] == "proposed"


def test_the_next_event_of_the_series_follows_and_taking_it_back_undoes_it(client, auth, runtime, clock, cal):
    today = by_title(everything(client, auth), "Product walkthrough", day=2)
    correct(client, auth, today, True)
    items = everything(client, auth)
    nine = by_title(items, "Product walkthrough", day=9)
    assert nine["status"] == "upcoming" and nine["interview"] is True
    assert nine["reasons"][0] == "you said “Product walkthrough” of this series was an interview"
    assert by_title(items, "Product walkthrough", day=23)["status"] == "other"  # an earlier one stays

    cal(walkthroughs(count=4), *BASE_EVENTS[1:])  # a fourth walkthrough appears on the calendar
    sync_again(runtime, clock)
    sixteen = by_title(everything(client, auth), "Product walkthrough", day=16)
    assert sixteen["status"] == "upcoming" and sixteen["reasons"][0].startswith("you said")

    correct(client, auth, today, False)  # taken back: the followers follow again
    items = everything(client, auth)
    assert {by_title(items, "Product walkthrough", day=d)["status"] for d in (9, 16)} == {"not_interview"}
    assert by_title(items, "Product walkthrough", day=9)["reasons"][0] == (
        "you said “Product walkthrough” of this series was not an interview")
    correct(client, auth, by_title(items, "Product walkthrough", day=16), True)  # its own word wins
    assert by_title(everything(client, auth), "Product walkthrough", day=16)["status"] == "upcoming"


def test_the_next_event_from_the_same_organizer_follows(client, auth, runtime, clock, cal):
    correct(client, auth, by_title(everything(client, auth), "Catch-up"), True)
    platform = by_title(everything(client, auth), "Platform team")
    assert platform["status"] == "upcoming"
    assert platform["reasons"][0] == f"you said “Catch-up” from {SAM[1]} was an interview"
    cal(*BASE_EVENTS, sam_event("sam-3", "Roadmap", at(12, 9)))
    sync_again(runtime, clock)
    roadmap = by_title(everything(client, auth), "Roadmap")
    assert roadmap["status"] == "upcoming"
    clock.now = at(12, 10)
    run_round(runtime, clock())
    roadmap = client.get(f"/api/interviews/{roadmap['id']}", headers=auth).json
    assert roadmap["status"] == "proposed" and [n["to"]["email"] for n in roadmap["notes"]] == [SAM[1]]


def test_a_correction_to_false_never_hides_the_next_interview_from_that_organizer(
        client, auth, runtime, clock, cal):
    """A "not an interview" said of one event from a recruiting mailbox speaks for that event's series
    only: the same recruiter's next interview is still found."""
    first, later = at(2, 9), at(10, 9)
    cal(*BASE_EVENTS, interview("acme-1", first, first + timedelta(hours=1)))
    sync_again(runtime, clock)
    acme = by_title(everything(client, auth), "Interview: Data Analyst - Acme Robotics")
    assert acme["status"] == "proposed"
    correct(client, auth, acme, False)
    cal(*BASE_EVENTS, interview("acme-1", first, first + timedelta(hours=1)),
        interview("acme-2", later, later + timedelta(hours=1)))
    sync_again(runtime, clock)
    items = everything(client, auth)
    assert [i for i in items if i["uid"] == "acme-1"][0]["status"] == "not_interview"
    second = [i for i in items if i["uid"] == "acme-2"][0]
    assert second["interview"] is True and second["status"] == "upcoming"
    assert not any(reason.startswith("you said") for reason in second["reasons"])


def test_missed_events_are_forgotten_after_thirty_days_or_when_deleted(client, auth, runtime, clock, cal):
    lunch = by_title(everything(client, auth), "Lunch")
    cal(*[e for e in BASE_EVENTS if "UID:lunch" not in e])
    sync_again(runtime, clock)
    assert client.get(f"/api/interviews/{lunch['id']}", headers=auth).status_code == 404
    catch_up = by_title(everything(client, auth), "Catch-up")
    clock.now = at(1, 9) + timedelta(days=30, hours=1)
    run_round(runtime, clock())
    assert client.get(f"/api/interviews/{catch_up['id']}", headers=auth).status_code == 404


# --------------------------------------------------------------------------- adding by hand

CALL = {"title": "Phone screen", "company": "Initech", "role": "Data Analyst",
        "start": "2026-03-02T15:00:00+01:00", "end": "2026-03-02T15:30:00+01:00",
        "people": [{"name": "Peter Gibbons", "email": "Peter.Gibbons@initech.com"}]}


def test_an_interview_on_no_calendar_is_added_and_its_notes_come_after_the_delay(client, auth, runtime, clock):
    answer = client.post("/api/interviews", json=CALL, headers=auth)
    assert answer.status_code == 201, answer.json
    added = answer.json
    assert (added["status"], added["interview"], added["company"], added["role"]) == (
        "upcoming", True, "Initech", "Data Analyst")
    assert datetime.fromisoformat(added["end"]) == datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
    assert added["interviewers"] == [{"name": "Peter Gibbons", "email": "peter.gibbons@initech.com"}]
    assert client.get("/api/accounts", headers=auth).json["accounts"] == []  # the user has no calendar
    clock.now = datetime(2026, 3, 2, 14, 39, tzinfo=UTC)
    run_round(runtime, clock())
    assert client.get(f"/api/interviews/{added['id']}", headers=auth).json["notes"] == []
    clock.now = datetime(2026, 3, 2, 14, 40, tzinfo=UTC)  # the end plus ten minutes
    run_round(runtime, clock())
    shown = client.get(f"/api/interviews/{added['id']}", headers=auth).json
    assert shown["status"] == "proposed"
    [note] = shown["notes"]
    assert note["to"]["email"] == "peter.gibbons@initech.com" and "Initech" in note["body_text"]


def test_an_added_interview_that_ended_gets_its_notes_at_once(client, auth):
    ended = {**CALL, "start": "2026-03-02T08:00:00-02:00", "end": "2026-03-02T09:00:00-02:00",
             "details": "Peter: the TPS report story"}
    answer = client.post("/api/interviews", json=ended, headers=auth)
    assert answer.status_code == 201
    assert answer.json["status"] == "proposed" and len(answer.json["notes"]) == 1
    assert "TPS report" in answer.json["notes"][0]["body_text"]


@pytest.mark.parametrize("change, message", [
    ({"start": None}, "start: a time is needed"),
    ({"start": "2026-03-02T15:00:00"}, "start: the time needs an offset"),
    ({"end": "next tuesday"}, "end: 'next tuesday' is not an ISO 8601 time"),
    ({"end": "2026-03-02T14:00:00+01:00"}, "end: the interview must end after it starts"),
    ({"people": []}, "people: name at least one person"),
    ({"people": [{"name": "Peter Gibbons"}]}, "people[1]: an email address for Peter Gibbons is needed"),
    ({"people": [{"name": "", "email": "peter@"}]}, "people[1]: 'peter@' is not an email address"),
    ({"people": [{"email": "alex.rivera.jobs@gmail.com"}]}, "people[1]: that is your own address"),
    ({"title": None, "company": None}, "title: give the interview a title or name the company"),
    ({"company": 42}, "company: text, please"),
    ({"stage": "final"}, "unknown field 'stage'"),
    ({"mode": "carrier pigeon"}, "mode: one of video, phone, onsite"),
])
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_added(client, auth, change, message):
    body = {key: value for key, value in {**CALL, **change}.items() if value is not None}
    answer = client.post("/api/interviews", json=body, headers=auth)
    assert answer.status_code == 400
    assert answer.json["error"].startswith(message), answer.json["error"]
    assert client.get("/api/interviews?include=all", headers=auth).json["interviews"] == []


def test_a_body_that_is_not_an_object_and_a_missing_token_are_refused(client, auth):
    assert client.post("/api/interviews", data="[]", content_type="application/json", headers=auth).status_code == 400
    assert client.post("/api/interviews", json=CALL).status_code == 401


def test_events_with_colleagues_only_are_not_kept(tmp_path, clock):
    """For a user at Initech, a meeting with Initech colleagues is not someone from outside."""
    with clocked_app(tmp_path, clock, ME="alex@initech.com") as app:
        client, auth = app.test_client(), {"Authorization": "Bearer test-token"}
        bill, dana = ("Bill Lumbergh", "bill.lumbergh@initech.com"), ("Dana Whitfield", "dana@contoso.com")
        path = tmp_path / "work.ics"
        path.write_bytes(calendar(vevent("tps", "TPS reports", at(2, 8), at(2, 9), people=[bill], organizer=bill),
                                  vevent("dana", "Catch-up", at(2, 9), at(2, 10), people=[bill, dana], organizer=bill))
                         .replace(b"alex.rivera.jobs@gmail.com", b"alex@initech.com"))
        assert client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).status_code == 201
        [kept] = client.get("/api/interviews?include=all", headers=auth).json["interviews"]
        assert kept["title"] == "Catch-up" and kept["interviewers"] == [{"name": "Dana Whitfield", "email": dana[1]}]


def test_a_correction_plans_the_notes_with_the_servers_proposal_delay(tmp_path, clock):
    """AFTERVIEW_PROPOSAL_DELAY_MINUTES is 30 here: an event that ended 15 minutes ago waits."""
    with clocked_app(tmp_path, clock, PROPOSAL_DELAY_MINUTES=30) as app:
        client, auth = app.test_client(), {"Authorization": "Bearer test-token"}
        path = tmp_path / "cal.ics"
        path.write_bytes(calendar(sam_event("sam-1", "Catch-up", NOW - timedelta(minutes=60))))
        assert client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).status_code == 201
        made = correct(client, auth, by_title(everything(client, auth), "Catch-up"), True)
        assert made["status"] == "upcoming"
        assert datetime.fromisoformat(made["propose_at"]) == NOW - timedelta(minutes=15) + timedelta(minutes=30)
        added = client.post("/api/interviews", json={**CALL, "start": "2026-03-02T11:00:00+00:00",
                                                      "end": "2026-03-02T11:45:00+00:00"}, headers=auth).json
        assert added["status"] == "upcoming"
        assert datetime.fromisoformat(added["propose_at"]) == datetime(2026, 3, 2, 12, 15, tzinfo=UTC)
