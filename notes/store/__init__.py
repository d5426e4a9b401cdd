"""The store: the tables (``model``), engines, sessions, migrations and claims of due work
(``database``, with Alembic's ``migrations/``, and ``unit_of_work``, which commits one piece of work or
rolls it back), and the cipher of provider tokens at rest (``crypto``)."""
