"""The console in a real browser (Debian's chromium, with the CJK font), beside the playground in one
`tuan playground --console` process: an admin opens a group buy from the console, a member joins it in
the playground chat, the console closes it and lists the order, marks it paid and refunds it (asked
first, with a reason; the buyer reads both in the chat), and exports it; an organiser's login link from
`/console` works once."""

from __future__ import annotations

import asyncio
import csv
import io
import re
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect

from tests.e2e.conftest import START_TIMEOUT_SECONDS, Playground, clean_env, sqlite_url, tuan_command
from tests.e2e.test_playground_browser import CHROMIUM, CHROMIUM_ARGS
from tests.services import free_port

pytestmark = [pytest.mark.e2e, pytest.mark.browser, pytest.mark.xdist_group("console-browser")]

PASSWORD = "correct horse battery"
TITLE = "阳光玫瑰葡萄"
SCREENSHOT = Path("/tmp/console.png")


class Shop:
    """The playground with its console, and where the console listens."""

    def __init__(self, playground: Playground, console_url: str) -> None:
        self.playground = playground
        self.console_url = console_url


def _console_answers(url: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/login", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    pytest.fail(f"the console at {url} did not answer within {START_TIMEOUT_SECONDS:.0f} s")


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    """`tuan playground --console` on free loopback ports, and an admin made by `tuan admin create`."""
    workdir = tmp_path_factory.mktemp("console")
    port = free_port()
    playground = Playground(
        workdir,
        sqlite_url(workdir),
        "--console",
        TUAN_CONSOLE_PORT=str(port),
        TUAN_CONSOLE_SECRET="e2e-console-secret",
        TUAN_LANGUAGE="zh",
    ).start()
    try:
        made = subprocess.run(
            tuan_command(
                "admin",
                "create",
                "--username",
                "root",
                "--password-stdin",
                "--database-url",
                playground.database_url,
            ),
            input=f"{PASSWORD}\n",
            capture_output=True,
            text=True,
            cwd=workdir,
            env=clean_env(TUAN_CONSOLE_PORT=str(port)),
            timeout=60,
        )
        assert made.returncode == 0, made.stderr
        assert "Admin root created" in made.stdout
        url = f"http://127.0.0.1:{port}"
        _console_answers(url)
        yield Shop(playground, url)
    finally:
        playground.stop()
        playground.http.close()


def _has_cjk_font() -> bool:
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False)
    return bool(listed.stdout.strip())


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """One browser for the whole story (a context per person)."""
    if not CHROMIUM.exists():  # never a skip: the suite promises a browser test
        pytest.fail(f"{CHROMIUM} is missing: install it with `make system-deps` (apt-get install chromium)")
    if not _has_cjk_font():  # Chinese would render as boxes, and the screenshot would show nothing
        pytest.fail("no CJK font: install one with `make system-deps` (apt-get install fonts-wqy-microhei)")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        await browser.close()


async def _chat(context: BrowserContext, shop: Shop, user: str, chat: str) -> Page:
    """The playground page as `user`, in `chat` (their own name: their private chat with the bot)."""
    page = await context.new_page()
    await page.goto(f"{shop.playground.base_url}/?user={user}&chat={chat}")
    await expect(page.locator("body")).to_have_attribute("data-ready", "true")
    await expect(page.locator("#live")).to_have_text("live")
    return page


async def _say(page: Page, text: str) -> None:
    await page.locator("#text").fill(text)
    await page.locator("#text").press("Enter")
    await expect(page.locator(".msg.mine .bubble").last).to_have_text(text)


async def test_an_admin_runs_a_group_buy_from_the_console_and_the_chat_sees_each_step(
    browser: Browser, shop: Shop
) -> None:
    # Amy organises in the family chat (so the bot knows it, and Amy may ask for the console).
    shop.playground.say("family", "amy", "接龙 海南芒果 价格 10 成团 5")
    shop.playground.say("family", "carol", "葡萄什么时候到？")  # Carol: a member the bot has seen there
    console = await browser.new_context(locale="zh-CN", accept_downloads=True)
    chat = await browser.new_context(locale="zh-CN")

    # The admin logs in with the password `tuan admin create` stored, and opens a group buy.
    admin = await console.new_page()
    await admin.goto(f"{shop.console_url}/login")
    await admin.locator("#username").fill("root")
    await admin.locator("#password").fill(PASSWORD)
    await admin.get_by_role("button", name="登录").click()
    await expect(admin).to_have_url(f"{shop.console_url}/dashboard")
    await expect(admin.locator(".who")).to_contain_text("root")
    await admin.goto(f"{shop.console_url}/group-buys/new")
    await admin.locator("#chat").select_option("family")
    # The admin opens it for Carol: once the chat is chosen, its members to pick the organiser from
    # (none chosen to start with: the admin picks one every time).
    await admin.get_by_role("button", name="显示这个群的成员").click()
    await expect(admin.locator("#organiser")).to_have_value("")
    await admin.locator("#organiser").select_option(label="Carol")
    await admin.locator("#title").fill(TITLE)
    await admin.locator("#price").fill("39.9")
    await admin.locator("#target").fill("1")
    await admin.locator("#pickup").fill("小区南门")
    await admin.locator("#pickup").press("Enter")  # Enter in a field saves the form, as 保存 does
    await expect(admin.locator(".flash")).to_contain_text(f"{TITLE} 已开团，群里已发出团卡。")
    found = re.search(r"/group-buys/(\d+)$", admin.url)
    assert found, admin.url
    gid = int(found.group(1))
    await expect(admin.locator("main")).to_contain_text("Carol")  # its organiser, not the admin's login

    # The family chat shows its card, Carol's; Bob taps its join button there.
    bob = await _chat(chat, shop, "bob", "family")
    card = bob.locator(f'.card[data-card="{gid}"]').last
    await expect(card.locator(".card-text")).to_contain_text(TITLE)
    await expect(card.locator(".card-text")).to_contain_text("团长：Carol")
    await card.get_by_role("button", name=re.compile(r"跟团|\+1")).first.click()
    await expect(card.locator(".card-text")).to_contain_text("Bob")
    bob_private = await _chat(chat, shop, "bob", "bob")

    # The console closes it; Bob's order is on the order list, and in his private chat.
    await admin.goto(f"{shop.console_url}/group-buys/{gid}")
    await admin.get_by_role("button", name="立即截单").click()
    await expect(bob.locator(".msg .bubble").filter(has_text=f"✅ {TITLE}").last).to_be_visible()
    await expect(bob_private.locator(".msg .bubble").filter(has_text=f"#{gid}-1").last).to_be_visible()
    await admin.goto(f"{shop.console_url}/orders?group_buy={gid}")
    row = admin.locator("tbody tr").filter(has_text=f"#{gid}-1")
    await expect(row).to_contain_text("Bob")
    await expect(row).to_contain_text("39.90")
    await expect(row).to_contain_text("未付款")

    # Marked paid (已收) then refunded from the console: Bob reads the refund in his private chat.
    await row.get_by_role("button", name="已收").click()
    await expect(admin.locator(".flash")).to_contain_text(f"已确认收款：#{gid}-1")
    await expect(row).to_contain_text("已付款")
    await row.get_by_role("button", name="退款", exact=True).click()  # asks first, with a reason
    await expect(admin.locator("h1")).to_have_text("确认退款（1 个订单）")
    await admin.get_by_label("退款原因（可不填，会告诉买家和团长）").fill("路上压坏了")
    await admin.get_by_role("button", name="确认退款 1 个订单").click()
    await expect(admin.locator(".flash")).to_contain_text(f"已退款：#{gid}-1。已通知买家。")
    await expect(row).to_contain_text("已退款")
    refunded = f"管理员 已为你的订单 #{gid}-1（{TITLE}）退款"  # an admin's refund, never the login's name
    refund = bob_private.locator(".msg .bubble").filter(has_text=refunded)
    await expect(refund.last).to_contain_text("原因：路上压坏了")
    await admin.screenshot(path=str(SCREENSHOT), full_page=True)  # the order list, refunded

    # The CSV export holds the order, in Chinese, with a BOM for Excel and WPS.
    await admin.goto(f"{shop.console_url}/export?group_buy={gid}")
    async with admin.expect_download() as download_info:
        await admin.get_by_role("button", name="订单（CSV）").click()
    download = await download_info.value
    content = await asyncio.to_thread(Path(await download.path()).read_bytes)
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    [order] = [r for r in rows if f"#{gid}-1" in r]
    assert f"#{gid} {TITLE}" in order and "Bob" in order and "小区南门" in order and "39.90" in order

    # Amy sends /console in her private chat; her link logs her in once, the second time is refused.
    amy = await _chat(chat, shop, "amy", "amy")
    await _say(amy, "/console")
    link = amy.locator(".msg .bubble").filter(has_text="/login/link/").last
    await expect(link).to_be_visible()
    found = re.search(r"(http://\S+/login/link/\S+)", await link.inner_text())
    assert found, await link.inner_text()
    url = found.group(1)
    assert url.startswith(shop.console_url)
    organiser = await (await browser.new_context(locale="zh-CN")).new_page()
    await organiser.goto(url)
    await organiser.get_by_role("button", name="登录").click()
    await expect(organiser).to_have_url(f"{shop.console_url}/dashboard")
    await expect(organiser.locator(".who")).to_have_text("Amy（团长）")
    await organiser.goto(f"{shop.console_url}/group-buys")
    await expect(organiser.locator("main")).to_contain_text("海南芒果")
    await expect(organiser.locator("main")).not_to_contain_text(TITLE)  # the admin's, not hers

    again = await (await browser.new_context(locale="zh-CN")).new_page()
    await again.goto(url)
    await again.get_by_role("button", name="登录").click()
    await expect(again.locator("body")).to_contain_text("这个登录链接已用过或已过期")
    await expect(again.locator(".who")).to_have_count(0)  # nobody logged in
