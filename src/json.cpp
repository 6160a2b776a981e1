// The JSON mapping of requests and entries: contract in json.hpp.
//
// Older forms still read: an instant as a pair of integers ("asked_utc" and "asked_offset"
// for "asked_at", likewise "created_"), and "addressee" for "to" (exports and undo rows
// written before the mapping was one).
#include "microask/json.hpp"

#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

#include "microask/calendar.hpp"
#include "microask/text.hpp"

namespace microask {
namespace {

using Problem = json_field_error::Problem;

constexpr std::int32_t max_offset = 18 * 3600;
constexpr std::int64_t max_utc = 253402300799;  // 9999-12-31T23:59:59Z

json optional(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
json optional(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }
json optional(const std::optional<Response>& v) { return v ? json(to_string(*v)) : json(nullptr); }
json optional(const std::optional<Instant>& v) { return v ? json(*v) : json(nullptr); }

// The fields of one object, each checked as it is read.
class Fields {
 public:
  Fields(const json& j, bool whole) : j_(j), whole_(whole) {}

  [[noreturn]] static void fail(Problem p, const char* key, std::vector<std::string> args = {}) {
    throw json_field_error{p, key, std::move(args)};
  }

  const json* find(const char* key) const {
    const auto it = j_.find(key);
    return it == j_.end() ? nullptr : &*it;
  }
  // Present and not null.
  bool has(const char* key) const {
    const json* v = find(key);
    return v && !v->is_null();
  }
  // To be read: present, or required of a whole row (then its reader names what is missing).
  bool wants(const char* key) const { return whole_ || has(key); }

  std::string string(const char* key) const {
    const json* v = find(key);
    if (!v || !v->is_string()) fail(Problem::not_string, key);
    std::string s = v->get<std::string>();
    if (s.find('\0') != std::string::npos) fail(Problem::has_nul, key);
    return s;
  }
  std::string text(const char* key, std::size_t max_chars) const {
    std::string s = string(key);
    std::size_t chars = 0;
    if (check_text(s, max_chars, &chars) == TextProblem::too_long)
      fail(Problem::too_long, key, {std::to_string(chars), std::to_string(max_chars)});
    return s;
  }
  std::string uid(const char* key) const {
    std::string s = string(key);
    if (s.size() != 32 || s.find_first_not_of("0123456789abcdef") != std::string::npos) fail(Problem::not_uid, key);
    return s;
  }
  std::int64_t integer(const char* key, std::int64_t lo, std::int64_t hi) const {
    const json* v = find(key);
    if (!v || !v->is_number_integer()) fail(Problem::not_integer, key);
    bool in_range = true;
    std::int64_t value = 0;
    if (v->is_number_unsigned()) {  // nlohmann reads every non-negative integer as unsigned
      const auto u = v->get<std::uint64_t>();
      in_range = u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
      value = static_cast<std::int64_t>(u);
    } else {
      value = v->get<std::int64_t>();
    }
    if (!in_range || value < lo || value > hi) fail(Problem::out_of_range, key, {std::to_string(lo), std::to_string(hi)});
    return value;
  }
  template <typename E>
  E value(const char* key, std::optional<E> (*parse)(std::string_view), const char* accepted) const {
    const std::string s = string(key);
    const auto v = parse(s);
    // Only the canonical names: the mapping never writes aliases.
    if (!v || to_string(*v) != s) fail(Problem::not_one_of, key, {accepted});
    return *v;
  }
  std::string reasons(const char* key) const {
    const json* v = find(key);
    if (!v) return "[]";
    if (!v->is_array()) fail(Problem::not_array, key);
    return v->dump();
  }
  // `name` "asked" reads "asked_at", or the older "asked_utc" and "asked_offset".
  std::optional<Instant> instant(const std::string& name, bool required) const {
    const std::string at = name + "_at", utc = name + "_utc", offset = name + "_offset";
    if (const json* v = find(at.c_str()); v && !v->is_null()) {
      const auto t = v->is_string() ? parse_iso8601(v->get<std::string>()) : std::nullopt;
      if (!t || t->utc < 0 || t->utc > max_utc) fail(Problem::not_instant, at.c_str());
      return t;
    }
    if (const json* v = find(utc.c_str()); v && !v->is_null())
      return Instant{integer(utc.c_str(), 0, max_utc),
                     static_cast<std::int32_t>(integer(offset.c_str(), -max_offset, max_offset))};
    if (required && whole_) fail(Problem::not_instant, at.c_str());
    return std::nullopt;
  }
  std::optional<int> stress(const char* key) const {
    if (!has(key)) return std::nullopt;
    return static_cast<int>(integer(key, 0, 10));
  }
  std::optional<Response> response(const char* key) const {
    if (!has(key)) return std::nullopt;
    return value<Response>(key, parse_response, "yes, no, discussion");
  }

 private:
  const json& j_;
  bool whole_;
};

constexpr const char* verdicts = "pass, fail, unsure";

StoredVerdict verdict_of(const Fields& f, const char* key, const char* reasons_key) {
  StoredVerdict v;
  if (f.wants(key)) v.verdict = f.value<Verdict>(key, parse_verdict, verdicts);
  v.reasons_json = f.reasons(reasons_key);
  return v;
}

}  // namespace

void to_json(json& j, const Instant& t) { j = format_iso8601(t); }

void to_json(json& j, const Request& r) {
  j = json{{"id", r.id},
           {"text", r.text},
           {"to", optional(r.addressee)},
           {"lang", to_string(r.lang)},
           {"status", to_string(r.status)},
           {"created_at", r.created},
           {"uid", r.uid},
           {"concrete", to_string(r.concrete.verdict)},
           {"concrete_reasons", reasons_value(r.concrete.reasons_json)},
           {"reversible", to_string(r.reversible.verdict)},
           {"reversible_reasons", reasons_value(r.reversible.reasons_json)},
           {"low_cost", to_string(r.low_cost.verdict)},
           {"low_cost_reasons", reasons_value(r.low_cost.reasons_json)},
           {"asked_at", optional(r.asked_at)},
           {"expected_stress", optional(r.expected_stress)},
           {"expected_response", optional(r.expected_response)},
           {"idea", optional(r.idea)},
           {"level", optional(r.level)}};
}

void to_json(json& j, const Entry& e) {
  j = json{{"id", e.id},
           {"request_id", e.request_id},
           {"text", e.text},
           {"asked_at", e.asked_at},
           {"stress", e.stress},
           {"response", to_string(e.response)},
           {"note", optional(e.note)},
           {"expected_stress", optional(e.expected_stress)},
           {"expected_response", optional(e.expected_response)},
           {"uid", e.uid},
           {"request_uid", e.request_uid},
           {"lesson", optional(e.lesson)},
           {"to", optional(e.addressee)}};
}

Request request_from_json(const json& j, bool whole) {
  const Fields f(j, whole);
  Request r;
  if (f.has("id")) r.id = f.integer("id", 1, std::numeric_limits<std::int64_t>::max());
  if (f.wants("uid")) r.uid = f.uid("uid");
  if (f.wants("text")) {
    r.text = f.text("text", max_text_chars);
    if (r.text.empty()) Fields::fail(Problem::empty, "text");
  }
  for (const char* key : {"to", "addressee"})
    if (f.has(key)) r.addressee = f.text(key, max_addressee_chars);
  if (f.wants("lang")) r.lang = f.value<Lang>("lang", parse_lang, "en, fr");
  r.concrete = verdict_of(f, "concrete", "concrete_reasons");
  r.reversible = verdict_of(f, "reversible", "reversible_reasons");
  r.low_cost = verdict_of(f, "low_cost", "low_cost_reasons");
  if (f.wants("status")) r.status = f.value<Status>("status", parse_status, "planned, asked, done, dropped");
  if (const auto created = f.instant("created", true)) r.created = *created;
  r.asked_at = f.instant("asked", false);
  r.expected_stress = f.stress("expected_stress");
  r.expected_response = f.response("expected_response");
  if (f.has("idea")) r.idea = f.text("idea", max_idea_chars);
  if (f.has("level")) r.level = static_cast<int>(f.integer("level", 1, 5));
  return r;
}

Entry entry_from_json(const json& j, bool whole) {
  const Fields f(j, whole);
  Entry e;
  if (f.has("id")) e.id = f.integer("id", 1, std::numeric_limits<std::int64_t>::max());
  if (f.wants("uid")) e.uid = f.uid("uid");
  if (f.has("request_id")) e.request_id = f.integer("request_id", 1, std::numeric_limits<std::int64_t>::max());
  if (f.wants("request_uid")) e.request_uid = f.uid("request_uid");
  if (f.has("text")) e.text = f.string("text");
  if (const auto at = f.instant("asked", true)) e.asked_at = *at;
  if (f.wants("stress")) e.stress = static_cast<int>(f.integer("stress", 0, 10));
  if (f.wants("response")) e.response = f.value<Response>("response", parse_response, "yes, no, discussion");
  if (f.has("note")) e.note = f.text("note", max_note_chars);
  e.expected_stress = f.stress("expected_stress");
  e.expected_response = f.response("expected_response");
  if (f.has("lesson")) e.lesson = f.text("lesson", max_lesson_chars);
  if (f.has("to")) e.addressee = f.text("to", max_addressee_chars);
  return e;
}

json reasons_value(std::string_view stored) {
  json v = json::parse(stored, nullptr, false);
  if (v.is_array()) return v;
  return json::array({std::string(stored)});  // not written by microask: kept, as text
}

}  // namespace microask
