"""Session 40 (s39 closing, "Pastes and joins"): in a pasted 接龙 list the tenth line numbered with the
keycap 🔟 (as phones type `4️⃣` for the fourth) was no numbered line, so the ninth line above it was taken
for hers: `🔟 Kay 3` joined 1. It is line 10, hers: 3 joined."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

_NINE = "\n".join(f"{n}. 邻居{n} 1" for n in range(1, 10))


async def test_a_keycap_ten_line_is_hers() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 价格 10")

    reply = chat.said(await chat.say("kay", f"#接龙\n月饼\n\n{_NINE}\n🔟 Kay 3"))

    assert reply.startswith("Kay 跟团：3 × 月饼（#1）。")
    assert (await chat.card()).endswith("\n\n1. Kay ×3")


async def test_a_keycap_ten_with_its_selector_is_hers_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 价格 10")

    reply = chat.said(await chat.say("kay", f"#接龙\n月饼\n\n{_NINE}\n🔟\ufe0f Kay 2份"))

    assert reply.startswith("Kay 跟团：2 × 月饼（#1）。")
    assert (await chat.card()).endswith("\n\n1. Kay ×2")
