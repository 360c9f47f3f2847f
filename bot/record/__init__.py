"""A customer's record and the figures of a period (issue 19).

Entry points (for `atento export`, `/atento record` and the digests):
- `build_record(sessions, workspace_id, channel_id=|org=, since, until, fmt, now)`
  -> `RecordFile(filename, content, summary)`
- `weekly_figures(session, workspace_id, channels, since, until, now, tz) -> WeeklyFigures`
- `figures_text(report, tz, language) -> str` and `chart_png(days, language) -> bytes`
- `resolved_between(session, workspace_id, channels, since, until) -> tuple[RequestFacts, ...]` (daily digest)
"""

from bot.record.chart import chart_png
from bot.record.export import Record, RecordFile, build_record, load_record
from bot.record.query import RecordError
from bot.record.texts import figures_text
from bot.record.weekly import WeeklyFigures, resolved_between, weekly_figures

__all__ = [
    "Record",
    "RecordError",
    "RecordFile",
    "WeeklyFigures",
    "build_record",
    "chart_png",
    "figures_text",
    "load_record",
    "resolved_between",
    "weekly_figures",
]
