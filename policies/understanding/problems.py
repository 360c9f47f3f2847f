"""Does a message tell of a problem? (issue 16, P8: "it happened again last night" in a resolved thread)

An `info` that reports trouble with what we provide ("the sync failed again overnight, we re-ran it by
hand") reopens a recently resolved request; news that tells of no trouble ("we moved offices") does not.
It reads the same problem cues as the intent policy, with the fixes beside them ("ya funciona") winning.
"""

from __future__ import annotations

from . import intent_news as news
from . import intent_requests as requests
from .intent_text import prepare

# Beyond the intent's cues: an outcome that came out wrong ("came out empty", "salió corrupto").
_OUTCOME = requests.words(
    r"(?:came|comes|come|went|goes|ran|run|runs) (?:out |through |back )?(?:empty|blank|wrong|incomplete|corrupt\w*|"
    r"garbled|half[- ]done)|corrupt\w*|(?:was|were) (?:\w+ )?down",
    r"(?:salio|salieron|sale|salen|llego|llegaron|vino|vinieron) (?:\w+ )?(?:vaci\w*|corrupt\w*|incomplet\w*|mal)|"
    r"corrupt\w*|(?:estuvo|estuvieron|estaba|estaban) (?:\w+ )?caid\w*",
)


def tells_problem(text: str) -> bool:
    """True when the words report a problem that is not said to be fixed."""
    words, _ = prepare(text or "")
    if not words.strip():
        return False
    if news.FIXED.search(words) or news.FIXED_NOW.search(words):
        return False
    return bool(requests.PROBLEM.search(words) or _OUTCOME.search(words))
