#include "schedule/ScheduleConflicts.h"
