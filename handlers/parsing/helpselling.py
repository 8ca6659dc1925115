"""The words of help-selling (帮卖, handlers.helpselling): `帮卖 开 10%`, `帮卖 #12 关`, `/helpsell on 10%
#12`, `帮卖 #12` or `帮卖 12` (list it here). A bare `帮卖` followed by anything else is talk
(`谁能帮卖一下`)."""

from __future__ import annotations

import re

_ID = r"#\s*(?P<{name}>\d{{1,12}})"
_ON = r"(?:开启|开放|开|on|open)"
_OFF = r"(?:关闭|关|off|close)"
_BARE_ID = r"#?\s*(?P<id>\d{1,12})"  # `帮卖 5`: the number without its `#` (first only: `开 10` is a rate)
FORM = re.compile(
    rf"^(?:{_BARE_ID}\s*)?"
    rf"(?:(?P<on>{_ON})\s*(?P<rate>\d{{1,3}}(?:\.\d{{1,2}})?)\s*[%％]?|(?P<off>{_OFF}))?"
    rf"(?:\s*{_ID.format(name='id2')})?$",
    re.IGNORECASE,
)

# `帮卖 开 12.345%`, `/helpsell #4 on 1O%`: the rate form with a rate FORM cannot take (answered with what
# is wrong with it, not the usage)
BAD_RATE = re.compile(
    rf"^(?:{_BARE_ID}\s*)?{_ON}\s*(?P<rate>[^\s#]*\d[^\s#]*)(?:\s*{_ID.format(name='id2')})?$", re.IGNORECASE
)

# `帮卖 #1 开 abc`, `/helpsell on 10 percent`: a rate written so it cannot be read, set apart after the word
# (answered with what is wrong and the form, nothing changed: rep104 #10)
RATE_UNREADABLE = re.compile(
    rf"^(?:{_BARE_ID}\s*)?{_ON}\s+(?P<rate>[^#\s][^#]*?)(?:\s*{_ID.format(name='id2')})?$", re.IGNORECASE
)

# `帮卖 开`, `/helpsell #4 on`: turned on with no rate (answered with what is missing, not the usage)
ON_ALONE = re.compile(rf"^(?:{_BARE_ID}\s*)?{_ON}(?:\s*{_ID.format(name='id2')})?$", re.IGNORECASE)


def fits(rest: str) -> bool:
    """Whether the words after a bare `帮卖` are this command."""
    stripped = rest.strip()
    return bool(stripped) and FORM.match(stripped) is not None


_ATTEMPT = re.compile(rf"^(?:{_ON}|{_OFF}|#)", re.IGNORECASE)


def attempted(rest: str) -> bool:
    """`帮卖 开 abc`, `帮卖 开 -5%`, `帮卖 #abc`: the command tried and written wrong (answered with its
    form); `帮卖一下` is talk."""
    return bool(_ATTEMPT.match(rest.strip()))
