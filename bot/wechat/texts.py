"""The few texts only WeChat shows: catalog entries `wx_*` in handlers/texts, read with the same `t()`
and the same fallback as every other text (an unknown language reads English).

WeChat has no buttons: a reply's buttons become one line of numbered choices, answered by a bare number.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.texts import t


def choices(labels: Sequence[str], language: str, first: int = 1) -> str:
    """`回复 1 跟团，2 查看进度` / `Reply 1 Join, 2 Progress`: each label numbered from `first`."""
    items = [t(language, "wx_choice", number=n, label=label) for n, label in enumerate(labels, first)]
    return t(language, "wx_choices", items=t(language, "wx_separator").join(items))


def acks_heading(language: str) -> str:
    """The heading of a room's join acknowledgements sent together: `🙋 刚才跟团：` / `🙋 Just now:`."""
    return t(language, "wx_acks_heading")
