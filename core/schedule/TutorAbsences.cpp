#include "schedule/TutorAbsences.h"
