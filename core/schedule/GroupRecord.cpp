#include "schedule/GroupRecord.h"
