// The one JSON mapping of the stored types, used alike by the output (--json), the backup
// (export and import) and the undo log. Keys are English and stable; instants are ISO 8601
// with their offset ("2026-11-26T09:30:00+01:00"), which keeps both the instant and the
// offset lived. Reading also takes the forms older versions wrote (see json.cpp), so old
// backups import and old undo rows undo.
//
// The only public header that needs nlohmann/json: include it where JSON is written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "microask/request.hpp"

namespace microask {

using json = nlohmann::ordered_json;  // keys keep the documented order

void to_json(json& j, const Instant& t);
void to_json(json& j, const Request& r);
void to_json(json& j, const Entry& e);

// A field of a JSON object that is missing or not what the mapping needs. The reader that
// called the mapping words it (an import names the line; the undo log calls it damage).
struct json_field_error {
  enum class Problem {
    not_string,    // args: none
    has_nul,       // a NUL character inside a string
    too_long,      // args: the length in characters, the limit
    not_uid,       // not 32 lower-case hex digits
    not_integer,
    out_of_range,  // args: the bounds
    not_one_of,    // args: the accepted values, comma-separated
    not_array,
    not_instant,   // not ISO 8601 with an offset (nor the older pair of integers)
    empty,
  };
  Problem problem;
  std::string key;
  std::vector<std::string> args;
};

// Reads what to_json wrote. `whole`: the fields a stored row must have are required (an
// import line); otherwise each field present is read and checked, the others keep their
// defaults (what an undo row kept). Throws json_field_error.
Request request_from_json(const json& j, bool whole = true);
Entry entry_from_json(const json& j, bool whole = true);

// The reasons of one verdict as stored in the journal (a JSON array as text) and back;
// text that is not a JSON array is kept, as one string in an array.
json reasons_value(std::string_view stored);

}  // namespace microask
