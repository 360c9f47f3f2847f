"""Promises (P4): tracked commitments, their reminders and their deadline checks."""
