#include "listsource.h"

namespace OmniCrm {

ListSource::~ListSource() = default;

} // namespace OmniCrm
