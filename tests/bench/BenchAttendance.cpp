// Attendance and the protocol on the large school: a day's attendance, the whole protocol, the Today page.
#include "BenchSchool.h"

#include <benchmark/benchmark.h>
