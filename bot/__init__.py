"""Atento: one package per floor, wired by app.py and run by cli.py (README, "How it works")."""
