#include "jobjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace {

// What a server says of an error goes on to labels, tooltips and desktop notifications: a
// server that sends a page of it is cut to this many characters, and says it was.
constexpr qsizetype serverWordsLimit = 1000;

QString serverWords(const QJsonValue &value)
{
    const QString words = value.toString();
    if (words.size() <= serverWordsLimit)
        return words;
    return words.left(serverWordsLimit - 1) + QChar(0x2026);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readString(const QJsonObject &object, QLatin1String key, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return fail(error, key + QStringLiteral(": expected a string, got ") + describe(value));
    *out = value.toString();
    return true;
}

// Action names, modules and statuses repeat across thousands of jobs: decoded once each and
// shared, they cost one allocation, and comparing two jobs' copies is a pointer comparison.
// Bounded, so a server that sends endless distinct texts cannot grow it without limit.
QString shared(const QString &text)
{
    thread_local QSet<QString> pool;
    const auto found = pool.constFind(text);
    if (found != pool.constEnd())
        return *found;
    if (pool.size() < 4096)
        pool.insert(text);
    return text;
}

bool readSharedString(const QJsonObject &object, QLatin1String key, QString *out, QString *error)
{
    if (!readString(object, key, out, error))
        return false;
    *out = shared(*out);
    return true;
}

// "2025-04-04T13:12:13.000Z", the form the API sends, read by hand: Qt's general ISO 8601
// parser would spend a third of a 10,000-job sync on these. Anything else: an invalid result,
// and Qt's parser gets its turn.
QDateTime parseCanonicalTime(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return QDateTime();
    const auto number = [&text](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

bool readTime(const QJsonObject &object, QLatin1String key, bool nullable, QDateTime *out,
              QString *error)
{
    const QJsonValue value = object.value(key);
    // Servers write "not yet" as null, leave the field out, or send it empty.
    if (nullable
        && (value.isNull() || value.isUndefined()
            || (value.isString() && value.toString().isEmpty()))) {
        *out = QDateTime();
        return true;
    }
    if (!value.isString())
        return fail(error,
                    key + QStringLiteral(": expected an ISO 8601 date-time, got ")
                        + describe(value));
    const QString text = value.toString();
    QDateTime time = parseCanonicalTime(text);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(error,
                    key + QStringLiteral(": \"") + value.toString()
                        + QStringLiteral("\" is not an ISO 8601 date-time"));
    // The server speaks UTC; a time written without an offset is read as UTC, not local time.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    // An offset can carry a time past the four-digit years of UTC, which formatTime() cannot
    // write back (the cache would be refused as damaged): no job runs then.
    const int year = time.toUTC().date().year();
    if (year < 1 || year > 9999)
        return fail(error,
                    key + QStringLiteral(": \"") + text
                        + QStringLiteral("\" is outside the years 0001 to 9999 in UTC"));
    // Kept in UTC: a QDateTime with an offset allocates, one in UTC does not.
    *out = time.toUTC();
    return true;
}

// Ids are text; one sent as a JSON number is read only where the number is exactly the id: a
// whole number below 2^53, past which a double no longer holds every integer.
bool readId(const QJsonObject &object, QString *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String("id"));
    if (value.isDouble()) {
        constexpr double exactLimit = 9007199254740992.0; // 2^53
        const double number = value.toDouble();
        if (number < 0 || number >= exactLimit || number != std::floor(number))
            return fail(error,
                        QStringLiteral("id: the number %1 is not a whole number below 2^53")
                            .arg(number, 0, 'g', 17));
        *out = QString::number(static_cast<qint64>(number));
        return true;
    }
    if (!readString(object, QLatin1String("id"), out, error))
        return false;
    if (out->isEmpty())
        return fail(error, QStringLiteral("id: must not be empty"));
    return true;
}

// Accepts 5 and "5": the sample response mixes both forms in one object.
bool readCount(const QJsonObject &object, QLatin1String key, int *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number <= std::numeric_limits<int>::max()
            && number == static_cast<int>(number)) {
            *out = static_cast<int>(number);
            return true;
        }
    } else if (value.isString()) {
        bool ok = false;
        const int number = value.toString().toInt(&ok);
        if (ok && number >= 0) {
            *out = number;
            return true;
        }
    }
    return fail(error,
                QStringLiteral("meta.") + key + QStringLiteral(": expected a whole number, got ")
                    + describe(value));
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
             QStringLiteral("malformed JSON at offset %1: %2")
                 .arg(parseError.offset)
                 .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, QStringLiteral("expected a JSON object at the top level"));
        return std::nullopt;
    }
    return document.object();
}

std::optional<JobDetails> decodeDetails(const QJsonObject &object, QString *error)
{
    JobDetails details;
    if (!readString(object, QLatin1String("entity"), &details.entity, error))
        return std::nullopt;
    const QJsonValue results = object.value(QLatin1String("result"));
    if (!results.isArray()) {
        fail(error, QStringLiteral("result: expected an array, got ") + describe(results));
        return std::nullopt;
    }
    const QJsonArray array = results.toArray();
    details.results.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("result[%1]").arg(i);
        if (!array.at(i).isObject()) {
            fail(error,
                 where + QStringLiteral(": expected an object, got ") + describe(array.at(i)));
            return std::nullopt;
        }
        const QJsonObject entry = array.at(i).toObject();
        EntityResult result;
        QString fieldError;
        if (!readString(entry, QLatin1String("id"), &result.id, &fieldError)
            || !readString(entry, QLatin1String("status"), &result.status, &fieldError)
            || !readString(entry, QLatin1String("message"), &result.message, &fieldError)) {
            fail(error, where + QLatin1Char('.') + fieldError);
            return std::nullopt;
        }
        details.results.append(result);
    }
    return details;
}

} // namespace

namespace JobJson {

std::optional<Job> decodeJob(const QJsonObject &object, QString *error)
{
    Job job;
    if (!readId(object, &job.id, error)
        || !readTime(object, QLatin1String("start_time"), false, &job.startTime, error)
        || !readTime(object, QLatin1String("end_time"), true, &job.endTime, error)
        || !readSharedString(object, QLatin1String("action_name"), &job.actionName, error)
        || !readSharedString(object, QLatin1String("status"), &job.statusText, error)
        || !readSharedString(object, QLatin1String("module"), &job.module, error))
        return std::nullopt;
    job.status = jobStatusFromApi(job.statusText);

    const QJsonValue details = object.value(QLatin1String("details"));
    if (details.isObject()) {
        QString detailsError;
        job.details = decodeDetails(details.toObject(), &detailsError);
        if (!job.details) {
            fail(error, QStringLiteral("details.") + detailsError);
            return std::nullopt;
        }
    } else if (!details.isUndefined() && !details.isNull()) {
        fail(error, QStringLiteral("details: expected an object, got ") + describe(details));
        return std::nullopt;
    }
    return job;
}

std::optional<Job> decodeJobDocument(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;
    return decodeJob(*object, error);
}

std::optional<JobPage> decodeJobPage(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;

    const QJsonValue data = object->value(QLatin1String("data"));
    if (!data.isArray()) {
        fail(error, QStringLiteral("data: expected an array, got ") + describe(data));
        return std::nullopt;
    }
    JobPage page;
    const QJsonArray array = data.toArray();
    page.entries = static_cast<int>(array.size());
    page.jobs.reserve(array.size());
    for (const QJsonValue &entry : array) {
        const QJsonObject entryObject = entry.toObject();
        QString jobError;
        if (std::optional<Job> job = decodeJob(entryObject, &jobError)) {
            page.jobs.append(std::move(*job));
            continue;
        }
        Job unreadable;
        if (!entry.isObject() || !readId(entryObject, &unreadable.id, nullptr)) {
            ++page.unreadableWithoutId;
            continue;
        }
        unreadable.status = JobStatus::Unreadable;
        unreadable.readProblem
            = JobReadProblem { jobError,
                               QJsonDocument(entryObject).toJson(QJsonDocument::Compact) };
        page.jobs.append(std::move(unreadable));
    }

    const QJsonValue meta = object->value(QLatin1String("meta"));
    if (meta.isObject()) {
        const QJsonObject metaObject = meta.toObject();
        if (!readCount(metaObject, QLatin1String("start_index"), &page.meta.startIndex, error)
            || !readCount(metaObject, QLatin1String("limit"), &page.meta.limit, error)
            || !readCount(metaObject, QLatin1String("total_no_of_objects"), &page.meta.total,
                          error))
            return std::nullopt;
    } else if (!meta.isUndefined()) {
        fail(error, QStringLiteral("meta: expected an object, got ") + describe(meta));
        return std::nullopt;
    }
    return page;
}

std::optional<ServerError> decodeServerError(const QByteArray &body)
{
    const std::optional<QJsonObject> object = parseObject(body, nullptr);
    if (!object)
        return std::nullopt;
    const QJsonValue errorValue = object->value(QLatin1String("error"));
    if (!errorValue.isObject())
        return std::nullopt;
    const QJsonObject errorObject = errorValue.toObject();
    ServerError serverError;
    const QJsonValue code = errorObject.value(QLatin1String("code"));
    // The contract says the code is a string; a number is still worth showing.
    serverError.code = code.isDouble() ? QString::number(code.toInteger()) : serverWords(code);
    serverError.title = serverWords(errorObject.value(QLatin1String("title")));
    serverError.detail = serverWords(errorObject.value(QLatin1String("detail")));
    if (serverError.code.isEmpty() && serverError.title.isEmpty() && serverError.detail.isEmpty())
        return std::nullopt;
    return serverError;
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject encodeJob(const Job &job)
{
    QJsonObject object {
        { QStringLiteral("id"), job.id },
        { QStringLiteral("start_time"), formatTime(job.startTime) },
        { QStringLiteral("end_time"),
          job.endTime.isValid() ? QJsonValue(formatTime(job.endTime)) : QJsonValue::Null },
        { QStringLiteral("action_name"), job.actionName },
        { QStringLiteral("status"), job.statusText },
        { QStringLiteral("module"), job.module },
    };
    if (job.details) {
        QJsonArray results;
        for (const EntityResult &result : job.details->results) {
            results.append(QJsonObject { { QStringLiteral("id"), result.id },
                                         { QStringLiteral("status"), result.status },
                                         { QStringLiteral("message"), result.message } });
        }
        object.insert(QStringLiteral("details"),
                      QJsonObject { { QStringLiteral("entity"), job.details->entity },
                                    { QStringLiteral("result"), results } });
    }
    return object;
}

QJsonObject encodeJobPage(const QList<Job> &jobs, const PageMeta &meta)
{
    QJsonArray data;
    for (const Job &job : jobs)
        data.append(encodeJob(job));
    return QJsonObject {
        { QStringLiteral("data"), data },
        { QStringLiteral("meta"),
          QJsonObject { { QStringLiteral("start_index"), QString::number(meta.startIndex) },
                        { QStringLiteral("limit"), meta.limit },
                        { QStringLiteral("total_no_of_objects"), meta.total } } },
    };
}

QJsonObject encodeServerError(const ServerError &error)
{
    return QJsonObject { { QStringLiteral("error"),
                           QJsonObject { { QStringLiteral("code"), error.code },
                                         { QStringLiteral("title"), error.title },
                                         { QStringLiteral("detail"), error.detail } } } };
}

} // namespace JobJson
