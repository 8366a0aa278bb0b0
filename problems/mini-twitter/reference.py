import heapq
import random

from hypothesis import strategies as st

FEED = 10  # a feed holds at most this many tweets
MAX_USER = 50
MAX_TWEET = 10**6


class Twitter:
    """Each user's tweets as a list of (posting number, tweet id), oldest first, and each
    user's set of followees. A feed merges the ends of those lists with a heap."""

    def __init__(self) -> None:
        self._clock = 0  # posting number of the next tweet
        self._tweets: dict[int, list[tuple[int, int]]] = {}
        self._follows: dict[int, set[int]] = {}
        self._ids: set[int] = set()  # tweet ids are unique

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        if tweet_id in self._ids:
            raise ValueError(f"tweet id {tweet_id} was already posted")
        self._ids.add(tweet_id)
        self._tweets.setdefault(user_id, []).append((self._clock, tweet_id))
        self._clock += 1

    def get_news_feed(self, user_id: int) -> list[int]:
        authors = self._follows.get(user_id, set()) | {user_id}
        heap = []  # (-posting number, tweet id, author, index in the author's list)
        for author in authors:
            tweets = self._tweets.get(author)
            if tweets:
                when, tweet = tweets[-1]
                heap.append((-when, tweet, author, len(tweets) - 1))
        heapq.heapify(heap)
        feed: list[int] = []
        while heap and len(feed) < FEED:
            _, tweet, author, index = heapq.heappop(heap)
            feed.append(tweet)
            if index > 0:
                when, older = self._tweets[author][index - 1]
                heapq.heappush(heap, (-when, older, author, index - 1))
        return feed

    def follow(self, follower_id: int, followee_id: int) -> None:
        if follower_id != followee_id:
            self._follows.setdefault(follower_id, set()).add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self._follows.get(follower_id, set()).discard(followee_id)


# -- generated call sequences -----------------------------------------------------------
# Tweet ids must be unique across a sequence, which a call's own arguments cannot know: a
# set of the ids drawn so far is emptied by the constructor's draw, and each post's drawn
# id moves up to the next unused one. Hypothesis draws the calls' arguments in the order
# of the calls, so the ids of one sequence are distinct. They are in no particular order,
# so sorting by id is not sorting by time. Users are mostly 1..3, so that follows, self-
# follows and unfollows meet the users who post, and user 1 often has many tweets to
# show (more than 10 is still rare in 30 calls: the timed sequences have plenty).
_used: set[int] = set()


def _reset(_: object) -> dict:
    _used.clear()
    return {}


def _fresh(wanted: int) -> int:
    while wanted in _used:
        wanted = (wanted + 1) % (MAX_TWEET + 1)
    _used.add(wanted)
    return wanted


def init() -> st.SearchStrategy[dict]:
    return st.just(None).map(_reset)


_USERS = st.one_of(st.just(1), st.integers(1, 2), st.integers(1, 3),
                   st.integers(1, MAX_USER))
_TWEETS = st.one_of(st.integers(0, 20), st.integers(0, MAX_TWEET),
                    st.sampled_from([0, MAX_TWEET]))


@st.composite
def _post(draw: st.DrawFn) -> dict:
    user = draw(_USERS)
    return {"user_id": user, "tweet_id": _fresh(draw(_TWEETS))}


def _pair() -> st.SearchStrategy[dict]:
    two = st.fixed_dictionaries({"follower_id": _USERS, "followee_id": _USERS})
    same = _USERS.map(lambda u: {"follower_id": u, "followee_id": u})  # yourself
    return st.one_of(two, same)


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {
        "post_tweet": _post(),
        "get_news_feed": st.fixed_dictionaries({"user_id": _USERS}),
        "follow": _pair(),
        "unfollow": _pair(),
    }


_OTHER_READERS = [*range(1, 31), *range(41, MAX_USER)]  # never the sparse readers 31..40


def sized(n: int, rnd: random.Random) -> dict:
    """n calls among 50 users: a few follows, then half of the calls posts (mostly by
    users 1..20), then feeds mixed with a few posts, follows and unfollows. Users 21..30
    follow ten busy posters (and follow and unfollow themselves, in either order, which
    changes nothing; they post now and then), so a feed that sorts all eligible tweets
    sorts a share of all of them; users 31..40 follow only user 50, who posts once at the
    start, so a feed that walks back through all tweets walks all of them."""
    calls: list = []
    for reader in range(21, 31):
        for author in rnd.sample(range(1, 21), 10):
            calls.append(["follow", {"follower_id": reader, "followee_id": author}])
        yourself = {"follower_id": reader, "followee_id": reader}
        first, then = ("follow", "unfollow") if reader <= 25 else ("unfollow", "follow")
        calls += [[first, dict(yourself)], [then, dict(yourself)]]  # both change nothing
    for reader in range(31, 41):
        calls.append(["follow", {"follower_id": reader, "followee_id": MAX_USER}])
    ids = iter(rnd.sample(range(MAX_TWEET + 1), n))
    calls.append(["post_tweet", {"user_id": MAX_USER, "tweet_id": next(ids)}])
    posting = len(calls) + n // 2  # the first half posts, so that every feed has many
    while len(calls) < n:
        roll = rnd.random() if len(calls) >= posting else 0.0
        if roll < 0.1:
            author = rnd.randint(1, 20) if rnd.random() < 0.95 else rnd.randint(21, 30)
            calls.append(["post_tweet", {"user_id": author, "tweet_id": next(ids)}])
        elif roll < 0.45:  # dense feeds: sorting every eligible tweet is too slow
            calls.append(["get_news_feed", {"user_id": rnd.randint(21, 30)}])
        elif roll < 0.97:  # sparse feeds: a walk back through every tweet is too slow
            calls.append(["get_news_feed", {"user_id": rnd.randint(31, 40)}])
        else:
            reader, author = rnd.choice(_OTHER_READERS), rnd.randint(1, 20)
            name = "follow" if rnd.random() < 0.5 else "unfollow"
            calls.append([name, {"follower_id": reader, "followee_id": author}])
    return {"init": {}, "calls": calls}
