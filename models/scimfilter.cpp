#include "scimfilter.h"

#include "jobjson.h"
#include "textmatch.h"

#include <QCoreApplication>

namespace {

enum class Attribute { Id, ActionName, Status, Module, StartTime, EndTime };
enum class Operator { Eq, Ne, Co, Sw, Ew, Gt, Ge, Lt, Le, Pr };

struct AttributeName
{
    QLatin1String name;
    Attribute attribute;
};
constexpr AttributeName attributeNames[] = {
    { QLatin1String("id"), Attribute::Id },
    { QLatin1String("action_name"), Attribute::ActionName },
    { QLatin1String("status"), Attribute::Status },
    { QLatin1String("module"), Attribute::Module },
    { QLatin1String("start_time"), Attribute::StartTime },
    { QLatin1String("end_time"), Attribute::EndTime },
};

struct OperatorName
{
    QLatin1String name;
    Operator op;
};
constexpr OperatorName operatorNames[] = {
    { QLatin1String("eq"), Operator::Eq }, { QLatin1String("ne"), Operator::Ne },
    { QLatin1String("co"), Operator::Co }, { QLatin1String("sw"), Operator::Sw },
    { QLatin1String("ew"), Operator::Ew }, { QLatin1String("gt"), Operator::Gt },
    { QLatin1String("ge"), Operator::Ge }, { QLatin1String("lt"), Operator::Lt },
    { QLatin1String("le"), Operator::Le }, { QLatin1String("pr"), Operator::Pr },
};

// The parser and the evaluation recurse once per level of parentheses, and the evaluation once
// per 'and'/'or': bounded, so that no expression can exhaust the stack (20,000 levels of
// "not (" in one request ended the emulator). Real filters stay far below both.
constexpr int maximumNesting = 100;
constexpr int maximumComparisons = 10000;

bool isTimeAttribute(Attribute attribute)
{
    return attribute == Attribute::StartTime || attribute == Attribute::EndTime;
}

struct Token
{
    enum class Type { Word, String, Number, OpenParen, CloseParen, End };
    Type type = Type::End;
    QString text; // a word as written, a string's decoded value, a number's digits
    int position = 0;
};

} // namespace

struct ScimFilter::Node
{
    enum class Type { And, Or, Not, Compare };
    Type type = Type::Compare;
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;

    Attribute attribute = Attribute::Id;
    Operator op = Operator::Pr;
    bool valueIsNull = false;
    QString text;
    qint64 timeMs = 0;
};

namespace {

using Node = ScimFilter::Node;
using NodePtr = std::shared_ptr<const Node>;

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ScimFilter)

public:
    Parser(const QString &expression, ScimFilterError *error)
        : m_text(expression)
        , m_error(error)
    { }

    // Whether the filter reads only action_name, status and module: texts that thousands of
    // jobs share (ScimFilter::readsSharedTextsOnly).
    bool readsSharedTextsOnly() const { return m_sharedTextsOnly; }

    NodePtr parseFilter()
    {
        if (!advance())
            return nullptr;
        NodePtr root = parseOr();
        if (!root)
            return nullptr;
        if (m_token.type != Token::Type::End)
            return fail(ScimFilterError::Kind::Syntax, m_token.position,
                        tr("expected 'and', 'or' or the end of the filter at character %1, "
                           "found '%2'")
                            .arg(m_token.position + 1)
                            .arg(tokenText()));
        return root;
    }

private:
    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (left && isKeyword("or")) {
            if (!advance())
                return nullptr;
            NodePtr right = parseAnd();
            if (!right)
                return nullptr;
            left = combine(Node::Type::Or, left, right);
        }
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseUnary();
        while (left && isKeyword("and")) {
            if (!advance())
                return nullptr;
            NodePtr right = parseUnary();
            if (!right)
                return nullptr;
            left = combine(Node::Type::And, left, right);
        }
        return left;
    }

    NodePtr parseUnary()
    {
        if (isKeyword("not")) {
            if (!advance())
                return nullptr;
            if (m_token.type != Token::Type::OpenParen)
                return fail(ScimFilterError::Kind::Syntax, m_token.position,
                            tr("expected '(' after 'not' at character %1, found '%2'")
                                .arg(m_token.position + 1)
                                .arg(tokenText()));
            NodePtr inner = parseGroup();
            if (!inner)
                return nullptr;
            auto node = std::make_shared<Node>();
            node->type = Node::Type::Not;
            node->left = inner;
            return node;
        }
        if (m_token.type == Token::Type::OpenParen)
            return parseGroup();
        return parseComparison();
    }

    // At '(': the filter inside and the closing ')'.
    NodePtr parseGroup()
    {
        const int open = m_token.position;
        if (m_nesting == maximumNesting)
            return fail(ScimFilterError::Kind::Syntax, open,
                        tr("more than %1 levels of parentheses at character %2")
                            .arg(maximumNesting)
                            .arg(open + 1));
        if (!advance())
            return nullptr;
        ++m_nesting;
        NodePtr inner = parseOr();
        --m_nesting;
        if (!inner)
            return nullptr;
        if (m_token.type != Token::Type::CloseParen)
            return fail(ScimFilterError::Kind::Syntax, m_token.position,
                        tr("expected ')' at character %1 to close the '(' at character %2, "
                           "found '%3'")
                            .arg(m_token.position + 1)
                            .arg(open + 1)
                            .arg(tokenText()));
        if (!advance())
            return nullptr;
        return inner;
    }

    NodePtr parseComparison()
    {
        if (m_token.type != Token::Type::Word || isKeyword("and") || isKeyword("or"))
            return fail(ScimFilterError::Kind::Syntax, m_token.position,
                        tr("expected an attribute name at character %1, found '%2'")
                            .arg(m_token.position + 1)
                            .arg(tokenText()));
        if (++m_comparisons > maximumComparisons)
            return fail(ScimFilterError::Kind::Syntax, m_token.position,
                        tr("more than %1 comparisons at character %2")
                            .arg(maximumComparisons)
                            .arg(m_token.position + 1));
        auto node = std::make_shared<Node>();
        const Token attributeToken = m_token;
        const AttributeName *attribute = findAttribute(attributeToken.text);
        if (!attribute)
            return fail(ScimFilterError::Kind::UnknownAttribute, attributeToken.position,
                        tr("unknown attribute '%1' at character %2; jobs have id, action_name, "
                           "status, module, start_time and end_time")
                            .arg(attributeToken.text)
                            .arg(attributeToken.position + 1));
        node->attribute = attribute->attribute;
        if (isTimeAttribute(node->attribute) || node->attribute == Attribute::Id)
            m_sharedTextsOnly = false;
        if (!advance())
            return nullptr;

        const OperatorName *op
            = m_token.type == Token::Type::Word ? findOperator(m_token.text) : nullptr;
        if (!op)
            return fail(ScimFilterError::Kind::Syntax, m_token.position,
                        tr("expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after "
                           "'%1' at character %2, found '%3'")
                            .arg(attributeToken.text)
                            .arg(m_token.position + 1)
                            .arg(tokenText()));
        node->op = op->op;
        const Token operatorToken = m_token;
        if (!advance())
            return nullptr;
        if (node->op == Operator::Pr)
            return node;

        const Token value = m_token;
        if (value.type == Token::Type::Word
            && value.text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0) {
            if (node->op != Operator::Eq && node->op != Operator::Ne)
                return fail(ScimFilterError::Kind::InvalidValue, value.position,
                            tr("null at character %1 can only be compared with eq or ne")
                                .arg(value.position + 1));
            node->valueIsNull = true;
        } else if (value.type == Token::Type::String) {
            node->text = value.text;
            if (isTimeAttribute(node->attribute) && node->op != Operator::Co
                && node->op != Operator::Sw && node->op != Operator::Ew) {
                QDateTime time = QDateTime::fromString(value.text, Qt::ISODateWithMs);
                if (!time.isValid())
                    return fail(ScimFilterError::Kind::InvalidValue, value.position,
                                tr("\"%1\" at character %2 is not an ISO 8601 date-time such "
                                   "as \"2025-04-04T13:12:13.000Z\"")
                                    .arg(value.text)
                                    .arg(value.position + 1));
                if (time.timeSpec() == Qt::LocalTime)
                    time.setTimeSpec(Qt::UTC);
                node->timeMs = time.toMSecsSinceEpoch();
            }
        } else if (value.type == Token::Type::Word || value.type == Token::Type::Number) {
            return fail(ScimFilterError::Kind::InvalidValue, value.position,
                        tr("%1 compares text: put the value at character %2 in double quotes, "
                           "as in %1 %3 \"%4\"")
                            .arg(attributeToken.text)
                            .arg(value.position + 1)
                            .arg(operatorToken.text, value.text));
        } else {
            return fail(ScimFilterError::Kind::Syntax, value.position,
                        tr("expected a value after '%1' at character %2, found '%3'")
                            .arg(operatorToken.text)
                            .arg(value.position + 1)
                            .arg(tokenText()));
        }
        if (!advance())
            return nullptr;
        return node;
    }

    static NodePtr combine(Node::Type type, const NodePtr &left, const NodePtr &right)
    {
        auto node = std::make_shared<Node>();
        node->type = type;
        node->left = left;
        node->right = right;
        return node;
    }

    static const AttributeName *findAttribute(const QString &name)
    {
        for (const AttributeName &candidate : attributeNames) {
            if (name.compare(candidate.name, Qt::CaseInsensitive) == 0)
                return &candidate;
        }
        return nullptr;
    }

    static const OperatorName *findOperator(const QString &name)
    {
        for (const OperatorName &candidate : operatorNames) {
            if (name.compare(candidate.name, Qt::CaseInsensitive) == 0)
                return &candidate;
        }
        return nullptr;
    }

    bool isKeyword(const char *keyword) const
    {
        return m_token.type == Token::Type::Word
            && m_token.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }

    QString tokenText() const
    {
        switch (m_token.type) {
        case Token::Type::End:
            return tr("the end of the filter");
        case Token::Type::String:
            return QLatin1Char('"') + m_token.text + QLatin1Char('"');
        default:
            return m_token.text;
        }
    }

    NodePtr fail(ScimFilterError::Kind kind, int position, const QString &message)
    {
        if (m_error)
            *m_error = { kind, position, message };
        return nullptr;
    }

    // Reads the next token into m_token; false (with the error set) when the text is not
    // made of tokens at all.
    bool advance()
    {
        int i = m_pos;
        while (i < m_text.size() && m_text.at(i).isSpace())
            ++i;
        m_token = Token();
        m_token.position = i;
        if (i >= m_text.size()) {
            m_pos = i;
            return true;
        }
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            m_token.type = c == QLatin1Char('(') ? Token::Type::OpenParen : Token::Type::CloseParen;
            m_token.text = c;
            m_pos = i + 1;
            return true;
        }
        if (c == QLatin1Char('"'))
            return readString(i);
        if (c.isDigit() || c == QLatin1Char('-')) {
            int end = i + 1;
            while (end < m_text.size()
                   && (m_text.at(end).isDigit() || m_text.at(end) == QLatin1Char('.')
                       || m_text.at(end) == QLatin1Char('e') || m_text.at(end) == QLatin1Char('E')
                       || m_text.at(end) == QLatin1Char('+') || m_text.at(end) == QLatin1Char('-')))
                ++end;
            m_token.type = Token::Type::Number;
            m_token.text = m_text.mid(i, end - i);
            m_pos = end;
            return true;
        }
        if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$')) {
            int end = i + 1;
            while (end < m_text.size()
                   && (m_text.at(end).isLetterOrNumber() || m_text.at(end) == QLatin1Char('_')
                       || m_text.at(end) == QLatin1Char('-') || m_text.at(end) == QLatin1Char('.')
                       || m_text.at(end) == QLatin1Char(':') || m_text.at(end) == QLatin1Char('$')))
                ++end;
            m_token.type = Token::Type::Word;
            m_token.text = m_text.mid(i, end - i);
            m_pos = end;
            return true;
        }
        fail(ScimFilterError::Kind::Syntax, i,
             tr("unexpected character '%1' at character %2").arg(c).arg(i + 1));
        return false;
    }

    // A JSON string literal, as RFC 7644 specifies for filter values.
    bool readString(int start)
    {
        QString value;
        int i = start + 1;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('"')) {
                m_token.type = Token::Type::String;
                m_token.text = value;
                m_pos = i + 1;
                return true;
            }
            if (c != QLatin1Char('\\')) {
                value.append(c);
                ++i;
                continue;
            }
            if (i + 1 >= m_text.size())
                break;
            const QChar escaped = m_text.at(i + 1);
            switch (escaped.unicode()) {
            case '"':
            case '\\':
            case '/':
                value.append(escaped);
                break;
            case 'b':
                value.append(QLatin1Char('\b'));
                break;
            case 'f':
                value.append(QLatin1Char('\f'));
                break;
            case 'n':
                value.append(QLatin1Char('\n'));
                break;
            case 'r':
                value.append(QLatin1Char('\r'));
                break;
            case 't':
                value.append(QLatin1Char('\t'));
                break;
            case 'u': {
                bool ok = false;
                const ushort code = m_text.mid(i + 2, 4).toUShort(&ok, 16);
                if (!ok || i + 6 > m_text.size()) {
                    fail(ScimFilterError::Kind::Syntax, i,
                         tr("invalid \\u escape at character %1").arg(i + 1));
                    return false;
                }
                value.append(QChar(code));
                i += 4;
                break;
            }
            default:
                fail(ScimFilterError::Kind::Syntax, i,
                     tr("invalid escape '\\%1' at character %2").arg(escaped).arg(i + 1));
                return false;
            }
            i += 2;
        }
        fail(ScimFilterError::Kind::Syntax, start,
             tr("the string starting at character %1 is not closed with '\"'").arg(start + 1));
        return false;
    }

    const QString &m_text;
    ScimFilterError *m_error;
    int m_pos = 0;
    int m_nesting = 0;
    int m_comparisons = 0;
    bool m_sharedTextsOnly = true;
    Token m_token;
};

const QString &textOf(const Job &job, Attribute attribute)
{
    switch (attribute) {
    case Attribute::ActionName:
        return job.actionName;
    case Attribute::Status:
        return job.statusText;
    case Attribute::Module:
        return job.module;
    default:
        return job.id;
    }
}

bool compareOrdered(int comparison, Operator op)
{
    switch (op) {
    case Operator::Eq:
        return comparison == 0;
    case Operator::Ne:
        return comparison != 0;
    case Operator::Gt:
        return comparison > 0;
    case Operator::Ge:
        return comparison >= 0;
    case Operator::Lt:
        return comparison < 0;
    case Operator::Le:
        return comparison <= 0;
    default:
        return false;
    }
}

bool matchText(const QString &value, const Node &node)
{
    const qsizetype length = node.text.size();
    switch (node.op) {
    case Operator::Co:
        return TextMatch::containsInsensitive(value, node.text);
    case Operator::Sw:
        return value.size() >= length
            && TextMatch::compareInsensitive(QStringView(value).left(length), node.text) == 0;
    case Operator::Ew:
        return value.size() >= length
            && TextMatch::compareInsensitive(QStringView(value).right(length), node.text) == 0;
    default:
        return compareOrdered(TextMatch::compareInsensitive(value, node.text), node.op);
    }
}

bool matchNode(const Node &node, const Job &job)
{
    switch (node.type) {
    case Node::Type::And:
        return matchNode(*node.left, job) && matchNode(*node.right, job);
    case Node::Type::Or:
        return matchNode(*node.left, job) || matchNode(*node.right, job);
    case Node::Type::Not:
        return !matchNode(*node.left, job);
    case Node::Type::Compare:
        break;
    }

    if (isTimeAttribute(node.attribute)) {
        const QDateTime &time
            = node.attribute == Attribute::StartTime ? job.startTime : job.endTime;
        if (node.op == Operator::Pr)
            return time.isValid();
        if (node.valueIsNull)
            return (node.op == Operator::Eq) != time.isValid();
        if (!time.isValid())
            return node.op == Operator::Ne;
        if (node.op == Operator::Co || node.op == Operator::Sw || node.op == Operator::Ew)
            return matchText(JobJson::formatTime(time), node);
        const qint64 ms = time.toMSecsSinceEpoch();
        return compareOrdered(ms < node.timeMs ? -1 : (ms > node.timeMs ? 1 : 0), node.op);
    }

    const QString &value = textOf(job, node.attribute);
    if (node.op == Operator::Pr)
        return !value.isEmpty();
    if (node.valueIsNull)
        return (node.op == Operator::Eq) == value.isEmpty();
    return matchText(value, node);
}

} // namespace

std::optional<ScimFilter> ScimFilter::parse(const QString &expression, ScimFilterError *error)
{
    ScimFilter filter;
    if (expression.trimmed().isEmpty())
        return filter;
    Parser parser(expression, error);
    filter.m_root = parser.parseFilter();
    if (!filter.m_root)
        return std::nullopt;
    filter.m_sharedTextsOnly = parser.readsSharedTextsOnly();
    return filter;
}

bool ScimFilter::matches(const Job &job) const
{
    return !m_root || matchNode(*m_root, job);
}
