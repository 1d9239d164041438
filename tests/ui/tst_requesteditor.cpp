#include "resources/requesteditor.h"

#include "accounts/accountlistmodel.h"
#include "resource/requesthistory.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace OAuthDesk;

using Pairs = QList<QPair<QString, QString>>;

class tst_RequestEditor : public QObject
{
    Q_OBJECT
private:
    static inline const QString Canary = QStringLiteral("fake-canary-token-not-real");

    template <typename T>
    static T *child(const QWidget &widget, const char *name)
    {
        T *found = widget.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child named %s", name);
        return found;
    }

    /// Two accounts, "Work" (id w-1) and "Home" (id h-2), as AccountListModel offers them.
    static QStandardItemModel *accounts(QObject *parent)
    {
        auto *model = new QStandardItemModel(parent);
        for (const auto &[name, id] : { std::pair{ "Work", "w-1" }, std::pair{ "Home", "h-2" } }) {
            auto *item = new QStandardItem(QString::fromLatin1(name));
            item->setData(QString::fromLatin1(id), AccountListModel::AccountIdRole);
            model->appendRow(item);
        }
        return model;
    }

    static void fill(RequestEditor &editor, const QString &method, const QString &url)
    {
        child<QComboBox>(editor, "methodCombo")->setCurrentText(method);
        child<QLineEdit>(editor, "urlEdit")->setText(url);
    }

    static void setTable(QTableWidget *table, const Pairs &rows)
    {
        table->setRowCount(0);
        for (const auto &row : rows) {
            const int r = table->rowCount();
            table->insertRow(r);
            table->setItem(r, 0, new QTableWidgetItem(row.first));
            table->setItem(r, 1, new QTableWidgetItem(row.second));
        }
    }

    static QStringList completions(QCompleter *completer, const QString &prefix)
    {
        completer->setCompletionPrefix(prefix);
        QStringList out;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            out.append(completer->currentCompletion());
        return out;
    }

private Q_SLOTS:
    void noAccountNoSend()
    {
        RequestEditor editor;
        fill(editor, QStringLiteral("GET"), QStringLiteral("https://api.example/me"));
        QVERIFY(!editor.canSend());
        QVERIFY(editor.invalidReason().contains(QStringLiteral("Add an account")));
        QVERIFY(!child<QPushButton>(editor, "sendButton")->isEnabled());
    }

    void accountChoice()
    {
        RequestEditor editor;
        QSignalSpy changed(&editor, &RequestEditor::currentAccountChanged);
        editor.setAccountModel(accounts(&editor));
        QCOMPARE(editor.currentAccountId(), QStringLiteral("w-1"));
        QCOMPARE(editor.currentAccountName(), QStringLiteral("Work"));
        QCOMPARE(changed.size(), 1);
        editor.setCurrentAccount(QStringLiteral("h-2"));
        QCOMPARE(editor.currentAccountId(), QStringLiteral("h-2"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("h-2"));
        editor.setCurrentAccount(QStringLiteral("unknown"));
        QCOMPARE(editor.currentAccountId(), QStringLiteral("h-2"));
    }

    void methods()
    {
        RequestEditor editor;
        auto *combo = child<QComboBox>(editor, "methodCombo");
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items.append(combo->itemText(i));
        QCOMPARE(items,
                 (QStringList{ QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                               QStringLiteral("PATCH"), QStringLiteral("DELETE"),
                               QStringLiteral("HEAD") }));
    }

    void request_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<RequestHistory::BodyKind>("kind");
        QTest::addColumn<QString>("text"); // raw or JSON text
        QTest::addColumn<QString>("contentType"); // the raw Content-Type field
        QTest::addColumn<Pairs>("form");
        QTest::addColumn<Pairs>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("sentType"); // the Content-Type sent

        using K = RequestHistory::BodyKind;
        const Pairs none;
        const Pairs form{ { QStringLiteral("name"), QStringLiteral("Jos\u00e9 & co") },
                          { QStringLiteral("a+b"), QStringLiteral("1=2") } };
        const QByteArray formBody("name=Jos%C3%A9%20%26%20co&a%2Bb=1%3D2");
        QTest::newRow("get") << QStringLiteral("GET") << K::None << QString() << QString() << none
                             << none << QByteArray() << QByteArray();
        QTest::newRow("get ignores a body")
                << QStringLiteral("GET") << K::Raw << QStringLiteral("x")
                << QStringLiteral("text/plain") << none << none << QByteArray() << QByteArray();
        QTest::newRow("head ignores a form")
                << QStringLiteral("HEAD") << K::Form << QString() << QString() << form << none
                << QByteArray() << QByteArray();
        QTest::newRow("delete without body")
                << QStringLiteral("DELETE") << K::None << QStringLiteral("ignored") << QString()
                << none << none << QByteArray() << QByteArray();
        QTest::newRow("post raw") << QStringLiteral("POST") << K::Raw
                                  << QStringLiteral("hello\nw\u00f6rld")
                                  << QStringLiteral("text/plain; charset=utf-8") << none << none
                                  << QByteArray("hello\nw\xc3\xb6rld")
                                  << QByteArray("text/plain; charset=utf-8");
        QTest::newRow("put raw without type")
                << QStringLiteral("PUT") << K::Raw << QStringLiteral("x") << QString() << none
                << none << QByteArray("x") << QByteArray();
        QTest::newRow("patch json")
                << QStringLiteral("PATCH") << K::Json << QStringLiteral("{\"a\": [1, 2]}")
                << QString() << none << none << QByteArray("{\"a\": [1, 2]}")
                << QByteArray("application/json");
        QTest::newRow("json with the user's type")
                << QStringLiteral("POST") << K::Json << QStringLiteral("{}") << QString() << none
                << Pairs{ { QStringLiteral("content-type"),
                            QStringLiteral("application/merge-patch+json") } }
                << QByteArray("{}") << QByteArray("application/merge-patch+json");
        QTest::newRow("post form")
                << QStringLiteral("POST") << K::Form << QString() << QString() << form << none
                << formBody << QByteArray("application/x-www-form-urlencoded");
        QTest::newRow("delete form")
                << QStringLiteral("DELETE") << K::Form << QString() << QString() << form << none
                << formBody << QByteArray("application/x-www-form-urlencoded");
    }
    void request()
    {
        QFETCH(QString, method);
        QFETCH(RequestHistory::BodyKind, kind);
        QFETCH(QString, text);
        QFETCH(QString, contentType);
        QFETCH(Pairs, form);
        QFETCH(Pairs, headers);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, sentType);

        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        // The body first: switching to GET afterwards must drop it.
        fill(editor, QStringLiteral("POST"), QStringLiteral("https://api.example/v1/items?x=1"));
        editor.setBodyKind(kind);
        child<QPlainTextEdit>(editor, "bodyEdit")->setPlainText(text);
        child<QLineEdit>(editor, "contentTypeEdit")->setText(contentType);
        setTable(child<QTableWidget>(editor, "formTable"), form);
        setTable(child<QTableWidget>(editor, "headersTable"), headers);
        child<QComboBox>(editor, "methodCombo")->setCurrentText(method);

        const ResourceRequest request = editor.request();
        QCOMPARE(request.method, method.toLatin1());
        QCOMPARE(request.url, QUrl(QStringLiteral("https://api.example/v1/items?x=1")));
        QCOMPARE(request.body, body);
        QCOMPARE(request.header("Content-Type"), sentType);
        qsizetype contentTypes = 0;
        for (const auto &h : request.headers)
            contentTypes += h.first.compare("Content-Type", Qt::CaseInsensitive) == 0 ? 1 : 0;
        QCOMPARE(contentTypes, sentType.isEmpty() ? 0 : 1);
        QVERIFY2(editor.canSend(), qPrintable(editor.invalidReason()));
        QCOMPARE(child<QWidget>(editor, "bodyArea")->isEnabled(),
                 method != QLatin1String("GET") && method != QLatin1String("HEAD"));
    }

    void jsonValidationDisablesSend()
    {
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        fill(editor, QStringLiteral("POST"), QStringLiteral("https://api.example/items"));
        editor.setBodyKind(RequestHistory::BodyKind::Json);
        auto *send = child<QPushButton>(editor, "sendButton");
        auto *status = child<QLabel>(editor, "jsonStatus");
        auto *body = child<QPlainTextEdit>(editor, "bodyEdit");

        QVERIFY(!send->isEnabled()); // an empty JSON body
        body->setPlainText(QStringLiteral("{\n  \"a\": 1,\n  \"b\": \n}"));
        QVERIFY(!send->isEnabled());
        QVERIFY(!editor.canSend());
        QVERIFY2(status->text().contains(QStringLiteral("line 4")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("offset")));
        QVERIFY(editor.invalidReason().contains(QStringLiteral("Invalid JSON")));
        QSignalSpy sent(&editor, &RequestEditor::sendRequested);
        editor.send();
        QCOMPARE(sent.size(), 0);

        body->setPlainText(QStringLiteral("{\"a\": 1, \"b\": null}"));
        QVERIFY2(send->isEnabled(), qPrintable(editor.invalidReason()));
        QCOMPARE(status->text(), QStringLiteral("Valid JSON"));

        // Invalid JSON does not matter for a method without a body.
        body->setPlainText(QStringLiteral("{"));
        QVERIFY(!send->isEnabled());
        child<QComboBox>(editor, "methodCombo")->setCurrentText(QStringLiteral("GET"));
        QVERIFY(send->isEnabled());
    }

    void headersTable()
    {
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        fill(editor, QStringLiteral("GET"), QStringLiteral("https://api.example/me"));
        auto *table = child<QTableWidget>(editor, "headersTable");
        auto *add = child<QPushButton>(editor, "addHeaderButton");

        add->click();
        QCOMPARE(table->rowCount(), 1);
        table->item(0, 0)->setText(QStringLiteral("Accept"));
        table->item(0, 1)->setText(QStringLiteral("application/json"));
        add->click();
        table->item(1, 0)->setText(QStringLiteral("X-Empty"));
        add->click(); // a row without a name is not sent
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(editor.request().headers,
                 (ResourceRequest::Headers{ { "Accept", "application/json" }, { "X-Empty", "" } }));

        table->setCurrentCell(0, 0);
        child<QPushButton>(editor, "removeHeaderButton")->click();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(editor.request().headers, (ResourceRequest::Headers{ { "X-Empty", "" } }));
        QVERIFY(editor.canSend());

        // The token is OAuthDesk's to add; a header of the user's own is refused.
        table->item(0, 0)->setText(QStringLiteral("Authorization"));
        table->item(0, 1)->setText(QStringLiteral("Bearer x"));
        QVERIFY(!editor.canSend());
        QVERIFY(editor.invalidReason().contains(QStringLiteral("Authorization")));
        table->item(0, 0)->setText(QStringLiteral("Bad Name"));
        QVERIFY(!editor.canSend());
        QVERIFY(editor.invalidReason().contains(QStringLiteral("not a valid header name")));
    }

    void insecureUrlRefusedInline_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("reason");
        QTest::newRow("https") << QStringLiteral("https://api.example/me") << true << QString();
        QTest::newRow("http on the network") << QStringLiteral("http://api.example/me") << false
                                             << QStringLiteral("only to https");
        QTest::newRow("http loopback")
                << QStringLiteral("http://127.0.0.1:8080/me") << true << QString();
        QTest::newRow("http localhost")
                << QStringLiteral("http://localhost:8080/me") << true << QString();
        QTest::newRow("loopback look-alike") << QStringLiteral("http://127.0.0.1.example.com/me")
                                             << false << QStringLiteral("only to https");
        QTest::newRow("user info") << QStringLiteral("https://u:p@api.example/me") << false
                                   << QStringLiteral("only to https");
        QTest::newRow("no scheme")
                << QStringLiteral("api.example/me") << false << QStringLiteral("full URL");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false
                              << QStringLiteral("full URL");
    }
    void insecureUrlRefusedInline()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QFETCH(QString, reason);
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        QSignalSpy sent(&editor, &RequestEditor::sendRequested);
        fill(editor, QStringLiteral("GET"), url);
        auto *error = child<QLabel>(editor, "errorLabel");
        QCOMPARE(editor.canSend(), accepted);
        QCOMPARE(child<QPushButton>(editor, "sendButton")->isEnabled(), accepted);
        QCOMPARE(error->isHidden(), accepted);
        if (!accepted)
            QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
        editor.send();
        QCOMPARE(sent.size(), accepted ? 1 : 0);
    }

    void emptyUrlIsNotAnErrorYet()
    {
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        QVERIFY(!editor.canSend());
        QVERIFY(child<QLabel>(editor, "errorLabel")->isHidden());
    }

    void setEntryRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<ResourceRequest::Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<RequestHistory::BodyKind>("kind");
        using K = RequestHistory::BodyKind;
        QTest::newRow("get") << QByteArray("GET")
                             << QStringLiteral("https://api.example/me?q=a%20b&x=%2B")
                             << ResourceRequest::Headers{ { "Accept", "application/json" } }
                             << QByteArray() << K::None;
        QTest::newRow("raw") << QByteArray("PUT") << QStringLiteral("https://api.example/doc")
                             << ResourceRequest::Headers{ { "X-A", "1" },
                                                          { "Content-Type", "text/csv" } }
                             << QByteArray("a,b\n1,2\n") << K::Raw;
        QTest::newRow("json") << QByteArray("PATCH") << QStringLiteral("https://api.example/doc/1")
                              << ResourceRequest::Headers{} << QByteArray("{\n  \"x\": true\n}")
                              << K::Json;
        QTest::newRow("form") << QByteArray("POST") << QStringLiteral("http://localhost:9000/form")
                              << ResourceRequest::Headers{} << QByteArray("a=1&b=two%20words&c=")
                              << K::Form;
        QTest::newRow("head") << QByteArray("HEAD") << QStringLiteral("https://api.example/big")
                              << ResourceRequest::Headers{} << QByteArray() << K::None;
    }
    void setEntryRoundTrip()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(ResourceRequest::Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(RequestHistory::BodyKind, kind);

        RequestHistory::Entry entry;
        entry.method = method;
        entry.url = QUrl(url);
        entry.headers = headers;
        entry.body = body;
        entry.bodyKind = kind;

        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        editor.setBodyKind(RequestHistory::BodyKind::Json); // some state to be replaced
        child<QPlainTextEdit>(editor, "bodyEdit")->setPlainText(QStringLiteral("{\"old\": 1}"));
        editor.setEntry(entry);
        QCOMPARE(editor.bodyKind(), kind);
        const RequestHistory::Entry back = editor.entry();
        QCOMPARE(back.method, method);
        QCOMPARE(back.url, entry.url);
        QCOMPARE(back.headers, headers);
        QCOMPARE(back.body, body);
        QVERIFY(back.sameRequest(entry));
        QVERIFY2(editor.canSend(), qPrintable(editor.invalidReason()));

        // The request as sent loads back into the same editor state.
        const ResourceRequest sent = editor.request();
        RequestEditor other;
        other.setAccountModel(accounts(&other));
        other.setRequest(sent);
        QCOMPARE(other.request().method, sent.method);
        QCOMPARE(other.request().url, sent.url);
        QCOMPARE(other.request().headers, sent.headers);
        QCOMPARE(other.request().body, sent.body);
        QCOMPARE(other.bodyKind(), kind);
    }

    void urlCompletion()
    {
        QTemporaryDir dir;
        RequestHistory history(dir.filePath(QStringLiteral("requests.json")));
        RequestHistory::Entry e;
        e.url = QUrl(QStringLiteral("https://api.example/v1/me"));
        QVERIFY(!history.record(QStringLiteral("w-1"), e));
        e.url = QUrl(QStringLiteral("https://api.example/v1/items"));
        QVERIFY(!history.save(QStringLiteral("w-1"), QStringLiteral("Items"), e));
        e.url = QUrl(QStringLiteral("https://home.example/api"));
        QVERIFY(!history.record(QStringLiteral("h-2"), e));

        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        editor.setHistory(&history);
        QCompleter *completer = editor.urlCompleter();
        QCOMPARE(child<QLineEdit>(editor, "urlEdit")->completer(), completer);
        QStringList offered = completions(completer, QStringLiteral("https://api"));
        offered.sort();
        QCOMPARE(offered,
                 (QStringList{ QStringLiteral("https://api.example/v1/items"),
                               QStringLiteral("https://api.example/v1/me") }));
        QCOMPARE(completions(completer, QStringLiteral("ITEMS")),
                 QStringList{ QStringLiteral("https://api.example/v1/items") });
        QVERIFY(completions(completer, QStringLiteral("home")).isEmpty());

        editor.setCurrentAccount(QStringLiteral("h-2"));
        QCOMPARE(completions(completer, QStringLiteral("api")),
                 QStringList{ QStringLiteral("https://home.example/api") });

        // A request recorded later is offered at once.
        e.url = QUrl(QStringLiteral("https://home.example/new"));
        QVERIFY(!history.record(QStringLiteral("h-2"), e));
        QCOMPARE(completions(completer, QStringLiteral("new")),
                 QStringList{ QStringLiteral("https://home.example/new") });
    }

    void curlDefaultHasNoToken()
    {
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        int asked = 0;
        editor.setTokenProvider(
                [&asked](const QString &, std::function<void(const QString &)> deliver) {
                    ++asked;
                    deliver(Canary);
                });
        fill(editor, QStringLiteral("POST"), QStringLiteral("https://api.example/items"));
        editor.setBodyKind(RequestHistory::BodyKind::Json);
        child<QPlainTextEdit>(editor, "bodyEdit")->setPlainText(QStringLiteral("{\"a\": 1}"));
        QApplication::clipboard()->clear();
        QSignalSpy copied(&editor, &RequestEditor::curlCopied);

        child<QToolButton>(editor, "curlButton")->click();
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.first().first().toBool(), false);
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text, editor.curlCommand());
        QVERIFY2(text.contains(QStringLiteral("$(oauthdesk token 'Work')")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("'https://api.example/items'")));
        QVERIFY(text.contains(QStringLiteral("Content-Type: application/json")));
        QVERIFY(text.contains(QStringLiteral("--data-raw '{\"a\": 1}'")));
        QVERIFY(!text.contains(Canary));
        QCOMPARE(asked, 0);
        QVERIFY(!editor.findChild<QMessageBox *>());
    }

    void curlIncludeTokenAfterConfirmation()
    {
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        editor.setCurrentAccount(QStringLiteral("h-2"));
        QStringList askedFor;
        editor.setTokenProvider([&askedFor](const QString &accountId,
                                            std::function<void(const QString &)> deliver) {
            askedFor.append(accountId);
            deliver(Canary);
        });
        fill(editor, QStringLiteral("GET"), QStringLiteral("https://api.example/me"));
        child<QAction>(editor, "includeTokenAction")->setChecked(true);
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QSignalSpy copied(&editor, &RequestEditor::curlCopied);

        // Cancelled: nothing asked, nothing copied.
        child<QToolButton>(editor, "curlButton")->click();
        auto *box = editor.findChild<QMessageBox *>(QStringLiteral("includeTokenConfirmation"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(askedFor.isEmpty());
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QTRY_VERIFY(!editor.findChild<QMessageBox *>(QStringLiteral("includeTokenConfirmation")));

        // Confirmed: the token of the chosen account, from the window.
        child<QToolButton>(editor, "curlButton")->click();
        box = editor.findChild<QMessageBox *>(QStringLiteral("includeTokenConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Home")));
        QVERIFY(askedFor.isEmpty());
        child<QPushButton>(*box, "confirmIncludeTokenButton")->click();
        QCOMPARE(askedFor, QStringList{ QStringLiteral("h-2") });
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.first().first().toBool(), true);
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.contains(QStringLiteral("Authorization: Bearer ") + Canary),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("oauthdesk token")));
        QVERIFY(!editor.curlCommand().contains(Canary)); // nothing kept
    }

    void curlTokenOnlyForSecureUrls()
    {
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        int asked = 0;
        editor.setTokenProvider(
                [&asked](const QString &, std::function<void(const QString &)> deliver) {
                    ++asked;
                    deliver(Canary);
                });
        fill(editor, QStringLiteral("GET"), QStringLiteral("http://api.example/me"));
        child<QAction>(editor, "includeTokenAction")->setChecked(true);
        QApplication::clipboard()->setText(QStringLiteral("before"));
        child<QToolButton>(editor, "curlButton")->click();
        QVERIFY(!editor.findChild<QMessageBox *>(QStringLiteral("includeTokenConfirmation")));
        QCOMPARE(asked, 0);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QVERIFY(!child<QLabel>(editor, "requestStatusLabel")->isHidden());
    }

    void curlNoTokenAvailable()
    {
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        editor.setTokenProvider(
                [](const QString &, std::function<void(const QString &)> deliver) { deliver({}); });
        fill(editor, QStringLiteral("GET"), QStringLiteral("https://api.example/me"));
        child<QAction>(editor, "includeTokenAction")->setChecked(true);
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QSignalSpy copied(&editor, &RequestEditor::curlCopied);
        child<QToolButton>(editor, "curlButton")->click();
        auto *box = editor.findChild<QMessageBox *>(QStringLiteral("includeTokenConfirmation"));
        QVERIFY(box);
        child<QPushButton>(*box, "confirmIncludeTokenButton")->click();
        QCOMPARE(copied.size(), 0);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QVERIFY(child<QLabel>(editor, "requestStatusLabel")
                        ->text()
                        .contains(QStringLiteral("sign in")));
    }

    void sendEmitsTheRequest()
    {
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        editor.setCurrentAccount(QStringLiteral("h-2"));
        fill(editor, QStringLiteral("DELETE"), QStringLiteral("https://api.example/items/7"));
        setTable(child<QTableWidget>(editor, "headersTable"),
                 { { QStringLiteral("If-Match"), QStringLiteral("\"v3\"") } });
        QSignalSpy sent(&editor, &RequestEditor::sendRequested);
        child<QPushButton>(editor, "sendButton")->click();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(0).toString(), QStringLiteral("h-2"));
        const auto request = sent.first().at(1).value<ResourceRequest>();
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.url, QUrl(QStringLiteral("https://api.example/items/7")));
        QCOMPARE(request.headers, (ResourceRequest::Headers{ { "If-Match", "\"v3\"" } }));
        QVERIFY(request.body.isEmpty());
        QVERIFY(!request.validate());

        // Ctrl+Return sends too.
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        child<QLineEdit>(editor, "urlEdit")->setFocus();
        QTest::keyClick(child<QLineEdit>(editor, "urlEdit"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sent.size(), 2);
    }

    void busyTogglesSendAndCancel()
    {
        RequestEditor editor;
        editor.setAccountModel(accounts(&editor));
        fill(editor, QStringLiteral("GET"), QStringLiteral("https://api.example/big"));
        auto *send = child<QPushButton>(editor, "sendButton");
        auto *cancel = child<QPushButton>(editor, "requestCancelButton");
        auto *progress = child<QProgressBar>(editor, "progressBar");
        QVERIFY(send->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(progress->isHidden());

        QSignalSpy busy(&editor, &RequestEditor::busyChanged);
        QSignalSpy sent(&editor, &RequestEditor::sendRequested);
        QSignalSpy cancelled(&editor, &RequestEditor::cancelRequested);
        editor.setBusy(true);
        QCOMPARE(busy.size(), 1);
        QVERIFY(editor.isBusy());
        QVERIFY(!send->isEnabled());
        QVERIFY(cancel->isEnabled());
        QVERIFY(!progress->isHidden());
        QCOMPARE(progress->maximum(), 0); // busy indicator
        editor.send();
        QCOMPARE(sent.size(), 0);
        // Editing while busy does not enable Send.
        child<QLineEdit>(editor, "urlEdit")->setText(QStringLiteral("https://api.example/other"));
        QVERIFY(!send->isEnabled());

        editor.setProgress(5LL * 1024 * 1024 * 1024, 20LL * 1024 * 1024 * 1024); // beyond an int
        QCOMPARE(progress->maximum(), 1000);
        QCOMPARE(progress->value(), 250);
        editor.setProgress(1024, -1);
        QCOMPARE(progress->maximum(), 0);

        cancel->click();
        QCOMPARE(cancelled.size(), 1);
        editor.setBusy(false);
        QCOMPARE(busy.size(), 2);
        QVERIFY(send->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(progress->isHidden());
    }

    void historyNote()
    {
        RequestEditor editor;
        auto *note = child<QLabel>(editor, "historyNote");
        QVERIFY(note->isHidden());
        editor.showHistoryNote({ QStringLiteral("the value of access_token in the URL") });
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("access_token")));
        editor.showHistoryNote({});
        QVERIFY(note->isHidden());
    }
};

QTEST_MAIN(tst_RequestEditor)
#include "tst_requesteditor.moc"
