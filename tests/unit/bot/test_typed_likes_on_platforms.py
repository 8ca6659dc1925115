"""A typed `赞 1` in a group, as each platform renders it: the playground shows the button's toast to the
liker only and posts nothing (the card is edited); WeChat, which has no toasts, says the same short line
as it does for the button's numbered choice, and nothing longer."""

from __future__ import annotations

from pathlib import Path

from bot.wechat.render import answer
from handlers.types import Request
from tests.unit.bot.playground_api import playground_api
from tests.unit.handlers.conftest import fake_chat

ROOM = "family@chatroom"


async def test_the_playground_shows_a_typed_like_to_the_liker_only(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "bob", "种草 楼下新开的面包店不错")
        before = len(await api.messages("family"))

        liked = await api.say("family", "cat", "赞 1")

        assert sorted((r["text"], r["toast"] or "", r["edited"]) for r in liked["replies"]) == [
            ("", "已赞笔记 #1 👍", False),  # the toast, the liker's only
            ("笔记 #1 · Bob\n楼下新开的面包店不错\n👍 1 · 💬 0", "", True),  # the card, edited in place
        ]
        assert len(await api.messages("family")) == before + 1  # Cat's own `赞 1`, and nothing else


async def test_on_wechat_a_typed_like_is_the_buttons_short_line() -> None:
    chat = fake_chat()
    chat.chat_id = ROOM
    await chat.say("bob", "种草 楼下新开的面包店不错")
    request = Request(platform="wechat", chat_id=ROOM, user_id="cat", display_name="Cat", text="赞 1")

    typed = await chat.say("cat", "赞 1")
    tapped = await chat.tap("dan", "nt:like:1")

    said = answer(ROOM, [r for r in typed if not r.is_card], request=request, language="zh")
    assert said is not None and (said.text, said.mention_ids) == ("已赞笔记 #1 👍", ("cat",))
    for_tap = answer(ROOM, [r for r in tapped if not r.is_card], request=request, language="zh")
    assert for_tap is not None and for_tap.text == said.text
