"""handlers.aside: work that will be undone reads the shared state and its own writes, and stores none."""

from __future__ import annotations

from handlers.aside import Aside
from storage.state_memory import MemorySharedState


async def test_writes_are_read_back_aside_and_never_stored() -> None:
    stored = MemorySharedState().values
    await stored.set("asked", "which")
    await stored.set("friend", "赵奶奶")
    aside = Aside(stored)

    await aside.delete("asked")
    await aside.set("new", 1)
    assert await aside.set_if_absent("new", 2) is False
    assert await aside.set_if_unchanged("friend", "赵奶奶", "妈妈") is True

    assert await aside.get_many(["asked", "new", "friend"]) == [None, 1, "妈妈"]
    assert await stored.get_many(["asked", "new", "friend"]) == ["which", None, "赵奶奶"]
