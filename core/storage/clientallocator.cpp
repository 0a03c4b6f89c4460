// jemalloc's settings for the processes that write the store in bulk on a user's machine: the
// desktop app, omnicrm-cli and the benchmarks of work they do (not the sync server, whose many
// small connections would pay for huge pages in memory). jemalloc reads this symbol once, at its
// first allocation; without jemalloc it is an unused string.
//
// A 100,000-contact import keeps about 200 MiB of new database pages in SQLite's cache until it
// commits, allocated a page at a time: with 4 KiB pages each one costs a page fault, which under
// a hypervisor was a sixth of the import. Transparent huge pages for jemalloc's memory and its
// metadata (used where the kernel allows them on request, "madvise", the Debian default) cut those
// faults about 500-fold; the sync server's resident memory under load grew by half with them.

// The name jemalloc looks up; it must have external C linkage and be defined exactly once.
extern "C" {
const char *malloc_conf = "thp:always,metadata_thp:always";
}
