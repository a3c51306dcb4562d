#ifndef GLEANER_CZLIB_SHIM_H
#define GLEANER_CZLIB_SHIM_H

#include <zlib.h>

/// inflateInit2 is a macro in zlib.h; Swift needs a function. windowBits 47
/// reads both gzip and zlib streams.
static inline int gleaner_inflate_init(z_stream *stream) {
  return inflateInit2(stream, 15 + 32);
}

#endif
