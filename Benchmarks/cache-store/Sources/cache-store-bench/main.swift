import CacheStoreCore
import CacheStoreGRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(Driver.main(stores: [LogStore.kind(), GRDBStore.kind(withoutRowID: false), GRDBStore.kind(withoutRowID: true)]))
