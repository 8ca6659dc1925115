"""The playground in a real browser (Debian's chromium, no download): join from the page, and a second
tab sees the card change without reloading."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.async_api import Browser, Page, async_playwright, expect

if TYPE_CHECKING:
    from tests.e2e.conftest import Playground

# one worker takes the whole module, so its module-scoped playground process starts once
pytestmark = [pytest.mark.e2e, pytest.mark.browser, pytest.mark.xdist_group("playground-browser")]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT = Path("/tmp/playground.png")


@pytest.fixture
def chromium() -> str:
    if not CHROMIUM.exists():  # never a skip: the suite promises a browser test
        pytest.fail(f"{CHROMIUM} is missing: install it with `make system-deps` (apt-get install chromium)")
    return str(CHROMIUM)


@pytest.fixture
async def browser(chromium: str) -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        await browser.close()


async def _open(browser: Browser, playground: Playground, user: str) -> Page:
    page = await browser.new_page(viewport={"width": 1200, "height": 800})
    await page.goto(f"{playground.base_url}/?user={user}&chat=family")
    await expect(page.locator("body")).to_have_attribute("data-ready", "true")
    await expect(page.locator("#live")).to_have_text("live")
    return page


async def test_join_in_one_tab_and_watch_the_card_change_in_another(
    browser: Browser, playground: Playground
) -> None:
    opened = playground.say("family", "amy", "接龙 阳光玫瑰葡萄 2斤 价格 39.9 成团 3 库存 20 截止 明天 20:00")
    group_buy = next(reply["card_of"] for reply in opened["replies"] if reply["card_of"])
    cat = await _open(browser, playground, "cat")
    dan = await _open(browser, playground, "dan")
    await dan.evaluate("window.notReloaded = true")
    cat_card = cat.locator(f'.card[data-card="{group_buy}"] .card-text').last
    dan_card = dan.locator(f'.card[data-card="{group_buy}"] .card-text').last
    await expect(cat_card).to_contain_text("阳光玫瑰葡萄")
    await expect(cat_card).not_to_contain_text("Cat")

    # Cat types +1 in her tab: her card shows her; Dan's tab shows it too, pushed, not reloaded.
    await cat.locator("#text").fill("+1")
    await cat.locator("#text").press("Enter")
    await expect(cat.locator(".msg.mine .bubble").last).to_have_text("+1")
    await expect(cat_card).to_contain_text("Cat")
    await expect(dan_card).to_contain_text("Cat")

    # Dan taps the card's join button in his tab: the card is edited in place in both tabs.
    cards_before = await dan.locator(f'.card[data-card="{group_buy}"]').count()
    await (
        dan.locator(f'.card[data-card="{group_buy}"]')
        .last.get_by_role("button", name=re.compile(r"跟团|\+1|Join", re.IGNORECASE))
        .first.click()
    )
    await expect(dan_card).to_contain_text("Dan")
    await expect(cat_card).to_contain_text("Dan")
    assert await dan.locator(f'.card[data-card="{group_buy}"]').count() == cards_before
    assert await dan.evaluate("window.notReloaded") is True
    await expect(cat.locator(".warning")).to_contain_text("Anyone who opens this page can speak as anyone")

    await cat.screenshot(path=str(SCREENSHOT))


async def test_attach_a_photo_to_the_opening_and_the_card_shows_it_in_every_tab(
    browser: Browser, playground: Playground
) -> None:
    """The composer's 📎: the photo goes with the text (multipart); the card is a photo card."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = (  # a 2×2 orange PNG
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x99\x00\xff\x99\x00" * 2))
        + chunk(b"IEND", b"")
    )
    amy = await _open(browser, playground, "amy")
    bob = await _open(browser, playground, "bob")
    await amy.locator("#image").set_input_files(
        files=[{"name": "mango.png", "mimeType": "image/png", "buffer": png}]
    )
    await expect(amy.locator("#attached")).to_contain_text("mango.png")
    await amy.locator("#text").fill("接龙 带图的芒果 价格 30")
    await amy.locator("#text").press("Enter")

    for page in (amy, bob):
        card = page.locator(".card").filter(has_text="带图的芒果").last
        await expect(card.locator("img.photo")).to_be_visible()
        assert await card.locator("img.photo").evaluate("img => img.complete && img.naturalWidth") == 2
    await expect(amy.locator(".msg.mine .bubble img.photo").last).to_be_visible()
    await expect(amy.locator("#attached")).to_be_hidden()  # sent: the next message has no photo


async def test_a_typed_like_shows_tuans_thumbs_up_under_the_members_message(
    browser: Browser, playground: Playground
) -> None:
    """Cat types `赞 N` in her tab: Tuan's 👍 shows under her message there and, pushed, in Dan's tab;
    it is still there after a reload (kept with the message)."""
    posted = playground.say("family", "bob", "种草 楼下新开的面包店不错")
    note = -next(reply["card_of"] for reply in posted["replies"] if reply["card_of"])
    cat = await _open(browser, playground, "cat")
    dan = await _open(browser, playground, "dan")

    await cat.locator("#text").fill(f"赞 {note}")
    await cat.locator("#text").press("Enter")

    mine = cat.locator(".msg.mine").filter(has_text=f"赞 {note}").last
    await expect(mine.locator(".reaction")).to_have_text("👍")
    theirs = dan.locator(".msg").filter(has_text=f"赞 {note}").last
    await expect(theirs.locator(".reaction")).to_have_text("👍")
    await cat.reload()
    await expect(cat.locator("body")).to_have_attribute("data-ready", "true")
    await expect(
        cat.locator(".msg.mine").filter(has_text=f"赞 {note}").last.locator(".reaction")
    ).to_have_text("👍")
