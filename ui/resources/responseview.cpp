#include "responseview.h"

#include "resources/imagepreview.h"
#include "resources/jsontreemodel.h"
#include "resources/rawbodyview.h"
#include "widgets/theme.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace OAuthDesk {

namespace {

QLabel *makeLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent), m_loader(new ResponseBodyLoader(this)), m_model(new JsonTreeModel(this))
{
    setObjectName(QStringLiteral("responseView"));

    m_statusLabel = makeLabel("responseStatus");
    QFont statusFont = m_statusLabel->font();
    statusFont.setBold(true);
    m_statusLabel->setFont(statusFont);
    m_urlLabel = makeLabel("responseUrl");
    m_urlLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(QStringLiteral("responseBusy"));
    m_busyBar->setRange(0, 0); // no measure of progress: it only says that work goes on
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setAccessibleName(tr("Reading the response"));
    m_busyBar->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel);
    statusRow->addWidget(m_urlLabel, 1);
    statusRow->addWidget(m_busyBar);

    m_message = makeLabel("responseMessage");
    m_message->setWordWrap(true);
    Theme::apply(m_message, Theme::Style::ErrorBanner);
    m_message->hide();

    m_headers = new QTableWidget(0, 2);
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value") });
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->verticalHeader()->hide();
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setWordWrap(false);

    // JSON: the tree, with search above it.
    m_model->setObjectName(QStringLiteral("jsonModel"));
    m_searchField = new QLineEdit;
    m_searchField->setObjectName(QStringLiteral("jsonSearch"));
    m_searchField->setAccessibleName(tr("Find in response"));
    m_searchField->setPlaceholderText(tr("Find in keys and values"));
    m_searchField->setClearButtonEnabled(true);
    m_previousButton = new QToolButton;
    m_previousButton->setObjectName(QStringLiteral("jsonPreviousMatch"));
    m_previousButton->setText(tr("Previous"));
    m_previousButton->setToolTip(tr("Previous match (Shift+Enter)"));
    m_nextButton = new QToolButton;
    m_nextButton->setObjectName(QStringLiteral("jsonNextMatch"));
    m_nextButton->setText(tr("Next"));
    m_nextButton->setToolTip(tr("Next match (Enter)"));
    m_matchLabel = makeLabel("jsonMatches");
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchField, 1);
    searchRow->addWidget(m_matchLabel);
    searchRow->addWidget(m_previousButton);
    searchRow->addWidget(m_nextButton);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setAccessibleName(tr("Response as a JSON tree"));
    // Uniform heights let the view lay out half a million rows without asking each for its size;
    // sizing columns to their contents would read every row, so the widths are fixed ones.
    m_tree->setUniformRowHeights(true);
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 220);
    m_tree->header()->resizeSection(JsonTreeModel::ValueColumn, 360);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_copyValueAction = new QAction(tr("Copy Value"), this);
    m_copyValueAction->setObjectName(QStringLiteral("copyValueAction"));
    m_copyValueAction->setShortcut(QKeySequence::Copy);
    m_copyValueAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyPathAction = new QAction(tr("Copy JSON Path"), this);
    m_copyPathAction->setObjectName(QStringLiteral("copyPathAction"));
    m_copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPathAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(m_copyValueAction);
    m_tree->addAction(m_copyPathAction);

    m_jsonPage = new QWidget;
    auto *jsonLayout = new QVBoxLayout(m_jsonPage);
    jsonLayout->addLayout(searchRow);
    jsonLayout->addWidget(m_tree, 1);

    m_rawView = new RawBodyView;
    m_imagePreview = new ImagePreview;

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->addTab(m_jsonPage, tr("JSON"));
    m_tabs->addTab(m_rawView, tr("Raw"));
    m_tabs->addTab(m_imagePreview, tr("Image"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_headers);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_loader, &ResponseBodyLoader::loaded, this, &ResponseView::applyResult);
    connect(m_loader, &ResponseBodyLoader::partiallyLoaded, this,
            &ResponseView::applyPartialResult);
    connect(m_loader, &ResponseBodyLoader::loadingChanged, this, [this](bool loading) {
        m_busyBar->setVisible(loading);
        Q_EMIT loadingChanged(loading);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ResponseView::fillRawViewIfShown);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResponseView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResponseView::updateActions);
    connect(m_copyValueAction, &QAction::triggered, this, &ResponseView::copyValue);
    connect(m_copyPathAction, &QAction::triggered, this, &ResponseView::copyJsonPath);
    connect(m_searchField, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->startSearch(m_searchField->text()); });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive()) { // Enter before the pause: search now
            m_searchDelay->stop();
            m_model->startSearch(m_searchField->text());
        } else if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier) {
            findPrevious();
        } else {
            findNext();
        }
    });
    connect(m_nextButton, &QToolButton::clicked, this, &ResponseView::findNext);
    connect(m_previousButton, &QToolButton::clicked, this, &ResponseView::findPrevious);
    connect(m_model, &JsonTreeModel::searchFinished, this, &ResponseView::searchFinished);
    connect(m_model, &JsonTreeModel::searchingChanged, this, &ResponseView::updateMatchLabel);

    clear();
}

ResponseView::~ResponseView() = default;

void ResponseView::setResponse(int status, const QByteArray &reasonPhrase, qint64 elapsedMs,
                               const QUrl &finalUrl, const Headers &headers, const QByteArray &body)
{
    resetBody();

    QStringList parts{ QString::number(status) };
    if (!reasonPhrase.isEmpty())
        parts.first() += QLatin1Char(' ') + QString::fromLatin1(reasonPhrase);
    if (elapsedMs >= 0)
        parts.append(tr("%1 ms").arg(elapsedMs));
    parts.append(sizeText(body.size()));
    setStatusText(parts.join(QStringLiteral(" \u00b7 ")));
    m_urlLabel->setText(finalUrl.toDisplayString());
    m_urlLabel->setToolTip(finalUrl.toDisplayString());

    QByteArray contentType;
    m_headers->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        const auto &[name, value] = headers.at(row);
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = value;
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(value)));
    }

    m_loader->load(body, contentType);
}

void ResponseView::clear()
{
    m_loader->cancel();
    resetBody();
    setStatusText(QString());
    m_urlLabel->clear();
    m_urlLabel->setToolTip(QString());
    m_headers->setRowCount(0);
}

bool ResponseView::isLoading() const
{
    return m_loader->isLoading();
}

QString ResponseView::truncationText() const
{
    return m_rawView->note();
}

QPlainTextEdit *ResponseView::rawView() const
{
    return m_rawView->textView();
}

QImage ResponseView::image() const
{
    return m_imagePreview->image();
}

bool ResponseView::isTabEnabled(Tab tab) const
{
    return m_tabs->isTabEnabled(int(tab));
}

ResponseView::Tab ResponseView::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void ResponseView::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ResponseView::setTextLimit(qsizetype bytes)
{
    m_loader->setTextLimit(bytes);
}

void ResponseView::setSearchText(const QString &text)
{
    const QSignalBlocker blocker(m_searchField);
    m_searchField->setText(text);
    m_searchDelay->stop();
    m_model->startSearch(text);
}

int ResponseView::matchCount() const
{
    return int(m_model->searchResult().matches.size());
}

void ResponseView::copyValue()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(m_model->valueText(index));
}

void ResponseView::copyJsonPath()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(m_model->jsonPath(index));
}

void ResponseView::findNext()
{
    const int count = matchCount();
    if (count == 0)
        return;
    m_currentMatch = (m_currentMatch + 1) % count;
    showMatch();
}

void ResponseView::findPrevious()
{
    const int count = matchCount();
    if (count == 0)
        return;
    m_currentMatch = m_currentMatch <= 0 ? count - 1 : m_currentMatch - 1;
    showMatch();
}

void ResponseView::applyResult(const ResponseBodyLoader::Result &result)
{
    using Kind = ResponseBodyLoader::Kind;
    const bool json = !result.json.isUndefined();
    if (json && m_showsPartial)
        m_model->appendToArray(result.json, result.growingPath); // the rest of the rows
    else if (json)
        m_model->setRootValue(result.json);
    else if (m_showsPartial)
        m_model->clear(); // the part shown parsed, a later one did not
    m_showsPartial = false;
    m_imagePreview->setImage(result.image, result.mediaType);
    const bool image = !result.image.isNull();

    m_rawView->setPlaceholderText(result.kind == Kind::Empty ? tr("The response has no body.")
                                                             : QString());
    if (result.textTruncated && (result.kind == Kind::Binary || result.kind == Kind::Image)) {
        const qsizetype shown = qMin(m_loader->textLimit(), ResponseBodyLoader::HexDumpLimit);
        m_rawView->setNote(
                tr("Only the first %1 of the body is shown as hex; the whole body is %2.")
                        .arg(sizeText(shown), sizeText(result.bodySize)));
    } else if (result.textTruncated) {
        m_rawView->setNote(
                tr("Only the first %1 of the text is shown; the whole body is %2.")
                        .arg(sizeText(m_loader->textLimit()), sizeText(result.bodySize)));
    }
    setMessage(result.error);

    const bool raw = !result.text.isEmpty() || result.kind == Kind::Empty;
    m_tabs->setTabEnabled(int(Tab::Json), json);
    m_tabs->setTabEnabled(int(Tab::Raw), raw);
    m_tabs->setTabEnabled(int(Tab::Image), image);
    if (json)
        setCurrentTab(Tab::Json);
    else if (image)
        setCurrentTab(Tab::Image);
    else
        setCurrentTab(Tab::Raw);
    // Only now: while the tabs change above, the raw tab may be current for a moment.
    m_rawView->setText(result.text);
    fillRawViewIfShown();
    if (!m_searchField->text().isEmpty() && json)
        m_model->startSearch(m_searchField->text());
    Q_EMIT loadFinished();
}

void ResponseView::applyPartialResult(const ResponseBodyLoader::Result &result)
{
    // The tree only: the raw text, the tabs' final state and loadFinished() wait for the whole.
    if (m_showsPartial) {
        m_model->appendToArray(result.json, result.growingPath);
        return;
    }
    m_showsPartial = true;
    m_tabs->setTabEnabled(int(Tab::Json), true);
    setCurrentTab(Tab::Json);
    m_model->setRootValue(result.json);
}

void ResponseView::setMessage(const QString &text)
{
    m_message->setVisible(!text.isEmpty());
    if (m_messageText == text)
        return;
    m_messageText = text;
    m_message->setText(text);
    Q_EMIT messageTextChanged(text);
}

void ResponseView::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    m_statusLabel->setText(text);
    Q_EMIT statusTextChanged(text);
}

void ResponseView::resetBody()
{
    m_model->clear();
    m_showsPartial = false;
    m_currentMatch = -1;
    updateMatchLabel();
    m_rawView->clear();
    m_imagePreview->clear();
    setMessage(QString());
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabEnabled(tab, false);
}

void ResponseView::fillRawViewIfShown()
{
    // Laying out megabytes of text takes seconds: only when someone looks at it.
    if (currentTab() == Tab::Raw)
        m_rawView->fill();
}

void ResponseView::updateActions()
{
    const bool selected = m_tree->currentIndex().isValid();
    m_copyValueAction->setEnabled(selected);
    m_copyPathAction->setEnabled(selected);
}

void ResponseView::searchFinished()
{
    m_currentMatch = -1;
    if (matchCount() > 0)
        findNext();
    else
        updateMatchLabel();
}

void ResponseView::showMatch()
{
    const QModelIndex index =
            m_model->indexForRowPath(m_model->searchResult().matches.value(m_currentMatch));
    if (index.isValid()) {
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            m_tree->expand(parent);
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    updateMatchLabel();
}

void ResponseView::updateMatchLabel()
{
    const JsonTreeModel::SearchResult &result = m_model->searchResult();
    const bool searching = m_model->isSearching();
    const int count = matchCount();
    m_previousButton->setEnabled(!searching && count > 0);
    m_nextButton->setEnabled(!searching && count > 0);
    if (searching)
        m_matchLabel->setText(tr("Searching\u2026"));
    else if (result.text.isEmpty())
        m_matchLabel->clear();
    else if (count == 0)
        m_matchLabel->setText(tr("No matches"));
    else if (result.limitReached)
        m_matchLabel->setText(tr("%1 of the first %2").arg(m_currentMatch + 1).arg(count));
    else
        m_matchLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(count));
}

} // namespace OAuthDesk
