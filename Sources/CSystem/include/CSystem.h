#ifndef MARSAD_CSYSTEM_H
#define MARSAD_CSYSTEM_H
// Linux system interfaces Swift's Glibc module leaves out: epoll and eventfd for the server's
// event loops, and the process's CPU affinity (how many loops to run). Like swift-nio's CNIOLinux.
#ifdef __linux__
#include <sys/epoll.h>
#include <sys/eventfd.h>

/// The number of CPUs this process may run on (its affinity mask, so `taskset -c 0` gives 1);
/// 0 when unknown.
int csystem_usable_cpu_count(void);
#endif
#endif
