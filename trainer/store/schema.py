"""The history's schema, as the migrations that build it: one schema version each.

The migrations run in order, each in its own transaction (store/database.py); a schema is
never edited in place, only moved up by a new migration at the end.
"""

from __future__ import annotations

# slug_totals and day_totals counted afresh from the attempts that count (migration 6 on):
# the end of migration 6, and the end of every import.
RECOUNT = """
    DELETE FROM slug_totals;
    INSERT INTO slug_totals
        SELECT slug, COUNT(*), SUM(passed), MAX(id), '', '' FROM attempts WHERE counted
        GROUP BY slug;
    UPDATE slug_totals SET (last_verdict, last_day) = (
        SELECT verdict, day FROM attempts WHERE id = slug_totals.last_id);
    DELETE FROM day_totals;
    INSERT INTO day_totals SELECT day, COUNT(*) FROM attempts WHERE counted GROUP BY day;
"""

# slug_totals and day_totals counted afresh from the attempts, as migration 4 did it (before
# gradings that are not attempts were stored).
RECOUNT_4 = """
    DELETE FROM slug_totals;
    INSERT INTO slug_totals
        SELECT slug, COUNT(*), SUM(passed), MAX(id), '', '' FROM attempts GROUP BY slug;
    UPDATE slug_totals SET (last_verdict, last_day) = (
        SELECT verdict, day FROM attempts WHERE id = slug_totals.last_id);
    DELETE FROM day_totals;
    INSERT INTO day_totals SELECT day, COUNT(*) FROM attempts GROUP BY day;
"""

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL,
        at TEXT NOT NULL,
        day TEXT NOT NULL,
        verdict TEXT NOT NULL,
        passed INTEGER NOT NULL,
        rating INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        cases INTEGER NOT NULL,
        elapsed_s REAL NOT NULL,
        hints INTEGER NOT NULL DEFAULT 0,
        file_hash TEXT NOT NULL,
        counterexample TEXT
    );
    CREATE INDEX attempts_by_slug ON attempts (slug, id);
    CREATE INDEX attempts_by_day ON attempts (day);
    CREATE TABLE cards (
        slug TEXT PRIMARY KEY,
        card TEXT NOT NULL,
        due_day TEXT NOT NULL
    );
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    """
    CREATE TABLE hints (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL,
        at TEXT NOT NULL,
        number INTEGER NOT NULL
    );
    CREATE INDEX hints_by_slug ON hints (slug, id);
    """,
    # Per-problem and per-day summaries read only this index, never the rows: `list`,
    # `review` and `stats` stay quick with a long history.
    """
    DROP INDEX attempts_by_slug;
    CREATE INDEX attempts_summary ON attempts (slug, id, passed, day, verdict);
    """,
    # Running totals per problem and per day, kept by triggers in the transaction of each
    # insert: `list`, `review` and `stats` read about a thousand rows, not every attempt.
    # The recent windows of `review` read only recent rows, through attempts_by_day.
    """
    CREATE TABLE slug_totals (
        slug TEXT PRIMARY KEY,
        attempts INTEGER NOT NULL,
        passes INTEGER NOT NULL,
        last_id INTEGER NOT NULL,
        last_verdict TEXT NOT NULL,
        last_day TEXT NOT NULL
    );
    CREATE TABLE day_totals (
        day TEXT PRIMARY KEY,
        attempts INTEGER NOT NULL
    );
    CREATE TRIGGER attempts_counted AFTER INSERT ON attempts BEGIN
        INSERT OR IGNORE INTO slug_totals VALUES (NEW.slug, 0, 0, NEW.id, NEW.verdict, NEW.day);
        UPDATE slug_totals SET attempts = attempts + 1, passes = passes + NEW.passed,
            last_verdict = CASE WHEN NEW.id >= last_id THEN NEW.verdict ELSE last_verdict END,
            last_day = CASE WHEN NEW.id >= last_id THEN NEW.day ELSE last_day END,
            last_id = MAX(last_id, NEW.id)
            WHERE slug = NEW.slug;
        INSERT OR IGNORE INTO day_totals VALUES (NEW.day, 0);
        UPDATE day_totals SET attempts = attempts + 1 WHERE day = NEW.day;
    END;
    CREATE TRIGGER attempts_uncounted AFTER DELETE ON attempts BEGIN
        UPDATE slug_totals SET attempts = attempts - 1, passes = passes - OLD.passed
            WHERE slug = OLD.slug;
        UPDATE slug_totals SET (last_id, last_verdict, last_day) = (
            SELECT id, verdict, day FROM attempts WHERE slug = OLD.slug ORDER BY id DESC LIMIT 1)
            WHERE slug = OLD.slug AND last_id = OLD.id AND attempts > 0;
        DELETE FROM slug_totals WHERE slug = OLD.slug AND attempts = 0;
        UPDATE day_totals SET attempts = attempts - 1 WHERE day = OLD.day;
        DELETE FROM day_totals WHERE day = OLD.day AND attempts = 0;
    END;
    CREATE TRIGGER attempts_unchanged BEFORE UPDATE OF slug, day, verdict, passed ON attempts
    BEGIN
        SELECT RAISE(ABORT, 'attempts are never rewritten: delete and insert instead');
    END;
    DROP INDEX attempts_by_day;
    CREATE INDEX attempts_by_day ON attempts (day, slug, passed);
    """ + RECOUNT_4,
    # Showing the reference before a pass (`trainer solution --give-up`) is an event of its
    # own, exported as such; it was a state key per problem, and counted as a hint on the
    # next attempt. The attempt now says whether the solution had been revealed.
    """
    CREATE TABLE reveals (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX reveals_by_slug ON reveals (slug, at);
    INSERT INTO reveals (slug, at)
        SELECT substr(key, length('revealed:') + 1), trim(value, '"') FROM state
        WHERE key LIKE 'revealed:%' ORDER BY value;
    DELETE FROM state WHERE key LIKE 'revealed:%';
    ALTER TABLE attempts ADD COLUMN revealed INTEGER NOT NULL DEFAULT 0;
    """,
    # Interview rounds the learner reports: when, how it went, where it went wrong.
    """
    CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('failed', 'passed', 'upcoming')),
        topics TEXT NOT NULL,
        company TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL
    );
    CREATE INDEX interviews_by_day ON interviews (day);
    """,
    # Not every grading is an attempt: the untouched stub, a --seed replay, a file graded
    # before. Such gradings stay in the history (`counted` 0) but never rate a card nor
    # count in the totals, pass rates or leeches. A card keeps the card it was before the
    # day's first attempt (`base`, from `base_day`): a later grading that day rates the
    # day again from it, so a problem gets one review a day.
    """
    ALTER TABLE attempts ADD COLUMN counted INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE cards ADD COLUMN base TEXT;
    ALTER TABLE cards ADD COLUMN base_day TEXT NOT NULL DEFAULT '';
    DROP TRIGGER attempts_counted;
    DROP TRIGGER attempts_uncounted;
    DROP TRIGGER attempts_unchanged;
    CREATE TRIGGER attempts_counted AFTER INSERT ON attempts WHEN NEW.counted BEGIN
        INSERT OR IGNORE INTO slug_totals VALUES (NEW.slug, 0, 0, NEW.id, NEW.verdict, NEW.day);
        UPDATE slug_totals SET attempts = attempts + 1, passes = passes + NEW.passed,
            last_verdict = CASE WHEN NEW.id >= last_id THEN NEW.verdict ELSE last_verdict END,
            last_day = CASE WHEN NEW.id >= last_id THEN NEW.day ELSE last_day END,
            last_id = MAX(last_id, NEW.id)
            WHERE slug = NEW.slug;
        INSERT OR IGNORE INTO day_totals VALUES (NEW.day, 0);
        UPDATE day_totals SET attempts = attempts + 1 WHERE day = NEW.day;
    END;
    CREATE TRIGGER attempts_uncounted AFTER DELETE ON attempts WHEN OLD.counted BEGIN
        UPDATE slug_totals SET attempts = attempts - 1, passes = passes - OLD.passed
            WHERE slug = OLD.slug;
        UPDATE slug_totals SET (last_id, last_verdict, last_day) = (
            SELECT id, verdict, day FROM attempts WHERE slug = OLD.slug AND counted
            ORDER BY id DESC LIMIT 1)
            WHERE slug = OLD.slug AND last_id = OLD.id AND attempts > 0;
        DELETE FROM slug_totals WHERE slug = OLD.slug AND attempts = 0;
        UPDATE day_totals SET attempts = attempts - 1 WHERE day = OLD.day;
        DELETE FROM day_totals WHERE day = OLD.day AND attempts = 0;
    END;
    CREATE TRIGGER attempts_unchanged
        BEFORE UPDATE OF slug, day, verdict, passed, counted ON attempts
    BEGIN
        SELECT RAISE(ABORT, 'attempts are never rewritten: delete and insert instead');
    END;
    DROP INDEX attempts_by_day;
    CREATE INDEX attempts_by_day ON attempts (day, slug, counted, passed);
    """ + RECOUNT,
    # The complexity the learner claimed in the file (`# Complexity: time O(n), ...`) and
    # whether it matched what the grading measured (NULL: not judged, nothing measured);
    # `review` counts the judged ones through a partial index of only those.
    # The inputs kept per problem, checked first on every later grading: the shrunk input
    # of a failed grading (`failed`), or one the learner added (`added`); an input is kept
    # once per problem, as JSON with the arguments in the signature's order.
    """
    ALTER TABLE attempts ADD COLUMN time_claim TEXT;
    ALTER TABLE attempts ADD COLUMN time_claim_ok INTEGER;
    ALTER TABLE attempts ADD COLUMN space_claim TEXT;
    ALTER TABLE attempts ADD COLUMN space_claim_ok INTEGER;
    CREATE INDEX attempts_claimed ON attempts (slug, time_claim_ok, space_claim_ok)
        WHERE counted AND (time_claim_ok IS NOT NULL OR space_claim_ok IS NOT NULL);
    CREATE TABLE kept_cases (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL,
        input TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('failed', 'added')),
        added_at TEXT NOT NULL,
        UNIQUE (slug, input)
    );
    """,
)
