#include "schedule/TutorRecord.h"
