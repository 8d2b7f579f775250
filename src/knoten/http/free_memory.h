#ifndef KNOTEN_HTTP_FREE_MEMORY_H_
#define KNOTEN_HTTP_FREE_MEMORY_H_

namespace knoten::http {

// Gives memory the allocator holds but no longer uses back to the system.
// A figure over a large network (suggestions, the relationships of
// everyone, the network report) reads every history, allocates a great deal
// and frees it all; without this the server keeps its peak resident.
void ReturnFreedMemory();

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_FREE_MEMORY_H_
