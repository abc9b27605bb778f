#ifndef MARSAD_CZLIB_H
#define MARSAD_CZLIB_H
// zlib's raw deflate and inflate, for CompactText's stored article texts (Debian: zlib1g-dev).
#include <zlib.h>
#endif
