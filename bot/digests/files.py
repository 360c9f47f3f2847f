"""Files the digests send (a record, the weekly chart) and what happens when Slack refuses one."""

from __future__ import annotations

from bot.platform.timers import FireContext
from bot.slack import outbox
from bot.texts import answers
from policies.timers import Done, Outcome

REFUSED = "upload.refused"


def refused(user_id: str, name: str, language: str) -> dict:
    """The payload of an `upload.refused` timer: whom to tell, about which file, in which language."""
    return {"user": user_id, "filename": name, "language": language}


def on_refused(ctx: FireContext) -> Outcome:
    """Slack refused a file for good: tell the person who was to get it, in words (the log has the fix)."""
    payload = ctx.timer.payload
    language = payload.get("language") or "en"
    error = payload.get("error") or "unknown"
    fix = "upload_refused:missing_scope" if error == "missing_scope" else "upload_refused:other"
    outbox.direct_message(
        ctx.session,
        now=ctx.now,
        workspace_id=ctx.timer.workspace_id,
        user_id=payload["user"],
        text=answers.say(
            "upload_refused", language, filename=payload["filename"], error=error, fix=answers.say(fix, language)
        ),
        purpose="hint",
        subject=f"upload-refused:{payload['user']}",
    )
    return Done("told")
