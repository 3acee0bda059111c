"""The project's functions by symbol, for following a sender to its callers and callees."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from privlint.facts import FileFacts, FunctionFact


@dataclass
class Index:
    """Functions of the whole project by symbol, with the file each lives in."""

    functions: dict[str, tuple[FileFacts, FunctionFact]]

    @classmethod
    def build(cls, files: Iterable[FileFacts]) -> Index:
        return cls({fn.symbol: (f, fn) for f in files for fn in f.functions})

    def get(self, symbol: str | None) -> FunctionFact | None:
        if symbol is None:
            return None
        hit = self.functions.get(symbol)
        return hit[1] if hit else None

    def resolve(self, callee: str) -> FunctionFact | None:
        """A project function a callee names (exact, or by dotted suffix)."""
        exact = self.get(callee)
        if exact is not None:
            return exact
        tail = "." + callee
        matches = [fn for sym, (_f, fn) in self.functions.items() if sym.endswith(tail)]
        return matches[0] if len(matches) == 1 else None


def dotted_match(a: str, b: str) -> bool:
    """True if two dotted names agree on their common tail (``x.models.A.f`` ~ ``models.A.f``)."""
    if a == b:
        return True
    return a.endswith("." + b) or b.endswith("." + a)
