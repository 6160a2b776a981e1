// The tokens stage: the request read once into an immutable Text (see stages.hpp).
#include <algorithm>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

// Shorthands typed in a hurry, replaced by the words they stand for: "sil" -> "s il",
// "&" -> "and". The words after the first are glued to it, so word counts do not change.
std::vector<Token> respelled(const tables::Tables& c, std::vector<Token> toks) {
  if (c.respellings.empty()) return toks;
  std::vector<Token> out;
  out.reserve(toks.size());
  for (Token& t : toks) {
    const tables::Respelling* it = t.type == Type::word || t.type == Type::punct ? c.respelling(c.id_of(t.norm)) : nullptr;
    if (it == nullptr) {
      out.push_back(std::move(t));
      continue;
    }
    for (std::size_t k = 0; k < it->count; ++k) {
      Token r = t;
      r.norm = c.str(c.respelled[it->first + k]);
      r.type = Type::word;  // "&" -> "and"
      r.ends_sentence = false;
      if (k > 0) r.glued = true;
      out.push_back(std::move(r));
    }
  }
  return out;
}

// A step of a ladder's label before the request ("Step 3 (SUDS 40):", "Exposition niveau 8 :",
// "Défi rejet :") and its rating after it ("- 35", "(60/100)", "(SUDS 60)") are no words of
// the request: without them, "Step 3: return a shirt" reads as "return a shirt". Runs on the
// tokens with their ids, before the sentences are indexed.
void drop_step_labels(Text& t) {
  std::vector<Token>& toks = t.tokens;
  auto label = [&](std::size_t i) { return toks[i].type == Type::word && t.tables->is(toks[i].id, tables::step_label); };
  auto dash = [&](std::size_t i) { return t.punct(i, "-") || t.punct(i, "–") || t.punct(i, "—"); };
  auto words_from = [&](std::size_t i) {
    for (; i < t.size(); ++i)
      if (t.wordlike(i)) return true;
    return false;
  };
  // The label may follow a check mark ("☑ Jour 1 :") or a word ("This week:", "Cette
  // semaine :"), and end at a colon or at a dash ("SUDS 55 - send back a cold soup").
  std::size_t first = 0;
  while (first < t.size() && first < 3 && !t.wordlike(first)) ++first;
  std::size_t second = first + 1;
  while (second < t.size() && second < first + 3 && !t.wordlike(second)) ++second;
  const bool labelled = first < t.size() && (label(first) || (second < t.size() && label(second)));
  if (labelled) {
    for (std::size_t i = first + 1; i < t.size() && i <= first + 8 && !toks[i - 1].ends_sentence; ++i) {
      if (t.punct(i, ":") || dash(i)) {
        if (!words_from(i + 1)) break;  // "Step 3:" alone is what was typed
        toks.erase(toks.begin(), toks.begin() + static_cast<std::ptrdiff_t>(i + 1));
        break;
      }
    }
  }
  // From the end: [")"|"."] number ["/" number], then a label or an opening mark or both
  // ("SUDS", "(", "-"), with a word of the request before.
  std::size_t e = t.size();
  while (e > 0 && (t.punct(e - 1, ".") || t.punct(e - 1, ")"))) --e;
  if (e < 2 || toks[e - 1].type != Type::number) return;
  std::size_t b = e - 1;
  bool marked = false;  // a bare number at the end is the request's: "lend me 20", "table 2/3"
  if (b >= 2 && t.punct(b - 1, "/") && toks[b - 2].type == Type::number) b -= 2;
  if (b >= 1 && label(b - 1)) {
    --b;
    marked = true;
  }
  if (b >= 1 && (t.punct(b - 1, "(") || dash(b - 1))) {
    --b;
    marked = true;
  }
  if (!marked || b == 0 || !t.wordlike(b - 1)) return;
  toks.erase(toks.begin() + static_cast<std::ptrdiff_t>(b), toks.end());
  toks.back().ends_sentence = true;
}

void index_sentences(Text& t) {
  const std::size_t n = t.size();
  t.first_of_sentence.assign(n, 0);
  t.last_of_sentence.assign(n, n);
  t.words_before.assign(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    t.first_of_sentence[i] = i > 0 && t[i - 1].sentence == t[i].sentence ? t.first_of_sentence[i - 1] : i;
    t.words_before[i + 1] = t.words_before[i] + (t.counts_as_word(i) ? 1u : 0u);
  }
  for (std::size_t i = n; i-- > 0;) {
    if (t[i].ends_sentence) {
      t.last_of_sentence[i] = i;
    } else {
      t.last_of_sentence[i] = i + 1 < n && t[i + 1].sentence == t[i].sentence ? t.last_of_sentence[i + 1] : i + 1;
    }
  }
}

}  // namespace

const tables::Tables& compiled(Lang lang) { return tables::generated(lang); }
const words::LangWords& word_lists(Lang lang) { return lang == Lang::fr ? words::french() : words::english(); }

Lang detect(const std::vector<Token>& toks, std::string_view typed) {
  const tables::Tables& en = compiled(Lang::en);
  const tables::Tables& fr = compiled(Lang::fr);
  int fr_score = 0, en_score = 0, accents = 0;
  for (std::size_t i = 0; i < typed.size() && accents < 3;) {
    const tokens::Ch ch = tokens::decode_at(typed, i);
    i = ch.end;
    if (tokens::is_accented(ch.c)) ++accents;
  }
  fr_score += 2 * accents;
  for (const Token& t : toks) {
    if (t.type != Type::word) continue;
    if (t.elided) fr_score += 2;
    if (t.contracted) en_score += 2;
    if (!t.contracted && fr.is(fr.id_of(t.norm), tables::marker)) ++fr_score;
    if (!t.elided && en.is(en.id_of(t.norm), tables::marker)) ++en_score;
  }
  return fr_score > en_score ? Lang::fr : Lang::en;
}

// An instruction to oneself in the second person ("Demande à ton voisin si tu peux fêter ton
// anniversaire chez lui", "Ask your boss for Friday off"): up to the words to say (a colon,
// a quote, a question mark), its "tu", "ton", "your" are the asker's, and read as a planned
// entry's "je", "mon", "my" (own_person).
void read_own_person(Text& t) {
  std::size_t first = 0;
  while (first < t.size() && !t.wordlike(first)) ++first;
  if (first == t.size() || !t.tables->is(t.tokens[first].id, tables::self_opener)) return;
  for (std::size_t i = first + 1; i < t.size(); ++i) {
    Token& tok = t.tokens[i];
    if (tokens::opens_speech(tok) || t.punct(i, "?")) return;
    if (tok.type != Type::word) continue;
    for (const words::Respelling& r : t.words->own_person)
      if (tok.norm == r.typed) {
        tok.norm = std::string(r.meant);
        tok.id = t.tables->id_of(tok.norm);
        break;
      }
  }
}

Text read_text(std::string_view typed, Lang lang, std::vector<Token> toks) {
  Text t;
  t.typed = typed;
  t.lang = lang;
  t.tables = &compiled(lang);
  t.words = &word_lists(lang);
  t.tokens = respelled(*t.tables, std::move(toks));
  for (Token& tok : t.tokens) tok.id = t.tables->id_of(tok.norm);
  drop_step_labels(t);
  read_own_person(t);
  index_sentences(t);
  return t;
}

bool Text::clause_break(std::size_t i) const {
  return i < size() && tokens[i].type == Type::punct && tokens[i].norm != "\"" && tokens[i].norm != "«" &&
         tokens[i].norm != "»" && tokens[i].norm != "#";
}

std::string Text::quote(Span s) const {
  if (!s.found() || s.last <= s.first || s.last > size()) return {};
  const auto [b, e] = bytes(s);
  return std::string(typed.substr(b, e - b));
}

bool Text::looks_infinitive(std::size_t i) const {
  if (!wordlike(i) || tokens[i].type != Type::word) return false;
  const std::string& w = tokens[i].norm;
  if (w.size() < 4 || tables->is(tokens[i].id, tables::not_infinitive)) return false;
  // a capital inside a sentence is a name: "Blake et Mortimer", « demander à Didier »
  const bool starts_sentence = i == 0 || tokens[i - 1].ends_sentence || tokens[i - 1].sentence != tokens[i].sentence;
  if (!starts_sentence && starts_upper(typed, tokens[i].begin)) return false;
  auto ends = [&](std::string_view e) { return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; };
  return ends("er") || ends("ir") || ends("re") || ends("oir");
}

}  // namespace microask::criteria
