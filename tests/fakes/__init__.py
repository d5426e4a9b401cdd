"""Loopback fake servers that follow the documented Google and Microsoft APIs."""
