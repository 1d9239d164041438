// The window follows the system palette, light or dark: its background is the palette's, and every
// text it shows, OAuthDesk's own colours included (banners, badges, scope chips, countdowns, the
// parts of a revealed token), keeps a contrast of at least 4.5:1 (WCAG AA) on what is behind it,
// measured on the rendered pixels. A palette change while the window is open is followed too.

#include "inspector/tokeninspectorwidget.h"
#include "mainwindow.h"
#include "signedinfixture.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>

#include <cmath>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

namespace {

/// A dark palette as a desktop in dark mode hands to Qt.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), text(0xe6, 0xe6, 0xe6), base(0x1e, 0x1e, 0x1e);
    for (const auto group : { QPalette::Active, QPalette::Inactive }) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(group, QPalette::Highlight, QColor(0x3d, 0x6f, 0xb5));
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        p.setColor(group, QPalette::Light, QColor(0x45, 0x45, 0x45));
        p.setColor(group, QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(group, QPalette::Mid, QColor(0x30, 0x30, 0x30));
        p.setColor(group, QPalette::Dark, QColor(0x20, 0x20, 0x20));
        p.setColor(group, QPalette::Shadow, Qt::black);
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

double luminance(QColor c)
{
    const auto channel = [](int value) {
        const double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// In a picture of some text: its background (the commonest colour) and the contrast of the text
/// on it (the colour of at least three pixels farthest from it: a glyph's stems are drawn in the
/// text's own colour, its edges blended).
struct TextColours
{
    QColor background;
    QColor text;
    double ratio = 0;
};

TextColours measure(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    }
    TextColours result;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            result.background = QColor::fromRgb(it.key());
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = contrast(QColor::fromRgb(it.key()), result.background);
        if (it.value() >= 3 && ratio > result.ratio) {
            result.ratio = ratio;
            result.text = QColor::fromRgb(it.key());
        }
    }
    return result;
}

} // namespace

class tst_Palette : public QObject
{
    Q_OBJECT

private:
    /// Every shown label with text, and the token field, measured on a picture of the whole window
    /// (a label's background is whatever is painted behind it). Returns what is too faint.
    static QStringList faintTexts(QWidget &window)
    {
        QCoreApplication::processEvents();
        const QImage picture = window.grab().toImage();
        const qreal scale = picture.devicePixelRatio();
        QStringList faint;
        QList<QWidget *> texts;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->isVisible() && label->isEnabled() && !label->text().trimmed().isEmpty()
                && label->pixmap().isNull())
                texts.append(label);
        }
        for (QPlainTextEdit *edit : window.findChildren<QPlainTextEdit *>()) {
            if (edit->isVisible() && !edit->toPlainText().isEmpty())
                texts.append(edit->viewport());
        }
        for (QWidget *text : texts) {
            const QRect area(text->mapTo(&window, QPoint(0, 0)) * scale, text->size() * scale);
            const TextColours colours = measure(picture.copy(area.intersected(picture.rect())));
            if (colours.ratio < 4.5) {
                const QWidget *named = text;
                while (named->objectName().isEmpty() && named->parentWidget())
                    named = named->parentWidget();
                const auto *label = qobject_cast<const QLabel *>(text);
                faint.append(QStringLiteral("%1 \"%2\" (%3 on %4: %5:1)")
                                     .arg(named->objectName(),
                                          label ? label->text().left(30) : QString(),
                                          colours.text.name(), colours.background.name())
                                     .arg(colours.ratio, 0, 'f', 1));
            }
        }
        return faint;
    }

    /// A window with a signed-in account about to expire (the countdown in its warning colour) and
    /// a second account whose sign-in failed (the error banner), on every tab in turn.
    static void verifyReadable(bool dark)
    {
        SignedInFixture f;
        const QString good = f.addAccount(QStringLiteral("Work"));
        QVERIFY(f.signIn(good));
        *f.now = f.now->addSecs(300 - 40); // 40 s left on the access token
        Account failing;
        failing.name = QStringLiteral("Broken");
        failing.clientId = QStringLiteral("desk");
        failing.server.authorizationEndpoint =
                QUrl(QStringLiteral("https://login.example.com/authorize"));
        failing.server.tokenEndpoint = QUrl(QStringLiteral("https://login.example.com/token"));
        QVERIFY(!f.store.add(failing));

        f.tokens.setBrowserOpener([](const QUrl &) {
            return Error(Error::Kind::Browser, QStringLiteral("No browser."));
        });
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // At this size nothing scrolls, and the window's own background is the palette's.
        auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("detailsScroll"));
        QVERIFY(scroll);
        QTRY_VERIFY(!scroll->verticalScrollBar()->isVisible()
                    && !scroll->horizontalScrollBar()->isVisible());
        QCOMPARE(measure(window.grab().toImage()).background.name(),
                 QApplication::palette().color(QPalette::Window).name());

        window.selectAccount(failing.id);
        window.signIn();
        QTRY_VERIFY(!window.errorText().isEmpty());
        auto *banner = window.findChild<QLabel *>(QStringLiteral("errorBanner"));
        QVERIFY(banner && banner->isVisible());
        // A dark desktop gets a dark banner, not a light island; a light one a light banner.
        QCOMPARE(luminance(measure(banner->grab().toImage()).background) < 0.2, dark);
        QStringList faint = faintTexts(window);

        window.selectAccount(good);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        QVERIFY(tabs);
        auto *inspector = window.findChild<TokenInspectorWidget *>();
        QVERIFY(inspector);
        bool revealed = false;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            if (inspector->isVisible()) {
                QTRY_VERIFY(inspector->findChild<QLabel *>(QStringLiteral("expiryCountdown"))
                                    ->isVisible());
                inspector->setRevealed(true); // the token's parts in their colours
                revealed = inspector->isRevealed();
            }
            faint += faintTexts(window);
            const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR"); // to look at
            if (!dir.isEmpty())
                window.grab().save(
                        QStringLiteral("%1/palette-%2-%3.png")
                                .arg(dir, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                .arg(i));
        }
        QVERIFY(revealed);
        // The picture proves the best-contrasted part of the token; each part on its own:
        const QPalette field = inspector->findChild<QPlainTextEdit *>()->palette();
        for (int part = 0; part < 5; ++part) {
            const QColor colour = Theme::tokenPartColour(part, field);
            if (contrast(colour, field.color(QPalette::Base)) < 4.5)
                faint.append(QStringLiteral("token part %1 (%2)").arg(part).arg(colour.name()));
        }
        QVERIFY2(faint.isEmpty(),
                 qPrintable(QLatin1String("too faint: ") + faint.join(QLatin1String("; "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Fusion draws with the palette alone, as the desktop's own styles do.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void init() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void theMeasureTellsFaintFromClear()
    {
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(QColor(0x2b, 0x2b, 0x2b));
        for (int x = 5; x < 15; ++x)
            image.setPixelColor(x, 10, QColor(0xc6, 0x28, 0x28)); // the old red on a dark window
        QVERIFY(measure(image).ratio < 4.5);
        for (int x = 5; x < 15; ++x)
            image.setPixelColor(x, 12, QColor(0xe6, 0xe6, 0xe6));
        QVERIFY(measure(image).ratio > 4.5);
    }

    void lightPaletteIsReadable() { verifyReadable(false); }

    void darkPaletteIsReadable()
    {
        QApplication::setPalette(darkPalette());
        verifyReadable(true);
    }

    void aPaletteChangeIsFollowed()
    {
        SignedInFixture f;
        f.addAccount(QStringLiteral("Work"));
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("warningBanner"));
        QVERIFY(banner);
        const QString light = banner->styleSheet();
        QVERIFY(!light.isEmpty());

        QApplication::setPalette(darkPalette());
        QTRY_VERIFY(banner->styleSheet() != light);
        QCOMPARE(banner->styleSheet(),
                 Theme::styleSheet(Theme::Style::WarningBanner, darkPalette()));
        QApplication::setPalette(QApplication::style()->standardPalette());
        QTRY_COMPARE(banner->styleSheet(), light);
    }
};

QTEST_MAIN(tst_Palette)
#include "tst_palette.moc"
