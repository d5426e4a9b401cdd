"""Optional drafting by a language model (any OpenAI-compatible server), guarded by the checks.

The composer always writes first: its note is proposed on time. When a model is configured, the
model is asked for each email note (one request per note, the facts of that note only:
``prompt``); its text goes through every etiquette check and is used only when it is no worse
than the composer's, after at most one retry with the findings (``model_notes``). Proposals mark
their notes as due for the model (``Note.rewrite_due_at``); a tick claims them, calls the model
outside any transaction with a concurrency cap, and replaces a note only if the user has not
touched it and nothing it was written from has changed since (``notes.usecases.rewrites``).

Like ``writing`` and ``etiquette``, this package never touches the store.
"""
