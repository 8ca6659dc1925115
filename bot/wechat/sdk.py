"""python-wechaty, imported once and only here, with what it needs to import on Python 3.11.

python-wechaty 0.10.7 as released does not import on Python 3.11 and has import-time side effects:
- `wechaty_puppet.schemas.puppet.PuppetOptions` is a mutable dataclass used as a dataclass default,
  which Python 3.11 rejects unless it is hashable: give it `object.__hash__` before the first import;
- it needs `pyee<12` (`AsyncIOEventEmitter`) and `urllib3<2` (`urllib3.get_host`): pinned in the
  `wechat` extra, checked here so a wrong environment is one clear line;
- it imports `telnetlib` (a DeprecationWarning on 3.11, gone in 3.13): silenced for the import only;
- it creates its cache folder (`CACHE_DIR`, default `./.wechaty`) and reads `WECHATY_LOG` at import
  time: both are set from Tuan's settings before the import.
"""

from __future__ import annotations

import importlib
import os
import warnings
from pathlib import Path
from types import ModuleType

from bot.bootstrap import CannotStart

INSTALL_HINT = "pip install -e '.[wechat]'"


class WechatUnavailable(CannotStart):
    """python-wechaty is missing or unusable; the message says how to install it."""


def _wechaty_log_level(log_level: str) -> str:
    """WECHATY_LOG for our level: wechaty logs each message at INFO and warns about its own set-up."""
    return "info" if log_level.upper() == "DEBUG" else "error"


def load(*, cache_dir: Path, log_level: str = "INFO") -> ModuleType:
    """Import and return the `wechaty` module, fixed; `WechatUnavailable` if it cannot be used."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    os.environ["CACHE_DIR"] = str(cache_dir)
    os.environ["WECHATY_LOG"] = _wechaty_log_level(log_level)
    try:
        puppet_schemas = importlib.import_module("wechaty_puppet.schemas.puppet")
    except ImportError as exc:
        raise WechatUnavailable(
            f"the WeChat adapter needs python-wechaty, which is not installed ({INSTALL_HINT})"
        ) from exc
    options = puppet_schemas.PuppetOptions
    if options.__hash__ is None:
        options.__hash__ = object.__hash__
    _check_pins()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return importlib.import_module("wechaty")
    except ImportError as exc:
        raise WechatUnavailable(f"python-wechaty does not import: {exc} ({INSTALL_HINT})") from exc


def _check_pins() -> None:
    """The two pins of the `wechat` extra; a newer pyee or urllib3 breaks wechaty at import."""
    try:
        pyee = importlib.import_module("pyee")
        urllib3 = importlib.import_module("urllib3")
    except ImportError as exc:
        raise WechatUnavailable(f"python-wechaty's dependencies are missing ({INSTALL_HINT})") from exc
    if not hasattr(pyee, "AsyncIOEventEmitter"):
        raise WechatUnavailable(f"python-wechaty needs pyee<12 ({INSTALL_HINT})")
    if not hasattr(urllib3, "get_host"):
        raise WechatUnavailable(f"python-wechaty needs urllib3<2 ({INSTALL_HINT})")
