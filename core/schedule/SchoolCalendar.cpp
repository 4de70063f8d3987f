#include "schedule/SchoolCalendar.h"
