// UTF-8 text checks shared by the core and the CLI.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace microask {

inline constexpr std::size_t max_text_chars = 500;  // a request's text, in code points
inline constexpr std::size_t max_note_chars = 2000;
inline constexpr std::size_t max_addressee_chars = 100;
inline constexpr std::size_t max_lesson_chars = 300;  // one line of what was learned
inline constexpr std::size_t max_idea_chars = 40;     // a catalogue id

// The one UTF-8 decoder (utf8proc's): the code point at s[i], advancing i past it; nullopt,
// with i unchanged, for malformed input (overlong forms, surrogates, values past U+10FFFF,
// truncated sequences).
std::optional<char32_t> decode_utf8(std::string_view s, std::size_t& i);

bool is_valid_utf8(std::string_view s);
// Code points in valid UTF-8 (bytes that are not continuation bytes).
std::size_t utf8_length(std::string_view s);
// Without leading and trailing ASCII blanks (space, tab, CR, LF, VT, FF) and NBSP.
std::string_view trim(std::string_view s);

enum class TextProblem { none, empty, too_long, invalid_utf8 };

// Checks a user-supplied text: valid UTF-8, not blank, at most `max_chars` code points
// once trimmed. `chars` receives the trimmed length when the text is valid UTF-8.
TextProblem check_text(std::string_view s, std::size_t max_chars, std::size_t* chars = nullptr);

// The text with control characters (C0, DEL, C1, and the bidi overrides) written as
// visible escapes ("\x1b", "\u202e"), so that text from the journal can never drive a
// terminal. Newlines and tabs become "\n" and "\t" too: one record, one line.
std::string escape_controls(std::string_view s);

// Width in terminal columns of valid UTF-8 (utf8proc's widths: combining marks 0, East
// Asian wide and emoji 2); a byte that is not UTF-8 counts 1.
std::size_t display_width(std::string_view s);

// Padded with spaces to `width` columns (display width, not bytes), on the right or on the
// left; longer text is left as it is.
std::string pad_right(std::string_view s, std::size_t width);
std::string pad_left(std::string_view s, std::size_t width);

// Folded for matching what people type: Unicode case folding and compatibility
// decomposition with the accents (combining marks) removed, recomposed (utf8proc), so that
// "Résilier", "re\u0301silier" and "RESILIER" all fold to "resilier". Invalid UTF-8 is
// folded byte by byte as it is.
std::string fold(std::string_view s);

// Cut to at most `width` columns, ending with "…" when cut.
std::string truncate_to_width(std::string_view s, std::size_t width);

}  // namespace microask
