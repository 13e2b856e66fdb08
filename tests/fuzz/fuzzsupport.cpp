#include "fuzzsupport.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

void fuzzCheckFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed\n", file, line, condition);
    std::abort();
}

namespace {

// The decoders log what they reject; millions of rejected inputs would bury the fuzzer's own
// report and slow it down. Critical and fatal messages still go through.
void dropRoutineMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        qt_message_output(type, context, message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(dropRoutineMessages);
    return 0;
}
