#ifndef MARSAD_CLIBPQ_H
#define MARSAD_CLIBPQ_H
// libpq, PostgreSQL's own C client (Debian: libpq-dev), for the PostgresStore target.
#include <libpq-fe.h>
#endif
