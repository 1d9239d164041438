#include "inspector/tokeninspectorwidget.h"

#include "http/httpclient.h"
#include "inspector/claimstablemodel.h"
#include "inspector/jwtdecoderdialog.h"
#include "inspector/tokeninspectionview.h"
#include "jwt/base64url.h"
#include "keychain/secretstore.h"
#include "mainwindow.h"
#include "resource/resourceclient.h"
#include "scriptedserver.h"
#include "session/tokenmanager.h"
#include "signedinfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace OAuthDesk;
using namespace OAuthDesk::Test;

namespace {

template <typename T>
T *child(const QObject &parent, const char *name)
{
    T *object = parent.findChild<T *>(QLatin1String(name));
    if (!object)
        qFatal("no child named %s", name);
    return object;
}

/// With OAUTHDESK_SCREENSHOT_DIR set, keeps a picture of a widget in a named state.
void keepScreenshot(QWidget &widget, const char *state)
{
    const QString dir = qEnvironmentVariable("OAUTHDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let posted layout requests settle before the picture
    widget.grab().save(dir + QLatin1Char('/') + QLatin1String(state) + QLatin1String(".png"));
}

} // namespace

class tst_TokenInspectorWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskedUntilRevealedAndAgainWhenSwitching()
    {
        SignedInFixture f;
        const QString id = f.addAccount(QStringLiteral("Work"));
        const QString other = f.addAccount(QStringLiteral("Home"));
        QVERIFY(f.signIn(id));
        TokenInspectorWidget inspector(&f.tokens, &f.resources, &f.http);
        QCOMPARE(inspector.objectName(), QStringLiteral("tokenInspector"));
        inspector.resize(760, 720);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setAccountId(id);

        const QString access = f.tokens.cachedTokens(id)->accessToken;
        QCOMPARE(inspector.availableTokens(),
                 (QList<TokenInspectorWidget::TokenKind>{
                         TokenInspectorWidget::TokenKind::Access,
                         TokenInspectorWidget::TokenKind::Refresh }));
        auto *selector = child<QComboBox>(inspector, "tokenSelector");
        QCOMPARE(selector->count(), 2);
        QCOMPARE(selector->itemText(0), QStringLiteral("Access token"));
        auto *field = child<QPlainTextEdit>(inspector, "tokenField");
        auto *reveal = child<QPushButton>(inspector, "revealButton");
        QVERIFY(field->isReadOnly());

        // Masked by default: the value is nowhere in the field.
        QVERIFY(!inspector.isRevealed());
        QVERIFY(!field->toPlainText().contains(access));
        QVERIFY(!field->toPlainText().isEmpty());
        for (const QLabel *label : inspector.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(access), qPrintable(label->objectName()));

        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(inspector.isRevealed());
        QCOMPARE(field->toPlainText(), access);
        QCOMPARE(reveal->text(), QStringLiteral("&Hide"));
        keepScreenshot(inspector, "token-inspector");

        // Another token: masked again.
        QSignalSpy revealed(&inspector, &TokenInspectorWidget::revealedChanged);
        selector->setCurrentIndex(1);
        Q_EMIT selector->activated(1);
        QCOMPARE(inspector.currentToken(), TokenInspectorWidget::TokenKind::Refresh);
        QVERIFY(!inspector.isRevealed());
        QCOMPARE(revealed.count(), 1);
        QVERIFY(!reveal->isChecked());
        QVERIFY(!field->toPlainText().contains(RefreshToken));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(field->toPlainText(), RefreshToken);

        // Another account: masked again, and nothing of the first account's shows.
        inspector.setAccountId(other);
        QVERIFY(!inspector.isRevealed());
        QVERIFY(!field->isVisible());
        QVERIFY(child<QLabel>(inspector, "inspectorEmptyLabel")->isVisible());
        QVERIFY(!reveal->isVisible());
        inspector.setAccountId(id);
        QVERIFY(!inspector.isRevealed());
        QCOMPARE(inspector.currentToken(), TokenInspectorWidget::TokenKind::Access);
        QVERIFY(!field->toPlainText().contains(access));

        // Hiding the inspector (another tab, a minimised window) hides the token too.
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(inspector.isRevealed());
        inspector.hide();
        QVERIFY(!inspector.isRevealed());
    }

    void showsHeaderClaimsScopesAndBadge()
    {
        SignedInFixture f;
        const QString id = f.addAccount(QStringLiteral("Work"));
        QVERIFY(f.signIn(id));
        TokenInspectorWidget inspector(&f.tokens, &f.resources, &f.http);
        inspector.setAccountId(id);

        TokenInspectionView *view = inspector.inspectionView();
        QVERIFY(view->hasJwt());
        // No jwks_uri on this account: decoded, and said to be unverified, in grey.
        QCOMPARE(view->badgeText(), QStringLiteral("Not verified (no JWKS)"));
        QCOMPARE(view->badgeTone(), TokenInspectionView::BadgeTone::Neutral);
        QCOMPARE(child<QLabel>(inspector, "signatureBadge")->text(), view->badgeText());

        ClaimsTableModel *header = view->headerModel();
        QCOMPARE(header->valueText(QStringLiteral("alg")), QStringLiteral("RS256"));
        QCOMPARE(header->data(header->index(header->rowOf(QStringLiteral("kid")),
                                            ClaimsTableModel::MeaningColumn))
                         .toString(),
                 QStringLiteral("Key ID"));

        ClaimsTableModel *claims = view->claimsModel();
        // Registered claims first, in their usual order, each with what it means.
        QCOMPARE(claims->rowOf(QStringLiteral("iss")), 0);
        QCOMPARE(claims->rowOf(QStringLiteral("sub")), 1);
        auto meaning = [claims](const char *name) {
            return claims
                    ->data(claims->index(claims->rowOf(QLatin1String(name)),
                                         ClaimsTableModel::MeaningColumn))
                    .toString();
        };
        QCOMPARE(meaning("iss"), QStringLiteral("Issuer"));
        QCOMPARE(meaning("exp"), QStringLiteral("Expires"));
        QCOMPARE(meaning("aud"), QStringLiteral("Audience"));
        QCOMPARE(meaning("iat"), QStringLiteral("Issued at"));
        QCOMPARE(meaning("jti"), QStringLiteral("Token ID"));
        QCOMPARE(claims->valueText(QStringLiteral("aud")), QStringLiteral("desk, api"));

        // Times: local date and time, and how far away.
        const QString expLocal =
                start().addSecs(300).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(claims->valueText(QStringLiteral("exp")),
                 expLocal + QStringLiteral(" (in 5 min)"));
        const QString iatLocal = start().addSecs(-7200).toLocalTime().toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(claims->valueText(QStringLiteral("iat")), iatLocal + QStringLiteral(" (2 h ago)"));

        // Relative times follow the clock.
        QSignalSpy changed(claims, &QAbstractItemModel::dataChanged);
        *f.now = start().addSecs(600);
        inspector.updateCountdown();
        QCOMPARE(claims->valueText(QStringLiteral("exp")),
                 expLocal + QStringLiteral(" (5 min ago)"));
        QVERIFY(changed.count() >= 1);

        // The granted scopes as chips.
        auto *chips = child<QWidget>(inspector, "scopeChips");
        QStringList texts;
        for (const QLabel *chip : chips->findChildren<QLabel *>(QStringLiteral("scopeChip")))
            texts.append(chip->text());
        QCOMPARE(texts,
                 (QStringList{ QStringLiteral("openid"), QStringLiteral("profile"),
                               QStringLiteral("api.read") }));

        QCOMPARE(child<QLabel>(inspector, "tokenFacts")->text(),
                 QStringLiteral("JWT signed with RS256 \u00b7 type Bearer \u00b7 %1 characters")
                         .arg(f.tokens.cachedTokens(id)->accessToken.size()));
    }

    void opaqueTokensSaySo()
    {
        SignedInFixture f;
        const QString id = f.addAccount(QStringLiteral("Work"));
        QVERIFY(f.signIn(id));
        TokenInspectorWidget inspector(&f.tokens, &f.resources, &f.http);
        inspector.setAccountId(id);
        inspector.setCurrentToken(TokenInspectorWidget::TokenKind::Refresh);
        QCOMPARE(inspector.inspectionView()->badgeText(),
                 QStringLiteral("Not verified (opaque token)"));
        QVERIFY(!inspector.inspectionView()->hasJwt());
        QVERIFY(inspector.inspectionView()->noticeText().contains(QLatin1String("opaque")));
        QVERIFY(!child<QWidget>(inspector, "claimsTable")->isVisibleTo(&inspector));
        QCOMPARE(inspector.countdownText(),
                 QStringLiteral("The server did not say when it expires."));
    }

    void countdownFollowsTheClock()
    {
        SignedInFixture f;
        const QString id = f.addAccount(QStringLiteral("Work"));
        QVERIFY(f.signIn(id));
        TokenInspectorWidget inspector(&f.tokens, &f.resources, &f.http);
        inspector.setAccountId(id);
        auto *label = child<QLabel>(inspector, "expiryCountdown");
        QVERIFY2(inspector.countdownText().startsWith(QLatin1String("Expires in 5:00 (at ")),
                 qPrintable(inspector.countdownText()));
        QCOMPARE(label->text(), inspector.countdownText());

        QSignalSpy spy(&inspector, &TokenInspectorWidget::countdownTextChanged);
        *f.now = start().addSecs(61);
        inspector.updateCountdown();
        QVERIFY(inspector.countdownText().startsWith(QLatin1String("Expires in 3:59")));
        QCOMPARE(spy.count(), 1);

        // The widget's own timer reads the clock each second.
        *f.now = start().addSecs(299);
        QTRY_VERIFY(inspector.countdownText().startsWith(QLatin1String("Expires in 0:01")));

        *f.now = start().addSecs(420);
        inspector.updateCountdown();
        QVERIFY2(inspector.countdownText().startsWith(QLatin1String("Expired 2 min ago")),
                 qPrintable(inspector.countdownText()));
    }

    void copyClearsTheClipboardAfterTheTimeout()
    {
        SignedInFixture f;
        const QString id = f.addAccount(QStringLiteral("Work"));
        QVERIFY(f.signIn(id));
        TokenInspectorWidget inspector(&f.tokens, &f.resources, &f.http);
        inspector.setAccountId(id);
        inspector.setClipboardTimeout(std::chrono::milliseconds(300));
        QApplication::clipboard()->clear();

        QTest::mouseClick(child<QPushButton>(inspector, "copyTokenButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), f.tokens.cachedTokens(id)->accessToken);
        QVERIFY(!inspector.isRevealed()); // copying does not reveal
        QVERIFY(inspector.messageText().startsWith(QLatin1String("Access token copied.")));
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());

        // Something else copied meanwhile stays: a timer started after the copy's, with the same
        // interval and kind, fires after it (Qt fires timers in the order they fall due).
        QTest::mouseClick(child<QPushButton>(inspector, "copyTokenButton"), Qt::LeftButton);
        QApplication::clipboard()->setText(QStringLiteral("my notes"));
        QTimer later;
        later.setSingleShot(true);
        later.setTimerType(Qt::PreciseTimer); // as QTimer::singleShot() makes one under two seconds
        QSignalSpy fired(&later, &QTimer::timeout);
        later.start(std::chrono::milliseconds(300));
        QVERIFY(fired.wait(5000));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("my notes"));
    }

    void introspectionSaysActiveOrInactiveInWords_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("state");
        QTest::newRow("active") << QByteArray("{\"active\":true,\"scope\":\"openid\"}")
                                << QStringLiteral("Active");
        QTest::newRow("inactive") << QByteArray("{\"active\":false}") << QStringLiteral("Inactive");
    }

    void introspectionSaysActiveOrInactiveInWords()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, state);
        SignedInFixture f;
        f.introspection = answer;
        const QString id = f.addAccount(QStringLiteral("Work"));
        QVERIFY(f.signIn(id));
        TokenInspectorWidget inspector(&f.tokens, &f.resources, &f.http);
        inspector.setAccountId(id);
        QSignalSpy shown(&inspector, &TokenInspectorWidget::answerShown);
        auto *button = child<QPushButton>(inspector, "introspectButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(shown.count(), 1);
        auto *dialog = shown.first().first().value<QDialog *>();
        QVERIFY(dialog);
        QCOMPARE(child<QLabel>(*dialog, "answerStateLabel")->text(), state);
        QVERIFY(child<QPlainTextEdit>(*dialog, "answerView")
                        ->toPlainText()
                        .contains(QLatin1String("\"active\"")));
        QVERIFY(!inspector.isBusy());
        const QUrlQuery form(QString::fromUtf8(f.server.requests().last().body));
        QCOMPARE(form.queryItemValue(QStringLiteral("token_type_hint")),
                 QStringLiteral("access_token"));
        dialog->close();
    }

    void revokeConfirmsThenSaysWhatHappened_data()
    {
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("message");
        QTest::newRow("revoked") << true << QStringLiteral("Revoked at the server");
        // RFC 7009 §2.2.1: the server is asked again later; the person is told so.
        QTest::newRow("unreachable")
                << false
                << QStringLiteral(
                           "Signed out locally; the server could not revoke the tokens now (");
    }

    void revokeConfirmsThenSaysWhatHappened()
    {
        QFETCH(bool, reachable);
        QFETCH(QString, message);
        SignedInFixture f;
        const QString id = f.addAccount(QStringLiteral("Work"), reachable);
        QVERIFY(f.signIn(id));
        TokenInspectorWidget inspector(&f.tokens, &f.resources, &f.http);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setAccountId(id);

        QTest::mouseClick(child<QPushButton>(inspector, "revokeButton"), Qt::LeftButton);
        auto *box = inspector.findChild<QMessageBox *>(QStringLiteral("revokeConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(f.tokens.cachedTokens(id)); // nothing happens before the confirmation
        QTest::mouseClick(child<QPushButton>(*box, "confirmRevokeButton"), Qt::LeftButton);

        QTRY_VERIFY2(inspector.messageText().startsWith(message),
                     qPrintable(inspector.messageText()));
        QVERIFY(!f.tokens.cachedTokens(id));
        QVERIFY(inspector.availableTokens().isEmpty());
        QVERIFY(child<QLabel>(inspector, "inspectorEmptyLabel")->isVisible());
        QCOMPARE(f.store.findById(id)->revocationPending, !reachable);
        if (reachable) {
            const QUrlQuery form(QString::fromUtf8(f.server.requests().last().body));
            QCOMPARE(form.queryItemValue(QStringLiteral("token_type_hint")),
                     QStringLiteral("access_token"));
        }
    }

    void decodeDialogDecodesAndRefusesGarbage()
    {
        SignedInFixture f;
        TokenInspectorWidget inspector(&f.tokens, &f.resources, &f.http);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QTest::mouseClick(child<QPushButton>(inspector, "decodeJwtButton"), Qt::LeftButton);
        JwtDecoderDialog *dialog = inspector.decoderDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *input = child<QPlainTextEdit>(*dialog, "decodeEdit");

        input->setPlainText(QStringLiteral("Bearer ") + accessJwt());
        QVERIFY(dialog->errorText().isEmpty());
        TokenInspectionView *view = dialog->inspectionView();
        QVERIFY(view->hasJwt());
        QCOMPARE(view->claimsModel()->valueText(QStringLiteral("sub")), QStringLiteral("alice"));
        QCOMPARE(view->headerModel()->valueText(QStringLiteral("kid")), QStringLiteral("k1"));
        QCOMPARE(view->badgeText(), QStringLiteral("Not verified (no JWKS)"));
        QVERIFY(child<QWidget>(*dialog, "claimsTable")->isVisible());
        keepScreenshot(*dialog, "decode-jwt");

        input->setPlainText(QStringLiteral("this is no token"));
        QVERIFY2(dialog->errorText().startsWith(QLatin1String("Not a JWT")),
                 qPrintable(dialog->errorText()));
        QVERIFY(child<QLabel>(*dialog, "decodeError")->isVisible());
        QVERIFY(!view->hasJwt());
        QVERIFY(!child<QWidget>(*dialog, "claimsTable")->isVisible());

        // Three parts whose payload is no JSON: a JWT's shape, but not a readable one.
        input->setPlainText(makeJwt("not json"));
        QVERIFY2(dialog->errorText().startsWith(QLatin1String("Not a JWT")),
                 qPrintable(dialog->errorText()));

        // Without an issuer nothing can be verified, and nothing goes over the network.
        input->setPlainText(accessJwt());
        QVERIFY(!child<QPushButton>(*dialog, "verifyButton")->isEnabled());
        dialog->setIssuer(QStringLiteral("https://login.example.com"));
        QVERIFY(child<QPushButton>(*dialog, "verifyButton")->isEnabled());

        // A second click raises the same dialog.
        inspector.openDecoder();
        QCOMPARE(inspector.decoderDialog(), dialog);
    }

    void decodeDialogVerifiesAgainstTheIssuerItIsGiven()
    {
        // Discovery of an issuer that is not there: the reason shows, the claims stay readable.
        SignedInFixture f;
        JwtDecoderDialog dialog(f.tokens.inspector(), &f.http);
        QSignalSpy done(&dialog, &JwtDecoderDialog::verified);
        dialog.setToken(accessJwt());
        dialog.setIssuer(QStringLiteral("http://127.0.0.1:1"));
        dialog.verify();
        QVERIFY(dialog.isVerifying());
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(!dialog.isVerifying());
        QVERIFY2(dialog.errorText().startsWith(
                         QLatin1String("The issuer's metadata could not be read")),
                 qPrintable(dialog.errorText()));
        QVERIFY(dialog.inspectionView()->hasJwt());
        QCOMPARE(dialog.inspectionView()->badgeTone(), TokenInspectionView::BadgeTone::Neutral);
    }

    void claimsModelPassesTheModelTester()
    {
        ClaimsTableModel model(ClaimsTableModel::Part::Claims);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(start());
        model.setObject(QJsonDocument::fromJson(
                                "{\"exp\":1740830700,\"nested\":{\"a\":1},\"iss\":\"x\",\"n\":null,"
                                "\"list\":[1,2],\"ok\":true}")
                                .object());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.valueText(QStringLiteral("nested")), QStringLiteral("{\"a\":1}"));
        QCOMPARE(model.valueText(QStringLiteral("list")), QStringLiteral("[1,2]"));
        QCOMPARE(model.valueText(QStringLiteral("ok")), QStringLiteral("true"));
        QCOMPARE(model.valueText(QStringLiteral("n")), QStringLiteral("null"));
        model.setNow(start().addSecs(3600));
        model.setObject({});
        QCOMPARE(model.rowCount(), 0);
    }

    void mainWindowHasTheInspectorTab()
    {
        SignedInFixture f;
        const QString id = f.addAccount(QStringLiteral("Work"));
        QVERIFY(f.signIn(id));
        ResourceClient resources(&f.tokens, &f.http);
        MainWindow window(&f.tokens, &resources, &f.http);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(id);
        QCOMPARE(window.tokenInspector()->accountId(), id);
        auto *tabs = child<QTabWidget>(window, "detailTabs");
        tabs->setCurrentWidget(window.tokenInspector());
        QVERIFY(window.tokenInspector()->isVisible());
        QVERIFY(child<QPushButton>(*window.tokenInspector(), "revealButton")->isVisible());
        keepScreenshot(window, "window-inspector");
        // The Tools menu opens the same decoder.
        child<QAction>(window, "decodeJwtAction")->trigger();
        QVERIFY(window.tokenInspector()->decoderDialog());
    }
};

QTEST_MAIN(tst_TokenInspectorWidget)
#include "tst_tokeninspectorwidget.moc"
