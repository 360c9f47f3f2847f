"""Digests for leads: when they are due, what they hold, and their Block Kit."""
