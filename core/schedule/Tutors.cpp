#include "schedule/Tutors.h"
