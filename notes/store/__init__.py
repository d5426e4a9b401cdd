"""The store: the tables (``model``), engines, sessions, migrations and claims of due work
(``database``, with Alembic's ``migrations/``), and the cipher of provider tokens at rest (``crypto``)."""
