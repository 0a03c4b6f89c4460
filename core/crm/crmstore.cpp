#include "crmstore.h"
