"""A Slack message as the words its author wrote, for `intent_of` (issue 16).

Code blocks, inline code, links, mentions, channel names and quoted lines are content, not words to
classify; acknowledgement emoji are noted, other emoji dropped; the rest is folded (lower case, no accents)
and cut into clauses.
"""

from __future__ import annotations

import re

from .text import fold

_FENCE = re.compile(r"```.*?(?:```|$)", re.S)
_INLINE = re.compile(r"`[^`\n]+`")
_LINK_LABEL = re.compile(r"<(?:https?|mailto):[^|>]*\|([^>]*)>")
_LINK = re.compile(r"<(?:https?|mailto):[^>]*>|https?://\S+")
_ENTITY = re.compile(r"<[@#!][^>]*>")
_QUOTE = re.compile(r"^[ \t]*(?:>|&gt;).*$", re.M)
_SHORTCODE = re.compile(r":([a-z+_\-][a-z0-9_+\-']*):(?::skin-tone-\d:)?", re.I)
_ACK_SHORTCODES = {
    "+1", "thumbsup", "thumbs_up", "pray", "raised_hands", "ok_hand", "clap", "handshake",
    "white_check_mark", "heavy_check_mark", "ballot_box_with_check", "100", "heart",
    "saluting_face", "heart_hands", "ok", "thank_you", "thanks", "gracias",
}  # fmt: skip
_ACK_EMOJI = "👍🙏👌🙌👏🤝✅✔☑💯❤🫶🫡🆗"
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2190-\u21ff\u2300-\u23ff\u3030\u303d\u3297\u3299]"
)
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]+")

CODE = " zcodez "  # what a pasted code span becomes: content, not words


def prepare(text: str) -> tuple[str, bool]:
    """The words a person wrote, folded, and whether they acknowledged with an emoji.

    Code blocks, inline code, links, mentions, channel names and quoted lines are not their words.
    """
    text = _FENCE.sub(CODE, text)
    text = _QUOTE.sub(" ", text)
    text = _INLINE.sub(CODE, text)
    text = _LINK_LABEL.sub(r" \1 ", text)
    text = _LINK.sub(" ", text)
    text = _ENTITY.sub(" ", text)
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    acknowledged = False

    def shortcode(match: re.Match) -> str:
        nonlocal acknowledged
        if match.group(1).lower() in _ACK_SHORTCODES:
            acknowledged = True
        return " "

    text = _SHORTCODE.sub(shortcode, text)
    if any(ch in text for ch in _ACK_EMOJI):
        acknowledged = True
    text = _SPACES.sub(" ", _EMOJI.sub(" ", text))
    return fold(text), acknowledged


_SPLIT = re.compile(
    r"(\?+|[.!;\n]+(?!\w)|\.{2,}|,(?!\d)|\s[-]+\s|(?<!\bre):\s|"
    r"(?<![\w'])(?:but|pero|however|though|although|aunque|sin embargo|and now|y ahora|also|ademas|tambien|"
    r"btw|by the way|por cierto|otra cosa|another thing|and also|plus)(?![\w']))"
)


def clauses(words: str) -> list[str]:
    """Clauses of a message; a clause keeps its question mark."""
    out: list[str] = []
    current = ""
    for i, part in enumerate(_SPLIT.split(words)):
        if i % 2 == 0:
            current += part
            continue
        if "?" in part:
            current += "?"
        elif part.startswith(":"):
            current += ":"  # a label ("update:", "fyi:") stays with its word
        if current.strip():
            out.append(current)
        current = ""
    if current.strip():
        out.append(current)
    return out


_FILLER = frozenset(
    re.findall(
        r"\S+",
        """a an the to of on in at for with and or so but it this that these those is are was be been i we you u me us
    my our your its it's el la los las lo un una unos unas de del al y o que en por para con mi mis su sus nuestro
    nuestra se nos les le te ya team equipo everyone all guys folks y'all todos todas ustedes gente chicos ok one
    thing other just re zcodez hey hi hola oye oigan buenas still any anyone anybody alguien someone no""",
    )
)
_TOKEN = re.compile(r"[a-z0-9'#-]+")
_REF = re.compile(r"^(?:req-?\d+|#\d+|\d+)$")


def content_words(text: str) -> list[str]:
    """Words that are neither filler nor references: what is left to say once the cues are read."""
    return [w for w in _TOKEN.findall(text) if w not in _FILLER and not _REF.match(w)]
