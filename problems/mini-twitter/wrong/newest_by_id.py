# Wrong: takes the largest tweet ids as the newest, but ids are not given in posting
# order: the feed must follow the order of the post_tweet calls.
from collections import defaultdict


class Twitter:
    def __init__(self) -> None:
        self.tweets = defaultdict(list)
        self.following = defaultdict(set)

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        self.tweets[user_id].append(tweet_id)

    def get_news_feed(self, user_id: int) -> list[int]:
        ids = list(self.tweets[user_id])
        for other in self.following[user_id]:
            ids += self.tweets[other]
        return sorted(ids, reverse=True)[:10]

    def follow(self, follower_id: int, followee_id: int) -> None:
        if follower_id != followee_id:
            self.following[follower_id].add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self.following[follower_id].discard(followee_id)
