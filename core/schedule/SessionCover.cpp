#include "schedule/SessionCover.h"
