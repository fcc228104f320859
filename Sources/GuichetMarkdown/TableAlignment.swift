/// The alignment of a table column, from its delimiter row (`:--`, `:-:`, `--:`).
public enum TableAlignment: Hashable, Sendable {
    case none
    case left
    case center
    case right
}
