"""Availability (P5): what customers and staff say about being away, hints, follow-ups."""
