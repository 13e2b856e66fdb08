// The fuzz targets built with the normal compiler: main() feeds every file in the directories
// named on the command line (the committed corpus, crash files added later) to the target once.
// A decoder that crashes or a FUZZ_CHECK that fails ends the process, which fails the test.

#include "fuzzsupport.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsIn(const std::filesystem::path &directory)
{
    std::vector<std::filesystem::path> inputs;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(directory)) {
        if (entry.is_regular_file())
            inputs.push_back(entry.path());
    }
    std::sort(inputs.begin(), inputs.end());
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path directory(argv[i]);
        // No crash files for a target is the normal case.
        if (!std::filesystem::is_directory(directory)) {
            std::printf("no inputs in %s\n", argv[i]);
            continue;
        }
        for (const std::filesystem::path &input : inputsIn(directory)) {
            std::printf("%s\n", input.c_str());
            std::fflush(stdout);
            std::ifstream file(input, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(file)),
                                    std::istreambuf_iterator<char>());
            if (!file.good() && !file.eof()) {
                std::fprintf(stderr, "cannot read %s\n", input.c_str());
                return 1;
            }
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()),
                                   bytes.size());
            ++replayed;
        }
    }
    std::printf("replayed %d inputs\n", replayed);
    // A replay that found nothing to replay would pass while testing nothing.
    return replayed > 0 ? 0 : 1;
}
