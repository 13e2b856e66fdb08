#include "platform/heap.h"

// Any C library header says which C library it is (__GLIBC__).
#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Heap {

void returnFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace Heap
