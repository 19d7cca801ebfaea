"""Literal pre-checks for regular expressions: skip a pattern where it cannot match.

``required(pat)`` reads a compiled pattern's syntax tree once and returns the literal strings a
match must contain, as a list of alternatives sets (every set must have one of its strings in the
text a match covers). ``may_match(pat, text, pos, endpos)`` tells whether all of them occur in
``text[pos:endpos]``: when it says no, ``pat.search``/``finditer``/``match`` over that range find
nothing, so a caller can skip the regex (whose engine would otherwise try every position of a
long text). The check is exact by construction: only literals outside lookarounds, repeats that
may be absent and conditionals count, and a pattern the reader does not understand (case-folding
flags, an unknown node) has no required literal and is always run.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from typing import Any

try:  # the stdlib's own pattern parser (Python 3.11+)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without it: no pre-check
    _C = _P = None

_MAX_ALTS = 24  # alternatives kept for one literal factor (a product of small sets)
_KEEP = 3  # factors checked per pattern (the longest ones)

Factor = frozenset[str]
_cache: dict[re.Pattern[str], tuple[Factor, ...]] = {}


def required(pat: re.Pattern[str]) -> tuple[Factor, ...]:
    """The literal factors every match of ``pat`` contains (cached per pattern)."""
    got = _cache.get(pat)
    if got is None:
        got = _cache[pat] = _analyse(pat)
    return got


def may_match(pat: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """False when ``pat`` surely has no match inside ``text[pos:endpos]``."""
    facs = _cache.get(pat)
    if facs is None:
        facs = required(pat)
    if endpos is None:
        endpos = len(text)
    for fac in facs:
        for s in fac:
            if text.find(s, pos, endpos) >= 0:
                break
        else:
            return False
    return True


def _analyse(pat: re.Pattern[str]) -> tuple[Factor, ...]:
    if _P is None or not isinstance(pat.pattern, str) or pat.flags & re.IGNORECASE:
        return ()
    try:
        tree = _P.parse(pat.pattern, pat.flags)
        facs = _factors(list(tree))
    except Exception:  # pragma: no cover - an unexpected tree: no pre-check
        return ()
    facs = [f for f in facs if f and all(f)]
    facs.sort(key=lambda f: -min(len(s) for s in f))
    return tuple(facs[:_KEEP])


def _lits(items: list[Any]) -> set[str] | None:
    """The finite set of strings ``items`` matches when it is made of literals only."""
    out = {""}
    for op, av in items:
        if op is _C.LITERAL:
            alts = {chr(av)}
        elif op is _C.IN and av and all(o is _C.LITERAL for o, _ in av):
            alts = {chr(a) for _, a in av}
        elif op is _C.SUBPATTERN and not (av[1] & re.IGNORECASE):
            got = _lits(list(av[3]))
            if got is None:
                return None
            alts = got
        elif op is _C.BRANCH:
            alts = set()
            for alt in av[1]:
                got = _lits(list(alt))
                if got is None:
                    return None
                alts |= got
        else:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > _MAX_ALTS:
            return None
    return out


def _best(items: list[Any]) -> Factor | None:
    facs = [f for f in _factors(items) if f and all(f)]
    if not facs:
        return None
    return max(facs, key=lambda f: min(len(s) for s in f))


def _factors(items: list[Any]) -> list[Factor]:
    """Factors (sets of alternatives) that any match of the sequence ``items`` contains."""
    out: list[Factor] = []
    run: set[str] = {""}  # the literal strings the current run of literal items spells

    def flush() -> None:
        nonlocal run
        if run != {""}:
            out.append(frozenset(run))
        run = {""}

    for op, av in items:
        lit = _lits([(op, av)])
        if lit is not None and lit and all(lit):
            prod = {a + b for a in run for b in lit}
            if len(prod) <= _MAX_ALTS:
                run = prod
                continue
            flush()
            run = lit
            continue
        flush()
        if op is _C.SUBPATTERN and not (av[1] & re.IGNORECASE):
            out.extend(_factors(list(av[3])))
        elif op is _C.ATOMIC_GROUP:
            out.extend(_factors(list(av)))
        elif op is _C.BRANCH:
            union: set[str] = set()
            for alt in av[1]:
                b = _best(list(alt))
                if b is None:
                    union = set()
                    break
                union |= b
            if union and len(union) <= _MAX_ALTS:
                out.append(frozenset(union))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out.extend(_factors(list(av[2])))
        # anything else (lookarounds, classes, any, anchors, group references, conditionals)
        # requires no literal
    flush()
    return out


_BARRIER_CANDIDATES = ",;。:\n!?、"
_barriers: dict[re.Pattern[str], str] = {}


def barriers(pat: re.Pattern[str]) -> str:
    """Characters (of ``,;。:\\n!?、``) that no match of ``pat`` contains (cached per pattern)."""
    got = _barriers.get(pat)
    if got is None:
        got = ""
        if _P is not None and isinstance(pat.pattern, str) and not pat.flags & re.IGNORECASE:
            try:
                tree = list(_P.parse(pat.pattern, pat.flags))
                got = "".join(c for c in _BARRIER_CANDIDATES
                              if not _consumes(tree, ord(c), bool(pat.flags & re.DOTALL)))
            except Exception:  # pragma: no cover - an unexpected tree: no barrier
                got = ""
        _barriers[pat] = got
    return got


def _consumes(items: list[Any], c: int, dotall: bool) -> bool:
    """Whether some node of ``items`` may consume the character ``c`` (conservative: yes)."""
    for op, av in items:
        if op is _C.LITERAL:
            if av == c:
                return True
        elif op is _C.NOT_LITERAL:
            if av != c:
                return True
        elif op is _C.ANY:
            if dotall or c != 10:
                return True
        elif op is _C.IN:
            if _in_set(av, c):
                return True
        elif op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE or _consumes(list(av[3]), c, dotall):
                return True
        elif op is _C.ATOMIC_GROUP:
            if _consumes(list(av), c, dotall):
                return True
        elif op is _C.BRANCH:
            if any(_consumes(list(alt), c, dotall) for alt in av[1]):
                return True
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            if _consumes(list(av[2]), c, dotall):
                return True
        elif op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue  # zero-width: consumes nothing
        else:
            return True  # group references, conditionals, …: assume it may
    return False


def _in_set(entries: list[Any], c: int) -> bool:
    """Whether a character class may contain ``c`` (conservative)."""
    negate = False
    hit = False
    for op, av in entries:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            hit = hit or av == c
        elif op is _C.RANGE:
            hit = hit or av[0] <= c <= av[1]
        else:
            return True  # categories, charsets: assume it may
    return hit != negate


def match_at(pat: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``[pat.match(text, p) for p in starts]`` without the misses, trying only the starts from
    which a match can reach a literal it needs: a match holds no barrier character
    (``barriers``), so it lies before the first one after its start, and a start whose stretch
    up to that character holds no occurrence of one of the pattern's required factors (the
    one the text has fewest of) cannot match. ``starts`` must be ascending."""
    facs = required(pat)
    if not facs:
        return [m for m in (pat.match(text, p) for p in starts) if m is not None]
    stop = barriers(pat)
    bars = _positions(text, stop)
    out: list[re.Match[str]] = []
    fac = facs[0]
    if len(facs) > 1:  # the factor the text has fewest of
        fac = min(facs, key=lambda fa: sum(text.count(x) for x in fa))
    for p in sorted(_reaching(text, starts, fac, stop, bars)):
        m = pat.match(text, p)
        if m is not None:
            out.append(m)
    return out


_memo = threading.local()  # the barrier positions in the text matched last


def _positions(text: str, chars: str) -> list[int]:
    """Positions of ``chars`` in ``text`` (remembered for the last text: a document's patterns
    share a few barrier sets)."""
    memo: tuple[str, dict[str, list[int]]] | None = getattr(_memo, "v", None)
    if memo is None or memo[0] is not text:
        memo = _memo.v = (text, {})
    known = memo[1]
    got = known.get(chars)
    if got is None:
        got = known[chars] = [m.start() for m in re.finditer(
            "[" + re.escape(chars) + "]", text)] if chars else []
    return got


def _reaching(text: str, starts: list[int], fac: Factor, stop: str,
              bars: list[int]) -> set[int]:
    """The starts from which an occurrence of one of ``fac``'s strings lies ahead before any
    character of ``stop`` (at the positions ``bars``)."""
    occ: list[tuple[int, int]] = []  # occurrences of the factor's strings: (start, end)
    for s in fac:
        k = text.find(s)
        while k >= 0:
            occ.append((k, k + len(s)))
            k = text.find(s, k + 1)
    occ.sort()
    cand: set[int] = set()
    lo = 0
    for os_, oe in occ:
        if any(ch in stop for ch in text[os_:oe]):
            continue  # a match holds no barrier
        # a start p reaches this occurrence when left <= p <= os_ (no barrier in [p, oe))
        k = bisect_left(bars, os_)
        left = bars[k - 1] + 1 if k else 0
        a = bisect_left(starts, left, lo)
        b = bisect_right(starts, os_, a)
        cand.update(starts[a:b])
        lo = a
    return cand
