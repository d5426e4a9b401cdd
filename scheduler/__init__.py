"""The time-driven side of Afterview: APScheduler ticks that claim due work from the database."""
