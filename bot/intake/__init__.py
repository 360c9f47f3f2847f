"""Intake: every message lands in one request, then each domain hears it."""
