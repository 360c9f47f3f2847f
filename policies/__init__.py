"""Pure decisions: functions of facts and `now`; no Slack, no SQLAlchemy, no clock."""
