// ShortcutStyle: the app's style, the platform's own with one change. Underlining a keyboard
// shortcut's letter makes Qt shape the text on each side of it apart, which breaks an Arabic word
// into unjoined letters ("م&سح" draws as "م سح"). In a right-to-left widget the underline is
// therefore not drawn; Alt+letter works all the same, as on Windows until Alt is pressed.
#pragma once

#include <QProxyStyle>

namespace OmniCrm {

class ShortcutStyle : public QProxyStyle
{
    Q_OBJECT
public:
    ShortcutStyle();

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace OmniCrm
