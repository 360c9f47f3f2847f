"""Slack adapters: the outgoing port and its outbox, the HTTP edge, the inbox, installations."""
