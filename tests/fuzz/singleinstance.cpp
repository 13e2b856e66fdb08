// What a second start sends to the running monitor (SingleInstance::decodeMessage): whatever
// arrives on the socket is not yet a message, not ours, or a message whose arguments encode to
// exactly the frame received; every shorter part of a message is not yet one.

#include "platform/singleinstance.h"

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray received = fuzzInput(data, size);
    const SingleInstance::Received message = SingleInstance::decodeMessage(received);
    if (message.state != SingleInstance::Received::State::Complete) {
        FUZZ_CHECK(message.arguments.isEmpty());
        return 0;
    }
    FUZZ_CHECK(message.frameSize >= 4 && message.frameSize <= received.size());
    const QByteArray frame = received.first(message.frameSize);
    FUZZ_CHECK(SingleInstance::encodeMessage(message.arguments) == frame);
    FUZZ_CHECK(SingleInstance::decodeMessage(received.first(message.frameSize - 1)).state
               == SingleInstance::Received::State::Incomplete);
    return 0;
}
