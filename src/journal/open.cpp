// Opening the journal: the checks before SQLite may touch a file, creation, migrations.
// Contract in include/microask/journal.hpp.
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "journal/internal.hpp"
#include "journal/schema.hpp"
#include "microask/pending_file.hpp"

namespace microask {
namespace fs = std::filesystem;
using namespace journal_detail;

namespace {

static_assert(schema::steps.size() == static_cast<std::size_t>(Journal::schema_version),
              "schema_version must equal the number of migration steps");

int read_user_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

// Runs steps [from, to) and records `to`. The caller holds the transaction. Then computes
// what SQL does not: the ladder state (step 5) from the entries already there.
void run_steps(SQLite::Database& db, int from, int to) {
  for (int step = from; step < to; ++step) db.exec(schema::steps[static_cast<std::size_t>(step)]);
  settle_ladder(db, to);
  db.exec("PRAGMA user_version = " + std::to_string(to));
  db.exec("PRAGMA application_id = " + std::to_string(Journal::application_id));
}

// Migrates forward to `target` in one BEGIN IMMEDIATE transaction. The version is read
// again inside it: when two processes migrate at once, the second finds the work done.
int migrate(SQLite::Database& db, const std::string& path, int target) {
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  const int version = read_user_version(db);
  if (version > Journal::schema_version) throw_newer(path, version);
  if (version >= target) return version;
  run_steps(db, version, target);
  tx.commit();
  return target;
}

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
         (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

// The WAL beside a journal (SQLite's file format): a 32-byte header, then frames of a
// 24-byte header and one page each.
constexpr std::int64_t wal_header_bytes = 32;
constexpr std::int64_t wal_frame_header_bytes = 24;

// Size of the -wal beside `path`, or -1 when there is none.
std::int64_t wal_size(const std::string& path) {
  struct stat st {};
  if (::stat((path + "-wal").c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return -1;
  return static_cast<std::int64_t>(st.st_size);
}

// Whole frames a WAL of `size` bytes can hold (0 for none or a header alone).
std::int64_t wal_frames(std::int64_t size, std::uint32_t page_size) {
  if (size <= wal_header_bytes) return 0;
  return (size - wal_header_bytes) / (wal_frame_header_bytes + page_size);
}

struct FileFacts {
  mode_t mode = 0;
  unsigned char write_version = 0;  // header byte 18: 1 rollback journal, 2 WAL
};

// Reads the first 100 bytes through SQLite's own VFS rather than open()/close(): closing
// a descriptor drops every POSIX lock this process holds on the file, which would silently
// unlock another connection of this process to the same journal. The VFS shares one inode
// record between connections and defers such closes.
std::pair<std::size_t, std::array<unsigned char, 100>> read_header(const std::string& path,
                                                                   std::int64_t size) {
  std::array<unsigned char, 100> header{};
  sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
  std::unique_ptr<void, decltype(&std::free)> mem(std::malloc(static_cast<std::size_t>(vfs->szOsFile)),
                                                  &std::free);
  auto* file = static_cast<sqlite3_file*>(mem.get());
  if (!file) throw journal_error(MICROASK_MSG("cannot read the journal {}: out of memory"), {path});
  file->pMethods = nullptr;
  int out_flags = 0;
  int rc = vfs->xOpen(vfs, path.c_str(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB,
                      &out_flags);
  if (rc != SQLITE_OK) {
    if (file->pMethods) file->pMethods->xClose(file);
    throw journal_error(MICROASK_MSG("cannot read the journal {}: {}"), {path, sqlite3_errstr(rc)});
  }
  const std::size_t n = static_cast<std::size_t>(std::min<std::int64_t>(size, 100));
  rc = file->pMethods->xRead(file, header.data(), static_cast<int>(n), 0);
  file->pMethods->xClose(file);
  if (rc != SQLITE_OK)
    throw journal_error(MICROASK_MSG("cannot read the journal {}: {}"), {path, sqlite3_errstr(rc)});
  return {n, header};
}

// The file looked short for its header. That is also how a journal looks for a moment while
// another process checkpoints it (the header's page count is written before the last pages)
// and then removes or empties the -wal: probe() looks again before believing it.
class looks_truncated : public journal_error {
 public:
  using journal_error::journal_error;
};

std::optional<FileFacts> probe_once(const fs::path& file) {
  const std::string path = file.string();
  const std::int64_t wal_before = wal_size(path);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    if (err == ENOENT) return std::nullopt;
    throw journal_error(MICROASK_MSG("cannot use the journal {}: {}"), {path, errno_text(err)});
  }
  if (S_ISDIR(st.st_mode))
    throw journal_error(MICROASK_MSG("cannot use {}: it is a directory, not a microask journal"), {path});
  if (!S_ISREG(st.st_mode))
    throw journal_error(MICROASK_MSG("cannot use {}: not a regular file, not a microask journal"), {path});
  if (st.st_size == 0) throw journal_error(MICROASK_MSG("cannot use {}: empty file, not a microask journal"), {path});
  if (::access(path.c_str(), R_OK) != 0)
    throw journal_error(MICROASK_MSG("cannot read the journal {}: {}"), {path, errno_text(errno)});

  const auto [n, h] = read_header(path, st.st_size);
  static constexpr unsigned char magic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                              'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
  if (n < 16 || !std::equal(std::begin(magic), std::end(magic), h.begin()))
    throw journal_error(MICROASK_MSG("cannot use {}: not a microask journal (not a SQLite database)"), {path});
  if (n < 100)
    throw journal_error(MICROASK_MSG("cannot use {}: not a usable microask journal (truncated header)"), {path});
  if (be32(&h[68]) != static_cast<std::uint32_t>(Journal::application_id))
    throw journal_error(
        MICROASK_MSG("cannot use {}: not a microask journal (a SQLite database of another application)"), {path});

  std::uint32_t page_size = (std::uint32_t{h[16]} << 8) | h[17];
  if (page_size == 1) page_size = 65536;
  if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)) != 0)
    throw journal_error(MICROASK_MSG("cannot use {}: damaged microask journal (bad page size)"), {path});
  // The file must hold every page its header counts (the count is valid when its "version
  // valid for" matches the change counter), except those a WAL beside it holds: during a
  // checkpoint, or after a crash in one, the file is short or ends mid-page and SQLite
  // completes it from the WAL. So a WAL holding frames excuses as many missing pages as it
  // has frames (each holds one page), and a partial last page is left to SQLite; an empty
  // WAL, or one with a header alone (a reader makes empty ones, a checkpoint that empties
  // the WAL leaves one), excuses nothing. Either look at the WAL counts: one may come just
  // before a checkpoint empties it.
  const auto size = static_cast<std::uint64_t>(st.st_size);
  const auto frames = static_cast<std::uint64_t>(wal_frames(std::max(wal_before, wal_size(path)), page_size));
  if (frames == 0 && size % page_size != 0)
    throw looks_truncated(
        MICROASK_MSG("cannot use {}: truncated microask journal ({} bytes is not a whole number of {}-byte pages)"),
        {path, std::to_string(size), std::to_string(page_size)});
  const std::uint32_t header_pages = be32(&h[28]);
  if (be32(&h[92]) == be32(&h[24]) && header_pages > size / page_size + frames)
    throw looks_truncated(MICROASK_MSG("cannot use {}: truncated microask journal ({} of {} pages)"),
                          {path, std::to_string(size / page_size), std::to_string(header_pages)});
  // user_version, as of the last checkpoint; checked again through SQLite after opening.
  const auto version = static_cast<std::int32_t>(be32(&h[60]));
  if (version > Journal::schema_version) throw_newer(path, version);
  return FileFacts{st.st_mode, h[18]};
}

// Checks, before SQLite may touch it, that `path` is a microask journal this version can
// use. nullopt when nothing is there. Never writes. A journal cut short stays so: it is
// refused after 5 looks over about 0.2 s; one caught mid-checkpoint passes at the next.
std::optional<FileFacts> probe(const fs::path& file) {
  for (int attempt = 1;; ++attempt) {
    try {
      return probe_once(file);
    } catch (const looks_truncated&) {
      if (attempt == 5) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(20 * attempt));
    }
  }
}

// Writable for us and meant to be written: some write bit is set. The second half makes a
// chmod a-w journal read-only even for root, who passes every access() check.
bool writable(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  return (st.st_mode & 0222) != 0 && ::access(path.c_str(), W_OK) == 0;
}

std::string folder_of(const fs::path& file) {
  const fs::path dir = file.parent_path();
  return dir.empty() ? std::string(".") : dir.string();
}

void fsync_dir(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

// Creates the missing folders above a new journal, 0700 whatever the umask; folders that
// already exist are left as they are.
void make_folders(const fs::path& dir, const std::string& journal) {
  std::vector<fs::path> missing;
  for (fs::path p = dir; !p.empty(); p = p.parent_path()) {
    struct stat st {};
    if (::stat(p.c_str(), &st) == 0) {
      if (!S_ISDIR(st.st_mode))
        throw journal_error(MICROASK_MSG("cannot create the journal {}: {} is not a folder"), {journal, p.string()});
      if (p != dir && !writable(p.string()))  // (dir itself is checked by the caller)
        throw journal_error(MICROASK_MSG("cannot create the journal {}: the folder {} is read-only"),
                            {journal, p.string()});
      break;
    }
    if (errno != ENOENT)
      throw journal_error(MICROASK_MSG("cannot create the journal {}: {}: {}"), {journal, p.string(), errno_text(errno)});
    missing.push_back(p);
    if (p.parent_path() == p) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0700) != 0) {
      const int err = errno;
      struct stat st {};
      if (err == EEXIST && ::stat(it->c_str(), &st) == 0 && S_ISDIR(st.st_mode)) continue;
      throw journal_error(MICROASK_MSG("cannot create the folder {} for the journal: {}"), {it->string(), errno_text(err)});
    }
    (void)::chmod(it->c_str(), 0700);  // mkdir's mode went through the umask
    fsync_dir(folder_of(*it));
  }
}

// The VFS of the connections that write: SQLite's own unix VFS, except that a WAL which
// already holds frames is opened without SQLITE_OPEN_CREATE. That flag is what makes the
// unix VFS sync the folder at the first sync of the file (so that a new WAL's name
// survives a power cut), and SQLite passes it at every open, so every append would sync
// the folder as well as the WAL. The name of a WAL that holds frames is already safe:
// every writer writes and syncs the WAL header before any frame, and the connection that
// first put frames into that file found it without any, so opened it with the flag, and
// its header sync synced the folder too (a writer with synchronous=OFF syncs nothing and
// is the exception; microask never runs so). An empty WAL, or one with a header alone
// (a reader makes empty ones; a TRUNCATE checkpoint empties them), is opened as SQLite
// would, folder sync included. The WAL is looked at while the connection holds its
// shared lock on the journal, so no SQLite connection can delete it meanwhile.
int open_file(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* out_flags) {
  auto* unix_vfs = static_cast<sqlite3_vfs*>(vfs->pAppData);
  if (name && (flags & SQLITE_OPEN_WAL) && (flags & SQLITE_OPEN_CREATE)) {
    struct stat st {};
    if (::stat(name, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > wal_header_bytes) {
      const int rc = unix_vfs->xOpen(unix_vfs, name, file, flags & ~SQLITE_OPEN_CREATE, out_flags);
      if (rc == SQLITE_OK) return rc;
      // Gone meanwhile (removed by hand): open it as SQLite would.
    }
  }
  return unix_vfs->xOpen(unix_vfs, name, file, flags, out_flags);
}

// Registered once (never as the default), for the life of the process.
const char* writer_vfs() {
  static sqlite3_vfs vfs = [] {
    sqlite3_vfs* unix_vfs = sqlite3_vfs_find("unix");
    if (!unix_vfs) unix_vfs = sqlite3_vfs_find(nullptr);
    sqlite3_vfs v = *unix_vfs;  // every other method is the unix VFS's own
    v.pNext = nullptr;
    v.zName = "microask-writer";
    v.pAppData = unix_vfs;
    v.xOpen = &open_file;
    return v;
  }();
  static const int registered = sqlite3_vfs_register(&vfs, 0);
  return registered == SQLITE_OK ? vfs.zName : nullptr;
}

// Copies the WAL's frames into the journal and empties the WAL (TRUNCATE: an empty WAL is
// what tells the next process, which rebuilds its index from the WAL, that nothing in it is
// new; a WAL only reset in this process's -shm would be read back in whole). It never
// waits: with a reader or a writer at work it copies what it can and gives up, to be tried
// again later. Its failures (a full disk) change nothing: the WAL keeps every frame, and a
// commit is synced before it comes here, so nothing here can lose one.
void fold_wal(sqlite3* db) {
  sqlite3_busy_timeout(db, 0);
  (void)sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
  sqlite3_busy_timeout(db, busy_timeout_ms);
}

// After each commit, with the WAL's size in frames: past the bound, fold it.
int after_commit(void*, sqlite3* db, const char*, int frames) {
  if (frames >= Journal::wal_checkpoint_frames) fold_wal(db);
  return SQLITE_OK;
}

// Less room left on the journal's file system than twice a WAL at its bound (4 KiB pages).
// There the room a kept WAL holds is better given back before writing: without it, an
// append could fail for want of the room the WAL takes.
bool short_of_room(const std::string& dir) {
  struct statvfs fs_info {};
  if (::statvfs(dir.c_str(), &fs_info) != 0) return false;
  constexpr std::uint64_t wal_at_bound = wal_header_bytes + Journal::wal_checkpoint_frames * (wal_frame_header_bytes + 4096);
  return static_cast<std::uint64_t>(fs_info.f_bavail) * fs_info.f_frsize < 2 * wal_at_bound;
}

// Builds a journal at schema `version` in a pending file beside `file`, then links it into
// place. When another process created `file` meanwhile, theirs is kept.
void create_journal(const fs::path& file, int version) {
  const std::string path = file.string();
  const std::string dir = folder_of(file);
  make_folders(fs::path(dir), path);
  if (!writable(dir))
    throw journal_error(MICROASK_MSG("cannot create the journal {}: its folder {} is read-only"), {path, dir});
  try {
    PendingFile pending(file);
    try {
      SQLite::Database db(pending.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
      // WAL is persistent: set once here, in the file header. synchronous=FULL syncs the WAL
      // at every commit, so an acknowledged entry survives a power loss (NORMAL would not).
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = FULL");
      SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
      run_steps(db, 0, version);
      tx.commit();
    } catch (const SQLite::Exception& e) {
      throw_sqlite(e, path, true);
    }
    // The connection is closed: unlike the writers of open_rw, it checkpoints at close (as the
    // only connection to the pending file), which put everything into the file and removed
    // the -wal and -shm, so the file is complete on its own when it appears under its name.
    (void)pending.link_as_target();  // false: another process was first, and theirs is used
  } catch (const std::system_error& e) {
    throw journal_error(MICROASK_MSG("cannot create the journal {}: {}"), {path, errno_text(e.code().value())});
  }
}

struct Opened {
  std::unique_ptr<SQLite::Database> db;
  int version = 0;
};

Opened open_rw(const fs::path& file, const FileFacts& facts, std::optional<int> migrate_to) {
  const std::string path = file.string();
  if (!writable(path)) throw journal_error(MICROASK_MSG("cannot write the journal {}: the file is read-only"), {path});
  const std::string dir = folder_of(file);
  if (!writable(dir))
    throw journal_error(MICROASK_MSG("cannot write the journal {}: its folder {} is read-only"), {path, dir});
  try {
    // No OPEN_CREATE: if the file vanished since probe(), fail rather than make an empty one.
    auto db = std::make_unique<SQLite::Database>(path.c_str(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX,
                                                 busy_timeout_ms, writer_vfs());
    sqlite3* handle = db->getHandle();
    if (sqlite3_db_readonly(handle, "main") == 1)
      throw journal_error(MICROASK_MSG("cannot write the journal {}: the file is read-only"), {path});
    // synchronous=FULL: every commit syncs the WAL, so an acknowledged entry survives a
    // power loss (the default NORMAL in WAL mode may lose the last commits).
    db->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL");
    // The WAL stays when the connection closes: no checkpoint at close (SQLite's last
    // connection would copy the WAL into the file, sync both and delete the WAL: four
    // syncs more per run). That sync at commit is then the only one an append makes;
    // after_commit bounds the WAL instead (and replaces SQLite's autocheckpoint).
    sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_wal_hook(handle, &after_commit, nullptr);
    if (facts.write_version == 1) db->exec("PRAGMA journal_mode = WAL");  // repair, once
    int version = read_user_version(*db);
    if (version > Journal::schema_version) throw_newer(path, version);
    if (wal_size(path) > wal_header_bytes && short_of_room(dir)) fold_wal(handle);
    if (migrate_to && version < *migrate_to) version = migrate(*db, path, *migrate_to);
    return {std::move(db), version};
  } catch (const SQLite::Exception& e) {
    throw_sqlite(e, path, true);
  }
}

// An older journal opened read-only (it cannot be migrated) is read as if it were current:
// temporary views, in this connection's memory only, shadow its tables with the columns
// it lacks (as nulls, or computed from the entries), so every read works unchanged and the
// file is never touched.
void read_as_current(SQLite::Database& db, int version) {
  if (version < 4) {
    db.exec("CREATE TEMP VIEW requests AS SELECT *, NULL AS idea, NULL AS level FROM main.requests");
    db.exec("CREATE TEMP VIEW entries AS SELECT *, NULL AS lesson FROM main.entries");
    db.exec("CREATE TEMP VIEW settings AS SELECT '' AS key, '' AS value WHERE 0");
    db.exec(R"sql(
CREATE TEMP VIEW day_totals AS
SELECT local_day, count(*) AS requests, sum(response = 'yes') AS yes, sum(response = 'no') AS no,
       sum(response = 'discussion') AS discussion, sum(stress) AS stress_sum,
       count(expected_stress) AS expected_count, coalesce(sum(expected_stress), 0) AS expected_sum,
       coalesce(sum(CASE WHEN expected_stress IS NOT NULL THEN stress END), 0) AS predicted_stress_sum,
       count(CASE WHEN stress < expected_stress THEN 1 END) AS lower,
       count(CASE WHEN stress = expected_stress THEN 1 END) AS equal,
       count(CASE WHEN stress > expected_stress THEN 1 END) AS higher,
       coalesce(sum(expected_stress - stress), 0) AS gap_sum,
       count(CASE WHEN expected_response = 'no' THEN 1 END) AS expected_no,
       count(CASE WHEN expected_response = 'no' AND response = 'yes' THEN 1 END) AS expected_no_got_yes,
       count(CASE WHEN expected_response = 'no' AND response = 'no' THEN 1 END) AS expected_no_got_no
FROM main.entries GROUP BY local_day)sql");
  }
}

std::string uri_escape(const std::string& path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 0xf]);
    }
  }
  return out;
}

std::unique_ptr<SQLite::Database> memory_db(int version) {
  auto db = std::make_unique<SQLite::Database>(
      ":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
  db->exec("PRAGMA foreign_keys = ON");
  SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
  run_steps(*db, 0, version);
  tx.commit();
  return db;
}

}  // namespace

std::filesystem::path journal_path(const std::optional<std::string>& db_flag,
                                   const std::function<const char*(const char*)>& getenv) {
  if (db_flag) {
    if (db_flag->empty()) throw usage_error(MICROASK_MSG("--db is empty; give the path of a journal"));
    return fs::path(*db_flag);
  }
  if (const char* db = getenv("MICROASK_DB")) {
    if (*db == '\0') throw usage_error(MICROASK_MSG("MICROASK_DB is set but empty; unset it or give a path"));
    return fs::path(db);
  }
  // XDG Base Directory: an empty value counts as unset, a relative one is ignored.
  if (const char* xdg = getenv("XDG_DATA_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
    return fs::path(xdg) / "microask" / "journal.db";
  const char* home = getenv("HOME");
  if (!home || *home == '\0')
    throw usage_error(
        MICROASK_MSG("cannot place the journal: HOME is not set (set HOME or MICROASK_DB, or give --db PATH)"));
  return fs::path(home) / ".local" / "share" / "microask" / "journal.db";
}

Journal::Journal(std::unique_ptr<SQLite::Database> db, std::string path, int version)
    : db_(std::move(db)), path_(std::move(path)), version_(version) {}
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;
Journal::~Journal() = default;

Journal Journal::open_for_write(const std::filesystem::path& path) {
  auto facts = probe(path);
  if (!facts) {
    create_journal(path, schema_version);
    facts = probe(path);
    if (!facts) throw journal_error(MICROASK_MSG("cannot create the journal {}: it vanished"), {path.string()});
  }
  Opened opened = open_rw(path, *facts, schema_version);
  return Journal(std::move(opened.db), path.string(), opened.version);
}

std::optional<Journal> Journal::open_for_read(const std::filesystem::path& path) {
  const auto facts = probe(path);
  if (!facts) return std::nullopt;
  const std::string shown = path.string();
  // A reader in WAL mode needs the -shm index, which it creates when missing and leaves
  // behind. Where no writer can be at work and the WAL holds no frame, the file alone is
  // the whole journal: it is read as immutable (no lock, no -wal, no -shm). No writer can
  // be at work when the file is read-only, or when its folder is and there is no -wal to
  // write to (a writer cannot create one). A WAL that holds frames (writers keep theirs
  // between runs) has entries the file does not: it is read through SQLite, which then
  // needs the -shm too (it may create it where the folder allows, reads a read-only one).
  const std::int64_t wal = wal_size(shown);
  const bool file_read_only = !writable(shown);
  const bool immutable = (wal < 0 && (file_read_only || !writable(folder_of(path)))) ||
                         (file_read_only && wal <= wal_header_bytes);
  // A WAL with frames that cannot be read: the file alone would show the journal as it was
  // some appends ago. Say so rather than show it (a copy or a share must include the -wal).
  if (wal > wal_header_bytes && ::access((shown + "-wal").c_str(), R_OK) != 0)
    throw journal_error(MICROASK_MSG("cannot read the journal {}: {}"),
                        {shown, shown + "-wal: " + errno_text(errno)});
  try {
    std::unique_ptr<SQLite::Database> db;
    if (immutable) {
      db = std::make_unique<SQLite::Database>("file:" + uri_escape(shown) + "?immutable=1",
                                              SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX,
                                              busy_timeout_ms);
    } else {
      db = std::make_unique<SQLite::Database>(shown, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX,
                                              busy_timeout_ms);
    }
    const int version = read_user_version(*db);
    if (version > schema_version) throw_newer(shown, version);
    if (version < 1)
      throw journal_error(MICROASK_MSG("cannot use {}: not a usable microask journal (no schema)"), {shown});
    if (version < schema_version) read_as_current(*db, version);
    return Journal(std::move(db), shown, version);
  } catch (const SQLite::Exception& e) {
    throw_sqlite(e, shown, false);
  }
}

std::optional<Journal> Journal::open_existing_for_write(const std::filesystem::path& path) {
  const auto facts = probe(path);
  if (!facts) return std::nullopt;
  Opened opened = open_rw(path, *facts, schema_version);
  return Journal(std::move(opened.db), path.string(), opened.version);
}

Journal Journal::in_memory() { return Journal(memory_db(schema_version), ":memory:", schema_version); }

Journal Journal::empty() {
  Journal j(memory_db(schema_version), ":memory:", schema_version);
  j.stand_in_ = true;  // nothing written here could ever be kept: see write_txn
  return j;
}

Journal Journal::open_at_version_for_test(const std::filesystem::path& path, int version) {
  if (version < 1 || version > schema_version)
    throw usage_error("schema version out of range: " + std::to_string(version));
  if (path == ":memory:") return Journal(memory_db(version), ":memory:", version);
  if (probe(path)) throw usage_error("open_at_version_for_test needs a new path: " + path.string());
  create_journal(path, version);
  const auto facts = probe(path);
  if (!facts) throw journal_error("cannot create the journal " + path.string());
  Opened opened = open_rw(path, *facts, std::nullopt);
  return Journal(std::move(opened.db), path.string(), opened.version);
}

int Journal::user_version() const {
  return read_op(path_, [&] { return read_user_version(*db_); });
}

bool Journal::integrity_ok() const {
  return read_op(path_, [&] {
    SQLite::Statement s(*db_, "PRAGMA integrity_check");
    return s.executeStep() && s.getColumn(0).getString() == "ok" && !s.executeStep();
  });
}

SQLite::Database& Journal::database_for_test() { return *db_; }

}  // namespace microask
