"""The platform every domain stands on: clock, settings, database, models, timers, sweep, metrics."""
