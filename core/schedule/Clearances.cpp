#include "schedule/Clearances.h"
