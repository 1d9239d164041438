#include "jsonsearch.h"

#include "resources/jsonvaluetext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace OAuthDesk {

namespace {

class Searcher
{
public:
    Searcher(const QString &needle, int limit, const std::function<bool()> &cancelled,
             JsonSearch::Result &result)
        : m_needle(needle), m_limit(limit), m_cancelled(cancelled), m_result(result)
    {
    }

    void visitChildren(const QJsonValue &container)
    {
        if (container.isArray()) {
            const QJsonArray array = container.toArray();
            int row = 0;
            for (auto it = array.constBegin(); it != array.constEnd() && !m_stop; ++it, ++row)
                visit(row, nullptr, *it);
        } else if (container.isObject()) {
            const QJsonObject object = container.toObject();
            int row = 0;
            for (auto it = object.constBegin(); it != object.constEnd() && !m_stop; ++it, ++row) {
                const QString key = it.key();
                visit(row, &key, it.value());
            }
        }
    }

    void visit(int row, const QString *key, const QJsonValue &value)
    {
        if ((++m_visited & 0x3ff) == 0 && m_cancelled && m_cancelled()) {
            m_stop = true;
            return;
        }
        m_path.append(row);
        const bool container = value.isArray() || value.isObject();
        if ((key && key->contains(m_needle, Qt::CaseInsensitive))
            || (!container
                && JsonValueText::scalar(value).contains(m_needle, Qt::CaseInsensitive))) {
            if (m_result.matches.size() >= m_limit) {
                m_result.limitReached = true;
                m_stop = true;
            } else {
                m_result.matches.append(m_path);
            }
        }
        if (container && !m_stop)
            visitChildren(value);
        m_path.removeLast();
    }

private:
    const QString &m_needle;
    const int m_limit;
    const std::function<bool()> &m_cancelled;
    JsonSearch::Result &m_result;
    JsonSearch::RowPath m_path;
    quint64 m_visited = 0;
    bool m_stop = false;
};

} // namespace

JsonSearch::Result JsonSearch::find(const QJsonValue &root, const QString &text, int limit,
                                    const std::function<bool()> &cancelled)
{
    Result result;
    result.text = text;
    if (text.isEmpty() || root.isUndefined())
        return result;
    Searcher searcher(text, limit, cancelled, result);
    if (root.isArray() || root.isObject())
        searcher.visitChildren(root);
    else
        searcher.visit(0, nullptr, root);
    return result;
}

} // namespace OAuthDesk
