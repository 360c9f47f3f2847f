"""The settings modal: per channel and per workspace."""
