"""Loading the compiled catalogs (stdlib `gettext`), once per process, and naming their languages.

Each language's `GNUTranslations` falls back to English, and English to `Missing`, which raises: one
rule for every platform (an unknown language reads English), and a key without a text fails loudly
instead of showing the key. A `.mo` missing or older than its `.po` (a fresh checkout, an edited text)
is compiled here on first use; where the package folder is read-only the compiled bytes stay in memory.
"""

from __future__ import annotations

import gettext
import io
import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "tuan"
LANGUAGES: tuple[str, ...] = ("zh", "en")
FALLBACK = "en"
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
_MAX_NAMES = 256  # language names remembered (platforms send a handful: `en`, `zh-hans`, `en-US`...)

_loaded: dict[str, gettext.GNUTranslations] = {}
_by_name: dict[str, gettext.GNUTranslations] = {}
_lock = threading.RLock()  # loading a language loads its fallback too


class Missing(gettext.NullTranslations):
    """The end of every fallback chain: a key no catalog has is an error, not a text."""

    def gettext(self, message: str) -> str:
        raise KeyError(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        raise KeyError(msgid1)


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def languages() -> list[str]:
    """The languages that have a catalog source (`locale/<lang>/LC_MESSAGES/tuan.po`)."""
    return sorted(path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def normalize_language(value: str | None) -> str | None:
    """`zh-Hans`, `zh_CN`, `中文` -> `zh`; `en-US`, `English` -> `en`; anything else None."""
    if not value:
        return None
    lowered = value.strip().lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    head = lowered.replace("_", "-").split("-", 1)[0]
    return head if head in LANGUAGES else None


def resolve(lang: str) -> str:
    """The catalog language that serves `lang`: itself when known, else English."""
    return normalize_language(lang) or FALLBACK


def for_language(lang: str) -> gettext.GNUTranslations:
    """The translations serving `lang` (any spelling; unknown -> English). Cached: `t()` runs on every +1."""
    found = _by_name.get(lang)
    if found is None:
        found = translations(resolve(lang))
        if len(_by_name) < _MAX_NAMES:
            _by_name[lang] = found
    return found


def translations(lang: str) -> gettext.GNUTranslations:
    """The catalog of `lang` (one of LANGUAGES), loaded once, with the English fallback behind it."""
    found = _loaded.get(lang)
    if found is not None:
        return found
    with _lock:
        if lang not in _loaded:
            catalog = gettext.GNUTranslations(io.BytesIO(_compiled(lang)))
            catalog.add_fallback(translations(FALLBACK) if lang != FALLBACK else Missing())
            _loaded[lang] = catalog
    return _loaded[lang]


def _compiled(lang: str) -> bytes:
    """The `.mo` bytes of `lang`, compiled from its `.po` first when the `.mo` is missing or stale."""
    po, mo = po_path(lang), mo_path(lang)
    if not po.exists() or (mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime):
        return mo.read_bytes()
    from handlers.texts.build import compile_po, write_atomically  # Babel's compiler: only when needed

    data = compile_po(po, lang)
    try:
        write_atomically(mo, data)
    except OSError as exc:  # an installed, read-only package: use it from memory
        log.info("could not write %s (%s): using the catalog compiled in memory", mo, exc)
    return data


def reset() -> None:
    """Forget the loaded catalogs, so the next text loads them again (tests; a rebuilt catalog)."""
    with _lock:
        _loaded.clear()
        _by_name.clear()
