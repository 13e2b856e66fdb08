#include "platform/logging.h"

Q_LOGGING_CATEGORY(lcNet, "jobmon.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "jobmon.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "jobmon.notify", QtInfoMsg)
