# Accepted: a global counter stamps each tweet; a feed takes the last 10 tweets of each
# eligible user, sorts those few by stamp, newest first, and keeps 10.
from collections import defaultdict


class Twitter:
    def __init__(self) -> None:
        self.time = 0
        self.tweets = defaultdict(list)
        self.following = defaultdict(set)

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        self.tweets[user_id].append((self.time, tweet_id))
        self.time += 1

    def get_news_feed(self, user_id: int) -> list[int]:
        candidates = list(self.tweets[user_id][-10:])
        for other in self.following[user_id]:
            if other != user_id:
                candidates.extend(self.tweets[other][-10:])
        candidates.sort(reverse=True)
        return [tweet for _, tweet in candidates[:10]]

    def follow(self, follower_id: int, followee_id: int) -> None:
        if follower_id != followee_id:
            self.following[follower_id].add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self.following[follower_id].discard(followee_id)
