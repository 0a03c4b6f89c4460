#include "shortcutstyle.h"

#include <QGuiApplication>
#include <QStyleOption>
#include <QWidget>

namespace OmniCrm {

ShortcutStyle::ShortcutStyle() = default;

int ShortcutStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                             QStyleHintReturn *returnData) const
{
    if (hint == SH_UnderlineShortcut) {
        const Qt::LayoutDirection direction = widget ? widget->layoutDirection()
            : option                                 ? option->direction
                                                     : QGuiApplication::layoutDirection();
        if (direction == Qt::RightToLeft)
            return 0;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace OmniCrm
