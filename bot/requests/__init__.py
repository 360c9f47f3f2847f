"""Requests: intake's rows, channels, people, ownership (claim, release, hand off, resolve), escalations."""
