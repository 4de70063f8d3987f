#include "schedule/GroupSchedule.h"
