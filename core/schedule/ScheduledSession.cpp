#include "schedule/ScheduledSession.h"
