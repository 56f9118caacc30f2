namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// A top-level column whose values are structured — a struct, list or map — which readers list but do
/// not read. <see cref="Type"/> describes its shape in the project's type words, for example
/// <c>struct&lt;a: int64, b: list&lt;string&gt;&gt;</c>, <c>list&lt;double&gt;</c> or <c>map&lt;string, int64&gt;</c>.
/// </summary>
public sealed record NestedField(string Name, string Type);
