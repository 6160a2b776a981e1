// The catalogue of ideas and the checker keep each other honest: every idea is a
// micro-request in its language. Also: the shape of the catalogue, the settings words name,
// the files' reader, and which idea `idea` offers from a journal.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include "ideas/catalogue_data.hpp"
#include "ideas/catalogue_file.hpp"
#include "journal_support.hpp"
#include "microask/actions.hpp"
#include "microask/criteria.hpp"
#include "microask/ideas.hpp"
#include "microask/text.hpp"

namespace microask {
namespace {

using test::TempDir;

std::string lang_name(Lang l) { return std::string(to_string(l)); }

}  // namespace

TEST_CASE("every idea of the catalogue is a micro-request in its language, with nothing to warn about") {
  for (const Lang lang : {Lang::en, Lang::fr})
    for (const Idea& i : catalogue(lang)) {
      CAPTURE(i.id);
      CAPTURE(i.text);
      const Assessment a = assess(i.text);
      CHECK(a.lang == lang);
      CHECK(a.concrete.verdict == Verdict::pass);
      CHECK(a.reversible.verdict == Verdict::pass);
      CHECK(a.low_cost.verdict == Verdict::pass);
      CHECK(a.warnings.empty());
    }
}

TEST_CASE("the catalogue has 150 ideas or more per language, every setting at every level") {
  for (const Lang lang : {Lang::en, Lang::fr}) {
    CAPTURE(lang_name(lang));
    const auto ideas = catalogue(lang);
    CHECK(ideas.size() >= 150);
    std::map<std::pair<std::string_view, int>, int> cells;
    for (const Idea& i : ideas) {
      CHECK(i.lang == lang);
      CHECK(i.level >= lowest_level);
      CHECK(i.level <= highest_level);
      ++cells[{i.setting, i.level}];
    }
    for (const auto setting : idea_settings)
      for (int level = lowest_level; level <= highest_level; ++level) {
        CAPTURE(setting);
        CAPTURE(level);
        CHECK(cells[{setting, level}] >= 3);
      }
  }
}

TEST_CASE("ids are unique across both languages and find_idea finds each") {
  std::set<std::string_view> ids;
  for (const Lang lang : {Lang::en, Lang::fr})
    for (const Idea& i : catalogue(lang)) {
      CHECK(ids.insert(i.id).second);
      CHECK(i.id.starts_with(lang_name(lang) + "-" + std::string(i.setting) + "-"));
      CHECK(i.id.size() <= max_idea_chars);
      REQUIRE(find_idea(i.id) != nullptr);
      CHECK(find_idea(i.id)->text == i.text);
    }
  CHECK(find_idea("en-shop-00") == nullptr);
  CHECK(find_idea("") == nullptr);
}

TEST_CASE("the setting a request's words name") {
  CHECK(setting_of("Ask the barista for a glass of tap water", Lang::en) == "cafe");
  CHECK(setting_of("Ask my NEIGHBOURS upstairs to turn the music down tonight", Lang::en) == "neighbours");
  CHECK(setting_of("Ask the clerk at the post office for a padded envelope", Lang::en) == "services");
  CHECK(setting_of("Ask a colleague to review my slides", Lang::en) == "work");
  CHECK(setting_of("Demander à ma voisine de garder mon colis", Lang::fr) == "neighbours");
  CHECK(setting_of("Demander au contrôleur si ce TER s'arrête à Dijon", Lang::fr) == "transport");
  CHECK(setting_of("Demander à la boulangère une baguette bien cuite", Lang::fr) == "shop");
  CHECK(setting_of("Demander à ma SŒUR de me rappeler ce soir", Lang::fr) == "family");
  CHECK(setting_of("Demander au serveur du café une carafe d'eau", Lang::fr) == "cafe");
  // Most words win; on a tie, the one named first.
  CHECK(setting_of("Ask my brother and my dad, at the café", Lang::en) == "family");
  CHECK(setting_of("Ask the waiter whether my colleague left", Lang::en) == "cafe");
  CHECK_FALSE(setting_of("Ask for more confidence", Lang::en));
  CHECK_FALSE(setting_of("", Lang::fr));
}

TEST_CASE("a setting is named by its key or by a word of it, in either language") {
  CHECK(setting_named("work") == "work");
  CHECK(setting_named("  Online ") == "online");
  CHECK(setting_named("Travail") == "work");
  CHECK(setting_named("collègue") == "work");
  CHECK(setting_named("bakery") == "shop");
  CHECK(setting_named("boulangerie") == "shop");
  CHECK(setting_named("voisins") == "neighbours");
  CHECK_FALSE(setting_named("moon"));
  CHECK_FALSE(setting_named(""));
}

TEST_CASE("no word names two settings, across the two languages") {
  // Within a file the build checks it; across them, `--setting WORD` would be ambiguous.
  std::map<std::string, std::string_view> setting_by_word;
  for (const Lang lang : {Lang::en, Lang::fr})
    for (const auto& w : ideas_data::setting_words(lang)) {
      CAPTURE(w.word);
      const auto [at, added] = setting_by_word.emplace(fold(w.word), w.setting);
      CHECK(at->second == w.setting);
    }
  CHECK(setting_by_word.size() > 300);
}

TEST_CASE("the words of nine ideas in ten name the idea's own setting") {
  // The settings' words are what `plan` and spacing read of requests typed by people; the
  // catalogue is the nearest labelled set of such requests.
  for (const Lang lang : {Lang::en, Lang::fr}) {
    CAPTURE(lang_name(lang));
    int same = 0, total = 0;
    for (const Idea& i : catalogue(lang)) {
      ++total;
      if (setting_of(i.text, lang) == i.setting) ++same;
    }
    CHECK(same * 10 >= total * 9);
  }
}

TEST_CASE("the catalogue's reader names each line that does not read") {
  using namespace catalogue_file;
  const auto read = read_ideas(
      "# a comment\n"
      "\n"
      "en-shop-01\t1\tshop\tAsk the baker for a receipt.\r\n"
      "en-shop-02\t6\tshop\tAsk the baker for a bag.\n"
      "en-shop-01\t2\tshop\tAsk the baker for a bag.\n"
      "fr-shop-03\t2\tshop\tAsk the baker for a bag.\n"
      "en-moon-01\t2\tmoon\tAsk the moon.\n"
      "en-cafe-01\t2\tcafe\t Ask with a blank.\n"
      "en-cafe-02\t2\tcafe\n"
      "en-cafe-03\t2\tcafe\t\n",
      Lang::en, "ideas_en.tsv");
  REQUIRE(read.rows.size() == 1);
  CHECK(read.rows[0].text == "Ask the baker for a receipt.");  // the CR before the LF dropped
  CHECK(read.rows[0].level == 1);
  const std::vector<std::string> expected{
      "ideas_en.tsv:4: level '6' is not 1 to 5",
      "ideas_en.tsv:5: id 'en-shop-01' is given twice",
      "ideas_en.tsv:6: id 'fr-shop-03' does not read en-shop-NN",
      "ideas_en.tsv:7: 'moon' is not a setting (shop, cafe, street, transport, work, neighbours, family, friends, "
      "online, services)",
      "ideas_en.tsv:8: the text has blanks around it",
      "ideas_en.tsv:9: 3 fields; an idea has 4: id, level, setting, text",
      "ideas_en.tsv:10: the text is empty"};
  CHECK(read.errors == expected);
}

TEST_CASE("the settings' reader refuses a word of two settings and an empty word") {
  using namespace catalogue_file;
  const auto read = read_setting_words("shop\tbaker, Bakery\ncafe\tbarista,, waiter\nwork\tBAKER\nmoon\tcrater\n",
                                       "settings_en.tsv");
  CHECK(read.rows.size() == 2);
  const std::vector<std::string> expected{"settings_en.tsv:2: an empty word (two commas in a row?)",
                                          "settings_en.tsv:3: 'BAKER' names two settings: shop and work",
                                          "settings_en.tsv:4: 'moon' is not a setting (shop, cafe, street, transport, "
                                          "work, neighbours, family, friends, online, services)"};
  CHECK(read.errors == expected);
}

// --- offering ideas from a journal --------------------------------------------------------

namespace {

constexpr std::int64_t day0 = 1'790'000'000;

struct Fixture {
  TempDir dir;
  Journal journal = Journal::open_for_write(dir / "journal.db");
  std::int64_t clock = day0;

  // Plans the idea (as `plan --idea` does) and, with a stress, logs it.
  std::int64_t plan(std::string_view id, std::optional<int> stress = std::nullopt) {
    const Idea* i = find_idea(id);
    REQUIRE(i != nullptr);
    const auto outcome = plan_request(journal, assess_idea(*i), std::nullopt, Instant{clock += 60, 3600});
    REQUIRE(outcome.id);
    if (stress) journal.add_entry(*outcome.id, NewEntry{Instant{clock += 60, 3600}, *stress, Response::yes, {}, {}});
    return *outcome.id;
  }
  // Every idea of a language at a level, planned.
  void plan_all(Lang lang, std::optional<int> level) {
    for (const Idea& i : catalogue(lang))
      if (!level || i.level == *level) plan(i.id);
  }
};

std::vector<const Idea*> at_level(Lang lang, int level) {
  std::vector<const Idea*> out;
  for (const Idea& i : catalogue(lang))
    if (i.level == level) out.push_back(&i);
  return out;
}

}  // namespace

TEST_CASE("a new journal is offered the first idea at level 1, in the language asked") {
  Fixture f;
  for (const Lang lang : {Lang::en, Lang::fr}) {
    const IdeaOffer o = offer_idea(f.journal, IdeaQuery{lang, std::nullopt, std::nullopt});
    REQUIRE(o.idea);
    CHECK(o.idea->id == at_level(lang, 1).front()->id);
    CHECK(o.level == 1);
    CHECK(o.ladder.level == 1);
    CHECK_FALSE(o.fresh);  // no request yet: spacing has nothing to say
    CHECK(o.left_in_lang == static_cast<int>(catalogue(lang).size()));
  }
}

TEST_CASE("an idea planned is not offered again, and spacing prefers a setting not used lately") {
  Fixture f;
  const Idea& first = *at_level(Lang::en, 1).front();
  f.plan(first.id);
  const IdeaOffer o = offer_idea(f.journal, IdeaQuery{Lang::en, std::nullopt, std::nullopt});
  REQUIRE(o.idea);
  CHECK(o.idea->id != first.id);
  CHECK(o.idea->setting != first.setting);
  CHECK(o.fresh);
  CHECK(o.recent_settings == std::vector<std::string_view>{first.setting});
  CHECK(o.left_in_lang == static_cast<int>(catalogue(Lang::en).size()) - 1);
  // Asked for the same setting, the next idea of it.
  const IdeaOffer same = offer_idea(f.journal, IdeaQuery{Lang::en, std::nullopt, first.setting});
  REQUIRE(same.idea);
  CHECK(same.idea->setting == first.setting);
  CHECK(same.idea->id != first.id);
  CHECK_FALSE(same.fresh);
}

TEST_CASE("a request typed by the person counts for spacing by its words") {
  Fixture f;
  NewRequest r = test::request("Ask the barista for a glass of tap water");
  f.journal.add_request(r);
  const IdeaOffer o = offer_idea(f.journal, IdeaQuery{Lang::en, 1, std::nullopt});
  REQUIRE(o.idea);
  CHECK(o.recent_settings == std::vector<std::string_view>{"cafe"});
  CHECK(o.idea->setting != "cafe");
}

TEST_CASE("three calm requests move the offer one level up, three hard ones back down") {
  Fixture f;
  const auto ones = at_level(Lang::en, 1);
  for (int i = 0; i < 3; ++i) f.plan(ones[static_cast<std::size_t>(i)]->id, 2);
  IdeaOffer o = offer_idea(f.journal, IdeaQuery{Lang::en, std::nullopt, std::nullopt});
  CHECK(o.ladder.level == 2);
  REQUIRE(o.idea);
  CHECK(o.idea->level == 2);
  const auto twos = at_level(Lang::en, 2);
  for (int i = 0; i < 3; ++i) f.plan(twos[static_cast<std::size_t>(i)]->id, 8);
  o = offer_idea(f.journal, IdeaQuery{Lang::en, std::nullopt, std::nullopt});
  CHECK(o.ladder.level == 1);
  REQUIRE(o.ladder.last_move);
  CHECK(o.ladder.last_move->from == 2);
  REQUIRE(o.idea);
  CHECK(o.idea->level == 1);
  // Logged in French or in English, a level is a level.
  CHECK(offer_idea(f.journal, IdeaQuery{Lang::fr, std::nullopt, std::nullopt}).idea->level == 1);
}

TEST_CASE("a request older than the ladder counts at the level its words suggest") {
  Fixture f;
  const std::string text = "Ask the pharmacist which aisle has the plasters";
  const int suggested = suggested_level(assess(text));
  for (int i = 0; i < 3; ++i) {
    NewRequest r = test::request(text, Instant{f.clock += 60, 0});
    r.level = std::nullopt;  // as schema 3 left it
    const auto id = f.journal.add_request(r);
    f.journal.add_entry(id, NewEntry{Instant{f.clock += 60, 0}, 1, Response::yes, {}, {}});
  }
  const Ladder l = current_ladder(f.journal);
  if (suggested == 1) {
    CHECK(l.level == 2);
  } else {
    CHECK(l.level == 1);
    CHECK(l.count == 0);
  }
}

TEST_CASE("nothing left at the level asked, the nearest level when none was asked") {
  Fixture f;
  f.plan_all(Lang::en, 1);
  const IdeaOffer asked = offer_idea(f.journal, IdeaQuery{Lang::en, 1, std::nullopt});
  CHECK_FALSE(asked.idea);
  CHECK(asked.left_at_level == 0);
  CHECK(asked.left_in_lang == static_cast<int>(catalogue(Lang::en).size() - at_level(Lang::en, 1).size()));
  const IdeaOffer nearest = offer_idea(f.journal, IdeaQuery{Lang::en, std::nullopt, std::nullopt});
  REQUIRE(nearest.idea);
  CHECK(nearest.instead_of == 1);
  CHECK(nearest.level == 2);
  CHECK(nearest.idea->level == 2);
  // The other language still has all of its own.
  CHECK(offer_idea(f.journal, IdeaQuery{Lang::fr, 1, std::nullopt}).idea);
}

TEST_CASE("a language with every idea planned has nothing to offer") {
  Fixture f;
  f.plan_all(Lang::fr, std::nullopt);
  const IdeaOffer o = offer_idea(f.journal, IdeaQuery{Lang::fr, std::nullopt, std::nullopt});
  CHECK_FALSE(o.idea);
  CHECK(o.left_in_lang == 0);
  CHECK(ideas_left(f.journal, IdeaQuery{Lang::fr, std::nullopt, std::nullopt}).empty());
  CHECK(ideas_left(f.journal, IdeaQuery{Lang::en, std::nullopt, std::nullopt}).size() == catalogue(Lang::en).size());
}

TEST_CASE("ideas_left keeps the catalogue's order and the query's level and setting") {
  Fixture f;
  const auto work2 = ideas_left(f.journal, IdeaQuery{Lang::en, 2, "work"});
  REQUIRE(work2.size() >= 3);
  for (const Idea& i : work2) {
    CHECK(i.level == 2);
    CHECK(i.setting == "work");
  }
  f.plan(work2.front().id);
  const auto after = ideas_left(f.journal, IdeaQuery{Lang::en, 2, "work"});
  CHECK(after.size() == work2.size() - 1);
  CHECK(after.front().id == work2[1].id);
}

TEST_CASE("a refused request is offered an idea of its setting at the ladder's level") {
  Fixture f;
  PlanOutcome refused{"Ask my boss for a raise of 20% and also a bigger office", {}, {}, {}, {}, {}, {}};
  refused.assessment = assess(refused.text);
  REQUIRE(refused.assessment.any_fail());
  IdeaOffer o = offer_instead(f.journal, refused);
  REQUIRE(o.idea);
  CHECK(o.idea->setting == "work");
  CHECK(o.idea->level == 1);
  CHECK(o.idea->lang == Lang::en);
  // With every work idea of that level planned, another setting.
  for (const Idea& i : ideas_left(f.journal, IdeaQuery{Lang::en, 1, "work"})) f.plan(i.id);
  o = offer_instead(f.journal, refused);
  REQUIRE(o.idea);
  CHECK(o.idea->setting != "work");
  CHECK(o.idea->level == 1);
  // In its own language.
  PlanOutcome fr{"Demander à mon patron une augmentation de 20 % et aussi un bureau plus grand", {}, {}, {}, {}, {}, {}};
  fr.assessment = assess(fr.text);
  o = offer_instead(f.journal, fr);
  REQUIRE(o.idea);
  CHECK(o.idea->lang == Lang::fr);
}

TEST_CASE("plan_request stores the idea's id and level, or the level the words suggest") {
  Fixture f;
  const Idea& i = *at_level(Lang::fr, 3).front();
  const auto id = f.plan(i.id);
  const auto stored = f.journal.find_request(id);
  REQUIRE(stored);
  CHECK(stored->idea == std::string(i.id));
  CHECK(stored->level == 3);
  PlanOutcome typed{"Ask the librarian where the atlases are", assess("Ask the librarian where the atlases are"), {}, {},
                    {}, {}, {}};
  const auto saved = plan_request(f.journal, typed, std::nullopt, Instant{day0, 0});
  REQUIRE(saved.id);
  CHECK(saved.level == suggested_level(typed.assessment));
  CHECK(f.journal.find_request(*saved.id)->level == saved.level);
  CHECK_FALSE(f.journal.find_request(*saved.id)->idea);
  typed.level = 4;  // plan --level 4
  CHECK(f.journal.find_request(*plan_request(f.journal, typed, std::nullopt, Instant{day0, 0}).id)->level == 4);
}

}  // namespace microask
