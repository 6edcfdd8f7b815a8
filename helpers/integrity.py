"""The integrity scan: does a graded function just hand its work to the course?

Some exercises ask the student to write what ``helpers`` already provides for
later lessons (``helpers.layers``, ``helpers.xor_net.train``...). Each
``Exercise.course_helpers`` lists what that exercise may not delegate to: a
function (``"helpers.layers.softmax_loss"``) or a whole module
(``"helpers.layers"``); a name without the ``helpers.`` prefix is relative to
``helpers``.

The scan reads the notebook's cells with ``ast`` and runs none of them. The grader
runs it in its own process (``grader.integrity``, which applies the instructor's policy),
where no student code runs, so nothing a notebook does can switch it off; the self-check
(``helpers.selfcheck``) runs the same scan on the cells run so far, to warn the student
before the grader does. It lives in ``helpers`` so that both can use it: the grader
builds on ``helpers``, never the other way.
It follows every name bound to a course module or function (imports, aliases,
``from ... import *``, containers holding one, copies such as
``types.FunctionType(f.__code__, ...)``, ``functools.partial``), and flags a
graded name that *is* one, or whose code — or the code of the student's own
helper functions it calls — uses one. Calling another graded name of the
student is not delegation (that one is judged, and flagged, on its own).
Importing ``helpers`` by a computed name (``importlib``, ``__import__``) is
flagged too. Dynamic code cannot be followed statically, so the scan fails closed
on it: ``exec``/``eval``/``compile`` (a literal string is also read as code),
``getattr`` & co. with a computed name or on a course module, ``vars()``,
``globals()``, ``locals()``, ``__dict__``, ``__code__``, ``__globals__``,
``importlib``, ``sys.modules``, ``pickle``... found in the graded code, in what it
reaches, or at the notebook's top level. An exercise with its own course helpers
is flagged for any of them ("uses dynamic code (...) that the integrity check
cannot follow"); one that only guards ``helpers.checks`` only when the dynamic
code names a course module (``getattr(checks_module, name)``, a string naming it).
A scanner error fails closed too: it flags every exercise it was asked about,
as the grader's problem to review, never as an empty list.
It is a flag for a person, not proof.
"""

from __future__ import annotations

import ast
import builtins
import re

from helpers.i18n import tr

MAX_USES = 5

# Dynamic code: a static scan cannot follow it, so it fails closed and flags it.
_DYNAMIC_NAMES = {"exec", "eval", "compile", "__import__", "vars", "globals", "locals", "breakpoint",
                  "__builtins__", "__loader__", "__spec__"}
_ATTR_BUILTINS = {"getattr", "setattr", "hasattr", "delattr"}
_DYNAMIC_ATTRS = {"__dict__", "__code__", "__globals__", "__builtins__", "__import__", "__getattribute__",
                  "__getattr__", "__setattr__", "__subclasses__", "__closure__", "__func__", "__wrapped__",
                  "__loader__", "__spec__", "__reduce__", "__reduce_ex__", "__self__", "__mro__", "__bases__",
                  "__base__", "__defaults__", "__kwdefaults__", "f_globals", "f_locals", "f_builtins", "f_back",
                  "tb_frame", "gi_frame", "cr_frame", "ag_frame"}
_DYNAMIC_MODULES = {"importlib", "builtins", "runpy", "pkgutil", "imp", "zipimport", "marshal", "pickle", "dill",
                    "cloudpickle", "copyreg", "shelve", "ctypes", "gc", "inspect", "code", "codeop", "__main__"}
_DYNAMIC_QUALIFIED = {"sys.modules", "sys._getframe", "sys.meta_path", "sys.path_hooks", "sys.path_importer_cache",
                      "sys.exc_info", "sys.exception", "sys.settrace", "sys.setprofile", "operator.attrgetter",
                      "operator.methodcaller", "types.FunctionType", "types.LambdaType", "types.CodeType",
                      "types.ModuleType"}
_MUTATORS = {"append", "extend", "insert", "update", "setdefault", "add", "__setitem__"}
_NOTEBOOK_NAMES = set(dir(builtins)) | {"__name__", "__file__", "In", "Out", "get_ipython", "display", "_"}
CHECKS = "helpers.checks"  # every exercise's list ends with it (see Exercise.forbidden)
# The course's own packages that no exercise ever needs: the grader, and the data package.
# Any import of them, plain or computed, anywhere in a notebook (replacing
# ``grader.child.run_probe`` from a cell, say) is flagged on every exercise.
PRIVATE = ("grader", "data")


class Finding(str):
    """A finding of the scan: its English words (the string itself, which the results record
    for the instructor) made from a catalogue sentence (``template``) and its ``fields``, so
    that ``say`` words it in the student's language without parsing the English back."""

    def __new__(cls, template: str, **fields):
        self = super().__new__(cls, template.format(**fields))
        self.template, self.fields = template, fields
        return self

    def __reduce__(self):
        return _finding, (self.template, self.fields)


def _finding(template: str, fields: dict) -> Finding:
    return Finding(template, **fields)


def _private(module: str) -> str | None:
    """The course package ``module`` belongs to, when it is one of ``PRIVATE``."""
    root = module.split(".")[0]
    return root if root in PRIVATE else None


def _private_uses(tree: ast.AST) -> set[str]:
    """Findings for the course's private packages in one cell: ``imports grader.child``, or
    ``imports grader by a computed name`` for a string naming one passed to an importer."""
    found = set()
    for sub in _walk(tree):
        if isinstance(sub, ast.Import):
            found |= {Finding("imports {name}", name=a.name) for a in sub.names if _private(a.name)}
        elif isinstance(sub, ast.ImportFrom) and sub.module and not sub.level and _private(sub.module):
            found.add(Finding("imports {name}", name=sub.module))
        elif isinstance(sub, ast.Call) and (_chain(sub.func) or [""])[-1] in _IMPORTERS:
            for arg in _walk(sub):
                if _is_str(arg) and re.match(r"\s*(?:grader|data)\b", arg.value):
                    found.add(Finding("imports {module} by a computed name", module=_private(arg.value.strip())))
    return found


_IMPORTERS = ("import_module", "__import__", "find_spec", "run_module", "load_module")


DYNAMIC = "uses dynamic code ({what}) that the integrity check cannot follow"


def _note(what: str) -> Finding:
    return Finding(DYNAMIC, what=what)


def uncertain(uses: list[str]) -> bool:
    """Whether every finding is dynamic code, which the scan cannot follow: then the words
    say the function *may* use the course's code. Read from the findings' own templates."""
    return all(isinstance(u, Finding) and u.template == DYNAMIC for u in uses)


def say(use: str) -> str:
    """One of ``scan_cells``'s findings, for the student, in the current language. The
    findings stay English in the results (``integrity``: an instructor reads them and code
    tests their words); only the feedback that quotes them is worded again, from the
    finding's own sentence and fields (a ``Finding``), never by parsing its English."""
    if isinstance(use, Finding):
        return tr(use.template, **{k: say(v) if isinstance(v, Finding) else v for k, v in use.fields.items()})
    return tr(use)  # the fixed findings ("imports helpers by a computed name"...)


def _qualified(node: ast.AST, modules: dict[str, str]) -> str | None:
    """The dotted name of a name or attribute chain, its root resolved through the imports."""
    chain = _chain(node)
    if chain is None:
        return None
    root = modules.get(chain[0], chain[0])
    return ".".join([root, *chain[1:]])


def _walk(node: ast.AST):
    """``ast.walk(node)``; for a cell's whole tree, a list kept on it: the scan reads every cell
    many times (imports, bindings, dynamic code, once per set of exercises), and walking was most
    of its cost. Only whole cells: a list kept on every subtree too would hold each node once per
    enclosing node, memory a deeply nested 20 MB notebook could make the grader spend."""
    if not isinstance(node, ast.Module):
        return ast.walk(node)
    nodes = node.__dict__.get("_walked")
    if nodes is None:
        nodes = list(ast.walk(node))
        node._walked = nodes
    return nodes


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _dynamic(node: ast.AST, modules: dict[str, str], bindings: "_Bindings", targets: list[str],
             walk=_walk) -> set[tuple[bool, str]]:
    """Dynamic code in ``node``: (about the course for sure?, note). The first are flagged for every
    exercise; the others only for an exercise with its own course_helpers."""
    found: set[tuple[bool, str]] = set()
    nodes = list(walk(node))
    inner = {id(n.value) for n in nodes if isinstance(n, ast.Attribute)}  # judge whole chains only
    allowed: set[int] = set()
    prefixes = {t.rsplit(".", k)[0] for t in targets for k in range(1, t.count(".") + 1)}

    def course(expr: ast.AST) -> bool:
        return any(d == t or d.startswith(t + ".") or t.startswith(d + ".")
                   for d in bindings.dotted_of(expr) for t in targets)

    for sub in nodes:
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in _ATTR_BUILTINS \
                and sub.func.id not in modules:
            what = sub.func.id
            allowed.add(id(sub.func))
            if len(sub.args) < 2 or not _is_str(sub.args[1]):
                found.add((False, _note(Finding("{name} with a computed name", name=what))))
            elif sub.args[1].value.startswith("_") or sub.args[1].value in _DYNAMIC_ATTRS:
                found.add((False, _note(Finding("{name} of {attribute}", name=what, attribute=sub.args[1].value))))
            if sub.args and course(sub.args[0]):
                found.add((True, _note(Finding("{name} on a course module", name=what))))
        elif isinstance(sub, ast.Call) and _qualified(sub.func, modules) == "importlib.util.find_spec" \
                and all(_is_str(a) and "helpers" not in a.value for a in sub.args) and not sub.keywords:
            allowed.add(id(sub.func))  # asking whether a package is installed imports nothing
        elif isinstance(sub, ast.Call) and (_qualified(sub.func, modules) or "").rsplit(".", 1)[-1] in (
                    "import_module", "__import__", "exec", "eval", "compile", "find_spec", "run_module") \
                and any(_is_str(a) and "helpers" in a.value for a in _walk(sub)):  # the walk last: costly
            words = {w for a in _walk(sub) if _is_str(a) for w in re.findall(r"helpers(?:\.\w+)*", a.value)}
            sure = any(w == t or t.startswith(w + ".") or w.startswith(t + ".") for w in words for t in targets)
            found.add((sure, "imports helpers by a computed name"))
        elif isinstance(sub, ast.Match) and course(sub.subject):
            found.add((True, _note(Finding("{name} on a course module", name="match"))))
    for sub in nodes:
        if id(sub) in allowed:
            continue
        if isinstance(sub, ast.Name) and sub.id not in modules:  # exec.__call__(...) too
            if sub.id in _ATTR_BUILTINS:
                found.add((False, _note(Finding("{name} used as a value", name=sub.id))))
            if sub.id in _DYNAMIC_NAMES:
                found.add((False, _note(sub.id)))
        if id(sub) in inner:
            continue
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and modules.get(sub.id) in prefixes:
            # an imported module that holds a course function, passed around as a value
            found.add((True, _note(Finding("{name} used as a value", name=modules[sub.id]))))
        if isinstance(sub, ast.Attribute) and sub.attr in _DYNAMIC_ATTRS:
            found.add((False, _note(sub.attr)))
        if isinstance(sub, ast.Attribute) and sub.attr in _DYNAMIC_ATTRS and course(sub.value):
            found.add((True, _note(Finding("{name} of a course module", name=sub.attr))))
        if isinstance(sub, (ast.Name, ast.Attribute)):
            dotted = _qualified(sub, modules) or ""
            for module in _DYNAMIC_MODULES:
                if dotted == module or dotted.startswith(module + "."):
                    found.add((False, _note(dotted)))
            for name in _DYNAMIC_QUALIFIED:
                if dotted == name or dotted.startswith(name + "."):
                    found.add((False, _note(name)))
    return found


def _module_level(node: ast.AST):
    """Like ast.walk, but not into the bodies of functions (they run only when called)."""
    todo = [node]
    while todo:
        sub = todo.pop()
        yield sub
        if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)):
            todo.extend([*sub.decorator_list, *sub.args.defaults, *filter(None, sub.args.kw_defaults)])
        elif isinstance(sub, ast.Lambda):
            todo.extend([*sub.args.defaults, *filter(None, sub.args.kw_defaults)])
        else:
            todo.extend(ast.iter_child_nodes(sub))


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
        for sub in _walk(node):
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


def _module_names(node: ast.AST, modules: dict[str, str]) -> None:
    """Every name an import binds -> the dotted name it stands for (``import sys as s``: s -> sys)."""
    for sub in _walk(node):
        if isinstance(sub, ast.Import):
            for alias in sub.names:
                if alias.asname:
                    modules[alias.asname] = alias.name
                else:
                    modules[alias.name.split(".")[0]] = alias.name.split(".")[0]
        elif isinstance(sub, ast.ImportFrom) and sub.module and not sub.level:
            for alias in sub.names:
                if alias.name != "*":
                    modules[alias.asname or alias.name] = f"{sub.module}.{alias.name}"


def _stored(node: ast.AST) -> set[str]:
    """Every name bound anywhere inside ``node`` (comprehension variables, ``except ... as e``...)."""
    names = set()
    for sub in _walk(node):
        if isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
            names.add(sub.id)
        elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(sub.name)
        elif isinstance(sub, ast.arg):
            names.add(sub.arg)
        elif isinstance(sub, ast.ExceptHandler) and sub.name:
            names.add(sub.name)
        elif isinstance(sub, (ast.MatchAs, ast.MatchStar)) and sub.name:
            names.add(sub.name)
        elif isinstance(sub, ast.MatchMapping) and sub.rest:
            names.add(sub.rest)
    return names


def _locals(node: ast.AST) -> set[str]:
    """Names a function binds itself (arguments, assignments, loop variables): they
    shadow the notebook's globals of the same name."""
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        return set()
    args = node.args
    names = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
    names |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
    for sub in _walk(node):
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
            names.add(sub.id)
    global_names = {n for sub in _walk(node) if isinstance(sub, ast.Global) for n in sub.names}
    return names - global_names


def _parsed(source: str, trees: dict) -> ast.Module | Exception:
    """``ast.parse(source)``, or the error it raised, read once per scan (``trees``: the scan's
    own cache; the scan only reads the trees, so every exercise's reading shares them)."""
    if source not in trees:
        try:
            trees[source] = ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
            trees[source] = error
    return trees[source]


class _Notebook:
    def __init__(self, cells: list[str], targets: list[str], trees: dict | None = None):
        self.targets = targets
        self.bindings = _Bindings()
        self.modules: dict[str, str] = {}
        self.trees: list[ast.Module] = []
        self.functions: dict[str, list[ast.AST]] = {}   # name -> every def/class/lambda bound to it
        self.values: dict[str, list[ast.AST]] = {}      # name -> every expression assigned to it
        self.private: set[str] = set()                  # imports of the course's private packages
        cells = list(cells)
        trees = {} if trees is None else trees
        for source in cells:
            tree = _parsed(source, trees)
            if isinstance(tree, SyntaxError):
                continue  # it does not run either
            if isinstance(tree, Exception):
                self.unreadable = True
                continue
            _module_names(tree, self.modules)
            if len(cells) < 1000:  # exec('from helpers... import ...'): read the string as code too
                cells += [c.args[0].value for c in _walk(tree) if isinstance(c, ast.Call) and c.args
                          and _is_str(c.args[0]) and isinstance(c.func, ast.Name)
                          and c.func.id in ("exec", "eval", "compile")]
            self.trees.append(tree)
            self.private |= _private_uses(tree)
            self._read(tree)
            for node in _walk(tree):  # x := ... binds x wherever it stands
                if isinstance(node, ast.NamedExpr) and isinstance(node.target, ast.Name):
                    self.values.setdefault(node.target.id, []).append(node.value)
            for func in _walk(tree):  # a function's ``global x`` assignments define x too
                if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    for name in {n for g in _walk(func) if isinstance(g, ast.Global) for n in g.names}:
                        self.values.setdefault(name, []).append(func)
        self._propagate()
        self.top_level = set()
        self.anywhere = set()  # dynamic code in any function, called or not
        for tree in self.trees:
            self.top_level |= _dynamic(tree, self.modules, self.bindings, targets, walk=_module_level)
            self.anywhere |= _dynamic(tree, self.modules, self.bindings, targets)

    unreadable = False

    def _read(self, tree: ast.Module) -> None:
        for node in _walk(tree):
            _imports(node, self.bindings, self.targets)
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self.functions.setdefault(node.name, []).append(node)
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    for name in _walk(target):
                        if isinstance(name, ast.Name) and node.value is not None:
                            self.values.setdefault(name.id, []).append(node.value)
            elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
                self._mutation(node.value)
            if isinstance(node, (ast.For, ast.AsyncFor)):  # the loop variable holds what it loops over
                for name in _walk(node.target):
                    if isinstance(name, ast.Name):
                        self.values.setdefault(name.id, []).append(node.iter)
            if isinstance(node, (ast.With, ast.AsyncWith)):
                for item in node.items:
                    for name in _walk(item.optional_vars or ast.Module(body=[], type_ignores=[])):
                        if isinstance(name, ast.Name):
                            self.values.setdefault(name.id, []).append(item.context_expr)
            if isinstance(node, (ast.If, ast.Try, ast.With, ast.For, ast.While, ast.AsyncFor, ast.AsyncWith,
                                 ast.Match, ast.match_case, getattr(ast, "TryStar", ast.Try))):
                self._read(ast.Module(body=[n for n in ast.iter_child_nodes(node) if isinstance(n, ast.stmt)]
                                      + [c for c in getattr(node, "cases", [])], type_ignores=[]))

    def _mutation(self, call: ast.Call) -> None:
        """``box.append(f)``, ``box.update(f=f)``, ``setattr(box, 'f', f)``: box now holds f."""
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in _MUTATORS:
            chain = _chain(func.value)
            if chain:
                self.values.setdefault(chain[0], []).append(call)
        elif isinstance(func, ast.Name) and func.id == "setattr" and call.args:
            chain = _chain(call.args[0])
            if chain:
                self.values.setdefault(chain[0], []).append(call)

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

    def uses(self, name: str, graded: set[str], guarded: bool) -> list[str]:
        """``guarded``: the exercise has course_helpers of its own, so any dynamic code that may
        reach the course flags it, not only dynamic code that names a course module."""
        found: set[str] = set()
        dynamic: set[tuple[bool, str]] = set(self.top_level)
        if self.unreadable:
            dynamic.add((False, "has a cell the integrity check cannot read"))
        for dotted in self.bindings.alias.get(name, ()):  # the graded name is (or holds) course code
            hit = _matches(dotted, self.targets)
            if hit:
                found.add(Finding("is {name}", name=hit))
        seen: set[str] = set()
        self.undefined: set[str] = set()
        self._scan(name, graded, seen, found, top=name, dynamic=dynamic)
        if self.undefined:  # a name no cell defines plainly: dynamic code anywhere may have made it
            dynamic |= self.anywhere
        found |= {Finding("imports * from {module}", module=module) for module in self.bindings.star}
        found |= {note for sure, note in dynamic if sure or guarded}
        return _tidy(found) + sorted(self.private)[:MAX_USES]

    def _scan(self, name: str, graded: set[str], seen: set[str], found: set[str], top: str,
              dynamic: set[tuple[bool, str]]) -> None:
        if name in seen:
            return
        seen.add(name)
        for node in self.functions.get(name, []) + self.values.get(name, []):
            local = _Bindings()
            local.alias = {k: set(v) for k, v in self.bindings.alias.items()}
            for sub in _walk(node):
                _imports(sub, local, self.targets)
            own = _locals(node)
            for shadowed in own | graded:  # another graded name is judged (and flagged) on its own
                local.alias.pop(shadowed, None)
            for dotted in local.dotted_of(node):
                hit = _matches(dotted, self.targets)
                if hit:
                    found.add(Finding("imports {name}" if self._imported_inside(node, hit) else "calls {name}",
                                      name=hit))
            dynamic |= _dynamic(node, self.modules, local, self.targets)
            bound = own | _stored(node)
            for sub in _walk(node):
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and sub.id not in bound \
                        and sub.id not in self.functions and sub.id not in self.values \
                        and sub.id not in self.modules and sub.id not in graded and sub.id not in _NOTEBOOK_NAMES:
                    self.undefined.add(sub.id)
                if isinstance(sub, ast.Name) and sub.id != top and sub.id not in graded \
                        and sub.id not in own and (sub.id in self.functions or sub.id in self.values):
                    self._scan(sub.id, graded, seen, found, top, dynamic)

    def _imported_inside(self, node: ast.AST, hit: str) -> bool:
        for sub in _walk(node):
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
        trees: dict = {}       # each cell parsed once
        notebooks: dict = {}   # one reading of the cells per set of course entries
        for name, entries in wanted.items():
            targets = sorted({_full(str(e)) for e in entries})
            if tuple(targets) not in notebooks:
                notebooks[tuple(targets)] = _Notebook(cells, targets, trees)
            notebook = notebooks[tuple(targets)]
            guarded = any(t != CHECKS and not t.startswith(CHECKS + ".") for t in targets)
            result[name] = notebook.uses(name, graded - {name}, guarded)
        return result
    except Exception as exc:  # noqa: BLE001 — fail closed, and say whose fault it is
        why = Finding("the grader's integrity scan failed ({error}); review by hand", error=type(exc).__name__)
        return {name: [why] for name in wanted}
