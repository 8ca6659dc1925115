"""The few texts only WeChat shows, in Chinese and English (everything else comes from handlers/texts).

WeChat has no buttons: a reply's buttons become one line of numbered choices, answered by a bare number.
"""

from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {
    "zh": {"choices": "回复 {items}", "choice": "{number} {label}", "separator": "，"},
    "en": {"choices": "Reply {items}", "choice": "{number} {label}", "separator": ", "},
}


def text(key: str, language: str) -> str:
    """The text for `key` in `language`, falling back to Chinese (WeChat's first language)."""
    return CATALOG.get(language, CATALOG["zh"])[key]
