"""`members_of` on both engines: which of many members were seen in a chat, however many are asked."""

from __future__ import annotations

from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock


async def test_members_of_a_chat_among_many(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    async with uow_factory() as uow:
        for user in ("bob", "cat"):
            await uow.members.seen(
                platform="test",
                user_id=user,
                display_name=user.title(),
                username=None,
                language=None,
                chat_id="office",
                alias=None,
                at=clock.now(),
            )
        await uow.commit()
    asked = ["test:bob", "test:dan", *(f"test:x{n}" for n in range(1200)), "test:cat"]
    async with uow_factory() as uow:
        assert await uow.edits.members_of("office", asked) == {"test:bob", "test:cat"}
        assert await uow.edits.members_of("family", asked) == set()
        assert await uow.edits.members_of("office", []) == set()
