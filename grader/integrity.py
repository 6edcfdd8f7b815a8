"""The integrity flag: does a graded function just hand its work to the course?

Some exercises ask the student to write what ``helpers`` already provides for
later lessons (``helpers.layers``, ``helpers.xor_net.train``...). Each
``Exercise.course_helpers`` lists what that exercise may not delegate to: a
function (``"helpers.layers.softmax_loss"``) or a whole module
(``"helpers.layers"``); a name without the ``helpers.`` prefix is relative to
``helpers``.

The grader decides this itself, by reading the notebook's cells with ``ast``
— no student code runs here, so nothing a notebook does can switch it off.
It follows every name bound to a course module or function (imports, aliases,
``from ... import *``, containers holding one, copies such as
``types.FunctionType(f.__code__, ...)``, ``functools.partial``), and flags a
graded name that *is* one, or whose code — or the code of the student's own
helper functions it calls — uses one. Calling another graded name of the
student is not delegation (that one is judged, and flagged, on its own).
Importing ``helpers`` by a computed name (``importlib``, ``__import__``) is
flagged too. It fails closed: a scanner error flags every exercise it was
asked about, as the grader's problem to review, never as an empty list.
It is a flag for a person, not proof.
"""

from __future__ import annotations

import ast

MAX_USES = 5


def _full(entry: str) -> str:
    return entry if entry == "helpers" or entry.startswith("helpers.") else f"helpers.{entry}"


def _matches(dotted: str, targets: list[str]) -> str | None:
    """The course object that the dotted name ``dotted`` reaches: the target itself, or for a
    module target the module's attribute (``helpers.layers.softmax_loss.__code__`` ->
    ``helpers.layers.softmax_loss``)."""
    for target in targets:
        if dotted == target:
            return target
        if dotted.startswith(target + "."):
            if target.count(".") <= 1:  # a module such as helpers.layers: name its attribute
                return ".".join(dotted.split(".")[:target.count(".") + 2])
            return target
    return None


def _tidy(found: set[str]) -> list[str]:
    """Drop a module when one of its attributes is named too; at most MAX_USES."""
    kept = {f for f in found
            if not any(g != f and g.split(" ", 1)[1].startswith(f.split(" ", 1)[1] + ".") for g in found)}
    return sorted(kept)[:MAX_USES]


class _Bindings:
    """Module-level names bound to course modules/objects, as dotted paths."""

    def __init__(self):
        self.alias: dict[str, set[str]] = {}
        self.star: set[str] = set()  # target modules imported with *

    def bind(self, name: str, dotted: set[str]) -> None:
        if dotted:
            self.alias.setdefault(name, set()).update(dotted)

    def dotted_of(self, node: ast.AST) -> set[str]:
        """Dotted course paths an expression may evaluate to (or carry inside it)."""
        found: set[str] = set()
        for sub in ast.walk(node):
            if isinstance(sub, ast.Attribute):
                chain = _chain(sub)
                if chain and chain[0] in self.alias:
                    for base in self.alias[chain[0]]:
                        found.add(".".join([base, *chain[1:]]))
            elif isinstance(sub, ast.Name) and sub.id in self.alias:
                found |= self.alias[sub.id]
        return found


def _chain(node: ast.AST) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id, *reversed(parts)]
    return None


def _imports(node: ast.AST, bindings: _Bindings, targets: list[str]) -> None:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name == "helpers" or alias.name.startswith("helpers."):
                if alias.asname:
                    bindings.bind(alias.asname, {alias.name})
                else:
                    bindings.bind(alias.name.split(".")[0], {alias.name.split(".")[0]})
    elif isinstance(node, ast.ImportFrom) and node.module and (
            node.module == "helpers" or node.module.startswith("helpers.")) and not node.level:
        for alias in node.names:
            if alias.name == "*":
                for target in targets:
                    if target.startswith(node.module + "."):
                        bindings.bind(target.rsplit(".", 1)[1], {target})
                    if node.module == target or node.module.startswith(target + "."):
                        bindings.star.add(node.module)
            else:
                bindings.bind(alias.asname or alias.name, {f"{node.module}.{alias.name}"})


def _dynamic_import(node: ast.AST) -> bool:
    """importlib.import_module / __import__ / exec / eval of a string naming helpers."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            func = sub.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in ("import_module", "__import__", "exec", "eval", "compile", "find_spec"):
                for arg in ast.walk(sub):
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "helpers" in arg.value:
                        return True
    return False


def _locals(node: ast.AST) -> set[str]:
    """Names a function binds itself (arguments, assignments, loop variables): they
    shadow the notebook's globals of the same name."""
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        return set()
    args = node.args
    names = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
    names |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
            names.add(sub.id)
    global_names = {n for sub in ast.walk(node) if isinstance(sub, ast.Global) for n in sub.names}
    return names - global_names


class _Notebook:
    def __init__(self, cells: list[str], targets: list[str]):
        self.targets = targets
        self.bindings = _Bindings()
        self.functions: dict[str, list[ast.AST]] = {}   # name -> every def/class/lambda bound to it
        self.values: dict[str, list[ast.AST]] = {}      # name -> every expression assigned to it
        for source in cells:
            try:
                tree = ast.parse(source)
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                continue
            self._read(tree)
        self._propagate()

    def _read(self, tree: ast.Module) -> None:
        for node in ast.walk(tree):
            _imports(node, self.bindings, self.targets)
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self.functions.setdefault(node.name, []).append(node)
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    for name in ast.walk(target):
                        if isinstance(name, ast.Name) and node.value is not None:
                            self.values.setdefault(name.id, []).append(node.value)
            elif isinstance(node, (ast.If, ast.Try, ast.With, ast.For, ast.While)):
                self._read(ast.Module(body=list(ast.iter_child_nodes(node)), type_ignores=[]))

    def _propagate(self) -> None:
        """Names assigned from course objects (aliases, containers, copies) carry them."""
        for _ in range(5):
            changed = False
            for name, exprs in self.values.items():
                before = set(self.bindings.alias.get(name, set()))
                for expr in exprs:
                    self.bindings.bind(name, self.bindings.dotted_of(expr))
                changed |= self.bindings.alias.get(name, set()) != before
            if not changed:
                return

    def uses(self, name: str, graded: set[str]) -> list[str]:
        found: set[str] = set()
        for dotted in self.bindings.alias.get(name, ()):  # the graded name is (or holds) course code
            hit = _matches(dotted, self.targets)
            if hit:
                found.add(f"is {hit}")
        seen: set[str] = set()
        self._scan(name, graded, seen, found, top=name)
        found |= {f"imports * from {module}" for module in self.bindings.star}
        return _tidy(found)

    def _scan(self, name: str, graded: set[str], seen: set[str], found: set[str], top: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for node in self.functions.get(name, []) + self.values.get(name, []):
            local = _Bindings()
            local.alias = {k: set(v) for k, v in self.bindings.alias.items()}
            for sub in ast.walk(node):
                _imports(sub, local, self.targets)
            own = _locals(node)
            for shadowed in own | graded:  # another graded name is judged (and flagged) on its own
                local.alias.pop(shadowed, None)
            for dotted in local.dotted_of(node):
                hit = _matches(dotted, self.targets)
                if hit:
                    found.add(f"imports {hit}" if self._imported_inside(node, hit) else f"calls {hit}")
            if _dynamic_import(node):
                found.add("imports helpers by a computed name")
            for sub in ast.walk(node):
                if isinstance(sub, ast.Name) and sub.id != top and sub.id not in graded \
                        and sub.id not in own and (sub.id in self.functions or sub.id in self.values):
                    self._scan(sub.id, graded, seen, found, top)

    def _imported_inside(self, node: ast.AST, hit: str) -> bool:
        for sub in ast.walk(node):
            if isinstance(sub, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in sub.names]
                module = getattr(sub, "module", None) or ""
                if any(hit.startswith(n) or hit.startswith(f"{module}.{n}") or hit.startswith(module)
                       for n in names if module or n):
                    return True
        return False


def scan_cells(cells: list[str], wanted: dict[str, tuple], graded_names=()) -> dict[str, list[str]]:
    """graded name -> how it delegates to the course entries listed for it (may be empty).
    ``graded_names``: every graded name of the lesson (calls between them are not delegation)."""
    try:
        result = {}
        graded = set(wanted) | set(graded_names)
        for name, entries in wanted.items():
            targets = sorted({_full(str(e)) for e in entries})
            notebook = _Notebook(cells, targets)
            result[name] = notebook.uses(name, graded - {name})
        return result
    except Exception as exc:  # noqa: BLE001 — fail closed, and say whose fault it is
        why = f"the grader's integrity scan failed ({type(exc).__name__}); review by hand"
        return {name: [why] for name in wanted}
