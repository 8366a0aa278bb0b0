# Accepted: each user's tweets kept newest first in a deque (appendleft); the feed is the
# first 10 of heapq.merge over the eligible users' deques, ordered by negated stamp.
import heapq
from collections import deque
from itertools import islice


class Twitter:
    def __init__(self) -> None:
        self.count = 0
        self.posts = {}
        self.follows = {}

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        self.count += 1
        self.posts.setdefault(user_id, deque()).appendleft((-self.count, tweet_id))

    def get_news_feed(self, user_id: int) -> list[int]:
        users = {user_id} | self.follows.get(user_id, set())
        streams = [self.posts[u] for u in users if u in self.posts]
        return [tweet for _, tweet in islice(heapq.merge(*streams), 10)]

    def follow(self, follower_id: int, followee_id: int) -> None:
        if follower_id == followee_id:
            return
        if follower_id not in self.follows:
            self.follows[follower_id] = set()
        self.follows[follower_id].add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        if follower_id in self.follows and followee_id in self.follows[follower_id]:
            self.follows[follower_id].remove(followee_id)
