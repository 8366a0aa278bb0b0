import random

from hypothesis import strategies as st

MAX_ACCOUNTS = 1000
MAX_EMAILS = 10
NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay"]
DOMAINS = ["mail.com", "post.org", "x.io"]


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    """Union-find over the emails: each account joins all of its emails to its first one."""
    parent: dict[str, str] = {}
    owner: dict[str, str] = {}

    def find(email: str) -> str:
        while parent[email] != email:
            parent[email] = parent[parent[email]]  # path halving
            email = parent[email]
        return email

    for name, *emails in accounts:
        for email in emails:
            if email not in parent:
                parent[email] = email
                owner[email] = name
        first = find(emails[0])
        for email in emails[1:]:
            root = find(email)
            if root != first:
                parent[root] = first

    groups: dict[str, list[str]] = {}
    for email in parent:
        groups.setdefault(find(email), []).append(email)
    return [[owner[root], *sorted(emails)] for root, emails in groups.items()]


# -- input shapes ----------------------------------------------------------------------
def _people(rnd: random.Random, accounts_wanted: int, names: list[str],
            most_accounts: int, duplicates: float) -> list[list[str]]:
    """People with disjoint emails, each spread over 1..most_accounts accounts: every
    account after a person's first shares an email with an earlier one (often only the
    one just before, a chain), and some repeat an email inside the same account."""
    accounts: list[list[str]] = []
    serial = 0
    while len(accounts) < accounts_wanted:
        name = rnd.choice(names)
        count = min(rnd.randint(1, most_accounts), accounts_wanted - len(accounts))
        mine: list[list[str]] = []
        for _ in range(count):
            emails: list[str] = []
            if mine:  # a link to an earlier account of the same person
                earlier = mine[-1] if rnd.random() < 0.7 else rnd.choice(mine)
                emails.append(rnd.choice(earlier))
            for _ in range(rnd.randint(0 if mine else 1, MAX_EMAILS - len(emails))
                           if rnd.random() < 0.3 else rnd.randint(0 if mine else 1, 3)):
                serial += 1
                emails.append(f"{name.lower()}{serial}@{rnd.choice(DOMAINS)}")
            if len(emails) < MAX_EMAILS and rnd.random() < duplicates:
                emails.append(rnd.choice(emails))
            rnd.shuffle(emails)
            mine.append(emails)
        accounts += [[name, *emails] for emails in mine]
    rnd.shuffle(accounts)
    return accounts


@st.composite
def _few(draw: st.DrawFn) -> dict:
    """Up to 6 accounts over a handful of emails drawn one by one: any sharing pattern,
    shrinking to a readable list; each group of linked accounts gets one name."""
    pool = ["a@x", "b@x", "c@x", "d@x", "e@x", "f@x"]
    lists = draw(st.lists(st.lists(st.sampled_from(pool), min_size=1, max_size=4),
                          min_size=1, max_size=6))
    group = {email: email for email in pool}

    def find(email: str) -> str:
        while group[email] != email:
            email = group[email]
        return email

    for emails in lists:
        for email in emails[1:]:
            group[find(email)] = find(emails[0])
    name_of = {email: draw(st.sampled_from(NAMES[:2])) for email in pool}
    return {"accounts": [[name_of[find(emails[0])], *emails] for emails in lists]}


@st.composite
def _spread(draw: st.DrawFn) -> dict:
    """Up to 60 accounts from one seed: people sharing names, chains of accounts, repeated
    emails, single-email accounts."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    names = rnd.sample(NAMES, rnd.randint(1, len(NAMES)))
    return {"accounts": _people(rnd, rnd.randint(1, 60), names, rnd.choice([1, 3, 6]),
                                rnd.choice([0.0, 0.2, 0.5]))}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return {"accounts": _people(rnd, rnd.randint(200, MAX_ACCOUNTS), NAMES,
                                rnd.choice([2, 5, 20]), 0.1)}


@st.composite
def _sometimes_large(draw: st.DrawFn) -> dict:
    if draw(st.integers(0, 9)) == 9:  # shrinks towards 0: a smaller list
        return draw(_large())
    return draw(_spread())


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"accounts": [["Ann", "ann@x.io"]]}),
        _few(),
        _spread(),
        _sometimes_large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n accounts of people with one to three accounts each: few of the n^2 pairs share
    an email, which a pairwise comparison checks one by one."""
    return {"accounts": _people(rnd, n, NAMES, 3, 0.1)}
