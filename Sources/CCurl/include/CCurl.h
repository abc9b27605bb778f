#ifndef MARSAD_CCURL_H
#define MARSAD_CCURL_H
// One blocking HTTP GET with libcurl's easy interface (Debian: libcurl4-openssl-dev), for
// NewsFetch. curl's own header stays in CCurl.c: its variadic calls cannot be made from Swift,
// and its system headers, seen through a second module, would hide Glibc's socket names from
// the rest of NewsFetch in an optimised build.
#include <stddef.h>

/// What the transfer calls back with, on the calling thread.
typedef struct marsad_curl_callbacks {
    void *context;
    /// One header line, status lines included; returns 0 to stop the transfer.
    int (*header)(const char *data, size_t length, void *context);
    /// Body bytes (after content decoding); returns 0 to stop the transfer.
    int (*body)(const char *data, size_t length, void *context);
    /// The address about to be connected to (4 bytes for IPv4, 16 for IPv6, 0 for another
    /// family); returns 0 to refuse it, and no socket is opened.
    int (*allows)(const unsigned char *address, size_t length, void *context);
} marsad_curl_callbacks;

/// The limits of one transfer.
typedef struct marsad_curl_limits {
    long total_milliseconds;
    long connect_milliseconds;
    /// Less than a byte a second for this long ends the transfer.
    long idle_seconds;
} marsad_curl_limits;

/// The outcome of one transfer.
typedef struct marsad_curl_outcome {
    /// 0 when the transfer completed.
    int code;
    /// The transfer or connection timed out.
    int timed_out;
    /// The HTTP status of the last response, 0 when none came.
    long status;
    /// curl's message when `code` is not 0.
    char message[256];
} marsad_curl_outcome;

/// GETs `url` (http or https only, no redirect followed, every content coding curl knows
/// accepted) with `headers` (`count` whole `Name: value` lines) and `user_agent`.
marsad_curl_outcome marsad_curl_get(const char *url, const char *const *headers, size_t count,
                                    const char *user_agent, marsad_curl_limits limits,
                                    marsad_curl_callbacks callbacks);

#endif
