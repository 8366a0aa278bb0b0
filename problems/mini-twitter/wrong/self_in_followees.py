# Wrong: puts each user among their own followees so the feed needs no special case, but
# then unfollow(u, u) removes u from their own feed.
import heapq
from collections import defaultdict


class Twitter:
    def __init__(self) -> None:
        self.time = 0
        self.tweets = defaultdict(list)
        self.following = {}

    def _followees(self, user):
        if user not in self.following:
            self.following[user] = {user}
        return self.following[user]

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        self.time += 1
        self.tweets[user_id].append((self.time, tweet_id))

    def get_news_feed(self, user_id: int) -> list[int]:
        merged = heapq.merge(*(reversed(self.tweets[u]) for u in self._followees(user_id)),
                             reverse=True)
        return [tweet for _, tweet in list(merged)[:10]]

    def follow(self, follower_id: int, followee_id: int) -> None:
        self._followees(follower_id).add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self._followees(follower_id).discard(followee_id)
