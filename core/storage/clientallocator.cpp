// jemalloc's settings for the processes that write the store in bulk on a user's machine: the
// desktop app, omnicrm-cli and the benchmarks of work they do (not the sync server, whose many
// small connections would pay for huge pages in memory). jemalloc reads this symbol once, at its
// first allocation; without jemalloc it is an unused string.
//
// A 100,000-contact import keeps about 200 MiB of new database pages in SQLite's cache until it
// commits, allocated a page at a time: with 4 KiB pages each first touch is a page fault, about a
// tenth of the import's perf samples under a hypervisor. Transparent huge pages for jemalloc's
// memory and its metadata (granted on request where the kernel's setting is "madvise", Debian's
// default) cut the import's faults 15-fold and its time by a sixth; the sync server's resident
// memory under load grew by half with them.

// The name jemalloc looks up; it must have external C linkage and be defined exactly once.
extern "C" {
const char *malloc_conf = "thp:always,metadata_thp:always";
}
