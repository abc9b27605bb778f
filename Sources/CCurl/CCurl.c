#include "CCurl.h"

#include <curl/curl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <string.h>
#include <sys/socket.h>

static pthread_once_t initialised = PTHREAD_ONCE_INIT;
static CURLcode initialisation = CURLE_FAILED_INIT;

static void initialise(void) { initialisation = curl_global_init(CURL_GLOBAL_DEFAULT); }

static size_t on_header(char *data, size_t size, size_t count, void *context) {
    const marsad_curl_callbacks *callbacks = context;
    return callbacks->header(data, size * count, callbacks->context) ? size * count : 0;
}

static size_t on_body(char *data, size_t size, size_t count, void *context) {
    const marsad_curl_callbacks *callbacks = context;
    return callbacks->body(data, size * count, callbacks->context) ? size * count : 0;
}

static curl_socket_t on_open_socket(void *context, curlsocktype purpose, struct curl_sockaddr *address) {
    (void)purpose;
    const marsad_curl_callbacks *callbacks = context;
    const unsigned char *bytes = NULL;
    size_t length = 0;
    if (address->family == AF_INET && address->addrlen >= sizeof(struct sockaddr_in)) {
        bytes = (const unsigned char *)&((const struct sockaddr_in *)&address->addr)->sin_addr;
        length = 4;
    } else if (address->family == AF_INET6 && address->addrlen >= sizeof(struct sockaddr_in6)) {
        bytes = (const unsigned char *)&((const struct sockaddr_in6 *)&address->addr)->sin6_addr;
        length = 16;
    }
    if (!callbacks->allows(bytes, length, callbacks->context)) return CURL_SOCKET_BAD;
    return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

marsad_curl_outcome marsad_curl_get(const char *url, const char *const *headers, size_t count,
                                    const char *user_agent, marsad_curl_limits limits,
                                    marsad_curl_callbacks callbacks) {
    marsad_curl_outcome outcome;
    memset(&outcome, 0, sizeof outcome);
    pthread_once(&initialised, initialise);
    CURL *handle = initialisation == CURLE_OK ? curl_easy_init() : NULL;
    if (handle == NULL) {
        outcome.code = CURLE_FAILED_INIT;
        strncpy(outcome.message, "libcurl could not be initialised", sizeof outcome.message - 1);
        return outcome;
    }
    struct curl_slist *list = NULL;
    for (size_t i = 0; i < count; i++) list = curl_slist_append(list, headers[i]);
    char errors[CURL_ERROR_SIZE] = {0};
    CURLcode set = CURLE_OK;
#define SET(option, value) if (set == CURLE_OK) set = curl_easy_setopt(handle, option, value)
    SET(CURLOPT_URL, url);
    SET(CURLOPT_PROTOCOLS_STR, "http,https");
    SET(CURLOPT_FOLLOWLOCATION, 0L);
    SET(CURLOPT_NOSIGNAL, 1L);  // threads: no SIGALRM for resolver timeouts
    SET(CURLOPT_HTTPHEADER, list);
    SET(CURLOPT_USERAGENT, user_agent);
    SET(CURLOPT_ACCEPT_ENCODING, "");
    SET(CURLOPT_TIMEOUT_MS, limits.total_milliseconds);
    SET(CURLOPT_CONNECTTIMEOUT_MS, limits.connect_milliseconds);
    SET(CURLOPT_LOW_SPEED_LIMIT, 1L);
    SET(CURLOPT_LOW_SPEED_TIME, limits.idle_seconds);
    SET(CURLOPT_ERRORBUFFER, errors);
    SET(CURLOPT_HEADERFUNCTION, on_header);
    SET(CURLOPT_HEADERDATA, &callbacks);
    SET(CURLOPT_WRITEFUNCTION, on_body);
    SET(CURLOPT_WRITEDATA, &callbacks);
    SET(CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
    SET(CURLOPT_OPENSOCKETDATA, &callbacks);
#undef SET
    CURLcode code = set == CURLE_OK ? curl_easy_perform(handle) : set;
    outcome.code = (int)code;
    outcome.timed_out = code == CURLE_OPERATION_TIMEDOUT;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &outcome.status);
    if (code != CURLE_OK) {
        strncpy(outcome.message, errors[0] ? errors : curl_easy_strerror(code), sizeof outcome.message - 1);
    }
    curl_easy_cleanup(handle);
    curl_slist_free_all(list);
    return outcome;
}
