// Translation of user-facing messages through gettext (text domain "microask").
#pragma once

#include <libintl.h>

#include <string>
#include <string_view>

#include "microask/errors.hpp"

// _("...") translates now; N_("...") only marks a msgid for xgettext (translated later
// with tr()). Messages with values use fmt placeholders: fmt::format(fmt::runtime(_("...")), ...).
#define _(msgid) ::gettext(msgid)
#define N_(msgid) msgid
// C_("context", "...") translates a msgid in a context (gettext's msgctxt), for the same
// English text that a translation words apart: the format of a week label, the decimal sign.
#define C_(context, msgid) ::microask::cli::translate_in_context(context "\004" msgid, msgid)

namespace microask::cli {

// For msgids held as string_view (gettext returns its argument when untranslated, so the
// result is copied before the temporary key goes away).
inline std::string tr(std::string_view msgid) {
  const std::string key(msgid);
  return ::gettext(key.c_str());
}

// A core message in the language of the messages: the msgid translated, then filled with the
// arguments (fmt syntax: `{}`, or `{0}` to reorder). A translation that cannot be filled
// falls back to english(m); a message without arguments is never formatted (it may be text
// already filled, braces included).
std::string translate(const Message& m);

// Binds the text domain: the catalogues beside the binary in the build tree, or the
// installed share/locale, and sets the locale from the environment.
void init_i18n();

// The translation of "context\004msgid", or `msgid` when there is none (what glibc's
// pgettext does; libintl.h has no pgettext).
const char* translate_in_context(const char* key, const char* msgid);

}  // namespace microask::cli
