# Wrong: does not ignore follow(u, u), so a user who follows themself gets each of their
# own tweets twice in the feed.
from collections import defaultdict


class Twitter:
    def __init__(self) -> None:
        self.time = 0
        self.tweets = defaultdict(list)
        self.following = defaultdict(set)

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        self.time += 1
        self.tweets[user_id].append((self.time, tweet_id))

    def get_news_feed(self, user_id: int) -> list[int]:
        candidates = self.tweets[user_id][-10:]
        for other in self.following[user_id]:
            candidates = candidates + self.tweets[other][-10:]
        candidates.sort(reverse=True)
        return [tweet for _, tweet in candidates[:10]]

    def follow(self, follower_id: int, followee_id: int) -> None:
        self.following[follower_id].add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self.following[follower_id].discard(followee_id)
