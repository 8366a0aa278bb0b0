# Correct but O(T log T) per feed: gathers every tweet of the user and their followees
# and sorts them all, newest first, to keep only 10.
class Twitter:
    def __init__(self) -> None:
        self.time = 0
        self.tweets = []  # (time, user, tweet id)
        self.following = {}

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        self.time += 1
        self.tweets.append((self.time, user_id, tweet_id))

    def get_news_feed(self, user_id: int) -> list[int]:
        authors = self.following.get(user_id, set()) | {user_id}
        mine = [(t, tweet) for t, user, tweet in self.tweets if user in authors]
        mine.sort(reverse=True)
        return [tweet for _, tweet in mine[:10]]

    def follow(self, follower_id: int, followee_id: int) -> None:
        if follower_id != followee_id:
            self.following.setdefault(follower_id, set()).add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self.following.get(follower_id, set()).discard(followee_id)
