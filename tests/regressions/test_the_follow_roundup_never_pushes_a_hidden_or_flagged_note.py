"""Review 36, finding 3: Fay follows Sam; the evening round-up sent her privately "📬 你关注的人的动态：
· Sam 在「jia」发了笔记 #13：贵妃芒真的好吃…" though the admin had hidden #13 (假装买过), and "#15：…想要的
私聊我 13900139000", flagged ⚠️ and in the review queue. The round-up now leaves out the notes a digest
leaves out (hidden, flagged, a kept ad), the rest of the day's news still told."""

from __future__ import annotations

from datetime import time

from handlers.follows import FollowRoundups
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def _roundup(chat: Chat) -> dict[str, str]:
    clock = chat.app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(hours=8)  # 20:00 in Shanghai
    sent = await FollowRoundups(
        uow_factory=chat.app.uow_factory,
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        platform="test",
        at=time(20),
    )()
    return Chat.private(sent)


async def test_hidden_and_flagged_notes_are_left_out_of_the_roundup() -> None:
    chat = fake_chat()
    chat.admins = {"dan"}
    await chat.say("sam", "我的关注")
    await chat.say("fay", "关注 @Sam")
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("sam", "种草 贵妃芒真的好吃，买过好几次了")
    await chat.say("dan", "隐藏 1 假装买过")
    await chat.say("sam", "种草 真心推荐这家贵妃芒，想要的私聊我 13900139000")
    assert (await chat.app.render_card(-2)).text.splitlines()[0].endswith("⚠️ 未验证")
    await chat.say("sam", "种草 今天的芒果个头很大")

    sent = await _roundup(chat)

    assert sent["fay"] == (
        "📬 你关注的人的动态（2026-11-23）：\n"
        "· Sam 在「群聊」发了笔记 #3：今天的芒果个头很大\n"
        "每天一条。我的关注 查看；取消关注 @名字 不再收到 TA 的动态。"
    )


async def test_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    chat.admins = {"dan"}
    await chat.say("sam", "/following")
    await chat.say("fay", "/follow @Sam")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("sam", "/note Best mangoes ever!!! whatsapp +65 9123 4567 cheaper from me")
    await chat.say("sam", "/note the mangoes came today, very big")

    sent = await _roundup(chat)

    assert "9123" not in sent["fay"]
    assert "· Sam posted note #2 in a group: the mangoes came today, very big" in sent["fay"]
