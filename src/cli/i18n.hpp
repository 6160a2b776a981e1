// Translation of user-facing messages through gettext (text domain "microask").
#pragma once

#include <libintl.h>

#include <string>
#include <string_view>

// _("...") translates now; N_("...") only marks a msgid for xgettext (translated later
// with tr()). Messages with values use fmt placeholders: fmt::format(fmt::runtime(_("...")), ...).
#define _(msgid) ::gettext(msgid)
#define N_(msgid) msgid

namespace microask::cli {

inline const char* tr(std::string_view msgid) { return ::gettext(std::string(msgid).c_str()); }

// Binds the text domain: the catalogues beside the binary in the build tree, or the
// installed share/locale, and sets the locale from the environment.
void init_i18n();

// True when messages are shown in French (decides the decimal comma and date words).
bool ui_is_french();

}  // namespace microask::cli
