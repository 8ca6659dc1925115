"""`tuan run wechat` against a real wechaty puppet service (the Node gateway in wechat-gateway/).

The gateway serves a mock WeChat (wechaty-puppet-mock) over wechaty-puppet-service on loopback: one room
with four members (王五's room alias differs from his WeChat name) and the bot's account. The real
`tuan run wechat` process connects to it as it would to a production puppet service; the test makes
members speak and reads what the room (and each member's private chat) saw.

Waits poll for a condition (the next bot message), never sleep-then-assert. Messages that must get no
answer (chatter, a delivery repeated by the puppet) are checked on the whole transcript at the end,
after the bot has stopped, so a late answer cannot slip past.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.adapters.wechat.gateway import Gateway, TuanWeChat

pytestmark = pytest.mark.e2e

SEP = "\u2005"  # WeChat writes a mention as `@name` + U+2005
CHOICES = "回复 1 跟团，2 再来一份，3 退出，4 查看进度"
PICKUP = re.compile(r"自提：小区南门 · \d{1,2}月\d{1,2}日 周. 17:00")
OLDER_COPIES = "（以上旧卡片已过期，以这张为准）"  # WeChat cannot edit the copies of a card above a new one


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[Gateway]:
    running = Gateway(tmp_path).start()
    yield running
    running.stop()


class Room:
    """Members speak in turn; each turn waits for the answers it must get (and no more are counted)."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.said: dict[str, dict[str, Any]] = {}

    def turn(
        self, member: str, text: str, *, answers: int, mentions: tuple[str, ...] = (), private: bool = False
    ) -> list[dict[str, Any]]:
        entry = self.gateway.say(member, text, mentions=mentions, private=private)
        self.said[text] = entry
        sent = self.gateway.bot_messages_after(entry["seq"], count=answers) if answers else []
        assert len(sent) >= answers, (text, sent, self.gateway.output())
        return sent[:answers]


def test_a_group_buy_from_jielong_to_jiedan_in_a_wechat_room(gateway: Gateway, tmp_path: Path) -> None:
    # Cards are throttled to one an hour here, so the room sees exactly two: the opening card, and the
    # card every later change (and 进度) left pending, posted when the bot stops: the last change is never
    # lost. (The window opening on its own is covered by tests/adapters/wechat/test_wechat_outbox.py.)
    # A Telegram payment provider in the same environment must not make WeChat orders "pay online".
    tuan = TuanWeChat(
        tmp_path,
        gateway,
        TUAN_WECHAT_CARD_INTERVAL_SECONDS="3600",
        TUAN_TELEGRAM_PROVIDER_TOKEN="284685063:TEST:tuan-e2e",
    ).start()
    room = Room(gateway)
    zhang, li, wang, zhao = (gateway.member(n) for n in ("张三", "李四", "王五", "赵六"))
    try:
        room.turn("李四", "今天天气不错", answers=0)  # chatter: not for the bot

        opened, card = room.turn("张三", "接龙 海南贵妃芒 5斤 价格 88 阶梯 3:78 成团 3 库存 20", answers=2)
        assert opened["text"].startswith(f"@张三{SEP}团购 #1 开团了：海南贵妃芒 5斤，¥88/份。")
        assert opened["mentions"] == [zhang]
        assert card["mentions"] == []
        assert card["text"].startswith("🛒 海南贵妃芒 5斤（#1）\n团长：张三\n")
        assert card["text"].endswith(f"还没有人跟团，发 +1 抢第一个\n{CHOICES}")

        [pickup] = room.turn("张三", "自提 小区南门 后天下午5点", answers=1)  # after the close
        assert re.fullmatch(
            rf"@张三{SEP}好的，海南贵妃芒 5斤（#1）的自提：小区南门 · .+ 17:00", pickup["text"]
        )

        [li_joined] = room.turn("李四", "+1", answers=1)
        # a join's answer starts with her name: said once, no @mention before it (review 56 #7)
        assert li_joined["text"] == "李四 跟团：1 × 海南贵妃芒 5斤（#1）。当前 ¥88/份，再 2 份 ¥78。"
        assert li_joined["mentions"] == []
        [wang_joined] = room.turn("王五", "＋２", answers=1)  # full-width, as phones type it
        assert wang_joined["text"] == ("王五 跟团：2 × 海南贵妃芒 5斤（#1）。当前 ¥78/份。🎉 已成团！")
        gateway.redeliver(room.said["＋２"]["id"])  # the puppet delivers it again: no second join
        [zhao_joined] = room.turn("赵六", "+1 帮 小王", answers=1)
        assert zhao_joined["text"] == "赵六 帮 小王 跟团：1 × 海南贵妃芒 5斤（#1）。当前 ¥78/份。"

        [bad] = room.turn("赵六", "接龙 芒果 价格 abc", answers=1)
        assert bad["text"] == f"@赵六{SEP}“abc”不是有效的价格。请这样写：价格 88、价格 88.5 或 价格 ¥88"

        [bad_en] = room.turn("李四", "/join lots", answers=1)  # English words get an English answer
        assert bad_en["text"] == f"@李四{SEP}Write it like: +1, +2, /join 2, /join #12 2, or +1 for Wang"

        [tapped] = room.turn("李四", "2", answers=1)  # answers the card's 2 再来一份
        assert tapped["text"] == f"@李四{SEP}跟团成功：2 × 海南贵妃芒 5斤"

        room.turn("李四", "进度", answers=0)  # within the card's window: it waits for the window

        [refused] = room.turn("李四", "截单", answers=1)
        assert refused["text"] == f"@李四{SEP}只有团长（张三）可以这样做，没有任何改动。"

        closed = room.turn("张三", "截单", answers=4)
        [in_room] = [m for m in closed if m["room"]]
        [summary] = [m["text"] for m in closed if not m["room"] and m["to"] == zhang]  # hers, privately
        assert summary.startswith(
            "已截单：海南贵妃芒 5斤（#1）成团了，¥78/份，共 3 个订单、5 份，应收 ¥390。"
        ), summary
        # 赵六 is not the bot's friend, so WeChat would refuse a private message: his order is in the room.
        closing, zhao_order = in_room["text"].split("\n\n")
        assert closing == (
            f"@张三{SEP}@赵六{SEP}✅ 海南贵妃芒 5斤（#1）成团了：¥78/份，共 3 个订单、5 份。"
            "怎么付款请问团长 张三，付完发“我已付款”加你的订单号（例如 我已付款 1-1），团长确认收款。"
            "每位买家的订单已私信发送；收不到私信的会在群里收到提示。"
        )
        assert in_room["mentions"] == [zhang, zhao]  # the sender's answer, then 赵六's order
        privately = [m for m in closed if not m["room"] and m["to"] != zhang]
        orders = {m["to"]: m["text"] for m in privately} | {zhao: zhao_order}
        assert set(orders) == {li, wang, zhao}
        assert orders[zhao].startswith(
            "你在 海南贵妃芒 5斤（#1）的订单 #1-3：\n海南贵妃芒 5斤（帮 小王）：1 × ¥78 = ¥78\n"
        )
        assert orders[wang].startswith(
            "你在 海南贵妃芒 5斤（#1）的订单 #1-2：\n海南贵妃芒 5斤：2 × ¥78 = ¥156\n合计：¥156\n"
            "请付款给团长 张三（现金或转账），付完发“我已付款 1-2”告诉团长，团长确认收款。\n"
        )
        assert all(PICKUP.fullmatch(text.splitlines()[-1]) for text in orders.values()), orders

        confirmed = room.turn("张三", f"已收 @王五{SEP}", mentions=("王五",), answers=2)
        by_room = {bool(m["room"]): m for m in confirmed}
        assert by_room[True]["text"] == f"@王五{SEP}✅ 王五 的订单 #1-2 已付款。"
        assert by_room[True]["mentions"] == [wang]
        note, pickup, code = by_room[False]["text"].split("\n")  # where and when, as the close said
        assert by_room[False]["to"] == wang
        assert note == "张三 已确认收到你订单 #1-2（海南贵妃芒 5斤）的付款 ¥156，谢谢！"
        assert PICKUP.fullmatch(pickup), pickup
        assert re.fullmatch(r"取货码：[1-9]\d{3}（取货时出示，由团长核销）", code), code

        [mine] = room.turn("王五", "我的订单", private=True, answers=1)
        assert (mine["to"], mine["room"], mine["mentions"]) == (wang, None, [])
        shown = f" · 取货码 {code[4:8]}"  # paid, not picked up yet: its code
        assert mine["text"] == (  # the room's topic names the group the order lives in
            "你的订单：\n#1-2 海南贵妃芒 5斤（芒果团购群 · 张三 的团 #1）：2 × ¥78 = ¥156 · 已付款"
            + shown
            + f"\n📍 订单 #1-2 {pickup}"  # paid, its pickup ahead: where and when
        )
    finally:
        assert tuan.stop() == 0, tuan.output()

    transcript = gateway.transcript()
    bot_in_room = [m for m in transcript if m["bot"] and m["room"]]
    posted = bot_in_room[-1]["text"]
    # 李四's 进度 asked for this copy, with the opening card above it: it says that one is out of date
    older, final = posted.split("\n", 1)
    assert older == OLDER_COPIES
    assert final.splitlines()[:2] == ["🛒 海南贵妃芒 5斤（#1）", "团长：张三"]
    assert "✅ 已成团，成交价 ¥78/份，共 5 份" in final
    assert "💰 已付 1/3" in final.splitlines()  # 王五 paid; 李四 and 赵六 still owe
    assert any(PICKUP.fullmatch(line) for line in final.splitlines()), final
    assert final.endswith("1. 李四 ×2\n2. 王五 ×2 ✅\n3. 赵六 帮 小王 ×1")  # no choices: closed
    cards = [m["text"] for m in bot_in_room if _is_card(m["text"])]
    assert cards == [card["text"], posted]  # throttled: nothing re-posted within the window
    # One answer at most per member message: nothing answered the chatter or the repeated delivery.
    answered_by = _answers_per_member_message(transcript)
    assert answered_by[room.said["今天天气不错"]["seq"]] == 0
    assert answered_by[room.said["＋２"]["seq"]] == 1
    assert max(answered_by.values()) == 1
    assert sorted(answered_by.values()).count(0) == 2  # the chatter, and 进度 (its card waits)
    assert "Wang Wu" not in "\n".join(m["text"] for m in transcript if m["bot"])  # the room alias is used


def _answers_per_member_message(transcript: list[dict[str, Any]]) -> dict[int, int]:
    """For each member message in the room (by seq), how many non-card bot messages in the room followed."""
    counts: dict[int, int] = {}
    current: int | None = None
    for message in transcript:
        if not message["room"]:
            continue
        if not message["bot"]:
            current = message["seq"]
            counts.setdefault(current, 0)
        elif current is not None and not _is_card(message["text"]):
            counts[current] += 1
    return counts


def _is_card(text: str) -> bool:
    return text.removeprefix(f"{OLDER_COPIES}\n").startswith("🛒")


def test_a_wrong_token_is_one_clear_line(gateway: Gateway, tmp_path: Path) -> None:
    tuan = TuanWeChat(tmp_path, gateway, TUAN_WECHATY_TOKEN="not-the-token").start(wait_until_serving=False)

    assert tuan.wait() == 2
    assert (
        f"tuan: the wechaty puppet service at {gateway.endpoint} refused the connection "
        "(is TUAN_WECHATY_TOKEN right?)"
    ) in tuan.output()
