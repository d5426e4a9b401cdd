"""The lifecycle of notes and interviews: its rules on plain rows, and that no other module
changes a note's or an interview's status."""
from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from notes import lifecycle
from notes.errors import Conflict
from notes.statuses import OPEN_NOTE, InterviewStatus, NoteStatus, RemovedReason
from notes.store.model import Interview, Note

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
END = NOW - timedelta(hours=1)


def note(status=NoteStatus.PROPOSED, **fields) -> Note:
    return Note(recipient_email="dana@acme.example", channel="email", subject="Thank you", body_text="Dear Dana",
                body_html="<p>Dear Dana</p>", status=status, flags=["needs-detail"], **fields)


def proposed_interview(*notes: Note) -> Interview:
    return Interview(provider_event_id="iv-1", start_at=END - timedelta(hours=1), end_at=END,
                     status=InterviewStatus.PROPOSED, proposed_at=END + timedelta(minutes=10), notes=list(notes))


def test_statuses_are_their_strings():
    assert NoteStatus.SENT == "sent" and f"{NoteStatus.SENT}" == "sent"
    assert "edited" in OPEN_NOTE and {"proposed": 1}[NoteStatus.PROPOSED] == 1


def test_an_edited_note_dismissed_then_restored_is_edited_with_its_text():
    row = lifecycle.edit(note(), NOW, body_text="My own words", body_html="<p>My own words</p>")
    assert row.status == "edited" and row.flags == []
    lifecycle.dismiss(row, NOW)
    assert row.status == "dismissed" and row.closed_at == NOW
    lifecycle.restore(row, NOW + timedelta(minutes=1))
    assert (row.status, row.body_text, row.closed_at) == ("edited", "My own words", None)


def test_undoing_sent_reopens_the_note_and_the_sent_check_counts_from_the_undo():
    row = lifecycle.found_sent(note(), NOW)
    assert row.status == "sent" and row.sent_at == NOW
    lifecycle.restore(row, NOW + timedelta(minutes=5))
    assert (row.status, row.sent_at, row.sent_check_after) == ("proposed", None, NOW + timedelta(minutes=5))


def test_closed_notes_refuse_what_does_not_fit():
    with pytest.raises(Conflict):
        lifecycle.edit(lifecycle.mark_sent(note(), NOW), NOW, subject="x")
    with pytest.raises(Conflict):
        lifecycle.dismiss(lifecycle.mark_sent(note(), NOW), NOW)
    withdrawn = note(NoteStatus.WITHDRAWN)
    with pytest.raises(Conflict):
        lifecycle.mark_sent(withdrawn, NOW)
    with pytest.raises(Conflict):
        lifecycle.restore(withdrawn, NOW)


def test_retiring_withdraws_open_notes_only_and_restoring_brings_edited_ones_back_as_they_were():
    edited = lifecycle.edit(note(), NOW, body_text="Mine", body_html="<p>Mine</p>")
    sent = lifecycle.mark_sent(note(), NOW)
    untouched = note()
    row = proposed_interview(edited, sent, untouched)
    assert lifecycle.retire(row, NOW, RemovedReason.DELETED)
    assert (row.status, row.removed_reason) == ("cancelled", "deleted")
    assert [n.status for n in row.notes] == ["withdrawn", "sent", "withdrawn"]
    assert not lifecycle.retire(row, NOW, RemovedReason.DELETED)  # once
    assert not lifecycle.may_rewrite(edited) and lifecycle.may_rewrite(untouched)
    lifecycle.restore_interview(row, NOW, propose_at=NOW)
    assert (row.status, row.removed_reason) == ("proposed", None)
    for each in row.notes:
        lifecycle.bring_back(each)
    assert [n.status for n in row.notes] == ["edited", "sent", "proposed"]
    assert edited.body_text == "Mine"


def test_an_interview_never_proposed_is_planned_again_when_restored():
    row = Interview(provider_event_id="iv-2", start_at=NOW, end_at=NOW + timedelta(hours=1),
                    status=InterviewStatus.POSSIBLE, notes=[])
    lifecycle.restore_interview(row, NOW, propose_at=NOW + timedelta(hours=1, minutes=10))
    assert (row.status, row.propose_at) == ("upcoming", NOW + timedelta(hours=1, minutes=10))


# --------------------------------------------------------------------------- one place for transitions

ALLOWED_OWNERS = ("account", "nudge", "self")  # other rows' states, and exceptions' HTTP status
MODELS = {"Note", "Interview"}


def status_writes(path: Path) -> list[str]:
    """Where ``path`` assigns a ``status`` other than an account's or a nudge's, or builds or
    updates a Note or Interview with one."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else [])
        for target in (e for t in targets for e in (t.elts if isinstance(t, ast.Tuple) else [t])):
            if isinstance(target, ast.Attribute) and target.attr == "status":
                owner = ast.unparse(target.value).rsplit(".", 1)[-1].lower()
                if not owner.endswith(ALLOWED_OWNERS):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(target)} =")
        if isinstance(node, ast.Call):
            called = ast.unparse(node.func)
            keywords = {k.arg for k in node.keywords}
            if (called in MODELS or any(f"update({m})" in called for m in MODELS)) and "status" in keywords:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {called}(status=...)")
            if called == "setattr" and len(node.args) > 1 and ast.unparse(node.args[1]) in ("'status'", '"status"'):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} setattr status")
    return found


def test_only_the_lifecycle_changes_a_notes_or_an_interviews_status():
    modules = [p for folder in ("notes", "addon", "scheduler") for p in (ROOT / folder).rglob("*.py")]
    assert len(modules) > 50
    assert status_writes(ROOT / "notes" / "lifecycle.py")  # the scanner sees assignments where they are
    offenders = [w for path in modules if path != ROOT / "notes" / "lifecycle.py" for w in status_writes(path)]
    assert offenders == []
