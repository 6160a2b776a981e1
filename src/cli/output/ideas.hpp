// What to ask next, for people: an idea offered with why (the ladder, the setting), a list
// of ideas, and the ladder in one sentence (stats shows it too). In the language of the
// messages; the ideas themselves stay in their own language.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

#include "cli/context.hpp"
#include "microask/actions.hpp"

namespace microask::cli {

// "shop", "café", "work"... in the language of the messages ("commerce", "travail"...).
std::string setting_label(std::string_view setting);

// The language whose ideas are offered by default: the language of the messages.
Lang messages_lang();

// Where the ladder stands and why: "Level 2 since 2026-11-20: your last 3 requests at level
// 1 felt calm (mean stress 2.7)."
std::string ladder_line(const Ladder& l);

// The command that plans an idea, as the person would paste it (`db`: the --db option to
// repeat, with its space in front, or empty).
std::string plan_command(const Idea& i, std::string_view db);

// The idea, the level it is at and why, the setting when spacing chose it, and how to plan it.
void render_offer(std::ostream& out, const Style& style, const IdeaOffer& o, bool level_asked, std::string_view db);
// Why there is no idea to offer: none left at the level, or in the language.
std::string nothing_left(const IdeaOffer& o, const IdeaQuery& q);

// One line per idea: id, level, setting, text.
void render_ideas(std::ostream& out, const Style& style, std::span<const Idea> ideas);

// Under a plan that is not a micro-request: the step to take today instead.
void render_instead(std::ostream& out, const Style& style, const IdeaOffer& o, std::string_view db);

}  // namespace microask::cli
