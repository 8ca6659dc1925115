"""A whole group buy through the playground's JSON API, against a real `tuan playground` process.

What is asserted is what the friends see: the card as the chat shows it, the bot's answers, the orders
in each private chat with their exact totals. Refusals are checked against the message catalog (the
right message with the right numbers), so a reworded sentence does not break the journey.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

from handlers.texts import t

if TYPE_CHECKING:
    from tests.e2e.conftest import Playground

# one worker takes the whole module, so its module-scoped playground process starts once
pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("playground-api")]

MANGOES = "接龙 海南贵妃芒 5斤 价格 88 阶梯 5:78,10:68 成团 5 库存 30 限购 3 截止 明天 20:00"
WAIT_SECONDS = 30.0


def texts(replies: list[dict[str, Any]]) -> list[str]:
    return [reply["text"] for reply in replies if not reply["card_of"]]


def card_lines(card: dict[str, Any]) -> list[str]:
    return [line for line in card["text"].splitlines() if line[:1].isdigit()]


def wait_for(what: str, check: Callable[[], bool]) -> None:
    """Wait for something the server does by itself (a deadline firing); fail with `what` if it never does."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {WAIT_SECONDS:.0f} s")
        time.sleep(0.1)


def test_a_group_buy_from_open_to_paid(playground: Playground) -> None:
    pg = playground
    opened = pg.say("family", "amy", MANGOES)
    card = next(r for r in opened["replies"] if r["card_of"])
    gb, card_id = card["card_of"], card["message_id"]
    assert "海南贵妃芒 5斤" in card["text"] and "0/5" in card["text"]
    assert not card["edited"]

    # three friends join three ways; the one card is edited in place each time
    bob = pg.say("family", "bob", "+1", update_id=101)
    pg.say("family", "cat", "＋２")
    pg.say("family", "dan", "/join")
    assert [r["message_id"] for r in bob["replies"] if r["card_of"]] == [card_id]
    shown = pg.card("family", gb)
    assert shown["message_id"] == card_id
    assert card_lines(shown) == ["1. Bob ×1", "2. Cat ×2", "3. Dan ×1"]
    assert "4/5" in shown["text"]

    # mistakes get one answer each and change nothing
    bad_price = pg.say("family", "amy", "接龙 苹果 价格 abc")
    too_many = pg.say("family", "cat", "+2")
    not_hers = pg.say("family", "bob", "截单")
    assert texts(bad_price["replies"]) == [t("zh", "price_invalid", value="abc")]
    assert texts(too_many["replies"]) == [
        "抱歉，海南贵妃芒 5斤 每人限购 3 份，你已经有 2 份了，还能再要 1 份，没有任何改动。"
    ]
    assert texts(not_hers["replies"]) == [t("zh", "not_organiser", organiser="Amy")]
    assert pg.card("family", gb)["text"] == shown["text"]
    assert [m["card_of"] for m in pg.messages("family") if m["card_of"]] == [gb]

    # the same update again: the same answer, nothing changes
    before = pg.messages("family")
    repeat = pg.say("family", "bob", "+1", update_id=101)
    assert repeat == {**bob, "duplicate": True}
    assert pg.messages("family") == before

    # a tap on the card's "one more" button: Bob has 2, the group reaches 5 and the ¥78 tier
    join = next(b["data"] for row in shown["buttons"] for b in row if b["label"] == "再来一份")
    tapped = pg.tap("family", "bob", card_id, join, update_id=102)
    assert [r["toast"] for r in tapped["replies"] if r["toast"]] == ["跟团成功：2 × 海南贵妃芒 5斤"]
    assert card_lines(pg.card("family", gb)) == ["1. Bob ×2", "2. Cat ×2", "3. Dan ×1"]
    assert pg.tap("family", "bob", card_id, join, update_id=102)["duplicate"] is True

    # the organiser closes it: the card shows the final price, each buyer gets an order in private
    closed = pg.say("family", "amy", "截单")
    final = pg.card("family", gb)
    assert t("zh", "card_succeeded", price="¥78", count=5) in final["text"]
    assert final["buttons"] == []
    assert {r["chat"] for r in closed["replies"]} == {"family", "bob", "cat", "dan", "amy"}
    summary = pg.messages("amy")[-1]["text"]  # hers, privately: what she collects
    assert summary.startswith("已截单：海南贵妃芒 5斤（#1）成团了，¥78/份，共 3 个订单、5 份，应收 ¥390。"), (
        summary
    )
    orders = {user: pg.messages(user)[-1]["text"] for user in ("bob", "cat", "dan")}
    assert "2 × ¥78 = ¥156" in orders["bob"] and "合计：¥156" in orders["bob"]
    assert "2 × ¥78 = ¥156" in orders["cat"] and "合计：¥156" in orders["cat"]
    # Dan typed a bare `/join`: no English in it, so the chat's Chinese holds for his order too
    assert "1 × ¥78 = ¥78" in orders["dan"] and "合计：¥78" in orders["dan"]

    # Bob looks at his orders in his private chat; Amy confirms his payment
    mine = pg.say("bob", "bob", "我的订单")
    assert [r["chat"] for r in mine["replies"]] == ["bob"]
    assert "2 × ¥78 = ¥156" in mine["replies"][0]["text"]
    pg.say("family", "amy", "已收 @Bob")
    receipt = pg.messages("bob")[-1]["text"]
    assert "的付款 ¥156，谢谢！" in receipt
    assert re.search(r"\n取货码：\d{4}（取货时出示，由团长核销）$", receipt)  # the pickup code (核销)
    assert "1. Bob ×2 ✅" in pg.card("family", gb)["text"]


def test_status_turns_the_older_card_into_a_pointer_without_buttons(playground: Playground) -> None:
    pg = playground
    opened = pg.say("lychees", "amy", "接龙 荔枝 价格 20 成团 3")
    gb = next(r["card_of"] for r in opened["replies"] if r["card_of"])
    pg.say("lychees", "bob", "+1")
    pg.say("lychees", "bob", "进度")  # a fresh copy of the card
    pg.say("lychees", "bob", "-1")  # Bob leaves: the older copy must not still list him

    older, latest = [m for m in pg.messages("lychees") if m["card_of"] == gb]
    assert (older["text"], older["buttons"]) == (t("zh", "card_moved", id=gb, title="荔枝"), [])
    assert latest["buttons"] and "Bob" not in latest["text"]


def test_the_api_refuses_bad_requests_in_words(playground: Playground) -> None:
    http = playground.http
    no_text = http.post("/api/messages", json={"chat": "family", "user": "bob"})
    not_json = http.post("/api/messages", content=b"+1", headers={"content-type": "application/json"})
    not_yours = http.post("/api/messages", json={"chat": "bob", "user": "cat", "text": "hi"})
    no_message = http.post(
        "/api/buttons", json={"chat": "family", "user": "cat", "message_id": 999, "data": "x"}
    )

    assert (no_text.status_code, no_text.json()["error"]) == (422, "text is required")
    assert (not_json.status_code, not_json.json()["error"]) == (400, "the request body is not valid JSON")
    assert not_yours.status_code == 403
    assert not_yours.json()["error"] == "'bob' is Bob's private chat with Tuan: only bob can write there"
    assert no_message.status_code == 404
    assert no_message.json()["error"] == "there is no message 999 in chat 'family'"


def test_a_deadline_passing_closes_the_group_buy(fresh_playground: Playground) -> None:
    opened = fresh_playground.say("neighbours", "amy", "接龙 苹果 价格 10 成团 2 截止 2h")
    gb = next(r["card_of"] for r in opened["replies"] if r["card_of"])
    fresh_playground.say("neighbours", "dan", "+1")
    fresh_playground.say("neighbours", "cat", "+1")

    fresh_playground.advance_clock(3 * 3600)

    succeeded = t("zh", "card_succeeded", price="¥10", count=2)
    wait_for("the deadline", lambda: succeeded in fresh_playground.card("neighbours", gb)["text"])
    assert "1 × ¥10 = ¥10" in fresh_playground.messages("dan")[-1]["text"]


def test_a_restart_keeps_the_chats_and_fires_a_deadline_missed_while_down(
    fresh_playground: Playground,
) -> None:
    opened = fresh_playground.say("family", "amy", "接龙 苹果 价格 10 成团 3 截止 2h")
    gb = next(r["card_of"] for r in opened["replies"] if r["card_of"])
    fresh_playground.say("family", "bob", "+1")
    before = fresh_playground.messages("family")

    assert fresh_playground.stop() == 0
    fresh_playground.start()
    assert fresh_playground.messages("family") == before
    fresh_playground.say("family", "cat", "+1")  # still open after the restart
    assert card_lines(fresh_playground.card("family", gb)) == ["1. Bob ×1", "2. Cat ×1"]

    assert fresh_playground.stop() == 0
    fresh_playground.start(
        TUAN_CLOCK_OFFSET_SECONDS=str(3 * 3600)
    )  # back three hours later: the deadline passed

    failed = t("zh", "card_failed", sold=2, target=3)
    wait_for("the missed deadline", lambda: failed in fresh_playground.card("family", gb)["text"])
    closing = fresh_playground.messages("family")[-1]
    assert closing["text"] == t("zh", "closed_failed", title="苹果", id=gb, sold=2, target=3)


def test_a_member_flooding_a_group_is_answered_ten_times_then_told_to_slow_down_then_privately(
    fresh_playground: Playground,
) -> None:
    pg = fresh_playground
    now = time.time()
    pg.advance_clock(math.ceil(now / 60) * 60 - now + 0.5)  # half a second into a minute: one window

    said = [pg.say("flood", "eve", "/help")["replies"] for _ in range(13)]
    answers = [texts(replies) for replies in said]

    assert answers[:10] == [[t("en", "help")]] * 10  # look-ups: ten a minute
    [slow_down] = answers[10]
    wait = int(re.findall(r"\d+", slow_down)[-1])
    reading = t("en", "slow_down_reading", count=wait, name="Eve", limit=10, what="/help")
    assert 1 <= wait <= 60 and slow_down == reading
    for replies in said[11:]:  # later ones: a toast, a 😴 and a private line only she sees, nothing posted
        [later] = [reply for reply in replies if reply["toast"]]
        assert later["toast"].startswith("Not done: “/help”. Too many commands from you this minute;")
        assert later["reaction"]["emoji"] == "😴"
    assert [m["text"] for m in pg.messages("flood") if m["bot"]] == [t("en", "help")] * 10 + [slow_down]
    told = [m["text"] for m in pg.messages("eve") if m["bot"] and m["text"].startswith("Not done:")]
    assert len(told) == 2 and told[0].startswith("Not done: “/help”.")
    private = texts(pg.say("eve", "eve", "/help")["replies"])
    private_help = "\n".join([t("en", "help_intro_private"), *t("en", "help").split("\n")[1:]])
    assert private == [private_help]  # her private chat with the bot is not limited

    pg.advance_clock(60)  # the next minute
    assert texts(pg.say("flood", "eve", "/help")["replies"]) == [t("en", "help")]
