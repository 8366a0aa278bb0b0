# Accepted: each user's newest tweet is the head of a linked chain of tweet objects; the
# feed pops the newest head from a heap of the eligible users' heads, then pushes the next.
import heapq


class Tweet:
    def __init__(self, id, time, older):
        self.id = id
        self.time = time
        self.older = older


class Twitter:
    def __init__(self) -> None:
        self.time = 0
        self.newest = {}
        self.follows = {}

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        self.time += 1
        self.newest[user_id] = Tweet(tweet_id, self.time, self.newest.get(user_id))

    def get_news_feed(self, user_id: int) -> list[int]:
        heap = []
        for user in self.follows.get(user_id, set()) | {user_id}:
            tweet = self.newest.get(user)
            if tweet:
                heap.append((-tweet.time, user, tweet))
        heapq.heapify(heap)
        feed = []
        while heap and len(feed) < 10:
            _, user, tweet = heapq.heappop(heap)
            feed.append(tweet.id)
            if tweet.older:
                heapq.heappush(heap, (-tweet.older.time, user, tweet.older))
        return feed

    def follow(self, follower_id: int, followee_id: int) -> None:
        if follower_id != followee_id:
            self.follows.setdefault(follower_id, set()).add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self.follows.get(follower_id, set()).discard(followee_id)
