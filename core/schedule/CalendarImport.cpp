#include "schedule/CalendarImport.h"
