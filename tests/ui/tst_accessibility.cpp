// What a screen reader announces: every control a person can reach with the keyboard has an
// accessible name, in the window (every tab, shown or not yet) and in every dialog. Qt derives the
// name from a button's text or a field's buddy label; icon-only buttons, lists, tables and fields
// without a label need one set by hand.

#include "accounts/addaccountdialog.h"
#include "dialogs/settingsdialog.h"
#include "inspector/additionaltokendialog.h"
#include "inspector/jwtdecoderdialog.h"
#include "mainwindow.h"
#include "session/passworddialog.h"
#include "windowfixture.h"

#include "common/settings.h"
#include "http/exchangelog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace OAuthDesk;

class tst_Accessibility : public QObject
{
    Q_OBJECT

private:
    /// A widget that is part of another control, which carries the name for both.
    static bool isPartOfAControl(const QWidget *widget)
    {
        const QWidget *parent = widget->parentWidget();
        if (!parent)
            return false;
        if (qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QComboBox *>(parent))
            return true; // the line edit inside a spin box or an editable combo box
        if (qobject_cast<const QTabBar *>(parent))
            return true; // the tab bar's scroll buttons
        if (const auto *view = qobject_cast<const QAbstractItemView *>(parent->parentWidget()))
            return view->viewport() == parent; // an editor open in a view's cell
        return false;
    }

    /// The keyboard-reachable controls under `root` that have no accessible name, shown or hidden.
    static QStringList unnamedControls(QWidget *root)
    {
        QStringList unnamed;
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || widget->window() != root
                || isPartOfAControl(widget))
                continue; // a combo box's popup is a window of its own, part of the combo box
            if (qobject_cast<QLabel *>(widget) || qobject_cast<QTabWidget *>(widget))
                continue; // a selectable label is announced by its text; a tab widget by its tabs
            if (qobject_cast<QTabBar *>(widget)) {
                // A tab bar is announced by its tabs: each needs a text.
                const auto *bar = static_cast<QTabBar *>(widget);
                for (int i = 0; i < bar->count(); ++i) {
                    if (bar->tabText(i).isEmpty() && bar->accessibleTabName(i).isEmpty())
                        unnamed.append(
                                QStringLiteral("tab %1 of %2").arg(i).arg(widget->objectName()));
                }
                continue;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name =
                    accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty()) {
                unnamed.append(QStringLiteral("%1 \"%2\" in %3")
                                       .arg(QLatin1String(widget->metaObject()->className()),
                                            widget->objectName(),
                                            widget->parentWidget()
                                                    ? widget->parentWidget()->objectName()
                                                    : QString()));
            }
        }
        return unnamed;
    }

    static void verifyNamed(QWidget *root)
    {
        root->show();
        QVERIFY(QTest::qWaitForWindowExposed(root));
        const QStringList unnamed = unnamedControls(root);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QLatin1String("no accessible name: ")
                            + unnamed.join(QLatin1String(";\n"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The name a screen reader gets is the one the accessibility bridge asks for; make sure the
        // interfaces are those an active bridge would see.
        QAccessible::setActive(true);
    }

    void theCheckFindsAnUnnamedControl()
    {
        QWidget window;
        auto *unlabelled = new QLineEdit(&window);
        unlabelled->setObjectName(QStringLiteral("unlabelled"));
        QCOMPARE(unnamedControls(&window).size(), 1);
        unlabelled->setAccessibleName(QStringLiteral("Search"));
        QVERIFY(unnamedControls(&window).isEmpty());
    }

    void emptyWindow()
    {
        Test::WindowFixture f;
        MainWindow window(&f.tokens, &f.resources, &f.http);
        verifyNamed(&window);
    }

    void windowWithAccounts()
    {
        Test::WindowFixture f;
        f.addAccount(QStringLiteral("Work"));
        f.addAccount(QStringLiteral("Home"));
        ExchangeLog log; // the HTTP Log tab
        MainWindow window(&f.tokens, &f.resources, &f.http);
        window.setExchangeLog(&log);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("exchangeLogView")));
        verifyNamed(&window);
    }

    void addAccountDialog()
    {
        QNetworkAccessManager network;
        HttpClient http(&network);
        AddAccountDialog dialog(&http, {});
        verifyNamed(&dialog);
    }

    void settingsDialog()
    {
        Settings settings;
        SettingsDialog dialog(&settings);
        verifyNamed(&dialog);
    }

    void passwordDialog()
    {
        Account account;
        account.name = QStringLiteral("Legacy");
        account.grantType = GrantType::Password;
        PasswordDialog dialog(account);
        verifyNamed(&dialog);
    }

    void additionalTokenDialog()
    {
        Test::WindowFixture f;
        const QString id = f.addAccount(QStringLiteral("Work"));
        AdditionalTokenDialog dialog(&f.tokens, id,
                                     QStringLiteral("openid profile offline_access"));
        verifyNamed(&dialog);
    }

    void jwtDecoderDialog()
    {
        Test::WindowFixture f;
        JwtDecoderDialog dialog(f.tokens.inspector(), &f.http);
        verifyNamed(&dialog);
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
