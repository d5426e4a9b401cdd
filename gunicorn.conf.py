"""Gunicorn settings for Afterview's web tier (``gunicorn "addon:create_app()"`` reads this file
from the working directory; command-line flags override it).

The handlers are CPU-bound Python: one worker process per core, each with two threads so that
one request's database or network wait does not idle the core. More processes than cores only
added context switches and tail latency in ``bench/sidebar.py`` (p99 at 50 connections on two
cores: 24–41 ms with two workers, 31–78 ms with three or four).
"""
import os

workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 1))
worker_class = "gthread"
threads = 2
keepalive = 30  # Google's and Microsoft's front ends reuse connections
