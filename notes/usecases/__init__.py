"""The use cases that ``addon/`` and ``scheduler/`` call: the service facade (``service``), accounts
and users, syncing, proposals, drafts and the sent-check (``mailwork``), nudges, watches, retiring
interviews, holding back the removals of a calendar that suddenly shows none (``vanishing``), the
JSON shapes (``present``) and the calendar-file preview (``preview``)."""
