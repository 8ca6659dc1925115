"""`/console` (后台) on the in-memory fakes: a link in private for an organiser or a helper, nothing for
anyone else, and in a group only where to ask."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_an_organiser_gets_a_link_to_the_console_url_and_only_its_hash_is_kept() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, console_url="https://shop.example/")
    await chat.say("amy", "/groupbuy Mangoes price 10")
    [reply] = await chat.say("amy", "/console", private=True)
    head, url = reply.text.split("\n")
    assert head == "Your login link to the console (works once, for 10 minutes; do not forward it):"
    assert url.startswith("https://shop.example/login/link/")
    token = url.rsplit("/", 1)[1].split("?", 1)[0]  # less its language, `?lang=en`
    [link] = factory.state.console.links.values()
    assert link.identity == "test:amy" and token not in repr(link)


async def test_in_chinese_it_answers_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 10")
    [reply] = await chat.say("amy", "后台", private=True)
    assert reply.text.startswith(
        "你的后台登录链接（只能用一次，10 分钟内有效，请勿转发）：\nhttp://127.0.0.1:8081/login/link/"
    )


async def test_someone_who_organises_and_helps_with_nothing_gets_no_link() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    [reply] = await chat.say("bob", "/console", private=True)
    assert reply.text == (
        "The console has nothing for you yet: it shows the group buys you organise and the pickup codes of "
        "those you help with."
    )
    assert factory.state.console.links == {}


async def test_in_a_group_it_says_to_ask_privately_and_makes_no_link() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 10")
    assert [r.text for r in await chat.say("amy", "/console")] == [
        "Ask me for the console in a private chat: send /console to @tuan_bot."
    ]
    assert factory.state.console.links == {}
