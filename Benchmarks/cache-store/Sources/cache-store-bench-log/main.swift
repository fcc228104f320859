import CacheStoreCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The same benchmark without the GRDB stores: a clean build of this product is the build without GRDB.
exit(Driver.main(stores: [LogStore.kind(), LogStore.kind(mapsOnLoad: true)]))
