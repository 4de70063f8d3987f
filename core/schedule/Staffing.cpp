#include "schedule/Staffing.h"
