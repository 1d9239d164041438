#pragma once

#include "accounts/accountlistmodel.h"
#include "resources/requesteditor.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QSplitter;
class QVBoxLayout;

namespace OAuthDesk {

class RequestHistoryView;

/**
 * The "Resources" tab: the request editor, the account's history and saved requests beside it, and
 * a place under the editor for the response (setResponseWidget()).
 *
 * The pane keeps the history itself: each request it emits with sendRequested() is recorded
 * (without tokens or secrets, see RequestHistory) and the editor says what was not kept. The window
 * only sends: on sendRequested() it calls ResourceClient::send(), drives setBusy() and
 * setProgress(), and on cancelRequested() calls ResourceClient::cancel().
 */
class ResourceBrowserPane : public QWidget
{
    Q_OBJECT
public:
    /// `history` is loaded by the caller and outlives the pane.
    explicit ResourceBrowserPane(RequestHistory *history, QWidget *parent = nullptr);

    RequestEditor *editor() const { return m_editor; }
    RequestHistoryView *historyView() const { return m_historyView; }

    /// The accounts to choose from (an AccountListModel, or any model with the id in `idRole`).
    void setAccountModel(QAbstractItemModel *model, int idRole = AccountListModel::AccountIdRole);
    QString currentAccountId() const { return m_editor->currentAccountId(); }
    void setCurrentAccount(const QString &accountId) { m_editor->setCurrentAccount(accountId); }
    /// How "Copy as curl" with "Include the access token" gets the token (after the user
    /// confirmed).
    void setTokenProvider(RequestEditor::TokenProvider provider)
    {
        m_editor->setTokenProvider(std::move(provider));
    }
    /// Puts a widget (the response view) under the editor; the pane takes it. Null removes it.
    void setResponseWidget(QWidget *widget);
    QWidget *responseWidget() const { return m_response; }

public Q_SLOTS:
    void setBusy(bool busy) { m_editor->setBusy(busy); }
    void setProgress(qint64 received, qint64 total) { m_editor->setProgress(received, total); }

Q_SIGNALS:
    void sendRequested(const QString &accountId, const OAuthDesk::ResourceRequest &request);
    void cancelRequested();
    void currentAccountChanged(const QString &accountId);

private:
    void saveCurrent(const QString &name);

    QPointer<RequestHistory> m_history;
    RequestEditor *m_editor;
    RequestHistoryView *m_historyView;
    QSplitter *m_rightSplitter;
    QPointer<QWidget> m_response;
};

} // namespace OAuthDesk
