"""``AFTERVIEW_DATABASE_URL=postgresql://...`` works as written: SQLAlchemy's default driver for it is
psycopg 3, which Afterview installs; ``postgresql+psycopg2://`` URLs keep working."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import make_url

from scheduler.ticks import TICKS, TickLog, run_round
from tests.calendars import calendar, interview
from tests.conftest import PG_URL, drop_postgres_schema, make_app, postgres_schema_url

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("scheme, driver", [("postgresql", "psycopg"), ("postgresql+psycopg2", "psycopg2")])
def test_a_postgresql_url_serves_and_works_with_its_driver(scheme, driver, tmp_path, clock):
    if not PG_URL:
        pytest.skip("AFTERVIEW_TEST_DATABASE_URL is not set (PostgreSQL runs in CI)")
    base = make_url(PG_URL).set(drivername=scheme).render_as_string(hide_password=False)
    url, schema = postgres_schema_url(base)
    try:
        app = make_app(url, tmp_path / "instance")
        app.extensions["afterview.clock"] = clock
        engine = app.extensions["afterview.engine"]
        assert engine.dialect.driver == driver
        client, auth = app.test_client(), {"Authorization": "Bearer test-token"}
        path, end = tmp_path / "cal.ics", clock() + timedelta(hours=1)
        path.write_bytes(calendar(interview("iv-1", clock(), end)))
        made = client.post("/api/connect/ics", json={"source": str(path)}, headers=auth)
        assert made.status_code == 201, made.get_json()
        record = TickLog()
        run_round(app.extensions["afterview.runtime"], end + timedelta(minutes=11), record)
        assert record.failures == {} and set(record.runs) == set(TICKS)
        [listed] = client.get("/api/interviews", headers=auth).get_json()["interviews"]
        assert listed["status"] == "proposed" and listed["notes"]
        engine.dispose()
    finally:
        drop_postgres_schema(PG_URL, schema)
