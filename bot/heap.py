"""A serving process's heap, settled once Tuan has started.

CPython's cyclic garbage collector walks every tracked object of the oldest generation on each full
collection: after start-up that is the code, the catalogs, SQLAlchemy's metadata and compiled
statements, some 150,000 objects nobody will free. In a flash group buy the collections that walk them
cost a quarter of a join's CPU, and a full one stalls the event loop for 100-300 ms. `settle` collects
once, moves what survived out of the collector's sight (`gc.freeze`: refcounting still frees them) and
lets the youngest generation grow to `YOUNG_THRESHOLD` objects before a collection (CPython's 700 was
set for far smaller programs). Only a process `tuan` itself runs asks for it (`bot.__main__`): a test
process building Tuan in-process keeps the collector as pytest left it.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)

YOUNG_THRESHOLD = 5000

_wanted = False
_settled = False


def settle_once_started() -> None:
    """This process serves: settle its heap when Tuan has started (once)."""
    global _wanted
    _wanted = True


def settle() -> bool:
    """Freeze what start-up built, once, in a process that asked for it; whether it did now."""
    global _settled
    if not _wanted or _settled:
        return False
    _settled = True
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, oldest)
    log.debug("heap settled: %d objects out of the collector's walks", gc.get_freeze_count())
    return True
