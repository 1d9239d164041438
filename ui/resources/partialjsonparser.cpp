#include "partialjsonparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstring>

namespace OAuthDesk {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// After a string's opening quote: the position just after its closing quote, or `end`.
const char *skipString(const char *p, const char *end)
{
    for (;;) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!quote)
            return end;
        const char *backslashes = quote;
        while (backslashes > p && backslashes[-1] == '\\')
            --backslashes;
        if (((quote - backslashes) & 1) == 0)
            return quote + 1;
        p = quote + 1;
    }
}

/// What one pass over a container's bytes tells: where it ends, where its elements are parted, and
/// which member or element is the largest.
struct ContainerScan
{
    qsizetype close = -1; ///< the offset of the closing bracket
    QList<qsizetype> commas; ///< the offsets of the commas between the children
    qsizetype largestStart = -1, largestEnd = -1; ///< the largest child's value, without spaces
    qsizetype largestKeyStart = -1, largestKeyEnd = -1; ///< its key with the quotes (objects)
    qsizetype largestIndex = -1; ///< its place in the text
    QList<qsizetype> largestCommas; ///< the commas between the largest child's own children
};

/// Scans the object or array whose bracket is at `open`; false when its brackets do not close.
/// Nothing is checked beyond brackets and strings: the parser sees every byte later.
bool scanContainer(const QByteArray &json, qsizetype open, ContainerScan *scan)
{
    const char *const data = json.constData();
    const char *const end = data + json.size();
    const bool object = data[open] == '{';
    int depth = 0;
    qsizetype keyStart = -1, keyEnd = -1;
    qsizetype valueStart = object ? -1 : open + 1;
    qsizetype index = 0;
    QList<qsizetype> childCommas;
    const auto childEnds = [&](qsizetype at) {
        if (valueStart < 0)
            return;
        qsizetype first = valueStart, last = at;
        while (first < last && isSpace(data[first]))
            ++first;
        while (last > first && isSpace(data[last - 1]))
            --last;
        if (last - first > scan->largestEnd - scan->largestStart) {
            scan->largestStart = first;
            scan->largestEnd = last;
            scan->largestKeyStart = keyStart;
            scan->largestKeyEnd = keyEnd;
            scan->largestIndex = index;
            scan->largestCommas = std::move(childCommas);
        }
        childCommas.clear();
        ++index;
    };
    for (const char *p = data + open + 1; p < end; ++p) {
        switch (*p) {
        case '"': {
            const char *after = skipString(p + 1, end);
            if (depth == 0 && object && valueStart < 0) {
                keyStart = p - data;
                keyEnd = after - data;
            }
            p = after - 1;
            break;
        }
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth-- == 0) {
                childEnds(p - data);
                scan->close = p - data;
                return true;
            }
            break;
        case ',':
            if (depth == 0) {
                childEnds(p - data);
                scan->commas.append(p - data);
                keyStart = keyEnd = -1;
                valueStart = object ? -1 : p - data + 1;
            } else if (depth == 1) {
                childCommas.append(p - data);
            }
            break;
        case ':':
            if (depth == 0 && object && valueStart < 0)
                valueStart = p - data + 1;
            break;
        default:
            break;
        }
    }
    return false;
}

/// One step from a container to its child: a member's name or an element's row.
struct Step
{
    QString key; ///< for an object
    int row = -1; ///< for an array
};

/// `container` with the value at `steps` (from `from` on) replaced by `array`.
QJsonValue replacedAt(const QJsonValue &container, const QList<Step> &steps, qsizetype from,
                      const QJsonArray &array)
{
    if (from == steps.size())
        return array;
    const Step &step = steps.at(from);
    if (container.isObject()) {
        QJsonObject object = container.toObject();
        object.insert(step.key, replacedAt(object.value(step.key), steps, from + 1, array));
        return object;
    }
    QJsonArray parent = container.toArray();
    parent.replace(step.row, replacedAt(parent.at(step.row), steps, from + 1, array));
    return parent;
}

} // namespace

bool PartialJsonParser::parse(const QByteArray &json, const Stop &stop, const Partial &partial,
                              QJsonValue *done, QList<int> *growingPath)
{
    qsizetype open = 0;
    while (open < json.size() && isSpace(json.at(open)))
        ++open;
    if (open == json.size() || (json.at(open) != '{' && json.at(open) != '['))
        return false;

    // Down from the top while one child holds at least half of the bytes.
    QList<QByteArray> rawSteps; // a member's quoted name, or an element's row as a number
    QList<bool> objectSteps;
    ContainerScan scan;
    if (!scanContainer(json, open, &scan))
        return false;
    for (int level = 0;; ++level) {
        const char first = scan.largestStart >= 0 ? json.at(scan.largestStart) : 0;
        const bool descend = level < 16 && (first == '{' || first == '[')
                && (scan.largestEnd - scan.largestStart) * 2 >= scan.close - open;
        if (!descend)
            break;
        const bool object = json.at(open) == '{';
        if (object && scan.largestKeyStart < 0)
            return false;
        objectSteps.append(object);
        rawSteps.append(
                object ? json.mid(scan.largestKeyStart, scan.largestKeyEnd - scan.largestKeyStart)
                       : QByteArray::number(scan.largestIndex));
        const qsizetype childOpen = scan.largestStart;
        const qsizetype childClose = scan.largestEnd - 1;
        if (json.at(childOpen) == '[' && json.at(childClose) == ']') {
            // The pass above saw the array's commas: when none of its elements holds half of it,
            // it is the one, and need not be read again.
            qsizetype widest = 0;
            qsizetype previous = childOpen;
            for (const qsizetype comma : std::as_const(scan.largestCommas)) {
                widest = qMax(widest, comma - previous);
                previous = comma;
            }
            widest = qMax(widest, childClose - previous);
            if (widest * 2 < childClose - childOpen) {
                ContainerScan array;
                array.close = childClose;
                array.commas = std::move(scan.largestCommas);
                scan = std::move(array);
                open = childOpen;
                break;
            }
        }
        open = childOpen;
        scan = ContainerScan();
        if (!scanContainer(json, open, &scan))
            return false;
    }
    if (json.at(open) != '[' || scan.commas.size() < 1)
        return false;
    const qsizetype close = scan.close;

    // Everything but the array's elements, then where the array is in what Qt made of it (Qt
    // sorts members by name, and a repeated name keeps one value: the array must be the one kept).
    QJsonParseError error;
    const QJsonDocument skeletonDocument =
            QJsonDocument::fromJson(json.left(open + 1) + json.mid(close), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    QJsonValue skeleton = skeletonDocument.isArray() ? QJsonValue(skeletonDocument.array())
                                                     : QJsonValue(skeletonDocument.object());
    QList<Step> steps;
    QList<int> path;
    QJsonValue at = skeleton;
    for (qsizetype i = 0; i < rawSteps.size(); ++i) {
        Step step;
        if (objectSteps.at(i)) {
            const QJsonDocument name = QJsonDocument::fromJson('[' + rawSteps.at(i) + ']', &error);
            if (error.error != QJsonParseError::NoError || !at.isObject())
                return false;
            step.key = name.array().at(0).toString();
            const QJsonObject object = at.toObject();
            const auto it = object.constFind(step.key);
            if (it == object.constEnd())
                return false;
            path.append(int(it - object.constBegin()));
            at = it.value();
        } else {
            step.row = rawSteps.at(i).toInt();
            if (!at.isArray() || step.row >= at.toArray().size())
                return false;
            path.append(step.row);
            at = at.toArray().at(step.row);
        }
        steps.append(step);
    }
    if (!at.isArray() || !at.toArray().isEmpty())
        return false;

    // The elements, a growing batch at a time: the first rows show after a few milliseconds. The
    // document so far goes out when it has doubled, so that copies of it cost little in all.
    QJsonArray array;
    qsizetype batch = 1000;
    qsizetype next = 0; // the first element not parsed yet, as an index into the commas
    qsizetype from = open + 1;
    qsizetype shown = 0;
    const qsizetype elements = scan.commas.size() + 1;
    while (next < elements) {
        if (stop())
            return false;
        const qsizetype last = qMin(next + batch, elements); // one past the batch's last element
        const qsizetype to = last < elements ? scan.commas.at(last - 1) : close;
        const QJsonDocument parsed =
                QJsonDocument::fromJson('[' + json.mid(from, to - from) + ']', &error);
        if (error.error != QJsonParseError::NoError || parsed.array().size() != last - next)
            return false;
        const QJsonArray part = parsed.array();
        for (const QJsonValue &value : part)
            array.append(value);
        next = last;
        from = to + 1;
        batch = qMin<qsizetype>(batch * 4, 64 * 1024);
        if (next < elements && array.size() >= 2 * shown) {
            shown = array.size();
            partial(replacedAt(skeleton, steps, 0, array), path);
        }
    }
    *done = replacedAt(skeleton, steps, 0, array);
    *growingPath = path;
    return true;
}

} // namespace OAuthDesk
