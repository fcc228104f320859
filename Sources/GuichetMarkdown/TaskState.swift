/// The checkbox of a GFM task list item (`- [ ]` / `- [x]`).
public enum TaskState: Hashable, Sendable {
    case unchecked
    case checked
}
