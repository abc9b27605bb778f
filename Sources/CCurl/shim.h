#ifndef MARSAD_CCURL_H
#define MARSAD_CCURL_H
// libcurl's easy interface (Debian: libcurl4-openssl-dev), for NewsFetch's one blocking transfer.
// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: these typed
// wrappers pass each kind of argument through.
#include <curl/curl.h>

/// The callbacks NewsFetch installs, as C function types.
typedef size_t (*marsad_curl_data_callback)(char *data, size_t size, size_t count, void *context);
typedef curl_socket_t (*marsad_curl_open_socket_callback)(void *context, curlsocktype purpose,
                                                          struct curl_sockaddr *address);

static inline CURLcode marsad_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode marsad_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode marsad_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode marsad_curl_set_list(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode marsad_curl_set_data_callback(CURL *handle, CURLoption option,
                                                     marsad_curl_data_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

static inline CURLcode marsad_curl_set_open_socket_callback(CURL *handle,
                                                            marsad_curl_open_socket_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, callback);
}

static inline CURLcode marsad_curl_get_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
