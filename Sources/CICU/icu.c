#include "CICU.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ubrk.h>

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

typedef struct { int32_t count; } InvalidCounter;

static void count_invalid(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                          int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
  if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED)
    ((InvalidCounter *)context)->count++;
  UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

int32_t baogao_icu_to_utf8(const char *charset, const char *bytes, int32_t length, char **out,
                           int32_t *invalid) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter *from = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return -1;
  UConverter *to = ucnv_open("UTF-8", &status);
  if (U_FAILURE(status)) { ucnv_close(from); return -1; }
  InvalidCounter counter = {0};
  ucnv_setToUCallBack(from, count_invalid, &counter, NULL, NULL, &status);
  int32_t capacity = length * 3 + 16;
  char *buffer = malloc(capacity);
  char *target = buffer;
  const char *source = bytes;
  ucnv_convertEx(to, from, &target, buffer + capacity, &source, bytes + length, NULL, NULL, NULL,
                 NULL, 1, 1, &status);
  ucnv_close(from);
  ucnv_close(to);
  if (U_FAILURE(status)) { free(buffer); return -1; }
  *out = buffer;
  if (invalid) *invalid = counter.count;
  return (int32_t)(target - buffer);
}

void baogao_icu_free(void *p) { free(p); }

int32_t baogao_icu_word_breaks(const uint16_t *text, int32_t length, int32_t *boundaries,
                               int32_t *statuses, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", (const UChar *)text, length, &status);
  if (U_FAILURE(status)) return -1;
  int32_t n = 0;
  for (int32_t p = ubrk_first(bi); p != UBRK_DONE && n < capacity; p = ubrk_next(bi)) {
    boundaries[n] = p;
    statuses[n] = ubrk_getRuleStatus(bi);
    n++;
  }
  ubrk_close(bi);
  return n;
}
