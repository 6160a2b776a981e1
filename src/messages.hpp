// The core's user-facing messages are English msgids with `{}` placeholders (see Message in
// microask/errors.hpp); the core never translates them. MICROASK_MSG only marks a msgid for
// xgettext (the `microask_pot` target and the i18n test pass it as a keyword), so that the
// French catalogue has it. Private to the core: the CLI marks its own with N_().
#pragma once

#define MICROASK_MSG(msgid) msgid
