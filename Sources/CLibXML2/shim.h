// libxml2 built with ICU support includes <unicode/ucnv.h> from encoding.h. Those system ICU
// headers define UErrorCode differently from Foundation's private copy (_FoundationICU), and
// because a non-resilient module's clients load its imported clang modules even through
// `internal import`, every module above BaogaoCore then failed to build on a clean checkout
// ("'UErrorCode' has different definitions in different modules"). Nothing here uses the ICU
// converter fields, which are the last two members of xmlCharEncodingHandler and are only ever
// reached through pointers, so the ICU part of the headers is switched off for this module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
