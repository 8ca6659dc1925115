"""Session 41 (s40 noticed, "Joins and pastes"): the organiser's pasted 接龙 template with her line numbered
with the keycap `🔟` was answered "没有进行中的团购", nothing opened (a paste read `🔟` as line 10, her
template did not); a pasted list line `2. (送 2) Bob 1` joined 1 and dropped the bracketed note `送 2`."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

TEMPLATE = "#接龙\n本周团购：散养土鸡蛋 30枚/盒 45元\n明天晚上8点截单\n\n{line}"


async def test_the_organisers_template_with_a_keycap_ten_line_opens() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())

    reply = chat.said(await chat.say("wang", TEMPLATE.format(line="🔟 Wang 1盒")))

    assert reply.startswith("团购 #1 开团了：散养土鸡蛋 30枚/盒，¥45/份。"), reply
    assert "Wang 跟团：1 × 散养土鸡蛋 30枚/盒（#1）。" in reply, reply
    assert (await chat.card()).endswith("\n\n1. Wang ×1")


async def test_a_bracketed_note_before_the_name_is_kept() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", TEMPLATE.format(line="1. Wang 1盒"))

    reply = chat.said(await chat.say("bob", "#接龙\n散养土鸡蛋\n\n1. Wang 1盒\n2. (送 2) Bob 1"))
    other = chat.said(
        await chat.say("kay", "#接龙 散养土鸡蛋\n1. Wang 1盒\n2. Bob 1 · 送 2\n3. （送2号楼）Kay 2")
    )

    assert reply == "Bob 跟团：1 × 散养土鸡蛋 30枚/盒（#1）。备注：送 2。当前 ¥45/份。"
    assert other.startswith("Kay 跟团：2 × 散养土鸡蛋 30枚/盒（#1）。备注：送2号楼。"), other
    card = await chat.card()
    assert "2. Bob ×1 · 送 2" in card and "3. Kay ×2 · 送2号楼" in card, card
