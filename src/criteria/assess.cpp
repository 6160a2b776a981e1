// The checker's public API (microask/criteria.hpp): assess() runs the stages of
// stages.hpp in order; names, messages and the JSON of reasons.
#include "microask/criteria.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "criteria/stages.hpp"

namespace microask {
namespace {

// The contract is 1..500 characters (at most 2000 bytes). Anything longer, which only a
// broken caller sends, is analysed on its first bytes so that time stays bounded.
constexpr std::size_t max_bytes = 4000;

// ---------------------------------------------------------------------------------------
// Names and messages

constexpr std::array<std::pair<ReasonKind, std::string_view>, 26> reason_names{{
    {ReasonKind::clear_ask, "clear_ask"},
    {ReasonKind::no_ask, "no_ask"},
    {ReasonKind::vague_object, "vague_object"},
    {ReasonKind::bundled, "bundled"},
    {ReasonKind::long_winded, "long_winded"},
    {ReasonKind::no_addressee, "no_addressee"},
    {ReasonKind::habit, "habit"},
    {ReasonKind::nothing_lasting, "nothing_lasting"},
    {ReasonKind::money, "money"},
    {ReasonKind::commitment, "commitment"},
    {ReasonKind::relationship, "relationship"},
    {ReasonKind::job, "job"},
    {ReasonKind::ultimatum, "ultimatum"},
    {ReasonKind::public_statement, "public_statement"},
    {ReasonKind::small_favour, "small_favour"},
    {ReasonKind::raise, "raise"},
    {ReasonKind::promotion, "promotion"},
    {ReasonKind::loan, "loan"},
    {ReasonKind::big_favour, "big_favour"},
    {ReasonKind::declaration, "declaration"},
    {ReasonKind::change_person, "change_person"},
    {ReasonKind::confrontation, "confrontation"},
    {ReasonKind::emotional_load, "emotional_load"},
    {ReasonKind::negotiation, "negotiation"},
    {ReasonKind::user_answer, "user_answer"},
    {ReasonKind::unclear, "unclear"},
}};

}  // namespace

// ---------------------------------------------------------------------------------------
// Public API

std::string_view to_string(Criterion c) {
  switch (c) {
    case Criterion::concrete: return "concrete";
    case Criterion::reversible: return "reversible";
    case Criterion::low_cost: return "low_cost";
  }
  return "concrete";
}

std::string_view to_string(ReasonKind k) {
  for (const auto& [kind, name] : reason_names)
    if (kind == k && !name.empty()) return name;
  return "unclear";
}

std::string_view message_of(ReasonKind k) {
  switch (k) {
    case ReasonKind::clear_ask: return MICROASK_MSG("one clear ask (\"{}\")");
    case ReasonKind::no_ask: return MICROASK_MSG("no ask: a wish, a goal or an action (\"{}\")");
    case ReasonKind::vague_object: return MICROASK_MSG("vague: what exactly? (\"{}\")");
    case ReasonKind::bundled: return MICROASK_MSG("bundles several asks (\"{}\")");
    case ReasonKind::long_winded: return MICROASK_MSG("long-winded: the ask is lost in justification (\"{}\")");
    case ReasonKind::no_addressee: return MICROASK_MSG("nobody in particular to ask (\"{}\")");
    case ReasonKind::habit: return MICROASK_MSG("a habit or a goal, not one ask (\"{}\")");
    case ReasonKind::nothing_lasting: return MICROASK_MSG("nothing is locked in, whatever the answer");
    case ReasonKind::money: return MICROASK_MSG("commits money (\"{}\")");
    case ReasonKind::commitment: return MICROASK_MSG("commits to something lasting (\"{}\")");
    case ReasonKind::relationship: return MICROASK_MSG("starts or ends a relationship (\"{}\")");
    case ReasonKind::job: return MICROASK_MSG("quits or starts a job (\"{}\")");
    case ReasonKind::ultimatum: return MICROASK_MSG("an ultimatum (\"{}\")");
    case ReasonKind::public_statement: return MICROASK_MSG("said in public, cannot be taken back (\"{}\")");
    case ReasonKind::small_favour: return MICROASK_MSG("small stakes: minutes of the other person's time");
    case ReasonKind::raise: return MICROASK_MSG("a raise is a negotiation (\"{}\")");
    case ReasonKind::promotion: return MICROASK_MSG("a promotion is a negotiation (\"{}\")");
    case ReasonKind::loan: return MICROASK_MSG("money asked for, lent or given (\"{}\")");
    case ReasonKind::big_favour: return MICROASK_MSG("a big favour: hours, not minutes (\"{}\")");
    case ReasonKind::declaration: return MICROASK_MSG("a declaration of feelings (\"{}\")");
    case ReasonKind::change_person: return MICROASK_MSG("asks someone to change (\"{}\")");
    case ReasonKind::confrontation: return MICROASK_MSG("a confrontation or a reproach (\"{}\")");
    case ReasonKind::emotional_load: return MICROASK_MSG("heavy emotional stakes (\"{}\")");
    case ReasonKind::negotiation: return MICROASK_MSG("a negotiation over lasting stakes (\"{}\")");
    case ReasonKind::user_answer: return MICROASK_MSG("your own answer");
    case ReasonKind::unclear: return MICROASK_MSG("the text alone does not tell (\"{}\")");
  }
  return MICROASK_MSG("the text alone does not tell (\"{}\")");
}

std::string_view message_of(WarningKind k) {
  switch (k) {
    case WarningKind::hedge: return MICROASK_MSG("hedge (\"{}\")");
    case WarningKind::apology: return MICROASK_MSG("apology (\"{}\")");
    case WarningKind::self_deprecation: return MICROASK_MSG("self-deprecation (\"{}\")");
    case WarningKind::minimiser: return MICROASK_MSG("minimiser (\"{}\")");
  }
  return MICROASK_MSG("hedge (\"{}\")");
}

std::string_view message_of(SuggestionKind k) {
  switch (k) {
    case SuggestionKind::split: return MICROASK_MSG("split it and plan each ask on its own: \"{}\"");
    case SuggestionKind::specify: return MICROASK_MSG("say exactly what instead of \"{}\"");
    case SuggestionKind::name_someone: return MICROASK_MSG("name one person who can answer now instead of \"{}\"");
    case SuggestionKind::shorten: return MICROASK_MSG("keep only the ask: \"{}\"");
    case SuggestionKind::scale_down: return MICROASK_MSG("ask for a smaller, reversible first step than \"{}\"");
    case SuggestionKind::first_step: return MICROASK_MSG("plan one first ask towards \"{}\"");
    case SuggestionKind::no_ultimatum: return MICROASK_MSG("ask without the ultimatum: \"{}\"");
    case SuggestionKind::private_first: return MICROASK_MSG("ask in private first, not \"{}\"");
  }
  return MICROASK_MSG("say exactly what instead of \"{}\"");
}

const CriterionResult& Assessment::result(Criterion c) const {
  switch (c) {
    case Criterion::concrete: return concrete;
    case Criterion::reversible: return reversible;
    case Criterion::low_cost: return low_cost;
  }
  return concrete;
}

CriterionResult& Assessment::result(Criterion c) {
  return const_cast<CriterionResult&>(static_cast<const Assessment&>(*this).result(c));
}

bool Assessment::any_fail() const {
  return concrete.verdict == Verdict::fail || reversible.verdict == Verdict::fail ||
         low_cost.verdict == Verdict::fail;
}

bool Assessment::any_unsure() const {
  return concrete.verdict == Verdict::unsure || reversible.verdict == Verdict::unsure ||
         low_cost.verdict == Verdict::unsure;
}

bool Assessment::micro() const {
  return concrete.verdict == Verdict::pass && reversible.verdict == Verdict::pass &&
         low_cost.verdict == Verdict::pass;
}

Lang detect_lang(std::string_view text) {
  text = text.substr(0, std::min(text.size(), max_bytes));
  return criteria::detect(tokens::tokenise(text), text);
}

namespace {

// No word to read (nothing but numbers and signs: "-5", "???"): no ask; the other two
// cannot be told.
Assessment wordless(std::string_view text, Lang lang) {
  Assessment a;
  a.lang = lang;
  a.concrete = {Verdict::fail, {{ReasonKind::no_ask, std::string(text)}}};
  if (text.empty()) a.concrete.reasons.front().words = "";
  a.reversible = {Verdict::unsure, {{ReasonKind::unclear, std::string(text)}}};
  a.low_cost = {Verdict::unsure, {{ReasonKind::unclear, std::string(text)}}};
  return a;
}

// The stages in order, each given what the earlier ones returned.
Assessment run_stages(std::string_view typed, Lang lang, std::vector<tokens::Token> toks) {
  using namespace criteria;
  const Text text = read_text(typed, lang, std::move(toks));
  const Amounts amounts = find_amounts(text);
  const Matcher m(text, amounts);
  const Asking asking = find_asking(m);
  const Guards guards = find_guards(m);
  const Findings findings = find_findings(m, amounts, asking, guards);
  Verdicts verdicts = decide_verdicts(text, asking, findings);
  Assessment a;
  a.lang = lang;
  a.suggestions = suggest(m, asking, guards, findings, verdicts);
  a.concrete = std::move(verdicts.concrete);
  a.reversible = std::move(verdicts.reversible);
  a.low_cost = std::move(verdicts.low_cost);
  if (asking.addressee.found()) a.addressee = addressee_text(text, asking);
  a.warnings = find_warnings(m);
  return a;
}

}  // namespace

Assessment assess(std::string_view text, const Answers& answers) {
  text = text.substr(0, std::min(text.size(), max_bytes));
  std::vector<tokens::Token> toks = tokens::tokenise(text);
  const Lang lang = criteria::detect(toks, text);
  const bool has_word =
      std::any_of(toks.begin(), toks.end(), [](const tokens::Token& t) { return t.type == tokens::Type::word; });
  Assessment a = has_word ? run_stages(text, lang, std::move(toks)) : wordless(text, lang);
  const std::optional<bool> given[] = {answers.concrete, answers.reversible, answers.low_cost};
  const Criterion order[] = {Criterion::concrete, Criterion::reversible, Criterion::low_cost};
  for (std::size_t i = 0; i < 3; ++i) {
    if (!given[i]) continue;
    a.result(order[i]) = {*given[i] ? Verdict::pass : Verdict::fail, {{ReasonKind::user_answer, ""}}};
  }
  return a;
}

std::vector<std::string> word_table_errors() {
  std::vector<std::string> out;
  for (const Lang l : {Lang::en, Lang::fr})  // compiled again, as the build did
    for (const std::string& e : tables::compile(criteria::word_lists(l)).errors)
      out.push_back(std::string(to_string(l)) + ": " + e);
  return out;
}
std::string reasons_to_json(const std::vector<Reason>& reasons) {
  nlohmann::json arr = nlohmann::json::array();
  for (const Reason& r : reasons) arr.push_back({{"kind", to_string(r.kind)}, {"words", r.words}});
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<Reason> reasons_from_json(std::string_view json) {
  std::vector<Reason> out;
  const nlohmann::json arr = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (arr.is_discarded() || !arr.is_array()) return out;
  for (const nlohmann::json& item : arr) {
    if (!item.is_object()) continue;
    Reason r{ReasonKind::unclear, ""};
    const auto kind = item.find("kind");
    if (kind != item.end() && kind->is_string()) {
      const std::string name = kind->get<std::string>();
      for (const auto& [k, n] : reason_names)
        if (!n.empty() && n == name) r.kind = k;
    }
    const auto words = item.find("words");
    if (words != item.end() && words->is_string()) r.words = words->get<std::string>();
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace microask
