# Correct but O(T) per feed: walks back through one list of all tweets, newest first,
# until it has 10 from eligible users; a user whose feed is sparse makes it walk them all.
class Twitter:
    def __init__(self) -> None:
        self.tweets = []  # (user, tweet id), in posting order
        self.following = {}

    def post_tweet(self, user_id: int, tweet_id: int) -> None:
        self.tweets.append((user_id, tweet_id))

    def get_news_feed(self, user_id: int) -> list[int]:
        authors = self.following.get(user_id, set()) | {user_id}
        feed = []
        for user, tweet in reversed(self.tweets):
            if user in authors:
                feed.append(tweet)
                if len(feed) == 10:
                    break
        return feed

    def follow(self, follower_id: int, followee_id: int) -> None:
        if follower_id != followee_id:
            self.following.setdefault(follower_id, set()).add(followee_id)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self.following.get(follower_id, set()).discard(followee_id)
