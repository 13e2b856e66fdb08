#pragma once

// The process's heap, as the C library keeps it.
namespace Heap {
// Hands memory freed since (a big transient: a full listing's pages, a merge of every job) back to
// the system. glibc keeps freed memory below its top chunk and in other arenas for reuse, and a
// monitor that sleeps most of the time would otherwise hold the peak of its last full sync. A no-op
// elsewhere.
void returnFreedMemory();
} // namespace Heap
