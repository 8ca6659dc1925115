"""Review Y3: Amy's `截单 #2` in her private chat with the bot answered her with the buyers' announcement,
"✅ 草莓（#2）成团了…请线下付款给团长 Amy…", as if she were to pay herself. The group still reads that;
she reads an organiser's summary: how it ended, that the group was told, what she does next."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import fake_chat


def hers(replies: list[Reply]) -> list[str]:
    """What the organiser reads in her private chat (the answer to her command there)."""
    return [r.text for r in replies if r.text and not r.chat_id and not r.private_to]


async def test_a_private_close_tells_the_organiser_what_happened_and_what_next() -> None:
    chat = fake_chat()
    for user, text in [
        ("amy", "接龙 芒果 价格 30"),
        ("amy", "接龙 草莓 价格 20"),
        ("bob", "+1 #2"),
        ("cat", "+2 #2"),
    ]:
        await chat.say(user, text)

    replies = await chat.say("amy", "截单 #2", private=True)

    assert hers(replies) == [
        "已截单：草莓（#2）成团了，¥20/份，共 2 个订单、3 份，应收 ¥60。"
        "群里已通知，每位买家的订单已私信发送（收不到私信的会在群里收到提示）。"
        "收到付款后发“已收”加订单号确认（例如 已收 2-1），群里或这里都可以。"
        "\n还没有设置收款方式，买家只能来问你：发 收款方式 #2 微信 你的微信号"
        "（写你自己的方式和账号）设置，还没付款的买家都会收到通知。"
        "\n还没有设置自提点：发 自提 #2 小区南门 明天下午5点"
        "（写你自己的地点和时间）设置。"
    ]
    [group] = [r.text for r in replies if r.chat_id == "family" and r.text]
    assert group.startswith("✅ 草莓（#2）成团了：¥20/份，共 2 个订单、3 份。")  # the buyers' notice


async def test_a_private_call_off_tells_the_organiser_the_group_knows() -> None:
    chat = fake_chat()
    for user, text in [("amy", "/groupbuy Plums price 20 target 5"), ("bob", "+1")]:
        await chat.say(user, text)

    replies = await chat.say("amy", "/cancel #1 confirm", private=True)

    assert hers(replies) == ["Plums (#1) was cancelled. Nobody is charged. The group was told."]
    assert [r.text for r in replies if r.chat_id == "family" and r.text] == [
        "🚫 Plums (#1) was cancelled. Nobody is charged."
    ]
