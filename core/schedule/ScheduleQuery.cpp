#include "schedule/ScheduleQuery.h"
