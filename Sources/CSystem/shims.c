#define _GNU_SOURCE
#include <sched.h>
#include "CSystem.h"
#ifdef __linux__
int csystem_usable_cpu_count(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0) return 0;
    return CPU_COUNT(&set);
}
#endif
