"""The coach: what to practise next (FSRS), attempts and their ratings, review, stats, the
mock interview, the report. It uses the grader and the store; it never prints."""
