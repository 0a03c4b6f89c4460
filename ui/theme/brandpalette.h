// BrandPalette: a QPalette derived from a brand's primary colour, readable whatever colour was
// picked. The colour marks selection, default buttons and links; text on it, and links on the
// page, keep at least the WCAG AA contrast of 4.5:1 (the colour is darkened or lightened until
// they do). Pure functions, no application state.
#pragma once

#include <QColor>
#include <QPalette>

namespace OmniCrm::BrandPalette {

/// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);
/// `color` moved in lightness, away from `background`, until its contrast with it reaches
/// `minimum` (or it is black or white).
QColor readableOn(const QColor &color, const QColor &background, double minimum = 4.5);
/// White or black, whichever reads better on `background`.
QColor textOn(const QColor &background);
/// `base` with Highlight/HighlightedText, Link/LinkVisited and a light tint of Button derived
/// from `primary`, in every colour group.
QPalette derive(const QColor &primary, const QPalette &base);

} // namespace OmniCrm::BrandPalette
