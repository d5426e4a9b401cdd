"""An iCalendar file or feed as a calendar source: reading and expanding it (``source``, with the
limits of ``recurrence``) and normalising its events (``events``)."""
from .events import normalise
from .source import (
                     IcsCalendar,
                     IcsConnector,
                     calendar_in,
                     events_in,
                     is_public_host,
                     read_events,
                     read_source,
                     shown_source,
)

__all__ = ["IcsCalendar", "IcsConnector", "calendar_in", "events_in", "is_public_host", "normalise", "read_events",
           "read_source", "shown_source"]
