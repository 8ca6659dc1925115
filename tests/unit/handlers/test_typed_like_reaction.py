"""A typed like in a group (`赞 1`, `/like 1`) asks the platform to put a 👍 on the member's own message
(`Reply.reaction`), liked now or before: Telegram has no toast for a typed message, so the reaction is
the member's answer there (the platforms: tests/adapters/telegram/test_telegram_typed_like_reaction.py,
tests/unit/bot/test_playground_typed_like_reaction.py). A refusal, a mistake and a typed unlike ask for
none: the reaction says "your like is there"."""

from __future__ import annotations

from handlers import answers
from handlers.texts import t
from handlers.types import ChatKind, Reaction, Reply, Request
from tests.unit.handlers.conftest import NAMES, Chat, fake_chat


async def typed(
    chat: Chat, user: str, text: str, message_id: str, *, private: bool = False, update_id: str | None = None
) -> list[Reply]:
    """`user` types `text` as message `message_id` of the group (or of their private chat)."""
    return await chat.app.handle(
        Request(
            platform="test",
            chat_id=user if private else chat.chat_id,
            user_id=user,
            display_name=NAMES[user],
            chat_kind=ChatKind.PRIVATE if private else ChatKind.GROUP,
            text=text,
            message_id=message_id,
            update_id=update_id,
        )
    )


def reactions(replies: list[Reply]) -> list[Reaction]:
    return [reply.reaction for reply in replies if reply.reaction is not None]


async def test_a_typed_like_asks_for_a_thumbs_up_on_the_members_own_message() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 楼下新开的面包店不错")

    liked = await typed(chat, "cat", "赞 1", "41")
    again = await typed(chat, "cat", "/like 1", "42")

    [answer] = [reply for reply in liked if not reply.is_card]
    assert (answer.text, answer.toast, answer.reaction) == ("", "已赞笔记 #1 👍", Reaction("41", "👍"))
    assert chat.cards(liked) == [(-1, False)]  # and the card's count moves, as before
    assert chat.toast(again) == "你已经赞过笔记 #1 了。取消发“取消赞 1”。"
    assert reactions(again) == [Reaction("42", "👍")]  # the like is there: acknowledged again
    assert (await chat.app.render_card(-1)).text.endswith("👍 1 · 💬 0")


async def test_a_refusal_a_mistake_and_an_unlike_ask_for_no_reaction() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 楼下新开的面包店不错")
    await typed(chat, "cat", "赞 1", "41")

    own = await typed(chat, "bob", "赞 1", "43")
    mistake = await typed(chat, "dan", "赞 9", "44")
    unliked = await typed(chat, "cat", "取消赞 1", "45")
    in_private = await typed(chat, "dan", "赞 1", "7", private=True)

    assert chat.said(own) == t("zh", "note_like_own", id=1) and reactions(own) == []
    assert chat.said(mistake).startswith("这里没有笔记 #9（") and reactions(mistake) == []
    assert chat.toast(unliked) == "已取消对笔记 #1 的赞" and reactions(unliked) == []
    assert reactions(in_private) == []


async def test_a_repeated_update_gets_its_reaction_back_and_counts_once() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 楼下新开的面包店不错")

    first = await typed(chat, "cat", "赞 1", "41", update_id="u-41")
    repeat = await typed(chat, "cat", "赞 1", "41", update_id="u-41")

    assert reactions(repeat) == reactions(first) == [Reaction("41", "👍")]
    assert answers.loads(answers.dumps(first)) == first  # the saved answer keeps the reaction
    assert (await chat.app.render_card(-1)).text.endswith("👍 1 · 💬 0")
