"""No customer-facing text reaches the outbox without passing the one gate (issue 17, P5/P7), read from
the source with `ast` (nothing is imported):

- the customers' texts (bot.texts.customer_texts) are rendered only by the gate, bot.requests.customer_notices,
  and by the answers it sends at once, bot.requests.customer_answers (which has no way to the outbox but the gate);
- no other module queues a public post where customers read: a message in a request's own channel or
  thread, a reaction on their message, a DM to a customer, or a scheduled message (never, anywhere);
- inside the gate, every path to the outbox asks the policy (`rules.gate`) first.

The service tier checks the same at run time: every post in a customer's channel carries the gate's kind
(tests/service/test_customer_notices.py)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GATE = "bot/requests/customer_notices.py"
ANSWERS = "bot/requests/customer_answers.py"
SCANNED = ("bot", "handlers")
EXEMPT = ("bot/sandbox/", "bot/slack/outbox.py", GATE)  # the stand-in and demo; the outbox itself; the gate
PUBLIC = {"chat.postMessage", "chat.scheduleMessage", "chat.update", "chat.meMessage", "reactions.add"}
WHERE_CUSTOMERS_READ = {"channel_id"}  # request.channel_id, message.channel_id, channel.channel_id
OUTBOX_CALLS = {"queue", "direct_message", "upload"}


def _files() -> list[tuple[str, str]]:
    found = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = str(path.relative_to(ROOT))
            found.append((name, path.read_text()))
    return found


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _is_outbox_call(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in OUTBOX_CALLS and getattr(func.value, "id", "") == "outbox":
        return func.attr
    return None


def posts_where_customers_read(source: str, name: str = "<snippet>") -> list[str]:
    """Every outbox call in `source` that would post, unchecked, where a customer reads."""
    offences = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not (how := _is_outbox_call(node)):
            continue
        where = f"{name}:{node.lineno}"
        if how == "direct_message":
            to = _keyword(node, "user_id")
            if isinstance(to, ast.Attribute) and to.attr == "customer_user_id":
                offences.append(f"{where} a DM to the customer")
            continue
        if how == "upload":
            continue  # files go to a person's DM or a channel we name (records, digests): never a customer thread
        method = _keyword(node, "method")
        if not isinstance(method, ast.Constant):
            offences.append(f"{where} a method the scan cannot read")
            continue
        if method.value == "chat.scheduleMessage":
            offences.append(f"{where} a scheduled message (the bot never posts for a person)")
            continue
        if method.value not in PUBLIC:
            continue
        args = _keyword(node, "args")
        if not isinstance(args, ast.Dict):
            offences.append(f"{where} a public post whose arguments the scan cannot read")
            continue
        fields = {k.value: v for k, v in zip(args.keys, args.values, strict=True) if isinstance(k, ast.Constant)}
        channel = fields.get("channel")
        if "thread_ts" in fields or "timestamp" in fields:
            offences.append(f"{where} a post in a customer's thread or on their message")
        elif isinstance(channel, ast.Attribute) and channel.attr in WHERE_CUSTOMERS_READ:
            offences.append(f"{where} a post in the customers' channel")
    return offences


def customer_text_users() -> list[str]:
    users = []
    for name, source in _files():
        if name.startswith("bot/texts/"):
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and (
                node.module == "bot.texts.customer_texts"
                or (node.module == "bot.texts" and any(a.name == "customer_texts" for a in node.names))
            ):
                users.append(f"{name}:{node.lineno}")
    return users


def _functions(tree: ast.AST) -> dict[str, ast.FunctionDef]:
    return {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}


def _calls(function: ast.FunctionDef) -> set[str]:
    named = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                named.add(node.func.id)
            elif isinstance(node.func, ast.Attribute):
                named.add(f"{getattr(node.func.value, 'id', '')}.{node.func.attr}")
    return named


def ungated_paths(source: str) -> list[str]:
    """Functions of the gate that reach the outbox without asking `rules.gate` (themselves, or every caller)."""
    functions = _functions(ast.parse(source))
    calls = {name: _calls(f) for name, f in functions.items()}
    asks = {name for name, called in calls.items() if "rules.gate" in called}
    outbox_users = {name for name, called in calls.items() if called & {f"outbox.{c}" for c in OUTBOX_CALLS}}
    problems = [f"{name} calls the outbox directly" for name in sorted(outbox_users - {"_queue"})]

    def gated(name: str, seen: frozenset = frozenset()) -> bool:
        if name in asks:
            return True
        callers = [caller for caller, called in calls.items() if name in called and caller not in seen]
        return bool(callers) and all(gated(caller, seen | {name}) for caller in callers)

    for name, called in calls.items():
        if "_queue" in called and not gated(name):
            problems.append(f"{name} reaches the outbox without the gate")
    return problems


# -- the code as it is --------------------------------------------------------------------------------
def test_no_module_but_the_gate_posts_where_customers_read():
    offences = [
        offence
        for name, source in _files()
        if not name.startswith(EXEMPT)
        for offence in posts_where_customers_read(source, name)
    ]
    assert offences == [], "\n".join(offences)


def test_only_the_gate_and_its_answers_render_the_customers_texts():
    users = customer_text_users()
    assert {user.split(":")[0] for user in users} == {GATE, ANSWERS}, users
    assert len(users) == 2


def test_the_answers_reach_the_outbox_only_through_the_gate():
    tree = ast.parse((ROOT / ANSWERS).read_text())
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _is_outbox_call(n)]
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("bot.slack")]
    posting = {
        name
        for name, function in _functions(tree).items()
        if any(isinstance(n, ast.Call) and getattr(n.func, "id", "") == "answer" for n in ast.walk(function))
    }
    assert posting == {"acknowledge", "tell_state", "help_direct", "introduce", "echo_window"}


def test_inside_the_gate_every_path_to_the_outbox_asks_the_policy_and_marks_the_row():
    source = (ROOT / GATE).read_text()
    assert ungated_paths(source) == []
    queue = _functions(ast.parse(source))["_queue"]
    (call,) = [n for n in ast.walk(queue) if isinstance(n, ast.Call) and _is_outbox_call(n)]
    assert isinstance(_keyword(call, "gate"), ast.Name)  # the kind the policy let through, on the row


# -- the scan can fail ----------------------------------------------------------------------------------
OLD_CODE = """
def close_the_loop(session, request, now):
    return outbox.queue(
        session, now=now, workspace_id=request.workspace_id, method="chat.postMessage",
        args={"channel": request.channel_id, "thread_ts": request.thread_ts, "text": text},
        purpose="claim", subject=f"request:{request.id}",
    )

def send_later(session, request, original, post_at, now):
    outbox.queue(session, now=now, method="chat.scheduleMessage",
                 args={"channel": request.channel_id, "post_at": post_at, "text": original})

def intro(ctx, channel):
    outbox.queue(ctx.session, method="chat.postMessage", args={"channel": channel.channel_id, "text": "Hi"})

def react(session, request):
    outbox.queue(session, method="reactions.add", args={"channel": c, "timestamp": request.thread_ts})

def chase(session, request):
    outbox.direct_message(session, user_id=request.customer_user_id, text="any news?")

def somewhere(session, args):
    outbox.queue(session, method="chat.postMessage", args=args)
"""

STAFF_CODE = """
def to_triage(session, request, channel, text):
    outbox.queue(session, method="chat.postMessage", args={"channel": channel.triage_channel_id, "text": text})
    outbox.queue(session, method="chat.postMessage", args={"channel": target, "text": text, "blocks": blocks})
    outbox.queue(session, method="chat.postEphemeral",
                 args={"channel": request.channel_id, "user": user, "thread_ts": request.thread_ts, "text": text})
    outbox.direct_message(session, user_id=request.owner_user_id, text=text)
    outbox.queue(session, method="users.info", args={"user": user})
"""


def test_the_scan_finds_the_posts_that_skipped_the_gate_before_issue_17():
    assert [o.split(" ", 1)[0] for o in posts_where_customers_read(OLD_CODE)] == [
        "<snippet>:3",
        "<snippet>:10",
        "<snippet>:14",
        "<snippet>:17",
        "<snippet>:20",
        "<snippet>:23",
    ]


def test_the_scan_leaves_staff_posts_and_private_answers_alone():
    assert posts_where_customers_read(STAFF_CODE) == []


def test_the_gate_check_finds_a_path_that_does_not_ask_the_policy():
    leaky = """
def _queue(session, kind, **kw):
    return outbox.queue(session, gate=kind, **kw)

def notice(session, request, now):
    verdict = rules.gate("claim", facts, None, now)
    return _send(session, request)

def _send(session, request):
    return _queue(session, "claim")

def shortcut(session, request):
    return _send(session, request)

def direct(session):
    return outbox.queue(session, method="chat.postMessage", args={})
"""
    assert ungated_paths(leaky) == [
        "direct calls the outbox directly",
        "_send reaches the outbox without the gate",
    ]
