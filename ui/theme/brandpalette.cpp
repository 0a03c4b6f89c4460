#include "brandpalette.h"

#include <QtMath>

namespace OmniCrm::BrandPalette {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mixed(const QColor &a, const QColor &b, double amountOfB)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * amountOfB),
                            float(x.greenF() + (y.greenF() - x.greenF()) * amountOfB),
                            float(x.blueF() + (y.blueF() - x.blueF()) * amountOfB));
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &color, const QColor &background, double minimum)
{
    // Mixing toward black (on a light page) or white (on a dark one) keeps the hue recognisable.
    const QColor target = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    QColor candidate = color.toRgb();
    for (int step = 1; step <= 20 && contrast(candidate, background) < minimum; ++step)
        candidate = mixed(color, target, step / 20.0);
    return candidate;
}

QColor textOn(const QColor &background)
{
    return contrast(Qt::white, background) >= contrast(Qt::black, background) ? QColor(Qt::white)
                                                                              : QColor(Qt::black);
}

QPalette derive(const QColor &primary, const QPalette &base)
{
    QPalette palette = base;
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        // Selection: the colour itself. White or black text always reaches 4.5:1 on some
        // colour (the worst case, a luminance near 0.18, still gives 4.58:1 with one of them).
        const QColor highlight = primary.toRgb();
        const QColor highlightText = textOn(highlight);
        const QColor page = base.color(group, QPalette::Base);
        const QColor link = readableOn(primary, page);
        const QColor buttonBase = base.color(group, QPalette::Button);
        const QColor button = mixed(buttonBase, primary, 0.12);
        if (group == QPalette::Disabled) {
            // Disabled selection stays recognisable but quiet.
            palette.setColor(group, QPalette::Highlight, mixed(highlight, page, 0.5));
        } else {
            palette.setColor(group, QPalette::Highlight, highlight);
            palette.setColor(group, QPalette::HighlightedText, highlightText);
        }
        palette.setColor(group, QPalette::Link, link);
        palette.setColor(group, QPalette::LinkVisited,
                         mixed(link, page.lightness() > 127 ? Qt::black : Qt::white, 0.25));
        palette.setColor(group, QPalette::Button, button);
        if (group != QPalette::Disabled)
            palette.setColor(group, QPalette::ButtonText,
                             readableOn(base.color(group, QPalette::ButtonText), button, 4.5));
    }
    return palette;
}

} // namespace OmniCrm::BrandPalette
