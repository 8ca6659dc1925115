"""The web console (issue #14): admins and organisers run the shop from a browser.

Server-rendered pages (FastAPI + Jinja2, one CSS file, no JavaScript framework). Every change goes
through the chat's own services with the logged-in person as actor (`actions.run_command`), is told to
the chat through the outbox as the chat command would be, and is audited in the same transaction.

Adding a page (see `group_buys.py`, the model):
1. a module with an `APIRouter`; each route takes `who: Principal = Depends(require(Role.X))`
   (`auth.require`), and a POST takes `form: Form = Depends(csrf_form)` (`forms.py`: the CSRF check);
2. a template extending `base.html` (forms carry `{{ csrf_field() }}`);
3. list it in `app.ROUTERS` and, if it belongs in the menu, in `render.MENU`;
4. add its routes' expected answers to `tests/unit/bot/console/test_route_matrix.py` (the test walks
   every route of the app and fails on one it has no expectation for).
"""
