"""The house's floors, read from the source with `ast` (nothing is imported): bot's packages (and modules) form no
cycle and each imports only its own package or lower floors; policies import no framework and nothing
of ours; handlers never import the models (STYLE.md, "Where a new piece goes")."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Lower floors first. A package may import from itself and from lower floors only; packages on one
# floor do not import each other. Cross-domain use cases sit above the domains they touch, or are
# handed in at wiring time by bot.app.
FLOORS = {
    "bot.platform": 0,  # clock, config, db, models, timers, sweep, metrics
    "bot.slack": 1,  # port, outbox, HTTP edge, inbox, installations
    "bot.texts": 2,  # the words people read
    "bot.requests": 3,  # request rows, ownership, escalations, people, channels
    "bot.availability": 4,  # P5; promises read a customer's availability, so it sits below them
    "bot.promises": 5,
    "bot.record": 5,  # the customer's record and the figures: reads rows, writes nothing
    "bot.digests": 6,  # views and use cases above the domains
    "bot.home": 6,
    "bot.settings": 6,
    "bot.intake": 6,
    "handlers": 7,  # Bolt listeners: call services, never the other way round
    "bot.app": 8,  # wiring
    "bot.sandbox": 9,  # stand-in Slack, simulator, demo: drive a built app
    "bot.cli": 10,
}


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(*folders: str) -> dict[str, Path]:
    return {module_name(p): p for folder in folders for p in sorted((ROOT / folder).rglob("*.py"))}


def imports(path: Path, root: Path = ROOT) -> Iterator[tuple[str, int]]:
    """Every module a file imports, absolute, with its line: top-level, in functions, under TYPE_CHECKING."""
    me = module_name(path, root)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield module, node.lineno
            for alias in node.names:  # `from bot.requests import lookup` imports bot.requests.lookup
                yield f"{module}.{alias.name}", node.lineno


def node_of(module: str) -> str | None:
    """The graph node a module belongs to: its floor's package (bot.requests, handlers) or bot.app / bot.cli."""
    for name in sorted(FLOORS, key=len, reverse=True):
        if module == name or module.startswith(name + "."):
            return name
    return None


def package_graph() -> dict[str, dict[str, list[str]]]:
    """node -> imported node -> where ("bot/x/y.py:12"), for every import between two nodes."""
    graph: dict[str, dict[str, list[str]]] = {}
    for name, path in modules("bot", "handlers").items():
        source = node_of(name)
        if source is None:
            continue
        graph.setdefault(source, {})
        for imported, line in imports(path):
            target = node_of(imported)
            where = f"{path.relative_to(ROOT)}:{line}"
            if target is not None and target != source and where not in graph[source].get(target, []):
                graph[source].setdefault(target, []).append(where)
    return graph


def find_cycle(graph: dict[str, set[str] | dict]) -> list[str] | None:
    """A cycle as its path (first node repeated at the end), or None: depth-first, three colours."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node], path[len(path) :] = "open", [node]
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        state[node] = "done"
        path.pop()
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle_and_only_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]
    assert find_cycle({"a": {"a"}}) == ["a", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set(), "d": {"a", "c"}}) is None


def test_the_graph_reader_sees_relative_and_local_imports(tmp_path):
    (tmp_path / "bot" / "requests").mkdir(parents=True)
    module = tmp_path / "bot" / "requests" / "ownership.py"
    module.write_text("from . import lookup\ndef f():\n    from ..promises import service\n")
    assert set(imports(module, tmp_path)) >= {("bot.requests.lookup", 1), ("bot.promises.service", 3)}


def test_every_bot_module_belongs_to_a_floor():
    strays = [name for name in modules("bot") if name != "bot" and node_of(name) is None]
    assert not strays, f"add these to a package (or to FLOORS): {strays}"


def test_bot_packages_import_each_other_without_a_cycle():
    graph = package_graph()
    cycle = find_cycle(graph)
    where = [f"{a} -> {b}: {', '.join(graph[a][b])}" for a, b in zip(cycle, cycle[1:], strict=False)] if cycle else []
    assert cycle is None, "import cycle between packages:\n" + "\n".join(where)


def test_bot_modules_import_each_other_without_a_cycle():
    """Within a package too: two modules that need each other want a third, below both, that they share."""
    known = modules("bot", "handlers")
    graph = {name: {m for m, _ in imports(path) if m in known and m != name} for name, path in known.items()}
    cycle = find_cycle(graph)
    assert cycle is None, f"import cycle between modules: {' -> '.join(cycle or [])}"


def test_each_package_imports_only_its_own_floor_or_lower_ones():
    upward = [
        f"{source} (floor {FLOORS[source]}) imports {target} (floor {FLOORS[target]}) at {', '.join(where)}"
        for source, targets in package_graph().items()
        for target, where in targets.items()
        if FLOORS[target] >= FLOORS[source]
    ]
    assert not upward, "\n".join(upward)


@pytest.mark.parametrize("forbidden", ["bot", "handlers", "sqlalchemy", "slack_sdk", "slack_bolt"])
def test_policies_import_no_framework_and_nothing_of_ours(forbidden):
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in modules("policies").values()
        for module, line in imports(path)
        if module == forbidden or module.startswith(forbidden + ".")
    ]
    assert not offenders, "\n".join(offenders)


def test_handlers_never_import_the_models():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in modules("handlers").values()
        for module, line in imports(path)
        if module == "bot.platform.models" or module.startswith("bot.platform.models.")
    ]
    assert not offenders, "a handler calls a service; it never imports bot.platform.models: " + ", ".join(offenders)
