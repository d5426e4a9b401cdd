"""The JSON API behind the local page and the Outlook task pane (contract in DESIGN.md)."""
from __future__ import annotations

from flask import Blueprint, current_app, g, jsonify, request

from notes.errors import InvalidInput
from notes.store.model import User
from notes.usecases import service
from notes.usecases.present import _zone as user_zone, account_json, interview_json, note_json

from . import connect, wiring
from .auth import is_local_owner, login_required

bp = Blueprint("api", __name__, url_prefix="/api")


def _user() -> User:
    return wiring.db().get(User, g.user_id)


def _body() -> dict:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise InvalidInput("send a JSON object")
    return data


@bp.get("/interviews")
@login_required
def list_interviews():
    """The user's interviews, newest first, each with its notes and their findings.

    ``include=possible`` adds the events to correct, ``include=removed`` the interviews retired
    from the calendar (with their withdrawn notes), ``include=all`` the events to correct and the
    other events of the last 30 days with someone from outside (status ``other``); they may be
    combined, comma-separated."""
    include = set(request.args.get("include", "").split(","))
    statuses = (service.LISTED + (service.REVIEWABLE if include & {"possible", "all"} else ())
                + (service.REMOVED if "removed" in include else ()))
    user, now = _user(), wiring.now()
    rows = service.interviews_of(wiring.db(), g.user_id, statuses)
    if "all" in include:
        rows = sorted(rows + service.missed_of(wiring.db(), g.user_id, now),
                      key=lambda i: (i.start_at, i.id), reverse=True)
    return jsonify({"interviews": [interview_json(i, user, now) for i in rows]})


@bp.post("/interviews")
@login_required
def add_interview():
    """Add an interview that is on no calendar (a phone call, a career fair): 201 with it."""
    with wiring.unit_of_work() as session:
        interview = service.add_interview(session, g.user_id, _body(), wiring.now(), wiring.runtime())
    return jsonify(interview_json(interview, _user(), wiring.now())), 201


@bp.post("/thanks")
@login_required
def add_thanks():
    """Thank someone for help with no interview behind it (``kind``: referral, networking, reference
    or other; ``name``, ``email``, ``details``: what they did; ``language`` optional): 201 with the
    note. Its edit, sent, dismiss and restore are those of every note (``/api/notes/<id>/...``)."""
    with wiring.unit_of_work() as session:
        note = service.add_thanks(session, g.user_id, _body(), wiring.now())
    return jsonify({"note": _note(note)}), 201


@bp.get("/thanks")
@login_required
def list_thanks():
    """The user's notes of thanks for help, newest first, with their findings."""
    records = service.help_records_of(wiring.db(), g.user_id)
    return jsonify({"notes": service.thanks_json(records, _user(), wiring.now())})


@bp.get("/interviews/<int:interview_id>")
@login_required
def show_interview(interview_id: int):
    """One interview with its notes."""
    interview = service.interview_of(wiring.db(), g.user_id, interview_id)
    return jsonify(interview_json(interview, _user(), wiring.now()))


@bp.post("/interviews/<int:interview_id>/details")
@login_required
def add_details(interview_id: int):
    """Store what the user remembers and recompose the notes."""
    with wiring.unit_of_work() as session:
        interview = service.add_details(session, g.user_id, interview_id, _body().get("text"), wiring.now())
    return jsonify(interview_json(interview, _user(), wiring.now()))


@bp.post("/interviews/<int:interview_id>/correction")
@login_required
def correct(interview_id: int):
    """Mark an event as an interview or not; the correction survives later syncs, and the next
    events of its series or organizer follow it. Notes of an ended one are proposed at once."""
    with wiring.unit_of_work() as session:
        interview = service.correct_detection(session, g.user_id, interview_id, _body().get("interview"),
                                              wiring.now(), wiring.runtime())
    return jsonify(interview_json(interview, _user(), wiring.now()))


@bp.post("/interviews/<int:interview_id>/referrer")
@login_required
def mark_referrer(interview_id: int):
    """Say who referred the user to this interview (``{"name", "email"}``); the referrer gets a short
    update after it. ``{"referrer": null}`` says nobody did."""
    body = _body()
    data = None if "referrer" in body and body["referrer"] is None else body
    with wiring.unit_of_work() as session:
        interview = service.mark_referrer(session, g.user_id, interview_id, data, wiring.now(), wiring.runtime())
    return jsonify(interview_json(interview, _user(), wiring.now()))


@bp.patch("/notes/<int:note_id>")
@login_required
def edit_note(note_id: int):
    """Replace a note's subject and/or text with the user's own words."""
    with wiring.unit_of_work() as session:
        note = service.edit_note(session, g.user_id, note_id, _body(), wiring.now())
    return jsonify(_note(note))


@bp.post("/notes/<int:note_id>/sent")
@login_required
def mark_sent(note_id: int):
    """The user sent the note; reminders stop."""
    return _note_changed(service.mark_sent, note_id)


@bp.post("/notes/<int:note_id>/dismiss")
@login_required
def dismiss(note_id: int):
    """The user will not send this note."""
    return _note_changed(service.dismiss_note, note_id)


@bp.post("/notes/<int:note_id>/restore")
@login_required
def restore(note_id: int):
    """Undo "dismiss" or "sent": the note is open again with its text and earlier status."""
    return _note_changed(service.restore_note, note_id)


def _note_changed(change, note_id: int):
    """``change`` (a use case taking the session, the user's id, the note's id and now) done in one
    unit of work; the note as the API shows it."""
    with wiring.unit_of_work() as session:
        note = change(session, g.user_id, note_id, wiring.now())
    return jsonify(_note(note))


@bp.get("/notes/<int:note_id>/card")
@login_required
def card_page(note_id: int):
    """The printable handwritten card: an HTML page with print styles."""
    from notes.writing.card import card_html

    draft, company = _card(note_id)
    response = current_app.make_response(card_html(draft, company))
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response


@bp.get("/notes/<int:note_id>/card.pdf")
@login_required
def card_pdf(note_id: int):
    """The same card as a PDF."""
    from notes.writing.card import card_pdf as render

    draft, company = _card(note_id)
    response = current_app.make_response(render(draft, company))
    response.headers["Content-Type"] = "application/pdf"
    response.headers["Content-Disposition"] = f'inline; filename="thank-you-card-{note_id}.pdf"'
    return response


def _card(note_id: int):
    from notes.usecases.proposals import drafts_of

    note = service.note_of(wiring.db(), g.user_id, note_id)
    interview = note.interview
    [draft] = drafts_of(interview, interview.account.user, [note])
    return draft, interview.company or ""


def _note(note) -> dict:
    interview = interview_json(note.interview, _user(), wiring.now())
    return next((n for n in interview["notes"] if n["id"] == note.id), note_json(note, user_zone(_user())))


@bp.get("/accounts")
@login_required
def list_accounts():
    """The user's connected accounts and their status."""
    return jsonify({"accounts": [account_json(a) for a in service.accounts_of(wiring.db(), g.user_id)]})


@bp.delete("/accounts/<int:account_id>")
@login_required
def disconnect(account_id: int):
    """Disconnect an account: stop its watch, revoke its grant, delete it with its tokens."""
    from notes.usecases.watches import disconnect_account

    with wiring.unit_of_work() as session:
        disconnect_account(wiring.runtime(), service.account_of(session, g.user_id, account_id), wiring.now())
    return "", 204


@bp.post("/accounts/<int:account_id>/sync")
@login_required
def sync_now(account_id: int):
    """Make the account's sync due now, and look in its sent folder at once (at most once a
    minute): a note sent from the mailbox shows as sent."""
    with wiring.unit_of_work() as session:
        account = service.request_sync(session, g.user_id, account_id, wiring.now())
    found = service.look_for_sent_notes(wiring.runtime(), g.user_id, wiring.now(), account_id)
    return jsonify({"account": account_json(account), "found_sent": len(found)}), 202


@bp.post("/sent-check")
@login_required
def sent_check():
    """Look in the sent folders of the user's accounts now (each at most once a minute); the
    Outlook pane asks when it opens. ``found_sent`` counts the notes found sent."""
    found = service.look_for_sent_notes(wiring.runtime(), g.user_id, wiring.now())
    return jsonify({"found_sent": len(found)})


@bp.post("/accounts/<int:account_id>/confirm-removal")
@login_required
def confirm_removal(account_id: int):
    """The user confirms that the interviews a calendar stopped showing are gone."""
    with wiring.unit_of_work() as session:
        account = service.confirm_removal(session, g.user_id, account_id, wiring.now())
    return jsonify({"account": account_json(account)})


@bp.post("/connect/<provider>")
@login_required
def connect_account(provider: str):
    """Connect a calendar: an .ics source at once, or a one-time link for Google and Microsoft.
    Files and private addresses are for the local owner only (a loopback server's login token)."""
    local = is_local_owner()
    if provider == "ics":
        account_id, warnings = service.connect_ics(
            wiring.runtime(), g.user_id, _body().get("source"), wiring.now(), allow_files=local, allow_private=local)
        account = service.account_of(wiring.db(), g.user_id, account_id)
        return jsonify({"account": account_json(account), "warnings": warnings}), 201
    url = connect.start_link(provider, g.user_id, request.get_json(silent=True) or {}, local_owner=local)
    return jsonify({"url": url})


@bp.post("/sign-out")
@login_required
def sign_out():
    """End every task-pane token of the user (the caller's included)."""
    with wiring.unit_of_work():
        service.end_pane_sessions(_user())
    return "", 204


@bp.get("/me")
@login_required
def me():
    """The user's profile and preferences."""
    return jsonify(_profile(_user()))


@bp.patch("/me")
@login_required
def update_me():
    """Change the signature lines and preferences."""
    with wiring.unit_of_work() as session:
        user = service.update_profile(session, _user(), _body())
    return jsonify(_profile(user))


def _profile(user: User) -> dict:
    fields = ("email", "name", "phone", "signature", "time_zone", "language", "channel",
              "proposal_delay_minutes", "nudges_enabled", "drafts_enabled", "follow_ups_enabled")
    return {name: getattr(user, name) for name in fields}
