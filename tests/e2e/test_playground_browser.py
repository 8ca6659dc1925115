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


async def _open(browser: Browser, playground: Playground, user: str, chat: str = "family") -> Page:
    page = await browser.new_page(viewport={"width": 1200, "height": 800})
    await page.goto(f"{playground.base_url}/?user={user}&chat={chat}")
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
        # its box shows before the photo loads (no jump): decode() waits for the photo itself
        width = "img => img.decode().then(() => img.naturalWidth)"
        assert await card.locator("img.photo").evaluate(width) == 2
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


def _png(width: int, height: int) -> bytes:
    """A real PNG of one colour."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = (b"\x00" + b"\x88\x22\xaa" * width) * height
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


AT_BOTTOM = """() => { const list = document.getElementById("messages");
  const photos = list.querySelectorAll("img.photo");
  return photos.length > 0 && photos[photos.length - 1].complete
    && list.scrollHeight - list.scrollTop - list.clientHeight < 2; }"""


async def test_a_chat_with_photo_cards_opens_and_stays_at_its_newest_message(
    browser: Browser, playground: Playground
) -> None:
    """Opened, the chat is at its last message once the photos loaded; a photo card arriving live keeps
    it there; scrolled up, a new message does not move the view but a "New messages ↓" pill takes her
    down."""

    def photo_card(text: str) -> None:
        files = {"image": ("fruit.png", _png(300, 400), "image/png")}
        posted = playground.http.post(
            "/api/messages", data={"chat": "photos", "user": "amy", "text": text}, files=files
        )
        assert posted.status_code == 200, posted.text

    assert playground.http.post("/api/chats", json={"name": "photos"}).status_code == 201
    for n in range(1, 13):
        playground.say("photos", "bob", f"第{n}条：今天的水果真新鲜")
    photo_card("接龙 大芒果 价格 30")
    dan = await _open(browser, playground, "dan", "photos")
    errors: list[str] = []
    dan.on("pageerror", lambda error: errors.append(str(error)))
    await dan.wait_for_function(AT_BOTTOM, timeout=5000)  # opened: at the card, photo loaded

    photo_card("接龙 大西瓜 价格 20")  # live, while Dan is at the bottom: he stays there
    await expect(dan.locator(".card").filter(has_text="大西瓜").locator("img.photo")).to_be_visible()
    await dan.wait_for_function(AT_BOTTOM, timeout=5000)
    await expect(dan.locator("#new-below")).to_be_hidden()

    messages = dan.locator("#messages")
    await messages.evaluate("list => { list.scrollTop = 0; }")  # he scrolls up to read
    await dan.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    playground.say("photos", "cat", "有人要一起拼吗")
    await expect(dan.locator(".msg").filter(has_text="有人要一起拼吗")).to_have_count(1)
    await expect(dan.locator("#new-below")).to_be_visible()
    await expect(dan.locator("#new-below")).to_have_text("New messages ↓")
    assert await messages.evaluate("list => list.scrollTop") == 0  # not pulled away from what he reads
    await dan.locator("#new-below").click()
    await dan.wait_for_function(AT_BOTTOM, timeout=5000)
    await expect(dan.locator("#new-below")).to_be_hidden()
    assert errors == []


async def _page(
    browser: Browser,
    playground: Playground,
    path: str,
    *,
    locale: str = "en-US",
    width: int = 1280,
    height: int = 800,
) -> Page:
    page = await browser.new_page(viewport={"width": width, "height": height}, locale=locale)
    await page.goto(f"{playground.base_url}{path}")
    await expect(page.locator("body")).to_have_attribute("data-ready", "true")
    return page


async def test_an_english_page_offers_the_english_commands_and_a_chinese_one_the_chinese(
    browser: Browser, playground: Playground
) -> None:
    """Review 46 #13: the example chips were Chinese only on an English page. They follow the page's
    language (the browser's, or `?lang=`); an empty group chat names both ways to start."""
    assert playground.http.post("/api/chats", json={"name": "quiet"}).status_code == 201
    ben = await _page(browser, playground, "/?user=ben&chat=quiet")
    chips = ben.locator("#examples button")
    await expect(chips).to_contain_text(["/groupbuy Mangoes", "+1", "/close", "/ipaid", "/help"])
    await expect(ben.locator("#examples")).not_to_contain_text("截单")
    empty = ben.locator("#messages .empty")
    await expect(empty).to_contain_text("/groupbuy Mangoes price 88 target 2")
    await expect(empty).to_contain_text("接龙 芒果 价格 88 成团 2")

    await chips.first.click()  # the chip fills the box; sent, Tuan answers in English
    await expect(ben.locator("#text")).to_have_value(re.compile(r"^/groupbuy Mangoes 5kg price 88 "))
    await ben.locator("#text").press("Enter")
    await expect(ben.locator(".msg.bot .bubble").filter(has_text="is open: Mangoes 5kg")).to_have_count(1)

    li = await _page(browser, playground, "/?user=li&chat=quiet", locale="zh-CN")
    await expect(li.locator("#examples button")).to_contain_text(
        ["接龙 海南贵妃芒", "+1", "截单", "我已付款", "帮助"]
    )
    await expect(li.locator("#examples")).not_to_contain_text("/close")
    asked = await _page(browser, playground, "/?user=li&chat=quiet&lang=en", locale="zh-CN")
    await expect(asked.locator("#examples")).to_contain_text("/close")


async def test_on_a_phone_the_people_and_chats_fold_into_one_line_and_the_chat_keeps_the_height(
    browser: Browser, playground: Playground
) -> None:
    """Review 46 #13: at 390×844 the sidebar took ~40% of the height and grew with each person (16 people
    left ~300 px for the chat). It is one line (who you are · which chat) that opens on a tap."""
    assert playground.http.post("/api/chats", json={"name": "crowd"}).status_code == 201
    for n in range(1, 17):
        playground.say("crowd", f"p{n}", f"hello from {n}")
    phone = await _page(browser, playground, "/?user=p1&chat=crowd", width=390, height=844)
    toggle = phone.locator("#sidebar-toggle")
    await expect(toggle).to_have_text("P1 · crowd ▾")
    await expect(phone.locator("#users")).to_be_hidden()
    sidebar = await phone.locator("#sidebar").bounding_box()
    messages = await phone.locator("#messages").bounding_box()
    assert sidebar is not None and messages is not None
    assert sidebar["height"] < 60
    assert messages["height"] > 0.6 * 844

    await toggle.click()  # opened: everyone to pick from, the chats too
    await expect(phone.locator("#users")).to_be_visible()
    assert await phone.locator("#users .user-chip").count() >= 16
    await expect(toggle).to_have_attribute("aria-expanded", "true")
    await phone.locator('#chats button[data-chat="family"]').click()  # picking a chat folds it again
    await expect(phone.locator("#users")).to_be_hidden()
    await expect(toggle).to_have_text("P1 · family ▾")

    wide = await _page(browser, playground, "/?user=p1&chat=crowd")  # a wide screen shows it all
    await expect(wide.locator("#users")).to_be_visible()
    await expect(wide.locator("#sidebar-toggle")).to_be_hidden()


async def test_a_bubbles_time_is_on_tuans_moved_clock_as_the_cards_are(
    browser: Browser, fresh_playground: Playground
) -> None:
    """Review 46 #13: with the clock moved 11 h, the bubbles showed the machine's time and the card Tuan's,
    so "ends 2h" read as 13 h away. The bubble now shows Tuan's clock, in the cards' time zone."""
    fresh_playground.advance_clock(11 * 3600)
    fresh_playground.say("family", "ben", "/groupbuy Avocados price 3 target 4 ends 2h")
    ben = await _page(browser, fresh_playground, "/?user=ben&chat=family")
    mine = ben.locator(".msg.mine").filter(has_text="/groupbuy Avocados").last
    shown = await mine.locator(".msg-meta").inner_text()
    card = await ben.locator(".card").filter(has_text="Avocados").last.locator(".card-text").inner_text()
    closes = re.search(r"^Closes: .*?(\d\d:\d\d)$", card, re.MULTILINE)
    assert closes is not None, card
    hours, minutes = map(int, shown.split(":"))
    close_hours, close_minutes = map(int, closes.group(1).split(":"))
    gap = ((close_hours * 60 + close_minutes) - (hours * 60 + minutes)) % (24 * 60)
    assert gap in (120, 121), (shown, card)
