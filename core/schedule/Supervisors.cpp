#include "schedule/Supervisors.h"
