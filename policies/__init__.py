"""Pure decisions: functions of facts and `now`. Nothing here imports Slack, SQLAlchemy or a clock."""
