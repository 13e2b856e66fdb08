#pragma once

#include "job.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The list call's "meta" object. The sample sends start_index as a string and the others as
// numbers; both forms are accepted for all three.
struct PageMeta
{
    int startIndex = 1;
    int limit = 0;
    // -1 when the server sent no meta at all.
    int total = -1;
};

struct JobPage
{
    QList<Job> jobs;
    PageMeta meta;
    // How many entries the page's `data` array held. Paging counts these, not `jobs`, so what a
    // page held decides where the next page starts and whether the listing ended.
    int entries = 0;
};

// The API's error body: {"error": {"code", "title", "detail"}}. The code is a string.
struct ServerError
{
    QString code;
    QString title;
    QString detail;
};

// Strict decoding of the Jobs API documents. A decoder that fails returns nothing and says in
// *error which field was wrong and why ("data[3].start_time: …"), so a bad response can be
// reported without ever being half-applied.
namespace JobJson {
std::optional<Job> decodeJob(const QJsonObject &object, QString *error);
std::optional<Job> decodeJobDocument(const QByteArray &body, QString *error);
std::optional<JobPage> decodeJobPage(const QByteArray &body, QString *error);
std::optional<ServerError> decodeServerError(const QByteArray &body);

QJsonObject encodeJob(const Job &job);
QJsonObject encodeJobPage(const QList<Job> &jobs, const PageMeta &meta);
QJsonObject encodeServerError(const ServerError &error);
QString formatTime(const QDateTime &time);
} // namespace JobJson
