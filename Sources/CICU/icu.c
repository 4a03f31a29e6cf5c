#include "CICU.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/uregex.h>

int32_t baogao_icu_detect(const char *bytes, int32_t length, char *name, int32_t nameCapacity) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&status);
  if (U_FAILURE(status)) return -1;
  ucsdet_setText(det, bytes, length, &status);
  const UCharsetMatch *match = ucsdet_detect(det, &status);
  int32_t confidence = -1;
  if (U_SUCCESS(status) && match) {
    const char *n = ucsdet_getName(match, &status);
    confidence = ucsdet_getConfidence(match, &status);
    if (U_SUCCESS(status) && n) {
      strncpy(name, n, nameCapacity - 1);
      name[nameCapacity - 1] = 0;
    } else confidence = -1;
  }
  ucsdet_close(det);
  return confidence;
}

typedef struct { int64_t count; } InvalidCounter;

static void count_invalid(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                          int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
  if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED)
    ((InvalidCounter *)context)->count++;
  UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

int64_t baogao_icu_to_utf8(const char *charset, const char *bytes, int64_t length, char **out,
                           int64_t *invalid) {
  // Each input byte gives at most 3 bytes of UTF-8 (a lone invalid byte becomes U+FFFD), in
  // 64-bit sizes: a 2.3 GB input overflowed the int32 this used to be.
  if (length < 0 || (uint64_t)length > (SIZE_MAX - 16) / 3) return -1;
  UErrorCode status = U_ZERO_ERROR;
  UConverter *from = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return -1;
  UConverter *to = ucnv_open("UTF-8", &status);
  if (U_FAILURE(status)) { ucnv_close(from); return -1; }
  InvalidCounter counter = {0};
  ucnv_setToUCallBack(from, count_invalid, &counter, NULL, NULL, &status);
  size_t capacity = (size_t)length * 3 + 16;
  char *buffer = malloc(capacity);
  if (!buffer) { ucnv_close(from); ucnv_close(to); return -1; }
  char *target = buffer;
  const char *source = bytes;
  ucnv_convertEx(to, from, &target, buffer + capacity, &source, bytes + length, NULL, NULL, NULL,
                 NULL, 1, 1, &status);
  ucnv_close(from);
  ucnv_close(to);
  if (U_FAILURE(status)) { free(buffer); return -1; }
  *out = buffer;
  if (invalid) *invalid = counter.count;
  return (int64_t)(target - buffer);
}

void baogao_icu_free(void *p) { free(p); }

struct baogao_regex { URegularExpression *compiled; };

baogao_regex *baogao_regex_open(const uint16_t *pattern, int32_t length, int32_t *errorOffset,
                                char *message, int32_t messageCapacity) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse;
  URegularExpression *re = uregex_open((const UChar *)pattern, length, 0, &parse, &status);
  if (U_FAILURE(status)) {
    if (errorOffset) *errorOffset = parse.offset;
    if (message && messageCapacity > 0) {
      strncpy(message, u_errorName(status), messageCapacity - 1);
      message[messageCapacity - 1] = 0;
    }
    return NULL;
  }
  baogao_regex *r = malloc(sizeof *r);
  if (!r) { uregex_close(re); return NULL; }
  r->compiled = re;
  return r;
}

void baogao_regex_close(baogao_regex *r) {
  if (!r) return;
  uregex_close(r->compiled);
  free(r);
}

/// Called by ICU every few thousand steps of a match: false stops it.
static UBool keep_matching(const void *context, int32_t steps) {
  const volatile int32_t *cancel = context;
  (void)steps;
  return !(cancel && *cancel);
}

int32_t baogao_regex_find(const baogao_regex *r, const uint16_t *text, int64_t length,
                          int32_t maxMatches, int32_t timeLimit, const volatile int32_t *cancel,
                          int32_t **ranges) {
  *ranges = NULL;
  if (length < 0 || length > INT32_MAX) return BAOGAO_REGEX_TOO_LONG;
  UErrorCode status = U_ZERO_ERROR;
  // A clone per search: a compiled pattern is shared between threads, a matcher is not.
  URegularExpression *re = uregex_clone(r->compiled, &status);
  if (U_FAILURE(status)) return BAOGAO_REGEX_ERROR;
  uregex_setText(re, (const UChar *)text, (int32_t)length, &status);
  uregex_setTimeLimit(re, timeLimit, &status);
  uregex_setMatchCallback(re, keep_matching, (const void *)cancel, &status);
  int32_t count = 0, capacity = 0;
  int32_t *out = NULL;
  while (U_SUCCESS(status) && count < maxMatches && uregex_findNext(re, &status)) {
    int32_t start = uregex_start(re, 0, &status);
    int32_t end = uregex_end(re, 0, &status);
    if (U_FAILURE(status)) break;
    if (count == capacity) {
      capacity = capacity ? capacity * 2 : 8;
      int32_t *grown = realloc(out, sizeof(int32_t) * 2 * (size_t)capacity);
      if (!grown) { status = U_MEMORY_ALLOCATION_ERROR; break; }
      out = grown;
    }
    out[2 * count] = start;
    out[2 * count + 1] = end;
    count++;
  }
  uregex_close(re);
  if (U_FAILURE(status)) {
    free(out);
    if (status == U_REGEX_TIME_OUT) return BAOGAO_REGEX_TIME_OUT;
    if (status == U_REGEX_STOPPED_BY_CALLER) return BAOGAO_REGEX_CANCELLED;
    return BAOGAO_REGEX_ERROR;
  }
  *ranges = out;
  return count;
}
