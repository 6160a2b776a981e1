// The journal: creation, permissions, files that are not ours, migrations, concurrency and SQLite errors.
#include <doctest/doctest.h>

#include "journal_support.hpp"

using namespace microask;
using namespace microask::test;

// ---- Files: creation, settings, permissions -----------------------------------------------

TEST_CASE("a new journal: folders 0700, file 0600 under umask 000, WAL, no temp file left") {
  const ScopedUmask umask(0);
  const TempDir dir;
  const fs::path path = dir / "a/b/journal.db";
  {
    Journal j = Journal::open_for_write(path);
    auto& db = j.database_for_test();
    CHECK("wal" == db.execAndGet("PRAGMA journal_mode").getString());
    CHECK(2 == db.execAndGet("PRAGMA synchronous").getInt());  // FULL
    CHECK(1 == db.execAndGet("PRAGMA foreign_keys").getInt());
    CHECK(10000 == db.execAndGet("PRAGMA busy_timeout").getInt());
    CHECK(Journal::application_id == db.execAndGet("PRAGMA application_id").getInt());
    CHECK(Journal::schema_version == j.user_version());
    j.add_adhoc_entry(request("x"), entry(t0, 1, Response::yes));
    CHECK(j.integrity_ok());
  }
  CHECK(0700 == mode_of(dir / "a"));
  CHECK(0700 == mode_of(dir / "a/b"));
  CHECK(0600 == mode_of(path));
  CHECK(0700 == mode_of(dir.path()));  // an existing folder is left as it was (mkdtemp's)
  // The writer keeps the WAL (where the entry is) and its index, as private as the journal.
  CHECK(with_wal("journal.db") == names_in(dir / "a/b"));
  CHECK(0600 == mode_of(path.string() + "-wal"));
  CHECK(0600 == mode_of(path.string() + "-shm"));
  // Reopening does not rewrite anything.
  const std::string before = bytes_of(path), wal_before = bytes_of(path.string() + "-wal");
  { Journal j = Journal::open_for_write(path); CHECK(1 == j.recent_entries(std::nullopt, std::nullopt).size()); }
  CHECK(before == bytes_of(path));
  CHECK(wal_before == bytes_of(path.string() + "-wal"));
}

TEST_CASE("a relative path in the current folder works") {
  const TempDir dir;
  const fs::path cwd = fs::current_path();
  fs::current_path(dir.path());
  {
    Journal j = Journal::open_for_write("plain.db");
    j.add_request(request("here"));
  }
  CHECK(with_wal("plain.db") == names_in(dir.path()));
  CHECK(Journal::open_for_read("plain.db").has_value());
  fs::current_path(cwd);
}

TEST_CASE("read opens never create, never write, and refuse to write") {
  const TempDir dir;
  CHECK_FALSE(Journal::open_for_read(dir / "missing/journal.db").has_value());
  CHECK_FALSE(Journal::open_for_read(dir / "journal.db").has_value());
  CHECK(names_in(dir.path()).empty());

  const fs::path path = dir / "journal.db";
  { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
  const std::string before = bytes_of(path);
  {
    auto j = Journal::open_for_read(path);
    REQUIRE(j.has_value());
    CHECK(1 == j->recent_entries(std::nullopt, std::nullopt).size());
    CHECK(1 == j->day_totals().size());
    CHECK_THROWS_AS(j->add_request(request("no")), journal_error);
  }
  CHECK(before == bytes_of(path));
}

TEST_CASE("a read-only journal file or folder can be read but not written") {
  // The entry in the WAL the writer kept, or (folded into the file by another program) in
  // the file alone, which is then read as immutable.
  for (const bool folded : {false, true}) {
    for (const bool folder : {false, true}) {
      INFO((folded ? "the WAL folded into the file" : "the WAL kept") << ", "
                                                                        << (folder ? "folder chmod 0500" : "file chmod 0400"));
      const TempDir dir;
      const fs::path path = dir / "journal.db";
      { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
      if (folded) fold_wal(path);
      const std::string before = bytes_of(path), wal_before = bytes_of(path.string() + "-wal");
      const auto names = names_in(dir.path());
      CHECK(names == (folded ? std::set<std::string>{"journal.db"} : with_wal("journal.db")));
      if (!folder) {
        fs::permissions(path, fs::perms::owner_read, fs::perm_options::replace);
        CHECK_THROWS_WITH_AS(Journal::open_for_write(path),
                             ("cannot write the journal " + path.string() + ": the file is read-only").c_str(),
                             journal_error);
        auto j = Journal::open_for_read(path);
        REQUIRE(j.has_value());
        CHECK(1 == j->recent_entries(std::nullopt, std::nullopt).size());
      } else {
        fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec, fs::perm_options::replace);
        CHECK_THROWS_AS(Journal::open_for_write(path), journal_error);
        CHECK_THROWS_AS(Journal::open_for_write(dir / "other.db"), journal_error);
        CHECK_THROWS_AS(Journal::open_for_write(dir / "sub/other.db"), journal_error);
        auto j = Journal::open_for_read(path);
        REQUIRE(j.has_value());
        CHECK(1 == j->day_totals().size());
        fs::permissions(dir.path(), fs::perms::owner_all, fs::perm_options::replace);
      }
      CHECK(before == bytes_of(path));
      CHECK(wal_before == bytes_of(path.string() + "-wal"));
      CHECK(names == names_in(dir.path()));  // nothing created (folded: no -wal, no -shm)
    }
  }
}

TEST_CASE("as another user, a journal they may only read is read and refused for writing") {
  if (::geteuid() != 0) return;  // needs root to switch to an unprivileged user
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec,
                  fs::perm_options::replace);
  const auto share = [&](const std::string& file) {
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read,
                    fs::perm_options::replace);
  };
  share(path);
  const std::string before = bytes_of(path);
  // The entry is in the WAL beside the journal: without it, the file alone would show the
  // journal as it was before. A reader who may not read the WAL is told so, naming it.
  const int refused = in_child([&] {
    if (::setgid(65534) != 0 || ::setuid(65534) != 0) return 10;
    try {
      Journal::open_for_read(path);
      return 13;
    } catch (const journal_error& e) {
      return std::string(e.what()).find(path.string() + "-wal") != std::string::npos ? 0 : 14;
    }
  });
  CHECK(0 == refused);
  // Shared with its WAL and index (read-only for them too), it is read.
  share(path.string() + "-wal");
  share(path.string() + "-shm");
  const int status = in_child([&] {
    if (::setgid(65534) != 0 || ::setuid(65534) != 0) return 10;
    try {
      Journal::open_for_write(path);
      return 11;
    } catch (const journal_error&) {
    }
    auto j = Journal::open_for_read(path);
    if (!j || j->recent_entries(std::nullopt, std::nullopt).size() != 1) return 12;
    return 0;
  });
  CHECK(0 == status);
  CHECK(before == bytes_of(path));
  CHECK(with_wal("journal.db") == names_in(dir.path()));
}

// ---- Files that are not ours ---------------------------------------------------------------

TEST_CASE("files that are not microask journals are refused and left byte-identical") {
  const TempDir dir;
  const fs::path path = dir / "victim";
  std::string bytes;
  std::string message;
  std::set<std::string> names{"victim"};

  SUBCASE("random bytes") {
    std::mt19937 rng(7);
    for (int i = 0; i < 8192; ++i) bytes.push_back(static_cast<char>(rng() & 0xff));
    write_bytes(path, bytes);
    message = "not a microask journal (not a SQLite database)";
  }
  SUBCASE("a text file") {
    bytes = "dear diary\n";
    write_bytes(path, bytes);
    message = "not a microask journal (not a SQLite database)";
  }
  SUBCASE("an empty file") {
    write_bytes(path, "");
    message = "empty file, not a microask journal";
  }
  SUBCASE("another application's SQLite database") {
    {
      SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')");
    }
    bytes = bytes_of(path);
    message = "not a microask journal (a SQLite database of another application)";
  }
  SUBCASE("a journal truncated mid-page") {
    { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
    fold_wal(path);  // no WAL beside it: the file alone
    bytes = bytes_of(path).substr(0, 4096 + 1000);
    write_bytes(path, bytes);
    message = "truncated microask journal";
  }
  SUBCASE("a journal truncated at a page boundary") {
    { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
    fold_wal(path);  // no WAL beside it: the file alone
    bytes = bytes_of(path).substr(0, 2 * 4096);
    write_bytes(path, bytes);
    message = "truncated microask journal (2 of";
  }
  SUBCASE("a header cut short") {
    { Journal::open_for_write(path).add_request(request("x")); }
    fold_wal(path);  // no WAL beside it: the file alone
    bytes = bytes_of(path).substr(0, 50);
    write_bytes(path, bytes);
    message = "truncated header";
  }
  SUBCASE("a journal truncated by more pages than the WAL beside it holds") {
    {
      Journal j = Journal::open_for_write(path);
      for (int i = 0; i < 100; ++i)
        j.add_adhoc_entry(request("x" + std::to_string(i)), entry(t0 + i, 1, Response::yes, std::string(2000, 'n')));
    }
    fold_wal(path);
    { Journal::open_for_write(path).add_adhoc_entry(request("y"), entry(t0, 1, Response::yes)); }
    const std::string whole = bytes_of(path);
    REQUIRE(whole.size() > 40 * 4096);
    REQUIRE(bytes_of(path.string() + "-wal").size() < 20 * (4096 + 24));
    bytes = whole.substr(0, 10 * 4096);
    write_bytes(path, bytes);
    message = "truncated microask journal (10 of";
    names = with_wal("victim");
  }
  SUBCASE("a directory") {
    fs::create_directory(path);
    message = "it is a directory, not a microask journal";
  }
  const auto refused = [&](auto&& open) {
    try {
      open();
    } catch (const journal_error& e) {
      const std::string what = e.what();
      CHECK_MESSAGE(what.find(message) != std::string::npos, what);
      CHECK_MESSAGE(what.find(path.string()) != std::string::npos, what);
      CHECK(what.find('\n') == std::string::npos);
      return true;
    }
    return false;
  };
  const std::string wal = bytes_of(path.string() + "-wal");
  CHECK(refused([&] { Journal::open_for_write(path); }));
  CHECK(refused([&] { Journal::open_for_read(path); }));
  if (fs::is_regular_file(path)) CHECK(bytes == bytes_of(path));
  CHECK(wal == bytes_of(path.string() + "-wal"));
  CHECK(names == names_in(dir.path()));
}

TEST_CASE("a journal from a newer schema is refused and left byte-identical") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal j = Journal::open_for_write(path);
    j.add_request(request("from the future"));
    j.database_for_test().exec("PRAGMA user_version = 7");
  }
  const std::string before = bytes_of(path);
  const std::string message = "cannot use the journal " + path.string() +
                              ": it was written by a newer microask (schema 7, this one reads up to " +
                              std::to_string(Journal::schema_version) + ")";
  CHECK_THROWS_WITH_AS(Journal::open_for_write(path), message.c_str(), journal_error);
  CHECK_THROWS_WITH_AS(Journal::open_for_read(path), message.c_str(), journal_error);
  CHECK(before == bytes_of(path));
  CHECK(with_wal("journal.db") == names_in(dir.path()));
}

// ---- The WAL kept between runs --------------------------------------------------------------

namespace {

std::uint32_t be32_at(const std::string& b, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

std::int64_t size_or_minus_one(const fs::path& p) {
  std::error_code ec;
  const auto n = fs::file_size(p, ec);
  return ec ? -1 : static_cast<std::int64_t>(n);
}

}  // namespace

TEST_CASE("writers keep the WAL between runs, fold it into the file past its bound, and the file alone stays whole") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  const fs::path wal = path.string() + "-wal";
  const fs::path copy = dir / "copy.db";
  constexpr std::int64_t frame = 4096 + 24;
  std::int64_t last = 0, largest = 0, in_file = 0;
  int folds = 0;
  for (int i = 1; i <= 60; ++i) {
    { Journal::open_for_write(path).add_adhoc_entry(request("r" + std::to_string(i)), entry(t0 + i, 1, Response::yes)); }
    const std::int64_t now = size_or_minus_one(wal);
    REQUIRE(now >= 0);  // kept
    if (now < last) {   // emptied by the commit that crossed the bound: all of it is in the file
      ++folds;
      CHECK(0 == now);
      in_file = i;
    }
    largest = std::max(largest, now);
    last = now;
    // The file copied alone is a whole journal: every entry up to the last fold, no more.
    fs::copy_file(path, copy, fs::copy_options::overwrite_existing);
    {
      auto c = Journal::open_for_read(copy);
      REQUIRE(c.has_value());
      CHECK(c->integrity_ok());
      CHECK(in_file == static_cast<std::int64_t>(c->recent_entries(std::nullopt, std::nullopt).size()));
    }
    fs::remove(copy.string() + "-wal");
    fs::remove(copy.string() + "-shm");
  }
  CHECK(folds >= 2);
  // Never much more than the bound: the commit that crosses it empties the WAL.
  CHECK(largest <= 32 + (Journal::wal_checkpoint_frames + 16) * frame);
  auto j = Journal::open_for_read(path);
  REQUIRE(j.has_value());
  CHECK(60 == j->recent_entries(std::nullopt, std::nullopt).size());
  CHECK(j->integrity_ok());
  // An export reads through the WAL: it has every entry, those only in the WAL too.
  REQUIRE(in_file < 60);
  std::ostringstream exported;
  j->export_jsonl(exported);
  const std::string text = exported.str();
  CHECK(120 == std::count(text.begin(), text.end(), '\n'));
  CHECK(text.find("\"text\":\"r60\"") != std::string::npos);
}

TEST_CASE("a file short of pages that its WAL holds (a checkpoint cut short) is not taken for a truncated one") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  const std::string wal_path = path.string() + "-wal";
  { Journal::open_for_write(path).add_request(request("before")); }
  fold_wal(path);
  const std::string file = bytes_of(path);
  constexpr std::size_t page = 4096;
  REQUIRE(0 == file.size() % page);
  // Entries that make the journal grow by some pages, all of them in the WAL.
  {
    Journal j = Journal::open_for_write(path);
    for (int i = 0; i < 8; ++i)
      j.add_adhoc_entry(request("grown " + std::to_string(i)), entry(t0 + i, 1, Response::yes, std::string(3000, 'n')));
  }
  REQUIRE(file == bytes_of(path));
  const std::string wal = bytes_of(wal_path);
  // A checkpoint copies the WAL's pages in page order: page 1 first, with its new page
  // count. Cut short right after it: the file says more pages than it has.
  std::string page_one;
  for (std::size_t at = 32; at + 24 + page <= wal.size(); at += 24 + page)
    if (be32_at(wal, at) == 1) page_one = wal.substr(at + 24, page);
  REQUIRE(page_one.size() == page);
  const std::uint32_t counted = be32_at(page_one, 28);
  REQUIRE(counted > file.size() / page);
  REQUIRE(be32_at(page_one, 92) == be32_at(page_one, 24));  // the count is valid
  write_bytes(path, page_one + file.substr(page));
  fs::remove(path.string() + "-shm");  // as after a crash: rebuilt from the WAL

  auto r = Journal::open_for_read(path);
  REQUIRE(r.has_value());
  CHECK(9 == count(*r, "requests"));
  CHECK(8 == r->recent_entries(std::nullopt, std::nullopt).size());
  CHECK(r->integrity_ok());
  r.reset();
  Journal w = Journal::open_for_write(path);
  w.add_request(request("after"));
  CHECK(10 == count(w, "requests"));
  CHECK(w.integrity_ok());
}

// ---- Migrations ----------------------------------------------------------------------------

namespace {

// Rows written with raw SQL into a schema-1 journal, the way an old microask would have.
void fill_v1(SQLite::Database& db) {
  db.exec(
      "INSERT INTO requests (id, uid, text, lang, concrete, reversible, low_cost, status, "
      "created_utc, created_offset) VALUES "
      "(1, '0123456789abcdef0123456789abcdef', 'Old one', 'en', 'pass', 'pass', 'pass', 'done', "
      "1700000000, 3600), "
      "(2, '1123456789abcdef0123456789abcdef', 'Old two', 'fr', 'pass', 'unsure', 'pass', "
      "'planned', 1700000100, 3600)");
  db.exec(
      "INSERT INTO entries (uid, request_id, asked_utc, asked_offset, local_day, stress, response, "
      "expected_stress) VALUES "
      "('a123456789abcdef0123456789abcdef', 1, 1700000000, 3600, 19675, 4, 'yes', 5), "
      "('b123456789abcdef0123456789abcdef', 1, 1700001000, 3600, 19675, 6, 'no', NULL), "
      "('c123456789abcdef0123456789abcdef', 1, 1700040000, -36000, 19675, 2, 'discussion', 1)");
}

}  // namespace

TEST_CASE("migrating a schema-1 journal with data backfills the day totals") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal old = Journal::open_at_version_for_test(path, 1);
    CHECK(1 == old.user_version());
    CHECK_FALSE(old.database_for_test().tableExists("day_totals"));
    fill_v1(old.database_for_test());
  }
  const std::string v1_bytes = bytes_of(path);
  {
    // A read-only open reads an old schema as it is, without migrating it.
    auto reader = Journal::open_for_read(path);
    REQUIRE(reader.has_value());
    CHECK(1 == reader->user_version());
    CHECK(grouped(*reader) == reader->day_totals());
  }
  CHECK(v1_bytes == bytes_of(path));
  {
    Journal j = Journal::open_for_write(path);
    CHECK(Journal::schema_version == j.user_version());
    const auto totals = j.day_totals();
    CHECK(grouped(j) == totals);
    REQUIRE(1 == totals.size());
    // 3 entries, 2 with a prediction: felt 4 for 5 expected (lower), 2 for 1 (higher).
    CHECK(DayTotals{19675, 3, 1, 1, 1, 12, 2, 6, 6, 1, 0, 1, 0, 0, 0, 0} == totals.front());
    // The triggers work on the migrated journal, and undo starts from here.
    CHECK_FALSE(j.undo_last().has_value());
    j.add_entry(2, entry(1700000000, 9, Response::yes, {}, 3600));
    CHECK(grouped(j) == j.day_totals());
    CHECK(ChangeKind::log == j.undo_last()->kind);
    CHECK(Status::planned == j.find_request(2)->status);
  }
}

TEST_CASE("migrating a schema-2 journal adds the undo log and keeps the totals") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal old = Journal::open_at_version_for_test(path, 2);
    fill_v1(old.database_for_test());
    // Kept by the step-2 triggers (the columns of step 2 only).
    auto& db = old.database_for_test();
    CHECK("19675|3|1|1|1|12|2|6" == db.execAndGet("SELECT local_day || '|' || requests || '|' || yes || '|' || no "
                                                 "|| '|' || discussion || '|' || stress_sum || '|' || expected_count "
                                                 "|| '|' || expected_sum FROM day_totals").getString());
    CHECK_FALSE(old.database_for_test().tableExists("undo_log"));
  }
  Journal j = Journal::open_for_write(path);
  CHECK(Journal::schema_version == j.user_version());
  CHECK(j.database_for_test().tableExists("undo_log"));
  CHECK(grouped(j) == j.day_totals());
  CHECK(3 == count(j, "entries"));
}

TEST_CASE("processes migrating the same journal at once migrate it once") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal old = Journal::open_at_version_for_test(path, 1);
    fill_v1(old.database_for_test());
  }
  std::vector<pid_t> pids;
  for (int p = 0; p < 4; ++p) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int code = 0;
      try {
        Journal j = Journal::open_for_write(path);
        j.add_entry(1, entry(1700000000 + p, p, Response::no, {}, 3600));
      } catch (...) {
        code = 1;
      }
      ::_exit(code);
    }
    pids.push_back(pid);
  }
  for (const pid_t pid : pids) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  }
  Journal j = Journal::open_for_write(path);
  CHECK(Journal::schema_version == j.user_version());
  CHECK(7 == count(j, "entries"));
  CHECK(grouped(j) == j.day_totals());
}

TEST_CASE("in-memory journals can be built at any version") {
  for (int v = 1; v <= Journal::schema_version; ++v) {
    Journal j = Journal::open_at_version_for_test(":memory:", v);
    CHECK(v == j.user_version());
  }
  CHECK_THROWS_AS(Journal::open_at_version_for_test(":memory:", 0), usage_error);
  CHECK_THROWS_AS(Journal::open_at_version_for_test(":memory:", Journal::schema_version + 1),
                  usage_error);
}

// ---- Concurrency and SQLite errors --------------------------------------------------------

TEST_CASE("processes creating the same journal at once all land in one journal") {
  const TempDir dir;
  const fs::path path = dir / "new/journal.db";
  constexpr int processes = 6, per_process = 5;
  std::vector<pid_t> pids;
  for (int p = 0; p < processes; ++p) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int code = 0;
      try {
        Journal j = Journal::open_for_write(path);
        for (int i = 0; i < per_process; ++i)
          j.add_adhoc_entry(request("p" + std::to_string(p)), entry(t0 + i, i, Response::yes));
      } catch (...) {
        code = 1;
      }
      ::_exit(code);
    }
    pids.push_back(pid);
  }
  for (const pid_t pid : pids) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  }
  auto j = Journal::open_for_read(path);
  REQUIRE(j.has_value());
  CHECK(processes * per_process == static_cast<int>(j->recent_entries(std::nullopt, std::nullopt).size()));
  CHECK(j->integrity_ok());
  j.reset();
  // No temporary journal left behind. The -wal and -shm may stay: the last connection
  // closed was a read-only one, which cannot remove them (the next writer does).
  for (const std::string& name : names_in(dir / "new"))
    CHECK_MESSAGE(name.rfind("journal.db", 0) == 0, name);
}

TEST_CASE("a writer and a reader of the same journal in one process") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  Journal writer = Journal::open_for_write(path);
  writer.add_request(request("one"));
  auto reader = Journal::open_for_read(path);
  REQUIRE(reader.has_value());
  writer.add_adhoc_entry(request("two"), entry(t0, 1, Response::yes));
  CHECK(1 == reader->recent_entries(std::nullopt, std::nullopt).size());
  Journal second = Journal::open_for_write(path);
  second.add_adhoc_entry(request("three"), entry(t0, 1, Response::yes));
  CHECK(2 == reader->day_totals().front().requests);
  CHECK(writer.integrity_ok());
}

TEST_CASE("SQLite failures during a write are one-line journal errors, earlier rows intact") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  Journal j = Journal::open_for_write(path);
  const std::int64_t r = j.add_request(request("fill"));

  SUBCASE("disk full") {
    auto& db = j.database_for_test();
    const int pages = db.execAndGet("PRAGMA page_count").getInt();
    db.exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
    int written = 0;
    try {
      for (; written < 10000; ++written)
        j.add_entry(r, entry(t0, 1, Response::yes, std::string(2000, 'n')));
      FAIL("the journal never filled up");
    } catch (const journal_error& e) {
      CHECK(("cannot write the journal " + path.string() + ": disk full") == std::string(e.what()));
    }
    CHECK(written == static_cast<int>(j.recent_entries(std::nullopt, std::nullopt).size()));
    CHECK(j.integrity_ok());
  }
  SUBCASE("locked by another writer") {
    SQLite::Database other(path.string(), SQLite::OPEN_READWRITE);
    SQLite::Transaction hold(other, SQLite::TransactionBehavior::IMMEDIATE);
    j.database_for_test().setBusyTimeout(50);
    CHECK_THROWS_WITH_AS(j.add_entry(r, entry(t0, 1, Response::yes)),
                         ("cannot write the journal " + path.string() +
                          ": locked by another process for more than 10 s").c_str(),
                         journal_error);
    CHECK(Status::planned == j.find_request(r)->status);
  }
}

TEST_CASE("a constraint SQLite enforces comes back as a one-line usage error") {
  Journal j = Journal::in_memory();
  const std::int64_t r = j.add_request(request("x"));
  j.database_for_test().exec(
      "CREATE TEMP TRIGGER refuse BEFORE INSERT ON entries\n"
      "BEGIN SELECT RAISE(ABORT, 'no entries\ntoday'); END");
  CHECK_THROWS_WITH_AS(j.add_entry(r, entry(t0, 1, Response::yes)),
                       "value refused by the journal: no entries today", usage_error);
  CHECK(Status::planned == j.find_request(r)->status);
}

TEST_CASE("a journal switched out of WAL mode is switched back by the next writer") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  { Journal::open_for_write(path).database_for_test().exec("PRAGMA journal_mode = DELETE"); }
  Journal j = Journal::open_for_write(path);
  CHECK("wal" == j.database_for_test().execAndGet("PRAGMA journal_mode").getString());
}

TEST_CASE("a journal path below a file is a journal error") {
  const TempDir dir;
  write_bytes(dir / "file", "x");
  CHECK_THROWS_AS(Journal::open_for_write(dir / "file/journal.db"), journal_error);
  CHECK_THROWS_AS(Journal::open_for_write(dir / "file/sub/journal.db"), journal_error);
  CHECK_THROWS_AS(Journal::open_for_read(dir / "file/journal.db"), journal_error);
  CHECK("x" == bytes_of(dir / "file"));
}

TEST_CASE("migrating a schema-3 journal keeps every row and gains lessons, levels, goals and prediction totals") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal old = Journal::open_at_version_for_test(path, 3);
    auto& db = old.database_for_test();
    fill_v1(db);
    // One change in the undo log, as schema 3 kept it: the ask of request 2.
    db.exec(R"(INSERT INTO undo_log (kind, request_id, before_json) VALUES ('ask', 2, '{"status":"planned","asked_utc":null,"asked_offset":null,"expected_stress":null,"expected_response":null}'))");
    db.exec("UPDATE requests SET status = 'asked', asked_utc = 1700000200, asked_offset = 3600, expected_stress = 3 "
            "WHERE id = 2");
  }
  const std::string v3_bytes = bytes_of(path);
  {
    // Read-only, it is read as it is, through views that give it today's columns.
    auto reader = Journal::open_for_read(path);
    REQUIRE(reader.has_value());
    CHECK(3 == reader->user_version());
    CHECK(grouped(*reader) == reader->day_totals());
    CHECK_FALSE(reader->weekly_goal().has_value());
    const auto entries = reader->recent_entries(std::nullopt, std::nullopt);
    CHECK(3 == entries.size());
    CHECK_FALSE(entries.front().lesson.has_value());
    CHECK_FALSE(reader->find_request(1)->level.has_value());
    CHECK(ChangeKind::ask == reader->last_change()->kind);
  }
  CHECK(v3_bytes == bytes_of(path));
  Journal j = Journal::open_for_write(path);
  CHECK(Journal::schema_version == j.user_version());
  CHECK(2 == count(j, "requests"));
  CHECK(3 == count(j, "entries"));
  CHECK(1 == count(j, "undo_log"));
  CHECK(grouped(j) == j.day_totals());
  // The new columns and table work, and the triggers keep every total.
  j.set_weekly_goal(3);
  CHECK(3 == j.weekly_goal());
  const Entry e = j.add_entry(1, NewEntry{Instant{1700003000, 3600}, 1, Response::yes, std::nullopt, "it was easy"});
  CHECK("it was easy" == e.lesson.value_or(""));
  CHECK(grouped(j) == j.day_totals());
  // The change logged before the migration is still undone (after the new one).
  CHECK(ChangeKind::log == j.undo_last()->kind);
  CHECK(ChangeKind::ask == j.undo_last()->kind);
  CHECK(Status::planned == j.find_request(2)->status);
  CHECK_FALSE(j.find_request(2)->expected_stress.has_value());
  CHECK(grouped(j) == j.day_totals());
}
