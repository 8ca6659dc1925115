"""A listed group buy's close told in its own group with that group's own orders and units (or that
nobody there joined), as each listing group is; the organiser reads the total of all groups, and each
group's figures, in her one close summary (session 24: no separate `📊 …各群合计` message)."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

OPEN = "接龙 芒果 价格 100 成团 1 截止 2小时"


async def listed() -> tuple[Chat, Chat]:
    return await help_sold(OPEN, title="公司团购群")


def hers(replies: list) -> list[str]:
    """What the organiser was told privately."""
    return [reply.text for reply in replies if reply.private_to == "amy" and reply.text]


def in_chat(replies: list, chat_id: str) -> list[str]:
    return [
        reply.text for reply in replies if reply.chat_id == chat_id and reply.text and not reply.private_to
    ]


async def test_each_group_is_told_its_own_orders_and_the_organiser_the_total() -> None:
    family, office = await listed()
    await family.say("cat", "+2")
    await office.say("dan", "+3")
    await office.say("eve", "+1")
    closed = await family.say("amy", "截单")
    assert in_chat(closed, "family") == [
        "✅ 芒果（#1）成团了：¥100/份，共 1 个订单、2 份。"
        "怎么付款请问团长 Amy，付完发“我已付款”加你的订单号（例如 我已付款 1-1），团长确认收款。"
        "每位买家的订单已私信发送；收不到私信的会在群里收到提示。"
    ]
    assert in_chat(closed, "office")[0].startswith("✅ 芒果（#1）成团了：¥100/份，共 2 个订单、4 份。")
    assert hers(closed) == [
        "已截单：芒果（#1）成团了，¥100/份，共 3 个订单、6 份，应收 ¥600。"
        "群里已通知，每位买家的订单已私信发送（收不到私信的会在群里收到提示）。"
        "收到付款后发“已收”加订单号确认（例如 已收 1-1），群里或这里都可以。"
        "\n还没有设置收款方式，买家只能来问你：发 收款方式 #1 微信 你的微信号"
        "（写你自己的方式和账号）设置，还没付款的买家都会收到通知。"
        "\n还没有设置自提点：发 自提 #1 小区南门 明天下午5点"
        "（写你自己的地点和时间）设置。\n"
        "各群：开团群 1 个订单、2 份；公司团购群（Bob 帮卖）2 个订单、4 份"
        "（每个群里只公布本群的订单和份数）。"
    ]


async def test_the_organisers_group_where_nobody_joined_is_told_so() -> None:
    family, office = await listed()
    await office.say("dan", "+2")
    closed = await family.say("amy", "截单")
    assert in_chat(closed, "family") == ["芒果（#1）已截单，本群没有人跟团。"]
    [summary] = hers(closed)
    assert summary.startswith("已截单：芒果（#1）成团了，¥100/份，共 1 个订单、2 份，应收 ¥200。")
    assert summary.endswith(
        "\n各群：公司团购群（Bob 帮卖）1 个订单、2 份（每个群里只公布本群的订单和份数）。"
    )


async def test_only_the_organisers_group_joined_tells_no_total() -> None:
    family, _ = await listed()
    await family.say("cat", "+2")
    closed = await family.say("amy", "截单")
    assert in_chat(closed, "family")[0].startswith("✅ 芒果（#1）成团了：¥100/份，共 1 个订单、2 份。")
    # no total of all groups (only hers joined): her summary alone, with what she collects
    [summary] = hers(closed)
    assert summary.startswith("已截单：芒果（#1）成团了，¥100/份，共 1 个订单、2 份，应收 ¥200。")
    assert "各群" not in summary


async def test_the_close_at_the_deadline_counts_each_group_too() -> None:
    family, office = await listed()
    await family.say("cat", "+1")
    await office.say("dan", "+4")
    family.app.clock.advance(hours=3)  # type: ignore[attr-defined]
    expired = await family.app.expire(1)
    assert in_chat(expired, "family")[0].startswith("✅ 芒果（#1）成团了：¥100/份，共 1 个订单、1 份。")
    [summary] = hers(expired)  # once, with each group's figures
    assert summary.startswith("已截单：芒果（#1）成团了，¥100/份，共 2 个订单、5 份，应收 ¥500。")
    assert summary.endswith(
        "\n各群：开团群 1 个订单、1 份；公司团购群（Bob 帮卖）1 个订单、4 份"
        "（每个群里只公布本群的订单和份数）。"
    )
