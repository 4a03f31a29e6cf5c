#ifndef BAOGAO_CICU_H
#define BAOGAO_CICU_H
#include <stdint.h>

/// Thin C wrappers over the system ICU (libicu-dev). ICU's own headers are not exposed to Swift:
/// Foundation ships a private ICU whose headers clash with the system ones in one module.

/// Detects the charset of `bytes`; writes its ICU name (e.g. "GB18030", "Big5", "UTF-8") into
/// `name` and returns the confidence 0–100, or -1 when ICU fails.
int32_t baogao_icu_detect(const char *bytes, int32_t length, char *name, int32_t nameCapacity);

/// Converts `length` bytes in `charset` to UTF-8. On success returns the UTF-8 length written
/// to `*out` (malloc'ed; free with baogao_icu_free). Returns -1 on failure. `*invalid` receives
/// how many input sequences were illegal and replaced with U+FFFD.
int64_t baogao_icu_to_utf8(const char *charset, const char *bytes, int64_t length, char **out,
                           int64_t *invalid);

void baogao_icu_free(void *p);

/// The East Asian Width property of a code point (UEastAsianWidth: 0 neutral, 1 ambiguous,
/// 2 halfwidth, 3 fullwidth, 4 narrow, 5 wide). utf8proc 2.8 lacks the ambiguous bit.
int32_t baogao_icu_east_asian_width(int32_t codepoint);

/// A compiled ICU regular expression, shareable between threads.
typedef struct baogao_regex baogao_regex;

/// Compiles a UTF-16 pattern. On failure returns NULL with the error's offset in the pattern and
/// ICU's name for it in `message`.
baogao_regex *baogao_regex_open(const uint16_t *pattern, int32_t length, int32_t *errorOffset,
                                char *message, int32_t messageCapacity);
void baogao_regex_close(baogao_regex *regex);

enum {
  BAOGAO_REGEX_ERROR = -1,
  /// ICU's time limit (`uregex_setTimeLimit`) ran out on one match: `(.*)*x`.
  BAOGAO_REGEX_TIME_OUT = -2,
  /// `*cancel` became non-zero (Ctrl-C) while matching.
  BAOGAO_REGEX_CANCELLED = -3,
  /// The text is longer than ICU's int32 offsets.
  BAOGAO_REGEX_TOO_LONG = -4,
};

/// Finds up to `maxMatches` non-overlapping matches in UTF-16 `text`. `timeLimit` is in ICU's
/// match-engine steps (0: none) and applies to each match; `cancel`, when not NULL, is polled
/// during matching. Returns the number of matches, with their (start, end) UTF-16 offsets in
/// `*ranges` (malloc'ed; free with baogao_icu_free), or one of the negative codes above.
int32_t baogao_regex_find(const baogao_regex *regex, const uint16_t *text, int64_t length,
                          int32_t maxMatches, int32_t timeLimit, const volatile int32_t *cancel,
                          int32_t **ranges);
#endif
