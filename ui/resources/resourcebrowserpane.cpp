#include "resourcebrowserpane.h"

#include "resources/requesthistoryview.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace OAuthDesk {

ResourceBrowserPane::ResourceBrowserPane(RequestHistory *history, QWidget *parent)
    : QWidget(parent), m_history(history)
{
    setObjectName(QStringLiteral("resourceBrowserPane"));

    m_editor = new RequestEditor(this);
    m_editor->setHistory(history);
    m_historyView = new RequestHistoryView(history, this);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("responseSplitter"));
    m_rightSplitter->setChildrenCollapsible(false);
    m_rightSplitter->addWidget(m_editor);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_historyView);
    splitter->addWidget(m_rightSplitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes(
            { 220, 780 }); // the history is a side list; the request and its answer get the room

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_editor, &RequestEditor::currentAccountChanged, this,
            [this](const QString &accountId) {
                m_historyView->setAccount(accountId);
                Q_EMIT currentAccountChanged(accountId);
            });
    connect(m_editor, &RequestEditor::sendRequested, this,
            [this](const QString &accountId, const ResourceRequest &request) {
                if (m_history) {
                    QStringList stripped;
                    const Error error = m_history->record(accountId, m_editor->entry(), &stripped);
                    m_editor->showHistoryNote(stripped);
                    if (error)
                        m_editor->showStatus(tr("The request was not added to the history: %1")
                                                     .arg(error.message()),
                                             true);
                }
                Q_EMIT sendRequested(accountId, request);
            });
    connect(m_editor, &RequestEditor::cancelRequested, this, &ResourceBrowserPane::cancelRequested);
    connect(m_historyView, &RequestHistoryView::openRequested, m_editor, &RequestEditor::setEntry);
    connect(m_historyView, &RequestHistoryView::rerunRequested, this,
            [this](const RequestHistory::Entry &entry) {
                m_editor->setEntry(entry);
                if (m_editor->isBusy())
                    m_editor->showStatus(
                            tr("A request is still running: cancel it or wait, then send again."),
                            true);
                else if (!m_editor->canSend())
                    m_editor->showStatus(m_editor->invalidReason(), true);
                else
                    m_editor->send();
            });
    connect(m_historyView, &RequestHistoryView::saveRequested, this,
            &ResourceBrowserPane::saveCurrent);

    m_historyView->setAccount(m_editor->currentAccountId());
}

void ResourceBrowserPane::setAccountModel(QAbstractItemModel *model, int idRole)
{
    m_editor->setAccountModel(model, idRole);
    m_historyView->setAccount(m_editor->currentAccountId());
}

void ResourceBrowserPane::setResponseWidget(QWidget *widget)
{
    if (m_response == widget)
        return;
    if (m_response)
        m_response->deleteLater();
    m_response = widget;
    if (widget) {
        m_rightSplitter->addWidget(widget);
        m_rightSplitter->setStretchFactor(0, 1);
        m_rightSplitter->setStretchFactor(1, 2);
    }
}

void ResourceBrowserPane::saveCurrent(const QString &name)
{
    if (!m_history)
        return;
    const QString accountId = m_editor->currentAccountId();
    QStringList stripped;
    const Error error = m_history->save(accountId, name, m_editor->entry(), &stripped);
    m_editor->showHistoryNote(stripped);
    if (error)
        m_editor->showStatus(tr("The request was not saved: %1").arg(error.message()), true);
    else
        m_editor->showStatus(tr("Saved as \u201c%1\u201d.").arg(name.trimmed()));
}

} // namespace OAuthDesk
