#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace OAuthDesk::Theme {

namespace {

/// Where apply() keeps a widget's style.
constexpr char StyleProperty[] = "oauthdeskThemeStyle";

struct Colours
{
    const char *background;
    const char *text;
    const char *border;
};

/// Light and dark variants; each text colour keeps a contrast of at least 4.5:1 (WCAG AA) on its
/// background, and on the palette's window colour for the text-only styles.
Colours colours(Style style, bool dark)
{
    switch (style) {
    case Style::ErrorBanner:
    case Style::BadgeInvalid:
        return dark ? Colours{ "#4a1c1c", "#ffb4ab", "#7a3030" }
                    : Colours{ "#fdecea", "#8a1c1c", "#f1b0ad" };
    case Style::WarningBanner:
        return dark ? Colours{ "#40330c", "#ffe08a", "#6e5a1a" }
                    : Colours{ "#fff4d6", "#6b4e00", "#f0d58a" };
    case Style::BadgeVerified:
        return dark ? Colours{ "#183a24", "#a8e0b8", "#2f6b44" }
                    : Colours{ "#e6f4ea", "#1e6b34", "#a8d5b5" };
    case Style::BadgeNeutral:
        return dark ? Colours{ "#33373b", "#d5d9dd", "#50565c" }
                    : Colours{ "#eef0f2", "#4a5158", "#cfd4d9" };
    case Style::Chip:
        return dark ? Colours{ "#22304f", "#c5d3f5", "#3a4f80" }
                    : Colours{ "#e8eefc", "#1f3b7a", "#c5d3f5" };
    case Style::ErrorText:
        return { nullptr, dark ? "#ff8a80" : "#c62828", nullptr };
    case Style::WarningText:
        return { nullptr, dark ? "#ffb74d" : "#8a5300", nullptr };
    case Style::Plain:
    case Style::SecondaryText:
        break;
    }
    return { nullptr, nullptr, nullptr };
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
            < palette.color(QPalette::WindowText).lightness();
}

QString styleSheet(Style style, const QPalette &palette, const QString &objectName)
{
    const Colours c = colours(style, isDark(palette));
    QString rules;
    if (style == Style::SecondaryText) {
        // Not the placeholder colour: styles make that one faint on purpose (under 4.5:1 on a tab
        // page in Fusion, light and dark).
        const QColor text = palette.color(QPalette::WindowText);
        const QColor window = palette.color(QPalette::Window);
        const auto mix = [](int from, int to) { return from + (to - from) * 3 / 4; };
        rules = QLatin1String("color: ")
                + QColor(mix(window.red(), text.red()), mix(window.green(), text.green()),
                         mix(window.blue(), text.blue()))
                          .name()
                + QLatin1Char(';');
    } else if (!c.text) {
        return {};
    } else {
        rules = QLatin1String("color: ") + QLatin1String(c.text) + QLatin1Char(';');
    }
    if (c.background) {
        const bool badge = style == Style::BadgeVerified || style == Style::BadgeInvalid
                || style == Style::BadgeNeutral;
        const bool chip = style == Style::Chip;
        rules += QLatin1String(" background: ") + QLatin1String(c.background)
                + QLatin1String("; border: 1px solid ") + QLatin1String(c.border)
                + QLatin1Char(';');
        if (badge)
            rules += QLatin1String(" border-radius: 10px; padding: 3px 10px;");
        else if (chip)
            rules += QLatin1String(" border-radius: 9px; padding: 1px 8px;");
        else
            rules += QLatin1String(" border-radius: 4px; padding: 6px 8px;");
        if (style == Style::BadgeVerified || style == Style::BadgeInvalid)
            rules += QLatin1String(" font-weight: 600;");
    }
    if (objectName.isEmpty())
        return rules;
    return QLatin1Char('#') + objectName + QLatin1String(" { ") + rules + QLatin1String(" }");
}

void apply(QWidget *widget, Style style)
{
    widget->setProperty(StyleProperty, int(style));
    // A widget with children of its own (a banner with a button) scopes the sheet to itself.
    const bool scoped =
            !widget->objectName().isEmpty() && !widget->findChildren<QWidget *>().isEmpty();
    // The palette of the window it is in: the widget's own changes with the colour its sheet sets.
    const QWidget *window = widget->window();
    const QPalette palette = window != widget ? window->palette() : QApplication::palette(widget);
    widget->setStyleSheet(styleSheet(style, palette, scoped ? widget->objectName() : QString()));
}

void reapply(QWidget *root)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const QVariant style = widget->property(StyleProperty);
        if (style.isValid())
            apply(widget, Style(style.toInt()));
    }
}

QColor tokenPartColour(int index, const QPalette &palette)
{
    // As jwt.io tells header, payload and signature apart; the dark set is lighter, for a dark
    // base.
    static const QColor light[] = { QColor(0xc2, 0x18, 0x5b), QColor(0x6a, 0x1b, 0x9a),
                                    QColor(0x02, 0x77, 0xbd), QColor(0x2e, 0x7d, 0x32),
                                    QColor(0xb3, 0x47, 0x00) };
    static const QColor dark[] = { QColor(0xf4, 0x8f, 0xb1), QColor(0xce, 0x93, 0xd8),
                                   QColor(0x81, 0xd4, 0xfa), QColor(0xa5, 0xd6, 0xa7),
                                   QColor(0xff, 0xcc, 0x80) };
    const bool isDarkBase =
            palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
    return (isDarkBase ? dark
                       : light)[(index % 5 + 5) % 5]; // never out of the table, whatever the index
}

} // namespace OAuthDesk::Theme
