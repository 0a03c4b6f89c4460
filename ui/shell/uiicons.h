// Icons embedded from the Breeze theme (ui/icons.txt). Icons that point follow the reading
// direction: "forward" is go-next in English and go-previous in Arabic.
#pragma once

#include <QIcon>

namespace OmniCrm {

QIcon uiIcon(const QString &name);
/// An arrow that points the way reading goes (forward) or comes from (back).
QIcon directionalIcon(bool forward, Qt::LayoutDirection direction);

} // namespace OmniCrm
