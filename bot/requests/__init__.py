"""Requests: rows and audit log, channels, people, ownership, escalations, retention, shared lookups."""
