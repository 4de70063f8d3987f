#include "schedule/DayListReport.h"
