#include "CICU.h"
#include <unicode/uchar.h>

int32_t baogao_icu_east_asian_width(int32_t codepoint) {
  return u_getIntPropertyValue((UChar32)codepoint, UCHAR_EAST_ASIAN_WIDTH);
}
