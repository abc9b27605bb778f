#ifndef MARSAD_CLIBXML2_H
#define MARSAD_CLIBXML2_H
// libxml2's HTML and XML parsers and its tree, for NewsFetch (Debian: libxml2-dev).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so encoding.h would include the system's <unicode/ucnv.h>,
// whose types clash with the copy of ICU inside Foundation ("UErrorCode has different
// definitions"). Only the ICU converter fields of xmlCharEncodingHandler depend on it, and
// Swift never touches that struct (only pointers to it), so the ICU part is left out here.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif
