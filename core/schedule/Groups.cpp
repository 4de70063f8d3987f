#include "schedule/Groups.h"
