"""Issue #15 (faults): when storage failed under a `+1` (its PostgreSQL connection dropped), the member
was asked to try again in their own app's language, while every other answer in the chat speaks the
chat's `/lang`: a Chinese phone in an English group got Chinese. The fallback now takes the language the
answer would have had, as far as the process knows it without storage."""

from __future__ import annotations

from typing import cast

import pytest

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from tests.fakes import FakeClock, FakeUnitOfWork, FakeUnitOfWorkFactory


class DroppingFactory(FakeUnitOfWorkFactory):
    """The next unit of work, once `drop_next` is set, loses its connection at the commit."""

    drop_next = False

    def __call__(self) -> FakeUnitOfWork:
        uow = super().__call__()
        if self.drop_next:
            self.drop_next = False

            async def lost() -> None:
                raise ConnectionResetError("server closed the connection unexpectedly")

            uow._commit = lost  # type: ignore[method-assign]
        return uow


def _say(user: str, text: str, update_id: str, language: str) -> Request:
    return Request(
        platform="test",
        chat_id="room",
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
        language=language,
    )


@pytest.mark.parametrize(
    ("chat", "phone", "opening", "try_again", "joined"),
    [
        (
            "en",
            "zh",
            "/groupbuy Mangoes price 88 stock 10",
            "Sorry, something went wrong on my side. Nothing was changed; please try again.",
            "Bob is in: 2 × Mangoes (#1). Now ¥88 each.",
        ),
        (
            "zh",
            "en",
            "接龙 芒果 价格 88 库存 10",
            "抱歉，我这边出了点问题，没有任何改动，请再试一次。",
            "Bob 跟团：2 × 芒果（#1）。当前 ¥88/份。",
        ),
    ],
    ids=["english-chat-chinese-phone", "chinese-chat-english-phone"],
)
async def test_a_join_storage_failed_under_is_told_to_try_again_in_the_chats_language(
    chat: str, phone: str, opening: str, try_again: str, joined: str
) -> None:
    factory = DroppingFactory()
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", f"/lang {chat}", "1", phone))
    await app.handle(_say("amy", opening, "2", phone))
    factory.drop_next = True

    failed = await app.handle(_say("bob", "+2", "3", phone))
    again = await app.handle(_say("bob", "+2", "3", phone))

    assert [reply.text for reply in failed] == [try_again]
    assert again[0].text == joined
