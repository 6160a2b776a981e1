#include "cli/output/ideas.hpp"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/i18n.hpp"
#include "cli/output/text.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {

template <typename... Args>
std::string say(const char* translated, const Args&... args) {
  return fmt::format(fmt::runtime(translated), args...);
}

std::string settings_list(std::span<const std::string_view> settings) {
  std::vector<std::string> labels;
  for (const auto s : settings) labels.push_back(setting_label(s));
  return fmt::format("{}", fmt::join(labels, ", "));
}

// How far the current level has come: "1 of 3 requests logged at this level (mean stress 5.0)".
std::string progress(const Ladder& l) {
  if (l.count == 0) return say(_("no request logged at this level yet"));
  return say(ngettext("{} request logged at this level (mean felt stress {} of the last ones)",
                      "{} requests logged at this level (mean felt stress {} of the last ones)",
                      static_cast<unsigned long>(l.count)),
             l.count, format_mean(l.mean));
}

}  // namespace

std::string setting_label(std::string_view setting) {
  // Translators: the settings of the catalogue of ideas, as `idea` shows them.
  if (setting == "shop") return C_("setting", "shop");
  if (setting == "cafe") return C_("setting", "café");
  if (setting == "street") return C_("setting", "street");
  if (setting == "transport") return C_("setting", "transport");
  if (setting == "work") return C_("setting", "work");
  if (setting == "neighbours") return C_("setting", "neighbours");
  if (setting == "family") return C_("setting", "family");
  if (setting == "friends") return C_("setting", "friends");
  if (setting == "online") return C_("setting", "online");
  if (setting == "services") return C_("setting", "services");
  return std::string(setting);
}

Lang messages_lang() {
  // Translators: the language of the ideas offered by default: en or fr.
  return parse_lang(C_("language of the ideas", "en")).value_or(Lang::en);
}

std::string ladder_line(const Ladder& l) {
  if (!l.last_move)
    return say(_("Ladder: level {}, where it starts; {}. Three requests at a level with a mean felt stress of 4 or "
                 "less move it up, of 7 or more down."),
               l.level, progress(l));
  const auto& m = *l.last_move;
  const char* why = m.to > m.from
                        ? _("Ladder: level {} since {}: your last 3 requests at level {} felt calm (mean stress {}), "
                            "so one step up; {}.")
                        : _("Ladder: level {} since {}: your last 3 requests at level {} felt hard (mean stress {}), "
                            "so one step down; {}.");
  return say(why, l.level, human_date(local_day(m.at)), m.from, format_mean(m.mean), progress(l));
}

std::string plan_command(const Idea& i, std::string_view db) {
  return fmt::format("microask{} plan --idea {}", db, i.id);
}

void render_offer(std::ostream& out, const Style& style, const IdeaOffer& o, bool level_asked, std::string_view db) {
  const Idea& i = *o.idea;
  out << paint(style, sgr::bold, in_quotes(shown(i.text))) << '\n';
  out << "  " << say(_("Idea {}: level {}, {}."), i.id, i.level, setting_label(i.setting)) << '\n';
  if (level_asked)
    out << "  " << say(_("Level {}, as you asked (the ladder is at {})."), o.level, o.ladder.level) << '\n';
  else
    out << "  " << ladder_line(o.ladder) << '\n';
  if (o.instead_of)
    out << "  " << say(_("No idea is left at level {}: this one is the nearest level that has some."), *o.instead_of)
        << '\n';
  if (o.fresh)
    out << "  "
        << say(_("{}: a setting you have not used lately (your last requests: {}). The same kind of ask in other "
                 "places, with other people, is what makes confidence last."),
               setting_label(i.setting), settings_list(o.recent_settings))
        << '\n';
  out << _("Plan it:") << '\n' << "  " << plan_command(i, db) << '\n';
}

std::string nothing_left(const IdeaOffer& o, const IdeaQuery& q) {
  const auto lang = q.lang == Lang::fr ? _("French") : _("English");
  if (o.left_in_lang == 0)
    return say(_("no idea left in {}: every one of them is planned already; try the other language with --lang"), lang);
  if (q.setting)
    return say(_("no idea left at level {} in {} for the setting {}; {} left in {} at other levels or settings "
                 "(microask idea --list)"),
               o.level, lang, setting_label(*q.setting), o.left_in_lang, lang);
  return say(_("no idea left at level {} in {}; {} left at other levels (microask idea --list)"), o.level, lang,
             o.left_in_lang);
}

void render_ideas(std::ostream& out, const Style& style, std::span<const Idea> ideas) {
  std::size_t id_w = 2, setting_w = 7;
  for (const Idea& i : ideas) {
    id_w = std::max(id_w, i.id.size());
    setting_w = std::max(setting_w, display_width(setting_label(i.setting)));
  }
  out << paint(style, sgr::bold,
               fmt::format("{}  {}  {}  {}", pad_right(_("Id"), id_w), _("Level"),
                           pad_right(_("Setting"), setting_w), _("Idea")))
      << '\n';
  const std::size_t level_w = std::max<std::size_t>(display_width(_("Level")), 1);
  for (const Idea& i : ideas)
    out << pad_right(i.id, id_w) << "  " << pad_right(std::to_string(i.level), level_w) << "  "
        << pad_right(setting_label(i.setting), setting_w) << "  " << shown(i.text) << '\n';
}

void render_instead(std::ostream& out, const Style& style, const IdeaOffer& o, std::string_view db) {
  if (!o.idea) return;
  out << '\n'
      << paint(style, sgr::bold, _("A step you can take today instead:")) << ' ' << in_quotes(shown(o.idea->text))
      << '\n'
      << "  " << say(_("Idea {}: level {}, {}."), o.idea->id, o.idea->level, setting_label(o.idea->setting))
      << '\n'
      << "  " << plan_command(*o.idea, db) << '\n';
}

}  // namespace microask::cli
