#pragma once

#include "resources/responsebodyloader.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTabWidget;
class QTableWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace OAuthDesk {

class ImagePreview;
class JsonTreeModel;
class RawBodyView;

/**
 * One HTTP response of the protected-resource browser: a status line ("200 OK · 123 ms · 4.5 KiB")
 * with the final URL, the headers as a table, and the body in tabs: JSON (a tree with search, Copy
 * Value and Copy JSON Path), Raw (pretty-printed JSON or XML, other text as it came, binary as hex)
 * and Image (for image types). Only the tabs that fit the content are enabled. It knows nothing of
 * the network: the caller hands it what a reply said.
 *
 * Parsing, pretty-printing and decoding run on a worker thread (ResponseBodyLoader) while a busy
 * bar shows; a newer response supersedes one still loading. A large JSON document's tree shows
 * while it is parsed, its biggest array growing as its elements come in. Big documents stay usable:
 * the tree's items are made only as rows are shown or expanded (JsonTreeModel), search runs on a
 * worker, and the raw view gets at most a few MiB of text (it says when it shows only the
 * beginning), only when its tab is first opened, and a piece per turn of the event loop. A 50 MB
 * JSON body costs several hundred MB of memory while it is shown.
 */
class ResponseView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString messageText READ messageText NOTIFY messageTextChanged)
public:
    enum class Tab { Json, Raw, Image };
    Q_ENUM(Tab)
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;

    /// Shows a response; the body is processed on a worker thread, loadFinished() says when it
    /// shows. `reasonPhrase` may be empty; a negative `elapsedMs` leaves the time out.
    void setResponse(int status, const QByteArray &reasonPhrase, qint64 elapsedMs,
                     const QUrl &finalUrl, const Headers &headers, const QByteArray &body);
    /// Shows nothing (and drops a load in progress).
    void clear();
    bool isLoading() const;

    /// "200 OK · 123 ms · 4.5 KiB"; empty when cleared.
    QString statusText() const { return m_statusText; }
    /// A parse or decode error about the body; empty when none.
    QString messageText() const { return m_messageText; }
    /// The note above the raw text when it shows only the beginning; empty otherwise.
    QString truncationText() const;

    bool isTabEnabled(Tab tab) const;
    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    /// The most UTF-8 bytes the raw view is given (ResponseBodyLoader::DefaultTextLimit unless
    /// set).
    void setTextLimit(qsizetype bytes);

    /// Starts a search at once (typing in the field waits for a pause first).
    void setSearchText(const QString &text);
    /// How many items the last search found, and which (from 0) is selected; -1 when none.
    int matchCount() const;
    int currentMatch() const { return m_currentMatch; }

    JsonTreeModel *jsonModel() const { return m_model; }
    QTreeView *jsonTree() const { return m_tree; }
    QPlainTextEdit *rawView() const;
    QTableWidget *headersTable() const { return m_headers; }
    QAction *copyValueAction() const { return m_copyValueAction; }
    QAction *copyPathAction() const { return m_copyPathAction; }
    /// The decoded image while the Image tab is enabled.
    QImage image() const;

public Q_SLOTS:
    /// Puts the selected JSON item's value on the clipboard: compact JSON, or a scalar's text.
    void copyValue();
    /// Puts the selected JSON item's path (`$.items[3].name`) on the clipboard.
    void copyJsonPath();
    void findNext();
    void findPrevious();

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// The response given to setResponse() shows in full (tree, raw text, image as they apply).
    void loadFinished();
    void statusTextChanged(const QString &text);
    void messageTextChanged(const QString &text);

private:
    void applyResult(const ResponseBodyLoader::Result &result);
    void applyPartialResult(const ResponseBodyLoader::Result &result);
    void setMessage(const QString &text);
    void setStatusText(const QString &text);
    void resetBody();
    void fillRawViewIfShown();
    void updateActions();
    void searchFinished();
    void showMatch();
    void updateMatchLabel();

    ResponseBodyLoader *m_loader;
    JsonTreeModel *m_model;
    QString m_statusText;
    QString m_messageText;
    int m_currentMatch = -1;
    bool m_showsPartial = false; ///< the tree shows a document that is still loading

    QLabel *m_statusLabel;
    QLabel *m_urlLabel;
    QProgressBar *m_busyBar;
    QLabel *m_message;
    QTableWidget *m_headers;
    QTabWidget *m_tabs;
    QWidget *m_jsonPage;
    QLineEdit *m_searchField;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_matchLabel;
    QTimer *m_searchDelay;
    QTreeView *m_tree;
    RawBodyView *m_rawView;
    ImagePreview *m_imagePreview;
    QAction *m_copyValueAction;
    QAction *m_copyPathAction;
};

} // namespace OAuthDesk
