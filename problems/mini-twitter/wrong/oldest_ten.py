# Wrong: stops collecting once 10 tweets are found, walking each user's tweets from the
# oldest, so a user with more than 10 eligible tweets sees old ones instead of the newest.
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
        candidates = []
        for user in {user_id} | self.following[user_id]:
            for stamped in self.tweets[user]:
                if len(candidates) == 10:
                    break
                candidates.append(stamped)
        candidates.sort(reverse=True)
        return [tweet for _, tweet in candidates]

    def follow(self, follower_id: int, followee_id: int) -> None:
        if follower_id != followee_id:
            self.following[follower_id].add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self.following[follower_id].discard(followee_id)
