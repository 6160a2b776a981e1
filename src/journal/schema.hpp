// The journal's schema as an ordered list of migration steps. Step N (1-based) takes a
// journal from user_version N-1 to N; Journal::schema_version is the number of steps.
// Steps are only ever appended: a step that has shipped is never edited, because journals
// already at its version will not run it again.
//
// Every step runs inside the one BEGIN IMMEDIATE transaction of a migration (see
// journal.cpp), so each must be plain DDL/DML without its own BEGIN/COMMIT. What SQL does
// not compute (the ladder of step 5, by the core's rules) open.cpp computes after the steps,
// in the same transaction.
#pragma once

#include <array>

namespace microask::schema {

// Step 1: requests and entries.
//
// Times are a UTC instant (seconds) plus the UTC offset in force (seconds east, within
// +-18 h). entries.local_day is floor((asked_utc + asked_offset) / 86400), written by the
// code and checked here (SQLite's integer `/` and `%` truncate toward zero, hence the
// floor written out), so weeks can be grouped without computing dates row by row.
// The typeof() checks keep numbers numbers: SQLite's type affinity would otherwise accept
// '5' or 5.5 for a stress.
inline constexpr const char* step1 = R"sql(
CREATE TABLE requests (
  id                 INTEGER PRIMARY KEY,
  uid                TEXT NOT NULL UNIQUE
                       CHECK (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'),
  text               TEXT NOT NULL CHECK (typeof(text) = 'text' AND length(text) > 0),
  addressee          TEXT,
  lang               TEXT NOT NULL CHECK (lang IN ('en', 'fr')),
  concrete           TEXT NOT NULL CHECK (concrete IN ('pass', 'fail', 'unsure')),
  concrete_reasons   TEXT NOT NULL DEFAULT '[]',
  reversible         TEXT NOT NULL CHECK (reversible IN ('pass', 'fail', 'unsure')),
  reversible_reasons TEXT NOT NULL DEFAULT '[]',
  low_cost           TEXT NOT NULL CHECK (low_cost IN ('pass', 'fail', 'unsure')),
  low_cost_reasons   TEXT NOT NULL DEFAULT '[]',
  status             TEXT NOT NULL CHECK (status IN ('planned', 'asked', 'done', 'dropped')),
  created_utc        INTEGER NOT NULL CHECK (typeof(created_utc) = 'integer'),
  created_offset     INTEGER NOT NULL
                       CHECK (typeof(created_offset) = 'integer'
                              AND created_offset BETWEEN -64800 AND 64800),
  -- The last `ask` and its prediction, pending until an entry carries it.
  asked_utc          INTEGER CHECK (asked_utc IS NULL OR typeof(asked_utc) = 'integer'),
  asked_offset       INTEGER CHECK (asked_offset IS NULL OR (typeof(asked_offset) = 'integer'
                                    AND asked_offset BETWEEN -64800 AND 64800)),
  expected_stress    INTEGER CHECK (expected_stress IS NULL
                                    OR (typeof(expected_stress) = 'integer'
                                        AND expected_stress BETWEEN 0 AND 10)),
  expected_response  TEXT CHECK (expected_response IN ('yes', 'no', 'discussion')),
  CHECK ((asked_utc IS NULL) = (asked_offset IS NULL))
);

-- `ask` (oldest planned) and `plan` (list planned): a range of one status, oldest first.
CREATE INDEX requests_by_status ON requests (status, created_utc);

CREATE TABLE entries (
  id                INTEGER PRIMARY KEY,
  uid               TEXT NOT NULL UNIQUE
                      CHECK (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'),
  request_id        INTEGER NOT NULL REFERENCES requests (id),
  asked_utc         INTEGER NOT NULL CHECK (typeof(asked_utc) = 'integer'),
  asked_offset      INTEGER NOT NULL
                      CHECK (typeof(asked_offset) = 'integer'
                             AND asked_offset BETWEEN -64800 AND 64800),
  local_day         INTEGER NOT NULL
                      CHECK (local_day = (asked_utc + asked_offset
                                          - ((asked_utc + asked_offset) % 86400 + 86400) % 86400)
                                         / 86400),
  stress            INTEGER NOT NULL
                      CHECK (typeof(stress) = 'integer' AND stress BETWEEN 0 AND 10),
  response          TEXT NOT NULL CHECK (response IN ('yes', 'no', 'discussion')),
  note              TEXT,
  expected_stress   INTEGER CHECK (expected_stress IS NULL
                                   OR (typeof(expected_stress) = 'integer'
                                       AND expected_stress BETWEEN 0 AND 10)),
  expected_response TEXT CHECK (expected_response IN ('yes', 'no', 'discussion'))
);

-- `log -n 20` and `--since`: newest first. The rowid is the index's last column, so
-- ORDER BY asked_utc DESC, id DESC is a plain backward scan of it.
CREATE INDEX entries_by_time ON entries (asked_utc);
-- Entries of one request (foreign key checks, delete, undo).
CREATE INDEX entries_by_request ON entries (request_id);
)sql";

// Step 2: per-day totals, kept by triggers in the same transaction as every change to
// entries, so `stats` reads one row per active day (a few thousand over ten years) and
// never the entries themselves. Backfilled from the entries already there.
inline constexpr const char* step2 = R"sql(
CREATE TABLE day_totals (
  local_day      INTEGER PRIMARY KEY,
  requests       INTEGER NOT NULL,
  yes            INTEGER NOT NULL,
  no             INTEGER NOT NULL,
  discussion     INTEGER NOT NULL,
  stress_sum     INTEGER NOT NULL,
  expected_count INTEGER NOT NULL,  -- entries with an expected stress
  expected_sum   INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO day_totals (local_day, requests, yes, no, discussion, stress_sum,
                        expected_count, expected_sum)
SELECT local_day, count(*), sum(response = 'yes'), sum(response = 'no'),
       sum(response = 'discussion'), sum(stress), count(expected_stress),
       coalesce(sum(expected_stress), 0)
FROM entries GROUP BY local_day;

CREATE TRIGGER entries_totals_insert AFTER INSERT ON entries BEGIN
  INSERT INTO day_totals (local_day, requests, yes, no, discussion, stress_sum,
                          expected_count, expected_sum)
  VALUES (NEW.local_day, 1, NEW.response = 'yes', NEW.response = 'no',
          NEW.response = 'discussion', NEW.stress, NEW.expected_stress IS NOT NULL,
          coalesce(NEW.expected_stress, 0))
  ON CONFLICT (local_day) DO UPDATE SET
    requests = requests + 1,
    yes = yes + excluded.yes,
    no = no + excluded.no,
    discussion = discussion + excluded.discussion,
    stress_sum = stress_sum + excluded.stress_sum,
    expected_count = expected_count + excluded.expected_count,
    expected_sum = expected_sum + excluded.expected_sum;
END;

CREATE TRIGGER entries_totals_delete AFTER DELETE ON entries BEGIN
  UPDATE day_totals SET
    requests = requests - 1,
    yes = yes - (OLD.response = 'yes'),
    no = no - (OLD.response = 'no'),
    discussion = discussion - (OLD.response = 'discussion'),
    stress_sum = stress_sum - OLD.stress,
    expected_count = expected_count - (OLD.expected_stress IS NOT NULL),
    expected_sum = expected_sum - coalesce(OLD.expected_stress, 0)
  WHERE local_day = OLD.local_day;
  DELETE FROM day_totals WHERE local_day = OLD.local_day AND requests <= 0;
END;

CREATE TRIGGER entries_totals_update
AFTER UPDATE OF local_day, stress, response, expected_stress ON entries BEGIN
  UPDATE day_totals SET
    requests = requests - 1,
    yes = yes - (OLD.response = 'yes'),
    no = no - (OLD.response = 'no'),
    discussion = discussion - (OLD.response = 'discussion'),
    stress_sum = stress_sum - OLD.stress,
    expected_count = expected_count - (OLD.expected_stress IS NOT NULL),
    expected_sum = expected_sum - coalesce(OLD.expected_stress, 0)
  WHERE local_day = OLD.local_day;
  DELETE FROM day_totals WHERE local_day = OLD.local_day AND requests <= 0;
  INSERT INTO day_totals (local_day, requests, yes, no, discussion, stress_sum,
                          expected_count, expected_sum)
  VALUES (NEW.local_day, 1, NEW.response = 'yes', NEW.response = 'no',
          NEW.response = 'discussion', NEW.stress, NEW.expected_stress IS NOT NULL,
          coalesce(NEW.expected_stress, 0))
  ON CONFLICT (local_day) DO UPDATE SET
    requests = requests + 1,
    yes = yes + excluded.yes,
    no = no + excluded.no,
    discussion = discussion + excluded.discussion,
    stress_sum = stress_sum + excluded.stress_sum,
    expected_count = expected_count + excluded.expected_count,
    expected_sum = expected_sum + excluded.expected_sum;
END;
)sql";

// Step 3: the undo log. Each change (plan, ask, drop, log, edit, delete) writes one row in
// its own transaction, with what undo needs to put things back (`before_json`, a JSON
// object whose keys depend on `kind`); undo_last consumes the newest row. Only the last
// rows are kept (journal.cpp trims it), so it stays a few pages.
// `at` is bookkeeping only (when the change was written); nothing reads it for logic.
inline constexpr const char* step3 = R"sql(
CREATE TABLE undo_log (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('plan', 'ask', 'drop', 'log', 'edit', 'delete')),
  request_id  INTEGER,
  entry_id    INTEGER,
  before_json TEXT NOT NULL DEFAULT '{}',
  at          INTEGER NOT NULL DEFAULT (CAST(strftime('%s', 'now') AS INTEGER))
);
)sql";


// Step 4: what the weekly review, the idea catalogue and request edits need.
// - entries.lesson: "what I learned", one line, with the entry.
// - requests.idea (the catalogue id it came from) and requests.level (1..5, given with
//   `plan --level` or the idea's): where the request stands on the ladder.
// - settings: one row per setting kept in the journal (the weekly goal).
// - day_totals gains what predictions teach, over the entries that carry an expected
//   stress (felt stress summed over those same entries, so felt and expected compare on the
//   same entries; felt lower / equal / higher than expected; the signed gap expected - felt)
//   and over those that expected a no (and how many got a yes, or the no); backfilled, with
//   the triggers recreated to keep every column.
// - undo_log takes one more kind, edit_request (`plan --edit`): rebuilt with its rows.
inline constexpr const char* step4 = R"sql(
ALTER TABLE entries ADD COLUMN lesson TEXT;
ALTER TABLE requests ADD COLUMN idea TEXT;
ALTER TABLE requests ADD COLUMN level INTEGER
  CHECK (level IS NULL OR (typeof(level) = 'integer' AND level BETWEEN 1 AND 5));

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE day_totals ADD COLUMN predicted_stress_sum INTEGER NOT NULL DEFAULT 0;
ALTER TABLE day_totals ADD COLUMN lower INTEGER NOT NULL DEFAULT 0;
ALTER TABLE day_totals ADD COLUMN equal INTEGER NOT NULL DEFAULT 0;
ALTER TABLE day_totals ADD COLUMN higher INTEGER NOT NULL DEFAULT 0;
ALTER TABLE day_totals ADD COLUMN gap_sum INTEGER NOT NULL DEFAULT 0;
ALTER TABLE day_totals ADD COLUMN expected_no INTEGER NOT NULL DEFAULT 0;
ALTER TABLE day_totals ADD COLUMN expected_no_got_yes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE day_totals ADD COLUMN expected_no_got_no INTEGER NOT NULL DEFAULT 0;

UPDATE day_totals SET
  predicted_stress_sum = p.felt, lower = p.lower, equal = p.equal, higher = p.higher,
  gap_sum = p.gap, expected_no = p.no_, expected_no_got_yes = p.no_yes, expected_no_got_no = p.no_no
FROM (SELECT local_day AS day,
             coalesce(sum(CASE WHEN expected_stress IS NOT NULL THEN stress END), 0) AS felt,
             count(CASE WHEN stress < expected_stress THEN 1 END) AS lower,
             count(CASE WHEN stress = expected_stress THEN 1 END) AS equal,
             count(CASE WHEN stress > expected_stress THEN 1 END) AS higher,
             coalesce(sum(expected_stress - stress), 0) AS gap,
             count(CASE WHEN expected_response = 'no' THEN 1 END) AS no_,
             count(CASE WHEN expected_response = 'no' AND response = 'yes' THEN 1 END) AS no_yes,
             count(CASE WHEN expected_response = 'no' AND response = 'no' THEN 1 END) AS no_no
      FROM entries GROUP BY local_day) AS p
WHERE day_totals.local_day = p.day;

DROP TRIGGER entries_totals_insert;
DROP TRIGGER entries_totals_delete;
DROP TRIGGER entries_totals_update;

CREATE TRIGGER entries_totals_insert AFTER INSERT ON entries BEGIN
  INSERT INTO day_totals (local_day, requests, yes, no, discussion, stress_sum, expected_count,
                          expected_sum, predicted_stress_sum, lower, equal, higher, gap_sum,
                          expected_no, expected_no_got_yes, expected_no_got_no)
  VALUES (NEW.local_day, 1, NEW.response = 'yes', NEW.response = 'no',
          NEW.response = 'discussion', NEW.stress, NEW.expected_stress IS NOT NULL,
          coalesce(NEW.expected_stress, 0),
          CASE WHEN NEW.expected_stress IS NOT NULL THEN NEW.stress ELSE 0 END,
          coalesce(NEW.stress < NEW.expected_stress, 0), coalesce(NEW.stress = NEW.expected_stress, 0),
          coalesce(NEW.stress > NEW.expected_stress, 0), coalesce(NEW.expected_stress - NEW.stress, 0),
          coalesce(NEW.expected_response = 'no', 0),
          coalesce(NEW.expected_response = 'no' AND NEW.response = 'yes', 0),
          coalesce(NEW.expected_response = 'no' AND NEW.response = 'no', 0))
  ON CONFLICT (local_day) DO UPDATE SET
    requests = requests + 1,
    yes = yes + excluded.yes,
    no = no + excluded.no,
    discussion = discussion + excluded.discussion,
    stress_sum = stress_sum + excluded.stress_sum,
    expected_count = expected_count + excluded.expected_count,
    expected_sum = expected_sum + excluded.expected_sum,
    predicted_stress_sum = predicted_stress_sum + excluded.predicted_stress_sum,
    lower = lower + excluded.lower,
    equal = equal + excluded.equal,
    higher = higher + excluded.higher,
    gap_sum = gap_sum + excluded.gap_sum,
    expected_no = expected_no + excluded.expected_no,
    expected_no_got_yes = expected_no_got_yes + excluded.expected_no_got_yes,
    expected_no_got_no = expected_no_got_no + excluded.expected_no_got_no;
END;

CREATE TRIGGER entries_totals_delete AFTER DELETE ON entries BEGIN
  UPDATE day_totals SET
    requests = requests - 1,
    yes = yes - (OLD.response = 'yes'),
    no = no - (OLD.response = 'no'),
    discussion = discussion - (OLD.response = 'discussion'),
    stress_sum = stress_sum - OLD.stress,
    expected_count = expected_count - (OLD.expected_stress IS NOT NULL),
    expected_sum = expected_sum - coalesce(OLD.expected_stress, 0),
    predicted_stress_sum = predicted_stress_sum - CASE WHEN OLD.expected_stress IS NOT NULL THEN OLD.stress ELSE 0 END,
    lower = lower - coalesce(OLD.stress < OLD.expected_stress, 0),
    equal = equal - coalesce(OLD.stress = OLD.expected_stress, 0),
    higher = higher - coalesce(OLD.stress > OLD.expected_stress, 0),
    gap_sum = gap_sum - coalesce(OLD.expected_stress - OLD.stress, 0),
    expected_no = expected_no - coalesce(OLD.expected_response = 'no', 0),
    expected_no_got_yes = expected_no_got_yes - coalesce(OLD.expected_response = 'no' AND OLD.response = 'yes', 0),
    expected_no_got_no = expected_no_got_no - coalesce(OLD.expected_response = 'no' AND OLD.response = 'no', 0)
  WHERE local_day = OLD.local_day;
  DELETE FROM day_totals WHERE local_day = OLD.local_day AND requests <= 0;
END;

-- An update is the old row taken out and the new one put in.
CREATE TRIGGER entries_totals_update
AFTER UPDATE OF local_day, stress, response, expected_stress, expected_response ON entries BEGIN
  UPDATE day_totals SET
    requests = requests - 1,
    yes = yes - (OLD.response = 'yes'),
    no = no - (OLD.response = 'no'),
    discussion = discussion - (OLD.response = 'discussion'),
    stress_sum = stress_sum - OLD.stress,
    expected_count = expected_count - (OLD.expected_stress IS NOT NULL),
    expected_sum = expected_sum - coalesce(OLD.expected_stress, 0),
    predicted_stress_sum = predicted_stress_sum - CASE WHEN OLD.expected_stress IS NOT NULL THEN OLD.stress ELSE 0 END,
    lower = lower - coalesce(OLD.stress < OLD.expected_stress, 0),
    equal = equal - coalesce(OLD.stress = OLD.expected_stress, 0),
    higher = higher - coalesce(OLD.stress > OLD.expected_stress, 0),
    gap_sum = gap_sum - coalesce(OLD.expected_stress - OLD.stress, 0),
    expected_no = expected_no - coalesce(OLD.expected_response = 'no', 0),
    expected_no_got_yes = expected_no_got_yes - coalesce(OLD.expected_response = 'no' AND OLD.response = 'yes', 0),
    expected_no_got_no = expected_no_got_no - coalesce(OLD.expected_response = 'no' AND OLD.response = 'no', 0)
  WHERE local_day = OLD.local_day;
  DELETE FROM day_totals WHERE local_day = OLD.local_day AND requests <= 0;
  INSERT INTO day_totals (local_day, requests, yes, no, discussion, stress_sum, expected_count,
                          expected_sum, predicted_stress_sum, lower, equal, higher, gap_sum,
                          expected_no, expected_no_got_yes, expected_no_got_no)
  VALUES (NEW.local_day, 1, NEW.response = 'yes', NEW.response = 'no',
          NEW.response = 'discussion', NEW.stress, NEW.expected_stress IS NOT NULL,
          coalesce(NEW.expected_stress, 0),
          CASE WHEN NEW.expected_stress IS NOT NULL THEN NEW.stress ELSE 0 END,
          coalesce(NEW.stress < NEW.expected_stress, 0), coalesce(NEW.stress = NEW.expected_stress, 0),
          coalesce(NEW.stress > NEW.expected_stress, 0), coalesce(NEW.expected_stress - NEW.stress, 0),
          coalesce(NEW.expected_response = 'no', 0),
          coalesce(NEW.expected_response = 'no' AND NEW.response = 'yes', 0),
          coalesce(NEW.expected_response = 'no' AND NEW.response = 'no', 0))
  ON CONFLICT (local_day) DO UPDATE SET
    requests = requests + 1,
    yes = yes + excluded.yes,
    no = no + excluded.no,
    discussion = discussion + excluded.discussion,
    stress_sum = stress_sum + excluded.stress_sum,
    expected_count = expected_count + excluded.expected_count,
    expected_sum = expected_sum + excluded.expected_sum,
    predicted_stress_sum = predicted_stress_sum + excluded.predicted_stress_sum,
    lower = lower + excluded.lower,
    equal = equal + excluded.equal,
    higher = higher + excluded.higher,
    gap_sum = gap_sum + excluded.gap_sum,
    expected_no = expected_no + excluded.expected_no,
    expected_no_got_yes = expected_no_got_yes + excluded.expected_no_got_yes,
    expected_no_got_no = expected_no_got_no + excluded.expected_no_got_no;
END;

CREATE TABLE undo_log_4 (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL
                CHECK (kind IN ('plan', 'ask', 'drop', 'log', 'edit', 'delete', 'edit_request')),
  request_id  INTEGER,
  entry_id    INTEGER,
  before_json TEXT NOT NULL DEFAULT '{}',
  at          INTEGER NOT NULL DEFAULT (CAST(strftime('%s', 'now') AS INTEGER))
);
INSERT INTO undo_log_4 SELECT id, kind, request_id, entry_id, before_json, at FROM undo_log;
DROP TABLE undo_log;
ALTER TABLE undo_log_4 RENAME TO undo_log;
)sql";

// Step 5: the ladder kept by the writers, and an index for the ideas already used.
// - ladder_state: one row, the ladder (include/microask/ladder.hpp) over every entry up to
//   the newest one it covers (covered_utc, covered_id: the last in the order asked_utc,
//   id; null with no entry): its level, its last move, the count and the felt stresses
//   (`window`, a JSON array, oldest first) of the last requests at its level. `rules` is
//   ladder_rules() of the build that computed it. The ladder's rules are the core's, not
//   SQL: the code advances the state by each new entry (src/journal/ladder_state.cpp) and
//   computes it again from every entry after any other change to them. The row starts
//   stale and is computed, in the migration's transaction, right after the steps (open.cpp).
// - The triggers only say when the entries it was computed from may have changed: any
//   insert or delete of an entry, a change of an entry's time, stress, request or id, a
//   change of the level of a request that has entries (or of its text, which decides the
//   level of a request older than the ladder), a request deleted from under its entries.
//   They set `stale`; microask's writers compute the state again in the same transaction,
//   and a row left stale (a write by another program) is never trusted by a reader.
// - requests_by_idea: `idea` reads the catalogue ids already planned (a few, among many
//   requests without one) from this index, not from every request.
inline constexpr const char* step5 = R"sql(
CREATE TABLE ladder_state (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  rules       TEXT NOT NULL,
  stale       INTEGER NOT NULL CHECK (stale IN (0, 1)),
  level       INTEGER NOT NULL CHECK (typeof(level) = 'integer' AND level BETWEEN 1 AND 5),
  count       INTEGER NOT NULL CHECK (typeof(count) = 'integer' AND count >= 0),
  window      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(window) AND json_type(window) = 'array'),
  moved_utc    INTEGER CHECK (moved_utc IS NULL OR typeof(moved_utc) = 'integer'),
  moved_offset INTEGER CHECK (moved_offset IS NULL OR (typeof(moved_offset) = 'integer'
                                                       AND moved_offset BETWEEN -64800 AND 64800)),
  moved_from   INTEGER CHECK (moved_from IS NULL OR moved_from BETWEEN 1 AND 5),
  moved_to     INTEGER CHECK (moved_to IS NULL OR moved_to BETWEEN 1 AND 5),
  moved_mean   REAL,
  covered_utc  INTEGER CHECK (covered_utc IS NULL OR typeof(covered_utc) = 'integer'),
  covered_id   INTEGER CHECK (covered_id IS NULL OR typeof(covered_id) = 'integer'),
  CHECK ((moved_utc IS NULL) = (moved_offset IS NULL) AND (moved_utc IS NULL) = (moved_from IS NULL)
         AND (moved_utc IS NULL) = (moved_to IS NULL) AND (moved_utc IS NULL) = (moved_mean IS NULL)),
  CHECK ((covered_utc IS NULL) = (covered_id IS NULL))
);
INSERT INTO ladder_state (id, rules, stale, level, count) VALUES (1, '', 1, 1, 0);

CREATE TRIGGER ladder_stale_entry_insert AFTER INSERT ON entries BEGIN
  UPDATE ladder_state SET stale = 1 WHERE stale = 0;
END;
CREATE TRIGGER ladder_stale_entry_delete AFTER DELETE ON entries BEGIN
  UPDATE ladder_state SET stale = 1 WHERE stale = 0;
END;
CREATE TRIGGER ladder_stale_entry_update AFTER UPDATE OF id, request_id, asked_utc, stress ON entries
WHEN OLD.id IS NOT NEW.id OR OLD.request_id IS NOT NEW.request_id OR OLD.asked_utc IS NOT NEW.asked_utc
     OR OLD.stress IS NOT NEW.stress BEGIN
  UPDATE ladder_state SET stale = 1 WHERE stale = 0;
END;
CREATE TRIGGER ladder_stale_request_update AFTER UPDATE OF id, level, text ON requests
WHEN (OLD.id IS NOT NEW.id OR OLD.level IS NOT NEW.level OR (NEW.level IS NULL AND OLD.text IS NOT NEW.text))
     AND EXISTS (SELECT 1 FROM entries WHERE request_id IN (OLD.id, NEW.id)) BEGIN
  UPDATE ladder_state SET stale = 1 WHERE stale = 0;
END;
CREATE TRIGGER ladder_stale_request_delete AFTER DELETE ON requests
WHEN EXISTS (SELECT 1 FROM entries WHERE request_id = OLD.id) BEGIN
  UPDATE ladder_state SET stale = 1 WHERE stale = 0;
END;

CREATE INDEX requests_by_idea ON requests (idea) WHERE idea IS NOT NULL;
)sql";

inline constexpr std::array<const char*, 5> steps{step1, step2, step3, step4, step5};

}  // namespace microask::schema
