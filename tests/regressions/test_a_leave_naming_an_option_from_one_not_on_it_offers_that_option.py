"""rep59 finding 14: Ivy, not on 冰淇淋 (#3), sent `-1 香草` and was told "…跟团请发 +1 巧克力 #3…": the
join's example named the other option, not the 香草 she typed. It now names the option she typed; a
bare `-1` still names one of them."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _ice_cream() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 大葱 价格 7")
    await chat.say("amy", "接龙 冰淇淋 规格 香草:20,巧克力:22")
    return chat


async def test_the_example_names_the_option_she_typed() -> None:
    chat = await _ice_cream()
    said = chat.said(await chat.say("ivy", "-1 香草 #2", name="Ivy"))
    assert said.startswith("你还没有跟 冰淇淋 这个团，没有可以退出的。跟团请发 +1 香草 #2（可选："), said
    said = chat.said(await chat.say("ivy", "-1 巧克力 #2", name="Ivy"))
    assert said.startswith("你还没有跟 冰淇淋 这个团，没有可以退出的。跟团请发 +1 巧克力 #2（可选："), said


async def test_with_one_open_the_option_she_typed_too() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 冰淇淋 规格 香草:20,巧克力:22")
    said = chat.said(await chat.say("ivy", "-1 香草", name="Ivy"))
    assert said.startswith("你还没有跟 冰淇淋 这个团，没有可以退出的。跟团请发 +1 香草（可选："), said
