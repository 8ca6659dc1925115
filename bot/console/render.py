"""Pages: Jinja2 templates (autoescaped) in the reader's language, with the menu their role sees.

The language is the `lang` cookie's (set by the language links), else the page's `?lang=` (the
chat's, carried by `/console`'s login link), else the best of the browser's Accept-Language, else
TUAN_LANGUAGE. Texts live in the gettext catalogs under `console_` keys; a template reads them with
`_("console_key", name=...)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from bot.console.sessions import csrf_token, principal, take_flash
from commerce.domain.console import Principal, Role
from commerce.domain.group_buy import MAX_TITLE
from handlers.texts import normalize_language, t

TEMPLATES = Path(__file__).parent / "templates"
LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class MenuItem:
    path: str
    key: str  # its catalog text
    role: Role  # the least role that sees it


# The menu, in order; a page others add goes here too (and into app.ROUTERS).
MENU: list[MenuItem] = [
    MenuItem("/dashboard", "console_menu_dashboard", Role.ORGANISER),
    MenuItem("/group-buys", "console_menu_group_buys", Role.ORGANISER),
    MenuItem("/orders", "console_menu_orders", Role.ORGANISER),
    MenuItem("/export", "console_menu_export", Role.ORGANISER),
    MenuItem("/members", "console_menu_members", Role.ORGANISER),
    MenuItem("/payouts", "console_menu_payouts", Role.ORGANISER),
    MenuItem("/ledger", "console_ledger_title", Role.ORGANISER),  # rep80 #12e: not only from Payouts
    MenuItem("/moderation", "console_menu_moderation", Role.ADMIN),
    MenuItem("/pickup", "console_menu_pickup", Role.HELPER),
    MenuItem("/audit", "console_menu_audit", Role.ADMIN),
    MenuItem("/tokens", "console_menu_tokens", Role.ORGANISER),
]

_ENV = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
_ENV.globals["max_title"] = MAX_TITLE  # the title field stops where the rule does (80, not 500)


def language(request: Request, default: str) -> str:
    chosen = normalize_language(request.cookies.get("lang"))
    if chosen in LANGUAGES:
        return chosen
    carried = normalize_language(request.query_params.get("lang"))  # `/console`'s link: `?lang=en`
    if carried in LANGUAGES:
        return carried
    for part in request.headers.get("accept-language", "").split(","):
        found = normalize_language(part.split(";")[0].strip())
        if found in LANGUAGES:
            return found
    return default


def render(request: Request, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    """The page `template` for this request: its reader's language, menu and CSRF field at hand."""
    lang = language(request, request.app.state.default_language)
    # /healthz runs without the session middleware (healthz.sessionless): its 405 is a page with no one in it
    sessionless = not hasattr(request.state, "session")
    who: Principal | None = None if sessionless else principal(request)

    def text(key: str, **params: Any) -> str:
        return t(lang, key, **params)

    def csrf_field() -> Markup:
        return Markup('<input type="hidden" name="csrf" value="{}">').format(csrf_token(request))

    menu = [item for item in MENU if who is not None and who.at_least(item.role)]
    shown = None if sessionless else take_flash(request)
    if status >= 400 and not getattr(request.state, "flashed", False):
        shown = None  # a refused page answers this request alone: never an earlier page's message
    context.setdefault("flash", shown)
    body = _ENV.get_template(template).render(
        _=text, lang=lang, who=who, menu=menu, csrf_field=csrf_field, path=request.url.path, **context
    )
    return HTMLResponse(body, status_code=status, headers={"cache-control": "no-store"})
