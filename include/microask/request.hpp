// Plain value types shared by the core: what a request is, what an entry is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "microask/calendar.hpp"

namespace microask {

enum class Verdict { pass, fail, unsure };
enum class Response { yes, no, discussion };
enum class Status { planned, asked, done, dropped };
enum class Lang { en, fr };

// Canonical lower-case names, as stored in the journal and printed in JSON.
std::string_view to_string(Verdict v);
std::string_view to_string(Response r);
std::string_view to_string(Status s);
std::string_view to_string(Lang l);

std::optional<Verdict> parse_verdict(std::string_view s);
std::optional<Status> parse_status(std::string_view s);
std::optional<Lang> parse_lang(std::string_view s);
// Accepts the canonical names and the aliases people type: y, yes, oui, o; n, no, non;
// d, discussion, discuss, disc. Case-insensitive, surrounding blanks not allowed.
std::optional<Response> parse_response(std::string_view s);

// One criterion's verdict as stored: the verdict and its reasons rendered as
// machine-readable records (see criteria.hpp for how they are produced).
struct StoredVerdict {
  Verdict verdict = Verdict::unsure;
  std::string reasons_json = "[]";  // JSON array, written and read with nlohmann/json
};

struct Request {
  std::int64_t id = 0;
  std::string uid;  // stable across machines: 32 hex digits, used by export/import
  std::string text;
  std::optional<std::string> addressee;
  Lang lang = Lang::en;
  StoredVerdict concrete, reversible, low_cost;
  Status status = Status::planned;
  Instant created;
  // The prediction recorded by `ask`, waiting for the entry that will carry it.
  std::optional<Instant> asked_at;
  std::optional<int> expected_stress;
  std::optional<Response> expected_response;
  std::optional<std::string> idea;  // the catalogue id it came from
  std::optional<int> level;         // 1..5 on the ladder; none for requests older than it
};

struct Entry {
  std::int64_t id = 0;
  std::string uid;
  std::int64_t request_id = 0;
  std::string request_uid;  // the request's, joined in: stable across machines
  std::string text;         // the request's text, joined in for display
  Instant asked_at;
  int stress = 0;
  Response response = Response::yes;
  std::optional<std::string> note;
  std::optional<int> expected_stress;
  std::optional<Response> expected_response;
  std::optional<std::string> lesson;     // what was learned, one line
  std::optional<std::string> addressee;  // the request's, joined in: whom it was asked of
};

}  // namespace microask
