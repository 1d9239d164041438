#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace OAuthDesk::Theme {

/**
 * The few colours OAuthDesk adds to the system palette: banners, badges, scope chips, error and
 * warning text, the parts of a revealed JWT. Each has a light and a dark variant, chosen by the
 * palette the widget uses, so the window follows the desktop's light or dark scheme and every text
 * keeps its contrast (tests/ui/tst_palette measures it in both).
 */
enum class Style {
    Plain, ///< no colour of its own: the palette's
    ErrorBanner,
    WarningBanner,
    BadgeVerified,
    BadgeInvalid,
    BadgeNeutral,
    Chip,
    ErrorText,
    WarningText,
    SecondaryText, ///< notes and details: the palette's text, three quarters of the way from its
                   ///< window colour
};

/// True when the palette is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);

/// The style sheet of `style` for a widget on `palette`; `objectName`, when given, scopes it to
/// that widget so that a banner's buttons keep their own look.
QString styleSheet(Style style, const QPalette &palette, const QString &objectName = QString());

/**
 * Gives `widget` the style, and remembers it so that reapply() can follow a change of the system
 * palette (a desktop switching between light and dark while OAuthDesk runs).
 */
void apply(QWidget *widget, Style style);

/// Applies again, for the current palette, every style given with apply() under `root`.
void reapply(QWidget *root);

/// The colour of the part `index` (header, payload, signature…) of a JWT shown in full.
QColor tokenPartColour(int index, const QPalette &palette);

} // namespace OAuthDesk::Theme
