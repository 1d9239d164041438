#include "resources/requesthistoryview.h"

#include "accounts/accountlistmodel.h"
#include "resources/requesteditor.h"
#include "resources/resourcebrowserpane.h"

#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace OAuthDesk;

class tst_RequestHistoryView : public QObject
{
    Q_OBJECT
private:
    static inline const QByteArray Canary = QByteArrayLiteral("fake-canary-token-not-real");

    template <typename T>
    static T *child(const QWidget &widget, const char *name)
    {
        T *found = widget.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child named %s", name);
        return found;
    }

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

    static RequestHistory::Entry entry(const QByteArray &method, const QString &url)
    {
        RequestHistory::Entry e;
        e.method = method;
        e.url = QUrl(url);
        return e;
    }

    static QStringList texts(const QListWidget *list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out.append(list->item(i)->text());
        return out;
    }

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("requests.json")); }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void listsFollowTheHistory()
    {
        RequestHistory history(path());
        RequestHistoryView view(&history);
        auto *historyList = child<QListWidget>(view, "historyList");
        auto *savedList = child<QListWidget>(view, "savedList");
        QVERIFY(!child<QPushButton>(view, "saveButton")->isEnabled()); // no account yet

        view.setAccount(QStringLiteral("w-1"));
        QVERIFY(!history.record(QStringLiteral("w-1"),
                                entry("GET", QStringLiteral("https://api.example/a"))));
        QVERIFY(!history.record(QStringLiteral("w-1"),
                                entry("POST", QStringLiteral("https://api.example/b"))));
        QVERIFY(!history.record(QStringLiteral("h-2"),
                                entry("GET", QStringLiteral("https://home.example/"))));
        QVERIFY(!history.save(QStringLiteral("w-1"), QStringLiteral("Mine"),
                              entry("GET", QStringLiteral("https://api.example/me"))));
        QCOMPARE(texts(historyList),
                 (QStringList{ QStringLiteral("POST https://api.example/b"),
                               QStringLiteral("GET https://api.example/a") }));
        QCOMPARE(texts(savedList), QStringList{ QStringLiteral("Mine") });
        QVERIFY(child<QPushButton>(view, "saveButton")->isEnabled());
        QVERIFY(!child<QPushButton>(view, "rerunButton")->isEnabled()); // nothing selected

        view.setAccount(QStringLiteral("h-2"));
        QCOMPARE(texts(historyList), QStringList{ QStringLiteral("GET https://home.example/") });
        QCOMPARE(savedList->count(), 0);

        // Delete removes the selected history entry.
        view.setCurrentRow(0);
        QVERIFY(child<QPushButton>(view, "deleteButton")->isEnabled());
        child<QPushButton>(view, "deleteButton")->click();
        QVERIFY(history.history(QStringLiteral("h-2")).isEmpty());
        QCOMPARE(historyList->count(), 0);
    }

    void rerunLoadsAndSends()
    {
        RequestHistory history(path());
        RequestHistory::Entry post = entry("POST", QStringLiteral("https://api.example/items"));
        post.headers = { { "X-Request-Id", "42" } };
        post.body = QByteArrayLiteral("{\"name\": \"x\"}");
        post.bodyKind = RequestHistory::BodyKind::Json;
        QVERIFY(!history.record(QStringLiteral("h-2"), post));
        QVERIFY(!history.record(QStringLiteral("h-2"),
                                entry("GET", QStringLiteral("https://api.example/me"))));

        ResourceBrowserPane pane(&history);
        pane.setAccountModel(accounts(&pane));
        pane.setCurrentAccount(QStringLiteral("h-2"));
        RequestEditor *editor = pane.editor();
        RequestHistoryView *view = pane.historyView();
        QCOMPARE(view->accountId(), QStringLiteral("h-2"));
        auto *historyList = child<QListWidget>(*view, "historyList");
        QCOMPARE(historyList->count(), 2);
        QSignalSpy sent(&pane, &ResourceBrowserPane::sendRequested);

        // Open (and a double-click) loads without sending.
        view->setCurrentRow(1);
        child<QPushButton>(*view, "openButton")->click();
        QCOMPARE(child<QComboBox>(*editor, "methodCombo")->currentText(), QStringLiteral("POST"));
        QCOMPARE(child<QLineEdit>(*editor, "urlEdit")->text(),
                 QStringLiteral("https://api.example/items"));
        QCOMPARE(editor->bodyKind(), RequestHistory::BodyKind::Json);
        QCOMPARE(child<QPlainTextEdit>(*editor, "bodyEdit")->toPlainText(),
                 QStringLiteral("{\"name\": \"x\"}"));
        QCOMPARE(sent.size(), 0);
        child<QLineEdit>(*editor, "urlEdit")->clear();
        Q_EMIT historyList->itemDoubleClicked(historyList->item(1));
        QCOMPARE(child<QLineEdit>(*editor, "urlEdit")->text(),
                 QStringLiteral("https://api.example/items"));
        QCOMPARE(sent.size(), 0);

        // Re-run loads and sends.
        view->setCurrentRow(1);
        child<QPushButton>(*view, "rerunButton")->click();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(0).toString(), QStringLiteral("h-2"));
        const auto request = sent.first().at(1).value<ResourceRequest>();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url, QUrl(QStringLiteral("https://api.example/items")));
        QCOMPARE(request.body, post.body);
        QCOMPARE(request.header("X-Request-Id"), QByteArray("42"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        // ...and the re-run request moved to the top of the history, not repeated.
        QCOMPARE(history.history(QStringLiteral("h-2")).size(), 2);
        QCOMPARE(history.history(QStringLiteral("h-2")).first().url, post.url);
        QCOMPARE(historyList->item(0)->text(), QStringLiteral("POST https://api.example/items"));

        // Not while another request runs.
        pane.setBusy(true);
        view->setCurrentRow(1);
        child<QPushButton>(*view, "rerunButton")->click();
        QCOMPARE(sent.size(), 1);
    }

    void sendRecordsWithoutSecrets()
    {
        RequestHistory history(path());
        ResourceBrowserPane pane(&history);
        pane.setAccountModel(accounts(&pane));
        RequestEditor *editor = pane.editor();
        auto *note = child<QLabel>(*editor, "historyNote");
        QSignalSpy sent(&pane, &ResourceBrowserPane::sendRequested);

        child<QLineEdit>(*editor, "urlEdit")
                ->setText(QStringLiteral("https://api.example/me?access_token=")
                          + QString::fromLatin1(Canary));
        editor->send();
        QCOMPARE(sent.size(), 1);
        // What is sent is what the user asked for; what is kept is not.
        QVERIFY(sent.first().at(1).value<ResourceRequest>().url.toString().contains(
                QString::fromLatin1(Canary)));
        QCOMPARE(history.history(QStringLiteral("w-1")).size(), 1);
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QStringLiteral("access_token")), qPrintable(note->text()));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("api.example/me"));
        QVERIFY(!bytes.contains(Canary));

        // A clean request clears the note.
        child<QLineEdit>(*editor, "urlEdit")->setText(QStringLiteral("https://api.example/me"));
        editor->send();
        QVERIFY(note->isHidden());
    }

    void saveWithName()
    {
        {
            RequestHistory history(path());
            ResourceBrowserPane pane(&history);
            pane.setAccountModel(accounts(&pane));
            RequestEditor *editor = pane.editor();
            RequestHistoryView *view = pane.historyView();
            child<QComboBox>(*editor, "methodCombo")->setCurrentText(QStringLiteral("PUT"));
            child<QLineEdit>(*editor, "urlEdit")
                    ->setText(QStringLiteral("https://api.example/doc"));
            editor->setBodyKind(RequestHistory::BodyKind::Raw);
            child<QLineEdit>(*editor, "contentTypeEdit")->setText(QStringLiteral("text/csv"));
            child<QPlainTextEdit>(*editor, "bodyEdit")->setPlainText(QStringLiteral("a,b\n"));

            child<QPushButton>(*view, "saveButton")->click();
            auto *dialog = view->findChild<QInputDialog *>(QStringLiteral("saveNameDialog"));
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            dialog->setTextValue(QStringLiteral("  Upload CSV "));
            dialog->accept();

            const auto saved =
                    history.findSaved(QStringLiteral("w-1"), QStringLiteral("Upload CSV"));
            QVERIFY(saved);
            QCOMPARE(saved->method, QByteArray("PUT"));
            QCOMPARE(saved->body, QByteArray("a,b\n"));
            QCOMPARE(saved->bodyKind, RequestHistory::BodyKind::Raw);
            QCOMPARE(texts(child<QListWidget>(*view, "savedList")),
                     QStringList{ QStringLiteral("Upload CSV") });
            QVERIFY(history.history(QStringLiteral("w-1")).isEmpty()); // saving is not sending

            // The same name replaces; the dialog offers the selected name.
            child<QLineEdit>(*editor, "urlEdit")
                    ->setText(QStringLiteral("https://api.example/doc2"));
            view->setCurrentSection(RequestHistoryView::Section::Saved);
            view->setCurrentRow(0);
            child<QPushButton>(*view, "saveButton")->click();
            QTRY_VERIFY(view->findChildren<QInputDialog *>(QStringLiteral("saveNameDialog")).size()
                        == 1);
            dialog = view->findChild<QInputDialog *>(QStringLiteral("saveNameDialog"));
            QCOMPARE(dialog->textValue(), QStringLiteral("Upload CSV"));
            dialog->accept();
            QCOMPARE(history.saved(QStringLiteral("w-1")).size(), 1);
            QCOMPARE(history.saved(QStringLiteral("w-1")).first().url,
                     QUrl(QStringLiteral("https://api.example/doc2")));
        }

        // A new instance reads it back, and the saved request loads into a new editor.
        RequestHistory history(path());
        QVERIFY(!history.load());
        ResourceBrowserPane pane(&history);
        pane.setAccountModel(accounts(&pane));
        RequestHistoryView *view = pane.historyView();
        QCOMPARE(texts(child<QListWidget>(*view, "savedList")),
                 QStringList{ QStringLiteral("Upload CSV") });
        view->setCurrentSection(RequestHistoryView::Section::Saved);
        view->setCurrentRow(0);
        child<QPushButton>(*view, "openButton")->click();
        const ResourceRequest request = pane.editor()->request();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.url, QUrl(QStringLiteral("https://api.example/doc2")));
        QCOMPARE(request.header("Content-Type"), QByteArray("text/csv"));
        QCOMPARE(request.body, QByteArray("a,b\n"));

        // Delete removes the saved one, for good.
        child<QPushButton>(*view, "deleteButton")->click();
        QVERIFY(history.saved(QStringLiteral("w-1")).isEmpty());
        RequestHistory third(path());
        QVERIFY(!third.load());
        QVERIFY(third.saved(QStringLiteral("w-1")).isEmpty());
    }

    void cancelledSaveSavesNothing()
    {
        RequestHistory history(path());
        ResourceBrowserPane pane(&history);
        pane.setAccountModel(accounts(&pane));
        child<QLineEdit>(*pane.editor(), "urlEdit")
                ->setText(QStringLiteral("https://api.example/x"));
        child<QPushButton>(*pane.historyView(), "saveButton")->click();
        auto *dialog =
                pane.historyView()->findChild<QInputDialog *>(QStringLiteral("saveNameDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Nope"));
        dialog->reject();
        QVERIFY(history.saved(QStringLiteral("w-1")).isEmpty());
    }

    void accountSwitchFollowsTheEditor()
    {
        RequestHistory history(path());
        QVERIFY(!history.record(QStringLiteral("h-2"),
                                entry("GET", QStringLiteral("https://home.example/"))));
        ResourceBrowserPane pane(&history);
        QSignalSpy changed(&pane, &ResourceBrowserPane::currentAccountChanged);
        pane.setAccountModel(accounts(&pane));
        QCOMPARE(pane.historyView()->accountId(), QStringLiteral("w-1"));
        QCOMPARE(child<QListWidget>(*pane.historyView(), "historyList")->count(), 0);
        child<QComboBox>(*pane.editor(), "accountCombo")->setCurrentIndex(1);
        QCOMPARE(pane.currentAccountId(), QStringLiteral("h-2"));
        QCOMPARE(pane.historyView()->accountId(), QStringLiteral("h-2"));
        QCOMPARE(child<QListWidget>(*pane.historyView(), "historyList")->count(), 1);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("h-2"));

        // Forgetting an account empties its lists.
        QVERIFY(!history.removeAccount(QStringLiteral("h-2")));
        QCOMPARE(child<QListWidget>(*pane.historyView(), "historyList")->count(), 0);
    }

    void responseWidgetSlot()
    {
        RequestHistory history(path());
        ResourceBrowserPane pane(&history);
        QSignalSpy cancelled(&pane, &ResourceBrowserPane::cancelRequested);
        auto *response = new QLabel(QStringLiteral("response"));
        pane.setResponseWidget(response);
        QCOMPARE(pane.responseWidget(), response);
        QVERIFY(pane.isAncestorOf(response));
        pane.setBusy(true);
        QVERIFY(pane.editor()->isBusy());
        child<QPushButton>(*pane.editor(), "requestCancelButton")->click();
        QCOMPARE(cancelled.size(), 1);
    }
};

QTEST_MAIN(tst_RequestHistoryView)
#include "tst_requesthistoryview.moc"
