import CacheStoreCore
import CacheStoreGRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(
    Driver.main(stores: [
        LogStore.kind(), LogStore.kind(mapsOnLoad: true),
        GRDBStore.kind(withoutRowID: false), GRDBStore.kind(withoutRowID: true),
        GRDBStore.kind(withoutRowID: false, memoryMapped: true),
    ]))
