import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 1000


class _Dummy:
    __slots__ = ("next",)

    def __init__(self, head) -> None:
        self.next = head


def reverse_k_group(head, k):
    dummy = _Dummy(head)
    before = dummy  # the node just before the block being reversed
    while True:
        end = before
        for _ in range(k):  # is there a full block after `before`?
            end = end.next
            if end is None:
                return dummy.next
        first, after = before.next, end.next
        prev, cur = after, first
        while cur is not after:  # reverse the block, its first node pointing at `after`
            cur.next, prev, cur = prev, cur, cur.next
        before.next = end
        before = first


@st.composite
def _list_and_k(draw: st.DrawFn, most: int) -> dict:
    n = draw(st.integers(1, most))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    span = draw(st.sampled_from([0, 2, VALUE]))  # 0 and 2: equal values, told apart by identity
    head = integers(rnd, n, -span, span)
    divisors = [d for d in range(1, n + 1) if n % d == 0]
    k = draw(st.one_of(
        st.just(1),
        st.just(n),
        st.just(max(1, n - 1)),
        st.sampled_from(divisors),  # the last block is full
        st.integers(1, n),
        st.integers(1, min(n, 5)),
    ))
    return {"head": head, "k": k}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.integers(-VALUE, VALUE).map(lambda v: {"head": [v], "k": 1}),
        _list_and_k(6),
        _list_and_k(20),
        _list_and_k(20),
        _list_and_k(200),
    )


def sized(n: int, rnd: random.Random) -> dict:
    return {"head": integers(rnd, n, -VALUE, VALUE), "k": rnd.randint(2, 50)}
