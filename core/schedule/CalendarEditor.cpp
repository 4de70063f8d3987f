#include "schedule/CalendarEditor.h"
