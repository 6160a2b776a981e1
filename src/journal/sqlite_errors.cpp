// SQLite's failures worded as the journal's errors: contract in internal.hpp.
#include <sqlite3.h>

#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "journal/internal.hpp"

namespace microask::journal_detail {

std::string errno_text(int err) { return std::generic_category().message(err); }

void throw_sqlite(const SQLite::Exception& e, const std::string& path, bool writing) {
  const int code = e.getErrorCode() & 0xff;
  // One line: a failed CHECK quotes its expression, line breaks included.
  std::string what;
  for (const char c : std::string_view(e.what())) {
    const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!blank) what.push_back(c);
    else if (!what.empty() && what.back() != ' ') what.push_back(' ');
  }
  // One msgid for writing and one for reading, as a translation may word them apart.
  const char* write_msgid = MICROASK_MSG("cannot write the journal {}: {}");
  const char* read_msgid = MICROASK_MSG("cannot read the journal {}: {}");
  std::vector<std::string> args{path, what};
  const auto reason = [&](const char* w, const char* r, std::vector<std::string> more) {
    write_msgid = w;
    read_msgid = r;
    more.insert(more.begin(), path);
    args = std::move(more);
  };
  switch (code) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
      throw usage_error(MICROASK_MSG("value refused by the journal: {}"), {what});
    case SQLITE_FULL:
      reason(MICROASK_MSG("cannot write the journal {}: disk full"), MICROASK_MSG("cannot read the journal {}: disk full"),
             {});
      break;
    case SQLITE_IOERR:
      // On a full disk, growing the -shm index beside the journal is often the first write
      // to fail (writes to the journal and its WAL report SQLITE_FULL).
      if (e.getExtendedErrorCode() == SQLITE_IOERR_SHMSIZE)
        reason(MICROASK_MSG("cannot write the journal {}: disk full (no room for its index file {}-shm)"),
               MICROASK_MSG("cannot read the journal {}: disk full (no room for its index file {}-shm)"), {path});
      else
        reason(MICROASK_MSG("cannot write the journal {}: input/output error ({})"),
               MICROASK_MSG("cannot read the journal {}: input/output error ({})"), {what});
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      reason(MICROASK_MSG("cannot write the journal {}: locked by another process for more than {} s"),
             MICROASK_MSG("cannot read the journal {}: locked by another process for more than {} s"),
             {std::to_string(busy_timeout_ms / 1000)});
      break;
    case SQLITE_READONLY:
      reason(MICROASK_MSG("cannot write the journal {}: the file or its folder is read-only"),
             MICROASK_MSG("cannot read the journal {}: the file or its folder is read-only"), {});
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      reason(MICROASK_MSG("cannot write the journal {}: the file is damaged ({})"),
             MICROASK_MSG("cannot read the journal {}: the file is damaged ({})"), {what});
      break;
    case SQLITE_CANTOPEN:
      reason(MICROASK_MSG("cannot write the journal {}: cannot open it ({})"),
             MICROASK_MSG("cannot read the journal {}: cannot open it ({})"), {what});
      break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
      reason(MICROASK_MSG("cannot write the journal {}: permission denied"),
             MICROASK_MSG("cannot read the journal {}: permission denied"), {});
      break;
    case SQLITE_NOMEM:
      reason(MICROASK_MSG("cannot write the journal {}: out of memory"),
             MICROASK_MSG("cannot read the journal {}: out of memory"), {});
      break;
    default: break;
  }
  throw journal_error(writing ? write_msgid : read_msgid, std::move(args));
}

void refuse_stand_in_write() {
  throw journal_error(MICROASK_MSG("there is no journal yet: nothing to change"));
}

void throw_damaged(const std::string& what) {
  throw SQLite::Exception("unexpected content: " + what, SQLITE_CORRUPT);
}

void throw_newer(const std::string& path, std::int64_t version) {
  throw journal_error(
      MICROASK_MSG("cannot use the journal {}: it was written by a newer microask (schema {}, this one reads up to {})"),
      {path, std::to_string(version), std::to_string(Journal::schema_version)});
}

}  // namespace microask::journal_detail
