"""Message catalogs: every text a user sees, in Chinese and English, and `t()` to fill one in.

Keys are stable: a `DomainError.code` is the key of the message that explains it. Templates use
`str.format` placeholders; both catalogs have the same keys and placeholders (tests/unit/handlers checks).
"""

from __future__ import annotations

from typing import Any

from handlers.texts import en, zh

LANGUAGES: tuple[str, ...] = ("zh", "en")
CATALOGS: dict[str, dict[str, str]] = {"zh": zh.TEXTS, "en": en.TEXTS}
_ALIASES = {
    "zh": "zh",
    "cn": "zh",
    "chinese": "zh",
    "中文": "zh",
    "汉语": "zh",
    "简体": "zh",
    "简体中文": "zh",
    "繁体": "zh",
    "en": "en",
    "english": "en",
    "英文": "en",
    "英语": "en",
}


def normalize_language(value: str | None) -> str | None:
    """`zh-Hans`, `zh_CN`, `中文` -> `zh`; `en-US`, `English` -> `en`; anything else None."""
    if not value:
        return None
    lowered = value.strip().lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    head = lowered.replace("_", "-").split("-", 1)[0]
    return head if head in LANGUAGES else None


def has(key: str) -> bool:
    return all(key in catalog for catalog in CATALOGS.values())


def t(lang: str, key: str, **params: Any) -> str:
    """The text `key` in `lang` (English for an unknown language), filled with `params`."""
    catalog = CATALOGS.get(lang, CATALOGS["en"])
    return catalog[key].format(**params)


def words(lang: str, key: str) -> list[str]:
    """A catalog entry that is a space-separated list (weekday and month names)."""
    return t(lang, key).split(" ")
