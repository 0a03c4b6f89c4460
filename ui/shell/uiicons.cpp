#include "uiicons.h"

namespace OmniCrm {

QIcon uiIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

QIcon directionalIcon(bool forward, Qt::LayoutDirection direction)
{
    const bool pointsRight = forward == (direction == Qt::LeftToRight);
    return uiIcon(pointsRight ? QStringLiteral("go-next") : QStringLiteral("go-previous"));
}

} // namespace OmniCrm
