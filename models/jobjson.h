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
    // Every entry with a readable id, in the page's order; one whose other fields could not be
    // read is a job with status Unreadable and its readProblem.
    QList<Job> jobs;
    PageMeta meta;
    // How many entries the page's `data` array held. Paging counts these, not `jobs`, so what a
    // page held decides where the next page starts and whether the listing ended.
    int entries = 0;
    // Entries without a readable id: they cannot be told apart, only counted.
    int unreadableWithoutId = 0;
};

// The API's error body: {"error": {"code", "title", "detail"}}. The code is a string.
struct ServerError
{
    QString code;
    QString title;
    QString detail;
};

// Decoding of the Jobs API documents, tolerant where the meaning is clear: end_time "", null or
// missing is "not finished", an id sent as a whole number is read as text, meta numbers may be
// strings, unknown fields are ignored. A decoder that fails returns nothing and says in *error
// which field was wrong and why ("start_time: …"). One job of a page that cannot be read does
// not sink the page: decodeJobPage keeps it as an Unreadable job (or counts it, without an id);
// only a body that is not JSON or has no `data` array fails the page.
namespace JobJson {
std::optional<Job> decodeJob(const QJsonObject &object, QString *error);
std::optional<Job> decodeJobDocument(const QByteArray &body, QString *error);
std::optional<JobPage> decodeJobPage(const QByteArray &body, QString *error);
std::optional<ServerError> decodeServerError(const QByteArray &body);

QJsonObject encodeJob(const Job &job);
QJsonObject encodeJobPage(const QList<Job> &jobs, const PageMeta &meta);
QJsonObject encodeServerError(const ServerError &error);
// The API's ISO 8601 in UTC, whatever the user's locale: also what the command line's json, csv
// and tsv and the exports write, since programs read those (the locale's formats are for people).
QString formatTime(const QDateTime &time);
} // namespace JobJson
