#pragma once

#include "accounts/accountlistmodel.h"
#include "resource/requesthistory.h"
#include "resource/resourceclient.h"
#include "resources/curlcopybutton.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStringListModel;
class QTabWidget;

namespace OAuthDesk {

class KeyValueTable;
class RequestBodyEditor;

/**
 * The "Request" editor of the Resources tab: what to ask a protected resource, with which account.
 *
 * Account, method, URL (completed from the account's RequestHistory), a headers table and a body
 * that is raw text with a Content-Type, JSON (checked as it is typed) or form fields (encoded as
 * HttpClient::formEncode does). GET and HEAD have no body. The editor never holds a token: the
 * window's ResourceClient adds it, as the Authorization header, to https or loopback origins only;
 * requests that ResourceRequest::validate() refuses (an http:// URL on the network, an
 * Authorization header of the user's own…) say why under the URL, and Send stays disabled.
 *
 * Send emits sendRequested(); the window sends, then drives setBusy() and setProgress().
 *
 * "Copy as curl" (CurlCopyButton) copies the command with `$(oauthdesk token NAME)` in place of the
 * token, or with the token itself after a confirmation, asked of the window through the
 * TokenProvider.
 */
class RequestEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy WRITE setBusy NOTIFY busyChanged)
    Q_PROPERTY(bool canSend READ canSend NOTIFY validityChanged)
    Q_PROPERTY(QString invalidReason READ invalidReason NOTIFY validityChanged)
    Q_PROPERTY(QString currentAccountId READ currentAccountId WRITE setCurrentAccount NOTIFY
                       currentAccountChanged)
public:
    using BodyKind = RequestHistory::BodyKind;
    /// Hands the account's access token to `deliver` (once; an empty token when there is none).
    using TokenProvider = CurlCopyButton::TokenProvider;

    explicit RequestEditor(QWidget *parent = nullptr);

    /// The accounts to choose from: the display text is the name, `idRole` the id.
    void setAccountModel(QAbstractItemModel *model, int idRole = AccountListModel::AccountIdRole);
    QString currentAccountId() const;
    QString currentAccountName() const;
    void setCurrentAccount(const QString &accountId);

    /// Where the URL completion comes from; may be null.
    void setHistory(RequestHistory *history);
    QCompleter *urlCompleter() const { return m_completer; }

    /// The request as Send would send it: the body only for methods that carry one, with a
    /// Content-Type for JSON and form bodies unless a header gives one.
    ResourceRequest request() const;
    /// The request as the history keeps it: the headers as given (with the raw Content-Type) and
    /// the body kind.
    RequestHistory::Entry entry() const;
    /// Loads a request (a history entry or a saved one) into the editor.
    void setEntry(const RequestHistory::Entry &entry);
    void setRequest(const ResourceRequest &request);
    BodyKind bodyKind() const;
    void setBodyKind(BodyKind kind);

    bool canSend() const { return m_invalidReason.isEmpty(); }
    /// Why Send is disabled, in plain words; empty when the request can be sent.
    QString invalidReason() const { return m_invalidReason; }
    bool isBusy() const { return m_busy; }

    /// The "Copy as curl" text: with `$(oauthdesk token NAME)`, or with `token` when
    /// `includeToken`.
    QString curlCommand(bool includeToken = false, const QString &token = {}) const;
    void setTokenProvider(TokenProvider provider);

    /// Says what the history did not keep of the request ("Not kept in the history: …"); an empty
    /// list hides the note.
    void showHistoryNote(const QStringList &stripped);
    /// A line under the editor for what happened (copied, saved, an error).
    void showStatus(const QString &text, bool error = false);

public Q_SLOTS:
    /// Emits sendRequested() when the request can be sent and nothing is running.
    void send();
    void setBusy(bool busy);
    /// Bytes received and the total (-1 when unknown: a busy indicator).
    void setProgress(qint64 received, qint64 total);
    /// Copies the request as a curl command; with the token only after a confirmation.
    void copyAsCurl();

Q_SIGNALS:
    void sendRequested(const QString &accountId, const OAuthDesk::ResourceRequest &request);
    void cancelRequested();
    void busyChanged(bool busy);
    void validityChanged();
    void currentAccountChanged(const QString &accountId);
    /// A curl command was put on the clipboard.
    void curlCopied(bool withToken);

private:
    ResourceRequest::Headers tableHeaders() const;
    bool methodHasBody() const;
    void updateCompletions();
    void validate();

    QPointer<RequestHistory> m_history;
    int m_idRole = AccountListModel::AccountIdRole;
    bool m_busy = false;
    QString m_invalidReason;
    QString m_lastAccountId;

    QComboBox *m_accountCombo;
    QComboBox *m_methodCombo;
    QLineEdit *m_urlEdit;
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
    QPushButton *m_sendButton;
    QPushButton *m_cancelButton;
    CurlCopyButton *m_curlButton;
    QLabel *m_errorLabel;
    QTabWidget *m_tabs;
    KeyValueTable *m_headersTable;
    RequestBodyEditor *m_body;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    QLabel *m_historyNote;
};

} // namespace OAuthDesk
