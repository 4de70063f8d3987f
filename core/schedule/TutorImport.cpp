#include "schedule/TutorImport.h"
