"""Scale-out: several ``afterview worker`` processes on one PostgreSQL, SIGKILLed while a provider
request is in flight, leave exactly one draft per person met and one "notes ready" mail per
interview, on Google and on Microsoft; the notes of an interview added by hand and of a thanks for
help are written in the same mailbox, exactly once too.

The fakes hold a chosen request (a draft being created, a nudge being sent) until the test has
killed the worker that sent it; the request is then carried out (the mailbox changed, nobody heard)
or dropped. A replacement worker starts each time. The fakes also answer some requests with 429
and 500 (the 500s on reads, which are retried at once; a create refused with a 500 would wait
minutes). Claims last 3 seconds here, so the killed workers' work comes back quickly.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from notes.store.model import Interview, Note, Nudge
from tests.conftest import PG_URL, TEST_KEY, drop_postgres_schema, make_app, postgres_schema_url
from tests.fakes import microsoft_fixtures as ms
from tests.fakes.google_server import FakeGoogle
from tests.fakes.microsoft_server import MicrosoftServer
from tests.integration import google_support as google

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
COMPANIES = ["Acme Robotics", "Globex", "Initech", "Umbrella Labs"]
BY_HAND = "Hooli"  # the company of the interview the user adds by hand
WORKERS = 3
DONE_WITHIN = 90.0


@pytest.fixture
def pg_url():
    if not PG_URL:
        pytest.skip("AFTERVIEW_TEST_DATABASE_URL is not set (PostgreSQL runs in CI)")
    url, schema = postgres_schema_url(PG_URL)
    yield url
    drop_postgres_schema(PG_URL, schema)


class GoogleWorld:
    """The fake Google with the user connected (drafts and nudges on) and ended interviews."""

    draft_path, send_path = r"^/gmail/v1/users/me/drafts$", r"^/gmail/v1/users/me/messages/send$"

    def __init__(self, url: str, tmp_path: Path, monkeypatch):
        self.fake = FakeGoogle().start()
        self.fake.add_user(google.ME, "Alex Rivera")
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", self.fake.ca_path)
        self.ca, self.settings = self.fake.ca_path, self.fake.config()
        self.app = make_app(url, tmp_path / "instance", **self.settings, BASE_URL="https://afterview.test")
        google.connect(self.app.test_client(), self.fake, drafts=True, nudges=True)
        add_by_hand(self.app)
        for index, (start, company) in enumerate(interviews()):
            domain = domain_of(company)
            people = [google.attendee(f"recruiting@{domain}", f"{company} Recruiting", organizer=True),
                      *(google.attendee(address, name) for name, address in people_at(domain)),
                      google.attendee(google.ME, "Alex Rivera", self=True)]
            self.fake.calendar.put_event(google.ME, google.interview_event(
                f"iv{index}", start, start + timedelta(minutes=45), **about(company), attendees=people,
                organizer={"email": f"recruiting@{domain}", "displayName": f"{company} Recruiting"}))
        self.holds = self.fake.holds

    def faults(self) -> None:
        self.fake.fail(self.draft_path, 429, method="POST", retry_after="1")
        self.fake.fail(r"^/gmail/v1/users/me/messages$", 500, times=2, method="GET")
        self.fake.fail(r"^/calendar/v3/calendars/[^/]+/events$", 500, method="GET")

    def drafts(self) -> dict[str, str]:
        """Draft id -> recipient, as the mailbox holds them."""
        return {i: str(m["To"].addresses[0].addr_spec) for i, m in self.fake.gmail.parsed_drafts(google.ME).items()}

    def ready_mails(self) -> list[str]:
        return [str(m["Subject"]) for m in self.fake.gmail.inbox(google.ME) if "ready" in str(m["Subject"])]

    def close(self) -> None:
        self.app.extensions["afterview.engine"].dispose()
        self.fake.stop()


class MicrosoftWorld:
    """The fake Microsoft cloud with the user connected (drafts and nudges on) and ended interviews."""

    draft_path, send_path = r"^/v1.0/me/messages$", r"^/v1.0/me/(messages/[^/]+/send|sendMail)$"

    def __init__(self, url: str, tmp_path: Path, monkeypatch):
        self.server = MicrosoftServer()
        self.user = self.server.cloud.add_user(ms.MAILBOX, "Alex Rivera")
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", self.server.tls.path)
        self.ca, self.settings = self.server.tls.path, ms.ms_config(self.server)
        self.app = make_app(url, tmp_path / "instance", **self.settings)
        ms.connect(self.app.test_client(), self.server, {"drafts": True, "nudges": True})
        add_by_hand(self.app)
        for index, (start, company) in enumerate(interviews()):
            domain = domain_of(company)
            people = [{"type": "required", "status": {"response": "accepted"},
                       "emailAddress": {"name": name, "address": address}} for name, address in people_at(domain)]
            me = {"type": "required", "status": {"response": "none"},
                  "emailAddress": {"name": "Alex Rivera", "address": ms.MAILBOX}}
            self.user.put_event(ms.interview_event(
                f"iv-{index}", start, 45, subject=f"Interview: Data Analyst - {company}",
                bodyPreview=f"Your interview at {company}", attendees=[*people, me],
                body={"contentType": "text", "content": about(company)["description"]},
                organizer={"emailAddress": {"name": f"{company} Recruiting", "address": f"recruiting@{domain}"}}))
        self.holds = self.server.cloud.holds

    def faults(self) -> None:
        self.server.cloud.fail_next("POST", self.draft_path, 429, headers={"Retry-After": "1"})
        self.server.cloud.fail_next("GET", r"^/v1.0/me/mailFolders/[^/]+/messages$", 500, times=2)
        self.server.cloud.fail_next("GET", r"^/v1.0/me/calendarView/delta$", 500)

    def drafts(self) -> dict[str, str]:
        return {m["immutable_id"]: m["toRecipients"][0]["emailAddress"]["address"]
                for m in self.server.cloud.graph.drafts_of(self.user)}

    def ready_mails(self) -> list[str]:
        """What reached the user's mailbox: sent items to themself, and mails sent without a copy."""
        sent = self.server.cloud.graph.sent_items(self.user, ms.MAILBOX) + self.user.sent_mail
        return [m["subject"] for m in sent if "ready" in m["subject"]]

    def close(self) -> None:
        self.app.extensions["afterview.engine"].dispose()
        self.server.close()


def interviews() -> list[tuple[datetime, str]]:
    """Interviews that ended in the last hours, one per company."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    return [(now - timedelta(hours=4) + timedelta(minutes=50 * i), company) for i, company in enumerate(COMPANIES)]


def add_by_hand(app) -> None:
    """An interview on no calendar that ended an hour ago (proposed at once), and a thanks for help."""
    client, end = app.test_client(), datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=1)
    people = [{"name": name, "email": address} for name, address in people_at(domain_of(BY_HAND))]
    added = client.post("/api/interviews", headers=google.AUTH, json={
        "title": f"Interview: Data Analyst - {BY_HAND}", "company": BY_HAND, "role": "Data Analyst",
        "start": (end - timedelta(minutes=45)).isoformat(), "end": end.isoformat(), "people": people})
    assert added.status_code == 201, added.get_json()
    thanked = client.post("/api/thanks", headers=google.AUTH, json={
        "kind": "referral", "name": "Priya Natarajan", "email": "priya.natarajan@globex.com",
        "details": f"referred me for the analyst opening at {BY_HAND}"})
    assert thanked.status_code == 201, thanked.get_json()


def domain_of(company: str) -> str:
    return company.lower().replace(" ", "") + ".com"


def people_at(domain: str) -> list[tuple[str, str]]:
    return [("Dana Whitfield", f"dana.whitfield@{domain}"), ("Omar Haddad", f"omar.haddad@{domain}")]


def about(company: str) -> dict:
    return {"summary": f"Interview: Data Analyst - {company}",
            "description": f"Your interview for the Data Analyst position at {company} "
                           "with Dana Whitfield and Omar Haddad."}


class Workers:
    """``afterview worker`` processes on the test's database, pointed at the fake."""

    def __init__(self, world, url: str, tmp_path: Path):
        self.env = {**os.environ, "AFTERVIEW_DATABASE_URL": url, "AFTERVIEW_TOKEN_KEY": TEST_KEY,
                    "AFTERVIEW_SECRET_KEY": "scale-out-secret-key-of-at-least-32-bytes!",
                    "AFTERVIEW_INSTANCE_PATH": str(tmp_path / "workers"), "AFTERVIEW_TICK_SECONDS": "1",
                    "AFTERVIEW_LEASE_SECONDS": "3", "AFTERVIEW_PROPOSAL_DELAY_MINUTES": "0",
                    "AFTERVIEW_SYNC_CONCURRENCY": "2", "AFTERVIEW_BASE_URL": "http://127.0.0.1:9",
                    "REQUESTS_CA_BUNDLE": world.ca, "PYTHONUNBUFFERED": "1",
                    **{f"AFTERVIEW_{k}": str(v) for k, v in world.settings.items() if k != "BASE_URL"}}
        self.logs = tmp_path / "logs"
        self.logs.mkdir()
        self.running: list[subprocess.Popen] = []
        self.started = self.killed = 0

    def start(self) -> None:
        self.started += 1
        with open(self.logs / f"worker-{self.started}.log", "wb") as log:
            self.running.append(subprocess.Popen([sys.executable, "-m", "addon.cli", "worker"], cwd=ROOT,
                                                 env=self.env, stdout=log, stderr=subprocess.STDOUT))

    def kill_owner(self, client: tuple[str, int]) -> None:
        """SIGKILL the worker whose socket sent the held request; a new one takes its place. (None
        owns it when that worker was killed already, for another request it held at the same time.)"""
        assert socket_owner(client[1], [os.getpid()]) is None, "the test itself sent the held request"
        owner = socket_owner(client[1], [p.pid for p in self.running])
        if owner is None:
            return
        process = next(p for p in self.running if p.pid == owner)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        self.running.remove(process)
        self.killed += 1
        self.start()

    def stop(self) -> None:
        for process in self.running:
            process.terminate()
        for process in self.running:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)

    def tails(self) -> str:
        return "\n".join(f"--- {p.name}\n" + p.read_text(errors="replace")[-3000:] for p in sorted(self.logs.iterdir()))


def socket_owner(port: int, pids: list[int]) -> int | None:
    """The process (among ``pids``) holding the TCP socket whose local port is ``port`` (Linux /proc)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(fields[9])
    for pid in pids:
        try:
            links = {os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
        except (FileNotFoundError, ProcessLookupError):
            continue
        if {f"socket:[{inode}]" for inode in inodes} & links:
            return pid
    return None


def settled(app) -> tuple[list[Note], list[Nudge]] | None:
    """The notes and "ready" nudges once every draft is made and every nudge sent, else ``None``."""
    with app.extensions["afterview.runtime"].session() as session:
        notes = list(session.scalars(select(Note).where(Note.channel == "email")))
        ready = list(session.scalars(select(Nudge).where(Nudge.kind == "ready")))
        proposed = session.scalars(select(Interview.status).where(Interview.status != "help")).all()
    interviews = len(COMPANIES) + 1  # and the one added by hand
    if (len(proposed) == interviews and set(proposed) == {"proposed"} and len(ready) == interviews
            and all(n.draft_id for n in notes) and all(n.status == "sent" for n in ready)):
        return notes, ready
    return None


@pytest.mark.parametrize("provider", ["google", "microsoft"])
def test_killed_workers_leave_one_draft_per_person_and_one_ready_mail_per_interview(
        provider, pg_url, tmp_path, monkeypatch):
    world = (GoogleWorld if provider == "google" else MicrosoftWorld)(pg_url, tmp_path, monkeypatch)
    world.faults()
    holds = [world.holds.add("POST", world.draft_path, skip=1, then="apply"),
             world.holds.add("POST", world.send_path, skip=0, then="apply"),
             world.holds.add("POST", world.draft_path, skip=2, then="drop"),
             world.holds.add("POST", world.send_path, skip=1, then="drop")]
    workers = Workers(world, pg_url, tmp_path)
    try:
        for _ in range(WORKERS):
            workers.start()
        outcome = run_until_settled(world, workers, holds)
        assert outcome is not None, "the work did not finish\n" + workers.tails()
        notes, _ready = outcome
        drafts = world.drafts()
        assert len(notes) == 2 * (len(COMPANIES) + 1) + 1 and workers.killed >= 2  # and the thanks
        assert sorted(drafts) == sorted(n.draft_id for n in notes), "a draft made twice, or lost"
        assert all(drafts[n.draft_id] == n.recipient_email for n in notes)
        assert "priya.natarajan@globex.com" in drafts.values()
        mails, companies = world.ready_mails(), [*COMPANIES, BY_HAND]
        assert len(mails) == len(companies), f"{len(mails)} ready mails for {len(companies)} interviews: {mails}"
        assert all(sum(company in subject for subject in mails) == 1 for company in companies), mails
    finally:
        workers.stop()
        world.close()


def run_until_settled(world, workers: Workers, holds) -> tuple | None:
    """Kill each held request's worker as it arrives, let the request go on, and wait until the
    work is done (bounded)."""
    deadline, pending = time.monotonic() + DONE_WITHIN, list(holds)
    while time.monotonic() < deadline:
        for hold in [h for h in pending if h.arrived.is_set()]:
            workers.kill_owner(hold.client)
            hold.release()
            pending.remove(hold)
        if not pending:
            outcome = settled(world.app)
            if outcome is not None:
                return outcome
        time.sleep(0.2)
    return None
